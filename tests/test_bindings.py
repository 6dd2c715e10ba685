"""The committed provider bindings are what the official generator makes today."""

from __future__ import annotations

import filecmp
import importlib
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kms_keystore.handoff.schema_check import SCHEMAS_KEY

from .support import ROOT, SCHEMA

BINDINGS = ROOT / "bindings" / "alicloud" / "cdktf_cdktf_provider_alicloud"


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
@pytest.mark.parametrize(
    ("kit", "cli", "existing"),
    [("cdktf", "cdktf", BINDINGS), ("terrain", "cdktn", TERRAIN_BINDINGS)],
    ids=["committed-cdktf", "built-terrain"],
)
def test_regenerated_bindings_equal_the_existing_ones(tmp_path, kit, cli, existing):
    # CDKTF's are committed; CDK Terrain's are built by make: both must be reproducible.
    if not SCHEMA.is_file():
        pytest.skip("no provider schema at ../shared/provider-schema and no network to fetch one")
    if not (ROOT / "node_modules" / ".bin" / cli).exists() or not existing.is_dir():
        pytest.skip("node_modules or the bindings are not installed (run `make test`)")
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
