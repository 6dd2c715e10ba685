"""A declarative description of configuration: one table per section, read three ways.

Each :class:`Section` lists its :class:`Field` s (key as written, JSON type, whether
null or absence is allowed, documentation). From that one table come the parser
(:func:`read_values`: JSON types, unknown and missing keys, with the path the
user wrote), the JSON Schema (:func:`json_schema`) and the documented table
(:func:`markdown_rows`). Value rules (patterns, ranges, combinations) stay in the
specs' ``validate`` methods, which report through a :class:`ConfigChecker` so
that their attribute names come out as the keys the user wrote.

Adding a configuration key is one :class:`Field` in one table, plus the
attribute on the spec it builds.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import string
from collections.abc import Callable, Mapping
from typing import Any, Literal

from ..core.problems import Checker, ConfigProblem
from ..core.records import Record, record

Kind = Literal["string", "integer", "boolean", "strings", "tags", "object", "objects"]

_EXPECTED = {
    "string": "a string",
    "integer": "an integer",
    "boolean": "true or false",
    "strings": "a list of strings",
    "tags": "an object of string tag values",
    "object": "a JSON object",
    "objects": "a list of JSON objects",
}
_JSON_TYPES = {
    "string": "string",
    "integer": "integer",
    "boolean": "boolean",
    "strings": "array",
    "tags": "object",
    "object": "object",
    "objects": "array",
}


class _Missing:
    def __repr__(self) -> str:
        return "(missing)"


MISSING: Any = _Missing()
"""The value shown for a required key that is absent."""


_BEFORE_CAPITALS = str.maketrans({c: "_" + c for c in string.ascii_uppercase})


def snake_case(key: str) -> str:
    """``keyNum`` -> ``key_num``: the spec attribute a configuration key fills by default.

    An ``_`` goes before every ASCII capital but a first one (the pattern
    ``(?<!^)([A-Z])``), then all is lower case; without compiling that pattern at
    every start of the app.
    """
    marked = key.translate(_BEFORE_CAPITALS)
    if marked[:1] == "_" and key[:1] != "_":  # a capital first: no "_" before it
        marked = marked[1:]
    return marked.lower()


@record(eq=False)
class Field(Record):
    """One configuration key of a section."""

    key: str
    """The key as written in configuration (camelCase)."""
    kind: Kind
    """Its JSON type."""
    doc: str
    """What it means and what is allowed (table of keys and schema description)."""
    attr: str = ""
    """The spec attribute it fills; default: ``key`` in snake_case."""
    section: Section | None = None
    """The nested section of an ``object`` or ``objects`` field."""
    alternatives: tuple[Section, ...] = ()
    """Sections an ``object`` may be instead, each told apart by its ``marker`` key."""
    nullable: bool = False
    """Whether ``null`` is allowed (meaning: unset)."""
    required: bool = False
    """Whether the key must be given."""
    choices: tuple[object, ...] = ()
    """The only values allowed, checked while reading."""
    convert: Callable[[Any], Any] | None = None
    """Turns a read value into what the spec holds (an enum)."""
    default: str = ""
    """The default as shown in the table of keys, when the spec's own default is not plain JSON."""
    hints: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    """Further JSON Schema keywords for editors (``minimum``, ``pattern``...)."""
    item_hints: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    """JSON Schema keywords for each item of a ``strings`` field."""

    def __post_init__(self) -> None:
        if not self.attr:
            object.__setattr__(self, "attr", snake_case(self.key))

    @property
    def expected(self) -> str:
        """What a value of this field must be, in words."""
        words = _EXPECTED[self.kind]
        if self.choices:
            words = "one of " + ", ".join(repr(c) for c in self.choices)
        return f"{words} or null" if self.nullable else words


@record(eq=False)
class Section(Record):
    """A JSON object of the configuration, and the spec it builds."""

    name: str
    """Name of the section's definition in the JSON Schema."""
    doc: str
    """What the section describes."""
    fields: tuple[Field, ...]
    """Its keys, in documentation order."""
    build: Callable[..., Any]
    """Makes the spec from the attributes read (unset ones keep the spec's defaults)."""
    marker: str = ""
    """For one of several alternatives: the key whose presence selects this section."""
    spec: type | None = None
    """The spec class whose defaults the table shows; default ``build`` when it is a class."""

    def field(self, key: str) -> Field:
        """The field of ``key``."""
        return next(f for f in self.fields if f.key == key)

    def require(self, *keys: str) -> Section:
        """A copy with ``keys`` made required."""
        # a frozen field that stays as it is is shared, not copied
        fields = tuple(
            dataclasses.replace(f, required=True) if f.key in keys and not f.required else f
            for f in self
        )
        return dataclasses.replace(self, fields=fields)

    def renamed(self, name: str) -> Section:
        """A copy under another definition name."""
        return dataclasses.replace(self, name=name)

    def __iter__(self):  # noqa: ANN204 - an iterator of fields
        return iter(self.fields)


class ConfigChecker(Checker):
    """A checker whose problems name the path the user wrote.

    Attribute names used by the specs' ``validate`` (``key_num``,
    ``vswitches[0].cidr_block``) are turned into the configuration keys
    (``keyNum``, ``vswitches[0].cidrBlock``) through ``names``. The first problem of
    a path wins, so a value read as missing is not reported again as invalid, and
    nothing inside a section that was reported as a whole.
    """

    def __init__(
        self,
        path: str,
        names: Mapping[str, str],
        problems: list[Any] | None = None,
        seen: set[str] | None = None,
    ) -> None:
        super().__init__(path)
        self.names = names
        if problems is not None:
            self.problems = problems
        self.seen: set[str] = set() if seen is None else seen
        self.origins: dict[int, tuple[object, ConfigChecker]] = {}

    def key(self, field: str) -> str:
        """``field`` with every attribute name replaced by its configuration key."""
        if "_" not in field:  # every attribute name the pattern replaces holds one
            return field
        return re.sub(
            r"(?<![\w'\"])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\w'\"])",
            lambda m: self.names.get(m[1], m[1]),
            field,
        )

    def fail(self, field: str, value: object, allowed: str, *, as_written: bool = False) -> None:
        """Record a problem at ``field`` (an attribute name or a key), unless one is there.

        With ``as_written``, ``field`` is a key exactly as the user wrote it (an
        unknown ``key_num`` stays ``key_num``), never translated.
        """
        problem = ConfigProblem(self.path, field if as_written else self.key(field), value, allowed)
        where = problem.where
        inside = (where[:i] for i, ch in enumerate(where) if ch in ".[")
        if where in self.seen or any(part in self.seen for part in inside):
            return
        self.seen.add(where)
        self.problems.append(problem)

    def child(self, suffix: str) -> ConfigChecker:
        """The checker of a nested section, reporting into this one."""
        key = self.key(suffix)
        path = key if not self.path else f"{self.path}{'' if key[0] == '[' else '.'}{key}"
        nested = ConfigChecker(path, self.names, self.problems, self.seen)
        nested.origins = self.origins
        return nested

    def remember(self, spec: object, check: ConfigChecker) -> None:
        """Note that ``spec`` was read at ``check``'s path (for its value checks later)."""
        self.origins[id(spec)] = (spec, check)

    def at(self, spec: object, fallback: str) -> ConfigChecker:
        """The checker of the path ``spec`` was read from; ``fallback`` for a default."""
        found, check = self.origins.get(id(spec), (None, None))
        return check if found is spec and check is not None else self.child(fallback)


def read_values(check: ConfigChecker, data: object, section: Section) -> dict[str, Any]:
    """The attributes given in ``data`` (a JSON object) for ``section``'s spec.

    Unknown keys, wrong JSON types, values outside ``choices`` and missing required
    keys are recorded; a required key that is unusable gets an empty stand-in.
    """
    if not isinstance(data, dict):
        check.fail("", data, "a JSON object")
        data = {}
    positions, required = _layout(section)
    for key, value in data.items():
        if key not in positions:
            name = key if isinstance(key, str) else repr(key)
            known_keys = ", ".join(f.key for f in section)
            check.fail(name, value, "a known key: " + known_keys, as_written=True)
    # the keys given and the required ones, in the section's order (the order problems
    # are reported in): a deployment entry gives a few of a section's many keys
    wanted = [positions[key] for key in data if key in positions]
    wanted += [item for item in required if item[1].key not in data]
    if len(wanted) > 1:
        wanted.sort(key=_position)
    values: dict[str, Any] = {}
    for _, field in wanted:
        if field.key in data:
            ok, value = _read(check, field, data[field.key])
        else:
            ok, value = False, MISSING
            check.fail(field.key, MISSING, f"required: {field.doc}")
        if ok:
            values[field.attr] = value
        elif field.required:
            values[field.attr] = () if field.kind in ("strings", "objects") else ""
    return values


_Placed = tuple[int, Field]
"""A field and its place among its section's keys."""


def _position(item: _Placed) -> int:
    return item[0]


@functools.lru_cache(maxsize=256)
def _layout(
    section: Section,
) -> tuple[dict[object, tuple[int, Field]], tuple[tuple[int, Field], ...]]:
    """Each key of ``section`` with its place and field, and its required fields so placed.

    Sections are built once, when the package is imported, and never change.
    """
    positions = {field.key: (index, field) for index, field in enumerate(section)}
    required = tuple((i, field) for i, field in enumerate(section) if field.required)
    return positions, required


def build(check: ConfigChecker, data: object, section: Section) -> Any:
    """The spec of ``section`` built from ``data``, remembered at ``check``'s path."""
    spec = section.build(**read_values(check, data, section))
    check.remember(spec, check)
    return spec


def _read(check: ConfigChecker, field: Field, value: object) -> tuple[bool, Any]:
    if value is None:
        if field.nullable:
            return True, None
        check.fail(field.key, value, field.expected)
        return False, None
    kind = field.kind
    if kind in ("object", "objects"):
        return _read_objects(check, field, value)
    if kind == "strings":
        if not isinstance(value, list):
            check.fail(field.key, value, field.expected)
            return False, None
        bad = [i for i, item in enumerate(value) if not isinstance(item, str)]
        for index in bad:
            check.fail(f"{field.key}[{index}]", value[index], "a string")
        return not bad, tuple(value)
    if kind == "tags":
        if not isinstance(value, dict):
            check.fail(field.key, value, field.expected)
            return False, None
        bad = [k for k, v in value.items() if not isinstance(v, str) or not isinstance(k, str)]
        for key in bad:
            check.fail(f"{field.key}[{key!r}]", value[key], "a string value")
        return not bad, dict(value)
    python = {"string": str, "integer": int, "boolean": bool}[kind]
    if not isinstance(value, python) or (python is int and isinstance(value, bool)):
        check.fail(field.key, value, field.expected)
        return False, None
    if field.choices and value not in field.choices:
        check.fail(field.key, value, field.expected)
        return False, None
    return True, field.convert(value) if field.convert else value


def _read_objects(check: ConfigChecker, field: Field, value: object) -> tuple[bool, Any]:
    if field.kind == "object":
        if not isinstance(value, dict):
            check.fail(field.key, value, field.expected)
            return False, None
        return True, build(check.child(field.key), value, choose(field, value))
    if not isinstance(value, list):
        check.fail(field.key, value, field.expected)
        return False, None
    assert field.section is not None
    return True, tuple(
        build(check.child(f"{field.key}[{index}]"), item, field.section)
        for index, item in enumerate(value)
    )


def choose(field: Field, value: Mapping[str, Any]) -> Section:
    """The section of an ``object`` field that ``value`` is written in."""
    for section in field.alternatives:
        if section.marker and section.marker in value:
            return section
    assert field.section is not None
    return field.section


def sections(root: Section) -> list[Section]:
    """``root`` and every section below it, each once, in documentation order."""
    found: dict[str, Section] = {}

    def visit(section: Section) -> None:
        if section.name in found:
            return
        found[section.name] = section
        for field in section:
            for nested in (field.section, *field.alternatives):
                if nested is not None:
                    visit(nested)

    visit(root)
    return list(found.values())


def attribute_keys(root: Section) -> dict[str, str]:
    """Attribute name -> configuration key over every section, where the two differ."""
    names: dict[str, str] = {}
    for section in sections(root):
        for field in section:
            if field.attr != field.key:
                previous = names.setdefault(field.attr, field.key)
                if previous != field.key:
                    raise ValueError(f"{field.attr} means both {previous} and {field.key}")
    return names


def json_schema(root: Section, title: str, extra: Mapping[str, Any] | None = None) -> dict:
    """A JSON Schema (draft-07) of ``root``, with one definition per section."""
    definitions = {s.name: _section_schema(s) for s in sections(root)}
    schema: dict[str, Any] = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": title,
        "description": root.doc,
        "$ref": f"#/definitions/{root.name}",
        "definitions": {**definitions, **(extra or {})},
    }
    return schema


def _section_schema(section: Section) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "description": section.doc,
        "additionalProperties": False,
        "properties": {f.key: _field_schema(f) for f in section},
    }
    required = [f.key for f in section if f.required]
    if required:
        schema["required"] = required
    return schema


def _field_schema(field: Field) -> dict[str, Any]:
    kind = field.kind
    schema: dict[str, Any] = {"description": field.doc}
    if kind == "object":
        refs = [{"$ref": f"#/definitions/{s.name}"} for s in field.alternatives]
        if field.section is not None and field.section not in field.alternatives:
            refs.append({"$ref": f"#/definitions/{field.section.name}"})
        schema.update(refs[0] if len(refs) == 1 else {"oneOf": refs})
    elif kind == "objects":
        assert field.section is not None
        schema.update(type="array", items={"$ref": f"#/definitions/{field.section.name}"})
    else:
        schema["type"] = _JSON_TYPES[kind]
        if kind == "strings":
            schema["items"] = {"type": "string", **field.item_hints}
        if kind == "tags":
            schema["additionalProperties"] = {"type": "string", **field.item_hints}
        if field.choices:
            schema["enum"] = list(field.choices)
    schema.update(field.hints)
    if field.nullable:
        if "type" in schema:
            schema["type"] = [schema["type"], "null"]
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
        if "$ref" in schema or "oneOf" in schema:
            options = schema.pop("oneOf", None) or [{"$ref": schema.pop("$ref")}]
            schema["oneOf"] = [*options, {"type": "null"}]
    return schema


def markdown_rows(root: Section, prefix: str = "", note: str = "") -> list[str]:
    """Table rows ``| key | type | default | meaning |`` for every key below ``root``."""
    rows: list[str] = []
    for field in root:
        path = f"{prefix}{field.key}"
        default = _default_text(root, field)
        rows.append(f"| `{path}` | {_type_words(field)} | {default} | {note}{field.doc} |")
        nested = [field.section] if field.section is not None else []
        nested += [s for s in field.alternatives if s is not field.section]
        for section in nested:
            if {f.key for f in section} <= {f.key for f in root}:
                continue  # repeats the keys of its parent (deployments): listed once
            suffix = "[]." if field.kind == "objects" else "."
            marked = f"({section.doc.split(' (')[0].rstrip('.')}) " if section.marker else note
            rows += markdown_rows(section, f"{path}{suffix}", marked)
    return rows


def _type_words(field: Field) -> str:
    words = {
        "string": "string",
        "integer": "integer",
        "boolean": "boolean",
        "strings": "list of strings",
        "tags": "tags",
        "object": "object",
        "objects": "list of objects",
    }[field.kind]
    if field.required:
        words += ", required"
    return f"{words} or null" if field.nullable else words


def _default_text(section: Section, field: Field) -> str:
    if field.default:
        return field.default
    if field.required:
        return ""
    spec = section.spec or (section.build if isinstance(section.build, type) else None)
    if spec is None or not dataclasses.is_dataclass(spec):
        return ""
    entry = {f.name: f for f in dataclasses.fields(spec)}.get(field.attr)
    if entry is None:
        return ""
    if entry.default is not dataclasses.MISSING:
        value = entry.default
    elif entry.default_factory is not dataclasses.MISSING:
        value = entry.default_factory()
    else:
        return ""
    if value is None or value == () or value == {}:
        return "none"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, str | int):
        return f"`{value}`" if value != "" else "empty"
    return ""
