"""Find credentials, passwords and key material written as literals in Terraform JSON.

Sensitive arguments must be plain references (``${var.x}``, ``${data.t.n.attr}``,
``${alicloud_x.n.attr}``), never literal text nor an expression that computes a
literal (``${"hunter2"}``, ``${base64decode("...")}``, ``${local.x}``); and no
string anywhere may look like an Alibaba Cloud AccessKey or a PEM block.
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
        "token",
    }
)
_REFERENCE = re.compile(
    r"\$\{(?!local\.)[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[[0-9]+\]|\[\"[\w.-]*\"\])+\}"
)
"""A traversal of a variable, data source or resource; locals hold literals and do not count."""
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


def is_reference(value: str) -> bool:
    """Whether ``value`` is exactly one reference to a variable, data source or resource."""
    return _REFERENCE.fullmatch(value) is not None


def find_secret_literals(document: dict[str, Any], references_allowed: bool = True) -> list[str]:
    """Every place in ``document`` where a secret appears as a literal, described.

    With ``references_allowed`` false (backend settings, where Terraform evaluates
    nothing), any value of a sensitive argument counts as a literal.
    """
    found = []
    for parent, key, value in _walk(document, ""):
        where = f"{parent}.{key}" if parent else key
        if (
            key in SENSITIVE_ARGUMENTS
            and not parent.startswith("variable")
            and isinstance(value, str)
            and value
            and not (references_allowed and is_reference(value))
        ):
            found.append(f"{where}: sensitive argument set to a literal")
        if isinstance(value, str):
            for what, pattern in _PATTERNS.items():
                if pattern.search(value):
                    found.append(f"{where}: looks like {what}")
    return found
