"""One test per rule of docs/alibaba-cloud-facts.md; each fails when its rule is broken."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
from pathlib import Path

import pytest
from cdktf import App, TerraformStack

from kms_keystore import ConfigError, KmsKeyStore
from kms_keystore.app.build import build_app, synth_to
from kms_keystore.core import policy_documents, rules, zones
from kms_keystore.core.api_forms import rotation_interval_seconds
from kms_keystore.core.deployer_policy import (
    blocks_of_stack,
    calls_for,
    deployer_policy_document,
    includes,
)

from .support import ROOT, data_sources, only, read_stacks, resources, synth, synth_refusal

KST = "kst-hzz62ee1a1a9x8gexample"
WITH_ACCESS = json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8"))
TWO_REGIONS_SPLIT = json.loads((ROOT / "examples" / "two-regions.json").read_text(encoding="utf-8"))
EXISTING = {
    "vpcId": "vpc-bp1abc",
    "vswitchId": "vsw-bp1abc",
    "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
}


def refused(context, tmp_path):
    """Problems by the path the user wrote (``instance.productVersion``)."""
    with pytest.raises(ConfigError) as caught:
        build_app(context, str(tmp_path))
    return {p.where: p for p in caught.value.problems}


def test_every_rule_of_the_facts_file_has_its_test():
    text = (ROOT / "docs" / "alibaba-cloud-facts.md").read_text(encoding="utf-8")
    rules = re.findall(r"^### API-(\d+):", text, re.M)
    tests = {name for name in globals() if name.startswith("test_api_")}

    # IDs are handed out in ranges to parallel work (API-21.., API-40.., API-60..): distinct
    assert len(rules) == len(set(rules)), sorted(rules)
    for number in rules:
        assert any(t.startswith(f"test_api_{number}_") for t in tests), number


def test_api_01_create_refuses_the_hardware_edition(tmp_path):
    found = refused({"instance": {"productVersion": "5"}}, tmp_path)

    assert "ConnectKmsInstance" in found["instance.productVersion"].allowed
    assert "'adopt' or 'reference'" in found["instance.productVersion"].allowed
    adopted = synth(
        {"instance": {"mode": "adopt", "id": KST, "productVersion": "5"}, "network": EXISTING}
    )
    _, instance = only(resources(adopted["kms-keystore"], "alicloud_kms_instance"))
    assert instance["product_version"] == "5"


def test_api_02_reference_app_buys_a_software_instance(reference_stack):
    _, instance = only(resources(reference_stack, "alicloud_kms_instance"))

    assert {
        k: instance[k]
        for k in ("product_version", "spec", "key_num", "secret_num", "vpc_num", "period")
    } == {
        "product_version": "3",
        "spec": 1000,
        "key_num": 1000,
        "secret_num": 100,
        "vpc_num": 1,
        "period": 1,
    }
    assert "import" not in reference_stack


def test_api_03_existing_instances_are_named_by_id(tmp_path):
    assert "instance.id/idVariable" in refused(
        {"instance": {"mode": "adopt"}, "network": EXISTING}, tmp_path
    )
    assert "instance.id" in refused({"instance": {"mode": "reference", "id": "i-123"}}, tmp_path)
    assert "instance.id" in refused({"instance": {"id": KST}}, tmp_path)
    stack = synth({"instance": {"mode": "adopt", "id": KST}, "network": EXISTING})["kms-keystore"]
    name, _ = only(resources(stack, "alicloud_kms_instance"))
    assert {"id": KST, "to": f"alicloud_kms_instance.{name}"} in stack["import"]


def test_api_04_adopt_keeps_the_instance_network(tmp_path):
    found = refused({"instance": {"mode": "adopt", "id": KST}}, tmp_path)

    assert "ForceNew" in found["network"].allowed


def test_api_05_reference_reads_the_instance_and_declares_no_network(tmp_path):
    stack = synth({"instance": {"mode": "reference", "id": KST}})["kms-keystore"]
    _, lookup = only(data_sources(stack, "alicloud_kms_instances"))

    assert lookup["ids"] == [KST]
    assert "length(self.ids) == 1" in lookup["lifecycle"]["postcondition"][0]["condition"]
    for absent in ("alicloud_kms_instance", "alicloud_vpc", "alicloud_vswitch"):
        assert absent not in stack["resource"]
    assert "network" in refused(
        {"instance": {"mode": "reference", "id": KST}, "network": EXISTING}, tmp_path
    )


def test_api_06_two_zones_and_one_vswitch_in_one_of_them(reference_stack, tmp_path):
    _, instance = only(resources(reference_stack, "alicloud_kms_instance"))
    _, vswitch = only(resources(reference_stack, "alicloud_vswitch"))

    assert len(instance["vswitch_ids"]) == 1
    assert len(set(instance["zone_ids"])) == 2
    assert vswitch["zone_id"] in instance["zone_ids"]
    found = refused(
        {
            "network": {
                "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
                "vswitch": {"zoneId": "cn-hangzhou-h"},
            }
        },
        tmp_path,
    )
    assert "network.vswitch.zoneId" in found
    assert "network.vswitches" in refused({"network": {"vswitches": []}}, tmp_path)
    assert "network.zoneIds" in refused({"network": {"zoneIds": ["cn-hangzhou-k"]}}, tmp_path)


def test_api_07_zone_ids_follow_the_region_form(tmp_path):
    assert zones.is_zone_of("cn-hangzhou", "cn-hangzhou-k")
    assert zones.is_zone_of("ap-southeast-1", "ap-southeast-1a")
    assert not zones.is_zone_of("ap-southeast-1", "ap-southeast-1-a")
    assert not zones.is_zone_of("cn-hangzhou", "cn-hangzhouk")
    assert not zones.is_zone_of("cn-hangzhou", "cn-hangzhou-k\n")
    found = refused(
        {
            "region": "ap-southeast-1",
            "network": {"zoneIds": ["ap-southeast-1-a", "ap-southeast-1b"]},
        },
        tmp_path,
    )
    assert "'ap-southeast-1a'" in found["network.zoneIds[0]"].allowed


def test_api_08_default_zones_are_the_provider_tests_zones(tmp_path):
    singapore = synth({"region": "ap-southeast-1"})["kms-keystore"]
    _, instance = only(resources(singapore, "alicloud_kms_instance"))

    assert instance["zone_ids"] == ["ap-southeast-1a", "ap-southeast-1b"]
    assert zones.DEFAULT_ZONES["cn-hangzhou"] == ("cn-hangzhou-k", "cn-hangzhou-j")
    assert "network.zoneIds" in refused({"region": "cn-beijing"}, tmp_path)


def test_api_20_a_vswitch_given_by_reference_is_checked_before_the_purchase(tmp_path):
    from cdktf import App, TerraformStack
    from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider

    from kms_keystore import KmsKeyStore

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    KmsKeyStore(
        stack,
        "KeyStore",
        region="cn-hangzhou",
        vpc="vpc-bp1team",
        vswitch="vsw-bp1team",
        zone_ids=["cn-hangzhou-k", "cn-hangzhou-j"],
        account_objects=False,
    )
    app.synth()
    document = read_stacks(tmp_path)["team"]
    lookup, block = only(document["data"]["alicloud_vswitches"])
    _, instance = only(resources(document, "alicloud_kms_instance"))
    (check,) = instance["lifecycle"]["precondition"]
    condition = check["condition"]
    assert block["ids"] == ["vsw-bp1team"]
    assert f"data.alicloud_vswitches.{lookup}.vswitches[0].vpc_id" in condition
    assert f"data.alicloud_vswitches.{lookup}.vswitches[0].zone_id" in condition
    assert '"cn-hangzhou-k", "cn-hangzhou-j"' in condition


def test_api_09_rotation_interval_in_seconds():
    assert rotation_interval_seconds("365d") == "31536000s"
    assert rotation_interval_seconds("604800s") == "604800s"
    stack = synth({"keys": [{"name": "k", "rotationInterval": "30d"}]})["kms-keystore"]
    _, key = only(resources(stack, "alicloud_kms_key"))
    assert key["rotation_interval"] == "2592000s"


def test_api_10_yearly_renewal_on_a_new_instance_warns(capsys):
    synth({"instance": {"renewalPeriodUnit": "Y"}})
    warned = capsys.readouterr().err

    assert "renewal_period_unit 'Y' is not applied when the instance is bought" in warned
    synth({"instance": {"renewalPeriodUnit": "M"}})
    assert "renewal_period_unit" not in capsys.readouterr().err


def test_api_11_account_wide_objects_once_per_account(tmp_path):
    two = [
        {"name": "kms-a", "region": "cn-hangzhou"},
        {"name": "kms-b", "region": "ap-southeast-1"},
    ]
    found = refused({"profile": "dev", "deployments": two}, tmp_path / "one")
    assert "one account stack for profile dev" in found["deployments"].allowed

    stacks = synth({"profile": "dev", "layout": "split", "deployments": two})
    assert sorted(stacks) == ["kms-a", "kms-a-account", "kms-b"]
    roles = [
        n
        for n, s in stacks.items()
        if resources(s, "alicloud_resource_manager_service_linked_role")
    ]
    policies = [n for n, s in stacks.items() if resources(s, "alicloud_ram_policy")]
    assert roles == policies == ["kms-a-account"]
    for regional in ("kms-a", "kms-b"):
        only(data_sources(stacks[regional], "alicloud_ram_roles"))

    mixed = [{**two[0], "creatorPolicy": {"users": ["x"]}}, two[1]]
    found = refused({"profile": "dev", "layout": "split", "deployments": mixed}, tmp_path / "two")
    assert "creatorPolicy.users" in found


def test_api_12_role_after_the_attachments_instance_after_the_role():
    stack = synth({"creatorPolicy": {"users": ["deployer"]}})["kms-keystore"]
    role_name, role = only(resources(stack, "alicloud_resource_manager_service_linked_role"))
    attachment, _ = only(resources(stack, "alicloud_ram_user_policy_attachment"))
    _, instance = only(resources(stack, "alicloud_kms_instance"))

    assert role["depends_on"] == [f"alicloud_ram_user_policy_attachment.{attachment}"]
    assert f"alicloud_resource_manager_service_linked_role.{role_name}" in instance["depends_on"]


@pytest.mark.parametrize("mode", ["create", "adopt"])
def test_api_13_role_protected_from_destroy(mode):
    stack = synth({"roleMode": mode})["kms-keystore"]
    _, role = only(resources(stack, "alicloud_resource_manager_service_linked_role"))

    assert role["lifecycle"]["prevent_destroy"] is True


def test_api_14_deployer_policy_is_exactly_the_provider_calls(reference_stack):
    blocks = blocks_of_stack(reference_stack)
    document = deployer_policy_document(blocks)
    granted = {a for s in document["Statement"] for a in s["Action"]}

    assert granted == {a for _, _, call in calls_for(blocks) for a in call.ram_actions}
    # Written out, so that a change of the table shows here, not only in a snapshot.
    assert granted == set(
        [
            "bss:DescribeInstances",
            "bss:ModifyInstance",
            "bss:ModifyPrepaidInstanceAutoRenew",
            "bss:RefundBatchRemainRefund",
            "bssapi:CreateInstance",
            "bssapi:ModifyInstance",
            "bssapi:QueryAvailableInstances",
            "bssapi:RefundInstance",
            "bssapi:SetRenewal",
            "kms:ConnectKmsInstance",
            "kms:GetKmsInstance",
            "kms:ListTagResources",
            "kms:ReleaseKmsInstance",
            "kms:SetDeletionProtection",
            "kms:TagResources",
            "kms:UntagResources",
            "kms:UpdateKmsInstance",
            "kms:UpdateKmsInstanceBindVpc",
            "ram:CreatePolicy",
            "ram:CreatePolicyVersion",
            "ram:CreateServiceLinkedRole",
            "ram:DeletePolicy",
            "ram:DeletePolicyVersion",
            "ram:DeleteServiceLinkedRole",
            "ram:DetachPolicyFromGroup",
            "ram:DetachPolicyFromRole",
            "ram:DetachPolicyFromUser",
            "ram:GetPolicy",
            "ram:GetRole",
            "ram:GetServiceLinkedRoleDeletionStatus",
            "ram:ListEntitiesForPolicy",
            "ram:ListPolicies",
            "ram:ListPolicyVersions",
            "ram:ListTagResources",
            "ram:UpdatePolicyDescription",
            "vpc:CreateVSwitch",
            "vpc:CreateVpc",
            "vpc:DeleteVSwitch",
            "vpc:DeleteVpc",
            "vpc:DescribeRouteTableList",
            "vpc:DescribeVSwitchAttributes",
            "vpc:DescribeVpcAttribute",
            "vpc:ModifyVSwitchAttribute",
            "vpc:ModifyVpcAttribute",
        ]
    )
    adopted = synth({"instance": {"mode": "adopt", "id": KST}, "network": EXISTING})["kms-keystore"]
    adopted_granted = {c.action for _, _, c in calls_for(blocks_of_stack(adopted))}
    assert "bssapi:CreateInstance" not in adopted_granted


def test_api_15_role_actions_only_for_the_key_store_service(reference_stack):
    document = deployer_policy_document(blocks_of_stack(reference_stack))

    for statement in document["Statement"]:
        if any("ServiceLinkedRole" in a for a in statement["Action"]):
            assert statement["Condition"] == {
                "StringEquals": {"ram:ServiceName": "keystore.kms.aliyuncs.com"}
            }
    assert includes(document, policy_documents.creator_policy_document())


def test_api_16_policy_longer_than_ram_allows_is_refused(monkeypatch, tmp_path):
    from cdktf import App

    import kms_keystore.deployer_policy as construct
    from kms_keystore.framework.validation import problems_of

    monkeypatch.setattr(construct, "DOCUMENT_LIMIT", 100)
    app = build_app({"layout": "split"}, str(tmp_path))
    account = app.node.find_child("kms-keystore-account")
    regional = app.node.find_child("kms-keystore")
    construct.KeyStoreDeployerPolicy(account, "TooLong", stacks=[regional], users=["deployer"])

    assert isinstance(app, App)
    assert [p.field for p in problems_of(app)] == ["policy_document"]


def test_api_17_client_key_validity_in_utc():
    from kms_keystore.core.api_forms import rfc3339_utc

    assert rfc3339_utc("2027-01-01T08:00:00+08:00") == "2027-01-01T00:00:00Z"
    assert rfc3339_utc("2027-01-01T00:00:00Z") == "2027-01-01T00:00:00Z"
    application = {
        "name": "orders",
        "sourceIps": ["10.20.1.7"],
        "keys": ["k"],
        "notBefore": "2027-01-01T08:00:00+08:00",
        "notAfter": "2028-01-01T00:00:00Z",
    }
    stack = synth({"keys": [{"name": "k"}], "applications": [application]})["kms-keystore"]
    _, client_key = only(resources(stack, "alicloud_kms_client_key"))

    assert client_key["not_before"] == "2027-01-01T00:00:00Z"
    assert client_key["not_after"] == "2028-01-01T00:00:00Z"


def test_api_19_the_client_key_folder_exists_before_terraform_runs(tmp_path):
    # The provider ignores a failed write of the private key (writeToFile's error is
    # dropped in resourceAliCloudKmsClientKeyCreate): the folder must exist beforehand.
    project = tmp_path / "project"
    outdir = project / "cdktf.out"
    project.mkdir()

    synth_to(WITH_ACCESS, outdir)

    stack = json.loads((outdir / "stacks" / "kms-keystore" / "cdk.tf.json").read_text())
    _, client_key = only(resources(stack, "alicloud_kms_client_key"))
    target = outdir / "stacks" / "kms-keystore" / client_key["private_key_data_file"]
    folder = target.resolve().parent
    assert folder == project / "secrets"
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not target.exists()


def test_api_18_adopt_writes_no_billing_or_quota_it_was_not_given(capsys):
    stack = synth(
        {"instance": {"mode": "adopt", "id": KST, "secretNum": 500}, "network": EXISTING}
    )["kms-keystore"]
    _, instance = only(resources(stack, "alicloud_kms_instance"))
    left = {"product_version", "payment_type", "period", "spec", "key_num", "vpc_num"}
    left |= {"renew_status", "renew_period", "renewal_period_unit", "log", "log_storage"}
    left |= {"instance_name", "bind_vpcs", "tags"}  # API-23

    assert instance["secret_num"] == 500
    assert not left & instance.keys()
    assert set(instance["lifecycle"]["ignore_changes"]) == left
    assert instance["lifecycle"]["prevent_destroy"] is True
    assert "renew_status" not in capsys.readouterr().err  # its renewal is left as it is
    created = only(resources(synth({})["kms-keystore"], "alicloud_kms_instance"))[1]
    assert "ignore_changes" not in created["lifecycle"]


def test_api_21_bss_calls_are_granted_under_the_old_and_the_new_permission_point(
    reference_stack,
):
    granted = {
        a
        for s in deployer_policy_document(blocks_of_stack(reference_stack))["Statement"]
        for a in s["Action"]
    }

    # the Delete path of a Subscription instance: RefundInstance
    assert {"bssapi:RefundInstance", "bss:RefundBatchRemainRefund"} <= granted
    # every Read: QueryAvailableInstances
    assert {"bssapi:QueryAvailableInstances", "bss:DescribeInstances"} <= granted
    assert {"bssapi:ModifyInstance", "bss:ModifyInstance"} <= granted
    assert {"bssapi:SetRenewal", "bss:ModifyPrepaidInstanceAutoRenew"} <= granted
    assert {"bssapi:CreateInstance"} <= granted


def test_api_22_removing_tags_bound_vpcs_or_a_description_is_granted():
    bare = synth({"keys": [{"name": "k"}], "secrets": [{"name": "s", "encryptionKey": "k"}]})
    granted = {
        a
        for s in deployer_policy_document(blocks_of_stack(bare["kms-keystore"]))["Statement"]
        for a in s["Action"]
    }

    # none of these arguments is set, yet a later change to empty calls them
    assert {
        "kms:TagResources",
        "kms:UntagResources",
        "kms:UpdateKmsInstanceBindVpc",
        "kms:UpdateKeyDescription",
        "kms:UpdateSecret",
        "bssapi:ModifyInstance",
    } <= granted
    adopted = synth({"instance": {"mode": "adopt", "id": KST}, "network": EXISTING})["kms-keystore"]
    adopted_calls = {c.api for _, _, c in calls_for(blocks_of_stack(adopted))}
    # every argument ModifyInstance reacts to is ignored on this adopted instance
    assert "ModifyInstance" not in adopted_calls


def _read_sets_and_settable_arguments():
    """Attributes ``resourceAliCloudKmsInstanceRead`` sets, and the schema's settable ones."""
    from .test_provider_actions import go_function, go_source

    file = "resource_alicloud_kms_instance.go"
    read = go_function(file, "resourceAliCloudKmsInstanceRead")
    source = go_source(file)
    if read is None or source is None:
        pytest.skip("the provider's git mirror at v1.283.0 is not here")
    set_by_read = set(re.findall(r'd\.Set\("(\w+)"', read))
    settable = set()
    for name, body in re.findall(r'^\t\t\t"(\w+)": \{\n(.*?)^\t\t\t\},', source, re.M | re.S):
        if re.search(r"(Optional|Required):\s+true", body):
            settable.add(name)
    settable |= set(re.findall(r'^\t\t\t"(\w+)": tagsSchema\(\),', source, re.M))
    return set_by_read, settable


def test_api_23_an_adopted_instance_plans_no_change_after_its_import():
    set_by_read, settable = _read_sets_and_settable_arguments()
    assert {"bind_vpcs", "tags", "instance_name", "product_version"} <= set_by_read & settable
    hardware = json.loads((ROOT / "examples" / "hardware-adopt.json").read_text(encoding="utf-8"))
    bare = {"instance": {"mode": "adopt", "id": KST}, "network": EXISTING}
    for context in (hardware, bare):
        _, instance = only(resources(synth(context)["kms-keystore"], "alicloud_kms_instance"))
        ignored = set(instance["lifecycle"].get("ignore_changes", []))
        for attribute in sorted(set_by_read & settable):
            assert attribute in instance or attribute in ignored, attribute


def test_api_24_keys_know_the_edition_of_the_instance(tmp_path):
    for mode in ("adopt", "reference"):
        context = {
            "instance": {"mode": mode, "id": KST},
            "keys": [{"name": "k"}],
            **({"network": EXISTING} if mode == "adopt" else {}),
        }
        found = refused(context, tmp_path)
        assert "productVersion" in found["keys[0].protectionLevel"].allowed, mode
        hardware = {**context, "instance": {**context["instance"], "productVersion": "5"}}
        _, key = only(resources(synth(hardware)["kms-keystore"], "alicloud_kms_key"))
        assert key["protection_level"] == "HSM"


def test_api_25_names_unique_per_account_and_region_across_deployments(tmp_path):
    two = [
        {"name": "kms-a", "keys": [{"name": "k", "aliases": ["alias/shared"]}]},
        {"name": "kms-b", "keys": [{"name": "k", "aliases": ["alias/shared"]}]},
    ]
    found = refused({"profile": "dev", "layout": "split", "deployments": two}, tmp_path / "a")
    problem = found["deployments"]
    assert problem.value == {"kms-a": "alias/shared", "kms-b": "alias/shared"}
    assert "alias name of its own" in problem.allowed

    apart = [two[0], {"name": "kms-b", "region": "ap-southeast-1", "keys": two[1]["keys"]}]
    synth({"profile": "dev", "layout": "split", "deployments": apart})  # other region: fine

    same_policy = {
        "layout": "split",
        "accountStack": {"deployers": {"name": "KmsCreator", "users": ["d"]}},
        "creatorPolicy": {"name": "KmsCreator"},
    }
    found = refused(same_policy, tmp_path / "b")
    assert "accountStack.deployers.name" in found


def test_api_26_one_account_in_different_spellings_is_one_account(tmp_path):
    arn = "acs:ram::0123456789012345:role/kms-deployer"
    by_label = {"name": "kms-a", "account": "123456789012345"}
    by_role = {"name": "kms-b", "region": "ap-southeast-1", "assumeRole": {"roleArn": arn}}
    admin = {"assumeRole": {"roleArn": "acs:ram::123456789012345:role/kms-admin"}}
    context = {"layout": "split", "accountStack": admin, "deployments": [by_label, by_role]}
    stacks = synth(context)
    # the label and the ID inside the ARN (leading zero and all) name one account
    assert sorted(stacks) == ["kms-a", "kms-a-account", "kms-b"]

    labels = [
        {"name": "kms-a", "account": "Prod"},
        {"name": "kms-b", "region": "ap-southeast-1", "account": "prod "},
    ]
    found = refused({"layout": "split", "deployments": labels}, tmp_path)
    assert found["deployments.account"].value == {"kms-a": "Prod", "kms-b": "prod "}


def test_api_27_no_ram_write_action_on_every_resource():
    from kms_keystore.core.deployer_policy import backend_statements

    configurations = [{}, {"creatorPolicy": {"users": ["d"], "groups": ["g"], "roles": ["r"]}}]
    configurations += [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "examples").glob("*.json"))
    ]
    writes = re.compile(r"ram:(Create|Delete|Update|Attach|Detach|Tag|Untag|Set)")
    checked = 0
    for context in configurations:
        for stack in synth(context).values():
            document = deployer_policy_document(blocks_of_stack(stack), backend_statements(stack))
            for statement in document["Statement"]:
                if "Condition" in statement:
                    continue  # the service-linked role's actions, per service (API-15)
                for action in statement["Action"]:
                    if writes.match(action):
                        checked += 1
                        assert statement["Resource"] != "*", action
                        assert all(r.startswith("acs:ram:*:*:") for r in statement["Resource"])
    assert checked
    stack = synth({"creatorPolicy": {"users": ["deployer"]}})["kms-keystore"]
    document = deployer_policy_document(blocks_of_stack(stack))
    scoped = next(s for s in document["Statement"] if "ram:AttachPolicyToUser" in s["Action"])
    assert scoped["Resource"] == [
        "acs:ram:*:*:policy/AllowCreateKmsKeyStoreServiceLinkedRole",
        "acs:ram:*:*:user/deployer",
    ]


def test_api_28_the_oss_backend_is_in_the_deployer_policy():
    from kms_keystore.core.deployer_policy import backend_statements

    backend = {
        "type": "oss",
        "bucket": "tf-state-kms",
        "tablestoreEndpoint": "https://tflock.cn-hangzhou.ots.aliyuncs.com",
        "tablestoreTable": "locks",
    }
    stacks = synth({**TWO_REGIONS_SPLIT, "backend": backend})
    policies = resources(stacks["kms-dev-account"], "alicloud_ram_policy")
    _, policy = only(
        {n: p for n, p in policies.items() if p["policy_name"] == "KmsKeyStoreDeployer"}
    )
    lines = policy_documents.permission_lines(json.loads(policy["policy_document"]))
    assert "Allow oss:PutObject on acs:oss:*:*:tf-state-kms/kms-keystore/*" in lines
    assert "Allow oss:ListObjects on acs:oss:*:*:tf-state-kms" in lines
    assert "Allow ots:PutRow on acs:ots:*:*:instance/tflock/table/locks" in lines
    # every call of Terraform 1.11's OSS backend: the state with its private ACL, the
    # listing of workspaces, the table check, the lock and MD5 digest rows
    state = "acs:oss:*:*:tf-state-kms/kms-keystore/*"
    for action in ("GetObject", "PutObject", "PutObjectAcl", "DeleteObject"):
        assert f"Allow oss:{action} on {state}" in lines
    table = "acs:ots:*:*:instance/tflock/table/locks"
    for action in ("DescribeTable", "GetRow", "PutRow", "DeleteRow"):
        assert f"Allow ots:{action} on {table}" in lines
    assert not [line for line in lines if "ots:UpdateRow" in line]  # the backend never calls it
    assert backend_statements(synth({})["kms-keystore"]) == []  # local state: nothing


def test_api_29_force_delete_without_backup_only_with_pay_as_you_go(tmp_path):
    found = refused({"instance": {"forceDeleteWithoutBackup": True}}, tmp_path)
    assert "ReleaseKmsInstance" in found["instance.forceDeleteWithoutBackup"].allowed

    payg = {
        "paymentType": "PayAsYouGo",
        "forceDeleteWithoutBackup": True,
    }
    _, instance = only(
        resources(synth({"instance": payg})["kms-keystore"], "alicloud_kms_instance")
    )
    assert instance["force_delete_without_backup"] == "true"


def test_api_30_what_a_data_source_can_confirm_is_checked_at_plan():
    # an existing network named in the configuration: its vSwitch is looked up
    stack = synth({"network": EXISTING})["kms-keystore"]
    lookup, block = only(data_sources(stack, "alicloud_vswitches"))
    assert block["ids"] == ["vsw-bp1abc"]
    _, instance = only(resources(stack, "alicloud_kms_instance"))
    (check,) = instance["lifecycle"]["precondition"]
    assert f"data.alicloud_vswitches.{lookup}" in check["condition"]
    # a referenced instance and a referenced role: postconditions on their lookups
    referenced = synth(
        {
            "instance": {"mode": "reference", "id": KST, "productVersion": "3"},
            "roleMode": "reference",
        }
    )["kms-keystore"]
    _, instances = only(data_sources(referenced, "alicloud_kms_instances"))
    assert "does not exist" in instances["lifecycle"]["postcondition"][0]["error_message"]
    _, roles = only(data_sources(referenced, "alicloud_ram_roles"))
    assert "does not exist" in roles["lifecycle"]["postcondition"][0]["error_message"]


def _problems(context, **kwargs):
    from kms_keystore.config import read_deployments

    _, check = read_deployments(context, **kwargs)
    return {p.where: p for p in check.problems}


APP_40 = {"name": "a", "sourceIps": ["10.0.0.1"], "keys": ["k"]}
BIND_41 = {"vpcId": "vpc-bp1other", "vswitchId": "vsw-bp1o", "regionId": "cn-hangzhou"}


def test_api_31_writes_on_every_resource_only_where_ram_leaves_no_narrower_one():
    from kms_keystore.core.deployer_policy import ALL_RESOURCES_WRITES, REGIONAL_ARNS, is_write

    for region in ("cn-hangzhou", "ap-southeast-1"):
        stack = synth({"region": region})["kms-keystore"]
        document = deployer_policy_document(blocks_of_stack(stack))
        create_vpc = only(
            {
                str(n): s
                for n, s in enumerate(document["Statement"])
                if "vpc:CreateVpc" in s["Action"]
            }
        )[1]
        assert create_vpc["Resource"] == f"acs:vpc:{region}:*:vpc/*"
        lines = policy_documents.permission_lines(document)
        # the destroy path of the network, on the resource types the VPC pages require
        for action, kind in (
            ("DeleteVpc", "vpc"),
            ("ModifyVpcAttribute", "vpc"),
            ("DeleteVSwitch", "vswitch"),
            ("ModifyVSwitchAttribute", "vswitch"),
        ):
            assert f"Allow vpc:{action} on acs:vpc:{region}:*:{kind}/*" in lines
            assert f"Allow vpc:{action} on *" not in lines
        for statement in document["Statement"]:
            if statement["Resource"] == "*" and "Condition" not in statement:
                for action in filter(is_write, statement["Action"]):
                    assert action in ALL_RESOURCES_WRITES, action
    assert "vpc:CreateVpc" in REGIONAL_ARNS and "vpc:CreateVpc" not in ALL_RESOURCES_WRITES
    # kept on * with a reason: no page read states a required resource type for them
    for action in ("vpc:TagResources", "kms:CreateKey", "kms:CreateSecret", "kms:CreatePolicy"):
        assert action in ALL_RESOURCES_WRITES and action not in REGIONAL_ARNS
    assert {a for a in ALL_RESOURCES_WRITES if a.startswith(("bss:", "bssapi:"))} == {
        "bss:ModifyInstance",
        "bss:ModifyPrepaidInstanceAutoRenew",
        "bss:RefundBatchRemainRefund",
        "bssapi:CreateInstance",
        "bssapi:ModifyInstance",
        "bssapi:RefundInstance",
        "bssapi:SetRenewal",
    }


def test_api_40_client_key_files_stay_in_the_project(tmp_path):
    app = {**APP_40, "privateKeyDataFile": "../../../../outside.json"}
    context = {"keys": [{"name": "k"}], "applications": [app]}

    found = _problems(context, outdir=tmp_path / "cdktf.out", project_dir=tmp_path)

    assert "inside the project" in found["applications[0].privateKeyDataFile"].allowed
    (tmp_path / "secrets").write_text("a file where the key's folder belongs\n")
    app = {**APP_40, "privateKeyDataFile": "../../../secrets/a.client-key.json"}
    context = {"keys": [{"name": "k"}], "applications": [app]}

    found = _problems(context, outdir=tmp_path / "cdktf.out", project_dir=tmp_path)

    wanted = "a path whose folders can be made (secrets is a file, not a folder)"
    assert found["applications[0].privateKeyDataFile"].allowed == wanted


def test_api_40_a_client_key_file_is_new_or_one_an_earlier_apply_wrote(tmp_path):
    """The provider removes what is at the path and writes the private key there."""
    (tmp_path / "secrets").mkdir()
    key_file = tmp_path / "secrets" / "a.client-key.json"
    app = {**APP_40, "privateKeyDataFile": "../../../secrets/a.client-key.json"}
    context = {"keys": [{"name": "k"}], "applications": [app]}

    def problems() -> dict:
        return _problems(context, outdir=tmp_path / "cdktf.out", project_dir=tmp_path)

    assert problems() == {}  # a new file
    key_file.write_text('{"KeyId":"KAAP.x","PrivateKeyData":"MIIE"}')  # as the provider writes it
    assert problems() == {}  # the key of an earlier apply: synthesized again
    for text in ("notes of the team\n", '{"KeyId": "KAAP.x"}', "[]", ""):
        key_file.write_text(text)
        allowed = problems()["applications[0].privateKeyDataFile"].allowed
        assert allowed.startswith("a new file (secrets/a.client-key.json exists and is not a")


def test_api_40_a_client_key_folder_this_user_cannot_write_is_refused(tmp_path, monkeypatch):
    """Root passes permission bits; a read-only or immutable folder is refused by access()."""
    import os

    (tmp_path / "secrets").mkdir()
    app = {**APP_40, "privateKeyDataFile": "../../../secrets/team/a.client-key.json"}
    context = {"keys": [{"name": "k"}], "applications": [app]}
    real_access = os.access
    locked = str(tmp_path / "secrets")
    monkeypatch.setattr(
        os, "access", lambda path, mode: str(path) != locked and real_access(path, mode)
    )

    found = _problems(context, outdir=tmp_path / "cdktf.out", project_dir=tmp_path)

    wanted = (
        "a path whose folders and file can be made (secrets/ cannot be written by this user: "
        "the provider's write would fail)"
    )
    assert found["applications[0].privateKeyDataFile"].allowed == wanted


def test_api_41_a_vpc_owner_id_is_ascii_digits():
    bind = {**BIND_41, "vpcOwnerId": "\u0661\u0662\u0663"}

    assert "instance.bindVpcs[0].vpcOwnerId" in _problems({"instance": {"bindVpcs": [bind]}})


def test_api_42_a_bound_vpc_once_and_not_the_instance_own():
    twice = _problems({"instance": {"bindVpcs": [BIND_41, BIND_41]}})
    network = {"vpcId": "vpc-bp1own", "vswitchId": "vsw-bp1a", "zoneIds": ZONES_42}
    instance = {"mode": "adopt", "id": "kst-abcdefgh1234"}
    own = _problems(
        {
            "network": network,
            "instance": {**instance, "bindVpcs": [{**BIND_41, "vpcId": "vpc-bp1own"}]},
        }
    )

    assert "instance.bindVpcs[1].vpcId" in twice
    assert "instance.bindVpcs[0].vpcId" in own


ZONES_42 = ["cn-hangzhou-k", "cn-hangzhou-j"]


def test_api_43_a_client_key_does_not_expire_before_it_is_created():
    app = {**APP_40, "notAfter": "2001-01-01T00:00:00Z"}

    found = _problems({"keys": [{"name": "k"}], "applications": [app]})

    assert "future" in found["applications[0].notAfter"].allowed


def test_api_44_service_aliases_are_refused():
    found = _problems({"keys": [{"name": "k", "aliases": ["alias/acs/oss", "alias/ok"]}]})

    assert "keys[0].aliases[0]" in found and "keys[0].aliases[1]" not in found


PROVIDER_GIT = Path(
    os.environ.get("PROVIDER_MIRROR", "/work/.mirror/aliyun+terraform-provider-alicloud/repo")
)
"""The provider's git mirror, as tests/test_provider_actions.py finds it."""


def force_new_arguments(resource: str) -> set[str]:
    """The ``ForceNew: true`` arguments of one resource's schema at provider v1.283.0."""
    source = subprocess.run(
        ["git", "--git-dir", str(PROVIDER_GIT), "show", f"v1.283.0:alicloud/{resource}.go"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found, argument = set(), None
    for line in source.splitlines():
        named = re.match(r'^\t{3}"([a-z_]+)": \{', line)
        if named:
            argument = named.group(1)
        elif argument and re.search(r"ForceNew:\s*true", line):
            found.add(argument)
    return found


def test_api_60_review_names_every_argument_that_replaces_a_paid_or_protected_resource():
    if not PROVIDER_GIT.is_dir():
        pytest.skip("the provider's source (/work/.mirror) is absent")
    from kms_keystore.handoff.deployment_review import PAID, PROTECTED

    tables = {**PAID, **PROTECTED}
    for type_name, spec in tables.items():
        resource = f"resource_{type_name}"
        assert set(spec["replaces"]) == force_new_arguments(resource), type_name


_WITH_ACCESS = json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8"))


def _deployer_lines(stack):
    return policy_documents.permission_lines(deployer_policy_document(blocks_of_stack(stack)))


def test_api_32_a_secret_stack_can_encrypt_and_read_its_value():
    """API-32: a secret's value is encrypted under its key; create, write and read use it."""
    lines = _deployer_lines(synth({**_WITH_ACCESS, "region": "ap-southeast-1"})["kms-keystore"])

    assert "Allow kms:GenerateDataKey on acs:kms:ap-southeast-1:*:key/*" in lines
    assert "Allow kms:Decrypt on acs:kms:ap-southeast-1:*:key/*" in lines
    assert not [
        line
        for line in lines
        if line.startswith(("Allow kms:Decrypt ", "Allow kms:Gen")) and not line.endswith(":key/*")
    ]
    # the stack without secrets does not get them
    no_secrets = {k: v for k, v in _WITH_ACCESS.items() if k != "secrets"}
    no_secrets["applications"] = [
        {k: v for k, v in app.items() if k != "secrets"} for app in _WITH_ACCESS["applications"]
    ]
    bare = _deployer_lines(synth(no_secrets)["kms-keystore"])
    assert not [line for line in bare if "kms:Decrypt" in line or "kms:GenerateDataKey" in line]


@pytest.mark.parametrize(
    ("region", "known"),
    [
        ("cn-hangzou", "cn-hangzhou"),
        ("cn-hnagzhou", "cn-hangzhou"),
        ("us-wset-1", "us-west-1"),
        # helper-70 G3: a dash left out or added, a letter for the digit it looks like
        ("ap-southeast1", "ap-southeast-1"),
        ("cn-hang-zhou", "cn-hangzhou"),
        ("ap-southeast-l", "ap-southeast-1"),
        ("eu-central-l", "eu-central-1"),
        # helper-71 H4: any letter for a digit, a dash changed either way
        ("ap-southeast-q", "ap-southeast-1"),
        ("eu-central-w", "eu-central-1"),
        ("ap-southeastt1", "ap-southeast-1"),
        ("ap-southeast01", "ap-southeast-1"),
    ],
)
def test_api_46_a_region_one_letter_from_a_known_one_is_refused(tmp_path, region, known):
    found = refused({"region": region}, tmp_path)

    assert f"did you mean {known!r}?" in found["region"].allowed
    assert list(found) == ["region"]  # and no zones of the misspelt region asked for
    for new in ("ap-southeast-8", "ap-northeast-3", "eu-west-2", "ap-southeast-10"):  # no typo
        assert rules.is_region(new)
    app = App(outdir=str(tmp_path / "hand"))
    stack = TerraformStack(app, "team")
    KmsKeyStore(stack, "KS", region=region)
    assert (
        f"team/KS: region = {region!r} is not valid: a region of Alibaba Cloud: did you mean"
        in (synth_refusal(app))
    )


def test_api_47_a_secret_name_does_not_start_with_acs(tmp_path):
    secrets = [{"name": "acs/db", "encryptionKey": "k"}]
    found = refused({"keys": [{"name": "k"}], "secrets": secrets}, tmp_path)

    assert "does not start with 'acs/'" in found["secrets[0].name"].allowed
    synth({"keys": [{"name": "k"}], "secrets": [{"name": "app/acs/db", "encryptionKey": "k"}]})


def test_api_45_a_software_protected_symmetric_key_is_aes_256(tmp_path):
    found = refused({"keys": [{"name": "k", "keySpec": "Aliyun_AES_192"}]}, tmp_path)

    assert "only in the hardware edition" in found["keys[0].keySpec"].allowed
    hardware = {"mode": "adopt", "id": KST, "productVersion": "5"}
    adopted = synth(
        {
            "instance": hardware,
            "network": EXISTING,
            "keys": [{"name": "k", "keySpec": "Aliyun_AES_128"}],
        }
    )
    _, key = only(resources(adopted["kms-keystore"], "alicloud_kms_key"))
    assert (key["key_spec"], key["protection_level"]) == ("Aliyun_AES_128", "HSM")
    external = {"name": "k", "keySpec": "Aliyun_AES_128", "origin": "EXTERNAL"}
    context = {"instance": hardware, "network": EXISTING, "keys": [external]}
    assert "EXTERNAL material" in refused(context, tmp_path / "x")["keys[0].keySpec"].allowed
