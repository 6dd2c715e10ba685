"""The benchmark's floor writes exactly what our app writes, so that comparing them is fair."""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest

from kms_keystore.app.build import synth_to

from .support import ROOT

FLOOR = ROOT / "benchmarks" / "floor_app.py"


def files(outdir: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(outdir)): path.read_bytes()
        for path in sorted(outdir.rglob("*"))
        if path.is_file()
    }


def in_words(ours: dict[str, bytes], theirs: dict[str, bytes]) -> str:
    """Which files differ, each as a short unified diff of its text; empty when none do."""
    told = [f"only ours writes {name}" for name in sorted(set(ours) - set(theirs))]
    told += [f"only the floor writes {name}" for name in sorted(set(theirs) - set(ours))]
    for name in sorted(set(ours) & set(theirs)):
        if ours[name] == theirs[name]:
            continue
        diff = difflib.unified_diff(
            theirs[name].decode("utf-8", "replace").splitlines(),
            ours[name].decode("utf-8", "replace").splitlines(),
            f"floor/{name}",
            f"ours/{name}",
            n=1,
            lineterm="",
        )
        told.append("\n".join(list(diff)[:40]))
    return "\n".join(told)


def floor(outdir: Path, names: list[str]) -> dict[str, bytes]:
    subprocess.run(
        [sys.executable, str(FLOOR), str(outdir), *names],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    return files(outdir)


@pytest.mark.parametrize(
    "context, names",
    [
        ({}, ["kms-keystore"]),
        (
            {"deployments": [{"name": f"kms-{i:04d}", "account": f"a{i}"} for i in range(3)]},
            [f"kms-{i:04d}" for i in range(3)],
        ),
    ],
    ids=["reference app", "fleet of 3"],
)
def test_floor_output_is_byte_identical_to_ours(tmp_path, context, names):
    synth_to(context, tmp_path / "ours")

    ours = files(tmp_path / "ours")
    theirs = floor(tmp_path / "floor", names)
    assert sorted(ours) == ["manifest.json"] + [f"stacks/{n}/cdk.tf.json" for n in names]
    differences = in_words(ours, theirs)
    assert not differences, "the floor writes other output than ours:\n" + differences
