"""`make snapshots` knows which test owns each snapshot file, so it deletes only orphans."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from .support import ROOT


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("snapshots_tool", ROOT / "tools" / "snapshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def collected(tool):
    tests = tool.collected_tests()
    assert tests is not None, "pytest could not collect the tests"
    return tests


def test_every_committed_snapshot_has_a_test_that_owns_it(tool, collected):
    files = sorted(tool.snapshot_files())

    assert files, "no snapshot files found"
    assert [str(p.relative_to(ROOT)) for p in files if tool.owner(p) not in collected] == []


def test_owner_of_a_parametrized_and_of_a_second_snapshot(tool):
    folder = Path("__snapshots__") / "test_policy_review"

    assert tool.owner(folder / "test_policy_text[a.b-c.kms_policy.d].txt") == (
        "test_policy_review",
        "test_policy_text[a.b-c.kms_policy.d]",
    )
    assert tool.owner(folder / "test_x.1.json") == ("test_policy_review", "test_x")


def test_a_removed_test_leaves_an_orphan(tool, collected):
    assert tool.owner(ROOT / "__snapshots__" / "test_policies" / "test_gone.json") not in collected


def test_only_modules_with_snapshot_tests_are_updated(tool):
    modules = tool.snapshot_modules()

    assert "tests/test_policy_review.py" in modules
    assert "tests/test_stack_graph.py" in modules
    assert "tests/test_validation.py" not in modules
