"""make neither uses nor installs into a virtualenv linked in from another checkout.

Two checkouts sharing one ``.venv`` by a link: ``make`` in the second would reinstall
the package as an editable install of the second's ``constructs`` and point the Node
hook at its ``node_modules``, so the first's runs would import the second's code from
then on; with the stamps up to date, the second's runs would import the first's.
``tools/venv_owner.py`` refuses both, at every run, when the venv is a link; a shared
``node_modules`` (the same locked packages for every checkout) is left as it is.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .support import ROOT

needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def load_tool():
    spec = importlib.util.spec_from_file_location("venv_owner", ROOT / "tools" / "venv_owner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


venv_owner = load_tool()


def fake_venv(
    folder: Path, *records: dict | str | bytes | None, python: str = "3.11", lib: str = "python"
) -> Path:
    """A venv folder holding one copy of this package per record (None: no direct_url.json).

    ``lib`` is the implementation's folder name under ``lib/``: ``python`` or ``pypy``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    site = folder / "lib" / f"{lib}{python}" / "site-packages"
    for version, record in enumerate(records):
        info = site / f"alicloud_kms_keystore-0.{version}.0.dist-info"
        info.mkdir(parents=True)
        if record is None:
            continue
        if isinstance(record, dict):
            record = json.dumps(record)
        if isinstance(record, str):
            record = record.encode()
        (info / "direct_url.json").write_bytes(record)
    return folder


def editable(folder: Path) -> dict:
    return {"dir_info": {"editable": True}, "url": folder.resolve().as_uri()}


def listing(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes() if path.is_file() else b""
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture
def checkout(tmp_path):
    made = tmp_path / "checkout"
    made.mkdir()
    return made


def link(checkout: Path, target: Path, name: str = ".venv") -> Path:
    (checkout / name).symlink_to(target)
    return checkout / name


def test_the_projects_own_venv_is_an_editable_install_of_this_checkout():
    # The name and the record the tool reads are those pip wrote into `make`'s .venv.
    found = venv_owner.copies(ROOT / ".venv")
    if not found:
        pytest.skip(".venv is not installed (run `make synth`)")
    sources = [venv_owner.source_folder(dist_info) for dist_info in found]
    assert len(sources) == 1 and isinstance(sources[0], Path), sources
    if (ROOT / ".venv").is_symlink():  # a copy of the project sharing it on purpose
        return
    assert Path(os.path.realpath(sources[0])) == ROOT.resolve()
    assert venv_owner.refusal(ROOT / ".venv", ROOT) is None


def test_a_folder_that_is_not_a_link_is_always_ours(tmp_path, checkout):
    venv = fake_venv(checkout / ".venv", editable(tmp_path / "other"))
    assert venv_owner.refusal(venv, checkout) is None


def test_a_linked_venv_holding_no_copy_of_the_package_is_ours(tmp_path, checkout):
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "kms"))
    assert venv_owner.refusal(venv, checkout) is None


def test_a_linked_venv_holding_this_checkouts_editable_install_is_ours(tmp_path, checkout):
    # Also when make's working folder is reached through a link: pip records the real path.
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "kms", editable(checkout)))
    (tmp_path / "via").symlink_to(checkout)
    assert venv_owner.refusal(venv, checkout) is None
    assert venv_owner.refusal(tmp_path / "via" / ".venv", tmp_path / "via") is None


def refused(venv: Path, checkout: Path) -> str:
    message = venv_owner.refusal(venv, checkout)
    assert message is not None
    assert f"is a link to {os.readlink(venv)}, whose alicloud_kms_keystore is " in message
    assert f"This checkout ({checkout.resolve()}) would run that code" in message
    assert "nothing was run or installed" in message and "Remove the link" in message
    return message


def test_another_checkouts_editable_install_is_refused(tmp_path, checkout):
    other = tmp_path / "other"
    venv = link(checkout, fake_venv(other / ".venv", editable(other)))
    assert f"an editable install from {other.resolve()}." in refused(venv, checkout)


def test_a_relative_link_is_named_as_it_is_written(tmp_path, checkout):
    other = tmp_path / "other"
    fake_venv(other / ".venv", editable(other))
    venv = link(checkout, Path("..") / "other" / ".venv")
    assert "is a link to ../other/.venv," in refused(venv, checkout)


@pytest.mark.parametrize(
    ("record", "named"),
    [
        (None, "not an editable install (no direct_url.json in "),
        ({"url": "file:///x", "dir_info": {}}, "not an editable install ("),
        ({"url": "https://example.invalid/p.whl", "archive_info": {}}, "not an editable install"),
        ({"url": "https://example.invalid/p", "dir_info": {"editable": True}}, "not a folder"),
        ({"url": "file://", "dir_info": {"editable": True}}, "not a folder"),
        ("{not json", "of unknown origin ("),
        (b"\xff\xfe", "of unknown origin ("),
        ("[]", "not an editable install"),
        ({"url": "file:///x", "dir_info": {"editable": "yes"}}, "not an editable install ("),
    ],
    ids=[
        "from-an-index",
        "a-plain-install",
        "a-wheel",
        "an-editable-url",
        "an-empty-file-url",
        "not-json",
        "not-utf8",
        "not-an-object",
        "editable-not-true",
    ],
)
def test_a_copy_that_is_not_an_editable_install_of_a_folder_is_refused(
    tmp_path, checkout, record, named
):
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "kms", record))
    assert named in refused(venv, checkout)


def test_a_record_that_is_a_folder_is_refused_without_a_traceback(tmp_path, checkout):
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "kms", None))
    (venv_owner.copies(venv)[0] / "direct_url.json").mkdir()
    assert "of unknown origin (" in refused(venv, checkout)


def test_a_source_folder_in_a_link_loop_is_refused_without_a_traceback(tmp_path, checkout):
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "kms", None))
    record = venv_owner.copies(venv)[0] / "direct_url.json"
    record.write_text(json.dumps({"dir_info": {"editable": True}, "url": loop.as_uri()}))
    assert f"an editable install from {loop}" in refused(venv, checkout)


@pytest.mark.parametrize("ours_first", [True, False])
def test_any_copy_of_another_checkout_is_refused(tmp_path, checkout, ours_first):
    other = tmp_path / "other"
    copies = [editable(checkout), editable(other)]
    venv = link(
        checkout, fake_venv(tmp_path / "venvs" / "kms", *(copies if ours_first else copies[::-1]))
    )
    assert f"an editable install from {other.resolve()}." in refused(venv, checkout)


def test_copies_in_every_python_folder_are_read(tmp_path, checkout):
    other = tmp_path / "other"
    target = fake_venv(tmp_path / "venvs" / "kms", editable(checkout), python="3.10")
    fake_venv(target, None, editable(other), python="3.9")
    venv = link(checkout, target)
    assert len(venv_owner.copies(venv)) == 3
    refused(venv, checkout)


def test_another_checkouts_copy_in_a_pypy_venv_is_refused(tmp_path, checkout):
    # PyPy 3.8 and later keep site-packages in lib/pypy3.X, not lib/python3.X
    other = tmp_path / "other"
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "kms", editable(other), lib="pypy"))
    assert len(venv_owner.copies(venv)) == 1
    assert f"an editable install from {other.resolve()}." in refused(venv, checkout)


@pytest.mark.parametrize("name", [".venv-terrain", ".venv-docs", ".venv-scan"])
def test_a_link_to_another_of_this_checkouts_venvs_is_refused(checkout, name):
    own = fake_venv(checkout / ".venv", editable(checkout))
    venv = link(checkout, Path(".venv"), name)
    message = venv_owner.refusal(venv, checkout)
    assert message is not None
    assert f"{name} is a link to .venv, this checkout's .venv: each holds" in message
    assert venv_owner.refusal(own, checkout) is None  # the folder itself is fine


def test_an_install_made_through_a_linked_path_is_this_checkouts(tmp_path, checkout):
    (tmp_path / "via").symlink_to(checkout)
    made_via = {"dir_info": {"editable": True}, "url": (tmp_path / "via").as_uri()}
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "kms", made_via))
    assert venv_owner.refusal(venv, checkout) is None


def test_a_folder_that_cannot_be_listed_is_refused_without_a_traceback(
    tmp_path, checkout, monkeypatch
):
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "kms", editable(checkout)))
    listdir = os.listdir

    def denied(folder):
        if Path(folder).name == "site-packages":
            raise PermissionError(13, "Permission denied", str(folder))
        return listdir(folder)

    monkeypatch.setattr(venv_owner.os, "listdir", denied)
    message = venv_owner.refusal(venv, checkout)
    assert message is not None
    assert "whose copies of alicloud_kms_keystore cannot be known: " in message
    assert "site-packages cannot be listed: [Errno 13] Permission denied" in message


def test_a_record_that_cannot_be_read_is_refused_without_a_traceback(
    tmp_path, checkout, monkeypatch
):
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "kms", editable(checkout)))
    read_text = Path.read_text

    def denied(path, *args, **kwargs):
        if path.name == "direct_url.json":
            raise PermissionError(13, "Permission denied", str(path))
        return read_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", denied)
    assert "of unknown origin (" in refused(venv, checkout)


def test_a_loop_of_links_is_named_as_such(tmp_path, checkout):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    venv = link(checkout, tmp_path / "a")
    message = venv_owner.refusal(venv, checkout)
    assert message is not None
    assert f"is a link to {tmp_path / 'a'}, which cannot be reached: " in message
    assert "does not exist" not in message


def test_the_link_to_another_venv_is_blamed_not_the_venv_it_names(tmp_path, checkout):
    # .venv kept elsewhere (this checkout's own install), .venv-terrain linked to it.
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "mine", editable(checkout)))
    terrain = link(checkout, Path(".venv"), ".venv-terrain")
    assert venv_owner.refusal(venv, checkout) is None
    assert ".venv-terrain is a link to .venv, this checkout's .venv" in (
        venv_owner.refusal(terrain, checkout) or ""
    )


@pytest.mark.parametrize("route", ["a-chain", "a-linked-path"])
def test_a_venv_named_by_a_longer_route_is_not_blamed(tmp_path, checkout, route):
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "mine", editable(checkout)))
    if route == "a-chain":  # .venv-terrain -> .venv-docs -> .venv
        link(checkout, Path(".venv"), ".venv-docs")
        terrain = link(checkout, Path(".venv-docs"), ".venv-terrain")
    else:  # .venv-terrain -> <a link to the checkout>/.venv
        (tmp_path / "via").symlink_to(checkout)
        terrain = link(checkout, tmp_path / "via" / ".venv", ".venv-terrain")
    assert venv_owner.refusal(venv, checkout) is None
    assert "this checkout's .venv" in (venv_owner.refusal(terrain, checkout) or "")


def test_a_checkout_whose_path_holds_a_space_is_read_as_pip_writes_it(tmp_path):
    checkout = tmp_path / "my checkout"
    checkout.mkdir()
    record = {"dir_info": {"editable": True}, "url": checkout.as_uri()}  # "my%20checkout"
    assert "%20" in record["url"]
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "kms", record))
    assert venv_owner.refusal(venv, checkout) is None


@pytest.mark.parametrize(
    "record",
    ["[" * 100000, {"dir_info": {"editable": True}, "url": "file:///a%00b"}],
    ids=["nested-too-deep", "a-null-byte"],
)
def test_records_pip_never_writes_are_refused_without_a_traceback(tmp_path, checkout, record):
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "kms", record))
    refused(venv, checkout)


@pytest.mark.parametrize("place", ["lib", "site-packages"])
def test_a_file_where_a_folder_belongs_holds_no_copy(tmp_path, checkout, place):
    target = tmp_path / "venvs" / "kms"
    file = target / "lib" if place == "lib" else target / "lib" / "python3.11" / "site-packages"
    file.parent.mkdir(parents=True)
    file.write_text("", encoding="utf-8")
    assert venv_owner.refusal(link(checkout, target), checkout) is None


def test_a_dangling_link_is_refused(tmp_path, checkout):
    venv = link(checkout, tmp_path / "gone")
    message = venv_owner.refusal(venv, checkout)
    assert message is not None
    assert f"is a link to {tmp_path / 'gone'}, which does not exist" in message


def test_a_link_to_a_file_is_refused(tmp_path, checkout):
    (tmp_path / "notes").write_text("", encoding="utf-8")
    venv = link(checkout, tmp_path / "notes")
    message = venv_owner.refusal(venv, checkout)
    assert message is not None
    assert f"is a link to {tmp_path / 'notes'}, which is not a folder." in message


@pytest.mark.parametrize(
    "target", [".", "..", "checkout"], ids=["itself", "its-parent", "absolute"]
)
def test_a_link_to_the_checkout_or_a_folder_holding_it_is_refused(checkout, target):
    venv = link(checkout, checkout if target == "checkout" else Path(target))
    message = venv_owner.refusal(venv, checkout)
    assert message is not None
    assert f"which holds this checkout ({checkout.resolve()}) and is no virtualenv" in message
    assert "nothing was run or installed" in message


def test_a_virtualenv_holding_the_checkout_is_read_as_any_other(tmp_path):
    # python -m venv proj; git clone ... proj/src; proj/src/.venv -> ..
    proj = fake_venv(tmp_path / "proj")
    (proj / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    checkout = proj / "src"
    checkout.mkdir()
    venv = link(checkout, Path(".."))
    assert venv_owner.refusal(venv, checkout) is None

    fake_venv(proj, editable(checkout))
    assert venv_owner.refusal(venv, checkout) is None

    other = tmp_path / "other"
    fake_venv(proj, editable(other), python="3.12")
    assert f"an editable install from {other.resolve()}." in refused(venv, checkout)


def test_an_editable_install_from_another_host_is_refused(tmp_path, checkout):
    url = f"file://otherhost{checkout.resolve()}"
    venv = link(
        checkout,
        fake_venv(tmp_path / "venvs" / "kms", {"url": url, "dir_info": {"editable": True}}),
    )
    assert f"an editable install from {url!r}, not a folder" in refused(venv, checkout)


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST"])
def test_an_editable_install_from_localhost_is_this_hosts(tmp_path, checkout, host):
    url = f"file://{host}{checkout.resolve()}"
    record = {"url": url, "dir_info": {"editable": True}}
    venv = link(checkout, fake_venv(tmp_path / "venvs" / "kms", record))
    assert venv_owner.refusal(venv, checkout) is None


@needs_make
def test_make_writes_no_venv_into_the_checkout_through_a_link_to_it(tmp_path):
    project = make_project(tmp_path)
    (project / ".venv").symlink_to(".")
    before = sorted(os.listdir(project))

    run = run_make(project, ".venv/.installed")

    assert run.returncode != 0
    assert "setup: .venv is a link to ., which holds this checkout" in run.stderr
    assert "Traceback" not in run.stderr
    assert sorted(os.listdir(project)) == before


def make_project(tmp_path: Path) -> Path:
    """A project holding the Makefile, its tools and the files its install rules depend on."""
    project = tmp_path / "checkout"
    project.mkdir()
    for name in (
        "Makefile",
        "requirements.txt",
        "requirements-docs.txt",
        "requirements-terrain.txt",
        "requirements-scan.txt",
        "pyproject.toml",
        "package.json",
        "package-lock.json",
    ):
        shutil.copy(ROOT / name, project / name)
    shutil.copytree(ROOT / "tools", project / "tools", ignore=shutil.ignore_patterns("__pycache__"))
    bindings = project / "bindings" / "alicloud"
    jsii = bindings / "cdktf_cdktf_provider_alicloud" / "_jsii"
    jsii.mkdir(parents=True)
    (bindings / "pyproject.toml").write_text("", encoding="utf-8")
    (jsii / "alicloud@0.0.0.jsii.tgz").write_bytes(b"")
    terrain = project / "bindings" / "alicloud-terrain"
    terrain.mkdir()
    (terrain / "pyproject.toml").write_text("", encoding="utf-8")
    return project


def recording_python(venv: Path) -> Path:
    """Give ``venv`` a python that notes each call (pip, the Node hook) in ``venv/called``."""
    python = venv / "bin" / "python"
    python.parent.mkdir(exist_ok=True)
    python.write_text(f'#!/bin/sh\necho "$*" >> "{venv}/called"\n', encoding="utf-8")
    python.chmod(0o755)
    return python


def run_make(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # Only the rules under test run: what they depend on counts as up to date.
    old = [
        "bindings/alicloud-terrain/cdktn_provider_alicloud/_jsii/alicloud@0.0.0.jsii.tgz",
        "node_modules/.installed",
        "node_modules/.installed-all",
    ]
    return subprocess.run(
        ["make", "--no-print-directory", *(f"--old-file={o}" for o in old), *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )


STAMPS = {
    ".venv/.installed": ".venv",
    ".venv/.installed-dev": ".venv",
    ".venv-docs/.installed": ".venv-docs",
    ".venv-terrain/.installed": ".venv-terrain",
    ".venv-scan/.installed": ".venv-scan",
}


@needs_make
@pytest.mark.parametrize("up_to_date", [False, True], ids=["to-install", "installed"])
@pytest.mark.parametrize("stamp", list(STAMPS))
def test_make_neither_uses_nor_installs_into_another_checkouts_linked_venv(
    tmp_path, stamp, up_to_date
):
    project = make_project(tmp_path)
    other = tmp_path / "other"
    theirs = fake_venv(other / STAMPS[stamp], editable(other))
    recording_python(theirs)
    if up_to_date:  # made by the other checkout after this one's files
        later = (project / "Makefile").stat().st_mtime + 10
        for name in (".installed", ".installed-dev"):
            (theirs / name).touch()
            os.utime(theirs / name, (later, later))
    (project / STAMPS[stamp]).symlink_to(theirs)
    before = listing(theirs)

    run = run_make(project, stamp)

    assert run.returncode != 0
    assert f"{STAMPS[stamp]} is a link to {theirs}" in run.stderr
    assert f"an editable install from {other}." in run.stderr
    assert f"This checkout ({project.resolve()})" in run.stderr
    assert "Traceback" not in run.stderr
    assert "setup:" not in run.stdout  # refused before any install step began
    assert listing(theirs) == before


@needs_make
def test_make_checks_a_linked_venv_named_with_a_trailing_slash(tmp_path):
    project = make_project(tmp_path)
    other = tmp_path / "other"
    theirs = fake_venv(other / ".venv", editable(other))
    recording_python(theirs)
    (project / "venv-link").symlink_to(theirs)
    run = run_make(project, "VENV=venv-link/", "venv-link//.installed")
    assert run.returncode != 0
    assert f"is a link to {theirs}" in run.stderr
    assert not (theirs / "called").exists()


@needs_make
def test_make_installs_into_a_venv_of_its_own_without_a_system_python(tmp_path):
    # A .venv that is no link needs no check, so no `python3` either (PYTHON names none here).
    project = make_project(tmp_path)
    own = fake_venv(project / ".venv", editable(project))
    recording_python(own)
    later = (project / "Makefile").stat().st_mtime + 10  # newer than the project's files
    (own / ".installed").touch()
    os.utime(own / ".installed", (later, later))

    run = run_make(project, "PYTHON=no-such-python3", ".venv/.installed-dev")

    assert run.returncode == 0, run.stderr
    assert "-m pip install" in (own / "called").read_text(encoding="utf-8")
    assert (own / ".installed-dev").exists()


@needs_make
def test_make_leaves_a_linked_node_modules_as_it_is(tmp_path):
    project = make_project(tmp_path)
    shared = tmp_path / "shared-node-modules"
    shared.mkdir()
    (project / "node_modules").symlink_to(shared)
    run = subprocess.run(
        ["make", "--no-print-directory", "node_modules/.installed"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert f"node_modules is a symlink to {shared}, shared: left as it is" in run.stdout
    assert list(shared.iterdir()) == []
