"""The wheels, used the way a platform team would: built, installed, imported by its own app.

One module fixture builds the wheels with ``make dist`` into a temporary folder,
creates a fresh virtual environment outside the repository, installs
``alicloud-kms-keystore[cdktf]`` from those wheels (everything else from the
registry), copies ``examples/own-app`` into another temporary folder and runs the
real ``cdktf synth`` there. Nothing of the repository is on the app's path: only
the wheels are.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .support import ROOT, terraform_offline, terraform_offline_available

pytestmark = pytest.mark.e2e

EXAMPLE = ROOT / "examples" / "own-app"
STACK = "payments"
NODE_BIN = ROOT / "node_modules" / ".bin"
PINNED_NODES = sorted((ROOT / "node_modules").glob("node-linux-*/bin/node"))
QUIET_PIP = ("--quiet", "--disable-pip-version-check")


@dataclass(frozen=True)
class Installed:
    """What the fixture built and where: wheels, the team's venv, app and stack."""

    dist: Path
    venv: Path
    app: Path
    stack: dict[str, Any]

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def stack_dir(self) -> Path:
        return self.app / "cdktf.out" / "stacks" / STACK


def run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run ``cmd``; on failure, fail the test with its output."""
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, f"{' '.join(cmd)}\n{result.stdout}\n{result.stderr}"
    return result


def team_env() -> dict[str, str]:
    """A team's shell: our Node for jsii and the CLI, no telemetry, no PYTHONPATH into us."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KMS_KEYSTORE_CDK")}
    env.update(CHECKPOINT_DISABLE="1", CDKTF_DISABLE_TELEMETRY="true")
    if PINNED_NODES:
        env["JSII_NODE"] = str(PINNED_NODES[0])
        env["PATH"] = os.pathsep.join((str(PINNED_NODES[0].parent), env.get("PATH", "")))
    return env


def wheel(dist: Path, prefix: str) -> Path:
    found = sorted(dist.glob(f"{prefix}-*.whl"))
    assert len(found) == 1, f"{prefix} wheels in {dist}: {found}"
    return found[0]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    if not (NODE_BIN / "cdktf").exists():
        pytest.skip("node_modules/.bin/cdktf is missing (run `make synth`, which runs npm ci)")
    if shutil.which("make") is None:
        pytest.skip("make is not on PATH")
    dist = tmp_path_factory.mktemp("dist")
    run(
        ["make", "--no-print-directory", "dist", f"DIST={dist}", f"PYTHON={sys.executable}"],
        cwd=ROOT,
    )
    version = wheel(dist, "alicloud_kms_keystore").name.split("-")[1]

    venv = tmp_path_factory.mktemp("team") / "venv"
    run([sys.executable, "-m", "venv", str(venv)], env=team_env())
    python = str(venv / "bin" / "python")
    run(
        [
            python,
            "-m",
            "pip",
            "install",
            *QUIET_PIP,
            "--find-links",
            str(dist),
            f"alicloud-kms-keystore[cdktf]=={version}",
            "-r",
            str(EXAMPLE / "requirements-dev.txt"),
        ],
        cwd=venv.parent,
        env=team_env(),
    )

    app = tmp_path_factory.mktemp("own-app")
    shutil.copy(EXAMPLE / "main.py", app / "main.py")
    config = json.loads((EXAMPLE / "cdktf.json").read_text(encoding="utf-8"))
    assert config["app"] == ".venv/bin/python main.py"
    config["app"] = f"{python} main.py"
    (app / "cdktf.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    run([str(NODE_BIN / "cdktf"), "synth"], cwd=app, env=team_env())
    stack_file = app / "cdktf.out" / "stacks" / STACK / "cdk.tf.json"
    stack = json.loads(stack_file.read_text(encoding="utf-8"))
    return Installed(dist, venv, app, stack)


def test_the_constructs_wheel_ships_types_and_license_and_leaves_the_cdk_to_an_extra(installed):
    with zipfile.ZipFile(wheel(installed.dist, "alicloud_kms_keystore")) as archive:
        names = archive.namelist()
        meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(meta).decode()
    assert "kms_keystore/py.typed" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    core = [line for line in requires if "extra ==" not in line]
    assert len(core) == 1 and "constructs" in core[0], requires
    assert any("cdktf<" in line and 'extra == "cdktf"' in line for line in requires)
    assert any("cdktn<" in line and 'extra == "terrain"' in line for line in requires)
    assert wheel(installed.dist, "cdktf_cdktf_provider_alicloud").name.startswith(
        "cdktf_cdktf_provider_alicloud-1.283.0-"
    )


def test_the_app_imports_the_installed_wheel_not_the_repository(installed):
    probe = "import kms_keystore; print(kms_keystore.__file__); print(kms_keystore.__version__)"
    out = run([str(installed.python), "-c", probe], cwd=installed.app, env=team_env())
    location, version = out.stdout.split()
    assert Path(location).is_relative_to(installed.venv)
    assert wheel(installed.dist, "alicloud_kms_keystore").name.split("-")[1] == version


def test_the_key_store_uses_the_teams_own_user_vpc_and_vswitch(installed):
    resources = installed.stack["resource"]
    assert list(resources["alicloud_ram_user"]) == ["Deployer"]
    attachments = resources["alicloud_ram_user_policy_attachment"].values()
    assert [a["user_name"] for a in attachments] == ["${alicloud_ram_user.Deployer.name}"]

    (instance,) = resources["alicloud_kms_instance"].values()
    assert instance["vpc_id"] == "${alicloud_vpc.Vpc.id}"
    assert instance["vswitch_ids"] == ["${alicloud_vswitch.VSwitch.id}"]
    in_zone, same_vpc = instance["lifecycle"]["precondition"]  # the zone is known at plan
    assert "alicloud_vswitch.VSwitch.zone_id" in in_zone["condition"]
    assert "alicloud_vswitch.VSwitch.vpc_id" in same_vpc["condition"]
    # the team's network only: the key store declared none of its own
    assert list(resources["alicloud_vpc"]) == ["Vpc"]
    assert list(resources["alicloud_vswitch"]) == ["VSwitch"]
    assert installed.stack["provider"]["alicloud"] == [{"region": "cn-hangzhou"}]


@pytest.mark.terraform
def test_terraform_validates_and_plans_the_teams_stack(installed):
    reason = terraform_offline_available()
    if reason:
        pytest.skip(reason)
    assert "valid=True" in terraform_offline([installed.stack_dir()])
    plan = terraform_offline([installed.stack_dir()], mode="plan")
    assert "Plan: 8 to add, 0 to change, 0 to destroy." in plan, plan


def test_the_app_passes_mypy_strict_against_the_installed_package(installed):
    mypy = [str(installed.python), "-m", "mypy", "--strict", "--no-incremental"]
    run([*mypy, "main.py"], cwd=installed.app, env=team_env())

    # the package's annotations are really read: a wrong argument type is caught
    wrong = installed.app / "wrong.py"
    wrong.write_text(
        "from cdktf import App, TerraformStack\n"
        "from kms_keystore import KmsKeyStore\n"
        "KmsKeyStore(TerraformStack(App(), 's'), 'k', region=1)\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [*mypy, "wrong.py"], cwd=installed.app, env=team_env(), capture_output=True, text=True
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'Argument "region" to "KmsKeyStore" has incompatible type "int"' in result.stdout


def test_the_changelog_lists_the_public_api_and_this_release():
    import kms_keystore

    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert f"\n## {version}\n" in changelog
    assert [name for name in kms_keystore.__all__ if f"`{name}`" not in changelog] == []


def test_the_examples_cli_and_node_pins_are_the_projects():
    ours = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    example = json.loads((EXAMPLE / "package.json").read_text(encoding="utf-8"))
    cli = {**ours.get("devDependencies", {}), **ours.get("dependencies", {})}["cdktf-cli"]
    assert example["devDependencies"] == {"cdktf-cli": cli}
    assert example["optionalDependencies"] == ours["optionalDependencies"]
    assert example["engines"] == ours["engines"]


def test_a_cdk_terrain_app_gets_the_same_stack_from_the_terrain_extra(installed, tmp_path):
    """docs/own-app.md's CDK Terrain steps: the [terrain] extra, cdktn imports, the switch."""
    if not list(installed.dist.glob("cdktn_provider_alicloud-*.whl")):
        pytest.skip("no CDK Terrain bindings to build a wheel from (make terrain-bindings)")
    if not (NODE_BIN / "cdktn").exists():
        pytest.skip("node_modules/.bin/cdktn is missing (run `make test-e2e`, which installs it)")
    version = wheel(installed.dist, "alicloud_kms_keystore").name.split("-")[1]
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], env=team_env())
    python = str(venv / "bin" / "python")
    run(
        [
            python,
            "-m",
            "pip",
            "install",
            *QUIET_PIP,
            "--find-links",
            str(installed.dist),
            f"alicloud-kms-keystore[terrain]=={version}",
        ],
        cwd=tmp_path,
        env=team_env(),
    )
    check = "import importlib.util as u; print(u.find_spec('cdktf') is None)"
    assert run([python, "-c", check], env=team_env()).stdout.strip() == "True"

    app = tmp_path / "app"
    app.mkdir()
    source = (EXAMPLE / "main.py").read_text(encoding="utf-8")
    source = source.replace("from cdktf import", "from cdktn import")
    source = source.replace("cdktf_cdktf_provider_alicloud.", "cdktn_provider_alicloud.")
    (app / "main.py").write_text(source, encoding="utf-8")
    config = json.loads((EXAMPLE / "cdktf.json").read_text(encoding="utf-8"))
    config["app"] = f"{python} main.py"
    (app / "cdktf.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    run(
        [str(NODE_BIN / "cdktn"), "synth"],
        cwd=app,
        env={**team_env(), "KMS_KEYSTORE_CDK": "terrain"},
    )

    stack = json.loads((app / "cdktf.out/stacks" / STACK / "cdk.tf.json").read_text("utf-8"))
    cdktf_stack = json.loads(json.dumps(installed.stack))
    for document in (stack, cdktf_stack):
        document.pop("//")  # names the CDK's version
        document["terraform"].pop("backend")  # a state file in each app folder
    assert stack == cdktf_stack
