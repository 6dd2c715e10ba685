"""Terraform variables the package declares under exact names, and a team's of the same name.

Terraform keeps one variable per name in a stack, and cdktf merges two elements
with one logical ID into one block without a word: a team's own variable named
as a key store's would lend its type and default to a secret's value. The first
variable of ours in each stack of a team's app carries a lazy description that,
while cdktf prepares the stack (before it writes any), looks at every variable
of the stack and refuses a team's with a name of ours.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from constructs import Construct

from .cdk import TerraformStack, TerraformVariable
from .terraform_version import stack_of
from .validation import (
    APP_STATE,
    REFERENCE_APP,
    app_of,
    checked_while_preparing,
    checker_for,
    report,
    visible_path,
)

_OURS = "_kms_keystore_variable"
"""On a variable this package declares."""
_NAMES = "_kms_keystore_variable_names"
"""On a stack: each variable name of ours, with the construct that declares it."""


def declare_variable(scope: Construct, id: str, name: str, **props: Any) -> TerraformVariable:
    """A ``TerraformVariable`` in ``scope`` named exactly ``name`` (its logical ID).

    :param props: the variable's settings (``type``, ``description``, ``sensitive``...).
    """
    stack = stack_of(scope)
    names: dict[str, Construct] | None = stack.__dict__.get(_NAMES)
    if names is None:
        names = stack.__dict__[_NAMES] = {}
        state = stack.__dict__.get(APP_STATE)  # a stack of ours knows its app: no call into Node
        if state is None:
            state = vars(app_of(stack))
        if not state.get(REFERENCE_APP):  # the reference app declares every variable itself
            description = props.get("description") or ""
            refuse = partial(_refuse_team_variables, stack)
            # a team variable named as one of ours is refused whenever it is there:
            # under Testing.synth too, which prepares nothing
            props["description"] = checked_while_preparing(
                description, refuse, stack, when_resolved=True
            )
    names[name] = scope
    variable = TerraformVariable(scope, id, **props)
    variable.override_logical_id(name)
    variable.__dict__[_OURS] = True
    return variable


def _refuse_team_variables(stack: TerraformStack) -> None:
    """Report each variable of the team's in ``stack`` with the name of one of ours."""
    ours: dict[str, Construct] = stack.__dict__.get(_NAMES, {})
    for node in stack.node.find_all():
        if not isinstance(node, TerraformVariable) or _OURS in node.__dict__:
            continue
        name = node.friendly_unique_id
        owner = ours.get(name)
        if owner is None:
            continue
        check = checker_for(node)
        check.fail(
            "name",
            name,
            f"a variable name no construct of the kms_keystore package uses in this stack "
            f"({visible_path(owner.node.path)} declares variable {name!r}): cdktf would merge "
            "the two into one variable, whose type and default would then apply to the key "
            "store's value; give this variable another name",
        )
        report(node, check)
