"""Policies of synthesized stacks as sorted permission lines, and their differences in words.

Each policy becomes one line per effect, action, resource and condition, so that
adding or removing one permission changes one line of its text snapshot.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..core.policy_documents import permission_lines
from ..core.terraform_values import Unknown, Unreadable, read_json_document

CONDITION_SEPARATOR = " when "


def _kms_policy_lines(config: Mapping[str, Any]) -> list[str]:
    rules = config.get("access_control_rules", "")
    suffix = f"{CONDITION_SEPARATOR}{rules}" if rules else ""
    return sorted(
        f"Allow {permission} on {resource}{suffix}"
        for permission in config.get("permissions", [])
        for resource in config.get("resources", [])
    )


def _shown_unknowns(value: Any) -> Any:
    """A decoded document with each plan-time part written back as ``${expression}``."""
    if isinstance(value, Unknown):
        return f"${{{value.text}}}"
    if isinstance(value, dict):
        return {key: _shown_unknowns(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shown_unknowns(item) for item in value]
    return value


def stack_policies(stack: str, document: Mapping[str, Any]) -> dict[str, list[str]]:
    """Every policy of one synthesized stack, by a stable name, as permission lines."""
    found: dict[str, list[str]] = {}
    for name, config in document.get("resource", {}).get("alicloud_ram_policy", {}).items():
        text = config.get("policy_document", "")
        try:
            lines = permission_lines(_shown_unknowns(read_json_document(text)))
        except (Unreadable, AttributeError):  # AttributeError: JSON, but not an object
            lines = [f"(policy document is an expression: {text})"]
        found[f"{stack}.ram_policy.{config.get('policy_name', name)}"] = lines
    for name, config in document.get("resource", {}).get("alicloud_kms_policy", {}).items():
        found[f"{stack}.kms_policy.{config.get('policy_name', name)}"] = _kms_policy_lines(config)
    pinned = document.get("locals", {}).get("kms_keystore_pinned_system_policy")
    if pinned:
        found[f"{stack}.system_policy.AliyunServiceRolePolicyForKMSKeyStore"] = permission_lines(
            pinned
        )
    return found


def render_lines(lines: list[str]) -> str:
    """The text snapshot of one policy."""
    return "".join(f"{line}\n" for line in lines)


def parse_lines(text: str) -> list[str]:
    """Permission lines from a text snapshot."""
    return [line for line in text.splitlines() if line.strip()]


def _key(line: str) -> str:
    return line.split(CONDITION_SEPARATOR, 1)[0]


def describe_changes(before: Mapping[str, list[str]], after: Mapping[str, list[str]]) -> list[str]:
    """Plain-words differences between two sets of policies; empty when nothing changed."""
    changes: list[str] = []
    for name in sorted(set(before) | set(after)):
        if name not in after:
            changes.append(f"{name}: policy removed ({len(before[name])} permissions)")
            continue
        if name not in before:
            changes.append(f"{name}: new policy")
            changes += [f"  + granted: {line}" for line in after[name]]
            continue
        removed = sorted(set(before[name]) - set(after[name]))
        added = sorted(set(after[name]) - set(before[name]))
        if not removed and not added:
            continue
        changes.append(f"{name}:")
        recondition = {_key(line) for line in removed} & {_key(line) for line in added}
        for line in removed:
            if _key(line) in recondition:
                new = next(a for a in added if _key(a) == _key(line))
                old_cond = line.partition(CONDITION_SEPARATOR)[2] or "(none)"
                new_cond = new.partition(CONDITION_SEPARATOR)[2] or "(none)"
                changes.append(f"  ~ condition changed: {_key(line)}: {old_cond} -> {new_cond}")
            else:
                changes.append(f"  - no longer granted: {line}")
        changes += [f"  + newly granted: {line}" for line in added if _key(line) not in recondition]
    return changes
