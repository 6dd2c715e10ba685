"""The project's toolchain: cdktf.json, the cdktf CLI, and the CLI's output equal to ours."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess

import pytest

from .support import ROOT, read_stacks


def test_cdktf_json_declares_python_app_and_pinned_provider():
    config = json.loads((ROOT / "cdktf.json").read_text(encoding="utf-8"))

    assert config["language"] == "python"
    assert config["app"].endswith("main.py")
    assert config["terraformProviders"] == ["aliyun/alicloud@1.283.0"]
    assert (ROOT / config["codeMakerOutput"]).is_dir()


def test_cli_is_pinned_to_the_last_cdktf_release():
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))

    assert package["devDependencies"]["cdktf-cli"] == "0.21.0"
    assert lock["packages"]["node_modules/cdktf-cli"]["version"] == "0.21.0"


def test_constructs_folder_is_not_a_package():
    assert not (ROOT / "constructs" / "__init__.py").exists()


@pytest.mark.slow
def test_cdktf_cli_synth_equals_main_py(tmp_path):
    cli = ROOT / "node_modules" / ".bin" / "cdktf"
    if not cli.exists():
        pytest.skip("node_modules is not installed (run `make test`)")
    project = tmp_path / "project"
    project.mkdir()
    for name in ("cdktf.json", "main.py"):
        shutil.copy(ROOT / name, project / name)
    (project / ".venv").symlink_to(ROOT / ".venv")
    (project / "bindings").symlink_to(ROOT / "bindings")
    env = {**os.environ, "CHECKPOINT_DISABLE": "1", "CDKTF_DISABLE_TELEMETRY": "true"}
    env.pop("CDKTF_CONTEXT_JSON", None)
    subprocess.run([str(cli), "synth"], cwd=project, env=env, check=True, capture_output=True)
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "main.py"],
        cwd=project,
        env={**env, "CDKTF_OUTDIR": str(tmp_path / "direct")},
        check=True,
        capture_output=True,
    )
    cli_stacks = read_stacks(project / "cdktf.out")

    assert cli_stacks == read_stacks(tmp_path / "direct")
    assert list(cli_stacks) == ["kms-keystore"]
    assert not filecmp.dircmp(project / "cdktf.out", tmp_path / "direct").diff_files


def test_main_py_prints_no_node_banner(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("JSII_SILENCE")}
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "main.py")],
        env={**env, "CDKTF_OUTDIR": str(tmp_path / "out")},
        capture_output=True,
        text=True,
        check=True,
    )

    assert "end-of-life" not in result.stderr
    assert result.stderr == ""
