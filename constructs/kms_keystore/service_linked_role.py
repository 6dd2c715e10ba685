"""The service-linked role AliyunServiceRoleForKMSKeyStore, created, adopted or referenced."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jsii

from constructs import Construct

from .core import policy_documents, rules
from .core.rules import Listed
from .core.specs import ROLE_MODES, RoleMode
from .core.terraform_requirements import IMPORT_AND_CHECK
from .framework.cdk import (
    IStringProducer,
    ITerraformDependable,
    Postcondition,
    ResourceManagerServiceLinkedRole,
    TerraformResourceLifecycle,
)
from .framework.hcl_notes import condition_lost_in_hcl
from .framework.terraform_version import remember_stack, require_terraform, stack_of
from .framework.validation import (
    DEPENDABLE,
    DEPENDABLE_KINDS,
    DeclaredWhenBuilt,
    checked_while_preparing,
    checker_for,
    declared_when_built,
    recorded_fields,
    report,
    visible_path,
)

IMPORT_ID = f"{policy_documents.SERVICE_NAME}:{policy_documents.ROLE_NAME}"
"""Import ID of the role: ``<service_name>:<role_name>``."""


_DONE = {RoleMode.CREATE: "created", RoleMode.ADOPT: "adopted", RoleMode.REFERENCE: "read"}
"""What a role of each mode is in its stack, for messages."""


@declared_when_built("mode", "resource")
class KeyStoreServiceLinkedRole(Construct, DeclaredWhenBuilt):
    """The account-wide role ``AliyunServiceRoleForKMSKeyStore`` of ``keystore.kms.aliyuncs.com``.

    Through it KMS manages the network interfaces and security groups that connect
    an instance to its HSM cluster. The role exists once per account, so three
    modes are offered:

    * ``create``: Terraform creates and owns it (fails with ``EntityAlreadyExists.Role``
      if KMS already created it);
    * ``adopt``: Terraform imports the existing role (an ``import`` block) and owns it;
    * ``reference``: Terraform only reads it (``alicloud_ram_roles``), so destroying
      the stack never deletes a role that other instances use. The plan fails if
      the role does not exist.

    A created or adopted role has Terraform ``prevent_destroy``, like the
    instance: a mode change or a removed stack must not plan its deletion while
    instances use it. It is created after ``depends_on`` (the creator policy's
    attachments), so that a RAM user deploying holds ``ram:CreateServiceLinkedRole``
    before the provider calls it.

    The generated resource or data source is the child ``Resource``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        mode: RoleMode | str = RoleMode.CREATE,
        depends_on: Listed[ITerraformDependable] = (),
        prevent_destroy: bool = True,
    ) -> None:
        """Declare the role.

        :param mode: ``create`` (default), ``adopt`` or ``reference``.
        :param depends_on: what must exist before the role is created (create, adopt),
            or read (reference). Without it, a read waits for a role created or adopted
            in the same stack, made before or after it.
        :param prevent_destroy: Terraform ``prevent_destroy`` on the role (default on).
        """
        super().__init__(scope, id)
        remember_stack(self, scope)
        check = checker_for(self)
        check.one_of("mode", mode, ROLE_MODES)
        rules.check_kind(check, "prevent_destroy", prevent_destroy, bool, "True or False")
        depends_on = rules.listed(check, "depends_on", depends_on, DEPENDABLE_KINDS, DEPENDABLE)  # type: ignore[assignment]
        self.role_name: str = policy_documents.ROLE_NAME
        """``AliyunServiceRoleForKMSKeyStore``."""
        self.service_name: str = policy_documents.SERVICE_NAME
        """``keystore.kms.aliyuncs.com``."""
        if not report(self, check):
            return
        self.mode = RoleMode(mode)
        """The mode in effect."""
        self.resource: ITerraformDependable
        """The resource (create, adopt) or data source (reference) that others depend on."""
        if self.mode is RoleMode.REFERENCE:
            # imported here: only the reference mode needs this binding
            from .framework.cdk import (
                DataAlicloudRamRoles,
            )

            roles = DataAlicloudRamRoles(
                self,
                "Resource",
                name_regex=f"^{policy_documents.ROLE_NAME}$",
                depends_on=list(depends_on) or None,
                lifecycle=TerraformResourceLifecycle(
                    postcondition=[
                        Postcondition(
                            # The provider always sets ``roles`` (empty when none match); an
                            # unset list means "not read", as in an offline plan.
                            condition="${self.roles == null ? true : length(self.roles) == 1}",
                            error_message=(
                                f"The service-linked role {policy_documents.ROLE_NAME} does not "
                                "exist in this account: deploy with role mode 'create' (or "
                                "'adopt' once KMS has created it)."
                            ),
                        )
                    ]
                ),
            )
            self.resource = roles
            if not depends_on:  # a read the team orders itself is left as it is
                _order_role_read(stack_of(self), roles)
            condition_lost_in_hcl(stack_of(self), roles, "postcondition")
            return
        role = ResourceManagerServiceLinkedRole(
            self,
            "Resource",
            service_name=policy_documents.SERVICE_NAME,
            depends_on=list(depends_on) or None,
            lifecycle=TerraformResourceLifecycle(prevent_destroy=prevent_destroy),
        )
        if self.mode is RoleMode.ADOPT:
            role.import_from(IMPORT_ID)
            require_terraform(self, IMPORT_AND_CHECK)
        self.resource = role
        _note_role(stack_of(self), self)

    @property
    def arn(self) -> str:
        """ARN of the role (a reference)."""
        if self.mode is RoleMode.REFERENCE:
            return self.resource.roles.get(0).arn
        return self.resource.arn


def carry_check_while_preparing(role: KeyStoreServiceLinkedRole, check: Callable[[], None]) -> None:
    """Run ``check`` once while cdktf prepares the role's stack (before anything is written).

    The role's fixed name (service name, or the read's name pattern) becomes a
    lazy value that gives the same text; checks given later run with the first.
    """
    checks: list[Callable[[], None]] | None = role.__dict__.get(_CARRIED)
    if checks is not None:
        checks.append(check)
        return
    checks = role.__dict__[_CARRIED] = [check]

    def run_each() -> None:
        for each in checks:
            each()

    resource: Any = role.resource
    if role.mode is RoleMode.REFERENCE:
        resource.name_regex = checked_while_preparing(
            f"^{policy_documents.ROLE_NAME}$", run_each, role
        )
    else:
        resource.service_name = checked_while_preparing(
            policy_documents.SERVICE_NAME, run_each, role
        )


_CARRIED = "_kms_keystore_checks_carried"
"""On a role: the checks its lazy name runs while cdktf prepares."""
_ROLE_MADE = "_kms_keystore_role_made"
"""On a stack: the construct that creates or adopts the service-linked role in it."""
STORE_ROLE = "_kms_keystore_store_role"
"""On a key store whose role this is: a second creator is told of the store's props."""
_ROLE_READERS = "_kms_keystore_role_readers"
"""On a stack: the role reads made before the role was declared in it."""


def _order_role_read(stack: Construct, read: Any) -> None:
    """Make ``read`` (of the role) wait for the role created or adopted in ``stack``, if any.

    Terraform reads a data source at plan time unless it depends on something
    the plan changes: a read before the role this very plan creates would find
    none, and its postcondition would fail the plan of a fresh account. A key
    store, an ``AccountStack`` or a team may declare that role, before or after.
    """
    made = stack.__dict__.get(_ROLE_MADE)
    if made is not None:
        read.depends_on = [_address(made.resource)]
    else:
        stack.__dict__.setdefault(_ROLE_READERS, []).append(read)


def _note_role(stack: Construct, made: KeyStoreServiceLinkedRole) -> None:
    """Note ``made`` as the role of ``stack``; the reads made before it wait for it.

    The account has one service-linked role: a second construct creating or
    adopting it in the stack would fail at apply (``EntityAlreadyExists.Role``),
    or import it twice.
    """
    first = stack.__dict__.get(_ROLE_MADE)
    if first is not None:
        parent = made.node.scope
        if parent is not None and "account_objects" in recorded_fields(parent):
            return  # a store refused for declaring the account objects twice already
        made_by_store = parent is not None and STORE_ROLE in parent.__dict__
        target, field = (parent, "role_mode") if made_by_store else (made, "mode")
        instead = "'reference' (or account_objects=False)" if made_by_store else "'reference'"
        check = checker_for(target)
        check.fail(
            field,
            made.mode.value,
            f"{instead}: the service-linked role is {_DONE[first.mode]} in this stack "
            f"already (by {visible_path(first.node.path)}), and an account has one",
        )
        report(target, check)
        return
    stack.__dict__[_ROLE_MADE] = made
    for read in stack.__dict__.pop(_ROLE_READERS, ()):
        read.depends_on = [_address(made.resource)]


def _address(resource: Any) -> str:
    """``type.name``, as Terraform's ``depends_on`` takes it (``fqn`` would write ``${...}``).

    A lazy value, read when the stack is written: a team may still rename the
    resource (``override_logical_id``) after it is made.
    """
    from .framework.cdk import Lazy

    return Lazy.string_value(_Address(resource))  # type: ignore[no-any-return]


@jsii.implements(IStringProducer)
class _Address:
    """Produces a resource's ``type.name`` when the stack is written."""

    def __init__(self, resource: Any) -> None:
        self._resource = resource

    def produce(self, context: Any) -> str:
        """``type.name`` of the resource, with its logical ID as it is now."""
        resource = self._resource
        return f"{resource.terraform_resource_type}.{resource.friendly_unique_id}"
