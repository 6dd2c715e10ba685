"""Specs the configuration reader has checked already, so that constructs need not again.

A construct checks the spec it is given (``spec.validate(check, ...)`` and the
refusal of cdktf tokens) because a spec may be built by hand. The configuration
reader has checked every spec it made, under the configuration's paths, before
any construct exists; checking them again, once per deployment of a fleet, is
most of what the constructs cost beyond the plain bindings (docs/speed.md).

The reader marks a spec with :func:`mark_checked` only when the whole
configuration had no problem. The mark names the spec object (by a weak
reference: nothing is kept alive, nothing is written on the spec), the
arguments it was checked with, and the content of its one kind of mutable
field, ``tags``. :func:`checked_already` is true only for that very object,
those arguments and those tags: a spec made by hand, made anew by
``dataclasses.replace``, copied, or whose tags changed is checked as before.
Everything else in a spec the reader made is immutable (text, numbers, enum
members, tuples and frozen records; a test walks every example's specs to keep
it so), and a check depends on nothing else, so the mark stays true. Code that
changes a frozen record anyway (``object.__setattr__``) gets past the record's
own protection and past this mark alike: it is not checked again.

The token refusal can be skipped for the same reason: the reader refuses every
token encoding in the configuration itself (read whole, whatever mappings and
sequences it is built of), and the specs it makes hold only values taken from
the configuration as they are, or the package's defaults.
"""

from __future__ import annotations

import weakref
from typing import Any

_MARKS: dict[int, tuple[weakref.ref[Any], tuple[object, ...]]] = {}
"""By the ``id`` of a marked spec: a weak reference to it and what it was checked with."""


def _state(spec: object, arguments: tuple[object, ...]) -> tuple[object, ...]:
    tags = getattr(spec, "tags", None)
    return (arguments, tuple(tags.items()) if type(tags) is dict else tags)


def mark_checked(spec: object, *arguments: object) -> None:
    """Record that ``spec``, checked with ``arguments``, had no problem (the reader only)."""
    key = id(spec)
    _MARKS[key] = (weakref.ref(spec, lambda _, key=key: _forget(key)), _state(spec, arguments))


def _forget(key: int) -> None:
    entry = _MARKS.get(key)
    if entry is not None and entry[0]() is None:
        del _MARKS[key]


def checked_already(spec: object, *arguments: object) -> bool:
    """Whether this very ``spec`` was checked with ``arguments``, tags as they are now."""
    entry = _MARKS.get(id(spec))
    return entry is not None and entry[0]() is spec and entry[1] == _state(spec, arguments)
