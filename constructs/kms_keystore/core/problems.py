"""The one error type for configuration mistakes, and the problems it carries."""

from __future__ import annotations

import reprlib
import unicodedata
from collections.abc import Iterable
from enum import Enum

from .records import Record, record

SHOWN_CHARACTERS = 80
"""Longest text of a value (or of a name the user wrote) echoed in a message."""


def a_kind(name: str) -> str:
    """``name`` with its article, for a message: ``'a Vpc'``, ``'an AssumeRoleSpec'``."""
    return f"{'an' if name[:1] in 'AEIOUaeiou' else 'a'} {name}"


class _Shown(reprlib.Repr):
    """``reprlib`` that names an object without a ``repr`` of its own by its type.

    The default ``repr`` holds a memory address (``<Vpc object at 0x7f...>``),
    which tells the reader nothing and changes from run to run.
    """

    def repr_instance(self, x: object, level: int) -> str:
        if isinstance(x, Enum):  # RoleMode.REFERENCE, not <RoleMode.REFERENCE: 'reference'>
            return f"{type(x).__name__}.{x.name}"
        text = None if type(x).__repr__ is object.__repr__ else super().repr_instance(x, level)
        if text is None or " at 0x" in text:  # generators, functions, bound methods...
            return repr(a_kind(type(x).__name__))
        return text


_REPR = _Shown()
_REPR.maxstring = SHOWN_CHARACTERS
_REPR.maxother = SHOWN_CHARACTERS
_REPR.maxlevel = 3
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = 6


def show_value(value: object) -> str:
    """``value`` for a message: a Python literal, escaped, shortened and never deeper than 3.

    ``repr`` escapes newlines, ANSI escapes and other non-printable characters;
    ``reprlib`` cuts long strings and deep or long containers in the middle.
    """
    try:
        return _REPR.repr(value)
    except (RecursionError, ValueError):  # pragma: no cover - reprlib bounds depth and size
        return f"<{type(value).__name__}>"


def show_text(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    """Text for a message (a name, a path): printable characters only, at most ``limit``."""
    escaped = "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in unicodedata.normalize("NFC", text)
    )
    if len(escaped) > limit:
        half = limit // 2
        escaped = f"{escaped[:half]}...({len(text)} characters)...{escaped[-half // 2 :]}"
    return escaped


@record
class Problem(Record):
    """One bad input: where it is, which field, the value given, and what is allowed.

    ``path`` is the construct path (``keystore/Instance``) of a construct used
    directly; a mistake in configuration is a :class:`ConfigProblem` instead.
    """

    path: str
    field: str
    value: object
    allowed: str

    def __str__(self) -> str:
        return (
            f"{show_text(self.path)}: {show_text(self.field)} = {show_value(self.value)} "
            f"is not valid: {show_text(self.allowed, 1000)}"
        )


class ConfigProblem(Problem):
    """A mistake in configuration, named by the path the user wrote: ``instance.keyNum``.

    ``path`` is the enclosing section as written (``deployments[1].keys[0]``, empty
    at the top level), ``field`` the key inside it.
    """

    @property
    def where(self) -> str:
        """The full path, such as ``deployments[1].keys[0].keySpec``."""
        if not self.path:
            return self.field
        if not self.field or self.field.startswith("["):
            return f"{self.path}{self.field}"
        return f"{self.path}.{self.field}"

    def __str__(self) -> str:
        return (
            f"{show_text(self.where)} = {show_value(self.value)} "
            f"is not valid: {show_text(self.allowed, 1000)}"
        )


class GuardrailProblem(Problem):
    """A guardrail error: ``field`` is the rule ID, ``value`` what was found, ``allowed`` why."""

    def __str__(self) -> str:
        return (
            f"{show_text(self.path)}: guardrail {self.field}: {show_text(str(self.value))}. "
            f"{show_text(self.allowed, 1000)}"
        )


def _same_number_kind(value: object, option: object) -> bool:
    """Whether ``value`` may stand for ``option``: a bool or int choice takes its own kind only."""
    if isinstance(option, bool):
        return type(value) is bool
    return type(value) is int if isinstance(option, int) else not isinstance(value, bool)


class ConfigError(ValueError):
    """Raised, before anything is written, when a configuration has problems.

    All problems found in one app are reported together, each on one line;
    ``outcome`` says what became of the output (by default, nothing was written).
    """

    def __init__(self, problems: Iterable[Problem], outcome: str = "nothing was written") -> None:
        unique: dict[str, Problem] = {}
        for problem in problems:
            unique.setdefault(f"{type(problem).__name__} {problem}", problem)
        self.problems: tuple[Problem, ...] = tuple(unique.values())
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{count} configuration {noun}; {outcome}:"]
        lines += [f"  - {p}" for p in self.problems]
        super().__init__("\n".join(lines))


class Checker:
    """Collects problems for one construct or configuration section.

    Core validation functions take a checker and call :meth:`fail`; the caller
    decides when to raise (:meth:`raise_if_any`) so that every problem is seen.
    Field names are the spec's attribute names (``key_num``, ``vswitches[0].zone_id``).
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def fail(self, field: str, value: object, allowed: str) -> None:
        """Record that ``field`` has the bad ``value``; ``allowed`` says what would be right."""
        self.problems.append(Problem(self.path, field, value, allowed))

    def one_of(self, field: str, value: object, choices: Iterable[object]) -> None:
        """Check that ``value`` is one of ``choices``.

        A number must be a plain ``int`` where the choices are: ``True`` is not
        ``1``, nor ``12.0`` or an ``IntEnum`` 12 (which the bindings cannot send) ``12``.
        """
        options = list(choices)
        if not any(value == o and _same_number_kind(value, o) for o in options):
            alike = [o for o in options if value == o]  # 12.0 for 12: name the kind wanted
            kind = f" (a plain {type(alike[0]).__name__})" if alike else ""
            self.fail(field, value, "one of " + ", ".join(repr(o) for o in options) + kind)

    def in_range(self, field: str, value: object, low: int, high: int) -> None:
        """Check that ``value`` is a plain ``int`` from ``low`` to ``high``, inclusive."""
        if type(value) is not int or not low <= value <= high:
            self.fail(field, value, f"an integer from {low} to {high}")

    def child(self, suffix: str) -> Checker:
        """A checker for a nested section that reports into this one."""
        nested = Checker(f"{self.path}/{suffix}")
        nested.problems = self.problems
        return nested

    @property
    def ok(self) -> bool:
        """True while no problem has been recorded."""
        return not self.problems

    def raise_if_any(self) -> None:
        """Raise :class:`ConfigError` with everything recorded so far."""
        if self.problems:
            raise ConfigError(self.problems)
