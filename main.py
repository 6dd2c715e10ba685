"""The reference app: a complete KMS key store from embedded defaults and cdktf context.

Run by `make synth`, by `npx cdktf synth` (cdktf.json names this file) or directly.
Configuration keys are documented in README.md.
"""

import sys
from pathlib import Path

from kms_keystore.app import main

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent))
