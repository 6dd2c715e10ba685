"""The command-line path: `make synth` with context from the environment."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from .support import ROOT, read_stacks

FAKE_KEY_ID = "LTAI5tFakeAccessKeyId00001"
FAKE_SECRET = "FakeSecretValueThatMustNeverAppear0123"


def make_synth(outdir, context=None, extra_env=None):
    env = {k: v for k, v in os.environ.items() if k != "CDKTF_CONTEXT_JSON"}
    env["CDKTF_OUTDIR"] = str(outdir)
    if context is not None:
        env["CDKTF_CONTEXT_JSON"] = context if isinstance(context, str) else json.dumps(context)
    env.update(extra_env or {})
    return subprocess.run(
        ["make", "--no-print-directory", "synth"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def good_output(tmp_path_factory):
    outdir = tmp_path_factory.mktemp("cli") / "cdktf.out"
    result = make_synth(outdir)
    assert result.returncode == 0, result.stderr
    return outdir


def files(outdir):
    return {p.relative_to(outdir): p.read_bytes() for p in outdir.rglob("*") if p.is_file()}


def test_make_synth_writes_the_reference_stack(good_output):
    assert list(read_stacks(good_output)) == ["kms-keystore"]


@pytest.mark.parametrize(
    "context",
    [
        {"instance": {"period": 5}, "layout": "triple"},
        {"network": {"vpcCidr": "300.0.0.0/16"}},
        "{not json",
        {"instance": {"deletionProtection": False}},
    ],
    ids=["bad-values", "bad-cidr", "not-json", "guardrail"],
)
def test_bad_context_fails_cleanly_and_keeps_previous_output(good_output, context):
    before = files(good_output)

    result = make_synth(good_output, context)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    message = result.stderr.split("make: ***")[0].strip()
    assert message.startswith("kms-keystore: ")
    assert "\n\n" not in message
    assert "nothing was written" in message
    assert files(good_output) == before


def test_context_override_reaches_the_app(tmp_path):
    result = make_synth(
        tmp_path / "out",
        {
            "region": "cn-shanghai",
            "network": {"zoneIds": ["cn-shanghai-e", "cn-shanghai-f"]},
        },
    )

    assert result.returncode == 0, result.stderr
    stack = read_stacks(tmp_path / "out")["kms-keystore"]
    assert stack["provider"]["alicloud"] == [{"region": "cn-shanghai"}]


def test_credentials_in_the_environment_never_reach_the_output(tmp_path):
    credentials = {
        "ALIBABA_CLOUD_ACCESS_KEY_ID": FAKE_KEY_ID,
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET": FAKE_SECRET,
        "ALICLOUD_ACCESS_KEY": FAKE_KEY_ID,
        "ALICLOUD_SECRET_KEY": FAKE_SECRET,
        "ALICLOUD_SECURITY_TOKEN": FAKE_SECRET,
    }
    context = {
        "profile": "kms-admin",
        "assumeRole": {"roleArn": "acs:ram::1234567890123456:role/kms-deployer"},
    }

    result = make_synth(tmp_path / "out", context, credentials)

    assert result.returncode == 0, result.stderr
    for path in (tmp_path / "out").rglob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert FAKE_KEY_ID not in text and FAKE_SECRET not in text, path
    provider = read_stacks(tmp_path / "out")["kms-keystore"]["provider"]["alicloud"][0]
    assert set(provider) == {"region", "profile", "assume_role"}
    assert provider["assume_role"] == {"role_arn": "acs:ram::1234567890123456:role/kms-deployer"}


@pytest.mark.parametrize("value", ["", " \n\t "])
def test_make_cli_refuses_a_set_but_empty_configuration_before_the_cdktf_cli_starts(value):
    """helper-71 H1: the cdktf CLI reads '' as no configuration and would deploy the defaults.

    Blanks alone are refused alike, with the same message (the CLI failed on them later).
    """
    env = {k: v for k, v in os.environ.items() if k != "CDKTF_CONTEXT_JSON"}
    env["CDKTF_CONTEXT_JSON"] = value
    # the prerequisites taken as made: only the recipe's own guard runs
    stamps = ["-o", ".venv/.installed", "-o", "node_modules/.installed"]
    result = subprocess.run(
        ["make", "--no-print-directory", *stamps, "cli", "ARGS=deploy kms-keystore"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "kms-keystore: CDKTF_CONTEXT_JSON is set but empty" in result.stderr
