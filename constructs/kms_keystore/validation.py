"""Collects configuration problems of every construct in an app, raised before synth."""

from __future__ import annotations

from constructs import Construct

from .core.problems import Checker, ConfigError, Problem

_ATTRIBUTE = "_kms_keystore_problems"


def checker_for(scope: Construct, section: str | None = None) -> Checker:
    """A checker whose problems carry the construct path (and an optional section)."""
    path = scope.node.path or "app"
    return Checker(f"{path}/{section}" if section else path)


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
