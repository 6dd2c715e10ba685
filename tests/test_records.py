"""The specs and problems keep the behaviour of ``@dataclass(frozen=True)`` on Record."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
import sys
import types
import typing
from typing import Any

import pytest

import kms_keystore
from kms_keystore.core.problems import ConfigProblem, GuardrailProblem, Problem
from kms_keystore.core.records import Record, record

SPECS = [
    getattr(kms_keystore, name)
    for name in kms_keystore.__all__
    if dataclasses.is_dataclass(getattr(kms_keystore, name))
]


def _twin(cls: type) -> type:
    """The same fields under a plain ``@dataclass(frozen=True)``: what the spec must behave like."""
    spec = [
        (
            f.name,
            object,
            dataclasses.field(  # a new field: make_dataclass would rewrite the spec's own
                default=f.default,
                default_factory=f.default_factory,
                init=f.init,
                repr=f.repr,
                hash=f.hash,
                compare=f.compare,
            ),
        )
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(cls.__name__, spec, frozen=True)


def test_every_public_dataclass_is_a_record():
    names = {cls.__name__ for cls in SPECS}
    assert {"InstanceSpec", "KeySpec", "DeploymentConfig", "Problem", "BackendSpec"} <= names
    assert all(issubclass(cls, Record) for cls in SPECS)


@pytest.mark.parametrize("cls", SPECS, ids=lambda c: c.__name__)
def test_a_record_compares_hashes_and_shows_like_a_frozen_dataclass(cls):
    missing = dataclasses.MISSING
    kwargs = {  # a plain text for every field without a default
        f.name: "x"
        for f in dataclasses.fields(cls)
        if f.default is missing and f.default_factory is missing
    }
    first, second = cls(**kwargs), cls(**kwargs)
    twin = _twin(cls)
    values = {f.name: getattr(first, f.name) for f in dataclasses.fields(cls) if f.init}

    assert first == second
    assert (first != second) is False
    assert repr(first) == repr(twin(**values)).replace(
        f"{twin.__qualname__}(", f"{cls.__qualname__}("
    )
    assert (first == twin(**values)) is False  # another class is never equal
    try:
        hash(twin(**values))
    except TypeError:  # a dict field: neither is hashable
        with pytest.raises(TypeError):
            hash(first)
    else:
        assert hash(first) == hash(second) == hash(twin(**values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.__setattr__(dataclasses.fields(cls)[0].name, None)
    field = dataclasses.fields(cls)[0]
    changed = dataclasses.replace(first, **{field.name: "something else"})
    assert changed != first


def test_problem_kinds_differ_even_with_equal_fields():
    values = ("p", "f", 1, "a")
    assert Problem(*values) == Problem(*values)
    assert ConfigProblem(*values) != Problem(*values)
    assert ConfigProblem(*values) != GuardrailProblem(*values)
    assert (
        repr(ConfigProblem(*values)) == "ConfigProblem(path='p', field='f', value=1, allowed='a')"
    )
    assert len({ConfigProblem(*values), ConfigProblem(*values), Problem(*values)}) == 2


def _defaults(cls: type) -> dict[str, object]:
    missing = dataclasses.MISSING
    return {
        f.name: "x"
        for f in dataclasses.fields(cls)
        if f.default is missing and f.default_factory is missing
    }


@pytest.mark.parametrize("cls", SPECS, ids=lambda c: c.__name__)
def test_a_record_is_built_like_a_frozen_dataclass(cls):
    twin = _twin(cls)
    ours, theirs = inspect.signature(cls).parameters, inspect.signature(twin).parameters

    assert list(ours) == list(theirs)
    for name, parameter in ours.items():
        assert parameter.kind == theirs[name].kind
        assert repr(parameter.default) == repr(theirs[name].default)
    assert cls.__match_args__ == twin.__match_args__
    assert cls.__dataclass_params__.frozen is True
    kwargs = _defaults(cls)
    first, second = cls(**kwargs), cls(*kwargs.values())
    assert first == second
    for field in dataclasses.fields(cls):  # a factory gives each instance its own value
        if field.default_factory is not dataclasses.MISSING:
            assert getattr(first, field.name) is not getattr(second, field.name)
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(first, dataclasses.fields(cls)[0].name)
    assert pickle.loads(pickle.dumps(first)) == first
    assert copy.deepcopy(first) == first
    with pytest.raises(TypeError, match="unexpected keyword argument 'not_a_field'"):
        cls(**kwargs, not_a_field=1)
    with pytest.raises(TypeError, match="positional argument"):
        cls(*range(len(dataclasses.fields(cls)) + 1))
    if kwargs:
        with pytest.raises(TypeError, match="missing"):
            cls()


def test_a_frozen_dataclass_may_extend_a_record_and_a_plain_one_may_not():
    @dataclasses.dataclass(frozen=True)
    class Mine(kms_keystore.InstanceSpec):
        team: str = "payments"

    mine = Mine(name="kms-mine")
    assert (mine.name, mine.team) == ("kms-mine", "payments")
    assert [f.name for f in dataclasses.fields(Mine)][-1] == "team"
    with pytest.raises(dataclasses.FrozenInstanceError):
        mine.team = "other"
    with pytest.raises(TypeError, match="non-frozen"):

        @dataclasses.dataclass
        class Loose(kms_keystore.InstanceSpec):
            team: str = "payments"


def test_a_plain_subclass_keeps_the_fields_frozen_and_may_add_attributes():
    problem = ConfigProblem("p", "f", 1, "a")
    problem.note = "kept"  # not a field: allowed, as on a frozen dataclass's plain subclass

    assert problem.note == "kept"
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.path = "q"
    with pytest.raises(dataclasses.FrozenInstanceError):
        Problem("p", "f", 1, "a").note = "refused on the record class itself"


def _lazy() -> type:
    @record
    class Lazy(Record):
        """A record with a docstring: nothing reads its signature at definition."""

        key: str
        tags: dict = dataclasses.field(default_factory=dict)
        upper: str = ""

        def __post_init__(self) -> None:
            object.__setattr__(self, "upper", self.key.upper())

    return Lazy


def test_init_is_compiled_only_for_a_tool_with_post_init_and_factories():
    Lazy = _lazy()
    made = [Lazy("k") for _ in range(3)] + [Lazy(key="k")]
    assert "__init__" not in Lazy.__dict__  # nothing compiled to make them
    assert Lazy.__init__.__qualname__.endswith("Lazy.__init__")  # a tool reads it: compiled
    assert "__init__" in Lazy.__dict__
    made.append(Lazy("k"))  # and made by the compiled one from now on
    for lazy in made:
        assert (lazy.key, lazy.tags, lazy.upper) == ("k", {}, "K")
        assert repr(lazy).endswith(".Lazy(key='k', tags={}, upper='K')")  # qualname, as dataclass
    assert len({id(lazy.tags) for lazy in made}) == len(made)  # a new value of the factory each
    assert list(vars(made[0])) == list(vars(made[-1])) == ["key", "tags", "upper"]


CALLS = [
    ((), {}),
    (("k",), {}),
    (("k", {"a": 1}), {"upper": "u"}),
    ((), {"key": "k", "tags": {}}),
    (("k", {}, "u", "extra"), {}),
    (("k",), {"key": "again"}),
    (("k",), {"nope": 1}),
    ((), {"tags": {}}),
    (("k",), {"upper": "u", "tags": None}),
    ((), {"upper": "u", "key": "k"}),
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_the_fast_init_binds_and_refuses_as_the_compiled_one(args, kwargs):
    plain, compiled = _lazy(), _lazy()
    compiled.__init__  # noqa: B018 - a read through the class compiles it

    def outcome(cls: type) -> object:
        try:
            made = cls(*args, **kwargs)
        except TypeError as err:
            return str(err).replace(cls.__qualname__, "Lazy")
        return list(vars(made).items())  # the values, in the order they were set

    assert "__init__" in compiled.__dict__
    assert outcome(plain) == outcome(compiled)

    @record(eq=False)
    class Identity(Record):
        key: str

    assert Identity.__doc__ == "Identity(key: 'str')"  # as dataclass writes it

    assert Identity("k") != Identity("k")
    assert len({Identity("k"), Identity("k")}) == 2


def test_record_refuses_what_it_does_not_compile():
    with pytest.raises(TypeError, match="must subclass Record"):

        @record
        class NotARecord:
            key: str

    with pytest.raises(TypeError, match="must be an __init__ field"):

        @record
        class Hidden(Record):
            key: str = dataclasses.field(default="", init=False)

    with pytest.raises(TypeError, match="must be an __init__ field"):

        @record
        class KeywordOnly(Record):
            key: str = dataclasses.field(default="", kw_only=True)

    with pytest.raises(TypeError, match="InitVar"):

        @record
        class WithInitVar(Record):
            key: dataclasses.InitVar[str]

    with pytest.raises(TypeError, match="has no default but follows"):

        @record
        class Order(Record):
            first: str = ""
            second: str

    with pytest.raises(TypeError, match="subclasses the record"):

        @record
        class Again(kms_keystore.InstanceSpec):
            extra: str = ""


def test_tools_that_read_init_see_the_compiled_one():
    """Documentation tools read ``cls.__init__`` itself (pdoc) or the signature (inspect)."""

    @record
    class Unused(Record):
        """Never instantiated before a tool looks at it."""

        key: str
        size: int = 1

    init = Unused.__init__
    assert init.__qualname__.endswith("Unused.__init__")
    assert list(inspect.signature(init).parameters) == ["self", "key", "size"]
    assert inspect.signature(init).parameters["size"].default == 1
    assert inspect.getdoc(Record) and Record.__dict__["__init__"] is not init

    class Bare(Record):  # no @record: refused when built, with the fix named
        pass

    with pytest.raises(TypeError, match="without @record"):
        Bare()


@pytest.mark.parametrize("cls", SPECS, ids=lambda c: c.__name__)
def test_init_annotations_resolve_in_the_records_module(cls):
    hints = typing.get_type_hints(cls.__init__)
    assert hints.pop("return") is type(None)
    assert hints == {
        name: kind
        for name, kind in typing.get_type_hints(cls).items()
        if name in {f.name for f in dataclasses.fields(cls)}
    }
    assert inspect.signature(cls, eval_str=True).parameters.keys() == hints.keys()


def test_field_names_never_meet_the_names_init_uses():
    @record
    class Odd(Record):
        """Names a generated __init__ might have used for itself."""

        self: int
        _setattr: int = 1
        _factory_x: int = 2
        x: list = dataclasses.field(default_factory=list)
        _FACTORY: str = "f"

    odd = Odd(0, 5, 6, [1], "g")
    assert (odd.self, odd._setattr, odd._factory_x, odd.x, odd._FACTORY) == (0, 5, 6, [1], "g")
    assert Odd(self=1).x == []
    for bad in ("class", "__record_setattr"):
        with pytest.raises(TypeError, match="cannot be a parameter"):
            record(type("Bad", (Record,), {"__annotations__": {bad: "int"}, "__doc__": "d"}))


def test_methods_a_class_defines_are_kept_or_refused_as_dataclass_does():
    @record
    class Caseless(Record):
        """Equal whatever the case; still hashable, as a frozen dataclass with its own __eq__."""

        name: str

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Caseless) and self.name.lower() == other.name.lower()

    assert Caseless("A") == Caseless("a")
    assert hash(Caseless("A")) == hash(Caseless("A"))

    @record(eq=False)
    class Own(Record):
        """Its own equality survives eq=False."""

        name: str

        def __eq__(self, other: object) -> bool:
            return True

        __hash__ = object.__hash__

    assert Own("a") == Own("b")

    @record
    class WithInit(Record):
        """Its own __init__, calling super().__init__() as on a dataclass."""

        name: str = "n"

        def __init__(self, raw: str) -> None:
            super().__init__()
            object.__setattr__(self, "name", raw.strip())

    assert WithInit(" x ").name == "x"

    @record
    class Counted(Record):
        """A ClassVar is no field, as on a dataclass."""

        made: typing.ClassVar[int] = 0
        name: str = ""

    assert [f.name for f in dataclasses.fields(Counted)] == ["name"]

    class Base:
        def __init__(self) -> None:
            pass

    refused = [
        (type("Mutable", (Record,), {"__setattr__": object.__setattr__}), "defines __setattr__"),
        (type("Mixed", (Base, Record), {}), "defines __init__"),
    ]
    for cls, message in refused:
        with pytest.raises(TypeError, match=message):
            record(cls)


_FIELD_ATTRIBUTES = (
    "name",
    "type",
    "default",
    "default_factory",
    "init",
    "repr",
    "hash",
    "compare",
    "metadata",
    "kw_only",
    "_field_type",
)
_BODIES = {
    "plain": "key: str\nsize: int = 1\n",
    "fields": (
        "key: str = dataclasses.field(default='k', repr=False, metadata={'m': 1})\n"
        "tags: dict = dataclasses.field(default_factory=dict, compare=False)\n"
    ),
    "a class variable": "kind: typing.ClassVar[str] = 'x'\nkey: str = ''\n",
    "a mutable default": "tags: dict = {}\n",
    "a field without annotation": "key: str = ''\nother = dataclasses.field(default=1)\n",
    "a method and a constant": "key: str = ''\nLIMIT = 3\ndef size(self):\n    return 1\n",
}


def _made(body: str, decorate: Any) -> object:
    """The class ``body`` defines, as ``decorate`` makes it, or the error it raises."""
    namespace: dict[str, Any] = {}
    source = "from __future__ import annotations\nclass Made(Base):\n" + "".join(
        f"    {line}\n" for line in body.splitlines()
    )
    try:
        exec(source, {"dataclasses": dataclasses, "typing": typing, "Base": Record}, namespace)
        return decorate(namespace["Made"])
    except (TypeError, ValueError) as err:
        return f"{type(err).__name__}: {err}"


@pytest.mark.parametrize("body", _BODIES.values(), ids=list(_BODIES))
def test_fields_are_made_as_dataclass_makes_them(body):
    ours = _made(body, record)
    theirs = _made(body, dataclasses.dataclass(frozen=True))
    if isinstance(theirs, str):
        assert ours == theirs  # the same refusal
        return
    assert isinstance(ours, type)
    assert list(ours.__dataclass_fields__) == list(theirs.__dataclass_fields__)
    for name, field in theirs.__dataclass_fields__.items():
        mine = ours.__dataclass_fields__[name]
        assert [getattr(mine, a) for a in _FIELD_ATTRIBUTES] == [
            getattr(field, a) for a in _FIELD_ATTRIBUTES
        ], name
    assert ours.__match_args__ == theirs.__match_args__
    for name in ("key", "size", "tags", "kind", "LIMIT"):  # class attributes left or removed
        mine, expected = getattr(ours, name, None), getattr(theirs, name, None)
        if callable(expected):
            assert callable(mine) and mine.__name__ == expected.__name__, name
        else:
            assert mine == expected, name
    params = ours.__dataclass_params__
    assert (params.frozen, params.order, params.unsafe_hash) == (True, False, False)


CV = typing.ClassVar  # another name for it, as a module may import it


def test_a_class_variable_under_another_name_is_no_field():
    @record
    class Counted(Record):
        key: str = ""
        count: CV[int] = 0

    assert [f.name for f in dataclasses.fields(Counted)] == ["key"]
    assert Counted("k").key == "k" and Counted.count == 0


_LATE_ALIAS_MODULE = """
from __future__ import annotations
import dataclasses, typing

@decorate
class First(Base):
    key: str = ""

LaterCV = typing.ClassVar  # bound after the module's first record
CountVar = typing.ClassVar[int]  # a subscripted one, which dataclass reads the same way

@decorate
class Second(Base):
    key: str = ""
    count: LaterCV[int] = 0
    qualified: typing.LaterCV[int] = 1

@decorate
class Third(Base):
    key: str = ""
    limit: CountVar = 3
"""


def _late_alias_module(
    name: str, decorate: Any, base: type, monkeypatch: Any, source: str = _LATE_ALIAS_MODULE
) -> Any:
    module = types.ModuleType(f"kms_records_late_alias_{name}")
    module.__dict__.update(decorate=decorate, Base=base)
    monkeypatch.setitem(sys.modules, module.__name__, module)
    exec(compile(source, module.__name__, "exec"), module.__dict__)
    return module


def test_a_class_variable_named_after_an_earlier_record_is_no_field(monkeypatch):
    ours = _late_alias_module("ours", record, Record, monkeypatch)
    frozen = dataclasses.dataclass(frozen=True)
    theirs = _late_alias_module("dataclass", frozen, object, monkeypatch)

    for made in ("Second", "Third"):
        names = [f.name for f in dataclasses.fields(getattr(ours, made))]
        assert names == [f.name for f in dataclasses.fields(getattr(theirs, made))], made
        assert names[0] == "key" and "count" not in names and "limit" not in names
    assert ours.Second(key="k").key == "k" and ours.Second.count == 0
    assert ours.Third(key="k").key == "k" and ours.Third.limit == 3


@pytest.mark.parametrize("annotation", ["Later[int]", "Bound"])
def test_an_init_var_under_another_name_is_refused(annotation, monkeypatch):
    source = (
        "from __future__ import annotations\nimport dataclasses\n"
        "Later = dataclasses.InitVar\nBound = dataclasses.InitVar[int]\n"
        "@decorate\nclass Made(Base):\n    key: str = ''\n"
        f"    seed: {annotation} = 0\n"
    )
    with pytest.raises(TypeError, match=r"Made\.seed is an InitVar"):
        _late_alias_module("initvar", record, Record, monkeypatch, source)


_UNUSUAL_MODULE = """
from __future__ import annotations
import typing

class EqOnly(type):
    def __eq__(cls, other):  # defines __eq__ alone: its classes cannot be hashed
        return cls is other

class Odd(metaclass=EqOnly):
    pass

ODD = Odd()  # a module value whose type is unhashable

class InitVarHelper:
    pass

@decorate
class Plain(Base):
    key: str = ""

@decorate
class Made(Base):
    key: str = ""
    helper: typing.ClassVar[type[InitVarHelper]] = InitVarHelper
"""


def test_unusual_module_values_and_class_variables_are_read_as_dataclass_reads_them(
    monkeypatch,
):
    ours = _late_alias_module("unusual_ours", record, Record, monkeypatch, _UNUSUAL_MODULE)
    frozen = dataclasses.dataclass(frozen=True)
    theirs = _late_alias_module("unusual_dataclass", frozen, object, monkeypatch, _UNUSUAL_MODULE)

    for made in ("Plain", "Made"):
        assert [f.name for f in dataclasses.fields(getattr(ours, made))] == ["key"]
        assert [f.name for f in dataclasses.fields(getattr(theirs, made))] == ["key"]
    assert ours.Made("k").key == "k" and ours.Made.helper is ours.InitVarHelper


def test_slots_and_properties_of_a_field_name_are_written_through():
    @record
    class Slotted(Record):
        """Instances without a ``__dict__``."""

        __slots__ = ("a",)
        a: int

    assert Slotted(a=1).a == 1

    @record
    class Base(Record):
        a: int = 0

    class Shown(Base):
        @property
        def a(self) -> int:
            return 42

    with pytest.raises(AttributeError):  # as @dataclass(frozen=True) and the compiled one do
        Shown(5)
    assert Base(5).a == 5
