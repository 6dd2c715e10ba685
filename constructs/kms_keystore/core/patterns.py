"""Regular expressions compiled on first use rather than when their module is imported.

Every start of the app imports the whole package, and compiling its thirty-odd
module-level patterns was a tenth of that import's time (docs/speed.md), while a
run uses only some of them. :func:`lazy_pattern` returns a stand-in that
compiles on the first attribute asked of it (``fullmatch``, ``search``,
``pattern``...) and from then on answers from the compiled pattern's own bound
methods, kept on the stand-in, at no extra cost per call.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """``re.compile(source, flags)``, done when the pattern is first used."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and friends probe for hooks: none here
            raise AttributeError(name)
        value = getattr(re.compile(self._source, self._flags), name)
        setattr(self, name, value)  # found on the instance from now on, without this method
        return value

    def __repr__(self) -> str:
        return f"lazy_pattern({self._source!r})"


def lazy_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that behaves as ``re.compile(source, flags)`` and is compiled on first use."""
    return LazyPattern(source, flags)  # type: ignore[return-value]
