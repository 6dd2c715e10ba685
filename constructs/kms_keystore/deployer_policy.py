"""The least-privilege RAM policy of whoever runs ``cdktf deploy`` on given stacks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct

from .core import policy_documents, rules
from .core.deployer_policy import (
    DOCUMENT_LIMIT,
    backend_statements,
    blocks_of_stack,
    deployer_policy_document,
)
from .core.provider_actions import BY_TYPE
from .core.rules import Listed
from .core.terraform_text import TOKEN_ALLOWED, is_cdktf_token
from .creator_policy import attach_policy, check_principals, custom_policy, listed_principals
from .framework.cdk import ITerraformDependable, RamPolicy, TerraformStack
from .framework.terraform_version import remember_stack
from .framework.validation import (
    DeclaredWhenBuilt,
    checker_for,
    declared_when_built,
    reading_stacks,
    report,
)

KNOWN_BLOCKS = frozenset(f"{kind} {type_name}" for kind, type_name in BY_TYPE)
"""The blocks whose provider calls were read from its source: those this policy can grant."""

if TYPE_CHECKING:
    from .creator_policy import GroupRef, RoleRef, UserRef


@declared_when_built("document", "resource")
class KeyStoreDeployerPolicy(Construct, DeclaredWhenBuilt):
    """A custom RAM policy with exactly the actions the provider calls for ``stacks``.

    The actions come from ``core/provider_actions.py``, read from the provider's
    source at 1.283.0: for every resource of the stacks its Create, Read, Update
    and Delete calls, for every data source its Read, conditional calls only
    where a block sets an argument that triggers them. The service-linked role's
    actions are allowed for ``keystore.kms.aliyuncs.com`` only. The policy is
    attached to every user, group and role given.

    Declare it after the target stacks are complete: their blocks are read when
    this construct is built. The generated ``alicloud_ram_policy`` is the child ``Resource``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        stacks: Listed[TerraformStack],
        policy_name: str = "KmsKeyStoreDeployer",
        description: str = "Actions cdktf deploy calls for the KMS key store stacks.",
        users: Listed[UserRef] = (),
        groups: Listed[GroupRef] = (),
        roles: Listed[RoleRef] = (),
    ) -> None:
        """Compute the document from ``stacks`` and declare the policy and its attachments.

        :param stacks: the stacks the principals deploy.
        :param policy_name: RAM policy name, 1-128 letters, digits and hyphens.
        :param description: policy description.
        :param users: RAM users (names or ``RamUser`` constructs) to attach it to.
        :param groups: RAM groups (names or ``RamGroup`` constructs) to attach it to.
        :param roles: RAM roles (names or ``RamRole`` constructs) to attach it to.
        """
        super().__init__(scope, id)
        remember_stack(self, scope)
        self.attachments: list[ITerraformDependable] = []
        """One attachment per principal."""
        check = checker_for(self)
        rules.check_ram_policy_name(check, "policy_name", policy_name)
        rules.check_description(check, "description", description)
        if is_cdktf_token(description):  # a name with one is refused above
            check.fail("description", description, TOKEN_ALLOWED)
        given = rules.listed(check, "stacks", stacks, TerraformStack, "a TerraformStack")
        if stacks in ((), []):
            check.fail("stacks", [], "at least one stack whose deployer needs the policy")
        users, groups, roles = listed_principals(check, users, groups, roles)
        for kind, names in (("users", users), ("groups", groups), ("roles", roles)):
            for index, name in enumerate(names):
                if isinstance(name, str):  # a construct is checked by check_principals
                    rules.check_ram_principal_name(check, f"{kind}[{index}]", name)
        check_principals(check, users, groups, roles)
        if not check.ok:
            report(self, check)
            return
        with reading_stacks(self):  # not written: the app's problems need not stop this
            synthesized = [stack.to_terraform() for stack in given]  # type: ignore[attr-defined]
        by_stack = [blocks_of_stack(stack) for stack in synthesized]
        for index, found in enumerate(by_stack):
            unknown = sorted({f"{b.kind} {b.type_name}" for b in found} - KNOWN_BLOCKS)
            if unknown:  # their calls are not read from the provider's source: not granted
                check.fail(
                    f"stacks[{index}]",
                    given[index].node.id,  # type: ignore[attr-defined]
                    "a stack of key store blocks only: this policy grants the provider's "
                    "calls for the blocks this package declares, not for "
                    f"{', '.join(unknown)}; grant the team's own resources in a policy of "
                    "its own",
                )
        if not report(self, check):
            return
        blocks = [block for found in by_stack for block in found]
        backends = [s for stack in synthesized for s in backend_statements(stack)]
        unique = list({policy_documents.render(s): s for s in backends}.values())
        self.document = deployer_policy_document(blocks, unique)
        """The policy document, as data."""
        text = policy_documents.render(self.document)
        if len(text) > DOCUMENT_LIMIT:
            check.fail(
                "policy_document",
                f"{len(text)} characters",
                f"at most {DOCUMENT_LIMIT} characters (RAM's limit): split the stacks",
            )
        if not report(self, check):
            return
        self.resource: RamPolicy = custom_policy(self, policy_name, description, text)
        """The generated ``alicloud_ram_policy``."""
        self.attachments.extend(
            attach_policy(self, self.resource.policy_name, users=users, groups=groups, roles=roles)
        )
