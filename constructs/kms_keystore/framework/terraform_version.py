"""Raise a stack's ``terraform.required_version`` to what its blocks need."""

from __future__ import annotations

import os

from constructs import Construct

from ..core.problems import ConfigError, Problem, a_kind
from ..core.terraform_requirements import (
    IMPORT_AND_CHECK,
    IMPORT_ID_FROM_VARIABLE,
    required_version,
)
from .cdk import TerraformStack
from .hcl_notes import HCL_ENV, warn_hcl_once
from .state import APP_STATE, REFERENCE_APP

_ATTRIBUTE = "_kms_keystore_terraform_version"
_NEEDED_FOR = {
    IMPORT_AND_CHECK: "import or check blocks",
    IMPORT_ID_FROM_VARIABLE: "an import block whose ID is a variable, which asks more than "
    "import or check blocks alone",
}
"""What each version a construct asks for is needed for, as an HCL warning says it."""
_STACK = "_kms_keystore_stack"


def remember_stack(construct: Construct, scope: Construct) -> None:
    """Note, for :func:`stack_of`, the stack that ``construct`` (created in ``scope``) is in.

    Known without asking Node when ``scope`` is the stack or already knows its own.
    A construct in no stack is refused at once (:class:`ConfigError`): cdktf
    writes only stacks, and runs the validations of their constructs only, so it
    would be left out of the output without a word.
    """
    stack = scope if isinstance(scope, TerraformStack) else scope.__dict__.get(_STACK)
    if stack is None:
        stack = _stack_above(construct, scope)
    setattr(construct, _STACK, stack)  # not through __dict__, which Python would make for it


def _stack_above(construct: Construct, scope: Construct) -> TerraformStack:
    """The stack holding ``construct``, asked of Node; :class:`ConfigError` when none does."""
    stacks = [above for above in construct.node.scopes if isinstance(above, TerraformStack)]
    if stacks:
        return stacks[-1]  # the nearest: scopes run from the App down
    problem = Problem(
        construct.node.path,
        "scope",
        a_kind(type(scope).__name__),
        "a TerraformStack, or a construct inside one: cdktf writes only what is in a stack",
    )
    raise ConfigError([problem])


def stack_of(scope: Construct) -> TerraformStack:
    """The stack of ``scope``: itself, the one remembered for it, or else ``TerraformStack.of``.

    ``TerraformStack.of`` is a round trip into Node; our constructs remember their
    stack when they are created, so that a default stack makes exactly the calls
    the floor of ``make bench`` makes.
    """
    if isinstance(scope, TerraformStack):
        return scope
    stack = scope.__dict__.get(_STACK)
    if stack is None:
        stack = TerraformStack.of(scope)
        scope.__dict__[_STACK] = stack
    return stack


def require_terraform(scope: Construct, version: tuple[int, int]) -> None:
    """Make the stack of ``scope`` ask for Terraform ``>= version`` (the highest asked wins).

    cdktf has no setting for ``required_version``; it is written as an override
    of the stack's ``terraform`` block.
    """
    stack = stack_of(scope)
    if version <= stack.__dict__.get(_ATTRIBUTE, (0, 0)):
        return
    setattr(stack, _ATTRIBUTE, version)
    state = stack.__dict__.get(APP_STATE) or {}
    if not state.get(REFERENCE_APP) and os.environ.get(HCL_ENV) == "true":
        # cdktf 0.21 renders the override as `0 = "required_version"`, which Terraform
        # refuses; the reference app's export repairs it, a team's `cdktf synth --hcl` cannot
        needed_for = _NEEDED_FOR.get(version, "its blocks")
        warn_hcl_once(
            stack,
            f"version:{version}",
            f"the stack needs Terraform {required_version(version)} ({needed_for}), "
            "but cdktf 0.21 writes terraform.required_version into HCL as a line Terraform "
            "refuses, so it is left out: run the stack with that Terraform, or synthesize JSON",
        )
        return
    stack.add_override("terraform.required_version", required_version(version))
