"""Print, per stack of the app, the RAM policy whoever runs `cdktf deploy` on it needs.

    python tools/deployer_policy.py            # the app as `make synth` configures it
    python tools/deployer_policy.py --trace    # each action with its provider file and function

The configuration comes from cdktf.json's context and CDKTF_CONTEXT_JSON, as for
`make synth`. Configuration mistakes are reported like `make synth` reports them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from kms_keystore.app.build import build_app, run_tool
from kms_keystore.config import read_context
from kms_keystore.core.problems import ConfigError
from kms_keystore.handoff.deployer_report import deployer_report, stack_documents

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Print the report; 2 on a configuration mistake."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trace", action="store_true", help="show where each action comes from")
    args = parser.parse_args(argv)
    try:
        with tempfile.TemporaryDirectory(prefix="kms-deployer-") as outdir:
            app = build_app(read_context(ROOT), outdir, ROOT, ROOT / "cdktf.out")
            print(deployer_report(stack_documents(app), trace=args.trace), end="")
    except ConfigError as err:
        print(f"kms-keystore: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(run_tool(main))
