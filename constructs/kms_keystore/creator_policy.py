"""The custom RAM policy that lets principals create the key store's service-linked role."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from .cdk import (
    ITerraformDependable,
    RamGroup,
    RamGroupPolicyAttachment,
    RamPolicy,
    RamRole,
    RamRolePolicyAttachment,
    RamUser,
    RamUserPolicyAttachment,
)
from .core import policy_documents
from .core.specs import CreatorPolicySpec
from .validation import checker_for, report

ROTATE_STRATEGY = "DeleteOldestNonDefaultVersionWhenLimitExceeded"

UserRef = str | RamUser
GroupRef = str | RamGroup
RoleRef = str | RamRole


def _names(refs: Sequence[str | Construct]) -> tuple[str, ...]:
    """Literal names only; principals given as constructs are checked by their own resource."""
    return tuple(r for r in refs if isinstance(r, str))


def _principal(ref: str | RamUser | RamGroup | RamRole, attribute: str) -> tuple[str, str]:
    """(construct id suffix, name expression) of a principal given by name or construct."""
    if isinstance(ref, str):
        return ref, ref
    return ref.node.id, getattr(ref, attribute)


class ServiceLinkedRoleCreatorPolicy(Construct):
    """A custom RAM policy allowing ``ram:CreateServiceLinkedRole`` for the key store only.

    The policy document is exactly the one Alibaba Cloud gives to RAM users who
    create a dedicated KMS instance: the action ``ram:CreateServiceLinkedRole``
    on ``*``, conditioned on ``ram:ServiceName`` = ``keystore.kms.aliyuncs.com``.
    It is attached to every user, group and role given, by name or by construct.

    Old policy versions are rotated (RAM keeps five), so updates never get stuck.
    The generated ``alicloud_ram_policy`` is the child ``Resource``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        policy_name: str = CreatorPolicySpec.name,
        description: str = CreatorPolicySpec.description,
        users: Sequence[UserRef] = (),
        groups: Sequence[GroupRef] = (),
        roles: Sequence[RoleRef] = (),
    ) -> None:
        """Create the policy and its attachments.

        :param policy_name: RAM policy name, 1-128 letters, digits and hyphens.
            Default ``AllowCreateKmsKeyStoreServiceLinkedRole``. Changing it replaces the policy.
        :param description: policy description (at most 1024 characters).
        :param users: RAM users (names or ``RamUser`` constructs) to attach the policy to.
        :param groups: RAM groups (names or ``RamGroup`` constructs) to attach the policy to.
        :param roles: RAM roles (names or ``RamRole`` constructs) to attach the policy to.
        """
        super().__init__(scope, id)
        self.spec = CreatorPolicySpec(
            name=policy_name,
            description=description,
            users=_names(users),
            groups=_names(groups),
            roles=_names(roles),
        )
        self.document = policy_documents.creator_policy_document()
        """The policy document, as data."""
        self.attachments: list[ITerraformDependable] = []
        """One attachment resource per principal, in the order given."""
        check = checker_for(self)
        self.spec.validate(check)
        if not report(self, check):
            return
        self.resource = RamPolicy(
            self,
            "Resource",
            policy_name=policy_name,
            description=description,
            policy_document=policy_documents.render(self.document),
            rotate_strategy=ROTATE_STRATEGY,
            force=True,
        )
        """The generated ``alicloud_ram_policy``."""
        self.policy_name: str = self.resource.policy_name
        """Name of the policy (a reference to the resource)."""
        for ref in users:
            suffix, name = _principal(ref, "name")
            self.attachments.append(
                RamUserPolicyAttachment(
                    self,
                    f"User-{suffix}",
                    policy_name=self.policy_name,
                    policy_type="Custom",
                    user_name=name,
                )
            )
        for ref in groups:
            suffix, name = _principal(ref, "group_name")
            self.attachments.append(
                RamGroupPolicyAttachment(
                    self,
                    f"Group-{suffix}",
                    policy_name=self.policy_name,
                    policy_type="Custom",
                    group_name=name,
                )
            )
        for ref in roles:
            suffix, name = _principal(ref, "role_name")
            self.attachments.append(
                RamRolePolicyAttachment(
                    self,
                    f"Role-{suffix}",
                    policy_name=self.policy_name,
                    policy_type="Custom",
                    role_name=name,
                )
            )
