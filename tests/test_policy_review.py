"""Policies as one line per permission, pinned as text; `make review` explains changes."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from kms_keystore.handoff.policy_review import describe_changes, render_lines, stack_policies
from kms_keystore.handoff.review import POLICY_PIN, policies_of, snapshot_path

from .support import ROOT, ids_for_collection, project_documents


@pytest.fixture(scope="session")
def policies():
    return policies_of(project_documents())


@pytest.mark.parametrize("policy_id", ids_for_collection(policies_of, POLICY_PIN))
def test_policy_text(policy_id, policies, snapshot_text):
    assert policy_id in policies, f"{policy_id} is pinned but no longer synthesized"
    assert render_lines(policies[policy_id]) == snapshot_text


def test_every_kind_of_policy_is_pinned(policies):
    kinds = {policy_id.split(".")[2] for policy_id in policies}

    assert kinds == {"ram_policy", "kms_policy", "system_policy"}


def test_each_policy_kind_becomes_sorted_permission_lines():
    statement = {
        "Effect": "Allow",
        "Action": ["ecs:B", "ecs:A"],
        "Resource": "*",
        "Condition": {"StringEquals": {"k": "v"}},
    }
    document = {
        "resource": {
            "alicloud_ram_policy": {
                "p": {
                    "policy_name": "named",
                    "policy_document": json.dumps({"Statement": statement}),
                },
                "q": {"policy_name": "built", "policy_document": "${jsonencode(local.x)}"},
            },
            "alicloud_kms_policy": {
                "k": {
                    "policy_name": "app",
                    "permissions": ["T/User"],
                    "resources": ["key/2", "key/1"],
                    "access_control_rules": "rules",
                }
            },
        },
        "locals": {"kms_keystore_pinned_system_policy": {"Statement": [statement]}},
    }
    condition = ' when {"StringEquals": {"k": "v"}}'

    assert stack_policies("s", document) == {
        "s.ram_policy.named": [f"Allow ecs:A on *{condition}", f"Allow ecs:B on *{condition}"],
        "s.ram_policy.built": ["(policy document is an expression: ${jsonencode(local.x)})"],
        "s.kms_policy.app": [
            "Allow T/User on key/1 when rules",
            "Allow T/User on key/2 when rules",
        ],
        "s.system_policy.AliyunServiceRolePolicyForKMSKeyStore": [
            f"Allow ecs:A on *{condition}",
            f"Allow ecs:B on *{condition}",
        ],
    }


def test_a_policy_built_with_jsonencode_is_reviewed_by_its_content():
    encoded = (
        '${jsonencode({"Version" = "1", "Statement" = [{"Effect" = "Allow", '
        '"Action" = ["kms:Decrypt", "kms:Encrypt"], "Resource" = [alicloud_kms_key.k.arn]}]})}'
    )
    document = {
        "resource": {
            "alicloud_ram_policy": {"e": {"policy_name": "enc", "policy_document": encoded}}
        }
    }

    assert stack_policies("s", document) == {
        "s.ram_policy.enc": [
            "Allow kms:Decrypt on ${alicloud_kms_key.k.arn}",
            "Allow kms:Encrypt on ${alicloud_kms_key.k.arn}",
        ]
    }


DELETE_ROLE = "Allow ram:DeleteServiceLinkedRole on * when "
BASE = {
    "p": [
        "Allow ecs:DescribeVpcs on *",
        DELETE_ROLE + '{"StringEquals": {"ram:ServiceName": "a"}}',
    ]
}


def test_review_names_an_added_action():
    after = {"p": [*BASE["p"], "Allow ecs:DeleteVpc on *"]}

    assert describe_changes(BASE, after) == ["p:", "  + newly granted: Allow ecs:DeleteVpc on *"]


def test_review_names_a_removed_action():
    after = {"p": BASE["p"][1:]}

    assert describe_changes(BASE, after) == [
        "p:",
        "  - no longer granted: Allow ecs:DescribeVpcs on *",
    ]


def test_review_names_a_changed_condition():
    after = {
        "p": [
            BASE["p"][0],
            DELETE_ROLE + '{"StringEquals": {"ram:ServiceName": "b"}}',
        ]
    }

    assert describe_changes(BASE, after) == [
        "p:",
        "  ~ condition changed: Allow ram:DeleteServiceLinkedRole on *: "
        '{"StringEquals": {"ram:ServiceName": "a"}} -> {"StringEquals": {"ram:ServiceName": "b"}}',
    ]


def test_review_names_new_and_removed_policies():
    assert describe_changes(BASE, {}) == ["p: policy removed (2 permissions)"]
    assert describe_changes({}, {"q": ["Allow x:Y on *"]}) == [
        "q: new policy",
        "  + granted: Allow x:Y on *",
    ]


def test_review_is_quiet_when_nothing_changed():
    assert describe_changes(BASE, json.loads(json.dumps(BASE))) == []


@pytest.mark.committed_snapshots
def test_make_review_passes_on_the_committed_tree():
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "tools" / "review.py")],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "CDKTF_CONTEXT_JSON"},
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == (
        "review: configuration in effect, stacks kms-keystore, against kms-review/\n"
        "review: no change against kms-review/\n"
        "review: no policy changed\nreview: no resource or creation order changed\n"
    )


def test_make_review_reports_an_edited_snapshot(tmp_path):
    import shutil

    project = tmp_path / "project"
    shutil.copytree(ROOT / "__snapshots__", project / "__snapshots__")
    shutil.copytree(ROOT / "examples", project / "examples")
    pinned = snapshot_path(
        project, "reference.kms-keystore.ram_policy.AllowCreateKmsKeyStoreServiceLinkedRole"
    )
    pinned.write_text("Allow ram:CreateServiceLinkedRole on *\n", encoding="utf-8")

    from kms_keystore.handoff.review import review

    changes = review(project)

    assert changes[0].endswith("ram_policy.AllowCreateKmsKeyStoreServiceLinkedRole:")
    assert changes[1].startswith("  ~ condition changed: Allow ram:CreateServiceLinkedRole on *:")
