"""The configuration keys, declared once: one :class:`~.fields.Section` table per section.

The parser (:mod:`.reading`), the JSON Schema (``schema/``) and the table in
``docs/configuration.md`` are all derived from these tables.
"""

from __future__ import annotations

from typing import Any

from ..core import rules
from ..core.instance_lifecycle import (
    InstanceMode,
)
from ..core.key_specs import (
    ENCRYPT,
    KEY_SPECS,
    ORIGINS,
    PROTECTION_LEVELS,
    SIGN,
    ApplicationSpec,
    KeySpec,
    SecretSpec,
)
from ..core.specs import (
    BindVpcSpec,
    CreatorPolicySpec,
    ExistingNetworkSpec,
    GuardMode,
    InstanceSpec,
    NewNetworkSpec,
    RoleMode,
    VSwitchSpec,
)
from .fields import Field, Section, attribute_keys
from .model import (
    BACKEND_TYPES,
    LAYOUTS,
    AccountStackSpec,
    AssumeRoleSpec,
    BackendSpec,
    DeployersSpec,
    DeploymentConfig,
    SuppressionSpec,
)

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
    return InstanceSpec.given(**values)


def _range(low: int, high: int) -> dict[str, int]:
    return {"minimum": low, "maximum": high}


def _enum(values: Any) -> dict[str, list[Any]]:
    """A JSON Schema ``enum`` for editors (the spec's ``validate`` checks the same values)."""
    return {"enum": list(values)}


INSTANCE = Section(
    "instance",
    "The KMS instance; defaults: software edition bought by Terraform, Subscription, "
    "auto-renewal. With mode adopt, edition, billing and quota fields not given are left "
    "as the instance has them, and so are its name, bound VPCs and tags when none are "
    "given. With adopt or reference and keys, give productVersion (or each key's "
    "protectionLevel).",
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
