"""Start-up only: import cdktf and start jsii (``bare``), or also our package and bindings."""

import sys

from cdktf import App

if sys.argv[1] == "ours":
    import kms_keystore  # noqa: F401

App(outdir=sys.argv[2])
