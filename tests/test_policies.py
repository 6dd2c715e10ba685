"""The policies in the output equal the ones in Alibaba Cloud's documentation."""

from __future__ import annotations

import json

from kms_keystore.core import policy_documents

from .support import only, resources


def load(fixtures_dir, name):
    return json.loads((fixtures_dir / name).read_text(encoding="utf-8"))


def test_creator_policy_in_output_is_the_documented_statement(reference_stack, fixtures_dir):
    _, policy = only(resources(reference_stack, "alicloud_ram_policy"))
    document = json.loads(policy["policy_document"])

    assert document["Version"] == "1"
    assert document["Statement"] == [load(fixtures_dir, "creator_statement.json")]


def test_creator_policy_text_is_exact(reference_stack, snapshot_json):
    _, policy = only(resources(reference_stack, "alicloud_ram_policy"))

    assert policy["policy_document"] == (
        '{"Version":"1","Statement":[{"Action":"ram:CreateServiceLinkedRole","Resource":"*",'
        '"Effect":"Allow","Condition":{"StringEquals":{"ram:ServiceName":'
        '"keystore.kms.aliyuncs.com"}}}]}'
    )
    assert policy["policy_document"] == snapshot_json


def test_pinned_system_policy_equals_the_documented_one(fixtures_dir):
    documented = load(fixtures_dir, "system_policy.json")

    assert policy_documents.system_policy_document() == documented
    assert policy_documents.same_policy(policy_documents.system_policy_document(), documented)


def test_pinned_system_policy_has_the_four_statement_groups():
    statements = policy_documents.system_policy_document()["Statement"]

    assert [len(policy_documents._as_list(s["Action"])) for s in statements] == [12, 2, 2, 1]
    assert {
        a.split(":")[0] for s in statements for a in policy_documents._as_list(s["Action"])
    } == {
        "ecs",
        "vpc",
        "yundun-hsm",
        "ram",
    }
    assert statements[3]["Condition"] == {
        "StringEquals": {"ram:ServiceName": "keystore.kms.aliyuncs.com"}
    }


def test_pinned_system_policy_is_written_into_the_configuration(reference_stack, fixtures_dir):
    pinned = reference_stack["locals"]["kms_keystore_pinned_system_policy"]

    assert policy_documents.same_policy(pinned, load(fixtures_dir, "system_policy.json"))


def test_same_policy_ignores_order_but_not_content(fixtures_dir):
    documented = load(fixtures_dir, "system_policy.json")
    reordered = json.loads(json.dumps(documented))
    reordered["Statement"].reverse()
    reordered["Statement"][1]["Action"].reverse()
    reordered["Statement"][0]["Action"] = [reordered["Statement"][0]["Action"]]
    widened = json.loads(json.dumps(documented))
    widened["Statement"][1]["Action"].append("vpc:DeleteVpc")
    unconditioned = json.loads(json.dumps(documented))
    del unconditioned["Statement"][3]["Condition"]

    assert policy_documents.same_policy(documented, reordered)
    assert not policy_documents.same_policy(documented, widened)
    assert not policy_documents.same_policy(documented, unconditioned)


def test_permission_lines_are_one_per_action():
    lines = policy_documents.permission_lines(policy_documents.creator_policy_document())

    assert lines == [
        "Allow ram:CreateServiceLinkedRole on * when "
        '{"StringEquals": {"ram:ServiceName": "keystore.kms.aliyuncs.com"}}'
    ]
