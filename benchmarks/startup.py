"""Start-up only: import cdktf and start jsii (``bare``), or also our package and bindings."""

import os
import sys

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "18,20")

from cdktf import App

if sys.argv[1] == "ours":
    import kms_keystore  # noqa: F401

App(outdir=sys.argv[2])
