"""One test per rule of docs/alibaba-cloud-facts.md; each fails when its rule is broken."""

from __future__ import annotations

import json
import re
import stat
import subprocess

import pytest

from kms_keystore import ConfigError
from kms_keystore.app.build import build_app, synth_to
from kms_keystore.core import policy_documents, zones
from kms_keystore.core.api_forms import rotation_interval_seconds
from kms_keystore.core.deployer_policy import (
    blocks_of_stack,
    calls_for,
    deployer_policy_document,
    includes,
)

from .support import ROOT, data_sources, only, read_stacks, resources, synth

KST = "kst-hzz62ee1a1a9x8gexample"
WITH_ACCESS = json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8"))
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

    # numbers are blocks per worker (API-21.., API-40.., API-60..): unique, not contiguous
    duplicates = sorted({n for n in rules if rules.count(n) > 1})
    assert not duplicates, f"rule numbers used twice in the facts file: {duplicates}"
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

    assert granted == {call.action for _, _, call in calls_for(blocks)}
    # Written out, so that a change of the table shows here, not only in a snapshot.
    assert granted == set(
        [
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
            "kms:UpdateKmsInstance",
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

    assert instance["secret_num"] == 500
    assert not left & instance.keys()
    assert set(instance["lifecycle"]["ignore_changes"]) == left
    assert instance["lifecycle"]["prevent_destroy"] is True
    assert "renew_status" not in capsys.readouterr().err  # its renewal is left as it is
    created = only(resources(synth({})["kms-keystore"], "alicloud_kms_instance"))[1]
    assert "ignore_changes" not in created["lifecycle"]


PROVIDER_GIT = ROOT.parent / ".mirror" / "aliyun+terraform-provider-alicloud" / "repo"


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
