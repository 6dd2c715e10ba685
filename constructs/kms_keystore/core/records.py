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

* ``__init__`` is written and compiled, with the parameters, defaults,
  default factories, annotations and ``__post_init__`` call ``dataclass``
  would give it, when a tool first reads ``cls.__init__`` or the class's
  signature, or at the instantiation after the first :data:`COMPILE_AFTER`;
  those are made by a plain function that does the same (:func:`_plain_init`),
  since a compilation costs as much as a few hundred of them;
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
import keyword
import sys
import typing
from typing import Any, TypeVar

_T = TypeVar("_T", bound=type)
_RECORD = "__kms_keystore_record__"
"""Set in the ``__dict__`` of each class :func:`record` made."""
_GENERATED = "__kms_keystore_generated__"
"""Set on each ``__init__`` this module compiled."""
_PREFIX = "__record_"
"""How the names a compiled ``__init__`` uses besides the fields begin (no field may)."""


class _Factory:
    """The default a compiled ``__init__`` shows for a field with a default factory."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


@typing.dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: _T | None = None, *, eq: bool = True) -> Any:
    """Make ``cls`` (a subclass of :class:`Record`) a frozen dataclass, compiled lazily.

    :param eq: compare and hash by the fields, as ``@dataclass(frozen=True)``;
        ``False`` keeps identity (``@dataclass(frozen=True, eq=False)``). An
        ``__eq__`` or ``__hash__`` the class defines itself is kept either way.
    """

    def make(target: _T) -> _T:
        _check_class(target)
        setattr(target, _RECORD, True)
        undocumented = not target.__doc__
        if undocumented:  # dataclass would read the signature (compile __init__) before the check
            target.__doc__ = target.__qualname__
        own = target.__dict__
        user_eq, user_hash = "__eq__" in own, own.get("__hash__", None) is not None
        made = dataclasses.dataclass(target, init=False, repr=False, eq=False)
        _check_fields(made)
        if undocumented:  # what dataclass writes: the name and the signature
            signature = str(inspect.signature(made)).replace(" -> None", "")
            made.__doc__ = made.__name__ + signature
        made.__dataclass_params__.frozen = True  # type: ignore[attr-defined]
        if not eq and not user_eq:
            made.__eq__ = object.__eq__  # type: ignore[assignment,method-assign]
        if not user_hash:  # an __eq__ in the class body left __hash__ None: give it back
            made.__hash__ = Record.__hash__ if eq else object.__hash__  # type: ignore[assignment,method-assign]
        return made

    return make if cls is None else make(cls)


def _check_class(cls: type) -> None:
    """Refuse a class whose record would not behave as ``@dataclass(frozen=True)`` makes it."""
    name = cls.__qualname__
    if not issubclass(cls, Record):
        raise TypeError(f"@record: {name} must subclass Record")
    for klass in cls.__mro__[1:]:
        if klass is Record:
            break
        if _RECORD in klass.__dict__:
            raise TypeError(
                f"@record: {name} subclasses the record {klass.__qualname__};"
                " a record class extends Record only"
            )
        if "__init__" in klass.__dict__:
            raise TypeError(f"@record: {name}'s base {klass.__qualname__} defines __init__")
    for method in ("__setattr__", "__delattr__"):
        if method in cls.__dict__:  # as dataclass refuses for a frozen class
            raise TypeError(f"@record: {name} defines {method}; a record is frozen")


def _check_fields(cls: type) -> None:
    """Refuse what the lazily compiled ``__init__`` does not handle; and a bad field order."""
    fields = dataclasses.fields(cls)
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    for extra in set(declared) - {f.name for f in fields}:  # ClassVar or InitVar pseudo-fields
        if "InitVar" in str(declared[extra].type):
            raise TypeError(f"@record: {cls.__qualname__}.{extra} is an InitVar")
    seen_default = ""
    for field in fields:
        where = f"@record: {cls.__qualname__}.{field.name}"
        if not field.init or field.kw_only:
            raise TypeError(f"{where} must be an __init__ field")
        if keyword.iskeyword(field.name) or field.name.startswith(_PREFIX):
            raise TypeError(f"{where}: the name cannot be a parameter of __init__")
        has_default = (
            field.default is not dataclasses.MISSING
            or field.default_factory is not dataclasses.MISSING
        )
        if has_default:
            seen_default = field.name
        elif seen_default:
            raise TypeError(f"{where} has no default but follows {seen_default}, which has one")


def _compile_init(cls: type) -> Any:
    """Write ``cls.__init__`` as ``@dataclass`` would, compile it once, and install it.

    As dataclass does, the function is made inside a factory whose parameters
    carry the defaults and helpers, and compiled in the class's module, so that
    its annotations resolve there (``typing.get_type_hints``).
    """
    if "__init__" in cls.__dict__:
        return cls.__dict__["__init__"]
    fields = dataclasses.fields(cls)
    names = {f.name for f in fields}
    me = "__dataclass_self__" if "self" in names else "self"
    helpers: dict[str, Any] = {
        f"{_PREFIX}setattr": object.__setattr__,
        f"{_PREFIX}factory": _FACTORY,
    }
    parameters, body = [me], []
    for field in fields:
        name = field.name
        if field.default is not dataclasses.MISSING:
            helpers[f"{_PREFIX}default_{name}"] = field.default
            parameters.append(f"{name}: {_PREFIX}type_{name} = {_PREFIX}default_{name}")
        elif field.default_factory is not dataclasses.MISSING:
            helpers[f"{_PREFIX}factory_{name}"] = field.default_factory
            parameters.append(f"{name}: {_PREFIX}type_{name} = {_PREFIX}factory")
            body.append(f"if {name} is {_PREFIX}factory: {name} = {_PREFIX}factory_{name}()")
        else:
            parameters.append(f"{name}: {_PREFIX}type_{name}")
        helpers[f"{_PREFIX}type_{name}"] = field.type
        body.append(f"{_PREFIX}setattr({me}, {name!r}, {name})")
    if hasattr(cls, "__post_init__"):
        body.append(f"{me}.__post_init__()")
    inner = "\n".join(f"        {line}" for line in body or ["pass"])
    source = (
        f"def __create_init__({', '.join(helpers)}):\n"
        f"    def __init__({', '.join(parameters)}) -> None:\n{inner}\n"
        "    return __init__\n"
    )
    module = sys.modules.get(cls.__module__)
    namespace: dict[str, Any] = {}
    # the text holds only the class's own field names (identifiers); its values stay objects.
    # Compiled without this module's postponed annotations: they are the fields' own types.
    code = compile(source, f"<record {cls.__qualname__}>", "exec", dont_inherit=True)
    exec(code, module.__dict__ if module is not None else {}, namespace)
    init = namespace["__create_init__"](**helpers)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    setattr(init, _GENERATED, True)
    cls.__init__ = init  # type: ignore[misc]
    return init


COMPILE_AFTER = 256
"""Instantiations of a record class made by :func:`_plain_init` before its ``__init__`` is compiled.

Compiling costs about as much as 250 calls of the plain function cost more than
calls of the compiled one (some 0.7 ms against 3 µs, for 20 fields): a class made
a few times per run (one deployment) is never compiled, one made for every
deployment of a large fleet is, early on.
"""
_USES = "__kms_keystore_uses__"
"""Set on a record class: how often :func:`_plain_init` made one."""
_PLAIN = "__kms_keystore_plain_init__"
"""Set on a record class: its :func:`_plain_init`."""


def _plain_init(cls: type) -> Any:
    """An ``__init__`` for ``cls`` that needs no compiling: what the compiled one does, in a loop.

    Arguments it would not bind exactly as the compiled function binds them (too
    many, unknown, given twice or missing) go to the compiled one, which raises
    Python's own ``TypeError``.
    """
    plan = tuple((f.name, f.default, f.default_factory) for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    names = frozenset(name for name, _, _ in plan)
    count, post_init, missing = len(plan), hasattr(cls, "__post_init__"), dataclasses.MISSING
    setattr_ = object.__setattr__

    def __init__(self: Any, /, *args: Any, **kwargs: Any) -> None:
        given = len(args)
        if given > count or (kwargs and not names.issuperset(kwargs)):
            return _compile_init(cls)(self, *args, **kwargs)
        values = []
        for position, (name, default, factory) in enumerate(plan):
            if position < given:
                if name in kwargs:
                    return _compile_init(cls)(self, *args, **kwargs)
                values.append(args[position])
            elif name in kwargs:
                values.append(kwargs[name])
            elif default is not missing:
                values.append(default)
            elif factory is not missing:
                values.append(factory())
            else:
                return _compile_init(cls)(self, *args, **kwargs)
        for (name, _, _), value in zip(plan, values, strict=True):
            setattr_(self, name, value)
        if post_init:
            self.__post_init__()
        return None

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    __init__.__module__ = cls.__module__
    return __init__


def _not_a_record(self: object, *args: Any, **kwargs: Any) -> None:
    raise TypeError(f"{type(self).__qualname__} extends Record without @record")


class _InitOnFirstUse:
    """``Record.__init__``: compiles, installs and returns the record class's own ``__init__``.

    Python finds it whenever a record class (or a plain subclass of one) has no
    ``__init__`` of its own yet: at the first instantiation, and when a tool reads
    ``cls.__init__`` or ``inspect.signature(cls)``; from then on the compiled
    function is found first. Reached through ``super()`` from an ``__init__`` that
    a record class defines itself, it is ``object.__init__``, as for a dataclass.
    """

    def __get__(self, instance: object, owner: type) -> Any:
        made = next((k for k in owner.__mro__ if _RECORD in k.__dict__), None)
        if made is None:
            init = _not_a_record
        elif "__init__" in made.__dict__ and not getattr(made.__init__, _GENERATED, False):
            init = object.__init__
        elif instance is not None and made.__dict__.get(_USES, 0) < COMPILE_AFTER:
            type.__setattr__(made, _USES, made.__dict__.get(_USES, 0) + 1)
            init = made.__dict__.get(_PLAIN)
            if init is None:
                init = _plain_init(made)
                type.__setattr__(made, _PLAIN, init)
        else:
            init = _compile_init(made)
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
