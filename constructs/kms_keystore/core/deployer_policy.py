"""Least-privilege RAM policy for whoever runs ``cdktf deploy`` on a stack.

The actions come from :mod:`.provider_actions` (read from the provider's source
at v1.283.0): for every block of a stack, the calls of its Create, Read, Update
and Delete (a data source: its Read), keeping conditional calls only when the
block sets an argument that triggers them. The service-linked role's actions are
granted for the key store service only, so the creator policy of the document
is always a subset of the result when the stack creates the role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from . import policy_documents
from .provider_actions import OPERATIONS, RAM_NAMES, ProviderCall, block_actions

SERVICE_LINKED_ROLE_ACTIONS = frozenset(
    {
        "ram:CreateServiceLinkedRole",
        "ram:DeleteServiceLinkedRole",
        "ram:GetServiceLinkedRoleDeletionStatus",
    }
)
"""Actions that RAM lets a policy restrict with ``ram:ServiceName``."""

DOCUMENT_LIMIT = 6144
"""Longest custom RAM policy document RAM accepts, in characters."""

WRITABLE_ARGUMENTS: dict[str, frozenset[str]] = {
    "alicloud_kms_instance": frozenset(
        {
            "instance_name",
            "product_version",
            "payment_type",
            "period",
            "spec",
            "key_num",
            "secret_num",
            "vpc_num",
            "renew_status",
            "renew_period",
            "renewal_period_unit",
            "log",
            "log_storage",
            "deletion_protection",
            "force_delete_without_backup",
            "vpc_id",
            "vswitch_ids",
            "zone_ids",
            "bind_vpcs",
            "tags",
        }
    ),
    "alicloud_kms_key": frozenset(
        {
            "dkms_instance_id",
            "key_spec",
            "key_usage",
            "origin",
            "protection_level",
            "automatic_rotation",
            "rotation_interval",
            "deletion_protection",
            "pending_window_in_days",
            "description",
            "tags",
        }
    ),
    "alicloud_kms_alias": frozenset({"alias_name", "key_id"}),
    "alicloud_kms_secret": frozenset(
        {
            "secret_name",
            "secret_data",
            "version_id",
            "dkms_instance_id",
            "encryption_key_id",
            "recovery_window_in_days",
            "force_delete_without_recovery",
            "description",
            "tags",
        }
    ),
    "alicloud_kms_network_rule": frozenset(
        {"network_rule_name", "source_private_ip", "description"}
    ),
    "alicloud_kms_policy": frozenset(
        {
            "policy_name",
            "kms_instance_id",
            "permissions",
            "resources",
            "access_control_rules",
            "description",
        }
    ),
    "alicloud_kms_application_access_point": frozenset(
        {"application_access_point_name", "policies", "description"}
    ),
    "alicloud_kms_client_key": frozenset(
        {"aap_name", "password", "private_key_data_file", "not_before", "not_after"}
    ),
    "alicloud_ram_policy": frozenset(
        {"policy_name", "description", "policy_document", "rotate_strategy", "force"}
    ),
    "alicloud_vpc": frozenset({"vpc_name", "cidr_block"}),
    "alicloud_vswitch": frozenset({"vpc_id", "cidr_block", "zone_id", "vswitch_name"}),
}
"""Arguments the constructs may write, per resource type.

A conditional update call runs when its argument *changes*, to empty as well:
a tag, bound VPC or description removed from the configuration makes the
provider call ``UntagResources``, ``UpdateKmsInstanceBindVpc`` or
``UpdateKeyDescription``. So the policy grants the call whenever the constructs
can write its argument, set now or not (API-22); an argument in
``lifecycle.ignore_changes`` never triggers it."""

_META_ARGUMENTS = frozenset(
    {"//", "depends_on", "lifecycle", "provider", "count", "for_each", "timeouts"}
)


@dataclass(frozen=True)
class Block:
    """One resource or data source of a stack, reduced to what the policy needs."""

    kind: str
    """``resource`` or ``data``."""
    type_name: str
    """Terraform type, such as ``alicloud_kms_instance``."""
    arguments: frozenset[str]
    """Arguments the block sets (meta-arguments excluded)."""
    imported: bool = False
    """Adopted through an ``import`` block: never created (``prevent_destroy`` keeps it)."""
    ignored: frozenset[str] = frozenset()
    """Arguments in ``lifecycle.ignore_changes``: Terraform never changes them."""
    ram_resources: tuple[str, ...] = ()
    """ARNs of the RAM policy and principals the block manages (``*`` when not literal)."""
    region: str | None = None
    """Region of the block's ``alicloud`` provider, when literal (``None`` otherwise)."""

    def may_change(self) -> frozenset[str]:
        """Arguments a plan may change: those set or writable by the constructs, less ignored."""
        writable = WRITABLE_ARGUMENTS.get(self.type_name, frozenset())
        return (self.arguments | writable) - self.ignored


def blocks_of_stack(stack: Mapping[str, Any]) -> list[Block]:
    """Every resource and data source of a synthesized stack (``cdk.tf.json``), checks included."""
    found: list[Block] = []
    imports = {entry.get("to") for entry in stack.get("import", [])}
    policies = stack.get("resource", {}).get("alicloud_ram_policy", {})
    regions = _provider_regions(stack)

    def collect(kind: str, section: Mapping[str, Any]) -> None:
        for type_name, blocks in sorted(section.items()):
            for name, config in blocks.items():
                arguments = frozenset(set(config) - _META_ARGUMENTS)
                lifecycle = config.get("lifecycle", {})
                protected = lifecycle.get("prevent_destroy") is True
                adopted = kind == "resource" and protected and f"{type_name}.{name}" in imports
                ignored = lifecycle.get("ignore_changes", [])
                ignored = frozenset(ignored) if isinstance(ignored, list) else frozenset()
                arns = _ram_arns(type_name, config, policies) if kind == "resource" else ()
                region = regions.get(_provider_alias(config.get("provider")))
                found.append(Block(kind, type_name, arguments, adopted, ignored, arns, region))

    collect("resource", stack.get("resource", {}))
    collect("data", stack.get("data", {}))
    for check in stack.get("check", {}).values():
        collect("data", check.get("data", {}))
    return found


def _provider_regions(stack: Mapping[str, Any]) -> dict[str | None, str | None]:
    """The region of each ``alicloud`` provider configuration, by alias (``None``: default)."""
    providers = stack.get("provider", {}).get("alicloud", [])
    if isinstance(providers, Mapping):
        providers = [providers]
    regions: dict[str | None, str | None] = {}
    for provider in providers if isinstance(providers, list) else []:
        region = provider.get("region") if isinstance(provider, Mapping) else None
        literal = isinstance(region, str) and region != "" and "${" not in region
        regions[provider.get("alias")] = region if literal else None
    return regions


def _provider_alias(reference: object) -> str | None:
    """``alicloud.<alias>`` names an aliased provider; anything else the default one."""
    if isinstance(reference, str) and reference.startswith("alicloud."):
        return reference.split(".", 1)[1]
    return None


_POLICY_REFERENCE = re.compile(r"\$\{alicloud_ram_policy\.([\w-]+)\.policy_name\}")
_PRINCIPALS = {"user_name": "user", "group_name": "group", "role_name": "role"}


def ram_arn(kind: str, name: object) -> str:
    """``acs:ram:*:*:<kind>/<name>``, or ``*`` when the name is not a literal."""
    if not isinstance(name, str) or "${" in name or not name:
        return "*"
    return f"acs:ram:*:*:{kind}/{name}"


def _ram_arns(
    type_name: str, config: Mapping[str, Any], policies: Mapping[str, Any]
) -> tuple[str, ...]:
    """The RAM objects a RAM policy or attachment block writes, as ARNs."""
    if type_name == "alicloud_ram_policy":
        return (ram_arn("policy", config.get("policy_name")),)
    if not type_name.endswith("_policy_attachment") or not type_name.startswith("alicloud_ram_"):
        return ()
    name = config.get("policy_name")
    match = _POLICY_REFERENCE.fullmatch(name) if isinstance(name, str) else None
    if match is not None:
        name = policies.get(match.group(1), {}).get("policy_name")
    arns = [ram_arn("policy", name)]
    arns += [ram_arn(kind, config.get(arg)) for arg, kind in _PRINCIPALS.items() if arg in config]
    return tuple(arns)


_RAM_WRITE = re.compile(r"ram:(Create|Delete|Update|Attach|Detach|Tag|Untag|Set)")
"""RAM actions that change something (reads and lists stay on ``*``)."""

_READ = re.compile(r"[a-z]+:(Get|Describe|List|Query)")
"""Actions that only read (``Get*``, ``Describe*``, ``List*``, ``Query*``)."""


def is_write(action: str) -> bool:
    """True for an action that creates, changes or deletes something (not a read or list)."""
    return _READ.match(action) is None


_VPC = ("acs:vpc:{region}:*:vpc/*",)
_VSWITCH = ("acs:vpc:{region}:*:vswitch/*",)
_KEY = ("acs:kms:{region}:*:key/*",)
_SECRET = ("acs:kms:{region}:*:secret/*",)
_ALIAS_AND_KEY = ("acs:kms:{region}:*:alias/*", "acs:kms:{region}:*:key/*")

REGIONAL_ARNS: dict[str, tuple[str, ...]] = {
    "vpc:CreateVpc": _VPC,
    "vpc:CreateDefaultVpc": _VPC,
    "vpc:DeleteVpc": _VPC,
    "vpc:ModifyVpcAttribute": _VPC,
    "vpc:AssociateVpcCidrBlock": _VPC,
    "vpc:UnassociateVpcCidrBlock": _VPC,
    "vpc:CreateVSwitch": _VPC + _VSWITCH,
    "vpc:CreateDefaultVSwitch": _VSWITCH,
    "vpc:DeleteVSwitch": _VSWITCH,
    "vpc:ModifyVSwitchAttribute": _VSWITCH,
    "vpc:ModifyRouteTableAttributes": ("acs:vpc:{region}:*:routetable/*",),
    "kms:DisableKey": _KEY,
    "kms:EnableKey": _KEY,
    "kms:ScheduleKeyDeletion": _KEY,
    "kms:UpdateKeyDescription": _KEY,
    "kms:UpdateRotationPolicy": _KEY,
    "kms:Decrypt": _KEY,
    "kms:GenerateDataKey": _KEY,
    "kms:CreateAlias": _ALIAS_AND_KEY,
    "kms:UpdateAlias": _ALIAS_AND_KEY,
    "kms:DeleteAlias": _ALIAS_AND_KEY,
    "kms:DeleteSecret": _SECRET,
    "kms:UpdateSecret": _SECRET,
    "kms:PutSecretValue": _SECRET,
}
"""Write actions for which a reference page states the resource types RAM checks
(API-31, API-32), as ARN templates; the call needs every one it checks, so each
template tuple is granted whole.

``{region}`` is the region of the block's provider (``*`` when it is not
literal); the account and the IDs Terraform learns at apply stay ``*``. The VPC
2016-04-28 pages name ``VPC`` (``acs:vpc:{#regionId}:{#accountId}:vpc/...``) for
the VPC calls, ``VSwitch`` (``.../vswitch/...``) for the vSwitch calls (and for
``CreateVSwitch`` both the new vSwitch and the VPC it goes into) and
``RouteTable`` for ``ModifyRouteTableAttributes``. KMS's RAM page names a key
(``acs:kms:${region}:${account}:key/${key-id}``) for the calls on one key and
for the cryptographic calls that a secret's value needs on its encryption key,
a secret (``.../secret/${secret-name}``) for the calls on one secret, and an
alias *and* its key for the alias calls. Pages and dates:
``docs/alibaba-cloud-facts.md``, API-31 and API-32."""

_BSS_ONLY_STAR = (
    "BSS OpenAPI authorizes on all resources: its permission points take no ARN "
    "(BSS 'Authorization for API calls', knowledge_detail 139650)"
)
_KMS_NOT_PUBLISHED = (
    "its KMS 2016-01-20 reference page publishes no RAM authorization row ('no "
    "authorization information', 2025-2026 copies) and KMS's RAM page, whose last "
    "copy read predates KMS instances, does not list it: no resource type is stated (API-31)"
)
_KMS_BATCH_TAGS = (
    "KMS's RAM page (2021 copy) lists only the older single-resource TagResource and "
    "UntagResource (on a key or a secret); these batch calls, which the provider uses, "
    "have no authorization row on their 2016-01-20 pages (API-31)"
)
_KMS_CONTAINER = (
    "KMS's RAM page (2021 copy) checks it on the account's key or secret container, "
    "but the call now names a KMS instance (DKMSInstanceId) and no page read says "
    "whether RAM also checks that instance: a narrower ARN RAM does not match would "
    "fail the apply after the instance is bought (API-31, open question)"
)
_VPC_NOT_STATED = (
    "no VPC 2016-04-28 page read states a required resource type for it: the copies "
    "reached end before the table, leave the cell empty, or do not show whether the "
    "one type named is required (API-31, open question)"
)
_VPC_NOT_REQUIRED = (
    "its page lists resource types none of which is marked required, and newer "
    "copies (2026) publish no authorization row: a request for a type not listed "
    "would be refused under a narrower ARN (API-31)"
)

ALL_RESOURCES_WRITES: dict[str, str] = {
    **dict.fromkeys(  # every BSS write, under both of its permission points (API-21)
        sorted({n for names in RAM_NAMES.values() for n in names if is_write(n)}),
        _BSS_ONLY_STAR,
    ),
    **dict.fromkeys(
        (
            "kms:ConnectKmsInstance",
            "kms:CreateApplicationAccessPoint",
            "kms:CreateClientKey",
            "kms:CreateNetworkRule",
            "kms:CreatePolicy",
            "kms:DeleteApplicationAccessPoint",
            "kms:DeleteClientKey",
            "kms:DeleteNetworkRule",
            "kms:DeletePolicy",
            "kms:ReleaseKmsInstance",
            "kms:SetDeletionProtection",
            "kms:SetKeyPolicy",
            "kms:SetSecretPolicy",
            "kms:UpdateApplicationAccessPoint",
            "kms:UpdateKmsInstance",
            "kms:UpdateKmsInstanceBindVpc",
            "kms:UpdateNetworkRule",
            "kms:UpdatePolicy",
            "kms:UpdateSecretRotationPolicy",
        ),
        _KMS_NOT_PUBLISHED,
    ),
    **dict.fromkeys(("kms:TagResources", "kms:UntagResources"), _KMS_BATCH_TAGS),
    **dict.fromkeys(("kms:CreateKey", "kms:CreateSecret"), _KMS_CONTAINER),
    **dict.fromkeys(
        (
            "vpc:DisableVpcClassicLink",
            "vpc:EnableVpcClassicLink",
        ),
        _VPC_NOT_STATED,
    ),
    **dict.fromkeys(
        ("vpc:MoveResourceGroup", "vpc:TagResources", "vpc:UnTagResources"),
        _VPC_NOT_REQUIRED,
    ),
}
"""Write actions granted on ``*``, each with why (API-31): RAM only authorizes them on
all resources, or no page read states a narrower resource type. A narrower resource
that RAM does not match would fail a real apply, so doubt keeps ``*``."""


def calls_for(blocks: Iterable[Block]) -> list[tuple[Block, str, ProviderCall]]:
    """Every provider call ``cdktf deploy`` (plan, apply, replace) may make for ``blocks``.

    An adopted block that ``prevent_destroy`` protects is never created (a
    replacement would need a destroy): its Create calls are left out, so whoever
    deploys an adopted instance cannot buy one. A conditional call is kept when a
    plan may change one of its arguments (:meth:`Block.may_change`), removal included.
    """
    calls = []
    for block in blocks:
        table = block_actions(block.kind, block.type_name)
        operations = OPERATIONS if block.kind == "resource" else ("read",)
        if block.imported:
            operations = tuple(op for op in operations if op != "create")
        for operation in operations:
            for call in getattr(table, operation):
                if not call.when or block.may_change().intersection(call.when):
                    calls.append((block, operation, call))
    return calls


def deployer_actions(blocks: Iterable[Block]) -> list[str]:
    """The sorted, distinct RAM actions for ``blocks`` (every name of each BSS call)."""
    return sorted({action for _, _, call in calls_for(blocks) for action in call.ram_actions})


def deployer_policy_document(
    blocks: Iterable[Block], extra: Iterable[Mapping[str, Any]] = ()
) -> dict[str, Any]:
    """The policy document, each action on the narrowest resource RAM supports.

    The service-linked role's actions are granted for the key store service only
    (API-15); RAM write actions on the policies and principals the stacks manage
    (``acs:ram:*:*:policy/<name>``, ``user/<name>``, ...), never on ``*`` while
    those names are literal (API-27); the write actions of :data:`REGIONAL_ARNS`
    on their resource type in the regions of the blocks that call them (API-31);
    the rest, reads and the writes of :data:`ALL_RESOURCES_WRITES`, on ``*``.
    ``extra`` statements follow (the state backend's, :func:`backend_statements`).

    When the regions' ARNs would take the document past RAM's limit
    (:data:`DOCUMENT_LIMIT`; an account stack granting many regions), the
    regional writes sit on their resource type in every region
    (``acs:kms:*:*:key/*``) instead: still never on ``*``.
    """
    blocks = list(blocks)
    document = _policy_document(blocks, extra, any_region=False)
    if len(policy_documents.render(document)) > DOCUMENT_LIMIT:
        document = _policy_document(blocks, extra, any_region=True)
    return document


def _policy_document(
    blocks: list[Block], extra: Iterable[Mapping[str, Any]], *, any_region: bool
) -> dict[str, Any]:
    actions = deployer_actions(blocks)
    role = [a for a in actions if a in SERVICE_LINKED_ROLE_ACTIONS]
    writes = [a for a in actions if a not in SERVICE_LINKED_ROLE_ACTIONS and _RAM_WRITE.match(a)]
    scoped = _regional_resources(blocks, any_region=any_region)
    other = [
        a
        for a in actions
        if a not in SERVICE_LINKED_ROLE_ACTIONS and a not in writes and a not in scoped
    ]
    statements: list[dict[str, Any]] = []
    if role:
        statement = policy_documents.creator_statement()
        statement["Action"] = role
        statements.append(statement)
    if writes:
        arns = sorted({arn for block in blocks for arn in block.ram_resources})
        resource: str | list[str] = "*" if "*" in arns or not arns else arns
        statements.append({"Action": writes, "Resource": resource, "Effect": "Allow"})
    by_resource: dict[tuple[str, ...], list[str]] = {}
    for action, arns in sorted(scoped.items()):
        by_resource.setdefault(arns, []).append(action)
    for arns, grouped in sorted(by_resource.items()):
        scoped_resource: str | list[str] = arns[0] if len(arns) == 1 else list(arns)
        statements.append({"Action": grouped, "Resource": scoped_resource, "Effect": "Allow"})
    if other:
        statements.append({"Action": other, "Resource": "*", "Effect": "Allow"})
    statements += [dict(statement) for statement in extra]
    return {"Version": policy_documents.POLICY_VERSION, "Statement": statements}


def _regional_resources(
    blocks: Iterable[Block], *, any_region: bool = False
) -> dict[str, tuple[str, ...]]:
    """The ARNs of each :data:`REGIONAL_ARNS` action, per region of the blocks calling it.

    With ``any_region``, or when a calling block's region is not literal, the
    region field is ``*``.
    """
    regions: dict[str, set[str]] = {}
    for block, _, call in calls_for(blocks):
        for action in call.ram_actions:
            if action in REGIONAL_ARNS:
                regions.setdefault(action, set()).add(block.region or "*")
    arns: dict[str, tuple[str, ...]] = {}
    for action, found in regions.items():
        chosen = {"*"} if any_region or "*" in found else found
        arns[action] = tuple(
            sorted(arn.format(region=r) for r in chosen for arn in REGIONAL_ARNS[action])
        )
    return arns


OSS_STATE_ACTIONS = ("oss:GetObject", "oss:PutObject", "oss:PutObjectAcl", "oss:DeleteObject")
"""What Terraform's OSS backend does to the state object (API-28): read it (``GetObjectMeta``
and ``GetObject``, both under ``oss:GetObject``), write it with the object ACL ``private``
that the stacks' backend block sets (``PutObject`` with ``x-oss-object-acl``, which OSS
treats as ``PutObjectACL``), and delete a workspace's state."""
OSS_BUCKET_ACTIONS = ("oss:ListObjects",)
"""What it does to the bucket: list the prefix for workspaces, each time it opens a state."""
OTS_LOCK_ACTIONS = ("ots:DescribeTable", "ots:GetRow", "ots:PutRow", "ots:DeleteRow")
"""What it does to the Tablestore table: check it when it opens a state, then read, take
and release the lock row and the state's MD5 digest row (no ``UpdateRow``)."""


def backend_statements(stack: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The RAM statements whoever runs ``cdktf deploy`` needs for the stack's OSS backend.

    The state object ``<prefix>/<key>`` in the bucket and, when locking is on,
    the rows of the Tablestore table (instance named by the endpoint's host).
    Empty for a local or HCP Terraform backend (no Alibaba Cloud permission).
    """
    oss = stack.get("terraform", {}).get("backend", {}).get("oss")
    if not isinstance(oss, Mapping) or not isinstance(oss.get("bucket"), str):
        return []
    bucket, prefix = oss["bucket"], str(oss.get("prefix", "")).strip("/")
    objects = f"acs:oss:*:*:{bucket}/{prefix}/*" if prefix else f"acs:oss:*:*:{bucket}/*"
    statements = [
        {"Action": list(OSS_STATE_ACTIONS), "Resource": objects, "Effect": "Allow"},
        {
            "Action": list(OSS_BUCKET_ACTIONS),
            "Resource": f"acs:oss:*:*:{bucket}",
            "Effect": "Allow",
        },
    ]
    endpoint, table = oss.get("tablestore_endpoint"), oss.get("tablestore_table")
    if isinstance(endpoint, str) and isinstance(table, str):
        host = urlparse(endpoint if "://" in endpoint else f"https://{endpoint}").hostname or ""
        instance = host.split(".")[0] or "*"
        statements.append(
            {
                "Action": list(OTS_LOCK_ACTIONS),
                "Resource": f"acs:ots:*:*:instance/{instance}/table/{table}",
                "Effect": "Allow",
            }
        )
    return statements


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def grants(document: Mapping[str, Any], statement: Mapping[str, Any]) -> bool:
    """True when an Allow statement of ``document`` covers every action of ``statement``.

    Covering means the same resources and the same condition (or none), so that
    the document grants at least what ``statement`` grants.
    """
    wanted = set(_as_list(statement.get("Action", [])))
    for candidate in _as_list(document.get("Statement", [])):
        if candidate.get("Effect") != "Allow":
            continue
        if sorted(_as_list(candidate.get("Resource"))) != sorted(
            _as_list(statement.get("Resource"))
        ):
            continue
        condition = candidate.get("Condition")
        if condition is not None and condition != statement.get("Condition"):
            continue
        wanted -= set(_as_list(candidate.get("Action", [])))
    return not wanted


def includes(document: Mapping[str, Any], subset: Mapping[str, Any]) -> bool:
    """True when ``document`` grants everything ``subset`` grants."""
    return all(grants(document, s) for s in _as_list(subset.get("Statement", [])))
