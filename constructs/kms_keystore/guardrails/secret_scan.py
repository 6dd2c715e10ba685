"""Find credentials, passwords and key material written as literals in Terraform JSON.

Sensitive arguments must be plain references (``${var.x}``, ``${data.t.n.attr}``,
``${alicloud_x.n.attr}``), never literal text nor an expression that computes a
literal (``${"hunter2"}``, ``${base64decode("...")}``, ``${local.x}``); and no
string anywhere may look like an Alibaba Cloud AccessKey or a PEM block.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from ..core.patterns import lazy_pattern
from ..core.terraform_values import named_items

SENSITIVE_ARGUMENTS = frozenset(
    {
        "access_key",
        "secret_key",
        "security_token",
        "password",
        "secret_data",
        "private_key",
        "oidc_token",
        "credentials",
        "key_material",
        "encryption_key",
        "token",
    }
)
_SENSITIVE_NAME = lazy_pattern(
    r"(?:^|_)(?:password|passwd|pwd|secret|token|secret_key|access_key|access_key_secret|"
    r"private_key|key_material|credentials?|passphrase|secret_data|secret_string)$",
    re.IGNORECASE,
)
"""Argument names that carry a credential whether or not they are listed above."""


_SENSITIVE_WORDS = (
    "password",
    "passwd",
    "pwd",
    "secret",
    "token",
    "secret_key",
    "access_key",
    "access_key_secret",
    "private_key",
    "key_material",
    "credential",
    "credentials",
    "passphrase",
    "secret_data",
    "secret_string",
)
"""The endings of :data:`_SENSITIVE_NAME`, for names in ASCII (checked without it)."""
_SENSITIVE_SUFFIXES = tuple("_" + word for word in _SENSITIVE_WORDS)


@functools.lru_cache(maxsize=4096)
def is_sensitive_argument(name: str) -> bool:
    """Whether an argument of this name carries a credential (listed, or named like one)."""
    if name in SENSITIVE_ARGUMENTS:
        return True
    snake = _snake_case(name).replace("-", "_")
    if not snake.isascii():  # case-blind matching beyond ASCII: as the pattern does it
        return _SENSITIVE_NAME.search(snake) is not None
    # the pattern's "$" also matches before one final line break
    low = (snake[:-1] if snake.endswith("\n") else snake).lower()
    return low in _SENSITIVE_WORDS or low.endswith(_SENSITIVE_SUFFIXES)


def _snake_case(name: str) -> str:
    """``name`` with ``_`` between a lower-case letter or digit and an upper-case letter.

    The letters are ASCII ones, as in ``re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)``.
    """
    if name.islower() or not name:
        return name
    out = []
    previous = ""
    for char in name:
        if "A" <= char <= "Z" and ("a" <= previous <= "z" or "0" <= previous <= "9"):
            out.append("_")
        out.append(char)
        previous = char
    return "".join(out)


_REFERENCE = lazy_pattern(
    r"\$\{(?!local\.)[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[[0-9]+\]|\[\"[\w.-]*\"\])+\}"
)
"""A traversal of a variable, data source or resource; locals hold literals and do not count."""
_PATTERNS = {
    "an Alibaba Cloud AccessKey ID": lazy_pattern(r"\bLTAI[A-Za-z0-9]{12,30}\b"),
    "a PEM block": lazy_pattern(r"-----BEGIN [A-Z ]+-----"),
    "a security token": lazy_pattern(r"\bCAIS[A-Za-z0-9+/=]{40,}"),
}


def may_match(value: str) -> bool:
    """Whether ``value`` holds text that every match of one of :data:`_PATTERNS` contains."""
    return "LTAI" in value or "-----BEGIN " in value or "CAIS" in value


_CDKTF_METADATA_FIELDS = frozenset({"path", "uniqueId"})
"""What cdktf writes under a block's ``"//"``: ``{"metadata": {"path": ..., "uniqueId": ...}}``."""


def is_plain_metadata(comment: Any) -> bool:
    """Whether a block's ``"//"`` is cdktf's own metadata, in which the scan finds nothing.

    That is: only ``metadata``, holding only text under ``path`` and ``uniqueId``
    (names that are no sensitive argument), none of it holding what a pattern of
    :data:`_PATTERNS` needs. :func:`find_secret_literals` of ``{"//": comment}``
    is then empty, without walking it.
    """
    if type(comment) is not dict or len(comment) != 1:
        return False
    metadata = comment.get("metadata")
    if type(metadata) is not dict or not metadata.keys() <= _CDKTF_METADATA_FIELDS:
        return False
    path, unique_id = metadata.get("path", ""), metadata.get("uniqueId", "")
    # no pattern's text holds a line break, so joined they match only where one does
    return type(path) is str and type(unique_id) is str and not may_match(f"{path}\n{unique_id}")


def _scan(node: Any, parent: str, references_allowed: bool, found: list[str]) -> None:
    """Check every value held in a mapping below ``node``, depth first, in document order.

    Paths are built only for containers and for what is reported, and a key known
    not to be sensitive is settled by one set lookup, so that the common case
    (nothing found) costs one short pass over the values.
    """
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str):
                if type(key) is not str or key not in _PLAIN_KEYS:
                    name = key if type(key) is str else str(key)  # str() of a subclass: plain
                    if not is_sensitive_argument(name):
                        if len(_PLAIN_KEYS) < _PLAIN_KEYS_MAX:
                            _PLAIN_KEYS.add(name)
                    elif (
                        value
                        and not parent.startswith("variable")
                        and not (references_allowed and is_reference(value))
                    ):
                        found.append(f"{_join(parent, name)}: sensitive argument set to a literal")
                if may_match(value):
                    for what, pattern in _PATTERNS.items():
                        if pattern.search(value):
                            found.append(f"{_join(parent, str(key))}: looks like {what}")
            elif isinstance(value, (dict, list)):
                _scan(value, _join(parent, str(key)), references_allowed, found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, (dict, list)):
                _scan(value, f"{parent}[{index}]", references_allowed, found)


_PLAIN_KEYS: set[str] = set()
"""Keys (plain ``str`` only) already found not to name a sensitive argument: a run meets
the same few argument names again and again. Up to :data:`_PLAIN_KEYS_MAX` of them, so
that documents with ever new keys cannot grow it without bound."""
_PLAIN_KEYS_MAX = 4096


def _join(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


def _walk(node: Any, path: str) -> Iterator[tuple[str, str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, str(key), value
            yield from _walk(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}[{index}]")


def is_reference(value: str) -> bool:
    """Whether ``value`` is exactly one reference to a variable, data source or resource."""
    return _REFERENCE.fullmatch(value) is not None


def find_secret_literals(document: dict[str, Any], references_allowed: bool = True) -> list[str]:
    """Every place in ``document`` where a secret appears as a literal, described.

    With ``references_allowed`` false (backend settings, where Terraform evaluates
    nothing), any value of a sensitive argument counts as a literal.
    """
    found: list[str] = []
    _scan(document, "", references_allowed, found)
    return found


_VARIABLE_REFERENCE = lazy_pattern(r"\$\{var\.([A-Za-z_][\w-]*)\}")


def defaulted_variables(variables: Any) -> set[str]:
    """The names of the variables (a document's ``variable`` section) that have a default."""
    return {
        name
        for name, config in named_items(variables)
        for body in (config if type(config) is list else [config])
        if isinstance(body, dict) and body.get("default") not in (None, "")
    }


def secrets_through_defaults(document: dict[str, Any]) -> list[tuple[str, str]]:
    """Sensitive arguments fed by a variable that has a default, as (block address, reason).

    A variable's default is a literal in the configuration, whether or not the
    variable is marked ``sensitive``: a sensitive argument that references it
    carries that literal.
    """
    defaults = defaulted_variables(document.get("variable"))
    if not defaults:
        return []
    found = []
    blocks: list[tuple[str, Any]] = [
        (f"{'data.' if section == 'data' else ''}{type_name}.{name}", config)
        for section in ("resource", "data")
        for type_name, by_name in named_items(document.get(section))
        for name, config in named_items(by_name)
    ]
    blocks += [
        (f"provider.{type_name}[{index}]", config)
        for type_name, configs in named_items(document.get("provider"))
        for index, config in enumerate(configs if type(configs) is list else [configs])
    ]
    for address, config in blocks:
        for parent, key, value in _walk(config, ""):
            if not is_sensitive_argument(key) or not isinstance(value, str):
                continue
            match = _VARIABLE_REFERENCE.fullmatch(value)
            if match and match[1] in defaults:
                where = f"{parent}.{key}" if parent else key
                found.append(
                    (address, f"{where}: fed by variable {match[1]!r}, which has a literal default")
                )
    return found
