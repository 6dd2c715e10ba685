"""Configuration text made literal for Terraform, so that it is never evaluated.

Terraform reads every string of its JSON syntax (and every key of an object) as
a template: ``${...}`` is an expression and ``%{...}`` a directive, so a
description of ``${file("/etc/passwd")}`` would plan the file's content into the
cloud and the state. ``$${`` and ``%%{`` are the template language's escapes
for the literal characters; Terraform turns them back into ``${`` and ``%{``,
so the cloud receives exactly the text that was configured.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Mapping, Sequence

from .patterns import lazy_pattern
from .problems import ConfigProblem


def literal(text: str) -> str:
    """``text`` with every ``${`` and ``%{`` escaped: Terraform keeps it as written."""
    return text.replace("${", "$${").replace("%{", "%%{")


def optional_literal(text: str | None) -> str | None:
    """:func:`literal` of ``text``; None (and the empty string) stay None, for unset."""
    return literal(text) if text else None


def literal_tags(tags: Mapping[str, str]) -> dict[str, str] | None:
    """Tags with keys and values escaped; None when there are none."""
    return {literal(k): literal(v) for k, v in tags.items()} or None


_HCL_UNSAFE = ('"', "\\", "\n", "\r", "${", "%{")


def hcl_text_problems(context: object, path: str = "") -> list[ConfigProblem]:
    """Configuration text that cdktf 0.21's HCL renderer cannot carry faithfully.

    That renderer (``cdktf/lib/hcl/render.js``) leaves quotes unescaped in any
    string holding ``${``, never escapes backslashes, and writes text with a line
    break as a heredoc that a line ``EOF`` ends early: such text would change
    meaning, or become an expression, in ``main.tf``. JSON output keeps it exactly.
    """
    problems: list[ConfigProblem] = []
    if isinstance(context, dict):
        for key, value in context.items():
            where = f"{path}.{key}" if path else str(key)
            if any(mark in str(key) for mark in _HCL_UNSAFE):
                problems.append(ConfigProblem(path, f"[{key!r}]", key, _HCL_ALLOWED))
            problems += hcl_text_problems(value, where)
    elif isinstance(context, list):
        for index, item in enumerate(context):
            problems += hcl_text_problems(item, f"{path}[{index}]")
    elif isinstance(context, str) and any(mark in context for mark in _HCL_UNSAFE):
        parent, _, last = path.rpartition(".")
        problems.append(ConfigProblem(parent, last, context, _HCL_ALLOWED))
    return problems


_HCL_ALLOWED = (
    "text without quotes, backslashes, line breaks, '${' or '%{' for the HCL export "
    "(cdktf's HCL renderer would change it); export without HCL=1 to keep it exactly"
)


_TOKEN_MARKER = lazy_pattern(r"[$#&]\{\s*tftoken\[", re.IGNORECASE)
"""cdktf's token encodings in text: ``${TfToken[...]}`` (string), ``#{TfToken[...]}``
(list) and ``&{TfToken[...]}`` (map); cdktf resolves them wherever they stand."""
_DOUBLE_TOKEN_BITS = frozenset({0xFDFF, 0xFBFF})
"""The top 16 bits of a number cdktf reads as a token: ``DOUBLE_TOKEN_MARKER_BITS`` (a
number, as ``Token.as_number`` makes) and ``DOUBLE_LIST_TOKEN_MARKER_BITS`` (an element
of a number list), in cdktf's ``tokens/private/encoding``."""
TOKEN_CEILING = -(2.0**960)
"""Numbers with those top bits (sign set, exponent 0x7DF or 0x7BF, mantissa 0xF...) are
at most -1.9375 * 2**960: anything above this bound is no token."""
TOKEN_ALLOWED = (
    "text and numbers without cdktf token encodings (${TfToken[...]}, #{TfToken[...]}, "
    "&{TfToken[...]}, or a number cdktf reads as a token): cdktf would resolve them to "
    "another construct's value"
)


def is_cdktf_token(value: object) -> bool:
    """Whether cdktf would take ``value`` (text or number) for one of its tokens, or part of one."""
    if isinstance(value, str):
        # every encoding holds a "{": most text is settled without the pattern
        return "{" in value and _TOKEN_MARKER.search(value) is not None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if value > TOKEN_CEILING:
        return False  # NaN and the numbers below the bound are judged bit by bit
    try:
        bits = struct.unpack(">Q", struct.pack(">d", float(value)))[0]
    except OverflowError:
        return False
    return bits >> 48 in _DOUBLE_TOKEN_BITS


def cdktf_token_places(value: object, path: str = "") -> list[tuple[str, object]]:
    """Every place in configuration ``value`` (JSON) that holds a cdktf token, with its value.

    Object keys count too (a tag key is written to Terraform like a value). Any
    mapping is read as an object and any sequence but text as a list, so that a
    context built in Python (a ``MappingProxyType``, a ``UserDict``, tuples) is read
    whole. The walk uses no recursion, so nesting of any depth is read, and a
    container met again (a list that holds itself) is not read twice.
    """
    found: list[tuple[str, object]] = []
    pending: list[tuple[str, object]] = [(path, value)]
    seen: set[int] = set()
    while pending:
        where, item = pending.pop()
        kind = _container(item)
        if kind is None:
            if is_cdktf_token(item):
                found.append((where, item))
        elif id(item) not in seen:
            seen.add(id(item))
            if kind is Mapping:
                for key, inner in item.items():  # type: ignore[attr-defined]
                    place = f"{where}.{key}" if where else str(key)
                    if is_cdktf_token(key):
                        found.append((place, key))
                    pending.append((place, inner))
            else:
                pending += [(f"{where}[{i}]", inner) for i, inner in enumerate(item)]  # type: ignore[call-overload]
    return sorted(found, key=lambda pair: pair[0])


def _container(item: object) -> type | None:
    """``Mapping`` or ``Sequence`` for what the walk reads into, None for a value.

    Text and numbers, the common case, are settled before any abstract class is asked.
    """
    if isinstance(item, str | int | float) or item is None:
        return None
    if isinstance(item, dict | Mapping):
        return Mapping
    if isinstance(item, list | tuple | Sequence) and not isinstance(item, bytes | bytearray):
        return Sequence
    return None
