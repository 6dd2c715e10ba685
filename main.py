"""The reference app: a complete KMS key store from embedded defaults and cdktf context.

Run by `make synth`, by `npx cdktf synth` (cdktf.json names this file) or directly.
Configuration keys are documented in README.md.
"""

import shutil
import sys
from pathlib import Path


def run() -> int:
    """Check that Node.js is there (the cdktf runtime starts it on import), then synthesize."""
    if shutil.which("node") is None:
        print(
            "kms-keystore: node is not on PATH; cdktf runs on Node.js (see README: Deploying)",
            file=sys.stderr,
        )
        return 1
    try:
        from kms_keystore.app import main
    except KeyboardInterrupt:
        print("kms-keystore: interrupted; nothing was written", file=sys.stderr)
        return 130
    except (ImportError, OSError) as err:
        print(f"kms-keystore: cannot start ({type(err).__name__}: {err})", file=sys.stderr)
        return 1
    return main(Path(__file__).resolve().parent)


if __name__ == "__main__":
    sys.exit(run())
