"""The code base is ruff clean (lint and format), as CI requires."""

from __future__ import annotations

import subprocess

from .support import ROOT

RUFF = ROOT / ".venv" / "bin" / "ruff"


def test_ruff_check_passes():
    result = subprocess.run([str(RUFF), "check", "."], cwd=ROOT, capture_output=True, text=True)

    assert result.returncode == 0, result.stdout


def test_ruff_format_is_applied():
    result = subprocess.run(
        [str(RUFF), "format", "--check", "."], cwd=ROOT, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stdout
