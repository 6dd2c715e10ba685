"""Print what the working tree changes against the committed snapshots, for a reviewer.

    python tools/review.py

Per policy: permissions newly granted, no longer granted, or whose condition
changed. Per stack: blocks and orderings added or removed, followed by the
stack's Mermaid diagram as it is now. Exits 1 when anything changed (through
make, make itself then exits 2), 0 when nothing did. Accept a change on purpose
with `make snapshots` and say why in the commit message.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kms_keystore.app.build import run_tool
from kms_keystore.core.problems import ConfigError
from kms_keystore.handoff.review import review_project

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Review; 1 when a policy or a stack graph changed, 2 when the app does not synthesize."""
    try:
        result = review_project(ROOT)
    except ConfigError as err:
        print(f"kms-keystore: {err}", file=sys.stderr)
        return 2
    if result.policies:
        print("review: policies changed against the committed snapshots")
        print("\n".join(result.policies))
    else:
        print("review: no policy changed")
    if result.graphs:
        print("review: resources or creation order changed against the committed snapshots")
        print("\n".join(result.graphs))
        for stack_id, diagram in result.diagrams.items():
            print(f"\n{stack_id} now (Mermaid; paste into any Mermaid viewer):")
            print(f"```mermaid\n{diagram}```")
    else:
        print("review: no resource or creation order changed")
    if result.policies or result.graphs:
        print("\naccept on purpose with `make snapshots`, and say why in the commit message")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(run_tool(main))
