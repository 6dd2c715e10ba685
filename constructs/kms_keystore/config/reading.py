"""Configuration read and checked: cdktf context (a JSON object) turned into deployments.

The keys are declared once, in :mod:`.sections`; this module walks those tables.
Unknown keys are errors, so a typo never silently falls back to a default. All
problems are collected and raised together, each named by the path the user
wrote (``deployments[1].instance.keyNum``).
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..core import rules
from ..core.instance_lifecycle import (
    ADOPT_NEEDS_EXISTING_NETWORK,
    REFERENCE_TAKES_NO_NETWORK,
    InstanceMode,
)
from ..core.problems import ConfigError, ConfigProblem
from ..core.specs import (
    NewNetworkSpec,
)
from .account_scope import group_by_account
from .fields import ConfigChecker, read_values
from .model import (
    _CDKTF_INTERNAL_KEYS,
    CONTEXT_ENV,
    DEFAULT_REGION,
    DeploymentConfig,
)
from .sections import ATTRIBUTE_KEYS, CONFIGURATION, DEPLOYMENT


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
    duplicates = sorted(n for n, count in Counter(stacks).items() if count > 1)
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
