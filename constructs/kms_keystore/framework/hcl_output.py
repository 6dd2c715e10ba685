"""What cdktf 0.21's HCL output cannot hold, found in a stack before it is written.

With ``SYNTH_HCL_OUTPUT=true`` (``cdktf synth --hcl``) cdktf 0.21 writes a
lifecycle ``precondition`` or ``postcondition`` as a list, and a ``lifecycle``
given as a list as an argument, both of which Terraform refuses; it leaves
``check`` blocks out; and it writes ``terraform.required_version`` as a line
Terraform refuses. :func:`hcl_findings` reads a stack's JSON form for them: the
first two are problems, the others warnings. A team's stack holding a key store
gets a validation (:func:`watch_hcl_output`) that refuses the problems, so that
``app.synth()`` stops as ``synthesize(app)`` does, and that prints each warning
once (:mod:`.hcl_notes`), only when nothing is refused.
"""

from __future__ import annotations

from typing import Any

import jsii

from constructs import Construct, IValidation

from ..core.problems import Problem
from ..core.terraform_values import named_items
from .hcl_notes import hcl_requested, print_hcl_warnings
from .state import APP_STATE, REFERENCE_APP
from .validation import reading_stacks

_WATCHED = "_kms_keystore_hcl_watched"
"""On a stack: it has the HCL validation."""


def hcl_findings(
    path: str, document: dict[str, Any], export_hint: str = ""
) -> tuple[list[Problem], list[tuple[str, str]]]:
    """The problems and the (key, text) warnings of the stack at ``path`` written as HCL.

    ``export_hint`` names another way to HCL that writes conditions right (the
    reference app's ``make export HCL=1``).
    """
    problems = []
    json_output = f"JSON output (synthesize without --hcl and SYNTH_HCL_OUTPUT){export_hint}"
    for _, address, config, resource_or_data in _blocks(document):
        lifecycle = config.get("lifecycle") if resource_or_data else None
        if isinstance(lifecycle, list):
            allowed = (
                f"an object, or {json_output}: cdktf 0.21 writes a lifecycle given as a list "
                "into HCL as an argument, which Terraform refuses"
            )
            problems.append(Problem(f"{path}/{address}", "lifecycle", lifecycle, allowed))
            continue
        for kind in ("precondition", "postcondition"):
            conditions = lifecycle.get(kind) if isinstance(lifecycle, dict) else None
            if conditions is None:
                continue
            if conditions == []:  # no condition: the key can go, and HCL stays
                allowed = (
                    f"no empty {kind} list (leave the key out; it holds no condition), or "
                    f"{json_output}: cdktf 0.21 writes it into HCL as `{kind} = [ ]`, which "
                    "Terraform refuses"
                )
            else:
                allowed = (
                    f"{json_output}: cdktf 0.21 writes a condition into HCL as a list, which "
                    "Terraform refuses"
                )
            problems.append(Problem(f"{path}/{address}", "lifecycle", kind, allowed))
    warnings = [
        (
            f"check:{name}",
            f"kms-keystore: warning {path}: HCL output: cdktf 0.21 leaves the check block "
            f"{name} out of cdk.tf; synthesize JSON{export_hint} to keep it",
        )
        for name, _ in named_items(document.get("check"))
    ]
    return problems, warnings


def _blocks(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], bool]]:
    from ..guardrails.engine import terraform_blocks  # the guardrails' walker, read lazily

    return terraform_blocks(document)


def watch_hcl_output(stack: Construct) -> None:
    """Give a team's ``stack`` the HCL validation, when cdktf writes HCL (once a stack)."""
    state = stack.__dict__.get(APP_STATE) or {}
    if state.get(REFERENCE_APP) or _WATCHED in stack.__dict__ or not hcl_requested():
        return
    stack.__dict__[_WATCHED] = True
    stack.node.add_validation(_HclOutputCheck(stack))


@jsii.implements(IValidation)
class _HclOutputCheck:
    """Refuse what the stack's HCL cannot hold; else print its HCL warnings."""

    def __init__(self, stack: Construct) -> None:
        self._stack = stack

    def validate(self) -> list[str]:
        """One line per problem of the stack's HCL (none: the warnings are printed)."""
        stack = self._stack
        with reading_stacks(stack):  # nothing is made (a client key folder) nor checked
            document = stack.to_terraform()  # type: ignore[attr-defined]
        problems, warnings = hcl_findings(stack.node.path, document)
        if problems:
            return [str(problem) for problem in problems]
        print_hcl_warnings(stack, warnings)
        return []
