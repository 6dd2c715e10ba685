"""Ways around each guardrail rule, tried on the rule itself: each must still be caught.

The rules see one block as synthesized (``cdk.tf.json``); these cases are the
forms a user's own code can give a block: ``Fn.jsonencode`` documents, escaped
text, wildcards, ``NotAction``, plan-time values, expressions posing as references.
"""

from __future__ import annotations

import json

import pytest

from kms_keystore.guardrails.rules import RULES_BY_ID, reason_problem

RAM_1 = RULES_BY_ID["KS-RAM-1"].check
RAM_2 = RULES_BY_ID["KS-RAM-2"].check
SEC_1 = RULES_BY_ID["KS-SEC-1"].check
SCOPED = {"StringEquals": {"ram:ServiceName": "keystore.kms.aliyuncs.com"}}


def statement(action="ram:CreateServiceLinkedRole", condition=None, key="Action", effect="Allow"):
    found = {key: action, "Resource": "*", "Effect": effect}
    if condition is not None:
        found["Condition"] = condition
    return found


def as_json(*statements):
    return {"policy_document": json.dumps({"Version": "1", "Statement": list(statements)})}


def hcl(value):
    """``value`` the way cdktf renders a Python value inside ``Fn.jsonencode``."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {hcl(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(hcl(v) for v in value) + "]"
    if isinstance(value, Raw):
        return value.text
    return json.dumps(value)


class Raw:
    """An expression cdktf would write as is (a reference, a function call)."""

    def __init__(self, text):
        self.text = text


def as_jsonencode(*statements):
    document = {"Version": "1", "Statement": list(statements)}
    return {"policy_document": "${jsonencode(" + hcl(document) + ")}"}


BUILDERS = {"json": as_json, "jsonencode": as_jsonencode}


@pytest.mark.parametrize("build", sorted(BUILDERS))
@pytest.mark.parametrize(
    "bad",
    [
        statement(),
        statement(condition={"StringEquals": {"ram:ServiceName": "*"}}),
        statement(
            condition={"StringEquals": {"ram:ServiceName": ["keystore.kms.aliyuncs.com", "*"]}}
        ),
        statement(condition={"StringEquals": {"ram:ServiceName": "*.aliyuncs.com"}}),
        statement(condition={"StringLike": {"ram:ServiceName": "keystore.kms.aliyuncs.com"}}),
        statement(condition={"StringEquals": {"ram:ServiceName": []}}),
        statement(condition={"StringNotEquals": {"ram:ServiceName": "ecs.aliyuncs.com"}}),
        statement("ram:Create*"),
        statement("ram:*ServiceLinkedRole"),
        statement("ram:createservicelinkedrole"),
        statement("ram:CreateServiceLinked????"),
        statement("*"),
        statement(["ecs:DescribeInstances", "ram:*"]),
        statement(["ecs:DescribeInstances"], key="NotAction"),
        statement("ram:DeleteServiceLinkedRole", key="NotAction"),
        statement(effect="allow"),
    ],
    ids=lambda s: json.dumps(s)[:60],
)
def test_ks_ram_1_catches_every_grant_of_the_action(build, bad):
    assert RAM_1("alicloud_ram_policy", BUILDERS[build](bad))


@pytest.mark.parametrize("build", sorted(BUILDERS))
@pytest.mark.parametrize(
    "good",
    [
        statement(condition=SCOPED),
        statement(condition={"stringequals": {"RAM:ServiceName": ["keystore.kms.aliyuncs.com"]}}),
        statement("ram:*", effect="Deny"),
        statement(["ecs:DescribeInstances"]),
        statement(["ram:CreateServiceLinkedRole", "ram:*"], key="NotAction"),
    ],
    ids=lambda s: json.dumps(s)[:60],
)
def test_ks_ram_1_passes_scoped_grants_and_denials(build, good):
    assert RAM_1("alicloud_ram_policy", BUILDERS[build](good)) is None


def test_ks_ram_1_refuses_plan_time_actions_and_service_names():
    unknown_action = as_jsonencode(statement([Raw("var.actions")]))
    unknown_service = as_jsonencode(
        statement(condition={"StringEquals": {"ram:ServiceName": Raw("var.service")}})
    )

    assert "known only at plan time" in RAM_1("alicloud_ram_policy", unknown_service)
    assert RAM_1("alicloud_ram_policy", unknown_action)


@pytest.mark.parametrize("build", sorted(BUILDERS))
@pytest.mark.parametrize(
    "bad",
    [
        statement("*"),
        statement("ecs:*"),
        statement("ram:Create*"),
        statement("ram:*ServiceLinkedRole"),
        statement("kms:Get?ecret"),
        statement(["kms:Decrypt"], key="NotAction"),
        statement("ecs:*", effect="ALLOW"),
    ],
    ids=lambda s: json.dumps(s)[:60],
)
def test_ks_ram_2_catches_patterns_and_not_action(build, bad):
    assert RAM_2("alicloud_ram_policy", BUILDERS[build](bad))


def test_ks_ram_2_passes_named_actions_and_denied_patterns():
    good = as_jsonencode(statement(["kms:Decrypt", "kms:Encrypt"]), statement("*", effect="Deny"))

    assert RAM_2("alicloud_ram_policy", good) is None


@pytest.mark.parametrize(
    "document",
    [
        '${file("policy.json")}',
        "${var.policy}",
        "${data.alicloud_ram_policy_document.x.document}",
        "${jsonencode(local.policy)}",
        '{"Version": "1", "Statement": ${jsonencode(var.s)}}',
        '{"Version": "1", "Statement": [{"Action": "%{if true}*%{endif}"}]}',
        "not json",
    ],
)
def test_policy_rules_refuse_documents_they_cannot_read(document):
    config = {"policy_document": document}

    assert "cannot be judged" in RAM_1("alicloud_ram_policy", config)
    assert "cannot be judged" in RAM_2("alicloud_ram_policy", config)


def test_escaped_interpolation_in_a_literal_document_is_still_judged():
    document = json.dumps(
        {"Version": "1", "Statement": [dict(statement("*"), Sid="$${not an expression}")]}
    )

    assert RAM_2("alicloud_ram_policy", {"policy_document": document})


def test_jsonencode_of_jsondecode_is_judged_by_its_content():
    inner = json.dumps(json.dumps({"Statement": [statement("ecs:*")]}))
    config = {"policy_document": "${jsonencode(jsondecode(" + inner + "))}"}

    assert "wildcard" in RAM_2("alicloud_ram_policy", config)


@pytest.mark.parametrize(
    "value",
    [
        "hunter2",
        '${"hunter2"}',
        '${base64decode("aHVudGVyMg==")}',
        "${local.password}",
        "${var.x}${var.y}",
        '${var.x == 1 ? "a" : "b"}',
        "$${var.password}",
    ],
)
def test_ks_sec_1_accepts_only_a_plain_reference(value):
    assert SEC_1("alicloud_kms_client_key", {"password": value})


@pytest.mark.parametrize(
    "value", ["${var.password}", "${data.alicloud_kms_secret_versions.x.versions[0].secret_data}"]
)
def test_ks_sec_1_passes_references(value):
    assert SEC_1("alicloud_kms_client_key", {"password": value}) is None


@pytest.mark.parametrize(
    "type_name, config",
    [
        (
            "terraform.backend.oss",
            {"bucket": "b", "access_key": "LTAI-not-a-real-id", "secret_key": "x"},
        ),
        ("terraform.backend.oss", {"bucket": "b", "secret_key": "${var.secret}"}),
        ("terraform.cloud", {"organization": "acme", "token": "abc.atlasv1.def"}),
        ("provider.alicloud", {"region": "cn-hangzhou", "access_key": "LTAI5tAbCdEfGhIjKlMn"}),
        ("variable", {"type": "string", "sensitive": True, "default": "hunter2"}),
        ("locals", {"note": "-----BEGIN RSA PRIVATE KEY-----"}),
    ],
)
def test_ks_sec_1_looks_at_backends_providers_variables_and_locals(type_name, config):
    assert SEC_1(type_name, config)


@pytest.mark.parametrize(
    "reason",
    [
        "short",
        " " * 30,
        "\u200b" * 25,
        "a\u200bb" * 10,
        "\u3164" * 25,
        "\u2800" * 25,
        "x" * 19 + "\n" + " " * 10,
        "reviewed with security\u202e, ticket SEC-1",
        "reviewed; key LTAI5tAbCdEfGhIjKlMn rotated since",
        12345678901234567890,
    ],
)
def test_a_suppression_reason_must_be_visible_text(reason):
    assert reason_problem(reason)


def test_a_plain_reason_is_enough():
    assert reason_problem("renewed by the finance team's yearly order") is None


@pytest.mark.parametrize(
    "rule_id, type_name, config",
    [
        ("KS-KMS-1", "alicloud_kms_instance", {"deletion_protection": "${var.protect}"}),
        ("KS-KMS-1", "alicloud_kms_instance", {"deletion_protection": "false"}),
        ("KS-KMS-2", "alicloud_kms_key", {"deletion_protection": "${var.protect}"}),
        ("KS-KMS-2", "alicloud_kms_key", {"deletion_protection": "enabled "}),
        ("KS-KMS-3", "alicloud_kms_key", {"lifecycle": {"prevent_destroy": "${true}"}}),
        ("KS-KMS-3", "alicloud_kms_instance", {"lifecycle": {"prevent_destroy": "true"}}),
        ("KS-KMS-4", "alicloud_kms_instance", {"payment_type": "${var.billing}"}),
        ("KS-KMS-4", "alicloud_kms_instance", {"renew_status": "${var.renewal}"}),
        ("KS-KMS-5", "alicloud_kms_key", {"key_spec": "${var.spec}"}),
        ("KS-KMS-5", "alicloud_kms_key", {"origin": "${var.origin}"}),
        ("KS-KMS-5", "alicloud_kms_key", {"automatic_rotation": "${var.rotate}"}),
    ],
)
def test_kms_rules_count_plan_time_values_and_look_alikes_as_unsafe(rule_id, type_name, config):
    assert RULES_BY_ID[rule_id].check(type_name, config)


# issue 19, class 1: every block that can grant is judged by what it grants

RAM_3 = RULES_BY_ID["KS-RAM-3"].check
MOD_1 = RULES_BY_ID["KS-MOD-1"].check
KMS_1 = RULES_BY_ID["KS-KMS-1"].check
KMS_2 = RULES_BY_ID["KS-KMS-2"].check
EVERYTHING = {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}


@pytest.mark.parametrize(
    ("type_name", "config"),
    [
        (
            "alicloud_ram_role_policy_attachment",
            {"role_name": "r", "policy_name": "AdministratorAccess", "policy_type": "System"},
        ),
        (
            "alicloud_ram_user_policy_attachment",
            {"user_name": "u", "policy_name": "AliyunECSFullAccess", "policy_type": "system"},
        ),
        (
            "alicloud_ram_group_policy_attachment",
            {"group_name": "g", "policy_name": "${var.p}", "policy_type": "System"},
        ),
        (
            "alicloud_resource_manager_policy_attachment",
            {"policy_name": "AdministratorAccess", "policy_type": "System", "principal_name": "x"},
        ),
        ("alicloud_resource_manager_policy", {"policy_document": json.dumps(EVERYTHING)}),
        ("alicloud_ram_role", {"assume_role_policy_document": json.dumps(EVERYTHING)}),
        ("alicloud_oss_bucket_policy", {"policy": json.dumps(EVERYTHING)}),
        ("alicloud_anything_new", {"settings": {"inner": json.dumps(EVERYTHING)}}),
        ("alicloud_kms_policy", {"permissions": ["x"], "resources": ["key/*"]}),
    ],
)
def test_ks_ram_2_judges_every_granting_block_whatever_its_type(type_name, config):
    assert RAM_2(type_name, config)


@pytest.mark.parametrize(
    "text",
    [
        '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "ecs:Describe*",'
        ' "Action": "ecs:DescribeInstances", "Resource": "*"}]}',
        '{"Version": "1", "statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}',
        '{"Version": "1", "Statement": [{"Effect": "Allow", "action": "*", "Resource": "*"}]}',
        '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": " ram:Create* ",'
        ' "Resource": "*"}]}',
        '{"Version": "1", "Statement": [{"Effect": "ALLOW", "Action": "ecs:Describe",'
        ' "Resource": "*"}]}',
    ],
)
def test_documents_that_read_two_ways_cannot_pass(text):
    config = {"policy_document": text}

    assert RAM_2("alicloud_ram_policy", config) and RAM_1("alicloud_ram_policy", config)
    assert "cannot be judged" in RAM_2("alicloud_ram_policy", config)


@pytest.mark.parametrize(
    "principal",
    [
        "*",
        {"RAM": "*"},
        {"RAM": ["acs:ram::1234567890123456:root", "*"]},
        {"Service": "*.aliyuncs.com"},
        {"RAM": "acs:ram::*:root"},
    ],
)
def test_ks_ram_3_refuses_trust_open_to_every_principal(principal):
    document = {
        "Version": "1",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": principal}],
    }
    config = {"assume_role_policy_document": json.dumps(document)}

    assert RAM_3("alicloud_ram_role", config)


def test_ks_ram_3_passes_named_principals():
    document = {
        "Version": "1",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "sts:AssumeRole",
                "Principal": {"RAM": ["acs:ram::1234567890123456:root"]},
            }
        ],
    }

    assert RAM_3("alicloud_ram_role", {"assume_role_policy_document": json.dumps(document)}) is None


def test_ks_mod_1_fires_on_every_module():
    assert MOD_1("module", {"source": "terraform-alicloud-modules/ram/alicloud"})
    assert MOD_1("alicloud_kms_key", {}) is None


@pytest.mark.parametrize("ignored", [["deletion_protection"], ["all"], "all"])
def test_ignore_changes_on_deletion_protection_fails_the_protection_rules(ignored):
    instance = {"deletion_protection": True, "lifecycle": {"ignore_changes": ignored}}
    key = {"deletion_protection": "Enabled", "lifecycle": {"ignore_changes": ignored}}

    assert KMS_1("alicloud_kms_instance", instance)
    assert KMS_2("alicloud_kms_key", key)


@pytest.mark.parametrize(
    "argument", ["admin_password", "db_secret", "api_token", "AccessKeySecret", "root_passwd"]
)
def test_ks_sec_1_catches_sensitive_arguments_it_does_not_list(argument):
    assert SEC_1("alicloud_anything", {argument: "hunter2-literal"})


def test_ks_sec_1_catches_a_variable_default_carried_into_a_sensitive_argument():
    from kms_keystore.guardrails.secret_scan import secrets_through_defaults

    document = {
        "variable": {"pw": {"type": "string", "default": "hunter2"}},
        "resource": {"alicloud_kms_client_key": {"ck": {"password": "${var.pw}"}}},
    }

    assert secrets_through_defaults(document) == [
        (
            "alicloud_kms_client_key.ck",
            "password: fed by variable 'pw', which has a literal default",
        )
    ]
