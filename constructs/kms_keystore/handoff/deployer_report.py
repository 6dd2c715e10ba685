"""Per stack of an app: the deployer's policy document and where each action comes from."""

from __future__ import annotations

import json
from typing import Any

from ..core.deployer_policy import (
    backend_statements,
    blocks_of_stack,
    calls_for,
    deployer_policy_document,
)
from ..framework.cdk import App, TerraformStack


def stack_documents(app: App) -> dict[str, dict[str, Any]]:
    """Each stack's synthesized configuration, by stack name, in the app's order."""
    return {
        child.node.id: child.to_terraform()
        for child in app.node.children
        if isinstance(child, TerraformStack)
    }


def deployer_report(stacks: dict[str, dict[str, Any]], trace: bool = False) -> str:
    """The policy of every stack as JSON, optionally with each action's provenance."""
    parts = []
    for name, stack in stacks.items():
        blocks = blocks_of_stack(stack)
        parts.append(f"# {name}: least-privilege RAM policy for cdktf deploy")
        document = deployer_policy_document(blocks, backend_statements(stack))
        parts.append(json.dumps(document, indent=2))
        if trace:
            lines = sorted(
                {
                    f"{call.action}  <- {block.type_name} {operation}: "
                    f"alicloud/{call.file} {call.function}"
                    for block, operation, call in calls_for(blocks)
                }
            )
            parts.append("\n".join(f"#   {line}" for line in lines))
    return "\n".join(parts) + "\n"


def permission_table(stacks: dict[str, dict[str, Any]], labels: dict[str, str]) -> list[str]:
    """A Markdown table: each action, the stacks (by label) that need it, and why."""
    rows: dict[str, tuple[set[str], dict[str, set[str]]]] = {}
    for name, stack in stacks.items():
        for block, operation, call in calls_for(blocks_of_stack(stack)):
            for action in call.ram_actions:
                where, why = rows.setdefault(action, (set(), {}))
                where.add(labels[name])
                why.setdefault(block.type_name.removeprefix("alicloud_"), set()).add(operation)
    order = ("create", "read", "update", "delete")
    lines = ["| action | stack | called for (operation) |", "| --- | --- | --- |"]
    for action in sorted(rows):
        where, why = rows[action]
        called = "; ".join(
            f"{kind} ({', '.join(op for op in order if op in ops)})"
            for kind, ops in sorted(why.items())
        )
        lines.append(f"| `{action}` | {' + '.join(sorted(where))} | {called} |")
    return lines
