"""Warnings, as a team's construct is made, about what cdktf 0.21's HCL output loses.

With ``SYNTH_HCL_OUTPUT=true`` (``cdktf synth --hcl``) cdktf 0.21 leaves ``check``
blocks out of ``cdk.tf``, writes a lifecycle condition as a list and
``terraform.required_version`` as a line, both of which Terraform refuses. A
construct of this package that adds one of those says so once a stack, as it
is made, so that an app calling ``app.synth()`` hears it whatever else it runs
(``kms_keystore.app.build.synthesize`` refuses the conditions before anything
is written, and does not repeat a warning). The reference app and ``make export
HCL=1`` write HCL right themselves: nothing is said for them.
"""

from __future__ import annotations

import os
import sys

from constructs import Construct

from .state import APP_STATE, REFERENCE_APP

HCL_ENV = "SYNTH_HCL_OUTPUT"
EXPORT_HCL_ENV = "KMS_KEYSTORE_EXPORT_HCL"
"""Set by ``make export HCL=1``, which writes conditions, checks and version right itself."""

_PRINTED = "_kms_keystore_hcl_warnings_printed"
"""On a stack: the keys of the HCL warnings printed for it."""


def hcl_requested() -> bool:
    """Whether cdktf writes HCL for a team's app (the export repairs its own HCL)."""
    return os.environ.get(HCL_ENV) == "true" and not os.environ.get(EXPORT_HCL_ENV)


def warn_hcl_once(
    stack: Construct,
    key: str,
    text: str,
    where: Construct | None = None,
    *,
    reference_app_too: bool = False,
) -> None:
    """Print ``text`` about a team's ``stack`` written as HCL, once for ``key``.

    The warning names ``where`` (default: the stack). Nothing is asked of Node
    unless cdktf writes HCL for a team's app (or, with ``reference_app_too``,
    for the reference app, whose ``synthesize`` warns of check blocks).
    """
    state = stack.__dict__.get(APP_STATE) or {}
    if (state.get(REFERENCE_APP) and not reference_app_too) or not hcl_requested():
        return
    printed = stack.__dict__.setdefault(_PRINTED, set())
    if key not in printed:
        printed.add(key)
        path = (where or stack).node.path
        print(f"kms-keystore: warning {path}: HCL output: {text}", file=sys.stderr)


def condition_lost_in_hcl(stack: Construct, where: Construct, kind: str) -> None:
    """Warn that cdktf 0.21's HCL writes ``where``'s ``kind`` (a precondition) wrong."""
    warn_hcl_once(
        stack,
        f"condition:{id(where)}:{kind}",
        f"cdktf 0.21 writes this {kind} into HCL as a list, which Terraform refuses: "
        "synthesize JSON to keep it (kms_keystore.app.build.synthesize(app) refuses such a "
        "stack before anything is written; app.synth() writes it)",
        where,
    )
