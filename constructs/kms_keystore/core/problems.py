"""The one error type for configuration mistakes, and the problems it carries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One bad input: where it is, which field, the value given, and what is allowed.

    ``path`` is the construct path (``keystore/Instance``) or, for checks that run
    before any construct exists, the configuration section (``context/instance``).
    """

    path: str
    field: str
    value: object
    allowed: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field} = {self.value!r} is not valid: {self.allowed}"


@dataclass(frozen=True)
class GuardrailProblem(Problem):
    """A guardrail error: ``field`` is the rule ID, ``value`` what was found, ``allowed`` why."""

    def __str__(self) -> str:
        return f"{self.path}: guardrail {self.field}: {self.value}. {self.allowed}"


class ConfigError(ValueError):
    """Raised, before anything is written, when a configuration has problems.

    All problems found in one app are reported together.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{count} configuration {noun}; nothing was written:"]
        lines += [f"  - {p}" for p in self.problems]
        super().__init__("\n".join(lines))


class Checker:
    """Collects problems for one construct or configuration section.

    Core validation functions take a checker and call :meth:`fail`; the caller
    decides when to raise (:meth:`raise_if_any`) so that every problem is seen.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def fail(self, field: str, value: object, allowed: str) -> None:
        """Record that ``field`` has the bad ``value``; ``allowed`` says what would be right."""
        self.problems.append(Problem(self.path, field, value, allowed))

    def one_of(self, field: str, value: object, choices: Iterable[object]) -> None:
        """Check that ``value`` is one of ``choices``."""
        options = list(choices)
        if value not in options:
            self.fail(field, value, "one of " + ", ".join(repr(o) for o in options))

    def in_range(self, field: str, value: object, low: int, high: int) -> None:
        """Check that ``value`` is an integer from ``low`` to ``high``, inclusive."""
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
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
