"""CDK Terrain synthesizes every configuration to the same Terraform JSON as CDKTF.

Both CDKs run the same code (through ``kms_keystore.framework.cdk``) in their own
virtualenvs, each in a fresh process, over the reference app and every
``examples/*.json``. The one difference allowed in ``cdk.tf.json`` is the CDK's
own version under ``"//"``/``metadata``, which Terraform ignores; ``manifest.json``
(the CLI's index of stacks, never read by Terraform) also carries that version
and prints empty lists differently.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from kms_keystore.app.build import project_configurations

from .support import ROOT

pytestmark = pytest.mark.terrain

PYTHONS = {
    "cdktf": ROOT / ".venv" / "bin" / "python",
    "terrain": ROOT / ".venv-terrain" / "bin" / "python",
}
VERSIONS = {"cdktf": "0.21.0", "terrain": "0.24.0"}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``tools/synth_all.py`` run once with each CDK; the output directory by CDK."""
    if not PYTHONS["terrain"].exists():
        pytest.skip(".venv-terrain is not installed (run `make test-e2e`)")
    base = tmp_path_factory.mktemp("cdks")
    for kit, python in PYTHONS.items():
        subprocess.run(
            [str(python), str(ROOT / "tools" / "synth_all.py"), str(base / kit)],
            env={**os.environ, "KMS_KEYSTORE_CDK": kit},
            check=True,
            capture_output=True,
            timeout=600,
        )
    return {kit: base / kit for kit in PYTHONS}


def stack_files(outdir: Path) -> list[str]:
    return sorted(str(p.relative_to(outdir)) for p in outdir.glob("*/stacks/*/cdk.tf.json"))


def test_terrain_bindings_cover_the_same_types_as_the_cdktf_ones():
    terrain = ROOT / "bindings" / "alicloud-terrain" / "cdktn_provider_alicloud"
    if not terrain.is_dir():
        pytest.skip("the CDK Terrain bindings are not generated (run `make test-e2e`)")
    cdktf = ROOT / "bindings" / "alicloud" / "cdktf_cdktf_provider_alicloud"

    def modules(package: Path) -> list[str]:
        return sorted(p.name for p in package.iterdir() if (p / "__init__.py").is_file())

    assert modules(terrain) == modules(cdktf)
    assert "provider" in modules(terrain)


def test_both_cdks_write_the_same_configurations_and_stacks(outputs):
    configurations = sorted(project_configurations(ROOT))

    # beside them: secrets/, the folder that with-access's client key file is written to
    written = [p.name for p in outputs["cdktf"].iterdir() if (p / "stacks").is_dir()]

    assert sorted(written) == configurations
    assert stack_files(outputs["cdktf"]) == stack_files(outputs["terrain"])
    assert {"reference/stacks/kms-keystore/cdk.tf.json"} <= set(stack_files(outputs["cdktf"]))


def metadata_version_line(version: str) -> str:
    return f'      "version": "{version}"\n'


def test_every_cdk_tf_json_is_byte_identical_but_the_cdk_version(outputs):
    for name in stack_files(outputs["cdktf"]):
        cdktf_text = (outputs["cdktf"] / name).read_text(encoding="utf-8")
        terrain_text = (outputs["terrain"] / name).read_text(encoding="utf-8")
        cdktf_lines = cdktf_text.splitlines(keepends=True)
        terrain_lines = terrain_text.splitlines(keepends=True)
        differing = [(a, b) for a, b in zip(cdktf_lines, terrain_lines, strict=True) if a != b]

        assert differing == [
            (metadata_version_line(VERSIONS["cdktf"]), metadata_version_line(VERSIONS["terrain"]))
        ], name
        assert json.loads(cdktf_text)["//"]["metadata"]["version"] == VERSIONS["cdktf"]
        assert json.loads(terrain_text)["//"]["metadata"]["version"] == VERSIONS["terrain"]
        unversioned = terrain_text.replace(
            metadata_version_line(VERSIONS["terrain"]), metadata_version_line(VERSIONS["cdktf"])
        )
        assert unversioned.encode() == cdktf_text.encode(), name


def test_manifests_index_the_same_stacks(outputs):
    for configuration in project_configurations(ROOT):
        cdktf_manifest = json.loads(
            (outputs["cdktf"] / configuration / "manifest.json").read_text()
        )
        terrain_manifest = json.loads(
            (outputs["terrain"] / configuration / "manifest.json").read_text()
        )

        assert cdktf_manifest.pop("version") == VERSIONS["cdktf"]
        assert terrain_manifest.pop("version") == VERSIONS["terrain"]
        assert cdktf_manifest == terrain_manifest, configuration
