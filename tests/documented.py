"""What Alibaba Cloud's page "Service-linked role for dedicated KMS" documents: one place.

The page text lives in ``../shared/docs``; where it is present the two documents
are read from it. ``tests/fixtures/`` holds a copy of both for machines without
``../shared``; ``make snapshots`` refreshes that copy from the page, never from
our code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from kms_keystore.core.policy_documents import permission_lines

from .support import SHARED

PAGE = SHARED / "docs" / "kms-keystore-service-linked-role.txt"
PAGE_TITLE = "Service-linked role for dedicated KMS"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SYSTEM_POLICY = "system_policy"
CREATOR_STATEMENT = "creator_statement"
WHAT = {
    SYSTEM_POLICY: "the system policy AliyunServiceRolePolicyForKMSKeyStore",
    CREATOR_STATEMENT: "the statement a RAM user needs to have the role created",
}


def parse_page(text: str) -> dict[str, dict[str, Any]]:
    """The two JSON documents the page shows, by kind.

    The one with a ``Statement`` list is the system policy; the lone statement
    (``Action`` and ``Effect`` at the top) is what the creator policy must hold.
    """
    decoder = json.JSONDecoder()
    found: dict[str, dict[str, Any]] = {}
    for match in re.finditer(r"^\{", text, re.MULTILINE):
        try:
            document, _ = decoder.raw_decode(text, match.start())
        except json.JSONDecodeError:
            continue
        kind = SYSTEM_POLICY if "Statement" in document else CREATOR_STATEMENT
        if "Statement" not in document and not {"Action", "Effect"} <= set(document):
            continue
        if kind in found:
            raise ValueError(f"the page shows more than one {WHAT[kind]}")
        found[kind] = document
    missing = sorted(set(WHAT) - set(found))
    if missing:
        raise ValueError(f"the page no longer shows {', '.join(WHAT[k] for k in missing)}")
    return found


def fixture_path(kind: str) -> Path:
    """The committed copy of one document."""
    return FIXTURES / f"{kind}.json"


def documented(kind: str) -> dict[str, Any]:
    """One document as the page gives it (the committed copy where the page is absent)."""
    if PAGE.is_file():
        return parse_page(PAGE.read_text(encoding="utf-8"))[kind]
    return json.loads(fixture_path(kind).read_text(encoding="utf-8"))


def source() -> str:
    """Where :func:`documented` reads from, for messages."""
    where = "../shared/docs/" + PAGE.name if PAGE.is_file() else "its copy in tests/fixtures/"
    return f'Alibaba Cloud\'s page "{PAGE_TITLE}" ({where})'


def disagreement(kind: str, code: dict[str, Any], page: dict[str, Any]) -> str:
    """The failure message when our output no longer matches the page."""
    ours, theirs = set(permission_lines(code)), set(permission_lines(page))
    lines = [
        f"The code now disagrees with {source()} about {WHAT[kind]}.",
        "This is not a snapshot: `make snapshots` will not accept it. Make the code follow",
        "the page (constructs/kms_keystore/core/policy_documents.py).",
    ]
    lines += [f"  only in the code: {line}" for line in sorted(ours - theirs)]
    lines += [f"  only on the page: {line}" for line in sorted(theirs - ours)]
    return "\n".join(lines)


def refresh_fixtures() -> list[str]:
    """Rewrite the committed copies from the page; the names of those that changed."""
    if not PAGE.is_file():
        return []
    changed = []
    for kind, document in sorted(parse_page(PAGE.read_text(encoding="utf-8")).items()):
        path = fixture_path(kind)
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(str(path.relative_to(FIXTURES.parent.parent)))
    return changed


def page_disagreements() -> list[str]:
    """Where the code's policies disagree with the page (its copy where it is absent).

    The creator statement and the pinned system policy, as the code builds them; each
    disagreement is told as :func:`disagreement` tells it. No snapshot can accept one.
    """
    from kms_keystore.core import policy_documents

    code = {
        CREATOR_STATEMENT: {"Statement": [policy_documents.creator_statement()]},
        SYSTEM_POLICY: policy_documents.system_policy_document(),
    }
    found = []
    for kind, ours in code.items():
        page = documented(kind)
        if kind == CREATOR_STATEMENT:
            page = {"Statement": [page]}
        if not policy_documents.same_policy(ours, page):
            found.append(disagreement(kind, ours, page))
    return found
