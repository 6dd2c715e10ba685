"""pytest keeps its rewritten test modules between runs, and tests run with the setting given.

pytest rewrites the ``assert`` statements of each test module and keeps the result
as bytecode only where Python may write bytecode; with ``PYTHONDONTWRITEBYTECODE``
set (as on this project's machines) every pytest process redid it, about 2.3 s of
CPU each. ``conftest.py`` lifts the setting while pytest collects and puts it back
before the first test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest


def _kept(module: Path) -> Path:
    """Where pytest keeps ``module`` rewritten (its own naming, beside Python's).

    Under a prefix pytest names the folder after the path it imported the module
    from, links left as given (a linked checkout named on the command line).
    """
    name = f"{module.stem}.{sys.implementation.cache_tag}-pytest-{pytest.__version__}.pyc"
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix, *module.parts[1:-1], name)
    return module.parent / "__pycache__" / name


def test_this_module_is_kept_rewritten_for_the_next_run(request):
    if request.config.getoption("assertmode") != "rewrite":
        pytest.skip("pytest runs without rewriting asserts here (--assert=plain)")
    source = Path(__file__)
    kept = _kept(source)

    assert kept.is_file(), f"pytest did not keep {source.name} rewritten: expected {kept}"
    header = kept.read_bytes()[:16]
    stat = source.stat()
    # pytest's header: Python's magic number, 4 bytes of flags, the source's mtime and size
    assert header[:4] == importlib.util.MAGIC_NUMBER
    assert int.from_bytes(header[8:12], "little") == int(stat.st_mtime) & 0xFFFFFFFF
    assert int.from_bytes(header[12:16], "little") == stat.st_size & 0xFFFFFFFF


def test_tests_run_with_the_bytecode_setting_python_started_with():
    # sys.flags holds what -B or PYTHONDONTWRITEBYTECODE asked for at start-up
    assert sys.dont_write_bytecode == bool(sys.flags.dont_write_bytecode)
