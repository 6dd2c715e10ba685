"""The oldest Terraform that reads the blocks a stack holds."""

from __future__ import annotations

IMPORT_AND_CHECK = (1, 5)
"""``import`` and ``check`` blocks arrived in Terraform 1.5."""

IMPORT_ID_FROM_VARIABLE = (1, 6)
"""An ``import`` block whose ``id`` is an expression (a variable) needs Terraform 1.6."""


def required_version(version: tuple[int, int]) -> str:
    """The ``terraform.required_version`` constraint for ``version``: ``">= 1.6"``."""
    major, minor = version
    return f">= {major}.{minor}"
