"""The offline Terraform runner's cached venv: made ready once, never trusted half made.

The commands are faked (a real install needs PyPI and takes a minute); what is
checked is which ones run, in what state the folder is left, and what a failure
says. That the import check covers what the runner really imports is read from
the runner's own ``provider.py``.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from . import support
from .support import (
    TERRAFORM_OFFLINE,
    TF_OFFLINE_IMPORTS,
    TF_OFFLINE_MADE,
    TF_OFFLINE_READY,
    make_terraform_offline_ready,
    prepare_terraform_offline,
    terraform_offline_lock,
    terraform_offline_venv,
)


def prepare() -> None:
    """One preparation of the venv the environment names (not remembered, unlike the tests')."""
    make_terraform_offline_ready(terraform_offline_venv())


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
        version: str = "3.11.7 (fake)",
    ) -> None:
        self.venv, self.pip, self.tf, self.starts, self.pip_fails = venv, pip, tf, starts, pip_fails
        self.version = version
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
            if command[1:] == ["-I", "-c", "import sys; print(sys.version)"]:
                self.ran.append("version")
                return subprocess.CompletedProcess(command, 0, self.version + "\n", "")
            if command[1:3] == ["-I", "-c"]:
                assert command[3] == "import " + ", ".join(TF_OFFLINE_IMPORTS)
                kind, ok = "check", self.tf
                err = "" if ok else "ModuleNotFoundError: No module named 'grpc'"
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


@pytest.fixture(autouse=True)
def locks(tmp_path, monkeypatch):
    """The temporary folder, where the locks live: the test's own, not the machine's."""
    folder = tmp_path / "locks"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def venv(tmp_path, monkeypatch):
    folder = tmp_path / "cache" / "terraform-offline-venv"
    monkeypatch.setenv("TF_OFFLINE_VENV", str(folder))
    return folder


@pytest.fixture
def own_venv(tmp_path, monkeypatch):
    """The runner's own folder: ``$TMPDIR/terraform-offline-venv``, no TF_OFFLINE_VENV."""
    monkeypatch.delenv("TF_OFFLINE_VENV", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    return tmp_path / "tmp" / "terraform-offline-venv"


CHECK = "import " + ", ".join(TF_OFFLINE_IMPORTS)
REPAIRED = ["version", "check", "pip?", "install", "version", "check"]


def another_users(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Give ``path`` to another user: really as root, else as ``os`` reports its owner."""
    if os.getuid() == 0:
        os.chown(path, 65534, 65534, follow_symlinks=False)
        return
    found = path.lstat()
    which = (found.st_dev, found.st_ino)

    def reporting(call):
        def reported(*args, **kwargs):
            result = call(*args, **kwargs)
            if (result.st_dev, result.st_ino) != which:
                return result
            values = list(result[:10])
            values[4] = result.st_uid + 1  # st_uid
            return os.stat_result(values)

        return reported

    for name in ("stat", "lstat", "fstat"):
        monkeypatch.setattr(os, name, reporting(getattr(os, name)))


def appears_once_found_missing(
    path: Path, appear: Callable[[], object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Call ``appear()`` right after ``path`` is first looked for and found missing: what
    another process (or user) could do between that look and the next step."""
    real_lexists = os.path.lexists

    def raced(candidate):
        found = real_lexists(candidate)
        if str(candidate) == str(path) and not found:
            appear()
        return found

    monkeypatch.setattr(os.path, "lexists", raced)


def ours(fake: FakeVenv) -> None:
    """Lay the folder out as a venv made here."""
    fake.make()
    (fake.venv / TF_OFFLINE_MADE).touch()


def test_a_fresh_venv_is_made_installed_checked_and_marked(venv, monkeypatch):
    fake = FakeVenv(venv, pip=False)
    monkeypatch.setattr(subprocess, "run", fake)
    fake.pip = True  # `venv` installs pip

    prepare()

    assert fake.ran == ["venv", "pip?", "install", "version", "check"]
    assert (venv / TF_OFFLINE_MADE).is_file()
    assert (venv / TF_OFFLINE_READY).read_text(encoding="utf-8") == f"{CHECK}\n3.11.7 (fake)\n"
    fake.ran.clear()
    prepare()  # ready: only the python's version is asked again
    assert fake.ran == ["version"]


def test_a_venv_stopped_before_pip_gets_pip_back_and_tf(venv, monkeypatch):
    fake = FakeVenv(venv, pip=False)
    ours(fake)  # a run stopped after `venv` made python, before ensurepip ended
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == ["version", "check", "pip?", "ensurepip", "install", "version", "check"]
    assert (venv / TF_OFFLINE_READY).is_file()


def test_a_venv_with_tf_in_part_is_reinstalled_not_trusted(venv, monkeypatch):
    fake = FakeVenv(venv)  # pip works, one of the modules does not import
    ours(fake)
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == REPAIRED
    assert (venv / TF_OFFLINE_READY).is_file()


def test_the_runners_own_folder_is_repaired_though_it_made_it(own_venv, monkeypatch):
    fake = FakeVenv(own_venv)
    fake.make()  # made by run.sh, with tf in part
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == REPAIRED
    assert (own_venv / TF_OFFLINE_READY).is_file()


def test_a_venv_named_by_the_user_and_not_made_here_is_left_as_it_is(venv, monkeypatch):
    fake = FakeVenv(venv)  # a project's own venv, say, without grpc
    fake.make()
    (venv / "bin" / "keep").write_text("theirs\n", encoding="utf-8")
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError) as failed:
        prepare()

    message = str(failed.value)
    assert str(venv) in message and "No module named 'grpc'" in message
    assert "left as it is" in message and "unset TF_OFFLINE_VENV" in message
    assert fake.ran == ["version", "check"]  # no pip, no install
    assert (venv / "bin" / "keep").read_text(encoding="utf-8") == "theirs\n"
    assert not (venv / TF_OFFLINE_READY).exists()


def test_a_mark_left_by_an_older_check_is_checked_again(venv, monkeypatch):
    fake = FakeVenv(venv)
    ours(fake)
    (venv / TF_OFFLINE_READY).write_text("tf installed and importable\n", encoding="utf-8")
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == REPAIRED
    assert (venv / TF_OFFLINE_READY).read_text(encoding="utf-8").startswith("import msgpack")


def test_a_mark_left_by_another_python_is_checked_again(venv, monkeypatch):
    fake = FakeVenv(venv, tf=True, version="3.12.1 (upgraded)")
    ours(fake)
    (venv / TF_OFFLINE_READY).write_text(f"{CHECK}\n3.11.7 (fake)\n", encoding="utf-8")
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == ["version", "check"]
    assert (venv / TF_OFFLINE_READY).read_text(encoding="utf-8").endswith("3.12.1 (upgraded)\n")


def test_the_runners_folder_made_by_run_sh_that_imports_is_marked_without_installing(
    own_venv, monkeypatch
):
    fake = FakeVenv(own_venv, tf=True)
    fake.make()
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == ["version", "check"]
    assert (own_venv / TF_OFFLINE_READY).is_file()


def test_a_users_venv_that_imports_is_used_and_not_written_to(venv, locks, monkeypatch):
    fake = FakeVenv(venv, tf=True)
    fake.make()
    monkeypatch.setattr(subprocess, "run", fake)

    for _ in range(2):
        prepare()

    assert fake.ran == ["version", "check"] * 2  # checked at each run, as it bears no mark
    assert sorted(p.name for p in venv.iterdir()) == ["bin"]
    assert not list(venv.parent.glob("*.lock"))  # the lock lives in the temporary folder
    assert len(list(locks.glob("kms-keystore-venv-*.lock"))) == 1


def test_a_users_folder_without_a_python_is_left_as_it_is(venv, monkeypatch):
    venv.mkdir(parents=True)
    (venv / "notes.txt").write_text("theirs\n", encoding="utf-8")
    fake = FakeVenv(venv)
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError, match="holds files but no bin/python"):
        prepare()

    assert fake.ran == []
    assert sorted(p.name for p in venv.iterdir()) == ["notes.txt"]


def test_a_venv_path_that_is_a_file_is_reported_not_raised_raw(venv, monkeypatch):
    venv.parent.mkdir(parents=True)
    venv.write_text("not a folder\n", encoding="utf-8")
    monkeypatch.setattr(subprocess, "run", FakeVenv(venv))

    with pytest.raises(RuntimeError, match=f"preparing {re.escape(str(venv))} .*of your own"):
        prepare()

    assert venv.read_text(encoding="utf-8") == "not a folder\n"


def test_the_runners_folder_as_a_symbolic_link_is_not_followed(own_venv, tmp_path, monkeypatch):
    elsewhere = tmp_path / "project" / ".venv"
    fake = FakeVenv(elsewhere)
    fake.make()
    own_venv.parent.mkdir(parents=True)
    own_venv.symlink_to(elsewhere)
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError, match="symbolic link"):
        prepare()

    assert fake.ran == []


def test_a_link_to_a_venv_the_tests_made_is_used(own_venv, tmp_path, monkeypatch):
    made = tmp_path / "elsewhere" / "venv"
    fake = FakeVenv(made, tf=True)
    ours(fake)
    own_venv.parent.mkdir(parents=True)
    own_venv.symlink_to(made)
    fake.venv = own_venv  # the commands name the link, as run.sh would
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == ["version", "check"]
    assert (made / TF_OFFLINE_READY).is_file()


def test_the_runners_folder_linked_away_while_it_is_made_is_not_used(
    own_venv, tmp_path, monkeypatch
):
    elsewhere = tmp_path / "theirs"
    elsewhere.mkdir()
    fake = FakeVenv(own_venv)
    real_mkdir = os.mkdir

    def raced(path, mode=0o777):  # another user's link lands between the check and mkdir
        if str(path) == str(own_venv):
            os.symlink(elsewhere, own_venv)
        return real_mkdir(path, mode)

    monkeypatch.setattr(os, "mkdir", raced)
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError, match="symbolic link"):
        prepare()

    assert "venv" not in fake.ran
    assert list(elsewhere.iterdir()) == []


def test_a_lock_of_another_user_is_not_used(own_venv, locks, monkeypatch):
    lock = terraform_offline_lock(own_venv)
    assert lock.parent == locks
    lock.touch()
    another_users(lock, monkeypatch)
    fake = FakeVenv(own_venv)
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError, match="belongs to another user; set TMPDIR"):
        prepare()

    assert fake.ran == []


def test_a_lock_name_that_is_a_link_is_not_followed(own_venv, locks, tmp_path, monkeypatch):
    target = tmp_path / "planted"
    lock = terraform_offline_lock(own_venv)
    assert lock.parent == locks
    lock.symlink_to(target)
    fake = FakeVenv(own_venv)
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError, match=r"lock .* cannot be opened .*; set TMPDIR"):
        prepare()

    assert not target.exists() and fake.ran == []


def test_the_lock_is_named_by_the_user_and_the_venv(locks, tmp_path, monkeypatch):
    """One lock per user and venv folder: users sharing a temporary folder, or two venvs,
    never wait on (or take) the same lock."""
    first = terraform_offline_lock(tmp_path / "one")
    second = terraform_offline_lock(tmp_path / "two")
    assert first != second
    for lock in (first, second):
        assert lock.parent == locks
        user, key = lock.name.removeprefix("kms-keystore-venv-").removesuffix(".lock").split("-")
        assert user == str(os.getuid()) and len(key) == 16
    relative = terraform_offline_lock(Path("one"))
    assert relative == terraform_offline_lock(Path.cwd() / "one")
    monkeypatch.setattr(os, "getuid", lambda: 4242)  # another user, same folder
    assert terraform_offline_lock(tmp_path / "one").name.startswith("kms-keystore-venv-4242-")


@pytest.mark.parametrize("setting", ["TF_OFFLINE_VENV", "TMPDIR"])
def test_a_relative_venv_without_a_working_folder_is_named_as_such(setting, tmp_path, monkeypatch):
    monkeypatch.setattr(support, "_PREPARED", {})
    monkeypatch.delenv("TF_OFFLINE_VENV", raising=False)
    monkeypatch.setenv(setting, "relative")
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    monkeypatch.setattr(subprocess, "run", FakeVenv(tmp_path / "never"))

    named = f"set {setting} \\(now 'relative'\\) to an absolute path"
    for _ in range(2):  # also at the next test's call
        with pytest.raises(RuntimeError, match=named):
            prepare_terraform_offline()
    # Every caller that names the venv, not only the preparation, gets the message.
    with pytest.raises(RuntimeError, match=named):
        terraform_offline_venv()


def test_a_corrupt_mark_is_checked_again_and_rewritten(venv, monkeypatch):
    fake = FakeVenv(venv, tf=True)
    ours(fake)
    (venv / TF_OFFLINE_READY).write_bytes(b"\xff\xfe not text")  # cut short, say
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == ["version", "check"]
    assert (venv / TF_OFFLINE_READY).read_text(encoding="utf-8") == f"{CHECK}\n3.11.7 (fake)\n"


def test_a_ready_venv_that_cannot_take_the_mark_is_used(venv, monkeypatch):
    fake = FakeVenv(venv, tf=True)
    ours(fake)
    (venv / TF_OFFLINE_READY).mkdir()  # stands for a folder this user cannot write to
    monkeypatch.setattr(subprocess, "run", fake)

    prepare()

    assert fake.ran == ["version", "check"]


@pytest.mark.parametrize(
    ("folder", "fix"),
    [
        ("own_venv", "remove {venv} and run again"),
        ("venv", "recreate it, or unset TF_OFFLINE_VENV"),
    ],
)
def test_a_venv_whose_python_does_not_start_is_named_and_left_alone(
    folder, fix, request, tmp_path, monkeypatch
):
    venv = request.getfixturevalue(folder)
    fake = FakeVenv(venv, starts=False)
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").symlink_to(tmp_path / "gone" / "python3")  # as venv links it
    (venv / "pyvenv.cfg").write_text("home = /gone\n", encoding="utf-8")
    (venv / TF_OFFLINE_READY).write_text(f"{CHECK}\n3.11.7 (fake)\n", encoding="utf-8")
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError) as failed:
        prepare()  # though marked ready once

    assert str(failed.value).endswith(fix.format(venv=venv))
    assert "venv" not in fake.ran  # nothing was made over it
    assert (venv / "pyvenv.cfg").read_text(encoding="utf-8") == "home = /gone\n"


def test_the_runners_folder_of_another_user_is_not_used(own_venv, monkeypatch):
    fake = FakeVenv(own_venv, tf=True)
    fake.make()
    another_users(own_venv, monkeypatch)
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError, match="belongs to another user; set TF_OFFLINE_VENV"):
        prepare()

    assert fake.ran == []


def test_a_link_planted_where_the_runners_folder_was_missing_is_not_looked_into(
    own_venv, tmp_path, monkeypatch
):
    theirs = tmp_path / "theirs"
    fake = FakeVenv(theirs, tf=True)
    fake.make()  # a python that would pass every check
    own_venv.parent.mkdir(parents=True)
    appears_once_found_missing(own_venv, lambda: own_venv.symlink_to(theirs), monkeypatch)
    fake.venv = own_venv
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError, match="symbolic link"):
        prepare()

    assert fake.ran == []  # its python never ran
    assert sorted(path.name for path in theirs.iterdir()) == ["bin"]  # and got no mark


@pytest.mark.parametrize("appears", ["a venv", "a link"])
def test_a_named_folder_that_appears_while_it_is_made_is_left_as_it_is(
    appears, venv, tmp_path, monkeypatch
):
    theirs = tmp_path / "theirs"
    fake = FakeVenv(venv if appears == "a venv" else theirs, tf=True)
    if appears == "a link":
        fake.make()
        fake.venv = venv
    venv.parent.mkdir(parents=True)
    appear = fake.make if appears == "a venv" else lambda: venv.symlink_to(theirs)
    appears_once_found_missing(venv, appear, monkeypatch)
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError, match="appeared while it was being made here"):
        prepare()

    assert fake.ran == []
    assert sorted(path.name for path in venv.resolve().iterdir()) == ["bin"]


def test_the_runners_folder_that_appears_while_it_is_made_is_left_as_it_is(own_venv, monkeypatch):
    """A ``run.sh`` started by hand makes this folder too: it is this user's, no link."""
    fake = FakeVenv(own_venv, tf=True)
    own_venv.parent.mkdir(parents=True)
    appears_once_found_missing(own_venv, fake.make, monkeypatch)
    monkeypatch.setattr(subprocess, "run", fake)

    with pytest.raises(RuntimeError, match="appeared while it was being made here"):
        prepare()

    assert fake.ran == []
    assert sorted(path.name for path in own_venv.iterdir()) == ["bin"]


def test_each_venv_folder_is_prepared_for_itself(tmp_path, monkeypatch):
    monkeypatch.setattr(support, "_PREPARED", {})
    for name in ("first", "second"):
        folder = tmp_path / name
        monkeypatch.setenv("TF_OFFLINE_VENV", str(folder))
        fake = FakeVenv(folder)
        monkeypatch.setattr(subprocess, "run", fake)

        prepare_terraform_offline()

        assert fake.ran == ["venv", "pip?", "install", "version", "check"], name
        assert (folder / TF_OFFLINE_READY).is_file()


def test_run_sh_gets_the_prepared_venv_by_its_absolute_path(tmp_path, monkeypatch):
    monkeypatch.setattr(support, "_PREPARED", {})
    monkeypatch.setenv("TF_OFFLINE_VENV", "tfvenv")  # relative: each folder has its own
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        monkeypatch.chdir(tmp_path / name)
        fake = FakeVenv(tmp_path / name / "tfvenv")
        monkeypatch.setattr(subprocess, "run", fake)

        env = support.runner_environment(TF_MODE="plan")

        assert env["TF_OFFLINE_VENV"] == str(tmp_path / name / "tfvenv")
        assert env["TF_MODE"] == "plan"
        assert fake.ran == ["venv", "pip?", "install", "version", "check"], name
        assert (tmp_path / name / "tfvenv" / TF_OFFLINE_READY).is_file()


def test_run_sh_imports_as_the_check_did(venv, monkeypatch):
    """The check runs ``python -I``: a ``PYTHONPATH`` (ours: ``constructs``),
    ``PYTHONHOME`` or ``PYTHONPLATLIBDIR`` it ignored is not handed to the runner either."""
    monkeypatch.setattr(support, "_PREPARED", {})
    monkeypatch.setenv("PYTHONPATH", str(venv.parent / "shadowing"))
    monkeypatch.setenv("PYTHONHOME", str(venv.parent / "home"))
    monkeypatch.setenv("PYTHONPLATLIBDIR", "lib64")
    monkeypatch.setattr(subprocess, "run", FakeVenv(venv))

    env = support.runner_environment(TF_MODE="plan")

    assert not {"PYTHONPATH", "PYTHONHOME", "PYTHONPLATLIBDIR"} & set(env)
    assert env["TF_OFFLINE_VENV"] == str(venv) and env["TF_MODE"] == "plan"
    assert os.environ["PYTHONPATH"] == str(venv.parent / "shadowing")  # the tests' own: kept


def test_run_sh_and_terraform_take_their_settings_from_the_test_not_the_shell(venv, monkeypatch):
    """A setting left exported where pytest started changes no run: ``SCHEMA_JSON`` would
    replace the whole schema, ``TF_CLI_ARGS`` every command, ``TF_VAR_*`` a variable."""
    monkeypatch.setattr(support, "_PREPARED", {})
    monkeypatch.setattr(subprocess, "run", FakeVenv(venv))
    from_the_shell = [
        "SCHEMA_JSON",
        "LIVE_POLICY_JSON",
        "TF_OFFLINE_DATA",
        "TF_PLAN_STRICT",
        "TF_MODE",
        "TF_CLI_ARGS",
        "TF_CLI_ARGS_plan",
        "TF_WORKSPACE",
        "TF_DATA_DIR",
        "TF_LOG",
        "TF_VAR_region",
    ]
    for name in from_the_shell:
        monkeypatch.setenv(name, "left-exported")

    env = support.runner_environment(TF_MODE="plan", TF_VAR_region="cn-hangzhou")

    assert [name for name in from_the_shell if name in env] == ["TF_MODE", "TF_VAR_region"]
    assert env["TF_MODE"] == "plan" and env["TF_VAR_region"] == "cn-hangzhou"
    assert env["TF_OFFLINE_VENV"] == str(venv)


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
    assert fake.ran == REPAIRED
    assert (venv / TF_OFFLINE_READY).is_file()


def test_a_worker_asks_once_and_does_not_retry_a_failure(venv, monkeypatch):
    monkeypatch.setattr(support, "_PREPARED", {})
    fake = FakeVenv(venv, pip_fails=True)
    monkeypatch.setattr(subprocess, "run", fake)

    for _ in range(2):
        with pytest.raises(RuntimeError, match="No matching distribution found for tf"):
            prepare_terraform_offline()

    assert fake.ran == ["venv", "pip?", "install"]  # once: the worker's later tests fail at once


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
