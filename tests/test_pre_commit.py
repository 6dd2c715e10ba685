"""The pre-commit configuration runs the project's own tools, each of which exists and passes."""

from __future__ import annotations

import shlex
import subprocess

from .support import ROOT


def hooks() -> dict[str, str]:
    """Hook ID -> entry command, read from .pre-commit-config.yaml (flat, one key a line)."""
    found, current = {}, None
    for line in (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("- id: "):
            current = stripped.removeprefix("- id: ")
        elif stripped.startswith("entry: ") and current:
            found[current] = stripped.removeprefix("entry: ")
    return found


def test_every_hook_names_a_tool_of_this_project():
    entries = hooks()

    assert set(entries) == {"ruff-check", "ruff-format", "config-schema", "review"}
    for hook, entry in entries.items():
        words = shlex.split(entry)
        assert words[0].startswith(".venv/bin/"), hook
        scripts = [w for w in words[1:] if w.endswith(".py")]
        assert all((ROOT / script).is_file() for script in scripts), (hook, scripts)


def test_the_schema_hook_passes_on_the_committed_tree():
    words = shlex.split(hooks()["config-schema"])
    result = subprocess.run(
        [str(ROOT / words[0]), *words[1:]], cwd=ROOT, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
