"""Read the values Terraform will see in synthesized JSON, without Terraform.

A string in Terraform JSON is a template: ``$${`` and ``%%{`` stand for literal
``${`` and ``%{``; ``${...}`` is an expression. A policy built with
``Fn.jsonencode`` reaches the JSON as ``${jsonencode({...})}``, an HCL object.
:func:`read_value` turns such text into Python data, with :class:`Unknown`
wherever the value is only known at plan time (a reference, a function other
than ``jsonencode``/``jsondecode``, an operator...), so that guardrails judge
what Terraform would send, not what the text looks like.
"""

from __future__ import annotations

import json
from typing import Any

from .records import Record, record


@record
class Unknown(Record):
    """A value known only at plan time; ``text`` is the expression (for messages)."""

    text: str


class Unreadable(ValueError):
    """The text is not an expression this reader understands."""


_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\"}
_CLOSERS = {"(": ")", "[": "]", "{": "}"}
_SEPARATORS = ",)]}\n"


def read_value(value: Any) -> Any:
    """The value Terraform evaluates ``value`` (from Terraform JSON) to, as far as known."""
    if isinstance(value, str):
        return read_template(value)
    if isinstance(value, list):
        return [read_value(item) for item in value]
    if isinstance(value, dict):
        return {key: read_value(item) for key, item in value.items()}
    return value


def read_template(text: str) -> Any:
    """A Terraform string template: literal text, or the value of its only ``${...}``."""
    if text.startswith("${"):
        end = _skip_balanced(text, 1)
        if end == len(text):
            return _Parser(text[2:-1]).expression_only()
    literal, interpolated = _template_parts(text, 0, len(text))
    return Unknown(text) if interpolated else literal


def _template_parts(text: str, start: int, end: int) -> tuple[str, bool]:
    """(literal text with escapes undone, whether an interpolation or directive occurs)."""
    segment = text[start:end]
    if "${" not in segment and "%{" not in segment:  # no interpolation, directive or escape
        return segment, False
    out: list[str] = []
    index = 0
    while index < len(segment):
        if segment.startswith(("$${", "%%{"), index):
            out.append(segment[index + 1 : index + 3])
            index += 3
        elif segment.startswith(("${", "%{"), index):
            return "".join(out), True
        else:
            out.append(segment[index])
            index += 1
    return "".join(out), False


def _skip_balanced(text: str, index: int) -> int:
    """Index just after the bracket group opening at ``text[index]`` (strings respected)."""
    stack = [_CLOSERS[text[index]]]
    index += 1
    while stack:
        if index >= len(text):
            raise Unreadable("unbalanced brackets")
        char = text[index]
        if char == '"':
            index = _skip_string(text, index)
            continue
        if char in _CLOSERS:
            stack.append(_CLOSERS[char])
        elif char == stack[-1]:
            stack.pop()
        elif char in ")]}":
            raise Unreadable(f"unexpected {char!r}")
        index += 1
    return index


def _skip_string(text: str, index: int) -> int:
    """Index just after the quoted string starting at ``text[index]``."""
    index += 1
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
        elif char == '"':
            return index + 1
        elif text.startswith(("${", "%{"), index):
            index = _skip_balanced(text, index + 1)
        else:
            index += 1
    raise Unreadable("unterminated string")


class _Parser:
    """A small recursive reader of HCL expressions: literals, tuples, objects, calls."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = 0

    def expression_only(self) -> Any:
        value = self.expression()
        self.space()
        if self.index != len(self.text):
            raise Unreadable(f"unexpected text {self.text[self.index : self.index + 20]!r}")
        return value

    def space(self, newlines: bool = True) -> None:
        blanks = " \t\r\n" if newlines else " \t\r"
        while self.index < len(self.text) and self.text[self.index] in blanks:
            self.index += 1

    def expression(self) -> Any:
        """One expression; anything beyond a plain term becomes :class:`Unknown`."""
        self.space()
        start = self.index
        value = self.term()
        self.space(newlines=False)
        if self.index < len(self.text) and self.text[self.index] not in _SEPARATORS + "=:":
            self.index = self._skip_expression(start)
            return Unknown(self.text[start : self.index].strip())
        return value

    def _skip_expression(self, index: int) -> int:
        while index < len(self.text) and self.text[index] not in _SEPARATORS:
            char = self.text[index]
            if char == '"':
                index = _skip_string(self.text, index)
            elif char in _CLOSERS:
                index = _skip_balanced(self.text, index)
            else:
                index += 1
        return index

    def term(self) -> Any:
        if self.index >= len(self.text):
            raise Unreadable("expression ends early")
        char = self.text[self.index]
        if char == '"':
            return self.string()
        if char == "[":
            return self.sequence("[", "]")
        if char == "{":
            return self.object()
        if char == "-" or char.isdigit():
            return self.number()
        start = self.index
        while self.index < len(self.text) and (
            self.text[self.index].isalnum() or self.text[self.index] in "_-"
        ):
            self.index += 1
        name = self.text[start : self.index]
        if not name:
            raise Unreadable(f"unexpected {char!r}")
        if self.index < len(self.text) and self.text[self.index] == "(":
            return self.call(name, start)
        constants = {"true": True, "false": False, "null": None}
        if name in constants and not self._continues():
            return constants[name]
        self.index = self._skip_expression(start)
        return Unknown(self.text[start : self.index].strip())

    def _continues(self) -> bool:
        return self.index < len(self.text) and self.text[self.index] in ".["

    def string(self) -> Any:
        end = _skip_string(self.text, self.index)
        body = self.text[self.index + 1 : end - 1]
        self.index = end
        literal, interpolated = _template_parts(body, 0, len(body))
        if interpolated:
            return Unknown(f'"{body}"')
        out: list[str] = []
        index = 0
        while index < len(literal):
            char = literal[index]
            if char != "\\":
                out.append(char)
                index += 1
                continue
            code = literal[index + 1 : index + 2]
            if code in _ESCAPES:
                out.append(_ESCAPES[code])
                index += 2
            elif code in ("u", "U"):
                width = 4 if code == "u" else 8
                digits = literal[index + 2 : index + 2 + width]
                try:
                    out.append(chr(int(digits, 16)))
                except ValueError as err:
                    raise Unreadable("bad unicode escape") from err
                index += 2 + width
            else:
                raise Unreadable(f"unknown escape \\{code}")
        return "".join(out)

    def number(self) -> Any:
        start = self.index
        self.index += 1
        while self.index < len(self.text) and (
            self.text[self.index].isalnum() or self.text[self.index] in ".+-"
        ):
            self.index += 1
        token = self.text[start : self.index]
        try:
            return json.loads(token)
        except json.JSONDecodeError:
            return Unknown(token)

    def sequence(self, opener: str, closer: str) -> list[Any]:
        assert self.text[self.index] == opener
        self.index += 1
        items: list[Any] = []
        while True:
            self.space()
            if self.index < len(self.text) and self.text[self.index] == closer:
                self.index += 1
                return items
            items.append(self.expression())
            self.space()
            if self.index < len(self.text) and self.text[self.index] == ",":
                self.index += 1
            elif self.index >= len(self.text) or self.text[self.index] != closer:
                raise Unreadable(f"expected ',' or {closer!r}")

    def object(self) -> dict[str, Any] | Unknown:
        start = self.index
        self.index += 1
        found: dict[str, Any] = {}
        known_keys = True
        while True:
            self.space()
            if self.index < len(self.text) and self.text[self.index] == "}":
                self.index += 1
                return found if known_keys else Unknown(self.text[start : self.index])
            key = self.expression()
            self.space()
            if self.index >= len(self.text) or self.text[self.index] not in "=:":
                raise Unreadable("expected '=' or ':' after an object key")
            self.index += 1
            value = self.expression()
            if isinstance(key, str):
                if key in found:
                    raise Unreadable(f"the key {key!r} is given twice")
                found[key] = value
            else:
                known_keys = False
            self.space()
            if self.index < len(self.text) and self.text[self.index] == ",":
                self.index += 1

    def call(self, name: str, start: int) -> Any:
        arguments = self.sequence("(", ")")
        if name == "jsonencode" and len(arguments) == 1 and not _has_unknown(arguments[0]):
            return json.dumps(arguments[0])
        if name == "jsondecode" and len(arguments) == 1 and isinstance(arguments[0], str):
            try:
                return json.loads(arguments[0], object_pairs_hook=object_without_duplicates)
            except json.JSONDecodeError as err:
                raise Unreadable("jsondecode of text that is not JSON") from err
        if name in ("tolist", "toset", "tomap") and len(arguments) == 1:
            return arguments[0]
        if name == "jsonencode" and len(arguments) == 1:
            return _Encoded(arguments[0])
        return Unknown(self.text[start : self.index])


@record
class _Encoded(Record):
    """``jsonencode`` of a value with unknown parts: the structure stays readable."""

    value: Any


def _has_unknown(value: Any) -> bool:
    if isinstance(value, Unknown | _Encoded):
        return True
    if isinstance(value, list):
        return any(_has_unknown(item) for item in value)
    if isinstance(value, dict):
        return any(_has_unknown(item) for item in value.values())
    return False


def read_json_document(value: Any) -> Any:
    """A JSON document given as Terraform JSON text (literal, or built by ``jsonencode``).

    Returns the decoded data, with :class:`Unknown` where parts are only known
    at plan time; raises :class:`Unreadable` when the text is neither.
    """
    text = read_value(value)
    if isinstance(text, _Encoded):
        return text.value
    if isinstance(text, Unknown):
        raise Unreadable(f"it is the expression {_shorten(text.text)}")
    if not isinstance(text, str):
        raise Unreadable(f"it is {type(text).__name__}, not JSON text")
    try:
        return json.loads(text, object_pairs_hook=object_without_duplicates)
    except json.JSONDecodeError as err:
        raise Unreadable(f"it is not JSON ({err.msg})") from err


def object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are distinct, as ``json.loads``'s ``object_pairs_hook``.

    Readers differ on which of two values counts. Raises :class:`Unreadable`, a ValueError.
    """
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise Unreadable(f"the key {key!r} is given twice")
        found[key] = value
    return found


def _shorten(text: str, limit: int = 80) -> str:
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def named_items(value: Any) -> list[tuple[Any, Any]]:
    """Each (name, item) of a Terraform JSON object, or of each object of a list of them.

    Terraform's JSON syntax takes a list of objects wherever it takes an object
    of named blocks or arguments (``"variable": [{"a": {...}}, {"b": {...}}]``).
    Anything else holds nothing named.
    """
    if type(value) is dict:
        return list(value.items())
    if type(value) is list:
        return [pair for part in value if type(part) is dict for pair in part.items()]
    return []
