"""`make review` on the configuration a team deploys: what a change grants, buys and replaces.

The configuration comes from cdktf.json's "context" or CDKTF_CONTEXT_JSON, as `make synth`
and `cdktf deploy` read it; the committed ``kms-review/<stack>.txt`` files are the pins.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from kms_keystore.handoff.deployment_review import (
    accept,
    as_json,
    as_markdown,
    as_text,
    compare_stack,
    review_deployment,
    review_lines,
)

from .support import ROOT, synth

TOOL = ROOT / "tools" / "review.py"
TEAM = {
    "region": "ap-southeast-1",
    "instance": {"spec": 1000, "keyNum": 1000},
    "keys": [{"name": "orders"}],
}


def kinds(review):
    return sorted({(f.kind, f.subject.split(".")[0]) for f in review.findings})


def test_a_first_review_names_the_instance_purchase_and_every_protected_resource(tmp_path):
    documents = synth(TEAM)

    review = review_deployment(documents, tmp_path)

    assert ("purchase", "alicloud_kms_instance") in kinds(review)
    assert ("creation", "alicloud_kms_key") in kinds(review)
    purchase = next(f for f in review.findings if f.kind == "purchase")
    assert '"Subscription"' in purchase.detail and "spec = 1000" in purchase.detail
    assert review.changed


def test_after_accepting_nothing_changed_and_each_kind_of_change_is_named(tmp_path):
    accept(synth(TEAM), tmp_path)
    assert not review_deployment(synth(TEAM), tmp_path).changed

    changed = {
        **TEAM,
        "instance": {"spec": 2000, "keyNum": 1000, "renewPeriod": 12},
        "keys": [{"name": "orders", "keySpec": "RSA_2048", "keyUsage": "SIGN/VERIFY"}],
    }
    review = review_deployment(synth(changed), tmp_path)
    found = {(f.kind, f.detail.split(":")[0]) for f in review.findings}

    assert ("upgrade", "spec") in found
    assert ("renewal", "renew_period") in found
    replaced = [f for f in review.findings if f.kind == "replacement"]
    assert any("key_spec" in f.detail for f in replaced), review.findings
    text = as_text(review)
    assert "REPLACEMENT OF A PAID OR PROTECTED RESOURCE: kms-keystore: alicloud_kms_key." in text
    assert "UPGRADE OR DOWNGRADE (BILLED)" in text


def test_a_newly_granted_wildcard_is_flagged_and_a_removed_resource_named():
    before = [
        "permission s.ram_policy.p: Allow kms:GetSecretValue on acs:kms:*:1:secret/a",
        "resource alicloud_kms_key.K (created)",
        'resource alicloud_kms_key.K key_spec = "Aliyun_AES_256"',
    ]
    after = [
        "permission s.ram_policy.p: Allow kms:GetSecretValue on acs:kms:*:1:secret/a",
        "permission s.ram_policy.p: Allow kms:Get* on key/k",
        "permission s.ram_policy.p: Allow kms:Decrypt on *",
    ]

    review = compare_stack("s", before, after)

    assert [(f.kind, f.detail) for f in review.findings] == [
        ("wildcard", "newly granted: Allow kms:Get* on key/k"),
        ("wildcard", "newly granted: Allow kms:Decrypt on *"),
        (
            "removal",
            "KMS key (data encrypted under it is lost with it) leaves the configuration: destroyed",
        ),
    ]


def test_markdown_and_json_carry_the_same_findings(tmp_path):
    review = review_deployment(synth(TEAM), tmp_path)

    markdown = as_markdown(review)
    payload = json.loads(as_json(review))

    assert markdown.startswith("## kms-keystore review\n")
    assert "| **Purchase** | `kms-keystore` | `alicloud_kms_instance." in markdown
    assert "```diff\n" in markdown
    assert payload["changed"] is True
    assert {f["kind"] for f in payload["findings"]} >= {"purchase", "creation"}
    assert review_lines("kms-keystore", synth(TEAM)["kms-keystore"])[0].startswith("permission ")


def run_review(project, *args, context=None):
    env = {k: v for k, v in os.environ.items() if k != "CDKTF_CONTEXT_JSON"}
    if context is not None:
        env["CDKTF_CONTEXT_JSON"] = json.dumps(context)
    return subprocess.run(
        [sys.executable, str(TOOL), "--project", str(project), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def test_review_reads_the_team_configuration_from_cdktf_json_or_the_environment(tmp_path):
    from_file = tmp_path / "file"
    from_file.mkdir()
    (from_file / "cdktf.json").write_text(json.dumps({"context": TEAM}), encoding="utf-8")
    from_env = tmp_path / "env"
    from_env.mkdir()
    (from_env / "cdktf.json").write_text(json.dumps({"language": "python"}), encoding="utf-8")

    for project, context in ((from_file, None), (from_env, TEAM)):
        text = run_review(project, context=context)

        assert text.returncode == 1, text.stderr
        assert "review: configuration in effect, stacks kms-keystore, against kms-review/" in (
            text.stdout
        )
        assert "PURCHASE: kms-keystore: alicloud_kms_instance." in text.stdout
        if context is None:  # the output format, once: it does not depend on the source
            markdown = run_review(project, "--format", "markdown")
            assert "| **Purchase** | `kms-keystore` |" in markdown.stdout
        accepted = run_review(project, "--accept", context=context)
        assert accepted.returncode == 0, accepted.stderr
        # the default region is cn-hangzhou: only the team's configuration names this one
        pinned = (project / "kms-review" / "kms-keystore.txt").read_text(encoding="utf-8")
        assert "ap-southeast-1" in pinned, project.name
        # a plain run reads the same source as --accept did, so nothing has changed
        again = run_review(project, context=context)
        assert again.returncode == 0, (project.name, again.stdout)
        assert "review: no change against kms-review/" in again.stdout, project.name
