"""Terraform variables and locals the package declares under exact names, and a team's.

Terraform keeps one variable (and one local) per name in a stack, and cdktf merges
two elements with one logical ID into one block without a word: a team's own
variable named as a key store's would lend its type and default to a secret's
value, and a local named as the drift guard's would change the pinned document.
The first text of ours in each stack of a team's app carries a lazy value that,
while cdktf prepares the stack (before it writes any), looks at every variable
and local of the stack and refuses a team's with a name of ours.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from constructs import Construct

from .cdk import TerraformLocal, TerraformStack, TerraformVariable
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
"""On a variable or local this package declares."""
_NAMES = "_kms_keystore_variable_names"
"""On a stack: each variable name of ours, with the construct that declares it."""
_LOCAL_NAMES = "_kms_keystore_local_names"
"""On a stack: each local name of ours, with the construct that declares it."""
_CARRIED = "_kms_keystore_names_checked"
"""On a stack: something of ours carries the check of the team's names."""


def declare_variable(scope: Construct, id: str, name: str, **props: Any) -> TerraformVariable:
    """A ``TerraformVariable`` in ``scope`` named exactly ``name`` (its logical ID).

    :param props: the variable's settings (``type``, ``description``, ``sensitive``...).
    """
    stack = stack_of(scope)
    stack.__dict__.setdefault(_NAMES, {})[name] = scope
    props["description"] = checked_names(stack, props.get("description") or "")
    variable = TerraformVariable(scope, id, **props)
    variable.override_logical_id(name)
    variable.__dict__[_OURS] = True
    return variable


def declare_local(scope: Construct, id: str, name: str, value: Any) -> TerraformLocal:
    """A ``TerraformLocal`` in ``scope`` named exactly ``name``, holding ``value``."""
    stack = stack_of(scope)
    stack.__dict__.setdefault(_LOCAL_NAMES, {})[name] = scope
    local = TerraformLocal(scope, id, value)
    local.override_logical_id(name)
    local.__dict__[_OURS] = True
    return local


def checked_names(stack: TerraformStack, text: str) -> str:
    """``text``, carrying the check of the team's variable and local names in ``stack``.

    The first text of ours in each stack of a team's app carries it (a lazy value
    that gives ``text``); any other, and every text of the reference app, which
    declares each name itself, is ``text`` as it is.
    """
    if _CARRIED in stack.__dict__:
        return text
    stack.__dict__[_CARRIED] = True
    state = stack.__dict__.get(APP_STATE)  # a stack of ours knows its app: no call into Node
    if state is None:
        state = vars(app_of(stack))
    if state.get(REFERENCE_APP):
        return text
    # a team's element named as one of ours is refused whenever it is there:
    # under Testing.synth too, which prepares nothing
    refuse = partial(_refuse_team_names, stack)
    return checked_while_preparing(text, refuse, stack, when_resolved=True)


def _refuse_team_names(stack: TerraformStack) -> None:
    """Report each variable or local of the team's in ``stack`` with the name of one of ours."""
    variables: dict[str, Construct] = stack.__dict__.get(_NAMES, {})
    locals_: dict[str, Construct] = stack.__dict__.get(_LOCAL_NAMES, {})
    for node in stack.node.find_all():
        if isinstance(node, TerraformVariable):
            ours, kind = variables, "variable"
        elif isinstance(node, TerraformLocal):
            ours, kind = locals_, "local"
        else:
            continue
        if _OURS in node.__dict__ or not ours:
            continue
        name = node.friendly_unique_id
        owner = ours.get(name)
        if owner is None:
            continue
        check = checker_for(node)
        check.fail(
            "name",
            name,
            f"a {kind} name no construct of the kms_keystore package uses in this stack "
            f"({visible_path(owner.node.path)} declares {kind} {name!r}): cdktf would merge "
            f"the two into one {kind}, whose "
            + (
                "type and default would then apply to the key store's value"
                if kind == "variable"
                else "value would then be merged into the key store's"
            )
            + f"; give this {kind} another name",
        )
        report(node, check)
