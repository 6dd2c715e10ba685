"""Check synthesized stacks against a provider schema, offline.

    python tools/validate.py [--schema FILE] [OUTDIR ...]

FILE is a ``terraform providers schema -json`` document (default: the pinned
schema in ../shared/provider-schema). OUTDIR defaults to ``cdktf.out``. Prints
every problem with stack, resource address and attribute; exits 1 if any.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kms_keystore.app.build import run_tool
from kms_keystore.handoff.schema_check import ProviderSchema, check_document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCHEMA = ROOT.parent / "shared" / "provider-schema" / "alicloud@1.283.0.json"


def main(argv: list[str] | None = None) -> int:
    """Validate every ``stacks/*/cdk.tf.json`` under the given output directories."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", type=Path, default=DEFAULT_SCHEMA)
    parser.add_argument("outdirs", nargs="*", type=Path, default=[ROOT / "cdktf.out"])
    args = parser.parse_args(argv)
    if not args.schema.is_file():
        print(f"validate: no provider schema at {args.schema}; pass --schema FILE", file=sys.stderr)
        return 2
    schema = ProviderSchema(json.loads(args.schema.read_text(encoding="utf-8")), "alicloud")
    problems, stacks = [], 0
    for outdir in args.outdirs:
        for path in sorted(outdir.glob("stacks/*/cdk.tf.json")):
            stacks += 1
            document = json.loads(path.read_text(encoding="utf-8"))
            problems += check_document(path.parent.name, document, schema)
    for problem in problems:
        print(problem)
    if not stacks:
        print("validate: no synthesized stack found (run `make synth` first)", file=sys.stderr)
        return 2
    print(f"validate: {stacks} stack(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(run_tool(main))
