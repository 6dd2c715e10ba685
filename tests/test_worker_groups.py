"""Tests that share a module-scoped fixture run on one xdist worker, so it is built once.

``make test`` runs pytest-xdist with ``--dist loadgroup``; ``conftest.py`` puts
such tests in a group named after their module. xdist reads a test's group from
the ``@group`` suffix it gives the test's node id while collecting, and
distributes tests without one freely. Since pytest 9.2 that suffix is no longer
set (pytest-dev/pytest-xdist#1386), so the groups stopped working without any
error. These tests fail when that happens again; the last one runs pytest without
xdist (``-p no:xdist``), where only ``pyproject.toml`` registers the group mark.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .support import ROOT


@pytest.fixture(scope="module")
def shared() -> object:
    return object()


def _grouping(request: pytest.FixtureRequest) -> None:
    if not getattr(request.config.option, "loadgroup", False):
        pytest.skip("pytest runs without xdist's --dist loadgroup here (`make test` uses it)")


def test_a_test_using_a_module_fixture_is_in_its_module_group(request, shared):
    _grouping(request)
    module = request.node.nodeid.split("::", 1)[0]

    marks = [mark.args for mark in request.node.iter_markers("xdist_group")]

    assert marks == [(module,)]
    assert request.node.nodeid.endswith("@" + module), (
        f"xdist did not take the group of {request.node.nodeid}: its tests may run on any "
        "worker and build the module's fixtures once per worker (pytest-dev/pytest-xdist#1386 "
        "with pytest 9.2; see requirements.txt)"
    )


def test_a_test_using_no_module_fixture_stays_free(request):
    _grouping(request)

    assert list(request.node.iter_markers("xdist_group")) == []
    assert "@" not in request.node.nodeid


def test_the_groups_need_no_xdist(tmp_path):
    # `-p no:xdist` leaves the mark unregistered by xdist; --strict-markers must still pass.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PYTHONPATH"))}
    test = "tests/test_worker_groups.py::test_a_test_using_a_module_fixture_is_in_its_module_group"
    options = ["-q", "-p", "no:xdist", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "t")]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", *options, test],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 skipped" in run.stdout
