"""Synthesize every configuration of the project with the CDK the process runs on.

The reference app (embedded defaults) and each ``examples/*.json`` are written to
``OUTDIR/<configuration>/`` (``manifest.json`` and ``stacks/<stack>/cdk.tf.json``),
each atomically, as ``make synth`` writes ``cdktf.out``. ``KMS_KEYSTORE_CDK``
chooses the CDK (``make synth-all CDK=terrain``).

    python tools/synth_all.py OUTDIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from kms_keystore.app.build import project_configurations, run_tool, synth_configuration
from kms_keystore.core.problems import ConfigError
from kms_keystore.framework.cdk import NAME

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    """Synthesize all configurations into ``argv[0]``; 2 on a configuration mistake."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    outdir = Path(argv[0])
    for name, context in project_configurations(ROOT).items():
        try:
            synth_configuration(name, context, outdir / name, ROOT, ROOT / "cdktf.out")
        except ConfigError as err:
            print(f"kms-keystore: {name}: {err}", file=sys.stderr)
            return 2
        stacks = sorted(p.parent.name for p in (outdir / name).glob("stacks/*/cdk.tf.json"))
        print(f"{NAME}: {name}: {', '.join(stacks)}")
    return 0


if __name__ == "__main__":
    sys.exit(run_tool(lambda: main(sys.argv[1:])))
