"""Every mode and option of the key store constructs, through configuration."""

from __future__ import annotations

import json

import pytest

from kms_keystore.service_linked_role import IMPORT_ID

from .support import ROOT, counts, data_sources, only, resources, synth, synth_dir

PRINCIPALS = {"users": ["deployer"], "groups": ["kms-admins"], "roles": ["ci-deployer"]}


@pytest.fixture(scope="module")
def split():
    return synth({"layout": "split", "creatorPolicy": PRINCIPALS})


def test_split_layout_has_account_stack_then_regional_key_store(split):
    assert sorted(split) == ["kms-keystore", "kms-keystore-account"]
    assert counts(split["kms-keystore-account"]) == {
        "alicloud_ram_policy": 1,
        "alicloud_ram_user_policy_attachment": 1,
        "alicloud_ram_group_policy_attachment": 1,
        "alicloud_ram_role_policy_attachment": 1,
        "alicloud_resource_manager_service_linked_role": 1,
    }
    assert "kms_keystore_system_policy_drift" in split["kms-keystore-account"]["check"]
    regional = split["kms-keystore"]
    assert "alicloud_ram_policy" not in regional["resource"]
    assert "alicloud_resource_manager_service_linked_role" not in regional["resource"]
    assert "check" not in regional


def test_regional_stack_reads_the_role_and_the_instance_waits_for_it(split):
    regional = split["kms-keystore"]
    name, roles = only(data_sources(regional, "alicloud_ram_roles"))
    _, instance = only(resources(regional, "alicloud_kms_instance"))

    assert roles["name_regex"] == "^AliyunServiceRoleForKMSKeyStore$"
    assert instance["depends_on"] == [f"data.alicloud_ram_roles.{name}"]


def test_role_is_created_after_the_attachments_and_protected(split):
    stack = split["kms-keystore-account"]
    _, role = only(resources(stack, "alicloud_resource_manager_service_linked_role"))
    attachments = [
        f"{kind}.{name}"
        for kind in (
            "alicloud_ram_user_policy_attachment",
            "alicloud_ram_group_policy_attachment",
            "alicloud_ram_role_policy_attachment",
        )
        for name in resources(stack, kind)
    ]

    assert sorted(role["depends_on"]) == sorted(attachments)
    assert role["lifecycle"] == {"prevent_destroy": True}


def test_split_key_store_stack_is_applied_after_the_account_stack(tmp_path):
    from .support import synth_dir

    out = synth_dir({"layout": "split"}, tmp_path)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))

    assert manifest["stacks"]["kms-keystore"]["dependencies"] == ["kms-keystore-account"]


def test_split_stacks_have_separate_state(split):
    paths = {n: s["terraform"]["backend"]["local"]["path"] for n, s in split.items()}

    assert paths == {
        "kms-keystore": "../../../terraform.kms-keystore.tfstate",
        "kms-keystore-account": "../../../terraform.kms-keystore-account.tfstate",
    }


def test_attachments_name_the_policy_and_each_principal(split):
    stack = split["kms-keystore-account"]
    policy_name, _ = only(resources(stack, "alicloud_ram_policy"))
    ref = f"${{alicloud_ram_policy.{policy_name}.policy_name}}"
    _, user = only(resources(stack, "alicloud_ram_user_policy_attachment"))
    _, group = only(resources(stack, "alicloud_ram_group_policy_attachment"))
    _, role = only(resources(stack, "alicloud_ram_role_policy_attachment"))

    assert user == {**user, "policy_name": ref, "policy_type": "Custom", "user_name": "deployer"}
    assert group["group_name"] == "kms-admins" and group["policy_name"] == ref
    assert role["role_name"] == "ci-deployer" and role["policy_type"] == "Custom"


def test_creator_policy_rotates_versions_and_detaches_on_delete(reference_stack):
    _, policy = only(resources(reference_stack, "alicloud_ram_policy"))

    assert policy["rotate_strategy"] == "DeleteOldestNonDefaultVersionWhenLimitExceeded"
    assert policy["force"] is True
    assert policy["policy_name"] == "AllowCreateKmsKeyStoreServiceLinkedRole"


def test_single_stack_instance_waits_for_role_and_attachments():
    stack = synth({"creatorPolicy": {"users": ["deployer"], "name": "kms-slr-creator"}})[
        "kms-keystore"
    ]
    _, instance = only(resources(stack, "alicloud_kms_instance"))
    role_name, _ = only(resources(stack, "alicloud_resource_manager_service_linked_role"))
    attachment, _ = only(resources(stack, "alicloud_ram_user_policy_attachment"))
    _, policy = only(resources(stack, "alicloud_ram_policy"))

    assert instance["depends_on"] == [
        f"alicloud_resource_manager_service_linked_role.{role_name}",
        f"alicloud_ram_user_policy_attachment.{attachment}",
    ]
    assert policy["policy_name"] == "kms-slr-creator"


def test_adopt_mode_imports_the_role():
    stack = synth({"roleMode": "adopt"})["kms-keystore"]
    name, role = only(resources(stack, "alicloud_resource_manager_service_linked_role"))

    assert IMPORT_ID == "keystore.kms.aliyuncs.com:AliyunServiceRoleForKMSKeyStore"
    assert stack["import"] == [
        {"id": IMPORT_ID, "to": f"alicloud_resource_manager_service_linked_role.{name}"}
    ]
    assert role["service_name"] == "keystore.kms.aliyuncs.com"


def test_reference_mode_only_reads_the_role():
    stack = synth({"roleMode": "reference"})["kms-keystore"]
    name, roles = only(data_sources(stack, "alicloud_ram_roles"))
    _, instance = only(resources(stack, "alicloud_kms_instance"))

    assert "alicloud_resource_manager_service_linked_role" not in stack["resource"]
    assert roles["name_regex"] == "^AliyunServiceRoleForKMSKeyStore$"
    assert "length(self.roles) == 1" in roles["lifecycle"]["postcondition"][0]["condition"]
    assert instance["depends_on"] == [f"data.alicloud_ram_roles.{name}"]


def test_postcondition_guard_reads_the_policy_at_top_level():
    stack = synth({"systemPolicyGuard": "postcondition"})["kms-keystore"]
    _, live = only(data_sources(stack, "alicloud_ram_policies"))

    assert "check" not in stack
    assert {k: live[k] for k in ("type", "name_regex", "enable_details")} == {
        "type": "System",
        "name_regex": "^AliyunServiceRolePolicyForKMSKeyStore$",
        "enable_details": True,
    }
    condition = live["lifecycle"]["postcondition"][0]["condition"]
    assert "self.policies[0].policy_document" in condition


def test_guard_off_declares_no_read():
    stack = synth({"systemPolicyGuard": "off"})["kms-keystore"]

    assert "check" not in stack
    assert "data" not in stack
    assert "locals" not in stack


def test_existing_network_is_referenced_not_created():
    network = {
        "vpcId": "vpc-bp1existing",
        "vswitchId": "vsw-bp1a",
        "zoneIds": ["cn-hangzhou-j", "cn-hangzhou-k"],
        "vswitchZone": "cn-hangzhou-j",
    }
    stack = synth({"network": network})["kms-keystore"]
    _, instance = only(resources(stack, "alicloud_kms_instance"))

    assert "alicloud_vpc" not in stack["resource"]
    assert "alicloud_vswitch" not in stack["resource"]
    assert instance["vpc_id"] == "vpc-bp1existing"
    assert instance["vswitch_ids"] == ["vsw-bp1a"]
    assert instance["zone_ids"] == ["cn-hangzhou-j", "cn-hangzhou-k"]


def test_software_pay_as_you_go_instance_carries_no_subscription_fields():
    stack = synth({"instance": {"productVersion": "3", "paymentType": "PayAsYouGo"}})[
        "kms-keystore"
    ]
    _, instance = only(resources(stack, "alicloud_kms_instance"))

    assert instance["product_version"] == "3"
    assert instance["payment_type"] == "PayAsYouGo"
    for absent in ("period", "spec", "key_num", "renew_status", "renew_period"):
        assert absent not in instance
    assert instance["deletion_protection"] is True


def test_subscription_options_bind_vpcs_and_tags_reach_the_instance():
    instance_config = {
        "name": "payments-kms",
        "period": 24,
        "spec": 2000,
        "keyNum": 2000,
        "secretNum": 500,
        "vpcNum": 3,
        "renewStatus": "ManualRenewal",
        "log": "1",
        "logStorage": 1000,
        "forceDeleteWithoutBackup": False,
        "bindVpcs": [
            {"vpcId": "vpc-bp1other", "vswitchId": "vsw-bp1other", "regionId": "cn-hangzhou"}
        ],
        "tags": {"team": "payments", "env": "prod"},
    }
    stack = synth({"instance": instance_config, "profile": "kms-admin", "region": "cn-hangzhou"})[
        "kms-keystore"
    ]
    _, instance = only(resources(stack, "alicloud_kms_instance"))

    assert {k: instance[k] for k in ("period", "spec", "key_num", "secret_num", "vpc_num")} == {
        "period": 24,
        "spec": 2000,
        "key_num": 2000,
        "secret_num": 500,
        "vpc_num": 3,
    }
    assert instance["renew_status"] == "ManualRenewal"
    assert "renew_period" not in instance
    assert instance["log"] == "1" and instance["log_storage"] == 1000
    assert instance["force_delete_without_backup"] == "false"
    assert instance["bind_vpcs"] == [
        {"region_id": "cn-hangzhou", "vpc_id": "vpc-bp1other", "vswitch_id": "vsw-bp1other"}
    ]
    assert instance["tags"] == {"team": "payments", "env": "prod"}
    assert stack["provider"]["alicloud"] == [{"region": "cn-hangzhou", "profile": "kms-admin"}]


def test_protection_can_be_lifted_explicitly_with_suppressed_guardrails():
    reason = "throw-away test instance, destroyed by the nightly cleanup job"
    stack = synth(
        {
            "instance": {"deletionProtection": False, "preventDestroy": False},
            "suppressions": [
                {"path": "kms-keystore/Instance", "rule": "KS-KMS-1", "reason": reason},
                {"path": "kms-keystore/Instance", "rule": "KS-KMS-3", "reason": reason},
            ],
        }
    )["kms-keystore"]
    _, instance = only(resources(stack, "alicloud_kms_instance"))

    assert instance["deletion_protection"] is False
    assert instance.get("lifecycle", {}).get("prevent_destroy", False) is False
    assert instance["//"]["guardrail_suppressions"] == {"KS-KMS-1": reason, "KS-KMS-3": reason}


def test_other_region_with_its_own_zones():
    network = {
        "vpcCidr": "172.16.0.0/16",
        "zoneIds": ["cn-shanghai-e", "cn-shanghai-f"],
        "vswitch": {"zoneId": "cn-shanghai-f", "cidrBlock": "172.16.2.0/24"},
    }
    stack = synth({"region": "cn-shanghai", "network": network})["kms-keystore"]
    _, instance = only(resources(stack, "alicloud_kms_instance"))
    _, vswitch = only(resources(stack, "alicloud_vswitch"))

    assert stack["provider"]["alicloud"] == [{"region": "cn-shanghai"}]
    assert instance["zone_ids"] == ["cn-shanghai-e", "cn-shanghai-f"]
    assert len(instance["vswitch_ids"]) == 1
    assert vswitch["zone_id"] == "cn-shanghai-f"


def test_region_outside_mainland_defaults_to_its_letter_zones():
    stack = synth({"region": "ap-southeast-1"})["kms-keystore"]
    _, instance = only(resources(stack, "alicloud_kms_instance"))
    _, vswitch = only(resources(stack, "alicloud_vswitch"))

    assert instance["zone_ids"] == ["ap-southeast-1a", "ap-southeast-1b"]
    assert vswitch["zone_id"] == "ap-southeast-1a"


FLEET = {
    "deployments": [
        {"name": "kms-dev-hz", "region": "cn-hangzhou", "profile": "dev", "layout": "split"},
        {
            "name": "kms-prod-hz",
            "region": "cn-hangzhou",
            "assumeRole": {"roleArn": "acs:ram::1234567890123456:role/kms-prod-deployer"},
            "backend": {
                "type": "oss",
                "bucket": "kms-keystore-state",
                "tablestoreEndpoint": "https://kms-lock.cn-hangzhou.ots.aliyuncs.com",
                "tablestoreTable": "terraform_locks",
            },
        },
        {
            "name": "kms-dev-sh",
            "region": "cn-shanghai",
            "profile": "dev",
            "layout": "split",
            "network": {"zoneIds": ["cn-shanghai-e", "cn-shanghai-f"]},
        },
        {
            "name": "kms-prod-sh",
            "region": "cn-shanghai",
            "backend": {"type": "cloud", "organization": "acme", "workspacePrefix": "kms-"},
            "network": {"zoneIds": ["cn-shanghai-e", "cn-shanghai-f"]},
        },
    ]
}


@pytest.fixture(scope="module")
def fleet():
    return synth(FLEET)


def test_two_regions_two_environments_make_four_regional_stacks_and_one_shared_account(fleet):
    assert sorted(fleet) == [
        "kms-dev-hz",
        "kms-dev-hz-account",
        "kms-dev-sh",
        "kms-prod-hz",
        "kms-prod-sh",
    ]
    regions = {name: s["provider"]["alicloud"][0]["region"] for name, s in fleet.items()}
    assert regions == {
        "kms-dev-hz-account": "cn-hangzhou",
        "kms-dev-hz": "cn-hangzhou",
        "kms-prod-hz": "cn-hangzhou",
        "kms-dev-sh": "cn-shanghai",
        "kms-prod-sh": "cn-shanghai",
    }


def test_each_deployment_has_its_own_state(fleet):
    backends = {
        name: s["terraform"].get("backend") or {"cloud": s["terraform"]["cloud"]}
        for name, s in fleet.items()
        if not name.endswith("-account")
    }

    assert backends["kms-dev-hz"] == {"local": {"path": "../../../terraform.kms-dev-hz.tfstate"}}
    assert backends["kms-dev-sh"] == {"local": {"path": "../../../terraform.kms-dev-sh.tfstate"}}
    assert backends["kms-prod-hz"] == {
        "oss": {
            "bucket": "kms-keystore-state",
            "prefix": "kms-keystore",
            "key": "kms-prod-hz.tfstate",
            "region": "cn-hangzhou",
            "tablestore_endpoint": "https://kms-lock.cn-hangzhou.ots.aliyuncs.com",
            "tablestore_table": "terraform_locks",
            "encrypt": True,
            "acl": "private",
        }
    }
    assert backends["kms-prod-sh"] == {
        "cloud": {"organization": "acme", "workspaces": {"name": "kms-kms-prod-sh"}}
    }
    keys = [json.dumps(b, sort_keys=True) for b in backends.values()]
    assert len(set(keys)) == 4


def test_each_deployment_has_its_own_credentials_source(fleet):
    providers = {name: s["provider"]["alicloud"][0] for name, s in fleet.items()}

    assert providers["kms-dev-hz"]["profile"] == "dev"
    assert providers["kms-prod-hz"]["assume_role"]["role_arn"].endswith(":role/kms-prod-deployer")
    assert "profile" not in providers["kms-prod-sh"]


def test_colliding_deployment_names_are_refused(tmp_path):
    from kms_keystore import ConfigError
    from kms_keystore.app.build import build_app

    context = {
        "deployments": [
            {"name": "kms-a", "layout": "split"},
            {"name": "kms-a-account", "profile": "other-account"},
        ]
    }

    with pytest.raises(ConfigError) as caught:
        build_app(context, str(tmp_path))

    assert [(p.path, p.field, p.value) for p in caught.value.problems] == [
        ("", "deployments", ["kms-a-account"])
    ]


def test_oss_backend_requires_encryption_and_complete_locking(tmp_path):
    from kms_keystore import ConfigError
    from kms_keystore.app.build import build_app

    context = {
        "backend": {
            "type": "oss",
            "bucket": "Bad_Bucket",
            "encrypt": False,
            "tablestoreTable": "locks",
        }
    }

    with pytest.raises(ConfigError) as caught:
        build_app(context, str(tmp_path))

    assert {p.where for p in caught.value.problems} == {
        "backend.bucket",
        "backend.encrypt",
        "backend.tablestoreTable",
    }


def test_account_and_regional_stacks_have_their_own_credentials():
    context = json.loads((ROOT / "examples" / "two-regions.json").read_text(encoding="utf-8"))
    stacks = synth(context)
    providers = {name: s["provider"]["alicloud"][0] for name, s in stacks.items()}

    assert providers["kms-dev-account"] == {"region": "cn-hangzhou", "profile": "dev-admin"}
    assert providers["kms-dev-hz"] == {"region": "cn-hangzhou", "profile": "dev"}
    assert providers["kms-dev-sg"] == {"region": "ap-southeast-1", "profile": "dev"}


def test_assumed_roles_in_one_account_share_its_account_stack(tmp_path):
    from kms_keystore.config import read_deployments
    from kms_keystore.config.account_scope import account_key

    arn = "acs:ram::1234567890123456:role/{}"
    context = {
        "layout": "split",
        "accountStack": {"assumeRole": {"roleArn": arn.format("admin")}},
        "deployments": [
            {"name": "kms-a", "assumeRole": {"roleArn": arn.format("a")}},
            {
                "name": "kms-b",
                "assumeRole": {"roleArn": arn.format("b")},
                "region": "ap-southeast-1",
            },
            {"name": "kms-c", "account": "other"},
        ],
    }
    configs, check = read_deployments(context)
    stacks = synth(context)

    assert check.problems == []
    assert {account_key(c) for c in configs} == {"account 1234567890123456", "account other"}
    assert sorted(stacks) == ["kms-a", "kms-a-account", "kms-b", "kms-c", "kms-c-account"]
    admin = stacks["kms-a-account"]["provider"]["alicloud"][0]["assume_role"]["role_arn"]
    assert admin == arn.format("admin")
    del context["accountStack"]  # then each deployment's own role would apply it: refused
    _, check = read_deployments(context)
    assert [p.where for p in check.problems] == ["accountStack.assumeRole.roleArn"]


def test_a_suppression_can_name_the_account_stack_of_its_deployment(tmp_path):
    from kms_keystore import ConfigError
    from kms_keystore.app.build import synth_to

    reason = "reviewed: the creator policy is attached by the security team's pipeline"
    waiver = {"path": "kms-keystore-account/CreatorPolicy", "rule": "KS-RAM-2", "reason": reason}

    with pytest.raises(ConfigError) as caught:
        synth_to({"layout": "split", "suppressions": [waiver]}, tmp_path / "out")

    # the path is accepted as the deployment's own; only the rule is judged (it fires nowhere)
    (problem,) = caught.value.problems
    assert problem.field == "rule"
    assert "fires nowhere there" in problem.allowed


def test_each_stack_asks_for_the_terraform_its_blocks_need():
    adopted = json.loads((ROOT / "examples" / "hardware-adopt.json").read_text(encoding="utf-8"))
    by_variable = synth(adopted)
    network = {
        "vpcId": "vpc-1",
        "vswitchId": "vsw-1",
        "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
    }
    literal_id = synth(
        {
            "systemPolicyGuard": "off",
            "instance": {"mode": "adopt", "id": "kst-hzz62ee1a1a9x8gexample"},
            "network": network,
        }
    )["kms-keystore"]
    plain = synth({"systemPolicyGuard": "off"})["kms-keystore"]

    assert by_variable["kms-keystore"]["terraform"]["required_version"] == ">= 1.6"
    assert by_variable["kms-keystore-account"]["terraform"]["required_version"] == ">= 1.5"
    assert literal_id["terraform"]["required_version"] == ">= 1.5"
    assert "required_version" not in plain["terraform"]


@pytest.mark.parametrize("mode", ["adopt", "reference"])
def test_creating_the_role_beside_an_existing_instance_warns(mode, capsys):
    network = {
        "vpcId": "vpc-1",
        "vswitchId": "vsw-1",
        "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
    }
    instance = {"instance": {"mode": mode, "id": "kst-hzz62ee1a1a9x8gexample"}}
    if mode == "adopt":
        instance["network"] = network
    synth(instance)
    warned = capsys.readouterr().err
    synth({**instance, "roleMode": "adopt"})

    assert "EntityAlreadyExists.Role" in warned
    assert "use role mode 'adopt'" in warned and "(roleMode, or role_mode in Python)" in warned
    assert "EntityAlreadyExists.Role" not in capsys.readouterr().err


def test_the_hardware_order_of_the_split_layout_does_not_warn(capsys):
    adopt = json.loads((ROOT / "examples" / "hardware-adopt.json").read_text(encoding="utf-8"))

    stacks = synth(adopt)

    assert "EntityAlreadyExists.Role" not in capsys.readouterr().err
    assert set(stacks) == {"kms-keystore", "kms-keystore-account"}


def test_a_warning_leaves_no_machine_path_in_the_manifest(tmp_path, capsys):
    yearly = {"instance": {"renewPeriod": 1, "renewalPeriodUnit": "Y"}}

    out = synth_dir(yearly, tmp_path / "out")
    manifest = (out / "manifest.json").read_text(encoding="utf-8")

    assert "warning" in capsys.readouterr().err
    assert "stacktrace" not in manifest
    assert str(tmp_path) not in manifest and "/tmp/" not in manifest
