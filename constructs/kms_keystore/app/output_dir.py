"""Replace an output directory in one step, one run at a time, whatever killed the last run.

A run locks the directory that holds the output directory (``fcntl.flock``:
released by the kernel when the process dies, however it dies), removes what
killed runs left behind, builds into a fresh staging directory and then
exchanges it with the output directory in one system call,
``renameat2(RENAME_EXCHANGE)``: at every moment the output directory is either
the old complete output or the new one. Where the exchange is not available (not
Linux, or a file system without it), the old directory is first renamed aside
under a unique name; a run killed between the two renames leaves that name
behind, and the next run puts it back before doing anything else.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import string
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

_RENAME_EXCHANGE = 2  # linux/fs.h
LOCK_WAIT_SECONDS = 600
"""How long a run waits for another run's lock before it gives up, saying so."""
_AT_FDCWD = -100


def _staging_prefix(outdir: Path) -> str:
    return f".{outdir.name}.staging-"


def _aside_prefix(outdir: Path) -> str:
    return f".{outdir.name}.old-"


@contextlib.contextmanager
def locked(outdir: Path) -> Iterator[None]:
    """Hold the lock of ``outdir``'s parent directory (waiting for a concurrent run to end).

    The directory itself is locked, so no lock file is left behind. A run that has
    to wait says so, and gives up after :data:`LOCK_WAIT_SECONDS` with a
    :class:`TimeoutError` naming ``outdir``.
    """
    handle = os.open(outdir.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(
                f"kms-keystore: waiting for another run writing {outdir.name} "
                f"(up to {LOCK_WAIT_SECONDS} s)...",
                file=sys.stderr,
            )
            deadline = time.monotonic() + LOCK_WAIT_SECONDS
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise TimeoutError(
                            errno.ETIMEDOUT,
                            f"another run has held the lock for {LOCK_WAIT_SECONDS} s; "
                            "let it finish or stop it",
                            str(outdir),
                        ) from None
                    time.sleep(0.2)
        yield
    finally:
        os.close(handle)  # releases the lock


def remove_quietly(path: Path) -> bool:
    """Remove ``path`` (a directory tree) if possible; True when it is gone."""
    shutil.rmtree(path, ignore_errors=True)
    return not path.exists()


_TEMPORARY_NAME_LENGTH = 8
"""Characters ``tempfile.mkdtemp`` puts after the prefix of the folders it makes."""
_TEMPORARY_NAME_CHARACTERS = frozenset(string.ascii_lowercase + string.digits + "_")


def _named_from(parent: Path, prefix: str) -> list[Path]:
    """The folders of ``parent`` that ``tempfile.mkdtemp(prefix=prefix)`` could have made.

    The prefix is taken literally (unlike a glob, ``[`` or ``*`` in the output
    folder's name match only themselves), and only a temporary name follows it:
    ``.out.old-1.old-abcd1234``, the aside of a folder named ``out.old-1``, is
    not one of ``out``'s.
    """
    try:
        with os.scandir(parent) as entries:
            names = [entry.name for entry in entries]
    except FileNotFoundError:
        return []
    return [
        parent / name
        for name in names
        if name.startswith(prefix)
        and len(name) == len(prefix) + _TEMPORARY_NAME_LENGTH
        and _TEMPORARY_NAME_CHARACTERS.issuperset(name[len(prefix) :])
    ]


def recover(outdir: Path) -> None:
    """Put back an output directory a killed run left renamed aside; drop stale leftovers.

    Call with the lock held: every staging or aside directory is then from a run
    that ended, and none is in use. Leftovers that cannot be removed stay (and are
    tried again next time); they never stop a run.
    """
    parent = outdir.parent
    asides = sorted(_named_from(parent, _aside_prefix(outdir)), key=lambda p: p.stat().st_mtime)
    if not outdir.exists() and asides:
        asides.pop().rename(outdir)
    for leftover in [*asides, *_named_from(parent, _staging_prefix(outdir))]:
        remove_quietly(leftover)
    remove_quietly(outdir.with_name(f".{outdir.name}.previous"))  # left by older versions


def exchange(first: Path, second: Path) -> bool:
    """Swap two directories atomically (Linux ``renameat2``); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # here, not at the top: only a run that replaces an output loads it

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def replace_dir(staging: Path, outdir: Path) -> None:
    """Make ``staging`` the new ``outdir``; the old one is removed if it can be."""
    if not outdir.exists():
        staging.rename(outdir)
        return
    if exchange(staging, outdir):
        remove_quietly(staging)  # now holds the old output
        return
    aside = Path(tempfile.mkdtemp(prefix=_aside_prefix(outdir), dir=outdir.parent))
    aside.rmdir()
    outdir.rename(aside)
    staging.rename(outdir)
    remove_quietly(aside)


MARKER = ".kms-keystore-output"
"""File every output directory holds: what :func:`build_into` may replace."""
CDKTF_OUTPUT = frozenset({"manifest.json", "stacks", "constructs.json", "cdktf.log", MARKER})
"""What a synth writes at the top of its output (older outputs have no marker)."""


class NotAnOutput(ValueError):
    """The output path names something a run must not replace."""

    def __init__(self, outdir: Path, why: str) -> None:
        super().__init__(
            f"the output folder {outdir} {why}; only a missing folder, an empty folder or "
            "a previous output is replaced: choose another CDKTF_OUTDIR or move it away"
        )
        self.outdir = outdir


def output_problem(outdir: Path) -> str | None:
    """Why ``outdir`` may not be replaced by a new output, or None when it may.

    A missing path, an empty directory, or a previous output (it holds the
    :data:`MARKER` file, or only what cdktf writes, with ``manifest.json``).
    """
    if outdir.is_symlink():
        return f"is a symbolic link (to {os.readlink(outdir)}); replacing it would leave that stale"
    if not outdir.exists():
        return None
    if not outdir.is_dir():
        return "is not a folder (a file would be replaced by a folder)"
    names = {p.name for p in outdir.iterdir()}
    if not names or MARKER in names:
        return None
    if "manifest.json" in names and names <= CDKTF_OUTPUT:
        return None
    others = sorted(names - CDKTF_OUTPUT)[:3]
    return f"holds other files ({', '.join(others)}...), which replacing it would delete"


def build_into(outdir: Path, build: Callable[[Path], None]) -> None:
    """Run ``build(staging)`` and make its result ``outdir``, all or nothing.

    On any error or interrupt the staging directory is removed and ``outdir`` is
    left exactly as it was. ``outdir`` must be missing, empty or a previous output
    (:func:`output_problem`), or :class:`NotAnOutput` is raised before anything is made.
    """
    why = output_problem(outdir)
    if why is not None:
        raise NotAnOutput(outdir, why)
    outdir.parent.mkdir(parents=True, exist_ok=True)
    with locked(outdir):
        recover(outdir)
        why = output_problem(outdir)
        if why is not None:
            raise NotAnOutput(outdir, why)
        staging: Path | None = None
        try:
            staging = Path(tempfile.mkdtemp(prefix=_staging_prefix(outdir), dir=outdir.parent))
            build(staging)
            (staging / MARKER).write_text(
                "Written by kms-keystore: the next run replaces this whole folder.\n",
                encoding="utf-8",
            )
            replace_dir(staging, outdir)
        except BaseException:
            if staging is not None:
                remove_quietly(staging)
            raise
