"""Refuse a virtualenv that is linked in from another checkout.

    python tools/venv_owner.py VENV    # exit 0: it is this checkout's; exit 2 with a message

``make`` installs this checkout's package into its virtualenvs as an editable
install (the path of this checkout's ``constructs``), writes a Node hook that
names this checkout's ``node_modules``, and pins the tools of this checkout's
requirement files. A ``.venv`` that is a symbolic link to another checkout's
virtualenv (two worktrees sharing one) is wrong both ways: installing into it
would make the other checkout's runs import this one's code from then on, and
not installing would make this checkout's runs import the other's. So the
Makefile asks this script, before every target that uses such a venv, whenever
the venv is a link (a plain folder is this checkout's own, and costs no
check). It allows:

* a link to a virtualenv that holds no copy of this package yet;
* a link to one whose every copy of this package is this checkout's editable
  install (a virtualenv kept elsewhere and linked in, which only this checkout
  uses);

and refuses, naming the link, its target and what it holds: a link whose
target does not exist or is not a folder, one to the checkout itself or a
folder holding it that is no virtualenv (no ``pyvenv.cfg``: make would write
the virtualenv among its files), one to another of this checkout's virtualenvs
(say ``.venv-terrain`` to ``.venv``), or one holding a copy of this package that is
another checkout's, not an editable install, or whose record cannot be read. Standard
library only: it runs before the virtualenv exists.
"""

from __future__ import annotations

import fnmatch
import json
import os
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

DIST = "alicloud_kms_keystore"
"""The package's name as its ``.dist-info`` folder spells it (pyproject.toml's ``name``)."""


VENVS = (".venv", ".venv-docs", ".venv-terrain", ".venv-scan")
"""The checkout's virtualenvs: the Makefile's ``VENV``, ``DOCS_VENV``, ``TERRAIN_VENV``
and ``SCAN_VENV``."""


class Unreadable(Exception):
    """A folder of the venv that cannot be listed, so its copies cannot be known."""


def copies(venv: Path) -> list[Path]:
    """The ``.dist-info`` folders of this package in ``venv``, one per installed copy.

    CPython's virtualenvs keep them in ``lib/python3.X/site-packages``, PyPy's (3.8
    and later) in ``lib/pypy3.X/site-packages``; both are read. No copy is looked
    for as an ``.egg-link``: that is what ``setup.py develop`` leaves, and this
    package has no ``setup.py``; pip makes every editable install of it
    (PEP 660) with a ``.dist-info``.

    :raises Unreadable: when ``lib``, a ``lib/python*`` or ``lib/pypy*`` or its
        ``site-packages`` cannot be listed (``Path.glob`` would skip it without a word).
    """
    found: list[Path] = []
    for python in _listed(venv / "lib", "python*") + _listed(venv / "lib", "pypy*"):
        found.extend(_listed(python / "site-packages", f"{DIST}-*.dist-info"))
    return found


def _listed(folder: Path, pattern: str) -> list[Path]:
    """The entries of ``folder`` whose names match ``pattern``, sorted; none when it is absent."""
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as err:
        raise Unreadable(f"{folder} cannot be listed: {err}") from None
    return [folder / name for name in sorted(names) if fnmatch.fnmatchcase(name, pattern)]


def source_folder(dist_info: Path) -> Path | str:
    """The folder an editable install was made from, or why the copy is not one."""
    record = dist_info / "direct_url.json"
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return f"not an editable install (no {record.name} in {dist_info})"
    except (OSError, ValueError, RecursionError) as err:
        return f"of unknown origin ({record} cannot be read: {err})"
    url = data.get("url") if isinstance(data, dict) else None
    dir_info = data.get("dir_info") if isinstance(data, dict) else None
    if not isinstance(dir_info, dict) or dir_info.get("editable") is not True:
        return f"not an editable install ({record})"
    parsed = urlparse(url) if isinstance(url, str) else None
    path = unquote(parsed.path) if parsed is not None else ""
    if (
        parsed is None
        or parsed.scheme != "file"
        or parsed.netloc.lower() not in ("", "localhost")
        or not path.startswith("/")
        or "\0" in path
    ):
        return f"an editable install from {url!r}, not a folder ({record})"
    return Path(path)


def refusal(venv: Path, checkout: Path) -> str | None:
    """Why ``venv`` is not ``checkout``'s to use or install into; None when it is."""
    if not venv.is_symlink():
        return None
    target = os.readlink(venv)
    fix = (
        f"Remove the link (`rm {venv}`; make then builds {venv} here), or link a"
        " virtualenv that only this checkout uses."
    )
    try:
        os.stat(venv)
    except FileNotFoundError:
        return f"setup: {venv} is a link to {target}, which does not exist. {fix}"
    except OSError as err:  # a loop of links, or a folder on the way that cannot be read
        return f"setup: {venv} is a link to {target}, which cannot be reached: {err}. {fix}"
    here = os.path.realpath(checkout)
    reached = os.path.realpath(venv)
    if not os.path.isdir(reached):
        return f"setup: {venv} is a link to {target}, which is not a folder. {fix}"
    holds_checkout = os.path.commonpath([here, reached]) == reached
    if holds_checkout and not os.path.isfile(os.path.join(reached, "pyvenv.cfg")):
        return (
            f"setup: {venv} is a link to {target}, which holds this checkout ({here}) and"
            f" is no virtualenv: make would write a virtualenv's bin, lib and pyvenv.cfg"
            f" among its files; nothing was run or installed. {fix}"
        )
    for other in VENVS:
        if other != venv.name and _same_folder(venv, checkout / other):
            return (
                f"setup: {venv} is a link to {target}, this checkout's {other}: each holds"
                f" different packages (its own CDK, tools or pins), so one cannot stand for"
                f" the other; nothing was run or installed. {fix}"
            )
    try:
        found = copies(venv)
    except Unreadable as err:
        return (
            f"setup: {venv} is a link to {target}, whose copies of {DIST} cannot be"
            f" known: {err}; nothing was run or installed. {fix}"
        )
    for dist_info in found:
        source = source_folder(dist_info)
        if isinstance(source, Path) and os.path.realpath(source) == here:
            continue
        what = f"an editable install from {source}" if isinstance(source, Path) else source
        return (
            f"setup: {venv} is a link to {target}, whose {DIST} is {what}. This checkout"
            f" ({here}) would run that code, and installing its own would make the"
            f" other's runs import this one's; nothing was run or installed. {fix}"
        )
    return None


def _same_folder(venv: Path, other: Path) -> bool:
    """Whether the link ``venv`` leads to ``other``'s folder, and not ``other`` to it.

    ``.venv-terrain`` linked to ``.venv`` (directly, through another venv's link or
    through a linked path) is ``.venv-terrain``'s fault: checking ``.venv`` (itself a
    link to a folder kept elsewhere), that link is not blamed.
    """
    if os.path.realpath(venv) != os.path.realpath(other):
        return False
    return not _leads_through(other, _place(str(venv)))


def _place(path: str) -> str:
    """``path`` with its folder resolved and its last name kept (a link stays itself)."""
    path = os.path.abspath(path)
    return os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path))


def _leads_through(link: Path, place: str) -> bool:
    """Whether following ``link`` one link at a time reaches ``place``."""
    seen: set[str] = set()
    current = _place(str(link))
    while os.path.islink(current) and current not in seen:
        seen.add(current)
        current = _place(os.path.join(os.path.dirname(current), os.readlink(current)))
        if current == place:
            return True
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
