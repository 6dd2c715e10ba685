"""The oldest Terraform that reads the blocks a stack holds."""

from __future__ import annotations

import re

IMPORT_AND_CHECK = (1, 5)
"""``import`` and ``check`` blocks arrived in Terraform 1.5."""

IMPORT_ID_FROM_VARIABLE = (1, 6)
"""An ``import`` block whose ``id`` is an expression (a variable) needs Terraform 1.6."""


def required_version(version: tuple[int, int]) -> str:
    """The ``terraform.required_version`` constraint for ``version``: ``">= 1.6"``."""
    major, minor = version
    return f">= {major}.{minor}"


_LOST_REQUIRED_VERSION = re.compile(r'(\s*)\d+ = "required_version"')
"""cdktf 0.21's HCL rendering of the ``terraform.required_version`` override, as a line."""


def restore_required_version(text: str, version: str) -> str:
    """HCL ``text`` with the line cdktf 0.21 wrote as ``0 = "required_version"`` put back.

    Terraform refuses that line; ``version`` is the constraint (``">= 1.5"``). Only
    an argument of the top-level ``terraform`` block is replaced: a line of a
    multi-line string (cdktf writes it as a ``<<EOF`` heredoc, lines unchanged) or
    of another block holds the team's own text.
    """
    lines = text.split("\n")
    depth = 0  # inside the terraform block: 1 at its arguments
    heredoc = seen = False
    for index, line in enumerate(lines):
        if heredoc:
            heredoc = line != "EOF"
            continue
        if depth == 0:
            if line == "terraform {" and not seen:
                depth, seen = 1, True
            heredoc = line.endswith("<<EOF")
            continue
        found = _LOST_REQUIRED_VERSION.fullmatch(line) if depth == 1 else None
        if found is not None:
            lines[index] = f'{found[1]}required_version = "{version}"'
        stripped = line.strip()
        if stripped.endswith("<<EOF"):
            heredoc = True
        elif stripped.endswith("{"):
            depth += 1
        elif stripped in ("}", "},"):
            depth -= 1
    return "\n".join(lines)
