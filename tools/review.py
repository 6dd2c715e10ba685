"""Print permissions added or removed in each policy, against the committed snapshots.

    python tools/review.py

Exits 1 when any policy changed (then update the snapshots on purpose with
`pytest --snapshot-update` and say why in the commit message), 0 when none did.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kms_keystore.review import review

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Review; 1 when a policy changed."""
    changes = review(ROOT)
    if not changes:
        print("review: no policy changed")
        return 0
    print("review: policies changed against the committed snapshots")
    for line in changes:
        print(line)
    return 1


if __name__ == "__main__":
    sys.exit(main())
