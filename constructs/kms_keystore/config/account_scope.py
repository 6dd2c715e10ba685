"""Account scope and region scope: which deployments share an account, and its one account stack.

The creator policy, its attachments, the service-linked role and the drift guard
exist once per Alibaba Cloud account (RAM is account-wide; creating the role a
second time fails with ``EntityAlreadyExists.Role``). Deployments in one account
therefore share one account stack, and each deployment keeps a regional key
store stack that only reads the role. A deployment alone in its account may keep
everything in one stack (layout ``single``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import fields, is_dataclass
from enum import Enum

from ..core.problems import Checker, a_kind
from ..core.records import Record, record
from .model import AccountStackSpec, AssumeRoleSpec, BackendSpec, DeploymentConfig

ACCOUNT_STACK_SUFFIX = "-account"
"""Default account stack name: the first deployment's name plus this suffix."""


@record
class AccountGroup(Record):
    """The deployments of one account and, in the split layout, their shared account stack."""

    key: str
    """The account: its label, the account ID of an assumed role, a profile, or the environment."""
    members: tuple[DeploymentConfig, ...]
    """Deployments in this account, in configuration order."""
    stack_name: str | None
    """Name of the account stack; None when the only deployment uses layout ``single``."""


def _as_account_id(text: str) -> str | None:
    """An account ID compared as a number (``"0123"`` is ``"123"``), or None when not one."""
    text = text.strip()
    return str(int(text)) if text.isascii() and text.isdigit() else None  # not "²"


def account_key(config: DeploymentConfig) -> str:
    """Which account a deployment's regional stack is applied in, as far as the config tells.

    An explicit ``account`` wins; else the account ID in ``assumeRole.roleArn``;
    else the CLI profile; else the credentials of the environment. A numeric
    label and the account ID inside a role ARN (``acs:ram::<id>:role/<name>``)
    are compared as numbers, so that both spellings of one account meet.
    """
    return settings_account_key(config.profile, config.assume_role, config.account)


def settings_account_key(
    profile: str | None, assume_role: AssumeRoleSpec | None, account: str | None = None
) -> str:
    """Which account a provider with ``profile`` and ``assume_role`` works in (see above)."""
    if account:
        number = _as_account_id(account)
        return f"account {number if number is not None else account.strip()}"
    if assume_role is not None and assume_role.role_arn.count(":") >= 4:
        part = assume_role.role_arn.split(":")[3]
        return f"account {_as_account_id(part) or part}"
    if profile:
        return f"profile {profile}"
    return "the environment's credentials"


def folded(text: str) -> str:
    """What two spellings that differ only in letter case or spaces have in common."""
    return "".join(text.split()).casefold()


def _check_spellings(check: Checker, configs: list[DeploymentConfig]) -> None:
    """Account labels, and deployment names, that differ only in case or spaces are refused."""
    for what, value_of in (
        ("account", lambda c: c.account),
        ("name", lambda c: c.name),
    ):
        seen: dict[str, tuple[str, str]] = {}
        for config in configs:
            value = value_of(config)
            if not isinstance(value, str):
                continue
            other = seen.setdefault(folded(value), (config.name, value))
            if other[1] != value:
                check.fail(
                    f"deployments.{what}",
                    {other[0]: other[1], config.name: value},
                    f"one spelling: these {what}s differ only in letter case or spaces, so "
                    "they look like one to a reader and two to the grouping; write them "
                    "alike (or make them really different)",
                )


def _names_per_account_and_region(config: DeploymentConfig) -> list[tuple[str, str]]:
    """``(kind, name)`` of every object that KMS names uniquely in one account and region."""
    names = [("alias", alias) for key in config.keys for alias in key.aliases]
    names += [("secret", secret.name) for secret in config.secrets]
    for app in config.applications:
        names += [
            ("network rule", f"{app.name}-network"),
            ("KMS policy", f"{app.name}-policy"),
            ("application access point", f"{app.name}-aap"),
        ]
    return [(kind, name) for kind, name in names if isinstance(name, str)]


def _check_unique_per_account_and_region(check: Checker, configs: list[DeploymentConfig]) -> None:
    """Two deployments of one account and region may not declare one alias, secret or access."""
    owners: dict[tuple[str, str, str, str], str] = {}
    for config in configs:
        scope = (account_key(config), str(config.region))
        for kind, name in dict.fromkeys(_names_per_account_and_region(config)):
            first = owners.setdefault((*scope, kind, name), config.name)
            if first != config.name:
                check.fail(
                    "deployments",
                    {first: name, config.name: name},
                    f"{a_kind(kind)} name of its own in {scope[0]}, region {scope[1]}: KMS names "
                    f"each {kind} once per account and region, so the second apply would "
                    "fail with 'already exists'",
                )
    for config in configs:
        deployers = config.account_stack.deployers
        if deployers is not None and deployers.name == config.creator_policy.name:
            check.fail(
                "accountStack.deployers.name",
                deployers.name,
                f"a RAM policy name other than the creator policy's ({config.name}): RAM "
                "names each policy once per account",
            )


def _shared_settings(config: DeploymentConfig) -> dict[str, object]:
    """What deployments sharing an account stack must agree on."""
    spec = config.account_stack
    return {
        "creatorPolicy": config.creator_policy,
        "roleMode": config.role_mode,
        "systemPolicyGuard": config.guard_mode,
        "accountStack.profile": spec.profile or config.profile,
        "accountStack.assumeRole": spec.assume_role or config.assume_role,
        "accountStack.backend": spec.backend or config.backend or BackendSpec(),  # None: default
        "accountStack.deployers": spec.deployers,
    }


def _first_difference(field: str, mine: object, theirs: object) -> tuple[str, object, object]:
    """The first key where two settings differ, and both values as the user wrote them."""
    if is_dataclass(mine) and type(mine) is type(theirs):
        for item in fields(mine):
            a, b = getattr(mine, item.name), getattr(theirs, item.name)
            if _comparable(a) != _comparable(b):
                return _first_difference(f"{field}.{_camel_case(item.name)}", a, b)
    return field, _as_written(mine), _as_written(theirs)


def _comparable(value: object) -> object:
    """A setting with what does not matter taken out: list or tuple, enum member or its text."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return tuple(_comparable(item) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        return (type(value), tuple(_comparable(getattr(value, f.name)) for f in fields(value)))
    return value


def _camel_case(name: str) -> str:
    """``session_name`` -> ``sessionName``: the key a spec attribute is written as."""
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _as_written(value: object) -> object:
    """A setting as JSON shows it: lists for tuples, enum values, ``(set)``/``None``."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_as_written(item) for item in value]
    if is_dataclass(value):
        return "(set)"
    return value


_ACCOUNT_STACK_KEYS = {
    "name": "name",
    "region": "region",
    "profile": "profile",
    "assume_role": "assumeRole",
    "backend": "backend",
    "deployers": "deployers",
}
"""Attribute of :class:`AccountStackSpec` -> its configuration key under ``accountStack``."""


def _refuse_account_stack_settings(check: Checker, spec: AccountStackSpec) -> None:
    """Layout ``single`` has no account stack: any of its settings would be ignored."""
    for attr, key in _ACCOUNT_STACK_KEYS.items():
        value = getattr(spec, attr)
        if value is not None:
            check.fail(
                f"accountStack.{key}",
                value if isinstance(value, str) else key,
                "unset with layout 'single' (there is no account stack; its objects are in "
                "the one stack); set layout 'split' to use accountStack",
            )


_remembered: tuple[tuple[DeploymentConfig, ...], tuple[AccountGroup, ...]] | None = None
"""The deployments the configuration reader last grouped without a problem, and their groups."""


def group_by_account(
    configs: list[DeploymentConfig], check: Checker, *, remember: bool = False
) -> list[AccountGroup]:
    """Group deployments by account; record every way they would collide in one account.

    The configuration reader, :func:`kms_keystore.stacks.add_deployments` and the
    suppressions each group the same deployments. The reader passes ``remember``:
    what grouping reads of its deployments is held in tuples and frozen records
    only (their tags are dicts, but grouping does not read them), so a grouping
    without a problem stays true of them, and is returned again when ``configs``
    holds those very objects. The last such list is kept alive until the next
    reading. Deployments built by hand are grouped afresh every time.
    """
    global _remembered
    last = _remembered
    if (
        last is not None
        and len(last[0]) == len(configs)
        and all(a is b for a, b in zip(last[0], configs, strict=True))
    ):
        return list(last[1])
    before = len(check.problems)
    groups = _group_by_account(configs, check)
    if remember and len(check.problems) == before:
        _remembered = (tuple(configs), tuple(groups))
    return groups


def _group_by_account(configs: list[DeploymentConfig], check: Checker) -> list[AccountGroup]:
    _check_spellings(check, configs)
    _check_unique_per_account_and_region(check, configs)
    by_key: dict[str, list[DeploymentConfig]] = {}
    for config in configs:
        by_key.setdefault(account_key(config), []).append(config)
    groups = []
    for key, members in by_key.items():
        names = [m.name for m in members]
        singles = [m.name for m in members if m.layout == "single"]
        if len(members) > 1 and singles:
            check.fail(
                "deployments",
                names,
                f"one account stack for {key}: these deployments share the account, and the "
                "creator policy, service-linked role and drift guard exist once per account; "
                f"set layout 'split' on {', '.join(singles)} (each keeps a regional stack)",
            )
            continue
        if singles:
            _refuse_account_stack_settings(check, members[0].account_stack)
            groups.append(AccountGroup(key, tuple(members), None))
            continue
        explicit = sorted({m.account_stack.name for m in members if m.account_stack.name})
        if len(explicit) > 1:
            check.fail("accountStack.name", explicit, f"one account stack name for {key}")
        stack_name = explicit[0] if explicit else f"{members[0].name}{ACCOUNT_STACK_SUFFIX}"
        first = _shared_settings(members[0])
        region = members[0].account_stack.region or members[0].region  # the account stack's
        for other in members[1:]:
            asked = other.account_stack.region
            if asked is not None and asked != region:  # None: the account stack's, whatever
                check.fail(
                    "accountStack.region",
                    {members[0].name: region, other.name: asked},
                    f"the account stack's region in every deployment of {key} that gives one: "
                    f"they share the account stack {stack_name!r}",
                )
            for field, value in _shared_settings(other).items():
                if value != first[field] and _comparable(value) != _comparable(first[field]):
                    where, mine, theirs = _first_difference(field, first[field], value)
                    check.fail(
                        where,
                        {members[0].name: mine, other.name: theirs},
                        f"the same value in every deployment of {key}: they share the "
                        f"account stack {stack_name!r}",
                    )
        groups.append(AccountGroup(key, tuple(members), stack_name))
    _check_stack_names(check, groups)
    return groups


def _check_stack_names(check: Checker, groups: list[AccountGroup]) -> None:
    """Account stack names against each other and the regional ones (those are checked apart)."""
    regional = [m.name for g in groups for m in g.members]
    accounts = [g.stack_name for g in groups if g.stack_name]
    names = regional + accounts
    counts = Counter(names)
    duplicates = sorted({n for n in accounts if counts[n] > 1})
    if duplicates:
        check.fail("deployments", duplicates, "distinct stack names for every deployment")


def stacks_by_deployment(configs: list[DeploymentConfig]) -> dict[str, list[str]]:
    """Each deployment's stacks in apply order: its account stack (if any), then its own."""
    groups = group_by_account(configs, Checker(""))  # problems are reported by the parser
    return {
        member.name: ([group.stack_name] if group.stack_name else []) + [member.name]
        for group in groups
        for member in group.members
    }
