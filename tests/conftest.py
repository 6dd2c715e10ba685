"""Shared fixtures: one synthesized reference app per session, and the snapshot setup."""

from __future__ import annotations

import sys
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
from syrupy.extensions.json import JSONSnapshotExtension
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode
from syrupy.location import PyTestLocation

from kms_keystore.handoff.export_docs import render_json

from .support import ABSOLUTE_PATH, ROOT, synth

SNAPSHOT_DIR = ROOT / "__snapshots__"


class TopLevelLocation:
    """Snapshots of ``tests/test_x.py`` live in the top-level ``__snapshots__/test_x/``."""

    @classmethod
    def dirname(cls, *, test_location: PyTestLocation) -> str:
        return str(SNAPSHOT_DIR / test_location.basename)

    @classmethod
    def matches_test_location(
        cls, *, test_location: PyTestLocation, snapshot_location: str
    ) -> bool:
        # syrupy expects a collection dir beside the test file; ours is at the top.
        return Path(snapshot_location).parent.name == test_location.basename


class TopLevelTextSnapshot(TopLevelLocation, SingleFileSnapshotExtension):
    """One plain-text file per snapshot (``.txt``), for line-per-permission policy views."""

    _write_mode = WriteMode.TEXT
    file_extension = "txt"

    def serialize(self, data: Any, **kwargs: Any) -> str:
        assert isinstance(data, str)
        return data


class TopLevelJSONSnapshot(TopLevelLocation, JSONSnapshotExtension):
    """One readable JSON file per snapshot, sorted keys, under the top-level ``__snapshots__/``."""

    def serialize(self, data: Any, **kwargs: Any) -> str:
        text = render_json(data)
        assert not ABSOLUTE_PATH.search(text), "a machine path would be pinned in a snapshot"
        return text


@pytest.fixture
def snapshot_json(snapshot: Any) -> Any:
    """A syrupy snapshot that writes top-level, sorted-key JSON files."""
    return snapshot.use_extension(TopLevelJSONSnapshot)


@pytest.fixture
def snapshot_text(snapshot: Any) -> Any:
    """A syrupy snapshot that writes one top-level ``.txt`` file."""
    return snapshot.use_extension(TopLevelTextSnapshot)


@pytest.fixture(scope="session")
def reference() -> dict[str, dict[str, Any]]:
    """The reference app's stacks (embedded defaults), synthesized once."""
    return synth({})


@pytest.fixture(scope="session")
def reference_stack(reference: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The single stack of the reference app."""
    return reference["kms-keystore"]


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return Path(__file__).parent / "fixtures"


def pytest_configure(config: pytest.Config) -> None:
    """``--snapshot-update`` never deletes a snapshot here.

    syrupy's clean-up deletes the snapshot of any test that failed before its
    assertion; `make snapshots` deletes only files that no collected test owns.
    """
    if getattr(config.option, "update_snapshots", False):
        config.option.no_cleanup = True


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Generator[None, None, None]:
    """Keep pytest's rewritten test modules between runs, even under ``PYTHONDONTWRITEBYTECODE``.

    pytest rewrites the ``assert`` statements of every test module it imports and
    keeps the result as bytecode beside the module only where Python may write
    bytecode. Where it may not, each pytest process (each xdist worker, the
    snapshot tool's collection) rewrote all of them again: about 2.3 s of CPU. The
    setting is lifted while the tests are collected, so the rewritten modules (and
    the test helpers they import) are written to ``tests/__pycache__`` (or under
    ``PYTHONPYCACHEPREFIX`` when that is set), and put back before any test runs;
    the processes that tests start get the environment as it was.
    """
    kept = sys.dont_write_bytecode
    sys.dont_write_bytecode = False
    try:
        return (yield)
    finally:
        sys.dont_write_bytecode = kept


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep the tests that share a module- or class-scoped fixture on one xdist worker.

    ``make test`` spreads tests over workers with ``--dist loadgroup``; a test in
    no group may run on any worker. A module's expensive fixture (a synthesis, a
    checkov run, a CLI run) would then be built once per worker: the tests that
    use one go into a group named after their module, so it is built once.
    Session-scoped fixtures are built once per worker in any case. This hook runs
    before xdist's, which reads the groups when the hook's marks are already there.
    """
    for item in items:
        if item.get_closest_marker("xdist_group") is not None:
            continue
        info = getattr(item, "_fixtureinfo", None)
        if info is None:
            continue
        shared = any(
            definition.scope in ("module", "class")
            for definitions in info.name2fixturedefs.values()
            for definition in definitions
        )
        if shared:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))
