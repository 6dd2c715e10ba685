"""The app's configuration: cdktf context (a JSON object) turned into validated specs.

The keys are declared once, in the :class:`~.fields.Section` tables below; the
parser, the JSON Schema (``schema/``) and the README table come from them.
Unknown keys are errors, so a typo never silently falls back to a default. All
problems are collected and raised together, each named by the path the user
wrote (``deployments[1].instance.keyNum``).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import rules
from .account_scope import AccountStackSpec, DeployersSpec, group_by_account
from .fields import ConfigChecker, Field, Section, attribute_keys, read_values
from .instance_lifecycle import (
    ADOPT_NEEDS_EXISTING_NETWORK,
    ADOPT_UNSET_ARGUMENTS,
    REFERENCE_TAKES_NO_NETWORK,
    SUBSCRIPTION_ARGUMENTS,
    InstanceMode,
)
from .key_specs import (
    ENCRYPT,
    KEY_SPECS,
    ORIGINS,
    PROTECTION_LEVELS,
    SIGN,
    ApplicationSpec,
    KeySpec,
    SecretSpec,
)
from .problems import Checker, ConfigError, ConfigProblem
from .specs import (
    BindVpcSpec,
    CreatorPolicySpec,
    ExistingNetworkSpec,
    GuardMode,
    InstanceSpec,
    NewNetworkSpec,
    RoleMode,
    VSwitchSpec,
)

DEFAULT_REGION = "cn-hangzhou"
LAYOUTS = ("single", "split")
CONTEXT_ENV = "CDKTF_CONTEXT_JSON"
_CDKTF_INTERNAL_KEYS = ("cdktfRelativeModules", "cdktfVersion", "cdktfStaticModuleAssetHash")


_ROLE_ARN = re.compile(r"acs:ram::[0-9]+:role/[A-Za-z0-9._@/-]{1,64}")
_SESSION_NAME = re.compile(r"[A-Za-z0-9._@-]{2,64}")


@dataclass(frozen=True)
class AssumeRoleSpec:
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
        if self.session_name is not None and not _SESSION_NAME.fullmatch(self.session_name):
            check.fail("session_name", self.session_name, "2-64 of letters, digits, '._@-'")
        if self.session_expiration is not None:
            check.in_range("session_expiration", self.session_expiration, 900, 43200)


BACKEND_TYPES = ("local", "oss", "cloud")
_OSS_BUCKET = re.compile(r"[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")


@dataclass(frozen=True)
class BackendSpec:
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
        """Record problems."""
        check.one_of("type", self.type, BACKEND_TYPES)
        if self.type == "oss":
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
        if self.type == "cloud" and not self.organization:
            check.fail("organization", self.organization, "the HCP Terraform organization name")


@dataclass(frozen=True)
class SuppressionSpec:
    """A guardrail rule waived for one construct (and everything below it)."""

    path: str
    """Construct path, such as ``kms-keystore/Instance``."""
    rule: str
    """Rule ID, such as ``KS-KMS-4``."""
    reason: str
    """Why; at least 20 characters, recorded in the synthesized JSON."""


@dataclass(frozen=True)
class DeploymentConfig:
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


# --- The configuration, declared once (see fields.py): parser, schema and README table ---

_NAME_HINT = {"pattern": "^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5._-]{1,127}$"}
_TAGS_DOC = "tags: up to 20, keys of 1-128 characters not starting with 'aliyun' or 'acs:'"

ASSUME_ROLE = Section(
    "assumeRole",
    "A RAM role the provider assumes with the caller's own credentials.",
    (
        Field("roleArn", "string", "ARN `acs:ram::<account>:role/<name>`", required=True),
        Field("sessionName", "string", "session name shown in ActionTrail", nullable=True),
        Field(
            "sessionExpiration",
            "integer",
            "session length in seconds, 900-43200",
            nullable=True,
            hints={"minimum": 900, "maximum": 43200},
        ),
    ),
    AssumeRoleSpec,
)

BACKEND = Section(
    "backend",
    "Where a deployment keeps its Terraform state.",
    (
        Field("type", "string", "`local`, `oss` or `cloud`", required=True, choices=BACKEND_TYPES),
        Field("bucket", "string", "OSS bucket (oss)", nullable=True),
        Field("prefix", "string", "folder in the bucket; state is `<prefix>/<stack>.tfstate`"),
        Field(
            "region",
            "string",
            "region of the bucket (oss); default the deployment's",
            nullable=True,
        ),
        Field(
            "tablestoreEndpoint", "string", "Tablestore endpoint for locking (oss)", nullable=True
        ),
        Field("tablestoreTable", "string", "Tablestore table for locking (oss)", nullable=True),
        Field("encrypt", "boolean", "server-side encryption of the state (oss); must stay true"),
        Field("organization", "string", "HCP Terraform organization (cloud)", nullable=True),
        Field("workspacePrefix", "string", "prefix of the workspace name; the stack name follows"),
    ),
    BackendSpec,
)

CREATOR_POLICY = Section(
    "creatorPolicy",
    "The policy that lets RAM principals create the key store's service-linked role.",
    (
        Field("name", "string", "RAM policy name, 1-128 letters, digits, hyphens"),
        Field(
            "description",
            "string",
            "RAM policy description, at most 1024 characters",
            default="what it allows",
        ),
        Field("users", "strings", "RAM user names to attach the policy to"),
        Field("groups", "strings", "RAM group names to attach the policy to"),
        Field("roles", "strings", "RAM role names to attach the policy to"),
    ),
    CreatorPolicySpec,
)

_ZONES_DOC = "the instance's two zones (`cn-hangzhou-k`; outside mainland China `ap-southeast-1a`)"

VSWITCH = Section(
    "vswitch",
    "The one vSwitch of a new network: ConnectKmsInstance takes a single vSwitch for both zones.",
    (
        Field(
            "zoneId",
            "string",
            "its zone, one of `zoneIds`",
            nullable=True,
            default="the first of `zoneIds`",
        ),
        Field("cidrBlock", "string", "CIDR block inside the VPC, /16 to /29"),
    ),
    VSwitchSpec,
)

NEW_NETWORK = Section(
    "newNetwork",
    "A new VPC with the one vSwitch the instance uses in both of its zones.",
    (
        Field("name", "string", "name prefix of the VPC and vSwitch", hints=_NAME_HINT),
        Field("vpcCidr", "string", "VPC CIDR block, RFC 1918, /8 to /28"),
        Field(
            "zoneIds",
            "strings",
            _ZONES_DOC,
            default="`cn-hangzhou-k`/`-j`, `ap-southeast-1a`/`1b` (the provider's tests)",
        ),
        Field(
            "vswitch", "object", "the vSwitch to create", section=VSWITCH, default="`10.20.1.0/24`"
        ),
    ),
    NewNetworkSpec,
)

EXISTING_NETWORK = Section(
    "existingNetwork",
    "An existing VPC and the one vSwitch the instance uses (chosen by giving `vpcId`).",
    (
        Field("vpcId", "string", "ID of the existing VPC", required=True),
        Field(
            "vswitchId", "string", "ID of a vSwitch in that VPC, in one of the zones", required=True
        ),
        Field("zoneIds", "strings", _ZONES_DOC, required=True),
        Field(
            "vswitchZone", "string", "zone of the vSwitch, checked against `zoneIds`", nullable=True
        ),
    ),
    ExistingNetworkSpec,
    marker="vpcId",
)

BIND_VPC = Section(
    "bindVpc",
    "Another VPC that may reach the instance.",
    (
        Field("vpcId", "string", "ID of the VPC", required=True),
        Field("vswitchId", "string", "ID of a vSwitch in it", required=True),
        Field("regionId", "string", "its region", required=True),
        Field("vpcOwnerId", "string", "owning account ID, when another account", nullable=True),
    ),
    BindVpcSpec,
)


DEPLOYERS = Section(
    "deployers",
    "RAM principals who deploy the regional stacks; the account stack grants them their policy.",
    (
        Field("name", "string", "RAM policy name, 1-128 letters, digits, hyphens"),
        Field("users", "strings", "RAM user names"),
        Field("groups", "strings", "RAM group names"),
        Field("roles", "strings", "RAM role names"),
    ),
    DeployersSpec,
)

ACCOUNT_STACK = Section(
    "accountStack",
    "The account stack: creator policy, service-linked role and drift guard of one account.",
    (
        Field("name", "string", "stack name", nullable=True, hints=_NAME_HINT),
        Field("region", "string", "provider region (RAM is global)", nullable=True),
        Field(
            "profile", "string", "CLI profile of the administrator who applies it", nullable=True
        ),
        Field(
            "assumeRole",
            "object",
            "a RAM role the administrator's provider assumes",
            section=ASSUME_ROLE,
            nullable=True,
        ),
        Field("backend", "object", "where its state is kept", section=BACKEND, nullable=True),
        Field(
            "deployers",
            "object",
            "principals granted the regional stacks' deployer policy",
            section=DEPLOYERS,
            nullable=True,
        ),
    ),
    AccountStackSpec,
)


def _instance_spec(**values: Any) -> InstanceSpec:
    """A PayAsYouGo instance has no period, quotas or renewal unless they are given.

    An adopted one keeps its edition, billing and quotas unless they are given.
    """
    if values.get("mode") == InstanceMode.ADOPT:
        for attr in ADOPT_UNSET_ARGUMENTS:
            values.setdefault(attr, None)
    elif values.get("payment_type") == "PayAsYouGo":
        for attr in SUBSCRIPTION_ARGUMENTS:
            values.setdefault(attr, None)
    return InstanceSpec(**values)


def _range(low: int, high: int) -> dict[str, int]:
    return {"minimum": low, "maximum": high}


def _enum(values: Any) -> dict[str, list[Any]]:
    """A JSON Schema ``enum`` for editors (the spec's ``validate`` checks the same values)."""
    return {"enum": list(values)}


INSTANCE = Section(
    "instance",
    "The KMS instance; defaults: software edition bought by Terraform, Subscription, "
    "auto-renewal. With mode adopt, edition, billing and quota fields not given are left "
    "as the instance has them.",
    (
        Field("name", "string", "instance name", hints=_NAME_HINT),
        Field(
            "mode",
            "string",
            "`create` (Terraform buys it), `adopt` (import by ID) or `reference` (read by ID)",
            choices=tuple(m.value for m in InstanceMode),
        ),
        Field(
            "id",
            "string",
            "ID of the existing instance (`kst-...`), for adopt and reference",
            attr="instance_id",
            nullable=True,
        ),
        Field(
            "idVariable",
            "string",
            "name of a Terraform variable holding that ID, instead of `id`",
            nullable=True,
        ),
        Field(
            "productVersion",
            "string",
            '`"3"` software or `"5"` hardware (HSM; adopt or reference only)',
            hints=_enum(rules.PRODUCT_VERSIONS),
        ),
        Field(
            "paymentType",
            "string",
            "`Subscription` or `PayAsYouGo` (replaces the instance)",
            hints=_enum(rules.PAYMENT_TYPES),
        ),
        Field(
            "period",
            "integer",
            "months: 0, 1, 2, 3, 6, 12, 24 or 36 (Subscription)",
            nullable=True,
            hints=_enum(rules.PERIODS),
        ),
        Field(
            "spec",
            "integer",
            "performance: 0, 200, 1000, 2000 or 4000 (Subscription)",
            nullable=True,
            hints=_enum(rules.SPECS),
        ),
        Field(
            "keyNum",
            "integer",
            "key quota, 100-100000 (Subscription); at least the keys declared",
            nullable=True,
            hints=_range(*rules.KEY_NUM_RANGE),
        ),
        Field(
            "secretNum",
            "integer",
            "secret quota, 0-100000 (Subscription); at least the secrets declared",
            nullable=True,
            hints=_range(*rules.SECRET_NUM_RANGE),
        ),
        Field(
            "vpcNum",
            "integer",
            "VPC quota, 0-10000 (Subscription); at least 1 + `bindVpcs`",
            nullable=True,
            hints=_range(*rules.VPC_NUM_RANGE),
        ),
        Field(
            "renewStatus",
            "string",
            "`AutoRenewal` or `ManualRenewal`",
            nullable=True,
            hints=_enum(rules.RENEW_STATUSES),
        ),
        Field("renewPeriod", "integer", "renewal length, 1-36 for AutoRenewal", nullable=True),
        Field(
            "renewalPeriodUnit",
            "string",
            "`M` (months) or `Y` (years)",
            nullable=True,
            hints=_enum(rules.RENEWAL_PERIOD_UNITS),
        ),
        Field(
            "log",
            "string",
            '`"1"` log on, `"0"` off; unset: KMS default',
            nullable=True,
            hints=_enum(("0", "1")),
        ),
        Field(
            "logStorage",
            "integer",
            "log storage in GB, 0-500000",
            nullable=True,
            hints=_range(*rules.LOG_STORAGE_RANGE),
        ),
        Field("deletionProtection", "boolean", "refuse deletion through the API"),
        Field("preventDestroy", "boolean", "Terraform `prevent_destroy`"),
        Field(
            "forceDeleteWithoutBackup", "boolean", "delete without backup on destroy", nullable=True
        ),
        Field("bindVpcs", "objects", "further VPCs that may reach the instance", section=BIND_VPC),
        Field("tags", "tags", _TAGS_DOC),
    ),
    _instance_spec,
    spec=InstanceSpec,
)

KEY = Section(
    "key",
    "A key in the instance.",
    (
        Field("name", "string", "logical name (lowercase, digits, `-`)", required=True),
        Field(
            "keySpec",
            "string",
            "KMS key spec, such as `Aliyun_AES_256` or `RSA_2048`",
            hints=_enum(KEY_SPECS),
        ),
        Field(
            "keyUsage",
            "string",
            "`ENCRYPT/DECRYPT` or `SIGN/VERIFY`",
            nullable=True,
            hints=_enum((ENCRYPT, SIGN)),
        ),
        Field("origin", "string", "`Aliyun_KMS` or `EXTERNAL`", hints=_enum(ORIGINS)),
        Field(
            "protectionLevel",
            "string",
            "`HSM` or `SOFTWARE`; default the edition's",
            nullable=True,
            hints=_enum(PROTECTION_LEVELS),
        ),
        Field(
            "automaticRotation", "boolean", "default: on where the key can rotate", nullable=True
        ),
        Field("rotationInterval", "string", "7-365 days: `365d` or seconds like `604800s`"),
        Field("deletionProtection", "boolean", "refuse deletion through the API"),
        Field("preventDestroy", "boolean", "Terraform `prevent_destroy`"),
        Field("pendingWindowInDays", "integer", "days before a scheduled deletion, 7-366"),
        Field("description", "string", "description, at most 8192 characters"),
        Field("aliases", "strings", "aliases such as `alias/payments`"),
        Field("tags", "tags", _TAGS_DOC),
    ),
    KeySpec,
)

SECRET = Section(
    "secret",
    "A secret in the instance; its value comes from a sensitive Terraform variable.",
    (
        Field("name", "string", "secret name in KMS", required=True),
        Field("encryptionKey", "string", "logical name of a symmetric key", required=True),
        Field("dataVariable", "string", "variable with the value", nullable=True),
        Field("versionId", "string", "version of the value, 1-64 characters"),
        Field("description", "string", "description, at most 1024 characters"),
        Field("recoveryWindowInDays", "integer", "days a deleted secret can be recovered, 7-30"),
        Field("tags", "tags", _TAGS_DOC),
    ),
    SecretSpec,
)

APPLICATION = Section(
    "application",
    "One application's access: these keys and secrets, from these private addresses.",
    (
        Field("name", "string", "logical name (lowercase, digits, `-`)", required=True),
        Field("sourceIps", "strings", "RFC 1918 addresses or CIDR blocks", required=True),
        Field("keys", "strings", "logical names of keys it may use, or `*`"),
        Field("secrets", "strings", "names of secrets it may read, or `*`"),
        Field("passwordVariable", "string", "variable with the client key password", nullable=True),
        Field(
            "privateKeyDataFile", "string", "client key file, relative to the stack", nullable=True
        ),
        Field(
            "notBefore", "string", "start of the client key's validity (RFC 3339)", nullable=True
        ),
        Field("notAfter", "string", "end of the client key's validity (RFC 3339)", nullable=True),
        Field("description", "string", "description of the generated objects"),
    ),
    ApplicationSpec,
)

SUPPRESSION = Section(
    "suppression",
    "A guardrail rule waived for one construct, with the reason.",
    (
        Field("path", "string", "construct path, such as `kms-keystore/Instance`", required=True),
        Field("rule", "string", "rule ID, such as `KS-KMS-4`", required=True),
        Field("reason", "string", "why, at least 20 characters", required=True),
    ),
    SuppressionSpec,
)

DEPLOYMENT = Section(
    "deployment",
    "One key store deployment: its stacks, provider settings and state.",
    (
        Field("name", "string", "stack name (the regional stack with `split`)", hints=_NAME_HINT),
        Field(
            "region",
            "string",
            "region of every resource; default zones exist for `cn-hangzhou` and `ap-southeast-1`",
        ),
        Field("profile", "string", "Alibaba Cloud CLI profile for the provider", nullable=True),
        Field(
            "assumeRole",
            "object",
            "a RAM role the provider assumes",
            section=ASSUME_ROLE,
            nullable=True,
        ),
        Field("backend", "object", "where state is kept", section=BACKEND, default="local"),
        Field(
            "layout",
            "string",
            "`single` stack, or `split`: one account stack per account, a regional stack each",
            choices=LAYOUTS,
        ),
        Field(
            "account",
            "string",
            "label of the account; default: from `assumeRole`'s ARN, else `profile`",
            nullable=True,
        ),
        Field(
            "accountStack",
            "object",
            "the account stack (`split`)",
            section=ACCOUNT_STACK,
            default="`<first deployment>-account`",
        ),
        Field(
            "roleMode",
            "string",
            "service-linked role: `create`, `adopt` (import) or `reference` (read only)",
            choices=tuple(m.value for m in RoleMode),
            convert=RoleMode,
        ),
        Field(
            "systemPolicyGuard",
            "string",
            "drift of the system policy: `check` warns, `postcondition` fails, `off`",
            attr="guard_mode",
            choices=tuple(m.value for m in GuardMode),
            convert=GuardMode,
        ),
        Field(
            "creatorPolicy", "object", "the creator policy", section=CREATOR_POLICY, default="below"
        ),
        Field(
            "network",
            "object",
            "a new VPC, or an existing one (give `vpcId`)",
            section=NEW_NETWORK,
            alternatives=(EXISTING_NETWORK, NEW_NETWORK),
            default="new VPC `10.20.0.0/16`",
        ),
        Field("instance", "object", "the KMS instance", section=INSTANCE, default="below"),
        Field("keys", "objects", "keys in the instance", section=KEY),
        Field("secrets", "objects", "secrets in the instance", section=SECRET),
        Field("applications", "objects", "applications and their access", section=APPLICATION),
        Field("suppressions", "objects", "guardrail rules waived", section=SUPPRESSION),
    ),
    DeploymentConfig,
)

CONFIGURATION = Section(
    "configuration",
    "Configuration of the kms-keystore app (cdktf context): one deployment, or several.",
    (
        *DEPLOYMENT.fields,
        Field(
            "deployments",
            "objects",
            "several deployments; each overrides the keys above and has its own `name`",
            section=DEPLOYMENT.require("name").renamed("deploymentEntry"),
        ),
    ),
    dict,  # never built whole: read_deployments builds each deployment
    spec=DeploymentConfig,
)
"""The whole configuration, as written in cdktf context or an example file."""

ATTRIBUTE_KEYS = attribute_keys(CONFIGURATION)
"""Spec attribute names and the configuration keys they are written as, where they differ."""


def read_context(project_dir: Path, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Context as cdktf would give it: ``cdktf.json``'s ``"context"``, then ``CDKTF_CONTEXT_JSON``.

    ``python main.py`` run alone does not get the file's context from cdktf, so
    it is read here; the environment variable wins key by key. A file or variable
    that is not strict JSON (a byte order mark, ``NaN``, a key given twice, nesting
    too deep to read) is a configuration problem like any other.
    """
    environ = os.environ if environ is None else environ
    merged: dict[str, Any] = {}
    config_file = project_dir / "cdktf.json"
    if config_file.is_file():
        try:
            text = config_file.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise _unreadable("cdktf.json", "", f"a readable UTF-8 file ({err})") from None
        settings = _strict_json(text, "cdktf.json")
        if not isinstance(settings, dict):
            raise _unreadable("cdktf.json", settings, "a JSON object")
        context = settings.get("context", {})
        if not isinstance(context, dict):
            raise _unreadable("cdktf.json", context, 'a JSON object as "context"', "context")
        merged.update(context)
    raw = environ.get(CONTEXT_ENV)
    if raw:
        override = _strict_json(raw, CONTEXT_ENV)
        if not isinstance(override, dict):
            raise _unreadable(CONTEXT_ENV, override, "a JSON object")
        merged.update(override)
    for key in _CDKTF_INTERNAL_KEYS:
        merged.pop(key, None)
    return merged


def _unreadable(source: str, value: object, allowed: str, field: str = "") -> ConfigError:
    return ConfigError([ConfigProblem(source, field, value, allowed)])


def _strict_json(text: str, source: str) -> Any:
    """``text`` parsed as strict JSON, or a ConfigError naming ``source``."""

    def no_constants(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise ValueError(f"the key {key!r} is given twice")
            result[key] = value
        return result

    if text.startswith("\ufeff"):
        raise _unreadable(source, text[:1], "JSON without a byte order mark (save as UTF-8)")
    try:
        return json.loads(text, parse_constant=no_constants, object_pairs_hook=no_duplicates)
    except RecursionError:
        raise _unreadable(source, text[:40], "JSON nested less deeply") from None
    except ValueError as err:  # JSONDecodeError is a ValueError
        reason = err.msg if isinstance(err, json.JSONDecodeError) else str(err)
        raise _unreadable(source, text[:40], f"valid JSON ({reason})") from None


def parse_deployment(context: Mapping[str, Any], path: str = "") -> DeploymentConfig:
    """Turn context into a :class:`DeploymentConfig`; raise ConfigError listing every problem."""
    config, check = read_deployment(context, path)
    check.raise_if_any()
    return config


def read_deployment(
    context: Mapping[str, Any], path: str = ""
) -> tuple[DeploymentConfig, ConfigChecker]:
    """Like :func:`parse_deployment`, but return the problems instead of raising.

    Where a value is unusable, its default stands in, so that every further
    problem is found in the same run.
    """
    check = ConfigChecker(path, ATTRIBUTE_KEYS)
    values = read_values(check, dict(context), DEPLOYMENT)
    config = _deployment(values, {key: check for key in context}, check)
    return config, check


def read_deployments(
    context: Mapping[str, Any], path: str = "", outdir: Path = Path("cdktf.out")
) -> tuple[list[DeploymentConfig], ConfigChecker]:
    """All deployments of an app: ``deployments`` entries over the shared top-level keys.

    Without ``deployments`` the context describes one deployment. Each entry
    overrides top-level keys (shallowly) and must have its own ``name``; stack
    names of all deployments must differ. A problem in a shared key is named
    once, at the top level. ``outdir`` is where the app is synthesized (client
    key files must lie outside it).
    """
    check = ConfigChecker(path, ATTRIBUTE_KEYS)
    if not isinstance(context, Mapping):
        check.fail("", context, "a JSON object")
        return [], check
    shared = {k: v for k, v in context.items() if k != "deployments"}
    shared_values = read_values(check, shared, DEPLOYMENT)
    if "deployments" not in context:
        configs = [_deployment(shared_values, {k: check for k in shared}, check)]
        check_key_files(configs, check, outdir)
        group_by_account(configs, check)
        return configs, check
    entries = context["deployments"]
    if not isinstance(entries, list) or not entries:
        check.fail("deployments", entries, "a non-empty list of deployment objects")
        return [], check
    entry_section = CONFIGURATION.field("deployments").section
    assert entry_section is not None
    configs = []
    for index, entry in enumerate(entries):
        inner = check.child(f"deployments[{index}]")
        values = read_values(inner, entry, entry_section)
        if not isinstance(entry, dict) or not isinstance(values.get("name"), str):
            continue
        origin = {k: check for k in shared} | {k: inner for k in entry}
        config = _deployment({**shared_values, **values}, origin, inner)
        if config.name != entry.get("name"):
            # its name was reported as invalid; a distinct stand-in keeps the rest checkable
            config = dataclasses.replace(config, name=f"{DeploymentConfig.name}-{index}")
        configs.append(config)
    stacks = [n for c in configs for n in stack_names(c)]
    duplicates = sorted({n for n in stacks if stacks.count(n) > 1})
    if duplicates:
        check.fail("deployments", duplicates, "distinct stack names for every deployment")
    check_key_files(configs, check, outdir)
    group_by_account(configs, check)  # one account stack per account, names distinct
    seen: set[str] = set()
    distinct = []
    for config in configs:
        if not seen.intersection(stack_names(config)):
            distinct.append(config)
            seen.update(stack_names(config))
    return distinct, check


def _deployment(
    values: dict[str, Any], origin: Mapping[str, ConfigChecker], home: ConfigChecker
) -> DeploymentConfig:
    """Build one deployment and check every value under the path it was written at.

    ``origin`` tells, for each top-level key, the checker of the place it was
    written (the top level, or an entry of ``deployments``); ``home`` is the
    deployment's own place, for what is not written anywhere.
    """

    def at(key: str) -> ConfigChecker:
        return origin.get(key, home)

    region = values.get("region", DEFAULT_REGION)
    rules.check_region(at("region"), "region", region)
    if "name" in values:
        before = len(home.problems)
        rules.check_resource_name(at("name"), "name", values["name"])
        if len(home.problems) > before:
            values["name"] = DeploymentConfig.name  # reported; a usable stack name stands in
    config = DeploymentConfig(**values)
    validate_deployment(config, lambda spec, key: at(key.split("[")[0]).at(spec, key))
    return config


def validate_deployment(
    config: DeploymentConfig, place: Callable[[object, str], ConfigChecker]
) -> None:
    """Check every value of ``config``; ``place(spec, key)`` is where ``spec`` was written."""
    if config.assume_role is not None:
        config.assume_role.validate(place(config.assume_role, "assumeRole"))
    config.backend.validate(place(config.backend, "backend"))
    config.creator_policy.validate(place(config.creator_policy, "creatorPolicy"))
    region = config.region if rules.is_region(config.region) else None  # else reported
    config.network.validate(place(config.network, "network"), region)
    mode = config.instance.mode
    if mode == InstanceMode.REFERENCE and config.network != NewNetworkSpec():
        place(config.network, "network").fail("", "given", REFERENCE_TAKES_NO_NETWORK)
    if mode == InstanceMode.ADOPT and isinstance(config.network, NewNetworkSpec):
        place(config.network, "network").fail("", "a new network", ADOPT_NEEDS_EXISTING_NETWORK)
    _validate_account_stack(config, place)
    config.instance.validate(place(config.instance, "instance"))
    hardware = config.instance.hardware
    key_names = tuple(k.name for k in config.keys)
    secret_names = tuple(s.name for s in config.secrets)
    for index, key in enumerate(config.keys):
        key.validate(place(key, f"keys[{index}]"), hardware=hardware)
    for index, secret in enumerate(config.secrets):
        secret.validate(place(secret, f"secrets[{index}]"), key_names)
    for index, app in enumerate(config.applications):
        app.validate(place(app, f"applications[{index}]"), key_names, secret_names)
    _check_cross_references(config, place)
    for key, names in (
        ("keys", key_names),
        ("secrets", secret_names),
        ("applications", tuple(a.name for a in config.applications)),
    ):
        duplicates = sorted({n for n in names if names.count(n) > 1})
        for index, name in enumerate(names):
            if name in duplicates and names.index(name) != index:
                place(config, f"{key}[{index}]").fail("name", name, "a name not used before")


def _validate_account_stack(
    config: DeploymentConfig, place: Callable[[object, str], ConfigChecker]
) -> None:
    spec = config.account_stack
    check = place(spec, "accountStack")
    if spec.name is not None:
        rules.check_resource_name(check, "name", spec.name)
    if spec.region is not None:
        rules.check_region(check, "region", spec.region)
    if spec.assume_role is not None:
        spec.assume_role.validate(check.at(spec.assume_role, "assumeRole"))
    if spec.backend is not None:
        spec.backend.validate(check.at(spec.backend, "backend"))
    if spec.deployers is not None:
        spec.deployers.validate(check.at(spec.deployers, "deployers"))


def _check_cross_references(
    config: DeploymentConfig, place: Callable[[object, str], ConfigChecker]
) -> None:
    """What no single entry shows: key kinds, shared variables and aliases, quotas."""
    keys = {k.name: k for k in config.keys}
    for index, secret in enumerate(config.secrets):
        key = keys.get(secret.encryption_key)
        if key is not None and not key.symmetric:
            place(secret, f"secrets[{index}]").fail(
                "encryption_key",
                secret.encryption_key,
                "a symmetric key (AES or SM4): KMS encrypts secrets with symmetric keys only",
            )
    variables: dict[str, str] = {}
    owners: list[tuple[Any, str, object, str]] = []
    if config.instance.id_variable is not None:  # the instance ID's variable counts too
        owners.append((config.instance, "instance", config.instance.id_variable, "id_variable"))
    owners += [
        (s, f"secrets[{i}]", s.variable, "name" if s.data_variable is None else "data_variable")
        for i, s in enumerate(config.secrets)
    ] + [
        (
            a,
            f"applications[{i}]",
            a.password,
            "password_variable" if a.password_variable else "name",
        )
        for i, a in enumerate(config.applications)
    ]
    for spec, where, variable, field_name in owners:
        if variable in variables:
            place(spec, where).fail(
                field_name,
                getattr(spec, field_name),
                f"a distinct Terraform variable: {variable!r} is already the variable of "
                f"{variables[variable]} (names differing only in '.', '-' or '/' share one; "
                "give dataVariable or passwordVariable)",
            )
        variables.setdefault(variable, where)
    aliases: dict[str, str] = {}
    for index, key in enumerate(config.keys):
        for position, alias in enumerate(key.aliases):
            if alias in aliases and aliases[alias] != key.name:
                place(key, f"keys[{index}]").fail(
                    f"aliases[{position}]", alias, f"an alias not taken by key {aliases[alias]!r}"
                )
            aliases.setdefault(alias, key.name)
    _check_quotas(config, place)


def _check_quotas(config: DeploymentConfig, place: Callable[[object, str], ConfigChecker]) -> None:
    """Quotas of a Subscription instance cover what the deployment declares.

    The instance holds at most ``key_num`` keys, ``secret_num`` secrets and
    ``vpc_num`` VPCs (GetKmsInstance: KeyNum, SecretNum, VpcNum); its own VPC is
    the first, each bound VPC takes one more (UpdateKmsInstanceBindVpc).
    """
    instance = config.instance
    if not instance.subscription:
        return
    needed = {
        "key_num": (len(config.keys), "the keys declared"),
        "secret_num": (len(config.secrets), "the secrets declared"),
        "vpc_num": (1 + len(instance.bind_vpcs), "its own VPC and each of bindVpcs"),
    }
    for attr, (count, what) in needed.items():
        quota = getattr(instance, attr)
        if isinstance(quota, int) and not isinstance(quota, bool) and quota < count:
            place(instance, "instance").fail(attr, quota, f"at least {count}: {what}")


def check_key_files(configs: list[DeploymentConfig], check: ConfigChecker, outdir: Path) -> None:
    """Client key files: outside ``outdir`` (the next synth deletes it), one per application.

    Terraform writes each file relative to ``<outdir>/stacks/<stack>``; paths are
    compared once normalised, across every deployment of the app.
    """
    outdir = Path(os.path.normpath(outdir.absolute()))
    owners: dict[Path, str] = {}
    for config in configs:
        stack_dir = outdir / "stacks" / config.name
        for index, app in enumerate(config.applications):
            if not isinstance(app.key_file, str):
                continue
            target = Path(os.path.normpath(stack_dir / app.key_file))
            where = check.at(app, f"applications[{index}]")
            if target == outdir or outdir in target.parents:
                where.fail(
                    "private_key_data_file",
                    app.key_file,
                    f"a file outside the output directory {outdir.name}/ (the next synth "
                    "deletes it)",
                )
            elif target in owners:
                where.fail(
                    "private_key_data_file",
                    app.key_file,
                    f"a file of its own: {owners[target]} writes its client key there too",
                )
            owners.setdefault(target, f"{config.name}/{app.name}")


def stack_names(config: DeploymentConfig) -> list[str]:
    """The regional stack of one deployment (account stacks are named by account_scope)."""
    return [config.name]
