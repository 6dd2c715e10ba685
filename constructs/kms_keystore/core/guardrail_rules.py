"""Guardrail rules: pure functions over one Terraform block, each with a stable ID.

A rule gets the block's type (``alicloud_kms_instance``, ``provider.alicloud``...)
and its configuration as a dict, and returns ``None`` when it does not apply or
the block complies, or a short reason when it does not.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .key_specs import SYMMETRIC_SPECS
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


def _statements(config: Config) -> list[dict[str, Any]]:
    text = config.get("policy_document")
    if not isinstance(text, str) or "${" in text:
        return []
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        return []
    statements = document.get("Statement", [])
    return statements if isinstance(statements, list) else [statements]


def _actions(statement: dict[str, Any]) -> list[str]:
    actions = statement.get("Action", [])
    return [actions] if isinstance(actions, str) else list(actions)


def slr_without_service_condition(type_name: str, config: Config) -> str | None:
    """``ram:CreateServiceLinkedRole`` must be limited by a ``ram:ServiceName`` condition."""
    if type_name != "alicloud_ram_policy":
        return None
    for statement in _statements(config):
        if statement.get("Effect", "Allow") != "Allow":
            continue
        if "ram:CreateServiceLinkedRole" not in _actions(statement):
            continue
        condition = statement.get("Condition", {})
        if not any("ram:ServiceName" in (body or {}) for body in condition.values()):
            return "grants ram:CreateServiceLinkedRole without a ram:ServiceName condition"
    return None


def wildcard_action(type_name: str, config: Config) -> str | None:
    """No statement may allow ``*`` or ``service:*``."""
    if type_name != "alicloud_ram_policy":
        return None
    for statement in _statements(config):
        wild = [a for a in _actions(statement) if a == "*" or a.endswith(":*")]
        if wild and statement.get("Effect", "Allow") == "Allow":
            return f"allows wildcard actions {wild}"
    return None


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


def subscription_auto_renewal(type_name: str, config: Config) -> str | None:
    """A Subscription instance renews itself (an expired one is released)."""
    if type_name != "alicloud_kms_instance":
        return None
    if config.get("payment_type", "Subscription") != "Subscription":
        return None
    if config.get("renew_status") != "AutoRenewal":
        return f"renew_status is {config.get('renew_status')!r}, not 'AutoRenewal'"
    return None


def key_rotation(type_name: str, config: Config) -> str | None:
    """Keys that can rotate (symmetric, KMS-made material) rotate automatically."""
    if type_name != "alicloud_kms_key":
        return None
    can_rotate = (
        config.get("key_spec", "Aliyun_AES_256") in SYMMETRIC_SPECS
        and config.get("origin", "Aliyun_KMS") == "Aliyun_KMS"
    )
    if can_rotate and config.get("automatic_rotation") != "Enabled":
        return "automatic_rotation is not 'Enabled' although the key can rotate"
    return None


def credential_literal(type_name: str, config: Config) -> str | None:
    """No credential, password or key material as a literal."""
    found = find_secret_literals(config)
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
