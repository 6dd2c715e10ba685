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
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _staging_prefix(outdir: Path) -> str:
    return f".{outdir.name}.staging-"


def _aside_prefix(outdir: Path) -> str:
    return f".{outdir.name}.old-"


@contextlib.contextmanager
def locked(outdir: Path) -> Iterator[None]:
    """Hold the lock of ``outdir``'s parent directory (waiting for a concurrent run to end).

    The directory itself is locked, so no lock file is left behind.
    """
    handle = os.open(outdir.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # releases the lock


def remove_quietly(path: Path) -> bool:
    """Remove ``path`` (a directory tree) if possible; True when it is gone."""
    shutil.rmtree(path, ignore_errors=True)
    return not path.exists()


def recover(outdir: Path) -> None:
    """Put back an output directory a killed run left renamed aside; drop stale leftovers.

    Call with the lock held: every staging or aside directory is then from a run
    that ended, and none is in use. Leftovers that cannot be removed stay (and are
    tried again next time); they never stop a run.
    """
    parent = outdir.parent
    asides = sorted(parent.glob(_aside_prefix(outdir) + "*"), key=lambda p: p.stat().st_mtime)
    if not outdir.exists() and asides:
        asides.pop().rename(outdir)
    for leftover in [*asides, *parent.glob(_staging_prefix(outdir) + "*")]:
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


def build_into(outdir: Path, build: Callable[[Path], None]) -> None:
    """Run ``build(staging)`` and make its result ``outdir``, all or nothing.

    On any error or interrupt the staging directory is removed and ``outdir`` is
    left exactly as it was.
    """
    outdir.parent.mkdir(parents=True, exist_ok=True)
    with locked(outdir):
        recover(outdir)
        staging: Path | None = None
        try:
            staging = Path(tempfile.mkdtemp(prefix=_staging_prefix(outdir), dir=outdir.parent))
            build(staging)
            replace_dir(staging, outdir)
        except BaseException:
            if staging is not None:
                remove_quietly(staging)
            raise
