"""The offline Terraform runner's cached venv: made ready once, never trusted half made.

The commands are faked (a real install needs PyPI and takes a minute); what is
checked is which ones run, in what state the folder is left, and what a failure says.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .support import TF_OFFLINE_READY, prepare_terraform_offline

prepare = prepare_terraform_offline.__wrapped__  # the cache would hide every call but the first


class FakeCommands:
    """Stands for ``subprocess.run``: the import check fails until ``tf`` is installed."""

    def __init__(self, venv: Path, *, installed: bool = False, pip_fails: bool = False) -> None:
        self.venv, self.installed, self.pip_fails = venv, installed, pip_fails
        self.ran: list[str] = []

    def __call__(self, command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        if command[1:3] == ["-m", "venv"]:
            kind, code = "venv", 0
            (self.venv / "bin").mkdir(parents=True, exist_ok=True)
            (self.venv / "bin" / "python").touch()
        elif "pip" in command:
            kind, code = "pip", 1 if self.pip_fails else 0
            self.installed = not self.pip_fails
        else:
            assert command[1:3] == ["-I", "-c"], command
            kind, code = "check", 0 if self.installed else 1
        self.ran.append(kind)
        err = "ERROR: No matching distribution found for tf" if code and kind == "pip" else ""
        return subprocess.CompletedProcess(command, code, "", err)


@pytest.fixture
def venv(tmp_path, monkeypatch):
    folder = tmp_path / "cache" / "terraform-offline-venv"
    monkeypatch.setenv("TF_OFFLINE_VENV", str(folder))
    return folder


def test_a_venv_left_half_made_is_repaired_and_then_marked_ready(venv, monkeypatch):
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").touch()  # a run stopped after `venv` made python, before pip
    fake = FakeCommands(venv)
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == ["check", "venv", "pip", "check"]
    assert (venv / TF_OFFLINE_READY).is_file()
    fake.ran.clear()
    prepare()  # ready: nothing runs again
    assert fake.ran == []


def test_a_venv_made_elsewhere_that_imports_is_marked_without_installing(venv, monkeypatch):
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").touch()
    fake = FakeCommands(venv, installed=True)
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == ["check"]
    assert (venv / TF_OFFLINE_READY).is_file()


def test_a_failed_install_says_what_pip_said_and_leaves_no_mark(venv, monkeypatch):
    fake = FakeCommands(venv, pip_fails=True)
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
    assert fake.ran == ["check", "venv", "pip", "check"]
    assert (venv / TF_OFFLINE_READY).is_file()
