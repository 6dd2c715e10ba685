"""The service-linked role AliyunServiceRoleForKMSKeyStore, created, adopted or referenced."""

from __future__ import annotations

from constructs import Construct

from .core import policy_documents, rules
from .core.rules import Listed
from .core.specs import RoleMode
from .core.terraform_requirements import IMPORT_AND_CHECK
from .framework.cdk import (
    ITerraformDependable,
    Postcondition,
    ResourceManagerServiceLinkedRole,
    TerraformResourceLifecycle,
)
from .framework.terraform_version import remember_stack, require_terraform
from .framework.validation import (
    DEPENDABLE,
    DEPENDABLE_KINDS,
    DeclaredWhenBuilt,
    checker_for,
    declared_when_built,
    report,
)

IMPORT_ID = f"{policy_documents.SERVICE_NAME}:{policy_documents.ROLE_NAME}"
"""Import ID of the role: ``<service_name>:<role_name>``."""


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
        :param depends_on: what must exist before the role is created (create, adopt).
        :param prevent_destroy: Terraform ``prevent_destroy`` on the role (default on).
        """
        super().__init__(scope, id)
        remember_stack(self, scope)
        check = checker_for(self)
        check.one_of("mode", mode, [m.value for m in RoleMode])
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

    @property
    def arn(self) -> str:
        """ARN of the role (a reference)."""
        if self.mode is RoleMode.REFERENCE:
            return self.resource.roles.get(0).arn
        return self.resource.arn
