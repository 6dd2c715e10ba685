"""Export every stack of the app for Terraform teams: `make export` (HCL=1 for HCL).

    python tools/export.py [--hcl] [--dest DIR]

Reads the same context as `make synth` (cdktf.json's "context", then
CDKTF_CONTEXT_JSON) and writes DIR/<stack>/{main.tf.json|main.tf, README.md,
.checkov.yaml, .checkov/, .gitignore}. Exporting again replaces only those files:
state, .terraform, lock files and client key files written there stay.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from kms_keystore.app.build import run_tool
from kms_keystore.config import read_context
from kms_keystore.core.problems import ConfigError
from kms_keystore.handoff.export import export

ROOT = Path(__file__).resolve().parent.parent


def _stop(number: int, _frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Export; 2 on a configuration problem."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hcl", action="store_true", help="write main.tf (HCL) instead of JSON")
    parser.add_argument("--dest", type=Path, default=ROOT / "export")
    args = parser.parse_args(argv)
    # a terminated export unwinds like an interrupted one: its work folder goes
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, _stop)
    try:
        order = export(read_context(ROOT), args.dest, ROOT, hcl=args.hcl)
    except ConfigError as err:
        print(f"kms-keystore: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kms-keystore: export stopped; no work folder is left: run it again", file=sys.stderr)
        return 130
    for index, name in enumerate(order, start=1):
        print(f"{index}. {args.dest.name}/{name}/")
    return 0


if __name__ == "__main__":
    sys.exit(run_tool(main))
