"""A plan-time drift guard on the system policy AliyunServiceRolePolicyForKMSKeyStore."""

from __future__ import annotations

import functools
from typing import Any

from constructs import Construct

from .core import policy_documents
from .core.specs import GUARD_MODES, GuardMode
from .core.terraform_requirements import IMPORT_AND_CHECK
from .framework.cdk import (
    Postcondition,
    TerraformResourceLifecycle,
)
from .framework.hcl_notes import condition_lost_in_hcl, warn_hcl_once
from .framework.terraform_version import remember_stack, require_terraform, stack_of
from .framework.validation import DeclaredWhenBuilt, checker_for, declared_when_built, report
from .framework.variables import checked_names, declare_local

LOOKUP = {
    "type": "System",
    "name_regex": f"^{policy_documents.SYSTEM_POLICY_NAME}$",
    "enable_details": True,
}
"""Arguments of the ``alicloud_ram_policies`` lookup of the live system policy."""
PINNED_LOCAL = "kms_keystore_pinned_system_policy"
"""The local that holds the pinned document."""


def canonical_statements(statements: str) -> str:
    """HCL that turns a list of statements into an order-insensitive set of strings.

    ``Action`` and ``Resource`` may be a string or a list; both become sorted lists.
    """
    return (
        f"toset([for s in {statements} : jsonencode({{"
        "effect = s.Effect, "
        "action = sort(flatten([s.Action])), "
        "resource = sort(flatten([s.Resource])), "
        "condition = try(s.Condition, {})"
        "})])"
    )


def same_document(live_document: str, pinned_local: str) -> str:
    """HCL that is true when the live document (a JSON string) grants what the pinned one does."""
    live = canonical_statements(f"jsondecode({live_document}).Statement")
    pinned = canonical_statements(f"{pinned_local}.Statement")
    return f"try({live} == {pinned}, false)"


@declared_when_built("mode")
class SystemPolicyDriftGuard(Construct, DeclaredWhenBuilt):
    """Pins ``AliyunServiceRolePolicyForKMSKeyStore`` and checks the live one at plan time.

    The pinned document (four statement groups: ECS network interfaces and
    security groups, VPC describes, ``yundun-hsm`` describes, and
    ``ram:DeleteServiceLinkedRole`` for the key store service) is written into
    the configuration as the local ``kms_keystore_pinned_system_policy``.
    The live policy is read with ``alicloud_ram_policies`` (type ``System``,
    with details) and compared to it, ignoring statement and action order:

    * ``check`` (default): a Terraform ``check`` block, whose failure is a warning;
      its data source is scoped to the block, so missing read permission warns too;
    * ``postcondition``: a postcondition on a top-level data source; the plan fails;
    * ``off``: the pinned document is still exposed, nothing is read.

    Needs Terraform >= 1.5 and, for the read, ``ram:ListPolicies`` / ``ram:GetPolicy``.
    """

    def __init__(
        self, scope: Construct, id: str, *, mode: GuardMode | str = GuardMode.CHECK
    ) -> None:
        """Declare the guard.

        :param mode: ``check`` (default), ``postcondition`` or ``off``.
        """
        super().__init__(scope, id)
        remember_stack(self, scope)
        check = checker_for(self)
        check.one_of("mode", mode, GUARD_MODES)
        if not report(self, check):
            return
        self.mode = GuardMode(mode)
        """The mode in effect."""
        if self.mode is GuardMode.OFF:
            return
        declare_local(self, "Pinned", PINNED_LOCAL, policy_documents.system_policy_document())
        pinned_ref = f"local.{PINNED_LOCAL}"
        message = checked_names(  # a team's local of that name would be merged into it
            stack_of(self),
            f"The live system policy {policy_documents.SYSTEM_POLICY_NAME} differs from the "
            "document this library pins (or could not be read). Review Alibaba Cloud's change "
            "and update kms_keystore.core.policy_documents.",
        )
        if self.mode is GuardMode.POSTCONDITION:
            # imported here: only the postcondition mode needs this binding
            from .framework.cdk import (
                DataAlicloudRamPolicies,
            )

            live = DataAlicloudRamPolicies(
                self,
                "Live",
                **LOOKUP,
                lifecycle=TerraformResourceLifecycle(
                    postcondition=[
                        Postcondition(
                            condition="${"
                            + same_document("self.policies[0].policy_document", pinned_ref)
                            + "}",
                            error_message=message,
                        )
                    ]
                ),
            )
            self.live = live
            """The top-level data source (postcondition mode only)."""
            condition_lost_in_hcl(stack_of(self), live, "postcondition")
            return
        # Terraform check blocks have no cdktf binding: the block is added as an override.
        data_name = "kms_keystore_system_policy"
        condition = same_document(
            f"data.alicloud_ram_policies.{data_name}.policies[0].policy_document", pinned_ref
        )
        stack = stack_of(self)
        require_terraform(stack, IMPORT_AND_CHECK)
        warn_hcl_once(
            stack,
            "check:kms_keystore_system_policy_drift",
            "cdktf 0.21 leaves the check block kms_keystore_system_policy_drift out of "
            "cdk.tf (the drift guard's, which warns of a changed system policy); synthesize "
            "JSON to keep it",
        )
        stack.add_override(
            "check.kms_keystore_system_policy_drift",
            {
                "data": {"alicloud_ram_policies": {data_name: dict(LOOKUP)}},
                "assert": [{"condition": "${" + condition + "}", "error_message": message}],
            },
        )

    @functools.cached_property
    def pinned_document(self) -> dict[str, Any]:
        """The pinned system policy document, as data.

        Made when first read, then kept: a stack does not need it, and every
        collection of the garbage collector would walk it.
        """
        return policy_documents.system_policy_document()
