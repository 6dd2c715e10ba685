"""Floor 1: a bare cdktf app with one empty stack (jsii and Node start-up, synth)."""

import os
import sys

from cdktf import App, TerraformStack

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "18,20")

app = App(outdir=sys.argv[1])
TerraformStack(app, "empty")
app.synth()
