"""Recording a waived rule rewrites a stack file: it must come out exactly as cdktf wrote it."""

from __future__ import annotations

import json

from cdktf import App, TerraformStack
from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider
from cdktf_cdktf_provider_alicloud.vpc import Vpc

from kms_keystore.core import stable_json

AWKWARD = {
    "text": 'tab\tnewline\ncontrol\u0001del\u007fquote"backslash\\slash/',
    "unicode": "é ü 漢字 \u2028 \u2029 \U0001f600 \ufeff",
    "numbers": [0, -1, 1.5, 0.1, 1e-7, 1.5e-7, 1e21, 123456789012345678901, 2.5e300, -0.0],
    "empty": {"list": [], "object": {}, "string": ""},
    "keys": {"b": 1, "a": 2, "B": 3, "_": 4, "//": 5, "é": 6, "\U0001f600": 7, "\uff01": 8},
    "nested": [[[]], [{}], None, True, False],
}


def test_cdktf_output_round_trips_byte_for_byte(tmp_path):
    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "awkward")
    AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    vpc = Vpc(stack, "Vpc", vpc_name="v", cidr_block="10.0.0.0/16", description=AWKWARD["text"])
    for key, value in AWKWARD.items():
        vpc.add_override(f"tags_{key}", value)
    app.synth()
    text = (tmp_path / "stacks" / "awkward" / "cdk.tf.json").read_text(encoding="utf-8")

    assert stable_json.dumps(stable_json.loads(text)) == text
    assert stable_json.loads(text) == json.loads(text)
    file = str(tmp_path / "stacks" / "awkward" / "cdk.tf.json")
    assert stable_json.dumps(stable_json.load_file(file)) == text  # as the guardrails read it


def test_a_file_is_read_as_a_text_open_reads_it(tmp_path):
    """Line ends, a byte order mark and bytes that are no UTF-8, as ``open(...).read()``."""
    import pytest

    crlf = tmp_path / "crlf.json"
    crlf.write_bytes(b'{\r\n  "a": [1,\r\n 2.50]\r\n}')
    assert stable_json.load_file(str(crlf)) == {"a": [1, 2.5]}
    assert stable_json.load_file(str(crlf))["a"][1].text == "2.50"
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf{}")
    with pytest.raises(json.JSONDecodeError):
        stable_json.load_file(str(bom))
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"a": "\xe9"}')
    with pytest.raises(UnicodeDecodeError):
        stable_json.load_file(str(latin))


def test_manifest_round_trips_byte_for_byte(tmp_path):
    app = App(outdir=str(tmp_path))
    TerraformStack(app, "empty")
    app.synth()
    text = (tmp_path / "manifest.json").read_text(encoding="utf-8")

    assert stable_json.dumps(stable_json.loads(text)) == text
