"""make never installs through a virtualenv or node_modules linked in from another checkout.

Two checkouts sharing one ``.venv`` by a link: ``make`` in the second would reinstall
the package as an editable install of the second's ``constructs`` and point the Node
hook at its ``node_modules``, so the first's runs would import the second's code from
then on. ``tools/venv_owner.py`` refuses that before anything is installed; a shared
``node_modules`` (the same locked packages for every checkout) is left as it is.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .support import ROOT

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def load_tool():
    spec = importlib.util.spec_from_file_location("venv_owner", ROOT / "tools" / "venv_owner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


venv_owner = load_tool()


def fake_venv(folder: Path, direct_url: dict | str | None) -> Path:
    """A venv folder holding only this package's ``direct_url.json`` (or nothing)."""
    folder.mkdir(parents=True)
    if direct_url is not None:
        site = folder / "lib" / "python3.11" / "site-packages"
        info = site / "alicloud_kms_keystore-0.2.0.dist-info"
        info.mkdir(parents=True)
        text = direct_url if isinstance(direct_url, str) else json.dumps(direct_url)
        (info / "direct_url.json").write_text(text, encoding="utf-8")
    return folder


def editable(folder: Path) -> dict:
    return {"dir_info": {"editable": True}, "url": folder.resolve().as_uri()}


def listing(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes() if path.is_file() else b""
        for path in sorted(folder.rglob("*"))
    }


def test_the_projects_own_venv_is_an_editable_install_of_this_checkout():
    # The name and the record the tool reads are those pip wrote into `make`'s .venv.
    found = venv_owner.installed_from(ROOT / ".venv")
    if found is None:
        pytest.skip(".venv is not installed (run `make synth`)")
    assert venv_owner.source_folder(found[1]).resolve() == ROOT.resolve()
    assert venv_owner.refusal(ROOT / ".venv", ROOT) is None


def test_a_folder_that_is_not_a_link_is_always_ours(tmp_path):
    venv = fake_venv(tmp_path / "checkout" / ".venv", editable(tmp_path / "other"))
    assert venv_owner.refusal(venv, tmp_path / "checkout") is None


@pytest.mark.parametrize(
    "direct_url",
    [None, "here"],
    ids=["holds-no-copy-of-the-package", "holds-this-checkouts-editable-install"],
)
def test_a_linked_venv_only_this_checkout_uses_is_installed_into(tmp_path, direct_url):
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    kept = fake_venv(tmp_path / "venvs" / "kms", editable(checkout) if direct_url else None)
    (checkout / ".venv").symlink_to(kept)
    assert venv_owner.refusal(checkout / ".venv", checkout) is None


@pytest.mark.parametrize(
    ("direct_url", "named"),
    [
        (lambda other: editable(other), "an editable install from {other}"),
        (lambda other: {"url": other.as_uri(), "dir_info": {}}, "not an editable install"),
        (
            lambda other: {"url": "https://example.invalid/p.whl", "archive_info": {}},
            "not an editable install",
        ),
        (lambda other: "{not json", "not an editable install"),
    ],
    ids=["another-checkouts-editable", "a-plain-install", "a-wheel", "an-unreadable-record"],
)
def test_a_linked_venv_holding_another_copy_is_refused(tmp_path, direct_url, named):
    checkout, other = tmp_path / "checkout", tmp_path / "other"
    checkout.mkdir()
    theirs = fake_venv(other / ".venv", direct_url(other))
    (checkout / ".venv").symlink_to(theirs)

    message = venv_owner.refusal(checkout / ".venv", checkout)

    assert message is not None
    assert f"is a link to {theirs}" in message
    assert named.format(other=other) in message
    assert str(checkout) in message and "nothing was installed" in message
    assert "Remove the link" in message


def test_a_dangling_link_is_refused(tmp_path):
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    (checkout / ".venv").symlink_to(tmp_path / "gone")
    message = venv_owner.refusal(checkout / ".venv", checkout)
    assert message is not None
    assert f"is a link to {tmp_path / 'gone'}, which does not exist" in message


def make_project(tmp_path: Path) -> Path:
    """A project holding the Makefile, its tools and the files its install rules depend on."""
    project = tmp_path / "checkout"
    project.mkdir()
    for name in (
        "Makefile",
        "requirements.txt",
        "requirements-docs.txt",
        "requirements-terrain.txt",
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


INSTALLS = {
    ".venv/.installed": ".venv",
    ".venv/.installed-dev": ".venv",
    ".venv-docs/.installed": ".venv-docs",
    ".venv-terrain/.installed": ".venv-terrain",
}


@pytest.mark.parametrize("stamp", list(INSTALLS))
def test_make_installs_nothing_into_another_checkouts_linked_venv(tmp_path, stamp):
    project = make_project(tmp_path)
    other = tmp_path / "other"
    theirs = fake_venv(other / INSTALLS[stamp], editable(other))
    # Its python notes every call (pip, the Node hook) in the venv, as an install would change it.
    python = theirs / "bin" / "python"
    python.parent.mkdir()
    python.write_text(f'#!/bin/sh\necho "$*" >> "{theirs}/called"\n', encoding="utf-8")
    python.chmod(0o755)
    (project / INSTALLS[stamp]).symlink_to(theirs)
    before = listing(theirs)
    # Only the rule under test runs: what it depends on counts as up to date.
    old = [
        ".venv/.installed",
        "bindings/alicloud-terrain/cdktn_provider_alicloud/_jsii/alicloud@0.0.0.jsii.tgz",
        "node_modules/.installed",
        "node_modules/.installed-all",
    ]
    run = subprocess.run(
        ["make", "--no-print-directory", *(f"--old-file={o}" for o in old if o != stamp), stamp],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert run.returncode != 0
    assert f"{INSTALLS[stamp]} is a link to {theirs}" in run.stderr
    assert f"an editable install from {other}" in run.stderr
    assert "Traceback" not in run.stderr
    assert listing(theirs) == before


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
