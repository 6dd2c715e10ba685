"""Stacks that compose the key store: one stack, or permissions and key store apart."""

from __future__ import annotations

from typing import Protocol, TypeVar

from constructs import Construct

from .access import ApplicationAccess
from .cdk import (
    AlicloudProvider,
    AlicloudProviderAssumeRole,
    CloudBackend,
    ITerraformDependable,
    LocalBackend,
    NamedCloudWorkspace,
    OssBackend,
    TerraformOutput,
    TerraformStack,
)
from .core.config import AssumeRoleSpec, BackendSpec, DeploymentConfig
from .core.specs import NewNetworkSpec
from .creator_policy import ServiceLinkedRoleCreatorPolicy
from .guardrails import apply_guardrails
from .instance import KeyStoreInstance
from .keys import KeyStoreKey
from .network import KeyStoreNetwork
from .secrets import KeyStoreSecret
from .service_linked_role import KeyStoreServiceLinkedRole
from .system_policy_guard import SystemPolicyDriftGuard
from .validation import built, checker_for, report


class _HasName(Protocol):
    name: str


Named = TypeVar("Named", bound=_HasName)


class AlicloudStack(TerraformStack):
    """A stack with the alicloud provider and a local backend at a relative path.

    Credentials never appear in the configuration: the provider reads them from
    the environment (``ALIBABA_CLOUD_ACCESS_KEY_ID`` and friends) or, when
    ``profile`` is given, from that Alibaba Cloud CLI profile, optionally assuming
    a RAM role. The state file is
    ``terraform.<stack>.tfstate`` in the project directory, written as a path
    relative to ``cdktf.out/stacks/<stack>`` so that no machine path is synthesized.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        region: str,
        profile: str | None = None,
        assume_role: AssumeRoleSpec | None = None,
        backend: BackendSpec | None = None,
    ) -> None:
        """Configure provider and backend.

        :param region: region for every resource of the stack.
        :param profile: optional Alibaba Cloud CLI profile name.
        :param assume_role: optional RAM role the provider assumes.
        :param backend: where state is kept; default a local file.
        """
        super().__init__(scope, id)
        self.provider = AlicloudProvider(
            self,
            "alicloud",
            region=region,
            profile=profile,
            assume_role=AlicloudProviderAssumeRole(
                role_arn=assume_role.role_arn,
                session_name=assume_role.session_name,
                session_expiration=assume_role.session_expiration,
            )
            if assume_role
            else None,
        )
        """The alicloud provider configuration."""
        _backend(self, id, backend or BackendSpec(), region)
        apply_guardrails(self)


class PermissionsStack(AlicloudStack):
    """The creator policy and its attachments, applied by an administrator."""

    def __init__(self, scope: Construct, id: str, *, config: DeploymentConfig) -> None:
        """Declare the creator policy from ``config.creator_policy``."""
        super().__init__(scope, id, **_stack_settings(config))
        self.creator_policy = _creator_policy(self, config)
        """The creator policy construct."""


class KeyStoreStack(AlicloudStack):
    """The key store: service-linked role, drift guard, network and KMS instance.

    With ``include_permissions`` (the single layout) the creator policy is part of
    this stack and the instance also depends on its attachments, so that a RAM
    user deploying the stack holds ``ram:CreateServiceLinkedRole`` before the role
    and the instance are created.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        config: DeploymentConfig,
        include_permissions: bool = True,
    ) -> None:
        """Compose the key store from ``config``."""
        super().__init__(scope, id, **_stack_settings(config))
        self.config = config
        self.creator_policy = _creator_policy(self, config) if include_permissions else None
        """The creator policy construct (single layout only)."""
        self.role = KeyStoreServiceLinkedRole(self, "ServiceLinkedRole", mode=config.role_mode)
        """The service-linked role construct."""
        self.guard = SystemPolicyDriftGuard(self, "SystemPolicyGuard", mode=config.guard_mode)
        """The drift guard on the role's system policy."""
        self.network = KeyStoreNetwork(
            self,
            "Network",
            region=config.region,
            **(
                {"new": config.network}
                if isinstance(config.network, NewNetworkSpec)
                else {"existing": config.network}
            ),
        )
        """The instance's network."""
        depends: list[ITerraformDependable] = []
        if self.creator_policy is not None:
            depends.extend(self.creator_policy.attachments)
        if built(self.role):
            depends.insert(0, self.role.resource)
        self.instance = KeyStoreInstance(
            self, "Instance", network=self.network, spec=config.instance, depends_on=depends
        )
        """The KMS instance construct."""
        _check_unique(self, "keys", [k.name for k in config.keys])
        _check_unique(self, "secrets", [s.name for s in config.secrets])
        _check_unique(self, "applications", [a.name for a in config.applications])
        self.keys: dict[str, KeyStoreKey] = {}
        """Keys by logical name."""
        for spec in _first_of_each(config.keys):
            self.keys[spec.name] = KeyStoreKey(
                self, f"Key-{spec.name}", instance=self.instance, spec=spec
            )
        self.secrets: dict[str, KeyStoreSecret] = {}
        """Secrets by name."""
        for secret in _first_of_each(config.secrets):
            self.secrets[secret.name] = KeyStoreSecret(
                self,
                f"Secret-{secret.name}",
                instance=self.instance,
                keys=self.keys,
                spec=secret,
            )
        self.applications = [
            ApplicationAccess(
                self,
                f"App-{app.name}",
                instance=self.instance,
                spec=app,
                keys=self.keys,
                secrets=self.secrets,
            )
            for app in _first_of_each(config.applications)
        ]
        """One access path per application."""
        if built(self.instance):
            TerraformOutput(self, "instance_id", value=self.instance.instance_id)
            TerraformOutput(self, "service_linked_role_name", value=self.role.role_name)


def _stack_settings(config: DeploymentConfig) -> dict[str, object]:
    """Provider and backend settings of a deployment, as :class:`AlicloudStack` takes them."""
    return {
        "region": config.region,
        "profile": config.profile,
        "assume_role": config.assume_role,
        "backend": config.backend,
    }


def _backend(stack: TerraformStack, id: str, spec: BackendSpec, region: str) -> None:
    """Local state at a relative path, OSS state with locking and encryption, or HCP Terraform."""
    if spec.type == "oss":
        OssBackend(
            stack,
            bucket=spec.bucket or "",
            prefix=spec.prefix,
            key=f"{id}.tfstate",
            region=spec.region or region,
            tablestore_endpoint=spec.tablestore_endpoint,
            tablestore_table=spec.tablestore_table,
            encrypt=spec.encrypt,
            acl="private",
        )
    elif spec.type == "cloud":
        CloudBackend(
            stack,
            organization=spec.organization or "",
            workspaces=NamedCloudWorkspace(f"{spec.workspace_prefix}{id}"),
        )
    else:
        LocalBackend(stack, path=f"../../../terraform.{id}.tfstate")


def _check_unique(stack: TerraformStack, field: str, names: list[str]) -> None:
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        check = checker_for(stack)
        check.fail(field, duplicates, "each name at most once")
        report(stack, check)


def _first_of_each(specs: tuple[Named, ...]) -> list[Named]:
    """The first spec of each name (later duplicates are reported by ``_check_unique``)."""
    first: dict[str, Named] = {}
    for spec in specs:
        first.setdefault(spec.name, spec)
    return list(first.values())


def _creator_policy(scope: Construct, config: DeploymentConfig) -> ServiceLinkedRoleCreatorPolicy:
    spec = config.creator_policy
    return ServiceLinkedRoleCreatorPolicy(
        scope,
        "CreatorPolicy",
        policy_name=spec.name,
        description=spec.description,
        users=spec.users,
        groups=spec.groups,
        roles=spec.roles,
    )


def add_deployment(scope: Construct, config: DeploymentConfig) -> list[TerraformStack]:
    """Add the stacks of one deployment to ``scope`` (an App), in apply order."""
    if config.layout == "split":
        permissions = PermissionsStack(scope, f"{config.name}-permissions", config=config)
        keystore = KeyStoreStack(scope, config.name, config=config, include_permissions=False)
        keystore.add_dependency(permissions)
        return [permissions, keystore]
    return [KeyStoreStack(scope, config.name, config=config)]
