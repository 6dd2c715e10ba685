"""Refuse to install into a virtualenv that is linked in from another checkout.

    python tools/venv_owner.py VENV    # exit 0: install; exit 2 with a message: do not

``make`` installs this checkout's package into its virtualenvs as an editable
install (the path of this checkout's ``constructs``), writes a Node hook that
names this checkout's ``node_modules``, and pins the tools of this checkout's
requirement files. A ``.venv`` that is a symbolic link to another checkout's
virtualenv (two worktrees sharing one) would be rewritten under that checkout:
its runs would import this checkout's code from then on, without a word. So
before any step that installs, the Makefile asks this script, which allows:

* a folder that is not a link (it is this checkout's own);
* a link to a virtualenv that holds no copy of this package yet;
* a link to one whose copy of this package is this checkout's editable install
  (a virtualenv kept elsewhere and linked in, which only this checkout uses);

and refuses, naming the link, its target and the other copy, a link whose
target does not exist, or one whose copy of this package is another checkout's
or not an editable install. Standard library only: it runs before the
virtualenv exists.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

DIST = "alicloud_kms_keystore"
"""The package's name as its ``.dist-info`` folder spells it (pyproject.toml's ``name``)."""


def installed_from(venv: Path) -> tuple[Path, str] | None:
    """The ``direct_url.json`` of this package in ``venv`` and its text, or None when absent."""
    found = sorted(venv.glob(f"lib/python*/site-packages/{DIST}-*.dist-info/direct_url.json"))
    if not found:
        return None
    return found[0], found[0].read_text(encoding="utf-8")


def source_folder(direct_url: str) -> Path | None:
    """The folder an editable install was made from, or None for any other kind of install."""
    try:
        data = json.loads(direct_url)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("dir_info"), dict):
        return None
    url = data.get("url")
    if data["dir_info"].get("editable") is not True or not isinstance(url, str):
        return None
    parsed = urlparse(url)
    if parsed.scheme != "file":
        return None
    return Path(unquote(parsed.path))


def refusal(venv: Path, checkout: Path) -> str | None:
    """Why installing ``checkout`` into ``venv`` would rewrite another's; None if it would not."""
    if not venv.is_symlink():
        return None
    target = os.readlink(venv)
    fix = (
        f"Remove the link (`rm {venv}`; make then builds {venv} here), or link a"
        " virtualenv that only this checkout uses."
    )
    if not venv.exists():
        return f"setup: {venv} is a link to {target}, which does not exist. {fix}"
    found = installed_from(venv)
    if found is None:
        return None
    record, text = found
    source = source_folder(text)
    if source is not None and _same(source, checkout):
        return None
    what = f"an editable install from {source}" if source else f"not an editable install ({record})"
    return (
        f"setup: {venv} is a link to {target}, whose {DIST} is {what}. Installing this"
        f" checkout ({checkout}) into it would make that one's runs import this one's"
        f" code; nothing was installed. {fix}"
    )


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def main(argv: list[str]) -> int:
    """Check the one venv named in ``argv`` against the working folder; the exit status."""
    if len(argv) != 1:
        print("usage: python tools/venv_owner.py VENV", file=sys.stderr)
        return 2
    message = refusal(Path(argv[0]), Path.cwd())
    if message is None:
        return 0
    print(message, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
