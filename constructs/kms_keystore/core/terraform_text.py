"""Configuration text made literal for Terraform, so that it is never evaluated.

Terraform reads every string of its JSON syntax (and every key of an object) as
a template: ``${...}`` is an expression and ``%{...}`` a directive, so a
description of ``${file("/etc/passwd")}`` would plan the file's content into the
cloud and the state. ``$${`` and ``%%{`` are the template language's escapes
for the literal characters; Terraform turns them back into ``${`` and ``%{``,
so the cloud receives exactly the text that was configured.
"""

from __future__ import annotations

from collections.abc import Mapping

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
