"""The offline Terraform runner's cached venv: made ready once, never trusted half made.

The commands are faked (a real install needs PyPI and takes a minute); what is
checked is which ones run, in what state the folder is left, and what a failure
says. That the import check covers what the runner really imports is read from
the runner's own ``provider.py``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from .support import (
    TERRAFORM_OFFLINE,
    TF_OFFLINE_IMPORTS,
    TF_OFFLINE_READY,
    prepare_terraform_offline,
)

prepare = prepare_terraform_offline.__wrapped__  # the cache would hide every call but the first


class FakeVenv:
    """Stands for ``subprocess.run`` over one venv folder, in the state it is given."""

    def __init__(
        self,
        venv: Path,
        *,
        pip: bool = True,
        tf: bool = False,
        starts: bool = True,
        pip_fails: bool = False,
    ) -> None:
        self.venv, self.pip, self.tf, self.starts, self.pip_fails = venv, pip, tf, starts, pip_fails
        self.ran: list[str] = []

    def make(self) -> None:
        """Lay the folder out as `venv` leaves it (a python, nothing installed)."""
        (self.venv / "bin").mkdir(parents=True, exist_ok=True)
        (self.venv / "bin" / "python").touch()

    def __call__(self, command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        err = ""
        if command[0] == "python3":
            assert command[1:] == ["-m", "venv", str(self.venv)], command
            kind, ok = "venv", True
            self.make()
        else:
            assert command[0] == str(self.venv / "bin" / "python"), command
            if not self.starts:
                raise FileNotFoundError(command[0])
            if command[1:3] == ["-I", "-c"]:
                assert command[3] == "import " + ", ".join(TF_OFFLINE_IMPORTS)
                kind, ok = "check", self.tf
            elif command[1:] == ["-I", "-m", "pip", "--version"]:
                kind, ok = "pip?", self.pip
            elif command[1:] == ["-I", "-m", "ensurepip", "--upgrade"]:
                kind, ok = "ensurepip", True
                self.pip = True
            else:
                install = ["-I", "-m", "pip", "install", "-q", "--force-reinstall", "tf"]
                assert command[1:] == install, command
                kind, ok = "install", self.pip and not self.pip_fails
                self.tf = ok
                err = "" if ok else "ERROR: No matching distribution found for tf"
        self.ran.append(kind)
        return subprocess.CompletedProcess(command, 0 if ok else 1, "", err)


@pytest.fixture
def venv(tmp_path, monkeypatch):
    folder = tmp_path / "cache" / "terraform-offline-venv"
    monkeypatch.setenv("TF_OFFLINE_VENV", str(folder))
    return folder


def test_a_fresh_venv_is_made_installed_checked_and_marked(venv, monkeypatch):
    fake = FakeVenv(venv, pip=False)
    monkeypatch.setattr(subprocess, "run", fake)
    fake.pip = True  # `venv` installs pip

    prepare()

    assert fake.ran == ["venv", "pip?", "install", "check"]
    assert (venv / TF_OFFLINE_READY).is_file()
    fake.ran.clear()
    prepare()  # ready: nothing runs again
    assert fake.ran == []


def test_a_venv_stopped_before_pip_gets_pip_back_and_tf(venv, monkeypatch):
    fake = FakeVenv(venv, pip=False)
    fake.make()  # a run stopped after `venv` made python, before ensurepip ended
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == ["check", "pip?", "ensurepip", "install", "check"]
    assert (venv / TF_OFFLINE_READY).is_file()


def test_a_venv_with_tf_in_part_is_reinstalled_not_trusted(venv, monkeypatch):
    fake = FakeVenv(venv)  # pip works, one of the modules does not import
    fake.make()
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == ["check", "pip?", "install", "check"]
    assert (venv / TF_OFFLINE_READY).is_file()


def test_a_mark_left_by_an_older_check_is_checked_again(venv, monkeypatch):
    fake = FakeVenv(venv)
    fake.make()
    (venv / TF_OFFLINE_READY).write_text("tf installed and importable\n", encoding="utf-8")
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == ["check", "pip?", "install", "check"]
    assert (venv / TF_OFFLINE_READY).read_text(encoding="utf-8").startswith("import msgpack")


def test_a_venv_made_elsewhere_that_imports_is_marked_without_installing(venv, monkeypatch):
    fake = FakeVenv(venv, tf=True)
    fake.make()
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == ["check"]
    assert (venv / TF_OFFLINE_READY).is_file()


def test_a_venv_whose_python_does_not_start_is_named_and_left_alone(venv, tmp_path, monkeypatch):
    fake = FakeVenv(venv, starts=False)
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").symlink_to(tmp_path / "gone" / "python3")  # as venv links it
    (venv / "pyvenv.cfg").write_text("home = /gone\n", encoding="utf-8")
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError) as failed:
        prepare()

    assert f"remove {venv} and run again" in str(failed.value)
    assert "venv" not in fake.ran  # nothing was made over it
    assert (venv / "pyvenv.cfg").read_text(encoding="utf-8") == "home = /gone\n"
    assert not (venv / TF_OFFLINE_READY).exists()


def test_a_failed_install_says_what_pip_said_and_leaves_no_mark(venv, monkeypatch):
    fake = FakeVenv(venv, pip_fails=True)
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError) as failed:
        prepare()

    message = str(failed.value)
    assert str(venv) in message and "pip install" in message
    assert "No matching distribution found for tf" in message
    assert not (venv / TF_OFFLINE_READY).exists()
    fake.pip_fails = False
    fake.ran.clear()
    prepare()  # the next run tries again instead of trusting the folder
    assert fake.ran == ["check", "pip?", "install", "check"]
    assert (venv / TF_OFFLINE_READY).is_file()


def test_the_check_imports_everything_the_runners_provider_imports():
    provider = TERRAFORM_OFFLINE.parent / "provider.py"
    if not provider.is_file():
        pytest.skip("../shared/tools/terraform-offline is absent")
    found = set()
    for node in ast.walk(ast.parse(provider.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)  # `from tf.gen import x`: x may be a module or a name
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    third_party = {name for name in found if name.split(".")[0] not in sys.stdlib_module_names}
    assert third_party, "provider.py imports nothing beyond the standard library: a stale check"
    covered = set(TF_OFFLINE_IMPORTS)
    packages = {name.rsplit(".", i)[0] for name in covered for i in range(1, name.count(".") + 1)}
    # a package is imported with the modules below it; a function or class with its module
    missing = {
        name
        for name in third_party
        if name not in covered | packages and name.rsplit(".", 1)[0] not in covered
    }
    assert not missing, f"the runner imports {sorted(missing)}, which the check does not"
