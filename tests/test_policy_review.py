"""Policies as one line per permission, pinned as text; `make review` explains changes."""

from __future__ import annotations

import json
import subprocess

import pytest
from kms_keystore.core.policy_documents import creator_policy_document, permission_lines
from kms_keystore.core.policy_review import describe_changes, render_lines
from kms_keystore.review import current_policies, snapshot_path

from .support import ROOT

POLICIES = current_policies(ROOT)


@pytest.mark.parametrize("policy_id", sorted(POLICIES))
def test_policy_text(policy_id, snapshot_text):
    assert render_lines(POLICIES[policy_id]) == snapshot_text


def test_every_kind_of_policy_is_pinned():
    kinds = {policy_id.split(".")[2] for policy_id in POLICIES}

    assert kinds == {"ram_policy", "kms_policy", "system_policy"}


def test_creator_policy_is_one_line():
    assert POLICIES[
        "reference.kms-keystore.ram_policy.AllowCreateKmsKeyStoreServiceLinkedRole"
    ] == [permission_lines(creator_policy_document())[0]]


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


def test_make_review_passes_on_the_committed_tree():
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "tools" / "review.py")],
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "review: no policy changed\n"


def test_make_review_reports_an_edited_snapshot(tmp_path):
    import shutil

    project = tmp_path / "project"
    shutil.copytree(ROOT / "__snapshots__", project / "__snapshots__")
    shutil.copytree(ROOT / "examples", project / "examples")
    pinned = snapshot_path(
        project, "reference.kms-keystore.ram_policy.AllowCreateKmsKeyStoreServiceLinkedRole"
    )
    pinned.write_text("Allow ram:CreateServiceLinkedRole on *\n", encoding="utf-8")

    from kms_keystore.review import review

    changes = review(project)

    assert changes[0].endswith("ram_policy.AllowCreateKmsKeyStoreServiceLinkedRole:")
    assert changes[1].startswith("  ~ condition changed: Allow ram:CreateServiceLinkedRole on *:")
