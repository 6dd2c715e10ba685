"""A lazily compiled pattern answers as the compiled one, and compiles only when used."""

from __future__ import annotations

import copy
import re

import pytest

from kms_keystore.core.patterns import LazyPattern, lazy_pattern


def test_a_lazy_pattern_matches_as_re_compile_does():
    source = r"(?P<word>[a-z]+)-(\d+)"
    lazy, real = lazy_pattern(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)

    for text in ("abc-12", "ABC-12", "abc-", "x abc-1 y"):
        assert bool(lazy.fullmatch(text)) == bool(real.fullmatch(text))
        assert bool(lazy.search(text)) == bool(real.search(text))
    assert lazy.sub("_", "a-1 b-2") == real.sub("_", "a-1 b-2")
    assert lazy.pattern == source and lazy.flags == real.flags


def test_nothing_is_compiled_before_first_use(monkeypatch):
    compiled = []
    original = re.compile
    monkeypatch.setattr(re, "compile", lambda *a: compiled.append(a) or original(*a))

    pattern = LazyPattern("[0-9]+")
    assert compiled == []
    assert pattern.fullmatch("123") and pattern.fullmatch("456")
    assert compiled == [("[0-9]+", 0)]  # once, however often it is used


def test_a_bad_pattern_fails_where_it_is_used_and_hooks_are_not_invented():
    broken = lazy_pattern("(")
    with pytest.raises(re.error):
        broken.search("x")
    assert copy.copy(lazy_pattern("a")).fullmatch("a")  # no __copy__ forwarded to a Pattern
    assert repr(lazy_pattern("a+")) == "lazy_pattern('a+')"
