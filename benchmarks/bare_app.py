"""Floor 1: a bare cdktf app with one empty stack (jsii and Node start-up, synth)."""

import sys

from cdktf import App, TerraformStack

app = App(outdir=sys.argv[1])
TerraformStack(app, "empty")
app.synth()
