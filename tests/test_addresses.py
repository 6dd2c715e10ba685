"""Resource addresses are the identity Terraform keeps in state: they never move by accident.

``tests/addresses.json`` pins, for the reference app and every example, the
address of every resource each stack manages. An address that disappears is
only allowed with a ``moved`` block from it to its new address in the same
stack; otherwise an upgrade of this library would plan to destroy a paid
instance or a key and create another. A new address fails until it is added to
the pin on purpose (``UPDATE_ADDRESSES=1 pytest tests/test_addresses.py``).
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

from .support import ROOT, project_documents

PIN = ROOT / "tests" / "addresses.json"


def managed_addresses(document: dict[str, Any]) -> list[str]:
    """``<type>.<name>`` of every managed resource in one synthesized stack."""
    return sorted(
        f"{type_name}.{name}"
        for type_name, blocks in document.get("resource", {}).items()
        for name in blocks
    )


def moved_targets(document: dict[str, Any]) -> dict[str, str]:
    """``from`` -> ``to`` of the stack's ``moved`` blocks."""
    return {m["from"]: m["to"] for m in document.get("moved", [])}


def current() -> dict[str, list[str]]:
    return {key: managed_addresses(doc) for key, doc in sorted(project_documents().items())}


def pinned() -> dict[str, list[str]]:
    return json.loads(PIN.read_text(encoding="utf-8"))


def test_pinned_addresses_stay_or_move() -> None:
    if os.environ.get("UPDATE_ADDRESSES") == "1":
        PIN.write_text(json.dumps(current(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    now = current()
    documents = project_documents()
    lost = []
    for stack, addresses in pinned().items():
        if stack not in now:
            lost.append(f"{stack}: the whole stack is gone ({len(addresses)} resources)")
            continue
        moves = moved_targets(documents[stack])
        for address in addresses:
            if address in now[stack]:
                continue
            target = moves.get(address)
            if target is None or target not in now[stack]:
                lost.append(f"{stack}: {address} is gone and no moved block leads to it")
    assert not lost, "an upgrade would replace these resources:\n" + "\n".join(lost)


def test_no_address_appears_unpinned() -> None:
    pins = pinned()
    new = [
        f"{stack}: {address}"
        for stack, addresses in current().items()
        for address in addresses
        if address not in pins.get(stack, [])
    ]
    assert not new, (
        "addresses not in tests/addresses.json; pin them on purpose with "
        "UPDATE_ADDRESSES=1 pytest tests/test_addresses.py:\n" + "\n".join(new)
    )


@pytest.mark.parametrize(
    ("moves", "expected"),
    [({}, ["x: a.b is gone and no moved block leads to it"]), ({"a.b": "a.c"}, [])],
)
def test_a_moved_block_is_what_allows_an_address_to_go(moves: dict, expected: list) -> None:
    """The rule itself, on a hand-made stack: gone without a move fails, with one passes."""
    document: dict[str, Any] = {"resource": {"a": {"c": {}}}}
    if moves:
        document["moved"] = [{"from": k, "to": v} for k, v in moves.items()]
    lost = [
        f"x: {a} is gone and no moved block leads to it"
        for a in ["a.b"]
        if a not in managed_addresses(document)
        and moved_targets(document).get(a) not in managed_addresses(document)
    ]
    assert lost == expected
