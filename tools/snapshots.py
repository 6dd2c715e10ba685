"""Accept a reviewed change: `make snapshots` (then `make test` runs to show it is green).

    python tools/snapshots.py

1. Refreshes the copy of Alibaba Cloud's page in ``tests/fixtures/`` from
   ``../shared/docs`` (where present): that copy follows the page, never our code.
2. Runs every test with ``--snapshot-update`` but without syrupy's clean-up, which
   would delete the snapshot of any test that failed before its assertion. Tests
   marked ``committed_snapshots`` (they read the committed tree as a whole) wait for
   the run that follows in `make snapshots`.
3. Deletes only snapshots that no collected test owns any more (a removed test
   or parameter), and lists every file it changed.

It never leaves the tree half accepted. Before writing anything it refuses where the
code disagrees with Alibaba Cloud's page (no snapshot can accept that). When any test
of step 2 still fails, for a reason a snapshot update cannot fix, every snapshot and
fixture is put back byte for byte, and it says so: the tree is as it was.
Exits 0 when accepted, 1 when refused.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "__snapshots__"
TESTS = ROOT / "tests"
_USES_SNAPSHOT = re.compile(r"def test_\w+\([^)]*\bsnapshot(?:_\w+)?\b[^)]*\)")
_INDEX = re.compile(r"\.\d+$")


def snapshot_modules() -> list[str]:
    """Test modules with a test that takes a snapshot fixture (``snapshot_json``...)."""
    return sorted(
        str(path.relative_to(ROOT))
        for path in TESTS.glob("test_*.py")
        if _USES_SNAPSHOT.search(path.read_text(encoding="utf-8"))
    )


def snapshot_files() -> set[Path]:
    """Every snapshot file on disk."""
    return {p for p in SNAPSHOTS.rglob("*") if p.is_file()} if SNAPSHOTS.is_dir() else set()


def _clean(name: str) -> str:
    """A test name as syrupy writes it into a file name."""
    return "".join(
        c for c in name if c not in '\\/?*:|"<>' and not unicodedata.category(c).startswith("C")
    )


def collected_tests() -> set[tuple[str, str]] | None:
    """(module, test name) of every test pytest collects; None when collection failed."""
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        print(result.stdout[-2000:] + result.stderr[-2000:], file=sys.stderr)
        return None
    found = set()
    for line in result.stdout.splitlines():
        if "::" not in line:
            continue
        path, _, name = line.partition("::")
        found.add((Path(path).stem, _clean(name.replace("::", "."))))
    return found


def owner(path: Path) -> tuple[str, str]:
    """(module, test name) of the test a snapshot file belongs to."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return path.parent.name, _INDEX.sub("", stem)


def split_markers(addopts: str) -> tuple[str, str]:
    """``PYTEST_ADDOPTS`` without its ``-m`` expression, and that expression ("" if none).

    A second ``-m`` on the command line would replace the caller's selection instead
    of narrowing it; the two are joined with ``and`` instead.
    """
    words = shlex.split(addopts)
    kept, markers = [], ""
    index = 0
    while index < len(words):
        if words[index] == "-m" and index + 1 < len(words):
            markers = words[index + 1]
            index += 2
            continue
        kept.append(words[index])
        index += 1
    return shlex.join(kept), markers


def fixture_files() -> set[Path]:
    """The committed copies of Alibaba Cloud's page."""
    folder = TESTS / "fixtures"
    return {p for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else set()


def restore(saved: dict[Path, bytes], now: set[Path]) -> None:
    """Put every saved file back as it was and remove files that were not there."""
    for path in sorted(now - set(saved)):
        path.unlink()
    for path, content in saved.items():
        if not path.is_file() or path.read_bytes() != content:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)


def main() -> int:
    """Refuse, or refresh, update and prune; 0 when accepted, 1 when refused."""
    sys.path.insert(0, str(ROOT))
    from tests.documented import page_disagreements, refresh_fixtures

    saved = {p: p.read_bytes() for p in snapshot_files() | fixture_files()}
    refreshed = refresh_fixtures()
    disagreements = page_disagreements()
    if disagreements:
        restore(saved, snapshot_files() | fixture_files())
        print("\n".join(disagreements), file=sys.stderr)
        print("snapshots: refused before writing anything: the code must follow the page")
        return 1
    for name in refreshed:
        print(f"snapshots: {name} refreshed from Alibaba Cloud's page (the code must follow it)")
    before = {p: p.read_bytes() for p in snapshot_files()}
    # every test, not only those with snapshots: a test that fails for another reason
    # (an unpinned address, the page) refuses the whole acceptance, and everything
    # written is put back. Tests that compare the whole committed tree (make review)
    # would see it half updated here; the make target runs them on the result.
    addopts, markers = split_markers(os.environ.get("PYTEST_ADDOPTS", ""))
    # as `make test` selects (TEST_MARKS, default "not e2e and not terrain"): the
    # end-to-end tests, the review loop among them, are never run from inside an acceptance
    default = "not e2e and not terrain"
    wanted = [m for m in (markers, os.environ.get("TEST_MARKS", default)) if m.strip()]
    selection = " and ".join([*(f"({m})" for m in wanted), "not committed_snapshots"])
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "--snapshot-update",
        "--snapshot-no-cleanup",
        "-m",
        selection,
    ]
    status = subprocess.run(
        command, cwd=ROOT, env={**os.environ, "PYTEST_ADDOPTS": addopts}
    ).returncode
    if status != 0:
        restore(saved, snapshot_files() | fixture_files())
        print(
            "snapshots: refused: the tests above still fail after updating the snapshots, so "
            "a snapshot cannot fix them; every snapshot and fixture is back as it was"
        )
        return 1
    tests = collected_tests()
    if tests is None:
        print("snapshots: tests could not be collected; no snapshot was deleted", file=sys.stderr)
        return status or 1
    for path in sorted(snapshot_files()):
        if owner(path) not in tests:
            path.unlink()
            print(f"snapshots: deleted {path.relative_to(ROOT)} (no test owns it any more)")
            if not any(path.parent.iterdir()):
                path.parent.rmdir()
    after = snapshot_files()
    for path in sorted(after):
        if path not in before:
            print(f"snapshots: new {path.relative_to(ROOT)}")
        elif before[path] != path.read_bytes():
            print(f"snapshots: updated {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
