"""`make review`: which permissions and which creation orders the working tree changes.

The committed text snapshots are the pins: ``__snapshots__/test_policy_review/``
(one line per permission of each policy) and ``__snapshots__/test_stack_graph/``
(one line per block and per ordering of each stack).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..app.build import project_configurations, stack_files, synth_configuration
from .policy_review import describe_changes, parse_lines, stack_policies
from .stack_graph import describe_graph_changes, graph_lines, render_mermaid

SNAPSHOTS = Path("__snapshots__")
POLICY_PIN = ("test_policy_review", "test_policy_text")
GRAPH_PIN = ("test_stack_graph", "test_stack_graph")

Documents = dict[str, dict[str, Any]]
"""Synthesized stacks by ``<configuration>.<stack>``."""


def synthesize_project(project_dir: Path) -> Documents:
    """Every stack of every project configuration (reference app and examples), as now."""
    documents: Documents = {}
    with tempfile.TemporaryDirectory(prefix="kms-review-") as work:
        for config_name, context in project_configurations(project_dir).items():
            outdir = Path(work) / config_name
            synth_configuration(
                config_name, context, outdir, project_dir, project_dir / "cdktf.out"
            )
            for path in map(Path, stack_files(outdir)):
                document = json.loads(path.read_text(encoding="utf-8"))
                documents[f"{config_name}.{path.parent.name}"] = document
    return documents


def policies_of(documents: Mapping[str, Mapping[str, Any]]) -> dict[str, list[str]]:
    """Every policy of the given stacks, by ``<configuration>.<stack>.<kind>.<name>``."""
    policies: dict[str, list[str]] = {}
    for stack_id, document in documents.items():
        config_name, stack = stack_id.split(".", 1)
        for name, lines in stack_policies(stack, document).items():
            policies[f"{config_name}.{name}"] = lines
    return policies


def graphs_of(documents: Mapping[str, Mapping[str, Any]]) -> dict[str, list[str]]:
    """The pin lines of every stack's graph, by ``<configuration>.<stack>``."""
    return {stack_id: graph_lines(document) for stack_id, document in documents.items()}


def snapshot_path(project_dir: Path, item_id: str, pin: tuple[str, str] = POLICY_PIN) -> Path:
    """Where the text snapshot of one policy (or, with ``GRAPH_PIN``, one stack graph) lives."""
    folder, test_name = pin
    return project_dir / SNAPSHOTS / folder / f"{test_name}[{item_id}].txt"


def committed(project_dir: Path, pin: tuple[str, str] = POLICY_PIN) -> dict[str, list[str]]:
    """The lines pinned by the text snapshots on disk, by item ID."""
    folder, test_name = pin
    prefix = f"{test_name}["
    found = {}
    directory = project_dir / SNAPSHOTS / folder
    paths = sorted(directory.iterdir()) if directory.is_dir() else []
    for path in paths:
        if not (path.name.startswith(prefix) and path.name.endswith("].txt")):
            continue
        found[path.name[len(prefix) : -len("].txt")]] = parse_lines(
            path.read_text(encoding="utf-8")
        )
    return found


def committed_policies(project_dir: Path) -> dict[str, list[str]]:
    """The policies as pinned by the text snapshots on disk."""
    return committed(project_dir, POLICY_PIN)


@dataclass
class Review:
    """What changed against the pins; empty lists when nothing did."""

    policies: list[str] = field(default_factory=list)
    """Permissions granted, no longer granted, or whose condition changed."""
    graphs: list[str] = field(default_factory=list)
    """Blocks and orderings added or removed, per stack."""
    diagrams: dict[str, str] = field(default_factory=dict)
    """The Mermaid diagram of each stack whose graph changed, as it is now."""


def review_project(project_dir: Path) -> Review:
    """Compare the working tree's policies and stack graphs with the committed pins."""
    documents = synthesize_project(project_dir)
    graphs = graphs_of(documents)
    pinned_graphs = committed(project_dir, GRAPH_PIN)
    changed = sorted(s for s in graphs if graphs[s] != pinned_graphs.get(s))
    return Review(
        policies=describe_changes(committed_policies(project_dir), policies_of(documents)),
        graphs=describe_graph_changes(pinned_graphs, graphs),
        diagrams={stack_id: render_mermaid(documents[stack_id]) for stack_id in changed},
    )


def review(project_dir: Path) -> list[str]:
    """Differences between the pinned policies and the working tree, in plain words."""
    return review_project(project_dir).policies
