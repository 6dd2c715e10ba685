"""Find credentials, passwords and key material written as literals in Terraform JSON.

Sensitive arguments must be references (``${var.x}``, ``${data.x}``...), never
literal text; and no string anywhere may look like an Alibaba Cloud AccessKey
or a PEM block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

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
    }
)
_REFERENCE = re.compile(r"^\$\{[^}]+\}$")
_PATTERNS = {
    "an Alibaba Cloud AccessKey ID": re.compile(r"\bLTAI[A-Za-z0-9]{12,30}\b"),
    "a PEM block": re.compile(r"-----BEGIN [A-Z ]+-----"),
    "a security token": re.compile(r"\bCAIS[A-Za-z0-9+/=]{40,}"),
}


def _walk(node: Any, path: str) -> Iterator[tuple[str, str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, str(key), value
            yield from _walk(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}[{index}]")


def find_secret_literals(document: dict[str, Any]) -> list[str]:
    """Every place in ``document`` where a secret appears as a literal, described."""
    found = []
    for parent, key, value in _walk(document, ""):
        where = f"{parent}.{key}" if parent else key
        if (
            key in SENSITIVE_ARGUMENTS
            and not parent.startswith("variable")
            and isinstance(value, str)
            and value
            and not _REFERENCE.match(value)
        ):
            found.append(f"{where}: sensitive argument set to a literal")
        if isinstance(value, str):
            for what, pattern in _PATTERNS.items():
                if pattern.search(value):
                    found.append(f"{where}: looks like {what}")
    return found
