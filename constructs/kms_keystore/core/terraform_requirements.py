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


_LOST_REQUIRED_VERSION = re.compile(r'^(\s*)\d+ = "required_version"$', re.M)
"""cdktf 0.21's HCL rendering of the ``terraform.required_version`` override."""


def restore_required_version(text: str, version: str) -> str:
    """HCL ``text`` with the line cdktf 0.21 wrote as ``0 = "required_version"`` put back.

    Terraform refuses that line; ``version`` is the constraint (``">= 1.5"``).
    """
    return _LOST_REQUIRED_VERSION.sub(lambda m: f'{m[1]}required_version = "{version}"', text)
