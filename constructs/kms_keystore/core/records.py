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

* instances are made by a function that binds the arguments with a few dict
  operations (:func:`_fast_init`), as the ``__init__`` ``dataclass`` writes
  would bind them, with the same defaults, default factories and
  ``__post_init__`` call; that ``__init__`` itself, with its parameters and
  annotations, is written and compiled only when a tool reads ``cls.__init__``
  or the class's signature (or a call is refused, for Python's own message):
  one compilation costs as much as a few hundred instantiations;
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

import abc
import copy
import dataclasses
import inspect
import keyword
import sys
import types
import typing
from types import MethodType
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
        made = _with_fields(target)
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


_FIELD_KIND = getattr(dataclasses, "_FIELD", None)
"""What marks a field (not a ``ClassVar`` or ``InitVar`` pseudo-field) in ``dataclasses``."""
_NOT_PLAIN = ("ClassVar", "InitVar", "KW_ONLY")
"""Words of an annotation that only ``dataclass`` itself reads right."""


@dataclasses.dataclass(init=False, repr=False, eq=False)
class _Params:
    """Its ``__dataclass_params__`` is what each record gets a copy of."""


_SPECIAL_IDS = frozenset(map(id, (typing.ClassVar, dataclasses.InitVar, dataclasses.KW_ONLY)))
"""The identities of the objects :func:`_names_special` looks for (they live as long as Python)."""
_SPECIAL_TYPES = (getattr(typing, "_GenericAlias", typing.ClassVar), dataclasses.InitVar)
"""Types of the other values ``dataclass`` reads as those: ``ClassVar[int]``, ``InitVar[int]``."""
_SPECIAL_TYPE_IDS = frozenset(map(id, _SPECIAL_TYPES))
"""Their identities: a module's values are compared by identity, never hashed (a type whose
metaclass defines ``__eq__`` alone cannot be)."""
_FIELD_INITVAR = getattr(dataclasses, "_FIELD_INITVAR", None)
"""What marks an ``InitVar`` pseudo-field in ``dataclasses``."""


def _special(value: object) -> bool:
    """Whether ``dataclass`` reads a module value as ``ClassVar``, ``InitVar`` or ``KW_ONLY``.

    As ``dataclasses`` judges the value an annotation's name finds: the object
    itself, a subscripted ``ClassVar`` (``ClassVar[int]``) or an ``InitVar[int]``.
    """
    if id(value) in _SPECIAL_IDS or type(value) is dataclasses.InitVar:
        return True
    return (
        id(type(value)) in _SPECIAL_TYPE_IDS
        and getattr(value, "__origin__", None) is typing.ClassVar
    )


def _names_special(joined: str, module_name: str) -> bool:
    """Whether annotation text may give ``ClassVar``, ``InitVar`` or ``KW_ONLY`` another name.

    ``joined`` is the class's annotations, ``module_name`` its module. ``dataclass``
    reads an annotation ``CV[int]`` as a class variable when ``CV`` is
    ``typing.ClassVar`` in the class's module at the time the class is made; such a
    class goes through it. Looked up now, so a name bound after an earlier record of the
    module counts as well. Any mention of such a name counts, where ``dataclass`` reads
    only an annotation's first name: asking more only sends a class through
    ``dataclass`` itself.
    """
    module = sys.modules.get(module_name)
    if module is None:
        return False
    namespace = vars(module)
    values = namespace.values()
    if _SPECIAL_IDS.isdisjoint(map(id, values)) and _SPECIAL_TYPE_IDS.isdisjoint(
        map(id, map(type, values))
    ):
        return False  # the usual case, checked without a loop in Python: no such name
    return any(name in joined for name, value in namespace.items() if _special(value))


def _with_fields(cls: _T) -> _T:
    """``cls`` with what ``dataclass(cls, init=False, repr=False, eq=False)`` gives it.

    In the plain case (every annotation a text without ``ClassVar``, ``InitVar``
    or ``KW_ONLY``, no dataclass base, no ``__slots__``, not abstract) the fields
    are made here: the same ``Field`` objects, class attributes,
    ``__match_args__`` and refusals (a mutable default, a ``field()`` without an
    annotation), without ``dataclass`` matching each annotation against those
    words with regular expressions. Any other class goes through ``dataclass``.
    """
    annotations = inspect.get_annotations(cls)
    texts = list(annotations.values())
    joined = "\n".join(texts) if all(type(text) is str for text in texts) else _NOT_PLAIN[0]
    plain = (
        _FIELD_KIND is not None
        and not isinstance(cls, abc.ABCMeta)
        and "__slots__" not in cls.__dict__
        and not any(hasattr(base, "__dataclass_fields__") for base in cls.__mro__[1:])
        and not any(word in joined for word in _NOT_PLAIN)
        and not _names_special(joined, cls.__module__)
    )
    if not plain:
        return dataclasses.dataclass(cls, init=False, repr=False, eq=False)
    fields: dict[str, dataclasses.Field[Any]] = {}
    for name, text in annotations.items():
        default = getattr(cls, name, dataclasses.MISSING)
        declared = isinstance(default, dataclasses.Field)
        if isinstance(default, types.MemberDescriptorType):  # a slot of a base: no default
            default = dataclasses.MISSING
        field = default if declared else dataclasses.field(default=default)
        field.name, field.type = name, text
        field._field_type = _FIELD_KIND  # type: ignore[attr-defined]
        if field.kw_only is dataclasses.MISSING:  # type: ignore[attr-defined]
            field.kw_only = False  # type: ignore[attr-defined]
        if field.default is not dataclasses.MISSING and field.default.__class__.__hash__ is None:
            raise ValueError(
                f"mutable default {type(field.default)} for field {name} is not allowed:"
                " use default_factory"
            )
        if declared:  # the class attribute becomes the default, or goes
            if field.default is dataclasses.MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, field.default)
        fields[name] = field
    for name, value in cls.__dict__.items():
        if isinstance(value, dataclasses.Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    cls.__dataclass_fields__ = fields  # type: ignore[attr-defined]
    cls.__dataclass_params__ = copy.copy(_Params.__dataclass_params__)  # type: ignore[attr-defined]
    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(fields)  # type: ignore[attr-defined]
    return cls


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
        kind = getattr(declared[extra], "_field_type", None)
        if (
            kind is _FIELD_INITVAR
            if _FIELD_INITVAR is not None  # as dataclass judged it: ClassVar[InitVarLike] is none
            else "InitVar" in str(declared[extra].type)
        ):
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


_FAST = "__kms_keystore_fast_init__"
"""Kept in the ``__dict__`` of a record class (or plain subclass): its fast ``__init__``."""
_REQUIRED = object()
"""Where a field without a default stands before the arguments are bound."""


def _fast_init(cls: type) -> Any:
    """An ``__init__`` for ``cls`` that binds the arguments with a few dict operations.

    It does what the compiled ``__init__`` does (defaults, one value of each
    default factory per instance, ``__post_init__``) with nothing compiled and no
    loop over the fields, writing the instance's ``__dict__`` as
    ``object.__setattr__`` would (no field of a record is a descriptor). Arguments
    it would not bind exactly as the compiled function binds them (too many,
    unknown, given twice or missing) go to the compiled one, which raises
    Python's own ``TypeError``.
    """
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    names = tuple(f.name for f in fields)
    known = frozenset(names)
    start: dict[str, Any] = {}
    for f in fields:
        if f.default is not dataclasses.MISSING:
            start[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            start[f.name] = _FACTORY
        else:
            start[f.name] = _REQUIRED
    factories = tuple((f.name, f.default_factory) for f in fields if start[f.name] is _FACTORY)
    required = tuple(name for name in names if start[name] is _REQUIRED)
    count, post_init = len(names), hasattr(cls, "__post_init__")

    def __init__(self: Any, /, *args: Any, **kwargs: Any) -> None:
        if len(args) > count or (
            kwargs
            and not (known.issuperset(kwargs) and kwargs.keys().isdisjoint(names[: len(args)]))
        ):
            return _compile_init(cls)(self, *args, **kwargs)
        values = start.copy()
        if args:
            values.update(zip(names, args, strict=False))  # checked above: no more args than names
        if kwargs:
            values.update(kwargs)
        for name in required:
            if values[name] is _REQUIRED:
                return _compile_init(cls)(self, *args, **kwargs)
        for name, factory in factories:
            if values[name] is _FACTORY:
                values[name] = factory()
        self.__dict__.update(values)
        if post_init:
            self.__post_init__()
        return None

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    __init__.__module__ = cls.__module__
    return __init__


def _dict_holds_fields(owner: type, made: type) -> bool:
    """Whether ``owner``'s instances keep ``made``'s fields in their ``__dict__``.

    Not so when they have no ``__dict__`` (``__slots__`` all the way) or when a
    class between them defines a data descriptor (a property, a slot) of a
    field's name: ``object.__setattr__`` goes through it, so the compiled
    ``__init__`` is used.
    """
    if owner.__dictoffset__ == 0:
        return False
    names = made.__dataclass_fields__  # type: ignore[attr-defined]
    for klass in owner.__mro__:
        for name, value in klass.__dict__.items():
            if name in names and hasattr(type(value), "__set__"):
                return False
        if klass is made:
            return True
    return True


def _not_a_record(self: object, *args: Any, **kwargs: Any) -> None:
    raise TypeError(f"{type(self).__qualname__} extends Record without @record")


class _InitOnFirstUse:
    """``Record.__init__``: the record class's own ``__init__``, fast for an instance.

    Python finds it whenever a record class (or a plain subclass of one) has no
    ``__init__`` of its own: at each instantiation, where it gives the class's
    :func:`_fast_init` (made once, kept in the class), and when a tool reads
    ``cls.__init__`` or ``inspect.signature(cls)``, where it compiles and installs
    the ``__init__`` ``dataclass`` would write, found first from then on. Reached
    through ``super()`` from an ``__init__`` that a record class defines itself,
    it is ``object.__init__``, as for a dataclass.
    """

    def __get__(self, instance: object, owner: type) -> Any:
        if instance is not None:
            fast = owner.__dict__.get(_FAST)
            if fast is not None:
                return MethodType(fast, instance)
        made = next((k for k in owner.__mro__ if _RECORD in k.__dict__), None)
        if made is None:
            init = _not_a_record
        elif "__init__" in made.__dict__ and not getattr(made.__init__, _GENERATED, False):
            init = object.__init__
        elif instance is None or not _dict_holds_fields(owner, made):
            init = _compile_init(made)
        else:
            init = made.__dict__.get(_FAST) or _fast_init(made)
            type.__setattr__(made, _FAST, init)
            type.__setattr__(owner, _FAST, init)
        return init if instance is None else MethodType(init, instance)


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
