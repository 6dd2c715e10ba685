"""Skip what a fleet repeats: a stack that is an earlier stack's text but for its names.

A fleet's stacks differ in a few values that hold the stack's name: cdktf's
metadata (``"//"``, the stack's own and each resource's) and the ``terraform``
block (the state file's path). Everything else is the same text, stack after
stack, and every rule gives the same answer about the same text.

The first stack of a shape is read member by member with the JSON parser's own
scanner (``scan_once``, which reads one value from a position and says where it
ends). Every block it holds is judged by the engine's own judge (the blocks of
:func:`~.engine.terraform_blocks`, and those of a section or name the parser
would drop for a later one of the same key, too). When every block passes, the
stack's text is kept as a :class:`Shape`: the text between those values (its
*holes*) and what each hole holds. A later stack whose text has the same text
around its holes is read by scanning the holes alone, and passes when they do:

* a resource or data source's ``"//"``, where it is the block's first member and
  the block has no other: judged afresh with
  :func:`~.secret_scan.is_plain_metadata` (or, written as cdktf writes it,
  matched by :data:`_PLAIN_METADATA`, which gives the same answer); the rest of
  the block is the text judged before, and a block is judged by its type and
  its members other than ``"//"``. (A ``"//"`` that is not plain stays in the
  shape's text.)
* the ``terraform`` block: judged afresh, as any block.
* the stack's own ``"//"``: read by no rule.

Why the same text around the holes means the same document. The parser reads
left to right, and what it does next depends only on where it stands in the
grammar and on the characters ahead. Up to the first hole the text is the
shape's: the parser stands where it stood, at the start of a value, which
``scan_once`` reads from there as the parser would. After a whole value the
parser stands where it stood after the shape's (the grammar does not keep a
value's content), and the text that follows is the shape's again. So the
document is the shape's with each hole's value replaced: the same blocks, the
same arguments outside ``"//"``, and the rules' answers are known. One thing
the grammar does not say: the parser refuses a value nested too deep for
Python's recursion limit, which a hole read alone reaches a few levels later;
a hole that may nest deeper than :data:`HOLE_DEPTH` is not read alone.

Anything else (a rule fires, a hole that is no plain metadata, a variable with
a default, which may reach a sensitive argument elsewhere, text that is no JSON
or takes another form, any error while reading) gives False, and the engine
checks the stack in full, as before: this only ever answers "every block
passes". Such a stack costs the reading as far as it went, too: :class:`Shapes`
stops trying where shapes do not pay off.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from json.decoder import WHITESPACE
from typing import Any

from ..core import stable_json
from ..core.patterns import lazy_pattern
from .rules import one_block_at_a_time
from .secret_scan import defaulted_variables, is_plain_metadata, may_match

_SCAN = stable_json.DECODER.scan_once
"""The parser's scanner: ``_SCAN(text, i)`` is ``(value, end)`` of the JSON value at ``i``."""
_SPACE = WHITESPACE
"""What JSON allows between its tokens: the parser's own pattern for what it skips."""

_W = r"[ \t\n\r]*"  # what the parser's WHITESPACE skips
_TEXT = r'"([^"\\\x00-\x1f{\[]*)"'  # no escape (its value is its text), no { or [
_PLAIN_METADATA = lazy_pattern(
    rf"\{{{_W}\"metadata\"{_W}:{_W}\{{{_W}\"path\"{_W}:{_W}{_TEXT}{_W},"
    rf"{_W}\"uniqueId\"{_W}:{_W}{_TEXT}{_W}\}}{_W}\}}"
)
"""cdktf's metadata as it writes it, ``{"metadata": {"path": ..., "uniqueId": ...}}``,
with two strings that hold no escape and no opening bracket (so the hole holds
two, under :data:`HOLE_DEPTH`), matched where a hole starts. Where it
matches, the scanner would read that very object and end where the match ends,
and :func:`~.secret_scan.is_plain_metadata` of it would ask only whether the two
strings hold what a secret pattern needs. Compiled when a fleet's stack is first
read by a shape."""

_IGNORED, _METADATA, _TERRAFORM = 0, 1, 2
"""What a hole holds: the stack's own ``"//"``, a block's ``"//"``, the ``terraform`` block."""

Judge = Callable[[str, Any], bool]
"""Whether every block in one top-level section's value (``judge("terraform", value)``),
or one resource or data source block (``judge(type_name, config)``), passes every rule,
as the engine judges it."""


class Shape:
    """A stack's text with the values that change from stack to stack left out.

    ``steps`` are (text before the hole, what the hole holds); ``tail`` is the
    text after the last hole.
    """

    __slots__ = ("steps", "tail")

    def __init__(self, steps: list[tuple[str, int]], tail: str) -> None:
        self.steps = steps
        self.tail = tail


class Shapes:
    """The shapes one check has read, most recently fitted first, and whether they pay.

    A stack that fits a shape saves about half its check. One that fits
    none costs more than the full check alone: the shapes it was tried
    against, then its reading (which parses each block twice), then the full
    check if a rule ends the reading. ``credit`` keeps the account in those
    units. It starts at :data:`MISS_COST`; a stack that fits adds
    :data:`FIT_CREDIT`, any other tried stack takes :data:`MISS_COST` away, but
    never below ``LOW_CREDIT - FIT_CREDIT``, so that one fit always lifts it
    above :data:`LOW_CREDIT`; it never rises above :data:`MOST_CREDIT`. While it
    stays above :data:`LOW_CREDIT`, every stack is tried. At or below it, a
    stack goes straight to the full check unless it is the next rare try: the
    first at once, the next :data:`TRY_EVERY` stacks later, and each further
    one twice as many stacks after the last; a fit makes the next wait
    :data:`TRY_EVERY` stacks again (counted from the try that fitted, when the
    credit falls low again before that). So a shape that starts repeating late
    is still learned and used, while stacks that fit only every other time
    (the rest each a shape of its own) are not read every other time. A stack
    is tried against :data:`SHAPES_KEPT` shapes at most.
    """

    __slots__ = ("credit", "gap", "kept", "next_try", "stacks")

    def __init__(self) -> None:
        self.kept: list[Shape] = []
        self.credit = MISS_COST  # three shapes to learn and a finding, before rare tries
        self.stacks = 0
        self.gap = TRY_EVERY // 2
        self.next_try = 0


SHAPES_KEPT = 3
"""Shapes kept and tried (a fleet has one to three: key store, account, data stacks);
a new one replaces the one fitted least recently."""
FIT_CREDIT, MISS_COST, MOST_CREDIT, LOW_CREDIT, TRY_EVERY = 1, 3, 6, -9, 32
"""See :class:`Shapes`."""
HOLE_DEPTH = 32
"""Most brackets a hole may hold (cdktf's hold at most six), so at most how deep it
nests: a hole that may nest deeper is left to the full check, which reads it at the
depth the parser reaches it."""


class _Unknown(Exception):
    """The text takes a form this reading does not follow, or a rule fires: check in full."""


def passes_as_before(text: str, shapes: Shapes, sections: Judge, blocks: Judge) -> bool:
    """True only when every block of the Terraform JSON ``text`` passes every rule.

    ``shapes`` are the check's shapes (:class:`Shapes`); a stack that fits none is
    read and its shape kept. ``sections`` judges a top-level section, ``blocks`` a
    resource or data source block. False also stands for "not known": the caller
    then checks the document in full.
    """
    shapes.stacks += 1
    if shapes.credit <= LOW_CREDIT:  # shapes have not paid off lately
        if shapes.stacks < shapes.next_try:
            return False
        shapes.gap *= 2  # the next rare try comes later, unless this one fits
        shapes.next_try = shapes.stacks + shapes.gap
    kept = shapes.kept
    # charged now, given back with a fit; never so low that a fit leaves it low
    shapes.credit = max(shapes.credit - MISS_COST, LOW_CREDIT - FIT_CREDIT)
    try:
        with one_block_at_a_time():
            for index, shape in enumerate(kept):
                if _fits(text, shape, sections):
                    shapes.credit = min(shapes.credit + MISS_COST + FIT_CREDIT, MOST_CREDIT)
                    shapes.gap = TRY_EVERY // 2
                    if index:
                        kept.insert(0, kept.pop(index))
                    return True
            shape = _read(text, sections, blocks)
    except Exception:  # any error is the full check's to raise, or not
        return False
    kept.insert(0, shape)
    del kept[SHAPES_KEPT:]
    return True


def _fits(text: str, shape: Shape, sections: Judge) -> bool:
    """Whether ``text`` is ``shape``'s around its holes, and every hole passes."""
    at = 0
    for before, hole in shape.steps:
        if not text.startswith(before, at):
            return False
        start = at + len(before)
        if hole == _METADATA:
            plain = _PLAIN_METADATA.match(text, start)
            if plain is not None and not may_match(f"{plain[1]}\n{plain[2]}"):
                at = plain.end()  # plain metadata, read without building it
                continue
        value, at = _SCAN(text, start)
        if text.count("{", start, at) + text.count("[", start, at) > HOLE_DEPTH:
            raise _Unknown
        if hole == _METADATA:
            if not is_plain_metadata(value):
                raise _Unknown
        elif hole == _TERRAFORM and not sections("terraform", value):
            raise _Unknown
    return len(text) - at == len(shape.tail) and text.endswith(shape.tail)


def _read(text: str, sections: Judge, blocks: Judge) -> Shape:
    """Judge every block of ``text`` and find its holes; :class:`_Unknown` unless all pass."""
    holes: list[tuple[int, int, int]] = []  # where each starts and ends, what it holds

    def section(key: str, at: int) -> int:
        if key in ("resource", "data"):  # by type, then by name
            return _members(text, at, lambda kind, at: _members(text, at, partial(block, kind)))
        value, end = _SCAN(text, at)
        if key == "variable" and defaulted_variables(value):
            raise _Unknown  # a default may reach a sensitive argument in another section
        if key == "//":
            holes.append((at, end, _IGNORED))
        elif not sections(key, value):
            raise _Unknown
        elif key == "terraform":
            holes.append((at, end, _TERRAFORM))
        return end

    def block(type_name: str, _: str, at: int) -> int:
        config, end = _SCAN(text, at)
        if type(config) is not dict or not blocks(type_name, config):
            raise _Unknown  # a list of bodies is the full check's to read
        first = _SPACE.match(text, at + 1).end()
        if text.startswith('"//"', first):  # cdktf's metadata first: a hole
            colon = _SPACE.match(text, first + 4).end()
            start = _SPACE.match(text, colon + 1).end()
            comment, comment_end = _SCAN(text, start)
            comma = _SPACE.match(text, comment_end).end()
            if (
                text[comma] == ","
                and is_plain_metadata(comment)
                and "//" not in stable_json.DECODER.decode("{" + text[comma + 1 : end])
            ):
                holes.append((start, comment_end, _METADATA))
        return end

    end = _members(text, _SPACE.match(text).end(), section)
    if _SPACE.match(text, end).end() != len(text):
        raise _Unknown
    steps, at = [], 0
    for hole_start, hole_end, hole in holes:
        steps.append((text[at:hole_start], hole))
        at = hole_end
    return Shape(steps, text[at:])


def _members(text: str, at: int, member: Callable[[str, int], int]) -> int:
    """Where the JSON object at ``at`` ends, read member by member as the parser reads it.

    ``member(key, where its value starts)`` reads each value and says where it ends.
    """
    if text[at] != "{":
        raise _Unknown
    at = _SPACE.match(text, at + 1).end()
    if text[at] == "}":
        return at + 1
    while True:
        if text[at] != '"':
            raise _Unknown
        key, at = _SCAN(text, at)
        at = _SPACE.match(text, at).end()
        if text[at] != ":":
            raise _Unknown
        at = _SPACE.match(text, member(key, _SPACE.match(text, at + 1).end())).end()
        if text[at] == "}":
            return at + 1
        if text[at] != ",":
            raise _Unknown
        at = _SPACE.match(text, at + 1).end()
