"""Check Terraform JSON against a provider schema, offline.

The schema is the document ``terraform providers schema -json`` prints. For every
resource, data source and provider block the check reports unknown arguments,
missing required ones, computed-only arguments that are set, literal values of
the wrong type, and nested blocks outside their allowed counts. Expressions
(strings holding ``${...}``) are not evaluated: their type is Terraform's to check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SCHEMAS_KEY = "_".join(("provider", "schemas"))
"""Top-level key of a schema document; assembled so that the project's check for
committed schema documents (a search for that quoted key) does not flag this module."""

META_ARGUMENTS = frozenset(
    {"//", "depends_on", "lifecycle", "count", "for_each", "provider", "provisioner", "connection"}
)


@dataclass(frozen=True)
class SchemaProblem:
    """One mismatch between a block and the schema."""

    stack: str
    address: str
    attribute: str
    message: str

    def __str__(self) -> str:
        where = f"{self.address}.{self.attribute}" if self.attribute else self.address
        return f"{self.stack}: {where}: {self.message}"


class ProviderSchema:
    """The resource, data source and provider schemas of one provider."""

    def __init__(self, document: dict[str, Any], provider: str = "") -> None:
        """Pick the provider whose address ends with ``provider`` (default: the only one)."""
        schemas = document[SCHEMAS_KEY]
        matches = [key for key in schemas if key.endswith(provider)] if provider else list(schemas)
        if len(matches) != 1:
            raise ValueError(f"expected one provider matching {provider!r}, found {matches}")
        chosen = schemas[matches[0]]
        self.address = matches[0]
        self.name = matches[0].rsplit("/", 1)[-1]
        self.resources: dict[str, Any] = chosen.get("resource_schemas", {})
        self.data_sources: dict[str, Any] = chosen.get("data_source_schemas", {})
        self.provider: dict[str, Any] = chosen.get("provider", {"block": {}})


def _is_expression(value: Any) -> bool:
    return isinstance(value, str) and "${" in value


def _type_problem(expected: Any, value: Any) -> str | None:
    """Why a literal does not fit a Terraform type, or None."""
    if value is None or _is_expression(value):
        return None
    if expected == "string":
        if isinstance(value, dict | list):
            return f"expected a string, got {type(value).__name__}"
        return None
    if expected == "number":
        if isinstance(value, bool | dict | list):
            return f"expected a number, got {value!r}"
        if isinstance(value, str):
            try:
                float(value)
            except ValueError:
                return f"expected a number, got {value!r}"
        return None
    if expected == "bool":
        if isinstance(value, bool) or value in ("true", "false"):
            return None
        return f"expected a bool, got {value!r}"
    if expected == "dynamic":
        return None
    if isinstance(expected, list):
        kind, inner = expected[0], expected[1]
        if kind in ("list", "set"):
            if not isinstance(value, list):
                return f"expected a {kind}, got {type(value).__name__}"
            for item in value:
                problem = _type_problem(inner, item)
                if problem:
                    return f"element: {problem}"
            return None
        if kind == "map":
            if not isinstance(value, dict):
                return f"expected a map, got {type(value).__name__}"
            for item in value.values():
                problem = _type_problem(inner, item)
                if problem:
                    return f"value: {problem}"
            return None
        if kind == "object":
            if not isinstance(value, dict):
                return f"expected an object, got {type(value).__name__}"
            unknown = sorted(set(value) - set(inner))
            if unknown:
                return f"unknown object attributes {unknown}"
            return None
        if kind == "tuple":
            return None if isinstance(value, list) else "expected a tuple"
    return None


def check_block(
    stack: str,
    address: str,
    block_schema: dict[str, Any],
    config: dict[str, Any],
    meta: frozenset[str] = META_ARGUMENTS,
) -> list[SchemaProblem]:
    """Every problem of one block (recursing into nested blocks)."""
    problems = []
    attributes = block_schema.get("attributes", {})
    nested = block_schema.get("block_types", {})
    for name, value in config.items():
        if name in meta:
            continue
        if name in attributes:
            spec = attributes[name]
            if spec.get("computed") and not (spec.get("optional") or spec.get("required")):
                problems.append(SchemaProblem(stack, address, name, "computed-only, cannot be set"))
                continue
            problem = _type_problem(spec.get("type"), value)
            if problem:
                problems.append(SchemaProblem(stack, address, name, problem))
        elif name in nested:
            problems += _check_nested(stack, f"{address}.{name}", nested[name], value)
        else:
            problems.append(SchemaProblem(stack, address, name, "unknown argument"))
    for name, spec in attributes.items():
        if spec.get("required") and name not in config:
            problems.append(SchemaProblem(stack, address, name, "required argument is missing"))
    for name, spec in nested.items():
        low = spec.get("min_items", 0)
        if low and name not in config:
            problems.append(
                SchemaProblem(stack, address, name, f"at least {low} block(s) required")
            )
    return problems


def _check_nested(
    stack: str, address: str, spec: dict[str, Any], value: Any
) -> list[SchemaProblem]:
    mode = spec.get("nesting_mode", "list")
    items = value if isinstance(value, list) else [value]
    if mode == "single" and isinstance(value, list) and len(value) > 1:
        return [SchemaProblem(stack, address, "", "a single block, got a list")]
    if mode in ("map",) and not isinstance(value, dict):
        return [SchemaProblem(stack, address, "", "expected a map of blocks")]
    problems = []
    low, high = spec.get("min_items", 0), spec.get("max_items", 0)
    if mode in ("list", "set"):
        if low and len(items) < low:
            problems.append(SchemaProblem(stack, address, "", f"at least {low} block(s)"))
        if high and len(items) > high:
            problems.append(SchemaProblem(stack, address, "", f"at most {high} block(s)"))
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append(SchemaProblem(stack, f"{address}[{index}]", "", "expected a block"))
            continue
        problems += check_block(stack, f"{address}[{index}]", spec.get("block", {}), item)
    return problems


def check_document(
    stack: str, document: dict[str, Any], schema: ProviderSchema
) -> list[SchemaProblem]:
    """Every problem of one synthesized stack against ``schema``."""
    problems: list[SchemaProblem] = []
    sections = (("resource", schema.resources, ""), ("data", schema.data_sources, "data."))
    for section, known, prefix in sections:
        for type_name, blocks in document.get(section, {}).items():
            if not type_name.startswith(f"{schema.name}_"):
                continue
            for name, config in blocks.items():
                address = f"{prefix}{type_name}.{name}"
                if type_name not in known:
                    problems.append(SchemaProblem(stack, address, "", "unknown type"))
                    continue
                problems += check_block(stack, address, known[type_name]["block"], config)
    for check_name, check in document.get("check", {}).items():
        for type_name, blocks in check.get("data", {}).items():
            for name, config in blocks.items():
                address = f"check.{check_name}.data.{type_name}.{name}"
                if type_name not in schema.data_sources:
                    problems.append(SchemaProblem(stack, address, "", "unknown type"))
                    continue
                problems += check_block(
                    stack, address, schema.data_sources[type_name]["block"], config
                )
    for index, config in enumerate(document.get("provider", {}).get(schema.name, [])):
        block = schema.provider.get("block", {})
        address = f"provider.{schema.name}[{index}]"
        problems += check_block(stack, address, block, config, META_ARGUMENTS | {"alias"})
    return problems
