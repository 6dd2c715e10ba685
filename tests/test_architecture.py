"""The package's layout shows its architecture, and its import graph keeps it.

Layers, lowest first: ``core`` (provider facts and domain rules), ``config``
(configuration read into settings), the pure guardrail rules, then the CDK
layer (``framework``, the constructs, the guardrail engine), the reference
``app`` and the ``handoff`` tools. Nothing imports upwards and nothing imports
in a circle; the lower layers never import a CDK.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Mapping, Set
from pathlib import Path
from types import MappingProxyType

import pytest

from .support import ROOT

PACKAGE = ROOT / "constructs" / "kms_keystore"
CDK_MODULES = ("cdktf", "cdktn", "cdktf_cdktf_provider_alicloud", "cdktn_provider_alicloud")
PURE = ("kms_keystore.core", "kms_keystore.config", "kms_keystore.guardrails.rules")
PURE_MODULES = (
    "kms_keystore.guardrails.secret_scan",
    "kms_keystore.guardrails.checkov",
    "kms_keystore.handoff.stack_graph",
    "kms_keystore.handoff.policy_review",
    "kms_keystore.handoff.export_docs",
    "kms_keystore.handoff.schema_check",
    "kms_keystore.app.output_dir",
)
CDK_LAYER = ("kms_keystore.framework",)


def module_files() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Every module of the package (or outside it) that ``name`` imports, anywhere in its body."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join([*package, *([node.module] if node.module else [])])
            for alias in node.names:
                child = f"{base}.{alias.name}"
                targets.append(child if child in modules else base)
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        for target in targets:
            while target.startswith("kms_keystore") and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


@functools.cache
def graph() -> Mapping[str, frozenset[str]]:
    """The package's import graph, read once per process (every layer test reads it),
    so it cannot be changed: one test's change would reach the next."""
    modules = module_files()
    return MappingProxyType(
        {name: frozenset(imports_of(name, path, modules)) for name, path in modules.items()}
    )


def cycles(edges: Mapping[str, Set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in edges:
                continue
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_import_graph_has_no_circle() -> None:
    assert cycles(graph()) == []


def test_a_circle_is_found() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _is_pure(name: str) -> bool:
    return name in PURE_MODULES or any(name == p or name.startswith(p + ".") for p in PURE)


@pytest.mark.parametrize("name", sorted(n for n in module_files() if _is_pure(n)))
def test_lower_layers_import_no_cdk_and_nothing_above_them(name: str) -> None:
    imported = graph()[name]
    assert not [m for m in imported if m.split(".")[0] in CDK_MODULES], f"{name} imports a CDK"
    above = [m for m in imported if m.startswith("kms_keystore") and not _is_pure(m)]
    assert not above, f"{name} imports the CDK layer: {above}"


def test_the_constructs_sit_at_the_package_top() -> None:
    import kms_keystore

    constructs = {
        name
        for name in kms_keystore.__all__
        if isinstance(getattr(kms_keystore, name), type)
        and getattr(kms_keystore, name).__module__.count(".") == 1
    }
    assert {"KmsKeyStore", "KeyStoreInstance", "KeyStoreNetwork"} <= constructs
