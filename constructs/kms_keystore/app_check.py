"""What only the whole of a team's app shows, checked while cdktf prepares its stacks.

cdktf prepares every stack (resolving its values) before it validates or writes
any. One lazy value per team app, carried by the first stack of this package
(its state's name) or, in a plain stack, by a store's service-linked role (its
fixed name), runs :func:`check_app` then: problems it records stop the
synthesis before anything is written, with or without validations. The
reference app makes every stack itself and places its own suppressions: it
carries none.
"""

from __future__ import annotations

from functools import partial

from constructs import Construct

from .config.account_scope import folded
from .core.problems import Checker
from .framework.cdk import TerraformStack
from .framework.state import STACK_ID
from .framework.validation import app_of, built, checker_for, report
from .service_linked_role import carry_check_while_preparing

ID_SPELLINGS = "_kms_keystore_stack_id_spellings"
"""On the app: each stack ID of ours by its folded spelling (letter case and spaces aside)."""
APP_CHECKED = "_kms_keystore_app_checked"
"""On a team's app: something of ours carries the app-wide check."""


def arm_app_check(store: Construct, state: dict[str, object]) -> None:
    """Make ``store`` carry the app-wide check, unless something of ours carries it already.

    A store in a team's plain stack with suppressions to place (``from_config``)
    has no stack of ours to carry it: its service-linked role's fixed name does.
    """
    role = getattr(store, "role", None)  # a KmsKeyStore's; None when it was not built
    if APP_CHECKED in state or role is None or not built(role):
        return
    state[APP_CHECKED] = True
    carry_check_while_preparing(role, partial(check_app, store))


def check_app(scope: Construct) -> None:
    """Place the pending suppressions and refuse team stacks with our IDs (app of ``scope``).

    A suppression path naming no construct is a problem (as a node validation
    it would come after earlier stacks were written); a team's own stack with
    the ID of one of ours, under another construct, would be written into the
    same folder, and one of the two lost without a word.
    """
    from .guardrails.engine import has_pending_suppressions, place_pending_suppressions

    if has_pending_suppressions(scope):
        check = Checker("")
        check.problems = place_pending_suppressions(app_of(scope))
        report(scope, check)
    _refuse_team_stacks_with_our_ids(scope)


def _refuse_team_stacks_with_our_ids(scope: Construct) -> None:
    """Report each stack of the team's own whose ID is, or folds to, one of this package's.

    Only the constructs above the stacks are walked; our stacks' IDs are known
    (two of ours with one ID are refused as they are made).
    """
    root = app_of(scope)
    ours: dict[str, str] = vars(root).get(ID_SPELLINGS, {})
    pending = list(root.node.children)
    while pending:
        node = pending.pop()
        if STACK_ID in node.__dict__:  # a stack of ours
            continue
        if not isinstance(node, TerraformStack):
            pending.extend(node.node.children)
            continue
        id = node.node.id
        twin = ours.get(folded(id))
        if twin is not None:
            spelt = ""
            if twin != id:
                spelt = f" (ours is {twin!r}: one folder on a disk that ignores case)"
            check = checker_for(node)
            check.fail(
                "id",
                id,
                "an ID no stack of the kms_keystore package in this app has"
                f"{spelt}: cdktf names a stack's folder by its ID alone, and the stack written "
                "second would replace the first; give one of the two another ID",
            )
            report(node, check)
