"""Read and write Terraform JSON exactly as cdktf writes it, so that edits stay minimal.

cdktf writes each stack with ``json-stable-stringify`` (keys sorted by UTF-16
code unit, two-space indent, empty containers opened and closed on two lines,
no trailing newline). :func:`loads` keeps each number's text, and :func:`dumps`
writes it back unchanged, so that ``dumps(loads(text)) == text`` for any file
cdktf wrote.
"""

from __future__ import annotations

import json
import os
from typing import Any

from .patterns import lazy_pattern

_LONE_SURROGATE = lazy_pattern("[\ud800-\udfff]")


class RawNumber(float):
    """A JSON number with a fraction or exponent, remembered as written."""

    text: str

    def __new__(cls, text: str) -> RawNumber:
        """The number ``text`` stands for, remembering ``text``."""
        number = super().__new__(cls, text)
        number.text = text
        return number


DECODER = json.JSONDecoder(parse_float=RawNumber)
"""One decoder for every document (``json.loads`` with an argument makes one per call);
its ``scan_once(text, i)`` reads the one value that starts at ``i``, as the parser reads
it inside a document (raising ``StopIteration`` where no value starts)."""


def loads(text: str) -> Any:
    """Parse JSON, keeping the text of non-integer numbers."""
    if type(text) is not str or text.startswith("\ufeff"):  # bytes; a BOM, refused
        return json.loads(text, parse_float=RawNumber)
    return DECODER.decode(text)


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def load_file(path: str) -> Any:
    """:func:`loads` of the UTF-8 file at ``path``."""
    return loads(read_text(path))


def read_text(path: str) -> str:
    """The text of the UTF-8 file at ``path``.

    Read with the system's calls alone: a text-mode ``open`` asks the system
    five more times per file (whether it is a terminal, where it stands, its
    size twice), which a check reading every stack of a fleet pays each time.
    """
    handle = os.open(path, _READ_FLAGS)
    try:
        chunks = []
        while chunk := os.read(handle, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(handle)
    return b"".join(chunks).decode("utf-8")


def _string(value: str) -> str:
    quoted = json.dumps(value, ensure_ascii=False)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _sort_key(key: str) -> bytes:
    return key.encode("utf-16-be", "surrogatepass")


def dumps(value: Any, level: int = 0) -> str:
    """``value`` as cdktf writes it (``json-stable-stringify`` with two spaces)."""
    if isinstance(value, str):
        return _string(value)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, RawNumber):
        return value.text
    if isinstance(value, int | float):
        return json.dumps(value)
    indent = "\n" + "  " * level
    if isinstance(value, list):
        items = [indent + "  " + dumps(item, level + 1) for item in value]
        return "[" + ",".join(items) + indent + "]"
    if isinstance(value, dict):
        items = [
            indent + "  " + _string(key) + ": " + dumps(value[key], level + 1)
            for key in sorted(value, key=_sort_key)
        ]
        return "{" + ",".join(items) + indent + "}"
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
