"""The committed provider bindings are what the official generator makes today."""

from __future__ import annotations

import filecmp
import importlib
import importlib.util
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kms_keystore.handoff.schema_check import SCHEMAS_KEY

from .support import ROOT, SCHEMA

BINDINGS = ROOT / "bindings" / "alicloud" / "cdktf_cdktf_provider_alicloud"
GENERATE = ROOT / "tools" / "generate_bindings.py"


def generator_module():
    if "generate_bindings" not in sys.modules:
        spec = importlib.util.spec_from_file_location("generate_bindings", GENERATE)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look their module up by name
        spec.loader.exec_module(module)
    return sys.modules["generate_bindings"]


def declared_types():
    with (ROOT / "bindings" / "types.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_bindings_import_as_the_prebuilt_module_name():
    module = importlib.import_module("cdktf_cdktf_provider_alicloud")

    assert Path(module.__file__).parent.name == "cdktf_cdktf_provider_alicloud"


def test_every_declared_type_has_a_binding_module():
    types = declared_types()
    expected = {t.removeprefix("alicloud_") for t in types["resources"]}
    expected |= {f"data_{t}" for t in types["data_sources"]}
    expected.add("provider")
    present = {p.name for p in BINDINGS.iterdir() if p.is_dir() and not p.name.startswith("_")}

    assert present == expected


def test_bindings_carry_no_schema_document():
    for path in BINDINGS.rglob("*.py"):
        assert f'"{SCHEMAS_KEY}"' not in path.read_text(encoding="utf-8"), path


TERRAIN_BINDINGS = ROOT / "bindings" / "alicloud-terrain" / "cdktn_provider_alicloud"


@pytest.mark.slow
@pytest.mark.e2e  # runs the cdktf CLI's generator over the whole provider schema
@pytest.mark.parametrize(
    ("kit", "cli", "existing"),
    [
        pytest.param("cdktf", "cdktf", BINDINGS, id="committed-cdktf"),
        pytest.param(
            "terrain", "cdktn", TERRAIN_BINDINGS, id="built-terrain", marks=pytest.mark.terrain
        ),
    ],
)
def test_regenerated_bindings_equal_the_existing_ones(tmp_path, kit, cli, existing):
    # CDKTF's are committed; CDK Terrain's are built by make: both must be reproducible.
    if not SCHEMA.is_file():
        pytest.skip("no provider schema at ../shared/provider-schema and no network to fetch one")
    if not (ROOT / "node_modules" / ".bin" / cli).exists() or not existing.is_dir():
        pytest.skip("node_modules or the bindings are missing (`make synth`, `make test-e2e`)")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "generate_bindings.py"),
            "--cdk",
            kit,
            "--out",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    fresh = tmp_path / existing.name
    differences = _differences(filecmp.dircmp(fresh, existing, ignore=["__pycache__"]))

    assert differences == [], "run `make provider` (CDKTF) or `make terrain-bindings`"


def _differences(cmp: filecmp.dircmp, prefix: str = "") -> list[str]:
    found = [f"only generated: {prefix}{n}" for n in cmp.left_only]
    found += [f"only committed: {prefix}{n}" for n in cmp.right_only]
    _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
    found += [f"differs: {prefix}{n}" for n in mismatch + errors]
    for name, sub in cmp.subdirs.items():
        found += _differences(sub, f"{prefix}{name}/")
    return found


def test_extra_types_are_merged_with_ours_each_once(tmp_path):
    gen = generator_module()
    ours = declared_types()
    local = tmp_path / "types.local.toml"
    local.write_text(
        'resources = ["alicloud_ecs_instance", "alicloud_vpc"]\ndata_sources = []\n',
        encoding="utf-8",
    )
    extra = gen.parse_extra_types(
        ["alicloud_oss_bucket data.alicloud_zones,data.alicloud_oss_buckets"]
    )

    merged = gen.merge_types(ours, extra, gen.read_extra_types_file(local, ours))

    assert extra == {
        "resources": ["alicloud_oss_bucket"],
        "data_sources": ["alicloud_zones", "alicloud_oss_buckets"],
    }
    assert set(merged["resources"]) == {
        *ours["resources"],
        "alicloud_oss_bucket",
        "alicloud_ecs_instance",
    }
    assert set(merged["data_sources"]) == {*ours["data_sources"], "alicloud_oss_buckets"}
    assert len(merged["resources"]) == len(set(merged["resources"]))
    assert (merged["provider"], merged["version"]) == (ours["provider"], ours["version"])


def test_an_extra_types_file_for_another_provider_version_is_refused(tmp_path):
    gen = generator_module()
    local = tmp_path / "types.local.toml"
    local.write_text('version = "1.200.0"\nresources = ["alicloud_oss_bucket"]\n', encoding="utf-8")

    with pytest.raises(SystemExit, match=r"1\.200\.0"):
        gen.read_extra_types_file(local, declared_types())


def test_an_unknown_extra_type_is_refused_by_name_before_anything_is_written(tmp_path):
    if not SCHEMA.is_file():
        pytest.skip("no provider schema at ../shared/provider-schema")
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            str(GENERATE),
            "--extra-types",
            "alicloud_oss_bukcet alicloud_zones",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "unknown resource type 'alicloud_oss_bukcet'" in result.stderr
    assert "did you mean alicloud_oss_bucket" in result.stderr
    assert "'alicloud_zones': it is a data source, so write 'data.alicloud_zones'" in result.stderr
    assert "provider schema" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_make_provider_hands_the_extra_types_to_the_generator():
    result = subprocess.run(
        [
            "make",
            "-n",
            "--no-print-directory",
            "provider",
            "EXTRA_TYPES=alicloud_oss_bucket data.alicloud_zones",
            "EXTRA_TYPES_FILE=team.toml",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    commands = [line for line in result.stdout.splitlines() if "generate_bindings.py" in line]

    assert len(commands) == 1
    assert '--extra-types "alicloud_oss_bucket data.alicloud_zones"' in commands[0]
    assert "--extra-types-file team.toml" in commands[0]


# Our provider and a class of ours next to the team's class, in one stack of one app.
ONE_ASSEMBLY_PROBE = """
import json, cdktf
import cdktf_cdktf_provider_alicloud as package
from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider
from cdktf_cdktf_provider_alicloud.kms_key import KmsKey
from cdktf_cdktf_provider_alicloud.oss_bucket import OssBucket
stack = cdktf.TerraformStack(cdktf.Testing.app(), "probe")
AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
KmsKey(stack, "key", description="ours")
OssBucket(stack, "bucket", bucket="theirs")
resources = json.loads(cdktf.Testing.synth(stack))["resource"]
print(json.dumps({"package": package.__file__, "resources": sorted(resources)}))
"""


@pytest.mark.slow
@pytest.mark.e2e  # generates and installs a bindings package
def test_extra_types_join_ours_in_one_package_and_one_assembly(tmp_path):
    if not SCHEMA.is_file():
        pytest.skip("no provider schema at ../shared/provider-schema and no network to fetch one")
    if not (ROOT / "node_modules" / ".bin" / "cdktf").exists():
        pytest.skip("node_modules is not installed (run `make synth`)")
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, str(GENERATE), "--extra-types", "alicloud_oss_bucket", "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    package = out / BINDINGS.name
    path = os.pathsep.join(filter(None, (str(out), os.environ.get("PYTHONPATH"))))
    probe = subprocess.run(
        [sys.executable, "-c", ONE_ASSEMBLY_PROBE],
        env={**os.environ, "PYTHONPATH": path},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    found = json.loads(probe.stdout.splitlines()[-1])

    assert Path(found["package"]).parent == package
    assert found["resources"] == ["alicloud_kms_key", "alicloud_oss_bucket"]
    assert [p.name for p in (package / "_jsii").glob("*.jsii.tgz")] == ["alicloud@0.0.0.jsii.tgz"]
    assert (package / "oss_bucket").is_dir() and (package / "kms_key").is_dir()
