"""The deployment model: the frozen, validated settings one deployment is built from."""

from __future__ import annotations

from dataclasses import field

from ..core import rules
from ..core.key_specs import (
    ApplicationSpec,
    KeySpec,
    SecretSpec,
)
from ..core.patterns import lazy_pattern
from ..core.problems import Checker
from ..core.records import Record, record
from ..core.specs import (
    CreatorPolicySpec,
    ExistingNetworkSpec,
    GuardMode,
    InstanceSpec,
    NewNetworkSpec,
    RoleMode,
)

DEFAULT_REGION = "cn-hangzhou"
LAYOUTS = ("single", "split")
CONTEXT_ENV = "CDKTF_CONTEXT_JSON"
_CDKTF_INTERNAL_KEYS = ("cdktfRelativeModules", "cdktfVersion", "cdktfStaticModuleAssetHash")


_ROLE_ARN = lazy_pattern(r"acs:ram::[0-9]+:role/[A-Za-z0-9._@/-]{1,64}")
_SESSION_NAME = lazy_pattern(r"[A-Za-z0-9._@-]{2,64}")


@record
class AssumeRoleSpec(Record):
    """A RAM role the provider assumes (STS) with the caller's own credentials."""

    role_arn: str
    """ARN of the role, ``acs:ram::<account>:role/<name>``."""
    session_name: str | None = None
    """Session name shown in ActionTrail (2-64 of letters, digits, ``._@-``)."""
    session_expiration: int | None = None
    """Session length in seconds, 900-43200."""

    def validate(self, check: Checker) -> None:
        """Record problems."""
        if not isinstance(self.role_arn, str) or not _ROLE_ARN.fullmatch(self.role_arn):
            check.fail("role_arn", self.role_arn, "an ARN like 'acs:ram::1234567890123456:role/x'")
        if self.session_name is not None and not (
            isinstance(self.session_name, str) and _SESSION_NAME.fullmatch(self.session_name)
        ):
            check.fail("session_name", self.session_name, "2-64 of letters, digits, '._@-'")
        if self.session_expiration is not None:
            check.in_range("session_expiration", self.session_expiration, 900, 43200)


BACKEND_TYPES = ("local", "oss", "cloud")
_OSS_BUCKET = lazy_pattern(r"[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")
_OSS_PREFIX = lazy_pattern(r"[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*")
"""An OSS folder: segments of ASCII letters, digits and ``._-``, joined by ``/``."""
_TABLESTORE_ENDPOINT = lazy_pattern(r"https?://[a-z0-9][a-z0-9.-]{0,252}[a-z0-9](:[0-9]{1,5})?")
_TABLESTORE_TABLE = lazy_pattern(r"[A-Za-z_][A-Za-z0-9_]{0,254}")
_HCP_NAME = lazy_pattern(r"[A-Za-z0-9_-]{1,90}")
"""HCP Terraform organization names and workspace-name parts: letters, digits, ``_`` and ``-``."""
_OSS_ONLY = ("bucket", "region", "tablestore_endpoint", "tablestore_table")
_CLOUD_ONLY = ("organization",)


@record
class BackendSpec(Record):
    """Where a deployment keeps its state: local (default), OSS, or HCP Terraform."""

    type: str = "local"
    """``local``, ``oss`` or ``cloud``."""
    bucket: str | None = None
    """OSS bucket (oss)."""
    prefix: str = "kms-keystore"
    """Folder in the bucket (oss); the state file is ``<prefix>/<stack>.tfstate``."""
    region: str | None = None
    """Region of the bucket (oss); default: the deployment's region."""
    tablestore_endpoint: str | None = None
    """Tablestore endpoint for state locking (oss)."""
    tablestore_table: str | None = None
    """Tablestore table for state locking (oss)."""
    encrypt: bool = True
    """Server-side encryption of the state object (oss); on by default."""
    organization: str | None = None
    """HCP Terraform organization (cloud)."""
    workspace_prefix: str = ""
    """Prefix of the HCP Terraform workspace name; the stack name follows (cloud)."""

    def validate(self, check: Checker) -> None:
        """Record problems.

        Terraform evaluates nothing in backend settings, so every value reaches the
        backend as written: each is checked against the characters its service
        takes, and a setting the chosen type ignores is refused, not dropped.
        """
        check.one_of("type", self.type, BACKEND_TYPES)
        self._refuse_ignored(check)
        if self.type == "oss":
            if not isinstance(self.prefix, str) or not _OSS_PREFIX.fullmatch(self.prefix):
                check.fail(
                    "prefix",
                    self.prefix,
                    "an OSS folder: segments of ASCII letters, digits, '.', '_' and '-' "
                    "joined by '/' (Terraform writes it to the backend as given)",
                )
            for name, pattern, allowed in (
                ("tablestore_endpoint", _TABLESTORE_ENDPOINT, "an https:// Tablestore endpoint"),
                ("tablestore_table", _TABLESTORE_TABLE, "a Tablestore table name (a-z, 0-9, _)"),
            ):
                value = getattr(self, name)
                if value is not None and (
                    not isinstance(value, str) or not pattern.fullmatch(value)
                ):
                    check.fail(name, value, f"{allowed}; a blank one turns locking off silently")
            if not isinstance(self.bucket, str) or not _OSS_BUCKET.fullmatch(self.bucket):
                check.fail("bucket", self.bucket, "an OSS bucket name: 3-63 of a-z, 0-9 and '-'")
            if (self.tablestore_endpoint is None) != (self.tablestore_table is None):
                check.fail(
                    "tablestore_table",
                    self.tablestore_table,
                    "given together with tablestore_endpoint (both, for locking, or neither)",
                )
            if self.region is not None:
                rules.check_region(check, "region", self.region)
            if self.encrypt is not True:
                check.fail("encrypt", self.encrypt, "true: the state holds resource IDs and ARNs")
        if self.type == "cloud":
            if not isinstance(self.organization, str) or not _HCP_NAME.fullmatch(self.organization):
                check.fail(
                    "organization",
                    self.organization,
                    "the HCP Terraform organization name (letters, digits, '_', '-')",
                )
            prefix = self.workspace_prefix
            if not isinstance(prefix, str) or (prefix and not _HCP_NAME.fullmatch(prefix)):
                check.fail(
                    "workspace_prefix",
                    self.workspace_prefix,
                    "letters, digits, '_' and '-' (HCP Terraform workspace names)",
                )

    def _refuse_ignored(self, check: Checker) -> None:
        """Settings of another backend type do nothing: name them instead of dropping them."""
        ignored = [n for n in _OSS_ONLY if self.type != "oss" and getattr(self, n) is not None]
        if self.type != "oss" and self.prefix != BackendSpec.prefix:
            ignored.append("prefix")
        if self.type != "oss" and self.encrypt is not True:
            ignored.append("encrypt")
        ignored += [n for n in _CLOUD_ONLY if self.type != "cloud" and getattr(self, n) is not None]
        if self.type != "cloud" and self.workspace_prefix:
            ignored.append("workspace_prefix")
        for name in ignored:
            check.fail(
                name,
                getattr(self, name),
                f"unset: a {self.type} backend ignores it (it applies to "
                f"{'cloud' if name in (*_CLOUD_ONLY, 'workspace_prefix') else 'oss'} only)",
            )


@record
class SuppressionSpec(Record):
    """A guardrail rule waived for one construct (and everything below it)."""

    path: str
    """Construct path, such as ``kms-keystore/Instance``."""
    rule: str
    """Rule ID, such as ``KS-KMS-4``."""
    reason: str
    """Why; at least 20 characters, recorded in the synthesized JSON."""


@record
class DeployersSpec(Record):
    """RAM principals who run ``cdktf deploy`` on the regional stacks of the account.

    The account stack grants them one custom policy with exactly the actions the
    provider calls for those stacks (:mod:`.deployer_policy`).
    """

    name: str = "KmsKeyStoreDeployer"
    """RAM policy name (1-128 letters, digits, hyphens)."""
    users: tuple[str, ...] = ()
    """RAM user names."""
    groups: tuple[str, ...] = ()
    """RAM group names."""
    roles: tuple[str, ...] = ()
    """RAM role names."""

    def validate(self, check: Checker) -> None:
        """Record name and principal problems."""
        rules.check_ram_policy_name(check, "name", self.name)
        for kind, names in (("users", self.users), ("groups", self.groups), ("roles", self.roles)):
            for index, name in enumerate(names):
                rules.check_ram_principal_name(check, f"{kind}[{index}]", name)
                if name in names[:index]:
                    check.fail(f"{kind}[{index}]", name, f"a name not listed before in {kind}")


@record
class AccountStackSpec(Record):
    """Settings of the account stack; unset fields follow the deployment's own."""

    name: str | None = None
    """Stack name; default ``<first deployment of the account>-account``."""
    region: str | None = None
    """Provider region (RAM is global); default the first deployment's region."""
    profile: str | None = None
    """CLI profile of the administrator who applies it; default the deployment's."""
    assume_role: AssumeRoleSpec | None = None
    """Role the administrator's provider assumes; default the deployment's."""
    backend: BackendSpec | None = None
    """Where its state is kept; default the deployment's backend."""
    deployers: DeployersSpec | None = None
    """Principals to grant the regional stacks' deployer policy; none by default."""


@record
class DeploymentConfig(Record):
    """One key store deployment, fully validated."""

    name: str = "kms-keystore"
    """Stack name (the regional stack in the split layout)."""
    region: str = DEFAULT_REGION
    """Region of the deployment."""
    profile: str | None = None
    """Alibaba Cloud CLI profile for the provider; else credentials come from the environment."""
    assume_role: AssumeRoleSpec | None = None
    """A role the provider assumes; credentials themselves never enter the configuration."""
    backend: BackendSpec = field(default_factory=BackendSpec)
    """Where state is kept."""
    layout: str = "single"
    """``single`` stack, or ``split`` into an account stack and a regional key store stack."""
    account: str | None = None
    """Label of the Alibaba Cloud account; default inferred from the credentials settings."""
    account_stack: AccountStackSpec = field(default_factory=AccountStackSpec)
    """Name, region, credentials, backend and deployers of the account stack (split layout)."""
    role_mode: RoleMode = RoleMode.CREATE
    """How the service-linked role is handled."""
    guard_mode: GuardMode = GuardMode.CHECK
    """How drift of the system policy is reported."""
    creator_policy: CreatorPolicySpec = field(default_factory=CreatorPolicySpec)
    """The creator policy and its principals."""
    network: NewNetworkSpec | ExistingNetworkSpec = field(default_factory=NewNetworkSpec)
    """The instance's network."""
    instance: InstanceSpec = field(default_factory=InstanceSpec)
    """The KMS instance."""
    keys: tuple[KeySpec, ...] = ()
    """Keys in the instance."""
    secrets: tuple[SecretSpec, ...] = ()
    """Secrets in the instance."""
    applications: tuple[ApplicationSpec, ...] = ()
    """Applications that reach the instance."""
    suppressions: tuple[SuppressionSpec, ...] = ()
    """Guardrail rules waived, with reasons."""


# --- The configuration, declared once (see fields.py): parser, schema and table of keys ---
