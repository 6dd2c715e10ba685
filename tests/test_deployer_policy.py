"""The deployer's policy per stack: generated from the provider table, least privilege."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kms_keystore.core import policy_documents
from kms_keystore.core.deployer_policy import (
    DOCUMENT_LIMIT,
    Block,
    blocks_of_stack,
    calls_for,
    deployer_actions,
    deployer_policy_document,
    includes,
)
from kms_keystore.core.provider_actions import block_actions

from .support import ROOT, only, resources, synth

TWO_REGIONS = json.loads((ROOT / "examples" / "two-regions.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def split():
    return synth({"layout": "split", "creatorPolicy": {"users": ["deployer"]}})


def actions(stack):
    return deployer_actions(blocks_of_stack(stack))


def test_creator_policy_is_a_subset_of_the_stack_that_creates_the_role(reference_stack, split):
    creator = policy_documents.creator_policy_document()

    assert includes(deployer_policy_document(blocks_of_stack(reference_stack)), creator)
    assert includes(
        deployer_policy_document(blocks_of_stack(split["kms-keystore-account"])), creator
    )


def test_the_role_is_granted_for_the_key_store_service_only(reference_stack):
    document = deployer_policy_document(blocks_of_stack(reference_stack))
    conditioned = [s for s in document["Statement"] if "Condition" in s]

    assert [sorted(s["Action"]) for s in conditioned] == [
        [
            "ram:CreateServiceLinkedRole",
            "ram:DeleteServiceLinkedRole",
            "ram:GetServiceLinkedRoleDeletionStatus",
        ]
    ]
    assert conditioned[0]["Condition"] == {
        "StringEquals": {"ram:ServiceName": "keystore.kms.aliyuncs.com"}
    }
    others = [a for s in document["Statement"] if "Condition" not in s for a in s["Action"]]
    assert not [a for a in others if "ServiceLinkedRole" in a]


def test_regional_stack_buys_and_connects_but_never_creates_the_role(split):
    regional = actions(split["kms-keystore"])

    assert {"bssapi:CreateInstance", "kms:ConnectKmsInstance", "vpc:CreateVpc"} <= set(regional)
    assert {"ram:ListRoles", "ram:GetRole"} <= set(regional)
    assert not [a for a in regional if a.startswith("ram:Create") or "Policy" in a]


def test_account_stack_needs_ram_only(split):
    account = actions(split["kms-keystore-account"])

    assert {a.split(":")[0] for a in account} == {"ram"}
    assert {"ram:AttachPolicyToUser", "ram:DetachPolicyFromUser", "ram:ListPoliciesForUser"} <= set(
        account
    )


def test_calls_not_triggered_by_the_configuration_are_left_out(split):
    regional = set(actions(split["kms-keystore"]))

    # the constructs never write classic link, a resource group or secondary CIDRs
    for absent in (
        "vpc:EnableVpcClassicLink",
        "vpc:MoveResourceGroup",
        "vpc:AssociateVpcCidrBlock",
        "vpc:CreateDefaultVpc",
    ):
        assert absent not in regional


def test_removing_an_argument_is_granted_like_setting_it(split):
    """Tags, bound VPCs and descriptions removed later still need their update calls."""
    full = synth(
        {
            "instance": {
                "tags": {"team": "payments"},
                "bindVpcs": [
                    {
                        "vpcId": "vpc-bp1other0example",
                        "vswitchId": "vsw-bp1other0example",
                        "regionId": "cn-hangzhou",
                    }
                ],
                "vpcNum": 2,
            },
            "keys": [{"name": "k", "description": "d", "tags": {"a": "b"}}],
            "secrets": [
                {"name": "s", "encryptionKey": "k", "description": "d", "tags": {"a": "b"}}
            ],
        }
    )["kms-keystore"]
    bare = synth({"keys": [{"name": "k"}], "secrets": [{"name": "s", "encryptionKey": "k"}]})[
        "kms-keystore"
    ]
    updates = {
        action
        for block, operation, call in calls_for(blocks_of_stack(full))
        if operation == "update" and call.when
        for action in call.ram_actions
    }

    assert {
        "kms:UpdateKmsInstanceBindVpc",
        "kms:TagResources",
        "kms:UntagResources",
        "kms:UpdateKeyDescription",
        "kms:UpdateSecret",
    } <= updates
    assert updates <= set(actions(bare))


def test_product_version_and_payment_type_changes_are_granted_modify_instance():
    table = block_actions("resource", "alicloud_kms_instance")
    modify = next(c for c in table.update if c.api == "ModifyInstance")
    renewal = next(c for c in table.update if c.api == "SetRenewal")

    assert {"product_version", "payment_type"} <= set(modify.when)
    assert "payment_type" in renewal.when


def test_every_delete_call_of_every_resource_is_granted():
    """For each resource type each stack writes: every call of its Delete path is granted."""
    configurations = {"reference": {}} | {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "examples").glob("*.json"))
    }
    seen = set()
    for name, context in configurations.items():
        for stack_name, stack in synth(context).items():
            blocks = blocks_of_stack(stack)
            granted = set(deployer_actions(blocks))
            for block in blocks:
                if block.kind != "resource":
                    continue
                seen.add(block.type_name)
                for call in block_actions("resource", block.type_name).delete:
                    missing = set(call.ram_actions) - granted
                    assert not missing, (name, stack_name, block.type_name, call.function)
    assert {"alicloud_kms_instance", "alicloud_kms_key", "alicloud_ram_policy"} <= seen


def test_bss_calls_are_granted_under_both_permission_points(split):
    regional = set(actions(split["kms-keystore"]))

    assert {
        "bssapi:QueryAvailableInstances",
        "bss:DescribeInstances",
        "bssapi:RefundInstance",
        "bss:RefundBatchRemainRefund",
        "bssapi:ModifyInstance",
        "bss:ModifyInstance",
        "bssapi:SetRenewal",
        "bss:ModifyPrepaidInstanceAutoRenew",
    } <= regional


def test_every_action_is_traced_to_a_block_and_a_go_function(split):
    for stack in split.values():
        blocks = blocks_of_stack(stack)
        traced = {a for _, _, call in calls_for(blocks) for a in call.ram_actions}
        document = deployer_policy_document(blocks)
        granted = {a for s in document["Statement"] for a in s["Action"]}
        assert granted == traced
        for _, _, call in calls_for(blocks):
            assert call.file.endswith(".go") and call.function


def test_keys_and_access_add_their_kms_actions():
    stack = synth(json.loads((ROOT / "examples" / "with-access.json").read_text()))["kms-keystore"]
    granted = set(actions(stack))

    assert {
        "kms:CreateKey",
        "kms:DescribeKey",
        "kms:ScheduleKeyDeletion",
        "kms:CreateAlias",
        "kms:CreateSecret",
        "kms:GetSecretValue",
        "kms:CreateNetworkRule",
        "kms:CreatePolicy",
        "kms:CreateApplicationAccessPoint",
        "kms:CreateClientKey",
    } <= granted


def test_an_unknown_block_type_is_named_with_the_fix():
    with pytest.raises(KeyError, match="alicloud_ecs_instance is not in core/provider_actions"):
        deployer_actions([Block("resource", "alicloud_ecs_instance", frozenset())])


def test_every_stack_of_every_example_fits_in_one_ram_policy():
    configurations = {"reference": {}} | {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "examples").glob("*.json"))
    }
    for name, context in configurations.items():
        for stack_name, stack in synth(context).items():
            text = policy_documents.render(deployer_policy_document(blocks_of_stack(stack)))
            assert len(text) <= DOCUMENT_LIMIT, (name, stack_name, len(text))


def test_account_stack_grants_the_deployers_exactly_the_regional_policy():
    stacks = synth(TWO_REGIONS)
    account = stacks["kms-dev-account"]
    policies = resources(account, "alicloud_ram_policy")
    name = next(n for n in policies if n.startswith("DeployerPolicy"))
    granted = json.loads(policies[name]["policy_document"])
    regional = [stacks["kms-dev-hz"], stacks["kms-dev-sg"]]
    expected = deployer_policy_document([b for s in regional for b in blocks_of_stack(s)])
    _, attachment = only(
        {
            k: v
            for k, v in resources(account, "alicloud_ram_user_policy_attachment").items()
            if "Deployer" in k
        }
    )

    assert granted == expected
    assert attachment["user_name"] == "kms-keystore-deployer"
    assert attachment["policy_name"] == f"${{alicloud_ram_policy.{name}.policy_name}}"


def test_make_deployer_policy_prints_a_policy_per_stack():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "deployer_policy.py"), "--trace"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "CDKTF_CONTEXT_JSON": json.dumps(TWO_REGIONS)},
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    headers = [line for line in result.stdout.splitlines() if line.startswith("# kms-")]
    assert headers == [
        "# kms-dev-account: least-privilege RAM policy for cdktf deploy",
        "# kms-dev-hz: least-privilege RAM policy for cdktf deploy",
        "# kms-dev-sg: least-privilege RAM policy for cdktf deploy",
    ]
    assert (
        "#   kms:ConnectKmsInstance  <- alicloud_kms_instance create: "
        "alicloud/resource_alicloud_kms_instance.go resourceAliCloudKmsInstanceCreate"
    ) in result.stdout


def test_deployer_policies_snapshot(snapshot_json):
    configurations = {"reference": {}, "split": {"layout": "split"}}
    policies = {
        f"{name}.{stack_name}": policy_documents.permission_lines(
            deployer_policy_document(blocks_of_stack(stack))
        )
        for name, context in configurations.items()
        for stack_name, stack in synth(context).items()
    }

    assert policies == snapshot_json


def test_documented_table_is_the_generated_one():
    from kms_keystore.handoff.deployer_report import permission_table

    example = json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8"))
    stacks = synth({**example, "layout": "split"})
    labels = {name: "account" if name.endswith("-account") else "regional" for name in stacks}
    document = (ROOT / "docs" / "deployer-permissions.md").read_text(encoding="utf-8")
    section = document.split("<!-- deployer-table:")[1].split("<!-- /deployer-table -->")[0]

    assert section.split("\n", 1)[1] == "\n".join(permission_table(stacks, labels)) + "\n"


def test_whoever_deploys_an_adopted_instance_cannot_buy_one():
    hardware = json.loads((ROOT / "examples" / "hardware-adopt.json").read_text(encoding="utf-8"))
    regional = set(actions(synth(hardware)["kms-keystore"]))

    assert "bssapi:CreateInstance" not in regional
    assert "kms:ConnectKmsInstance" not in regional
    assert {"kms:GetKmsInstance", "bssapi:QueryAvailableInstances", "kms:CreateKey"} <= regional
    unprotected = {**hardware, "instance": {**hardware["instance"], "preventDestroy": False}}
    unprotected["suppressions"] = [
        {"path": "kms-keystore/Instance", "rule": "KS-KMS-3", "reason": "a test of the policy only"}
    ]
    assert "bssapi:CreateInstance" in set(actions(synth(unprotected)["kms-keystore"]))


def test_every_conditional_call_is_granted_for_its_removal():
    """A block that sets none of its arguments still gets each call a later removal makes."""
    from kms_keystore.core.deployer_policy import WRITABLE_ARGUMENTS
    from kms_keystore.core.provider_actions import TABLE

    for table in TABLE:
        if table.kind != "resource":
            continue
        writable = WRITABLE_ARGUMENTS.get(table.type_name, frozenset())
        empty = Block("resource", table.type_name, frozenset())
        granted = {call for _, operation, call in calls_for([empty]) if operation == "update"}
        for call in table.update:
            if writable.intersection(call.when):
                assert call in granted, (table.type_name, call.action, call.when)


def test_the_writable_arguments_cover_every_argument_the_examples_write():
    from kms_keystore.core.deployer_policy import WRITABLE_ARGUMENTS

    configurations = [{}, {"creatorPolicy": {"users": ["d"]}}] + [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "examples").glob("*.json"))
    ]
    for context in configurations:
        for stack in synth(context).values():
            for block in blocks_of_stack(stack):
                if block.kind == "resource" and block.type_name in WRITABLE_ARGUMENTS:
                    extra = block.arguments - WRITABLE_ARGUMENTS[block.type_name]
                    assert not extra, (block.type_name, sorted(extra))


def _example_stacks():
    """Every stack of the reference app, the split layout and each example configuration."""
    configurations = {"reference": {}, "split": {"layout": "split"}}
    for path in sorted((ROOT / "examples").glob("*.json")):
        configurations[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    for name, context in configurations.items():
        for stack_name, stack in synth(context).items():
            yield f"{name}.{stack_name}", stack


def test_no_write_action_sits_on_all_resources_unless_ram_only_allows_that():
    """API-31: a write on ``*`` must be in the documented list of all-resources writes."""
    from kms_keystore.core.deployer_policy import ALL_RESOURCES_WRITES, is_write

    for name, stack in _example_stacks():
        document = deployer_policy_document(blocks_of_stack(stack))
        for statement in document["Statement"]:
            # the service-linked role's statement is narrowed by its condition (API-15)
            if statement["Resource"] != "*" or "Condition" in statement:
                continue
            loose = [a for a in statement["Action"] if is_write(a)]
            assert not [a for a in loose if a not in ALL_RESOURCES_WRITES], (name, loose)


def test_every_write_the_provider_table_can_grant_is_classified():
    """A new write action fails here until its page is read: scoped, RAM-scoped or listed."""
    from kms_keystore.core.deployer_policy import (
        _RAM_WRITE,
        ALL_RESOURCES_WRITES,
        REGIONAL_ARNS,
        SERVICE_LINKED_ROLE_ACTIONS,
        is_write,
    )
    from kms_keystore.core.provider_actions import TABLE

    writes = {
        action
        for table in TABLE
        for _, call in table.calls()
        for action in call.ram_actions
        if is_write(action)
    }
    handled = set(REGIONAL_ARNS) | set(ALL_RESOURCES_WRITES) | SERVICE_LINKED_ROLE_ACTIONS
    unclassified = {a for a in writes - handled if not _RAM_WRITE.match(a)}
    assert not unclassified
    assert not set(REGIONAL_ARNS) & set(ALL_RESOURCES_WRITES)
    assert all(reason.strip() for reason in ALL_RESOURCES_WRITES.values())


def test_regional_writes_name_the_region_of_their_stack():
    from kms_keystore.core.deployer_policy import REGIONAL_ARNS

    stacks = synth(TWO_REGIONS)
    for stack in stacks.values():
        providers = stack.get("provider", {}).get("alicloud", [])
        regions = {p["region"] for p in providers if "region" in p}
        document = deployer_policy_document(blocks_of_stack(stack))
        for statement in document["Statement"]:
            scoped = [a for a in statement["Action"] if a in REGIONAL_ARNS]
            if not scoped:
                continue
            resources = statement["Resource"]
            resources = resources if isinstance(resources, list) else [resources]
            assert len(scoped) == len(statement["Action"])
            assert {r.split(":")[2] for r in resources} == regions


def test_the_create_vpc_resource_follows_the_provider_region():
    vpc = Block("resource", "alicloud_vpc", frozenset({"vpc_name"}), region="ap-southeast-1")
    unknown = Block("resource", "alicloud_vpc", frozenset({"vpc_name"}))

    def resource_of(blocks):
        document = deployer_policy_document(blocks)
        found = [s["Resource"] for s in document["Statement"] if "vpc:CreateVpc" in s["Action"]]
        assert len(found) == 1, found
        return found[0]

    assert resource_of([vpc]) == "acs:vpc:ap-southeast-1:*:vpc/*"
    assert resource_of([unknown]) == "acs:vpc:*:*:vpc/*"
    assert resource_of([vpc, unknown]) == "acs:vpc:*:*:vpc/*"
    other = Block("resource", "alicloud_vpc", frozenset(), region="cn-hangzhou")
    assert resource_of([vpc, other]) == [
        "acs:vpc:ap-southeast-1:*:vpc/*",
        "acs:vpc:cn-hangzhou:*:vpc/*",
    ]


WITH_ACCESS = json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8"))


def _lines_of(stack):
    return policy_documents.permission_lines(deployer_policy_document(blocks_of_stack(stack)))


def test_every_secret_call_that_encrypts_or_decrypts_carries_its_key_action():
    """The table's secret calls: a value read needs Decrypt, a value written GenerateDataKey."""
    table = block_actions("resource", "alicloud_kms_secret")
    by_api = {call.api: call.ram_actions for _, call in table.calls()}

    assert by_api["CreateSecret"] == ("kms:CreateSecret", "kms:GenerateDataKey")
    assert by_api["PutSecretValue"] == ("kms:PutSecretValue", "kms:GenerateDataKey")
    assert by_api["GetSecretValue"] == ("kms:GetSecretValue", "kms:Decrypt")


def test_calls_on_one_key_secret_or_alias_are_scoped_to_that_type_in_the_region():
    """API-31: writes on existing KMS objects sit on their ARN type, never on ``*``."""
    lines = _lines_of(synth({**WITH_ACCESS, "region": "ap-southeast-1"})["kms-keystore"])
    region = "acs:kms:ap-southeast-1:*"
    expected = {
        "kms:ScheduleKeyDeletion": {f"{region}:key/*"},
        "kms:UpdateKeyDescription": {f"{region}:key/*"},
        "kms:DeleteSecret": {f"{region}:secret/*"},
        "kms:UpdateSecret": {f"{region}:secret/*"},
        "kms:PutSecretValue": {f"{region}:secret/*"},
        "kms:CreateAlias": {f"{region}:alias/*", f"{region}:key/*"},
        "kms:DeleteAlias": {f"{region}:alias/*", f"{region}:key/*"},
    }
    for action, arns in expected.items():
        granted = {line.split(" on ", 1)[1] for line in lines if line.split(" ")[1] == action}
        assert granted == arns, (action, granted)
    # creating a key or a secret stays on every resource: RAM's check of the instance is unknown
    assert "Allow kms:CreateKey on *" in lines
    assert "Allow kms:CreateSecret on *" in lines


def test_creating_a_vswitch_is_granted_on_the_vpc_and_the_vswitch_of_the_region():
    lines = _lines_of(synth({"region": "ap-southeast-1"})["kms-keystore"])
    granted = {
        line.split(" on ", 1)[1] for line in lines if line.split(" ")[1] == "vpc:CreateVSwitch"
    }

    assert granted == {"acs:vpc:ap-southeast-1:*:vpc/*", "acs:vpc:ap-southeast-1:*:vswitch/*"}


def test_many_regions_keep_the_resource_types_within_rams_limit():
    """Past 6,144 characters the regional ARNs name every region; never ``*``."""
    import dataclasses

    from kms_keystore.core.deployer_policy import DOCUMENT_LIMIT, REGIONAL_ARNS

    base = blocks_of_stack(synth(WITH_ACCESS)["kms-keystore"])
    regions = [f"{area}-{n}" for area in ("cn-test", "ap-test") for n in range(12)]

    def document(count):
        blocks = [dataclasses.replace(b, region=r) for r in regions[:count] for b in base]
        return deployer_policy_document(blocks)

    few, many = document(2), document(24)
    few_lines = policy_documents.permission_lines(few)
    assert "Allow kms:ScheduleKeyDeletion on acs:kms:cn-test-1:*:key/*" in few_lines
    assert len(policy_documents.render(many)) <= DOCUMENT_LIMIT
    many_lines = policy_documents.permission_lines(many)
    for action in REGIONAL_ARNS:
        granted = [line for line in many_lines if line.split(" ")[1] == action]
        assert all(":*:*:" in line and not line.endswith(" on *") for line in granted), granted
    assert "Allow kms:ScheduleKeyDeletion on acs:kms:*:*:key/*" in many_lines
