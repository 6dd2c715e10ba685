"""The resources of one synthesized stack and the order in which Terraform creates them.

Read from Terraform JSON only: an edge ``A -> B`` means B waits for A, either
because B lists A in ``depends_on`` or because an expression of B refers to A.
Plain functions; no cdktf import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

DEPENDS_ON = "depends_on"
REFERENCE = "reference"

_ADDRESS = re.compile(r"(?<![\w.-])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)")
_EDGE_LINE = re.compile(r"^(?P<before>\S+) -> (?P<after>\S+) \((?P<kind>[a-z_]+)\)$")


@dataclass(frozen=True, order=True)
class Edge:
    """``after`` is created only once ``before`` exists."""

    before: str
    """Address of the block created first."""
    after: str
    """Address of the block that waits."""
    kind: str
    """``depends_on`` (declared order) or ``reference`` (an expression uses it)."""


def block_addresses(document: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """Every resource (``type.name``) and data source (``data.type.name``) with its body."""
    found: dict[str, Mapping[str, Any]] = {}
    for prefix, section in (("", "resource"), ("data.", "data")):
        for type_name, blocks in sorted(document.get(section, {}).items()):
            for name, config in sorted(blocks.items()):
                found[f"{prefix}{type_name}.{name}"] = config
    return found


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if key not in ("//", DEPENDS_ON):
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def stack_edges(document: Mapping[str, Any]) -> list[Edge]:
    """Every ordering between two blocks of the stack, sorted, one per pair.

    A pair both declared in ``depends_on`` and referenced counts as ``depends_on``:
    the declared order is what a reviewer checks.
    """
    blocks = block_addresses(document)
    edges: dict[tuple[str, str], str] = {}
    for address, config in blocks.items():
        for target in config.get(DEPENDS_ON, []) or []:
            if target in blocks and target != address:
                edges[(target, address)] = DEPENDS_ON
        for text in _strings(config):
            if "${" not in text:
                continue
            for target in _ADDRESS.findall(text):
                if target in blocks and target != address:
                    edges.setdefault((target, address), REFERENCE)
    return sorted(Edge(before, after, kind) for (before, after), kind in edges.items())


def creation_steps(document: Mapping[str, Any]) -> list[list[str]]:
    """Blocks grouped by the step in which Terraform can create them, first step first.

    A block's step is one more than the latest step of the blocks it waits for;
    blocks in the same step have no order between them.
    """
    blocks = block_addresses(document)
    waits_for: dict[str, set[str]] = {address: set() for address in blocks}
    for edge in stack_edges(document):
        waits_for[edge.after].add(edge.before)
    step: dict[str, int] = {}

    def visit(address: str, trail: tuple[str, ...]) -> int:
        if address in step:
            return step[address]
        if address in trail:
            raise ValueError(f"dependency cycle: {' -> '.join((*trail, address))}")
        before = [visit(other, (*trail, address)) for other in sorted(waits_for[address])]
        step[address] = 1 + max(before, default=0)
        return step[address]

    for address in blocks:
        visit(address, ())
    steps: list[list[str]] = [[] for _ in range(max(step.values(), default=0))]
    for address in blocks:
        steps[step[address] - 1].append(address)
    return steps


def imported_addresses(document: Mapping[str, Any]) -> set[str]:
    """Resources that an ``import`` block adopts instead of creating."""
    return {item.get("to", "") for item in document.get("import", []) or []}


def graph_lines(document: Mapping[str, Any]) -> list[str]:
    """The pin of a stack's graph: one line per block, then one line per edge."""
    imported = imported_addresses(document)
    nodes = [
        f"{address}" + (" (imported)" if address in imported else "")
        for address in block_addresses(document)
    ]
    edges = [f"{e.before} -> {e.after} ({e.kind})" for e in stack_edges(document)]
    return [*sorted(nodes), *edges]


_HASH_SUFFIX = re.compile(r"_[0-9A-F]{8}$")


def short_label(address: str) -> str:
    """A box label a reader takes in at page width: the construct path, then the kind.

    cdktf names a block after its construct path, joined with ``_`` and ended by a
    hash (``App-payments-api_ClientKey_EBFE47C7``); the label shows that path with
    ``/`` and without the hash, and the type without the provider's ``alicloud_``
    prefix: ``App-payments-api/ClientKey`` over ``kms_client_key``. The full
    addresses stay in the numbered steps below each diagram.
    """
    is_data = address.startswith("data.")
    type_name, _, name = address.removeprefix("data.").partition(".")
    path = _HASH_SUFFIX.sub("", name).replace("_", "/") or name
    kind = type_name.removeprefix("alicloud_")
    return f"{path}<br/>{'data ' if is_data else ''}{kind}"


def _mermaid_label(address: str, imported: set[str]) -> str:
    suffix = " (imported)" if address in imported else ""
    return f'"{short_label(address)}{suffix}"'


def render_mermaid(document: Mapping[str, Any]) -> str:
    """A Mermaid flowchart of the stack, top-down: one box per step, arrows to the waiters.

    Top-down with short labels (:func:`short_label`), so that a stack of a dozen
    blocks fits a page's width. Arrows labelled ``depends_on`` are declared order;
    plain arrows come from references.
    """
    steps = creation_steps(document)
    imported = imported_addresses(document)
    ids = {address: f"n{index}" for index, address in enumerate(block_addresses(document))}
    lines = ["flowchart TB"]
    for number, addresses in enumerate(steps, start=1):
        lines.append(f'  subgraph step{number}["step {number}"]')
        lines += [f"    {ids[a]}[{_mermaid_label(a, imported)}]" for a in addresses]
        lines.append("  end")
    for edge in stack_edges(document):
        arrow = "-->|depends_on|" if edge.kind == DEPENDS_ON else "-->"
        lines.append(f"  {ids[edge.before]} {arrow} {ids[edge.after]}")
    return "\n".join(lines) + "\n"


def describe_graph_changes(
    before: Mapping[str, list[str]], after: Mapping[str, list[str]]
) -> list[str]:
    """Plain-words differences between two sets of pinned graphs; empty when none changed."""
    changes: list[str] = []
    for name in sorted(set(before) | set(after)):
        old, new = set(before.get(name, [])), set(after.get(name, []))
        if name not in after:
            changes.append(f"{name}: stack removed")
            continue
        if old == new:
            continue
        changes.append(f"{name}:" if name in before else f"{name}: new stack")
        for line in sorted(old - new):
            changes.append(f"  - {_describe(line, removed=True)}")
        for line in sorted(new - old):
            changes.append(f"  + {_describe(line, removed=False)}")
    return changes


def _describe(line: str, removed: bool) -> str:
    match = _EDGE_LINE.match(line)
    if not match:
        return f"resource no longer declared: {line}" if removed else f"new resource: {line}"
    order = f"{match['before']} before {match['after']} ({match['kind']})"
    return f"no longer ordered: {order}" if removed else f"now ordered: {order}"
