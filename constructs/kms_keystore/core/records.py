"""One base for the package's frozen dataclasses: their ``==``, ``hash`` and ``repr``.

Python 3.11's ``dataclass`` compiles each method it generates from source, one
``exec`` apiece: six for a frozen class that compares (``__init__``,
``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``). The
package defines its specs and problems when it is imported, that is at every
start of the app, where those compilations were a measurable share of the time
the app spends beyond the plain bindings (docs/speed.md).

A class declared ``@dataclass(frozen=True, eq=False, repr=False)`` on
:class:`Record` has only the three methods that depend on its fields compiled
(``__init__`` and the two that keep it frozen) and gets the other three from
here, with the results ``@dataclass(frozen=True)`` would give: equal when the
classes are the same and the compared fields are equal, the hash of those
fields, and ``Name(field=value, ...)``.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any


class Record:
    """Comparison, hash and repr of a frozen dataclass, from its fields at run time."""

    __slots__ = ()

    def _compared(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f.name) for f in fields(self) if f.compare)  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared() == other._compared()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._compared())

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{f.name}={getattr(self, f.name)!r}"
            for f in fields(self)  # type: ignore[arg-type]
            if f.repr
        )
        return f"{self.__class__.__qualname__}({shown})"
