"""Collects configuration problems of every construct in an app, raised before synth."""

from __future__ import annotations

from constructs import Construct
from kms_keystore.core.problems import Checker, ConfigError, Problem

_ATTRIBUTE = "_kms_keystore_problems"


class _ConstructChecker(Checker):
    """A checker that asks the construct tree for its path only once a problem needs it."""

    def __init__(self, scope: Construct, section: str | None) -> None:
        self._scope = scope
        self._section = section
        self._path: str | None = None
        self.problems = []

    @property
    def path(self) -> str:  # type: ignore[override]
        """``<construct path>[/<section>]``, computed on first use."""
        if self._path is None:
            path = self._scope.node.path or "app"
            self._path = f"{path}/{self._section}" if self._section else path
        return self._path


def checker_for(scope: Construct, section: str | None = None) -> Checker:
    """A checker whose problems carry the construct path (and an optional section).

    The path is read from the tree (a call into Node) only when a problem is recorded.
    """
    return _ConstructChecker(scope, section)


def report(scope: Construct, check: Checker) -> bool:
    """Record the checker's problems on the app; True when there were none."""
    if check.problems:
        root = scope.node.root
        problems: list[Problem] = root.__dict__.setdefault(_ATTRIBUTE, [])
        problems.extend(check.problems)
    return check.ok


def built(*constructs: Construct) -> bool:
    """True when every construct declared its resources.

    A construct whose props have problems reports them and declares nothing;
    constructs that depend on it then skip too, since the problem is already reported.
    """
    return all(hasattr(construct, "resource") for construct in constructs)


def problems_of(app: Construct) -> list[Problem]:
    """Every problem recorded so far in the app of ``app``."""
    return list(app.node.root.__dict__.get(_ATTRIBUTE, []))


def raise_if_invalid(app: Construct) -> None:
    """Raise :class:`ConfigError` with all problems of the app, if there are any."""
    problems = problems_of(app)
    if problems:
        raise ConfigError(problems)
