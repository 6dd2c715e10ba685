"""Write the configuration's JSON Schema and its table of keys from the declared keys.

    python tools/config_schema.py          # rewrite schema/*.json and docs/configuration.md
    python tools/config_schema.py --check  # exit 1 when either differs from the code

Both come from the tables in ``kms_keystore.config``; tests keep them equal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kms_keystore.config.docs import (
    TABLE_BEGIN,
    TABLE_DOCUMENT,
    TABLE_END,
    configuration_table,
    schema_files,
)

ROOT = Path(__file__).resolve().parent.parent


def with_table(document: str) -> str:
    """``document`` with the text between the table markers replaced by the current table."""
    head, rest = document.split(TABLE_BEGIN, 1)
    _, tail = rest.split(TABLE_END, 1)
    return f"{head}{TABLE_BEGIN}\n{configuration_table()}\n{TABLE_END}{tail}"


def main(argv: list[str] | None = None) -> int:
    """Write (or check) the schema files and the table of keys."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report differences")
    args = parser.parse_args(argv)
    wanted = {ROOT / "schema" / name: text for name, text in schema_files().items()}
    document = ROOT / TABLE_DOCUMENT
    wanted[document] = with_table(document.read_text(encoding="utf-8"))
    stale = [p for p, t in wanted.items() if not p.is_file() or p.read_text("utf-8") != t]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)} (run: make schema)", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(wanted[path], encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
