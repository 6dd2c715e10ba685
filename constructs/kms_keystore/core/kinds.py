"""A record made by hand, checked field by field against the kinds its class declares.

The configuration reader makes records only of the right kinds. A record a team
builds in Python (``DeploymentConfig(account_stack="x")``) may hold anything,
and the code that groups and builds deployments reads its fields (and the
fields of the records inside it) before any construct checks their values. So
such a record is walked first, against its fields' annotations: text, whole
numbers, ``True``/``False``, ``X | None``, lists or tuples of a kind, mappings,
enum members (or their values, as the constructs take them) and records, which
are walked in turn. Values are not judged here, only kinds: the constructs
check the values as they do for any spec.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from enum import Enum
from typing import Any

from .problems import Checker, a_kind
from .rules import shown_kind

_HINTS: dict[type, dict[str, Any]] = {}


def record_kinds_ok(
    check: Checker,
    field: str,
    value: object,
    kind: type,
    may_be_none: frozenset[str] = frozenset(),
) -> bool:
    """True when ``value`` is a ``kind`` record whose fields, all the way down, are of their kinds.

    Each field of the wrong kind is recorded on ``check`` at its path below
    ``field`` (``config.account_stack.deployers``, ``config.keys[1]``). The
    top-level fields in ``may_be_none`` may also be None.
    """
    if not isinstance(value, kind):
        return _ok(check, field, value, kind)
    return _fields_ok(check, field, value, kind, may_be_none)


def _ok(check: Checker, field: str, value: object, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        arms = typing.get_args(hint)
        for arm in arms:
            if _is(value, arm):
                return _ok(check, field, value, arm)
        check.fail(field, shown_kind(value), " or ".join(_wanted(arm) for arm in arms))
        return False
    if not _is(value, hint):
        check.fail(field, shown_kind(value), _wanted(hint))
        return False
    if origin is tuple:
        (item, _) = typing.get_args(hint)
        results = [_ok(check, f"{field}[{i}]", v, item) for i, v in enumerate(value)]  # type: ignore[arg-type]
        return all(results)
    if dataclasses.is_dataclass(hint):
        return _fields_ok(check, field, value, hint)  # type: ignore[arg-type]
    return True


def _fields_ok(
    check: Checker, field: str, value: object, kind: type, may_be_none: frozenset[str] = frozenset()
) -> bool:
    """Each field of the record ``value`` against its annotation (``may_be_none`` also None)."""
    hints = _hints(kind)
    results = [
        (getattr(value, f.name) is None and f.name in may_be_none)
        or _ok(check, f"{field}.{f.name}", getattr(value, f.name), hints[f.name])
        for f in dataclasses.fields(kind)  # type: ignore[arg-type]
    ]
    return all(results)


def _is(value: object, hint: Any) -> bool:
    """Whether ``value`` is of ``hint``'s kind, not looking inside it."""
    origin = typing.get_origin(hint)
    if hint is type(None):
        return value is None
    if origin is tuple:
        return isinstance(value, (list, tuple))
    if origin is dict:
        return isinstance(value, dict)
    if hint is bool:
        return type(value) is bool
    if hint is int:
        return type(value) is int
    if isinstance(hint, type) and issubclass(hint, Enum):  # its members' values are text
        return isinstance(value, hint) or (
            isinstance(value, str) and value in hint._value2member_map_
        )
    return isinstance(value, hint)


def _wanted(hint: Any) -> str:
    """What a value of ``hint`` is, for a message."""
    origin = typing.get_origin(hint)
    if hint is type(None):
        return "None"
    if origin is tuple:
        return f"a list or tuple, each item {_wanted(typing.get_args(hint)[0])}"
    if origin is dict:
        return "a dict"
    if hint is bool:
        return "True or False"
    if hint is int:
        return "a whole number"
    if hint is str:
        return "a string"
    if issubclass(hint, Enum):
        return " or ".join(repr(m.value) for m in hint)
    return a_kind(hint.__name__)


def _hints(kind: type) -> dict[str, Any]:
    hints = _HINTS.get(kind)
    if hints is None:
        hints = _HINTS[kind] = typing.get_type_hints(kind)
    return hints
