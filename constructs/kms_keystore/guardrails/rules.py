"""Guardrail rules: pure functions over one Terraform block, each with a stable ID.

A rule gets the block's type (``alicloud_kms_instance``, ``provider.alicloud``...)
and its configuration as a dict, and returns ``None`` when it does not apply or
the block complies, or a short reason when it does not.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..core.key_specs import SYMMETRIC_SPECS
from ..core.terraform_values import Unknown, Unreadable, read_json_document
from .secret_scan import find_secret_literals

Config = dict[str, Any]


class Level(StrEnum):
    """What a finding does to the synth."""

    ERROR = "error"
    """Stops the synth; nothing is written."""
    WARNING = "warning"
    """Printed; the synth goes on."""


@dataclass(frozen=True)
class Rule:
    """A guardrail rule."""

    id: str
    """Stable identifier, used in suppressions."""
    level: Level
    """Error or warning."""
    explanation: str
    """Why the rule exists and what to do."""
    check: Callable[[str, Config], str | None]
    """The pure check: (block type, configuration) -> reason or None."""


SLR_ACTION = "ram:CreateServiceLinkedRole"
SERVICE_CONDITION = ("stringequals", "ram:servicename")
"""The condition operator and key that scope ``SLR_ACTION`` (RAM compares both case-blind)."""


@dataclass(frozen=True)
class _Statement:
    """One statement that allows something: its actions, or the actions it excludes."""

    actions: tuple[Any, ...]
    """``Action`` values (strings, or :class:`Unknown`)."""
    not_actions: tuple[Any, ...] | None
    """``NotAction`` values when the statement uses ``NotAction``."""
    condition: Any


def _allow_statements(config: Config) -> tuple[_Statement, ...] | str:
    """Statements of ``policy_document`` that allow, or why the document cannot be judged."""
    text = config.get("policy_document")
    return _read_allow_statements(text) if isinstance(text, str) else _allow_in(text)


@functools.lru_cache(maxsize=256)
def _read_allow_statements(text: str) -> tuple[_Statement, ...] | str:
    """:func:`_allow_in` for document text, remembered: both RAM rules read each document."""
    return _allow_in(text)


def _allow_in(value: Any) -> tuple[_Statement, ...] | str:
    try:
        document = read_json_document(value)
    except Unreadable as err:
        return f"policy_document cannot be judged: {err}"
    if not isinstance(document, dict):
        return "policy_document cannot be judged: it is not a JSON object"
    statements = document.get("Statement", [])
    statements = statements if isinstance(statements, list) else [statements]
    found = []
    for statement in statements:
        if not isinstance(statement, dict):
            return f"policy_document cannot be judged: statement {statement!r} is not an object"
        effect = statement.get("Effect", "Allow")
        if isinstance(effect, str) and effect.lower() == "deny":
            continue
        not_actions = statement.get("NotAction")
        found.append(
            _Statement(
                actions=_as_tuple(statement.get("Action", [])),
                not_actions=None if not_actions is None else _as_tuple(not_actions),
                condition=statement.get("Condition", {}),
            )
        )
    return tuple(found)


def _as_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value) if isinstance(value, list) else (value,)


def _is_pattern(action: Any) -> bool:
    return isinstance(action, str) and ("*" in action or "?" in action)


def _matches(pattern: Any, action: str) -> bool:
    """Whether an action pattern (RAM wildcards ``*`` and ``?``, case-blind) covers ``action``."""
    if not isinstance(pattern, str):
        return True  # unknown at synth time: it may be anything
    regex = "".join(
        ".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern.lower()
    )
    return re.fullmatch(regex, action.lower()) is not None


def _grants(statement: _Statement, action: str) -> bool:
    if statement.not_actions is not None:
        return not any(isinstance(p, str) and _matches(p, action) for p in statement.not_actions)
    return any(_matches(pattern, action) for pattern in statement.actions)


def _service_condition_problem(condition: Any) -> str | None:
    """None when ``condition`` names services in StringEquals ram:ServiceName, else why not."""
    operator, key = SERVICE_CONDITION
    bodies = [
        body
        for name, body in (condition.items() if isinstance(condition, dict) else [])
        if isinstance(name, str) and name.lower() == operator and isinstance(body, dict)
    ]
    values = [
        value
        for body in bodies
        for name, value in body.items()
        if isinstance(name, str) and name.lower() == key
    ]
    if not values:
        return "without a StringEquals ram:ServiceName condition"
    for value in values:
        names = value if isinstance(value, list) else [value]
        for name in names:
            if isinstance(name, Unknown):
                return f"with ram:ServiceName {name.text!r}, known only at plan time"
            if not isinstance(name, str) or not name.strip() or _is_pattern(name):
                return f"with ram:ServiceName {name!r}, which does not name one service"
        if not names:
            return "with an empty ram:ServiceName condition"
    return None


def slr_without_service_condition(type_name: str, config: Config) -> str | None:
    """``ram:CreateServiceLinkedRole`` must be limited by a ``ram:ServiceName`` condition.

    The action counts as granted when an allowing statement names it, matches it
    with a wildcard (``ram:Create*``, ``*``), uses ``NotAction`` without excluding
    it, or gives an action known only at plan time.
    """
    if type_name != "alicloud_ram_policy":
        return None
    statements = _allow_statements(config)
    if isinstance(statements, str):
        return statements
    for statement in statements:
        if not _grants(statement, SLR_ACTION):
            continue
        problem = _service_condition_problem(statement.condition)
        if problem:
            return f"grants {SLR_ACTION} {problem}"
    return None


def wildcard_action(type_name: str, config: Config) -> str | None:
    """No statement may allow actions by pattern, by exclusion, or by plan-time value."""
    if type_name != "alicloud_ram_policy":
        return None
    statements = _allow_statements(config)
    if isinstance(statements, str):
        return statements
    for statement in statements:
        if statement.not_actions is not None:
            return (
                f"allows every action except {list(map(_text, statement.not_actions))} (NotAction)"
            )
        wild = [a for a in statement.actions if _is_pattern(a)]
        if wild:
            return f"allows wildcard actions {wild}"
        unknown = [a.text for a in statement.actions if isinstance(a, Unknown)]
        if unknown:
            return f"allows actions known only at plan time {unknown}"
        if any(not isinstance(a, str) for a in statement.actions):
            return f"allows actions that are not names {list(statement.actions)}"
    return None


def _text(value: Any) -> Any:
    return value.text if isinstance(value, Unknown) else value


def _prevent_destroy(config: Config) -> bool:
    return (config.get("lifecycle") or {}).get("prevent_destroy") is True


def instance_deletion_protection(type_name: str, config: Config) -> str | None:
    """A KMS instance has ``deletion_protection`` on."""
    if type_name == "alicloud_kms_instance" and config.get("deletion_protection") is not True:
        return "deletion_protection is not true"
    return None


def key_deletion_protection(type_name: str, config: Config) -> str | None:
    """A KMS key has ``deletion_protection`` ``Enabled``."""
    if type_name == "alicloud_kms_key" and config.get("deletion_protection") != "Enabled":
        return "deletion_protection is not 'Enabled'"
    return None


def prevent_destroy(type_name: str, config: Config) -> str | None:
    """Instances and keys carry Terraform ``lifecycle.prevent_destroy``."""
    if type_name in ("alicloud_kms_instance", "alicloud_kms_key") and not _prevent_destroy(config):
        return "lifecycle.prevent_destroy is not true"
    return None


def _may_be(config: Config, key: str, default: str, values: tuple[str, ...]) -> bool:
    """Whether ``config[key]`` is one of ``values``, or an expression that may turn out so."""
    value = config.get(key, default)
    return value in values or (isinstance(value, str) and ("${" in value or "%{" in value))


def subscription_auto_renewal(type_name: str, config: Config) -> str | None:
    """A Subscription instance renews itself (an expired one is released).

    A ``payment_type`` known only at plan time counts as Subscription. An
    adopted instance whose renewal is left as it is (``ignore_changes``) passes.
    """
    if type_name != "alicloud_kms_instance":
        return None
    if "renew_status" in (config.get("lifecycle") or {}).get("ignore_changes", ()):
        return None
    if not _may_be(config, "payment_type", "Subscription", ("Subscription",)):
        return None
    if config.get("renew_status") != "AutoRenewal":
        return f"renew_status is {config.get('renew_status')!r}, not 'AutoRenewal'"
    return None


def key_rotation(type_name: str, config: Config) -> str | None:
    """Keys that can rotate (symmetric, KMS-made material) rotate automatically.

    A ``key_spec`` or ``origin`` known only at plan time counts as one that can rotate.
    """
    if type_name != "alicloud_kms_key":
        return None
    can_rotate = _may_be(config, "key_spec", "Aliyun_AES_256", SYMMETRIC_SPECS) and _may_be(
        config, "origin", "Aliyun_KMS", ("Aliyun_KMS",)
    )
    if can_rotate and config.get("automatic_rotation") != "Enabled":
        return "automatic_rotation is not 'Enabled' although the key can rotate"
    return None


def credential_literal(type_name: str, config: Config) -> str | None:
    """No credential, password or key material as a literal.

    Provider, resource and data source arguments may only reference a variable,
    data source or resource; backend settings (``terraform.backend.<type>``,
    ``terraform.cloud``) can reference nothing, so any value there is a literal;
    a sensitive ``variable`` may not carry a default.
    """
    found = find_secret_literals(config, references_allowed=not type_name.startswith("terraform."))
    default = config.get("default")
    if type_name == "variable" and config.get("sensitive") is True and default not in (None, ""):
        found.append("default: a sensitive variable with a literal default")
    return "; ".join(found) if found else None


RULES: tuple[Rule, ...] = (
    Rule(
        "KS-RAM-1",
        Level.ERROR,
        "Scope ram:CreateServiceLinkedRole with StringEquals ram:ServiceName, or the "
        "principal can create any service's service-linked role.",
        slr_without_service_condition,
    ),
    Rule(
        "KS-RAM-2",
        Level.ERROR,
        "Name actions explicitly; wildcard actions grant future permissions too.",
        wildcard_action,
    ),
    Rule(
        "KS-KMS-1",
        Level.ERROR,
        "Keep deletion protection on the KMS instance: releasing it destroys every key inside.",
        instance_deletion_protection,
    ),
    Rule(
        "KS-KMS-2",
        Level.ERROR,
        "Keep deletion protection on keys: data encrypted under a deleted key is lost.",
        key_deletion_protection,
    ),
    Rule(
        "KS-KMS-3",
        Level.ERROR,
        "Keep lifecycle.prevent_destroy on instances and keys so that no plan destroys them.",
        prevent_destroy,
    ),
    Rule(
        "KS-KMS-4",
        Level.WARNING,
        "Renew Subscription instances automatically: an expired instance is released.",
        subscription_auto_renewal,
    ),
    Rule(
        "KS-KMS-5",
        Level.WARNING,
        "Rotate symmetric keys automatically where KMS made the key material.",
        key_rotation,
    ),
    Rule(
        "KS-SEC-1",
        Level.ERROR,
        "Pass credentials and passwords through sensitive variables or the environment, "
        "never as literals in the configuration.",
        credential_literal,
    ),
)
"""Every rule of the pack, in report order."""

RULES_BY_ID = {rule.id: rule for rule in RULES}
MIN_REASON_LENGTH = 20
"""Visible characters a suppression reason needs at least."""
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_BLANK_LOOKING = frozenset("\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")


def reason_problem(reason: object) -> str | None:
    """None when ``reason`` can justify a suppression, else what it lacks.

    A reason is one line a reviewer can read: at least :data:`MIN_REASON_LENGTH`
    visible characters (spaces do not count), no control, format or blank-looking
    characters (zero-width spaces, bidirectional marks, Hangul fillers...), and no
    credential, since it is recorded in the synthesized JSON.
    """
    if not isinstance(reason, str):
        return "a text"
    hidden = sorted(
        {
            f"U+{ord(c):04X}"
            for c in reason
            if unicodedata.category(c) in _INVISIBLE_CATEGORIES or c in _BLANK_LOOKING
        }
    )
    if hidden:
        return f"visible characters only; found {', '.join(hidden[:5])}"
    visible = sum(1 for c in reason if not c.isspace())
    if visible < MIN_REASON_LENGTH:
        return (
            f"a reason of at least {MIN_REASON_LENGTH} visible characters "
            f"(spaces do not count); this one has {visible}"
        )
    secrets = find_secret_literals({"reason": reason})
    if secrets:
        return f"a reason without credentials ({secrets[0]}; KS-SEC-1)"
    return None
