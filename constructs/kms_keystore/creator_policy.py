"""The custom RAM policy that lets principals create the key store's service-linked role."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from constructs import Construct

from .core import policy_documents, rules
from .core.problems import Checker
from .core.rules import Listed
from .core.specs import CreatorPolicySpec
from .core.terraform_text import literal
from .framework.cdk import ITerraformDependable, RamPolicy
from .framework.terraform_version import remember_stack
from .framework.validation import (
    DeclaredWhenBuilt,
    checker_for,
    declared_when_built,
    refuse_tokens,
    report,
)

ROTATE_STRATEGY = "DeleteOldestNonDefaultVersionWhenLimitExceeded"

if TYPE_CHECKING:  # principal bindings are imported only where principals are attached
    from .framework.cdk import RamGroup, RamRole, RamUser

    UserRef = str | RamUser
    GroupRef = str | RamGroup
    RoleRef = str | RamRole


def _names(refs: Listed[str | Construct]) -> tuple[str, ...]:
    """Literal names only; principals given as constructs are checked by their own resource."""
    return tuple(r for r in refs if isinstance(r, str))


def _principal(ref: str | RamUser | RamGroup | RamRole, attribute: str) -> tuple[str, str]:
    """(construct id suffix, name expression) of a principal given by name or construct.

    A name is its own suffix (so the attachment's address follows the name); a
    construct's suffix adds a hash of its path, so that a construct never takes the
    place of a name, nor of a construct with the same ID elsewhere.
    """
    if isinstance(ref, str):
        return ref, ref
    return f"{ref.node.id}-{ref.node.addr[:8]}", getattr(ref, attribute)


PRINCIPAL_KINDS = (("users", "RamUser"), ("groups", "RamGroup"), ("roles", "RamRole"))
"""Each principal prop and the binding class its constructs must be."""


def listed_principals(
    check: Checker, users: object, groups: object, roles: object, prefix: str = ""
) -> tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
    """The three principal props as tuples; one that is no list or tuple is recorded.

    A single name given for a list would otherwise be read one character at a
    time, attaching the policy to principals named ``a``, ``d``, ``m``...
    """
    return (
        rules.listed(check, f"{prefix}users", users, object, "a name or a RamUser construct"),
        rules.listed(check, f"{prefix}groups", groups, object, "a name or a RamGroup construct"),
        rules.listed(check, f"{prefix}roles", roles, object, "a name or a RamRole construct"),
    )


def check_principals(
    check: Checker,
    users: Listed[object] = (),
    groups: Listed[object] = (),
    roles: Listed[object] = (),
) -> None:
    """Record principals that are neither a name nor a construct of their kind, or are repeated.

    Names are checked by the policy spec; constructs here. The bindings are
    imported only when a construct is given.
    """
    for (field, class_name), refs in zip(PRINCIPAL_KINDS, (users, groups, roles), strict=True):
        seen: set[object] = set()
        for index, ref in enumerate(refs):
            if isinstance(ref, str):
                key: object = ref
            else:
                from .framework import cdk

                if not isinstance(ref, getattr(cdk, class_name)):
                    check.fail(
                        f"{field}[{index}]",
                        rules.kind_name(ref),
                        f"a name or a {class_name} construct",
                    )
                    continue
                key = ref.node.addr
            if key in seen and not isinstance(ref, str):  # a name twice: the spec says so, once
                check.fail(f"{field}[{index}]", _shown(ref), "each principal at most once")
            seen.add(key)


_VALID_SPECS: set[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = set()
"""The values of creator policy specs of plain text that validated with no problem.
Validation reads nothing but a spec's values and the package's constant rules, so an
equal spec (a fleet's next stack) is valid too; kept for the process, at most
:data:`_VALID_SPECS_KEPT` of them."""
_VALID_SPECS_KEPT = 64


def _plain_values(spec: CreatorPolicySpec) -> tuple[Any, ...] | None:
    """The spec's values when every one is a ``str`` itself, in tuples; else None.

    A subclass of ``str`` may compare equal to a valid name yet check apart from it.
    """
    values = (spec.name, spec.description, spec.users, spec.groups, spec.roles)
    if type(values[0]) is not str or type(values[1]) is not str:
        return None
    for names in values[2:]:
        if type(names) is not tuple or any(type(name) is not str for name in names):
            return None
    return values


def _shown(ref: object) -> str:
    return ref if isinstance(ref, str) else f"{type(ref).__name__} {ref.node.id}"  # type: ignore[attr-defined]


@declared_when_built("resource")
class ServiceLinkedRoleCreatorPolicy(Construct, DeclaredWhenBuilt):
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
        users: Listed[UserRef] = (),
        groups: Listed[GroupRef] = (),
        roles: Listed[RoleRef] = (),
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
        remember_stack(self, scope)
        check = checker_for(self)
        users, groups, roles = listed_principals(check, users, groups, roles)
        self.spec = CreatorPolicySpec(
            name=policy_name,
            description=description,
            users=_names(users),
            groups=_names(groups),
            roles=_names(roles),
        )
        self.attachments: list[ITerraformDependable] = []
        """One attachment resource per principal, in the order given."""
        values = _plain_values(self.spec)
        if values is None or values not in _VALID_SPECS:
            before = len(check.problems)
            self.spec.validate(check)
            refuse_tokens(check, self.spec)
            valid = values is not None and len(check.problems) == before
            if valid and len(_VALID_SPECS) < _VALID_SPECS_KEPT:
                _VALID_SPECS.add(values)  # type: ignore[arg-type]
        check_principals(check, users, groups, roles)
        if not report(self, check):
            return
        document = policy_documents.render(policy_documents.creator_policy_document())
        self.resource = custom_policy(self, policy_name, description, document)
        """The generated ``alicloud_ram_policy``."""
        if users or groups or roles:
            self.attachments.extend(
                attach_policy(self, self.policy_name, users=users, groups=groups, roles=roles)
            )

    @functools.cached_property
    def document(self) -> dict[str, Any]:
        """The policy document, as data.

        Made when first read, then kept: a stack does not need it, and every
        collection of the garbage collector would walk it.
        """
        return policy_documents.creator_policy_document()

    @property
    def policy_name(self) -> str:
        """Name of the policy (a reference to the resource)."""
        return self.resource.policy_name


def custom_policy(scope: Construct, name: str, description: str, document: str) -> RamPolicy:
    """A custom RAM policy (child ``Resource``) that rotates old versions and detaches on delete.

    RAM keeps five versions of a policy; without rotation an update fails once
    there are five. ``force`` detaches it from every principal when it is deleted.
    """
    return RamPolicy(
        scope,
        "Resource",
        policy_name=name,
        description=literal(description),
        policy_document=document,
        rotate_strategy=ROTATE_STRATEGY,
        force=True,
    )


def attach_policy(
    scope: Construct,
    policy_name: str,
    *,
    users: Listed[UserRef] = (),
    groups: Listed[GroupRef] = (),
    roles: Listed[RoleRef] = (),
) -> list[ITerraformDependable]:
    """One ``Custom`` policy attachment per principal: users, then groups, then roles.

    The attachment bindings are imported here, only where principals are attached.
    """
    from .framework.cdk import (
        RamGroupPolicyAttachment,
        RamRolePolicyAttachment,
        RamUserPolicyAttachment,
    )

    kinds = (
        (users, "User", RamUserPolicyAttachment, "name", "user_name"),
        (groups, "Group", RamGroupPolicyAttachment, "group_name", "group_name"),
        (roles, "Role", RamRolePolicyAttachment, "role_name", "role_name"),
    )
    attachments: list[ITerraformDependable] = []
    for refs, prefix, resource, attribute, argument in kinds:
        for ref in refs:
            suffix, name = _principal(ref, attribute)
            attachments.append(
                resource(
                    scope,
                    f"{prefix}-{suffix}",
                    policy_name=policy_name,
                    policy_type="Custom",
                    **{argument: name},
                )
            )
    return attachments
