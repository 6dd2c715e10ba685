"""Warnings about a team's stack written as HCL, noted as it is made, printed once.

Kept apart from :mod:`.hcl_output` (which reads whole stacks), so that the
constructs that note a warning need nothing of it.
"""

from __future__ import annotations

import os
import sys

from constructs import Construct

from .state import APP_STATE, REFERENCE_APP

HCL_ENV = "SYNTH_HCL_OUTPUT"
EXPORT_HCL_ENV = "KMS_KEYSTORE_EXPORT_HCL"
"""Set by ``make export HCL=1``, which writes conditions, checks and version right itself."""

_PENDING = "_kms_keystore_hcl_warnings"
"""On a stack: the HCL warnings noted for it, by key, in the order noted."""
_PRINTED = "_kms_keystore_hcl_warnings_printed"
"""On a stack: the keys of the HCL warnings printed for it."""


def hcl_requested() -> bool:
    """Whether cdktf writes HCL for a team's app (the export repairs its own HCL)."""
    return os.environ.get(HCL_ENV) == "true" and not os.environ.get(EXPORT_HCL_ENV)


def note_hcl_warning(stack: Construct, key: str, text: str, replace: bool = False) -> None:
    """Keep a warning, ``text`` about a team's ``stack`` written as HCL, to print once.

    The first text noted for ``key`` wins, unless ``replace``. It is printed by the
    stack's HCL validation or by ``synthesize(app)``, once nothing is refused.
    Nothing is asked of Node unless cdktf writes HCL.
    """
    state = stack.__dict__.get(APP_STATE) or {}
    if state.get(REFERENCE_APP) or not hcl_requested():
        return
    pending = stack.__dict__.setdefault(_PENDING, {})
    if replace or key not in pending:
        pending[key] = f"kms-keystore: warning {stack.node.path}: HCL output: {text}"


def print_hcl_warnings(stack: Construct, warnings: list[tuple[str, str]]) -> None:
    """Print the warnings noted for ``stack``, then ``warnings``, each key once ever."""
    pending = {**stack.__dict__.get(_PENDING, {})}
    for key, text in warnings:
        pending.setdefault(key, text)
    printed = stack.__dict__.setdefault(_PRINTED, set())
    for key, text in pending.items():
        if key not in printed:
            printed.add(key)
            print(text, file=sys.stderr)
