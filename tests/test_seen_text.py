"""A stack the guardrails read as an earlier stack's shape gets what a full check gives.

``check_synthesized`` reads a fleet's later stacks by their holes alone
(:mod:`kms_keystore.guardrails.seen_text`) and answers "every block passes"
only where the full check would. Each case below changes one stack of a fleet
whose first stacks made a shape; the check, with and without that reading,
must give the same findings, leave the same files and raise the same errors.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from kms_keystore.app.build import build_app
from kms_keystore.guardrails import seen_text
from kms_keystore.guardrails.engine import check_synthesized

NAMES = ("kms-a", "kms-b", "kms-c", "kms-d")
CHANGED = "kms-c"  # the stack a case changes; kms-a and kms-b made the shape before it
KEY_ID = "LTAI5tQ8mFq3XbC9vK2pR7wZ"
CONTEXT = {"deployments": [{"name": name, "account": name} for name in NAMES]}


@pytest.fixture(scope="module")
def fleet(tmp_path_factory) -> Path:
    """A fleet of default deployments, written by cdktf and not yet checked."""
    out = tmp_path_factory.mktemp("fleet") / "out"
    build_app(CONTEXT, str(out)).synth()
    return out


def _stack(out: Path, name: str = CHANGED) -> Path:
    return out / "stacks" / name / "cdk.tf.json"


def _check(out: Path, monkeypatch, *, as_before: bool):
    """Findings (or the error), and the stack files' text after the check."""
    if not as_before:
        monkeypatch.setattr(seen_text, "passes_as_before", lambda *args: False)
    app = build_app(CONTEXT, str(out / "unused"))
    try:
        found = [(f.rule_id, f.level, f.path, f.reason) for f in check_synthesized(app, out)]
    except Exception as err:  # what the full check raises is the expectation too
        found = (type(err), str(err))
    monkeypatch.undo()
    return found, {name: _stack(out, name).read_text() for name in NAMES}


def _replace(old: str, new: str, count: int = 1):
    def change(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, count)

    return change


def _document(change):
    def edit(text: str) -> str:
        document = json.loads(text)
        change(document)
        return json.dumps(document, indent=2)

    return edit


def _resource(document, type_name):
    (block,) = document["resource"][type_name].values()
    return block


CASES = {
    "nothing changed": lambda text: text,
    "a key ID in an argument": _document(
        lambda d: _resource(d, "alicloud_vpc").update(description=KEY_ID)
    ),
    "a key ID in a construct path": _replace(
        f'"path": "{CHANGED}/Default/Network/Vpc"', f'"path": "{CHANGED}/Default/{KEY_ID}/Vpc"'
    ),
    "a key ID in the state path": _replace(
        f"terraform.{CHANGED}.tfstate", f"terraform.{CHANGED}-{KEY_ID}.tfstate"
    ),
    "a key ID in the stack's own metadata": _replace(
        f'"stackName": "{CHANGED}"', f'"stackName": "{KEY_ID}"'
    ),
    "a second metadata later in a block": _replace(
        '"cidr_block"', f'"//": {{"metadata": {{"path": "{KEY_ID}"}}}},\n        "cidr_block"'
    ),
    "metadata that is not first": _document(
        lambda d: _resource(d, "alicloud_vpc").update(
            {"//": _resource(d, "alicloud_vpc").pop("//")}
        )
    ),
    "metadata with more than cdktf writes": _document(
        lambda d: _resource(d, "alicloud_vpc")["//"]["metadata"].update(note=KEY_ID)
    ),
    "metadata that is a number": _document(
        lambda d: _resource(d, "alicloud_vpc").update({"//": 5})
    ),
    "a variable whose default reaches a password": _document(
        lambda d: (
            d.setdefault("variable", {}).update(
                pw={"default": "hunter2-hunter2", "type": "string"}
            ),
            _resource(d, "alicloud_vpc").update(password="${var.pw}"),
        )
    ),
    "a variable without a default": _document(
        lambda d: d.setdefault("variable", {}).update(pw={"type": "string", "sensitive": True})
    ),
    "a resource section given twice": _replace(
        '"resource": {',
        '"resource": '
        + json.dumps({"alicloud_vpc": {"X": {"description": KEY_ID}}})
        + ',\n  "resource": {',
    ),
    "a block given as a list of bodies": _document(
        lambda d: d["resource"]["alicloud_vpc"].update(
            {k: [v] for k, v in d["resource"]["alicloud_vpc"].items()}
        )
    ),
    "a block that makes a rule fail, in a name given twice": _replace(
        '"Instance_C1063A87": {',
        '"Instance_C1063A87": {"lifecycle": "x"},\n      "Instance_C1063A87": {',
    ),
    "compact text": lambda text: json.dumps(json.loads(text), separators=(",", ":")),
    "a key ID escaped in a construct path": _replace(
        f'"path": "{CHANGED}/Default/Network/Vpc"',
        f'"path": "{CHANGED}/Default/\\u004c{KEY_ID[1:]}/Vpc"',
    ),
    "a security token as a unique ID": _replace(
        '"uniqueId": "Network_Vpc_', f'"uniqueId": "CAIS{"Q" * 44}_'
    ),
    "a PEM header in a construct path": _replace(
        f'"path": "{CHANGED}/Default/Network/Vpc"',
        f'"path": "{CHANGED}/Default/-----BEGIN RSA PRIVATE KEY-----/Vpc"',
    ),
    "metadata with its unique ID first": _document(
        lambda d: _resource(d, "alicloud_vpc")["//"].update(
            metadata=dict(reversed(_resource(d, "alicloud_vpc")["//"]["metadata"].items()))
        )
    ),
    "metadata on one line, with tabs": _replace(
        '"//": {\n          "metadata": {\n            "path"', '"//":{\t"metadata" :{ "path"'
    ),
    "a tab as it is in a construct path": _replace(
        f'"path": "{CHANGED}/Default/Network/Vpc"', f'"path": "{CHANGED}/Default/\tNetwork/Vpc"'
    ),
    "an escaped metadata key": _replace('"//": {\n          "metadata"', '"\\/\\/": {"metadata"'),
    "text after the document": lambda text: text + "\n{}",
    "a document that is a list": lambda text: f"[{text}]",
    "no document at all": lambda text: "",
    "a byte order mark": lambda text: "\ufeff" + text,
}


@pytest.mark.parametrize("case", CASES)
def test_a_changed_stack_gets_what_the_full_check_gives(fleet, tmp_path, monkeypatch, case):
    out = tmp_path / "out"
    shutil.copytree(fleet, out)
    stack = _stack(out)
    stack.write_text(CASES[case](stack.read_text()))
    before = {name: _stack(out, name).read_text() for name in NAMES}

    fast = _check(out, monkeypatch, as_before=True)
    for name, text in before.items():
        _stack(out, name).write_text(text)
    full = _check(out, monkeypatch, as_before=False)

    assert fast == full


def test_the_cases_change_what_they_say(fleet, tmp_path, monkeypatch):
    """Each case that changes a block is found by the full check, or changes nothing judged."""
    out = tmp_path / "out"
    shutil.copytree(fleet, out)
    found = {}
    for case, change in CASES.items():
        stack = _stack(out)
        original = stack.read_text()
        stack.write_text(change(original))
        found[case] = _check(out, monkeypatch, as_before=False)[0]
        stack.write_text(original)

    assert found["nothing changed"] == []
    for case in (
        "a key ID in an argument",
        "a key ID in a construct path",
        "a key ID escaped in a construct path",
        "a security token as a unique ID",
        "a PEM header in a construct path",
        "a second metadata later in a block",
        "metadata with more than cdktf writes",
        "a variable whose default reaches a password",
    ):
        assert found[case] and isinstance(found[case], list), case
    # JSON keeps the last of two equal keys: the first section, which a rule fires on, is
    # no block of the document; the reading by shapes judges it too, then checks in full
    assert found["a resource section given twice"] == []
    assert found["metadata with its unique ID first"] == []
    assert found["metadata on one line, with tabs"] == []
    for case in (
        "a tab as it is in a construct path",
        "text after the document",
        "no document at all",
        "a byte order mark",
        "a document that is a list",
    ):
        assert isinstance(found[case], tuple), case


def _judges(text: str, shapes: seen_text.Shapes) -> list[str] | None:
    """What ``passes_as_before`` asks to be judged in ``text`` (a section name or a block
    type), or None when it leaves the text to the full check."""
    asked: list[str] = []

    def sections(section, value):
        asked.append(section)
        return True

    def blocks(type_name, config):
        asked.append(type_name)
        return True

    return asked if seen_text.passes_as_before(text, shapes, sections, blocks) else None


def _shape(fleet: Path, name: str, cidr: int) -> str:
    """The stack ``name``, with a VPC CIDR block of its own: another shape per ``cidr``."""
    text = _stack(fleet, name).read_text()
    assert '"10.20.0.0/16"' in text
    return text.replace('"10.20.0.0/16"', f'"172.{cidr}.0.0/16"')


def test_a_stack_of_a_known_shape_has_only_its_state_path_judged(fleet):
    shapes = seen_text.Shapes()
    first = _judges(_stack(fleet, "kms-a").read_text(), shapes)

    later = [_judges(_stack(fleet, name).read_text(), shapes) for name in NAMES[1:]]

    assert "alicloud_kms_instance" in first and "locals" in first
    assert later == [["terraform"]] * len(later)


def test_three_shapes_in_turn_are_all_known(fleet):
    shapes = seen_text.Shapes()
    texts = [_shape(fleet, name, index % 3) for index, name in enumerate(NAMES * 6)]

    asked = [_judges(text, shapes) for text in texts]

    assert asked[3:] == [["terraform"]] * (len(texts) - 3)


def test_a_variable_without_a_default_keeps_the_reading(fleet):
    def with_variable(text: str, default: bool) -> str:
        document = json.loads(text)
        variable = {"type": "string", "sensitive": True} | ({"default": "x"} if default else {})
        document["variable"] = {"db_password": variable}
        return json.dumps(document, indent=2)

    shapes = seen_text.Shapes()
    plain = [_judges(with_variable(_shape(fleet, n, 1), False), shapes) for n in NAMES]
    defaulted = [_judges(with_variable(_shape(fleet, n, 2), True), shapes) for n in NAMES]

    assert "variable" in plain[0]
    assert plain[1:] == [["terraform"]] * 3
    assert defaulted == [None] * 4


def test_a_shape_that_starts_repeating_late_is_learned(fleet):
    shapes = seen_text.Shapes()
    distinct = [_shape(fleet, "kms-a", cidr) for cidr in range(40)]
    repeated = [_shape(fleet, NAMES[n % 4], 99) for n in range(8 * seen_text.TRY_EVERY)]

    asked = [_judges(text, shapes) for text in distinct + repeated]

    assert asked[-seen_text.TRY_EVERY :] == [["terraform"]] * seen_text.TRY_EVERY


def _readings(texts: list[str], passing=lambda section: True) -> int:
    """How many of ``texts`` are read for a shape (each reading judges the check block)."""
    readings = []

    def sections(section, value):
        readings.append(section)
        return passing(section)

    shapes = seen_text.Shapes()
    for text in texts:
        seen_text.passes_as_before(text, shapes, sections, lambda *_: True)
    return readings.count("check")


def test_readings_that_a_rule_ends_stop(fleet):
    texts = [_shape(fleet, NAMES[index % 4], 1) for index in range(64)]

    # every stack has a finding in its check block: four readings while the credit
    # lasts, then the rare tries (stacks 5 and 37 of 64)
    assert _readings(texts, passing=lambda section: section != "check") == 6


def test_stacks_that_repeat_no_shape_stop_being_read(fleet):
    repeated = _shape(fleet, "kms-a", 1)
    texts = [repeated if index % 2 else _shape(fleet, "kms-b", 100 + index) for index in range(128)]

    # half of 128 stacks are new shapes; a handful are read while the credit lasts,
    # then one in a rare try now and then
    assert _readings(texts) <= 10


def test_a_rule_that_fires_in_a_known_shape_is_never_passed(fleet):
    shapes = seen_text.Shapes()
    _judges(_stack(fleet, "kms-a").read_text(), shapes)
    text = _stack(fleet, "kms-b").read_text()

    assert not seen_text.passes_as_before(text, shapes, lambda *_: False, lambda *_: True)
    assert not seen_text.passes_as_before(
        text.replace('"path": "kms-b/Default/Network/Vpc"', f'"path": "kms-b/{KEY_ID}"'),
        shapes,
        lambda *_: True,
        lambda *_: True,
    )


@pytest.mark.parametrize(
    ("hole", "where"),
    [
        ("the stack's own metadata", f'"stackName": "{CHANGED}"'),
        ("the terraform block", '"required_version": ">= 1.5"'),
        ("a resource's metadata", f'"path": "{CHANGED}/Default/Network/Vpc"'),
    ],
)
def test_a_hole_nested_near_the_recursion_limit_gets_what_the_full_check_gives(
    fleet, tmp_path, monkeypatch, hole, where
):
    out = tmp_path / "out"
    shutil.copytree(fleet, out)
    original = _stack(out).read_text()
    key = where.split(":")[0]

    def result(depth: int, *, as_before: bool):
        _stack(out).write_text(original.replace(where, f"{key}: " + "[" * depth + "]" * depth))
        return _check(out, monkeypatch, as_before=as_before)

    low, high = 10, 3 * sys.getrecursionlimit()  # the full check passes at low, fails at high
    while high - low > 1:
        middle = (low + high) // 2
        if isinstance(result(middle, as_before=False)[0], tuple):
            high = middle
        else:
            low = middle

    for depth in range(high - 8, high + 3):
        assert result(depth, as_before=True) == result(depth, as_before=False), depth


_METADATA_TEXTS = [
    '{"metadata": {"path": "kms-a/Default/Network/Vpc", "uniqueId": "Network_Vpc_1A2B"}}',
    '{\n  "metadata" :\t{"path":"a","uniqueId":""}\r\n}',
    '{"metadata": {"path": "", "uniqueId": "x"}} , "rest"',
    '{"metadata": {"path": "caf\u00e9/\u00fc", "uniqueId": "\u2028"}}',
    '{"metadata": {"path": "a\\/b", "uniqueId": "x"}}',
    '{"metadata": {"path": "a\\u004cTAI5tQ8mFq3XbC9vK2pR7wZ", "uniqueId": "x"}}',
    '{"metadata": {"path": "a\tb", "uniqueId": "x"}}',
    '{"metadata": {"path": "a\x7fb", "uniqueId": "x"}}',
    '{"metadata": {"path": "LTAI5tQ8mFq3XbC9vK2pR7wZ", "uniqueId": "x"}}',
    '{"metadata": {"path": "x", "uniqueId": "-----BEGIN RSA"}}',
    '{"metadata": {"path": "x-----BEGIN", "uniqueId": " y"}}',
    '{"metadata": {"path": "xCAI", "uniqueId": "S"}}',
    '{"metadata": {"path": "LTAI", "uniqueId": "CAIS"}}',
    '{"metadata": {"path": "a[b", "uniqueId": "x"}}',
    '{"metadata": {"path": "a", "uniqueId": "{x"}}',
    '{"metadata": {"path": "x", "uniqueId": "-----BEGIN ", "uniqueId": "y"}}',
    '{"metadata": {"uniqueId": "y", "path": "x"}}',
    '{"metadata": {"path": "x"}}',
    '{"metadata": {"path": "x", "uniqueId": "y"}, "metadata": {}}',
    '{"metadata": {"path": "x", "uniqueId": "y"},}',
    '{"metadata": {"path": "x", "uniqueId": 5}}',
    '{"metadata": {"path": "x", "uniqueId": "y"}\u00a0}',
    '{"metadata": {"path": "x", "uniqueId": "y"}',
]


@pytest.mark.parametrize("text", _METADATA_TEXTS)
def test_metadata_read_without_building_it_is_what_the_scanner_reads(text):
    """Where the plain-metadata pattern matches, the scanner reads the same object to the
    same end, and it is plain metadata exactly when the two strings hold no secret's text."""
    from kms_keystore.core.stable_json import DECODER
    from kms_keystore.guardrails.secret_scan import is_plain_metadata, may_match

    plain = seen_text._PLAIN_METADATA.match(text, 0)
    if plain is None:
        return  # read by the scanner, as before
    value, end = DECODER.scan_once(text, 0)
    assert end == plain.end()
    assert value == {"metadata": {"path": plain[1], "uniqueId": plain[2]}}
    assert is_plain_metadata(value) == (not may_match(f"{plain[1]}\n{plain[2]}"))
    assert text.count("{", 0, end) + text.count("[", 0, end) <= seen_text.HOLE_DEPTH


@pytest.mark.parametrize("bracket", ["[", "{"])
def test_metadata_with_many_brackets_in_its_text_is_left_to_the_full_check(fleet, bracket):
    """A hole is read alone only with at most HOLE_DEPTH brackets, even inside strings."""
    text = _stack(fleet).read_text()
    deep = bracket * (seen_text.HOLE_DEPTH + 8)
    where = f'"path": "{CHANGED}/Default/Network/Vpc"'
    assert where in text
    shapes = seen_text.Shapes()
    assert _judges(_stack(fleet, "kms-a").read_text(), shapes) is not None
    changed = text.replace(where, f'"path": "{CHANGED}/Default/{deep}/Vpc"')
    assert _judges(changed, shapes) is None


def test_the_metadata_texts_above_try_both_ways():
    matched = [text for text in _METADATA_TEXTS if seen_text._PLAIN_METADATA.match(text, 0)]
    assert 10 <= len(matched) < len(_METADATA_TEXTS)


def test_the_plain_metadata_pattern_matches_what_cdktf_writes(fleet):
    """Every resource's metadata in a written stack is read without building it."""
    text = _stack(fleet).read_text()
    starts = [text.index("{", at + 4) for at in _occurrences(text, '"//": {\n          "meta')]
    assert len(starts) >= 5
    assert all(seen_text._PLAIN_METADATA.match(text, start) for start in starts)


def _occurrences(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at != -1:
        found.append(at)
        at = text.find(part, at + 1)
    return found
