"""The app's configuration: cdktf context (a JSON object) turned into validated specs.

Every key is documented in the README. Unknown keys are errors, so a typo never
silently falls back to a default. All problems are collected and raised together.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import rules
from .account_scope import AccountStackSpec, DeployersSpec
from .key_specs import ApplicationSpec, KeySpec, SecretSpec
from .problems import Checker, ConfigError, Problem
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


_ROLE_ARN = re.compile(r"^acs:ram::\d+:role/[A-Za-z0-9._@/-]{1,64}$")
_SESSION_NAME = re.compile(r"^[A-Za-z0-9._@-]{2,64}$")


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
        if not isinstance(self.role_arn, str) or not _ROLE_ARN.match(self.role_arn):
            check.fail("role_arn", self.role_arn, "an ARN like 'acs:ram::1234567890123456:role/x'")
        if self.session_name is not None and not _SESSION_NAME.match(self.session_name):
            check.fail("session_name", self.session_name, "2-64 of letters, digits, '._@-'")
        if self.session_expiration is not None:
            check.in_range("session_expiration", self.session_expiration, 900, 43200)


BACKEND_TYPES = ("local", "oss", "cloud")
_OSS_BUCKET = re.compile(r"^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")


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
            if not isinstance(self.bucket, str) or not _OSS_BUCKET.match(self.bucket):
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
    """Stack name (and prefix of the permissions stack in the split layout)."""
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
    """Name, region, credentials and backend of the account stack (split layout)."""
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


def read_context(project_dir: Path, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Context as cdktf would give it: ``cdktf.json``'s ``"context"``, then ``CDKTF_CONTEXT_JSON``.

    ``python main.py`` run alone does not get the file's context from cdktf, so
    it is read here; the environment variable wins key by key.
    """
    environ = os.environ if environ is None else environ
    merged: dict[str, Any] = {}
    config_file = project_dir / "cdktf.json"
    if config_file.is_file():
        merged.update(json.loads(config_file.read_text(encoding="utf-8")).get("context") or {})
    raw = environ.get(CONTEXT_ENV)
    if raw:
        try:
            override = json.loads(raw)
        except json.JSONDecodeError as err:
            raise ConfigError(
                [Problem("context", CONTEXT_ENV, raw, f"a JSON object ({err.msg})")]
            ) from None
        if not isinstance(override, dict):
            raise ConfigError([Problem("context", CONTEXT_ENV, raw, "a JSON object")])
        merged.update(override)
    for key in _CDKTF_INTERNAL_KEYS:
        merged.pop(key, None)
    return merged


class _Section:
    """Reads one JSON object of the context, recording unknown keys and wrong types."""

    def __init__(self, check: Checker, data: object, known: tuple[str, ...]) -> None:
        self.check = check
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        if not isinstance(data, dict):
            check.fail("(section)", data, "a JSON object")
        for key in self.data:
            if key not in known:
                check.fail(key, self.data[key], "a known key: " + ", ".join(known))

    def get(self, key: str, default: Any, kind: type | tuple[type, ...] | None = None) -> Any:
        value = self.data.get(key, default)
        if kind is not None and value is not None and not _is(value, kind):
            self.check.fail(key, value, f"a value of type {_type_name(kind)}")
            return default
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.check.fail(key, value, "a list of strings")
            return ()
        return tuple(value)


def _is(value: object, kind: type | tuple[type, ...]) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        return False
    return isinstance(value, kinds)


def _type_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "string", int: "integer", bool: "boolean", dict: "object", list: "list"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


_TOP = (
    "deployments",
    "name",
    "region",
    "profile",
    "assumeRole",
    "backend",
    "layout",
    "account",
    "accountStack",
    "roleMode",
    "systemPolicyGuard",
    "creatorPolicy",
    "network",
    "instance",
    "keys",
    "secrets",
    "applications",
    "suppressions",
)


def parse_deployment(context: Mapping[str, Any], path: str = "context") -> DeploymentConfig:
    """Turn context into a :class:`DeploymentConfig`; raise ConfigError listing every problem.

    Only the shape of the context (known keys, types, modes) is checked here;
    values are checked by the constructs built from the result, under their paths.
    """
    config, check = read_deployment(context, path)
    check.raise_if_any()
    return config


def read_deployment(
    context: Mapping[str, Any], path: str = "context"
) -> tuple[DeploymentConfig, Checker]:
    """Like :func:`parse_deployment`, but return the problems instead of raising.

    Where a value is unusable, its default stands in, so that the app can still be
    built and every further problem found in the same run.
    """
    check = Checker(path)
    top = _Section(check, dict(context), _TOP)
    region = top.get("region", DEFAULT_REGION, str)
    rules.check_region(check, "region", region)
    name = top.get("name", DeploymentConfig.name, str)
    before = len(check.problems)
    rules.check_resource_name(check, "name", name)
    if len(check.problems) > before:
        name = DeploymentConfig.name  # reported; a usable stack name stands in
    layout = _choice(check, top, "layout", "single", LAYOUTS)
    role_mode = _choice(check, top, "roleMode", RoleMode.CREATE.value, [m.value for m in RoleMode])
    guard = _choice(
        check, top, "systemPolicyGuard", GuardMode.CHECK.value, [m.value for m in GuardMode]
    )
    config = DeploymentConfig(
        name=name,
        region=region,
        profile=top.get("profile", None, str),
        assume_role=_assume_role(check.child("assumeRole"), top.get("assumeRole", None, dict)),
        backend=_backend(check.child("backend"), top.get("backend", None, dict)),
        layout=layout,
        account=top.get("account", None, str),
        account_stack=_account_stack(
            check.child("accountStack"), top.get("accountStack", None, dict)
        ),
        role_mode=RoleMode(role_mode),
        guard_mode=GuardMode(guard),
        creator_policy=_creator_policy(check.child("creatorPolicy"), top.get("creatorPolicy", {})),
        network=_network(check.child("network"), top.get("network", None), region),
        instance=_instance(check.child("instance"), top.get("instance", {})),
        keys=tuple(
            _key(check.child(f"keys[{i}]"), item)
            for i, item in enumerate(top.get("keys", [], list) or [])
        ),
        secrets=tuple(
            _secret(check.child(f"secrets[{i}]"), item)
            for i, item in enumerate(top.get("secrets", [], list) or [])
        ),
        applications=tuple(
            _application(check.child(f"applications[{i}]"), item)
            for i, item in enumerate(top.get("applications", [], list) or [])
        ),
        suppressions=tuple(
            _suppression(check.child(f"suppressions[{i}]"), item)
            for i, item in enumerate(top.get("suppressions", [], list) or [])
        ),
    )
    return config, check


def _choice(check: Checker, section: _Section, key: str, default: str, choices: Any) -> str:
    value = section.get(key, default, str)
    if value not in choices:
        check.one_of(key, value, choices)
        return default
    return value


def _creator_policy(check: Checker, data: object) -> CreatorPolicySpec:
    section = _Section(check, data, ("name", "description", "users", "groups", "roles"))
    return CreatorPolicySpec(
        name=section.get("name", CreatorPolicySpec.name, str),
        description=section.get("description", CreatorPolicySpec.description, str),
        users=section.strings("users"),
        groups=section.strings("groups"),
        roles=section.strings("roles"),
    )


_ONE_VSWITCH = (
    "a single vSwitch: ConnectKmsInstance takes one vSwitch ID for both zones; "
    "write network.vswitch {zoneId, cidrBlock} or network.vswitchId"
)


def _network(check: Checker, data: object, region: str) -> NewNetworkSpec | ExistingNetworkSpec:
    if data is None:
        return NewNetworkSpec()
    if isinstance(data, dict):
        for old in ("vswitches", "vswitchIds", "vswitchZones"):
            if old in data:
                check.fail(old, data[old], _ONE_VSWITCH)
        data = {
            k: v for k, v in data.items() if k not in ("vswitches", "vswitchIds", "vswitchZones")
        }
    keys_new = ("name", "vpcCidr", "zoneIds", "vswitch")
    keys_existing = ("vpcId", "vswitchId", "zoneIds", "vswitchZone")
    existing = isinstance(data, dict) and "vpcId" in data
    section = _Section(check, data, keys_existing if existing else keys_new)
    if existing:
        return ExistingNetworkSpec(
            vpc_id=section.get("vpcId", "", str),
            vswitch_id=section.get("vswitchId", "", str),
            zone_ids=section.strings("zoneIds"),
            vswitch_zone=section.get("vswitchZone", None, str),
        )
    defaults = NewNetworkSpec()
    raw = section.get("vswitch", None, dict)
    vswitch = defaults.vswitch
    if raw is not None:
        entry = _Section(check.child("vswitch"), raw, ("zoneId", "cidrBlock"))
        vswitch = VSwitchSpec(
            entry.get("zoneId", None, str), entry.get("cidrBlock", vswitch.cidr_block, str)
        )
    return NewNetworkSpec(
        vpc_cidr=section.get("vpcCidr", defaults.vpc_cidr, str),
        zone_ids=section.strings("zoneIds") if "zoneIds" in section.data else (),
        vswitch=vswitch,
        name=section.get("name", defaults.name, str),
    )


def _account_stack(check: Checker, data: dict[str, Any] | None) -> AccountStackSpec:
    if data is None:
        return AccountStackSpec()
    section = _Section(
        check, data, ("name", "region", "profile", "assumeRole", "backend", "deployers")
    )
    name = section.get("name", None, str)
    if name is not None:
        rules.check_resource_name(check, "name", name)
    region = section.get("region", None, str)
    if region is not None:
        rules.check_region(check, "region", region)
    assume = section.get("assumeRole", None, dict)
    backend = section.get("backend", None, dict)
    return AccountStackSpec(
        name=name,
        region=region,
        profile=section.get("profile", None, str),
        assume_role=_assume_role(check.child("assumeRole"), assume),
        backend=_backend(check.child("backend"), backend) if backend is not None else None,
        deployers=_deployers(check.child("deployers"), section.get("deployers", None, dict)),
    )


def _deployers(check: Checker, data: dict[str, Any] | None) -> DeployersSpec | None:
    if data is None:
        return None
    section = _Section(check, data, ("name", "users", "groups", "roles"))
    spec = DeployersSpec(
        name=section.get("name", DeployersSpec.name, str),
        users=section.strings("users"),
        groups=section.strings("groups"),
        roles=section.strings("roles"),
    )
    spec.validate(check)
    return spec


_INSTANCE_KEYS: dict[str, tuple[str, type | tuple[type, ...]]] = {
    "name": ("name", str),
    "mode": ("mode", str),
    "id": ("instance_id", str),
    "idVariable": ("id_variable", str),
    "productVersion": ("product_version", str),
    "paymentType": ("payment_type", str),
    "period": ("period", int),
    "spec": ("spec", int),
    "keyNum": ("key_num", int),
    "secretNum": ("secret_num", int),
    "vpcNum": ("vpc_num", int),
    "renewStatus": ("renew_status", str),
    "renewPeriod": ("renew_period", int),
    "renewalPeriodUnit": ("renewal_period_unit", str),
    "log": ("log", str),
    "logStorage": ("log_storage", int),
    "deletionProtection": ("deletion_protection", bool),
    "preventDestroy": ("prevent_destroy", bool),
    "forceDeleteWithoutBackup": ("force_delete_without_backup", bool),
    "tags": ("tags", dict),
}

_PAYG_NULLS = (
    "period",
    "spec",
    "key_num",
    "secret_num",
    "vpc_num",
    "renew_status",
    "renew_period",
    "renewal_period_unit",
)


def _instance(check: Checker, data: object) -> InstanceSpec:
    section = _Section(check, data, (*_INSTANCE_KEYS, "bindVpcs"))
    values = _fields(section, _INSTANCE_KEYS, InstanceSpec)
    if values.get("payment_type") == "PayAsYouGo":
        for attr in _PAYG_NULLS:
            values.setdefault(attr, None)
    binds = []
    for index, item in enumerate(section.get("bindVpcs", [], list) or []):
        entry = _Section(
            check.child(f"bindVpcs[{index}]"),
            item,
            ("vpcId", "vswitchId", "regionId", "vpcOwnerId"),
        )
        binds.append(
            BindVpcSpec(
                vpc_id=entry.get("vpcId", "", str),
                vswitch_id=entry.get("vswitchId", "", str),
                region_id=entry.get("regionId", "", str),
                vpc_owner_id=entry.get("vpcOwnerId", None, str),
            )
        )
    values["bind_vpcs"] = tuple(binds)
    return InstanceSpec(**values)


_KEY_KEYS: dict[str, tuple[str, type | tuple[type, ...]]] = {
    "name": ("name", str),
    "keySpec": ("key_spec", str),
    "keyUsage": ("key_usage", str),
    "origin": ("origin", str),
    "protectionLevel": ("protection_level", str),
    "automaticRotation": ("automatic_rotation", bool),
    "rotationInterval": ("rotation_interval", str),
    "deletionProtection": ("deletion_protection", bool),
    "preventDestroy": ("prevent_destroy", bool),
    "pendingWindowInDays": ("pending_window_in_days", int),
    "description": ("description", str),
    "tags": ("tags", dict),
}

_SECRET_KEYS: dict[str, tuple[str, type | tuple[type, ...]]] = {
    "name": ("name", str),
    "encryptionKey": ("encryption_key", str),
    "dataVariable": ("data_variable", str),
    "versionId": ("version_id", str),
    "description": ("description", str),
    "recoveryWindowInDays": ("recovery_window_in_days", int),
    "tags": ("tags", dict),
}

_APPLICATION_KEYS: dict[str, tuple[str, type | tuple[type, ...]]] = {
    "name": ("name", str),
    "passwordVariable": ("password_variable", str),
    "privateKeyDataFile": ("private_key_data_file", str),
    "notBefore": ("not_before", str),
    "notAfter": ("not_after", str),
    "description": ("description", str),
}


def _fields(
    section: _Section, table: dict[str, tuple[str, type | tuple[type, ...]]], spec: type
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, (attr, kind) in table.items():
        if key in section.data:
            values[attr] = section.get(key, getattr(spec, attr, None), kind)
    return values


def _key(check: Checker, data: object) -> KeySpec:
    section = _Section(check, data, (*_KEY_KEYS, "aliases"))
    values = _fields(section, _KEY_KEYS, KeySpec)
    values.setdefault("name", "")
    return KeySpec(**values, aliases=section.strings("aliases"))


def _secret(check: Checker, data: object) -> SecretSpec:
    section = _Section(check, data, tuple(_SECRET_KEYS))
    values = _fields(section, _SECRET_KEYS, SecretSpec)
    values.setdefault("name", "")
    values.setdefault("encryption_key", "")
    return SecretSpec(**values)


def _application(check: Checker, data: object) -> ApplicationSpec:
    section = _Section(check, data, (*_APPLICATION_KEYS, "sourceIps", "keys", "secrets"))
    values = _fields(section, _APPLICATION_KEYS, ApplicationSpec)
    values.setdefault("name", "")
    return ApplicationSpec(
        **values,
        source_ips=section.strings("sourceIps"),
        keys=section.strings("keys"),
        secrets=section.strings("secrets"),
    )


def _suppression(check: Checker, data: object) -> SuppressionSpec:
    section = _Section(check, data, ("path", "rule", "reason"))
    return SuppressionSpec(
        path=section.get("path", "", str),
        rule=section.get("rule", "", str),
        reason=section.get("reason", "", str),
    )


def _assume_role(check: Checker, data: dict[str, Any] | None) -> AssumeRoleSpec | None:
    if data is None:
        return None
    section = _Section(check, data, ("roleArn", "sessionName", "sessionExpiration"))
    spec = AssumeRoleSpec(
        role_arn=section.get("roleArn", "", str),
        session_name=section.get("sessionName", None, str),
        session_expiration=section.get("sessionExpiration", None, int),
    )
    spec.validate(check)
    return spec


def _backend(check: Checker, data: dict[str, Any] | None) -> BackendSpec:
    if data is None:
        return BackendSpec()
    table: dict[str, tuple[str, type | tuple[type, ...]]] = {
        "type": ("type", str),
        "bucket": ("bucket", str),
        "prefix": ("prefix", str),
        "region": ("region", str),
        "tablestoreEndpoint": ("tablestore_endpoint", str),
        "tablestoreTable": ("tablestore_table", str),
        "encrypt": ("encrypt", bool),
        "organization": ("organization", str),
        "workspacePrefix": ("workspace_prefix", str),
    }
    section = _Section(check, data, tuple(table))
    spec = BackendSpec(**_fields(section, table, BackendSpec))
    spec.validate(check)
    return spec


def read_deployments(
    context: Mapping[str, Any], path: str = "context"
) -> tuple[list[DeploymentConfig], Checker]:
    """All deployments of an app: ``deployments`` entries over the shared top-level keys.

    Without ``deployments`` the context describes one deployment. Each entry
    overrides top-level keys (shallowly) and must have its own ``name``; stack
    names of all deployments must differ.
    """
    check = Checker(path)
    shared = {k: v for k, v in context.items() if k != "deployments"}
    entries = context.get("deployments")
    if entries is None:
        config, inner = read_deployment(shared, path)
        check.problems.extend(inner.problems)
        return [config], check
    if not isinstance(entries, list) or not entries:
        check.fail("deployments", entries, "a non-empty list of deployment objects")
        return [], check
    configs = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or "name" not in entry:
            check.fail(f"deployments[{index}]", entry, "an object with its own 'name'")
            continue
        config, inner = read_deployment({**shared, **entry}, f"{path}/deployments[{index}]")
        check.problems.extend(inner.problems)
        if config.name != entry["name"]:
            # its name was reported as invalid; a distinct stand-in keeps the rest checkable
            config = dataclasses.replace(config, name=f"{DeploymentConfig.name}-{index}")
        configs.append(config)
    stacks = [n for c in configs for n in stack_names(c)]
    duplicates = sorted({n for n in stacks if stacks.count(n) > 1})
    if duplicates:
        check.fail("deployments", duplicates, "distinct stack names for every deployment")
    seen: set[str] = set()
    distinct = []
    for config in configs:
        if not seen.intersection(stack_names(config)):
            distinct.append(config)
            seen.update(stack_names(config))
    return distinct, check


def stack_names(config: DeploymentConfig) -> list[str]:
    """The regional stack of one deployment (account stacks are named by account_scope)."""
    return [config.name]
