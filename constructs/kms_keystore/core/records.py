"""Frozen dataclasses that cost little to define: :func:`record` and its base :class:`Record`.

Python 3.11's ``dataclass`` compiles every method it generates from source, one
``exec`` apiece: six for a frozen class that compares (``__init__``,
``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``). The
package defines its specs and problems when it is imported, that is at every
start of the app, where those compilations were the largest share of the time
the app spends beyond the plain bindings (docs/speed.md); and most of these
classes are never instantiated in a given run.

A class decorated with :func:`record` (a subclass of :class:`Record`) is a
dataclass whose fields ``dataclasses`` itself reads, and which behaves as
``@dataclass(frozen=True)`` would make it, with nothing compiled at import:

* ``__init__`` is written and compiled the first time it is looked up (the
  first instantiation, or a tool reading ``cls.__init__`` or the class's
  signature), with the parameters, defaults, default factories, annotations
  and ``__post_init__`` call ``dataclass`` would give it;
* ``__setattr__``/``__delattr__``, ``==``, ``hash`` and ``repr`` come from
  :class:`Record`, reading the fields at run time, with the same results;
* ``dataclasses.fields``, ``replace``, ``asdict``, ``is_dataclass`` and
  ``__match_args__`` work as usual, and ``__dataclass_params__.frozen`` is true,
  so that a ``@dataclass(frozen=True)`` subclass is allowed, as it is of a
  frozen dataclass.

Only plain fields are supported (every field in ``__init__``, none keyword-only,
no ``InitVar``), and a record extends :class:`Record` only, never another
record (a plain subclass, without the decorator, is fine); :func:`record`
refuses anything else at definition.
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
from typing import Any, TypeVar

_T = TypeVar("_T", bound=type)
_RECORD = "__kms_keystore_record__"
"""Set in the ``__dict__`` of each class :func:`record` made."""


class _Factory:
    """The default a compiled ``__init__`` shows for a field with a default factory."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


@typing.dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: _T | None = None, *, eq: bool = True) -> Any:
    """Make ``cls`` (a subclass of :class:`Record`) a frozen dataclass, compiled lazily.

    :param eq: compare and hash by the fields, as ``@dataclass(frozen=True)``;
        ``False`` keeps identity (``@dataclass(frozen=True, eq=False)``).
    """

    def make(target: _T) -> _T:
        if not issubclass(target, Record):
            raise TypeError(f"@record: {target.__qualname__} must subclass Record")
        inherited = [k.__qualname__ for k in target.__mro__[1:] if _RECORD in k.__dict__]
        if inherited:
            raise TypeError(
                f"@record: {target.__qualname__} subclasses the record {inherited[0]};"
                " a record class extends Record only"
            )
        setattr(target, _RECORD, True)
        undocumented = not target.__doc__
        if undocumented:  # dataclass would read the signature (compile __init__) before the check
            target.__doc__ = target.__qualname__
        made = dataclasses.dataclass(target, init=False, repr=False, eq=False)
        _check_fields(made)
        if undocumented:  # what dataclass writes: the name and the signature
            signature = str(inspect.signature(made)).replace(" -> None", "")
            made.__doc__ = made.__name__ + signature
        made.__dataclass_params__.frozen = True  # type: ignore[attr-defined]
        if not eq:
            made.__eq__ = object.__eq__  # type: ignore[assignment,method-assign]
            made.__hash__ = object.__hash__  # type: ignore[assignment,method-assign]
        return made

    return make if cls is None else make(cls)


def _check_fields(cls: type) -> None:
    """Refuse what the lazily compiled ``__init__`` does not handle; and a bad field order."""
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)
    if len(declared) != len(fields):
        raise TypeError(f"@record: {cls.__qualname__} declares an InitVar or a ClassVar field")
    seen_default = ""
    for field in fields:
        if not field.init or field.kw_only:
            raise TypeError(f"@record: {cls.__qualname__}.{field.name} must be an __init__ field")
        has_default = (
            field.default is not dataclasses.MISSING
            or field.default_factory is not dataclasses.MISSING
        )
        if has_default:
            seen_default = field.name
        elif seen_default:
            raise TypeError(
                f"@record: {cls.__qualname__}.{field.name} has no default but follows"
                f" {seen_default}, which has one"
            )


def _compile_init(cls: type) -> Any:
    """Write ``cls.__init__`` as ``@dataclass`` would, compile it once, and install it."""
    if "__init__" in cls.__dict__:
        return cls.__dict__["__init__"]
    namespace: dict[str, Any] = {"_setattr": object.__setattr__, "_FACTORY": _FACTORY}
    parameters, body = [], []
    for field in dataclasses.fields(cls):
        name = field.name
        if field.default is not dataclasses.MISSING:
            namespace[f"_default_{name}"] = field.default
            parameters.append(f"{name}=_default_{name}")
        elif field.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{name}"] = field.default_factory
            parameters.append(f"{name}=_FACTORY")
            body.append(f"    if {name} is _FACTORY: {name} = _factory_{name}()")
        else:
            parameters.append(name)
        body.append(f"    _setattr(self, {name!r}, {name})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(parameters)}):\n" + "\n".join(body or ["    pass"])
    # the text holds only the class's own field names (identifiers); its values stay objects
    exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = {f.name: f.type for f in dataclasses.fields(cls)} | {"return": None}
    cls.__init__ = init  # type: ignore[misc]
    return init


def _not_a_record(self: object, *args: Any, **kwargs: Any) -> None:
    raise TypeError(f"{type(self).__qualname__} extends Record without @record")


class _InitOnFirstUse:
    """``Record.__init__``: compiles, installs and returns the record class's own ``__init__``.

    Python finds it whenever a record class (or a plain subclass of one) has no
    ``__init__`` of its own yet: at the first instantiation, and when a tool reads
    ``cls.__init__`` or ``inspect.signature(cls)``; from then on the compiled
    function is found first.
    """

    def __get__(self, instance: object, owner: type) -> Any:
        made = next((k for k in owner.__mro__ if _RECORD in k.__dict__), None)
        init = _not_a_record if made is None else _compile_init(made)
        return init if instance is None else init.__get__(instance, owner)


class Record:
    """Base of every :func:`record` class: frozen attributes, field-wise ``==``, hash, repr."""

    __slots__ = ()
    __init__ = _InitOnFirstUse()  # type: ignore[assignment]

    def __setattr__(self, name: str, value: Any) -> None:
        if _RECORD in type(self).__dict__ or name in self.__dataclass_fields__:  # type: ignore[attr-defined]
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name: str) -> None:
        if _RECORD in type(self).__dict__ or name in self.__dataclass_fields__:  # type: ignore[attr-defined]
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super().__delattr__(name)

    def _compared(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f.name) for f in dataclasses.fields(self) if f.compare)  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared() == other._compared()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._compared())

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{f.name}={getattr(self, f.name)!r}"
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
            if f.repr
        )
        return f"{self.__class__.__qualname__}({shown})"
