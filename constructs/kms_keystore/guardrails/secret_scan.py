"""Find credentials, passwords and key material written as literals in Terraform JSON.

Sensitive arguments must be plain references (``${var.x}``, ``${data.t.n.attr}``,
``${alicloud_x.n.attr}``), never literal text nor an expression that computes a
literal (``${"hunter2"}``, ``${base64decode("...")}``, ``${local.x}``); and no
string anywhere may look like an Alibaba Cloud AccessKey or a PEM block.
"""

from __future__ import annotations

import re
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


def _may_match(value: str) -> bool:
    """Whether ``value`` holds text that every match of one of :data:`_PATTERNS` contains."""
    return "LTAI" in value or "-----BEGIN " in value or "CAIS" in value


def _scan(node: Any, parent: str, references_allowed: bool, found: list[str]) -> None:
    """Check every value held in a mapping below ``node``, depth first, in document order.

    Paths are built only for containers and for what is reported, so that the
    common case (nothing found) costs one pass over the values.
    """
    if isinstance(node, dict):
        for raw_key, value in node.items():
            key = str(raw_key)
            if isinstance(value, str):
                if (
                    value
                    and key in SENSITIVE_ARGUMENTS
                    and not parent.startswith("variable")
                    and not (references_allowed and is_reference(value))
                ):
                    found.append(f"{_join(parent, key)}: sensitive argument set to a literal")
                if _may_match(value):
                    for what, pattern in _PATTERNS.items():
                        if pattern.search(value):
                            found.append(f"{_join(parent, key)}: looks like {what}")
            elif isinstance(value, (dict, list)):
                _scan(value, _join(parent, key), references_allowed, found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, (dict, list)):
                _scan(value, f"{parent}[{index}]", references_allowed, found)


def _join(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


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
