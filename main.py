"""The reference app: a complete KMS key store from embedded defaults and cdktf context.

Run by `make synth`, by `npx cdktf synth` (cdktf.json names this file) or directly.
With KMS_KEYSTORE_CDK=terrain it runs on CDK Terrain: started by another
interpreter (as cdktf.json's `.venv/bin/python`, e.g. under `npx cdktn synth`), it
hands over to `.venv-terrain/bin/python`, which `make synth CDK=terrain` installs.
Configuration keys are documented in README.md.
"""

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TERRAIN_PYTHON = ROOT / ".venv-terrain" / "bin" / "python"

if __name__ == "__main__":
    wants_terrain = os.environ.get("KMS_KEYSTORE_CDK", "").strip() == "terrain"
    if wants_terrain and importlib.util.find_spec("cdktn") is None and TERRAIN_PYTHON.exists():
        os.execv(TERRAIN_PYTHON, [str(TERRAIN_PYTHON), __file__, *sys.argv[1:]])

    from kms_keystore.app import main

    sys.exit(main(ROOT))
