"""The reference app: a complete KMS key store from embedded defaults and cdktf context.

Run by `make synth`, by `npx cdktf synth` (cdktf.json names this file) or directly.
With KMS_KEYSTORE_CDK=terrain it runs on CDK Terrain: started by another
interpreter (as cdktf.json's `.venv/bin/python`, e.g. under `npx cdktn synth`), it
hands over to `.venv-terrain/bin/python`, which `make synth CDK=terrain` installs.
Configuration keys are documented in README.md.
"""

import importlib.util
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TERRAIN_PYTHON = ROOT / ".venv-terrain" / "bin" / "python"


def node_available() -> bool:
    """Whether jsii can start Node.js: ``JSII_NODE`` names it, or ``node`` is on PATH."""
    chosen = os.environ.get("JSII_NODE")
    if chosen:
        return os.access(chosen, os.X_OK) or shutil.which(chosen) is not None
    return shutil.which("node") is not None


def run() -> int:
    """Check that Node.js is there (the CDK runtime starts it on import), then synthesize."""
    if not node_available():
        print(
            "kms-keystore: Node.js was not found (JSII_NODE unset and no node on PATH); "
            "the CDK runs on it: run `make synth`, which installs the pinned Node 22",
            file=sys.stderr,
        )
        return 1
    try:
        from kms_keystore.app.build import main
    except KeyboardInterrupt:
        print("kms-keystore: interrupted; nothing was written", file=sys.stderr)
        return 130
    except (ImportError, OSError) as err:
        print(f"kms-keystore: cannot start ({type(err).__name__}: {err})", file=sys.stderr)
        return 1
    return main(ROOT)


if __name__ == "__main__":
    wants_terrain = os.environ.get("KMS_KEYSTORE_CDK", "").strip() == "terrain"
    if wants_terrain and importlib.util.find_spec("cdktn") is None and TERRAIN_PYTHON.exists():
        os.execv(TERRAIN_PYTHON, [str(TERRAIN_PYTHON), __file__, *sys.argv[1:]])
    sys.exit(run())
