"""Least-privilege RAM policy for whoever runs ``cdktf deploy`` on a stack.

The actions come from :mod:`.provider_actions` (read from the provider's source
at v1.283.0): for every block of a stack, the calls of its Create, Read, Update
and Delete (a data source: its Read), keeping conditional calls only when the
block sets an argument that triggers them. The service-linked role's actions are
granted for the key store service only, so the creator policy of the document
is always a subset of the result when the stack creates the role.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from . import policy_documents
from .provider_actions import OPERATIONS, ProviderCall, block_actions

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


def blocks_of_stack(stack: Mapping[str, Any]) -> list[Block]:
    """Every resource and data source of a synthesized stack (``cdk.tf.json``), checks included."""
    found: list[Block] = []
    imports = {entry.get("to") for entry in stack.get("import", [])}

    def collect(kind: str, section: Mapping[str, Any]) -> None:
        for type_name, blocks in sorted(section.items()):
            for name, config in blocks.items():
                arguments = frozenset(set(config) - _META_ARGUMENTS)
                protected = config.get("lifecycle", {}).get("prevent_destroy") is True
                adopted = kind == "resource" and protected and f"{type_name}.{name}" in imports
                found.append(Block(kind, type_name, arguments, adopted))

    collect("resource", stack.get("resource", {}))
    collect("data", stack.get("data", {}))
    for check in stack.get("check", {}).values():
        collect("data", check.get("data", {}))
    return found


def calls_for(blocks: Iterable[Block]) -> list[tuple[Block, str, ProviderCall]]:
    """Every provider call ``cdktf deploy`` (plan, apply, replace) may make for ``blocks``.

    An adopted block that ``prevent_destroy`` protects is never created (a
    replacement would need a destroy): its Create calls are left out, so whoever
    deploys an adopted instance cannot buy one.
    """
    calls = []
    for block in blocks:
        table = block_actions(block.kind, block.type_name)
        operations = OPERATIONS if block.kind == "resource" else ("read",)
        if block.imported:
            operations = tuple(op for op in operations if op != "create")
        for operation in operations:
            for call in getattr(table, operation):
                if not call.when or block.arguments.intersection(call.when):
                    calls.append((block, operation, call))
    return calls


def deployer_actions(blocks: Iterable[Block]) -> list[str]:
    """The sorted, distinct RAM actions for ``blocks``."""
    return sorted({call.action for _, _, call in calls_for(blocks)})


def deployer_policy_document(blocks: Iterable[Block]) -> dict[str, Any]:
    """The policy document: the role's actions for the key store service, the rest on ``*``."""
    actions = deployer_actions(blocks)
    role = [a for a in actions if a in SERVICE_LINKED_ROLE_ACTIONS]
    other = [a for a in actions if a not in SERVICE_LINKED_ROLE_ACTIONS]
    statements: list[dict[str, Any]] = []
    if role:
        statement = policy_documents.creator_statement()
        statement["Action"] = role
        statements.append(statement)
    if other:
        statements.append({"Action": other, "Resource": "*", "Effect": "Allow"})
    return {"Version": policy_documents.POLICY_VERSION, "Statement": statements}


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
