"""The specs and problems keep the behaviour of ``@dataclass(frozen=True)`` on Record."""

from __future__ import annotations

import dataclasses

import pytest

import kms_keystore
from kms_keystore.core.problems import ConfigProblem, GuardrailProblem, Problem
from kms_keystore.core.records import Record

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
