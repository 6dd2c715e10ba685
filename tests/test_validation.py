"""Bad configuration fails before anything is written, naming path, field and value."""

from __future__ import annotations

import contextlib
import datetime

import pytest

from kms_keystore import ConfigError
from kms_keystore.app.build import build_app, synth_to
from kms_keystore.core.problems import show_value

# (id, context, the path the user wrote, the bad value)
CASES = [
    ("unknown-top-key", {"regoin": "cn-hangzhou"}, "regoin", "cn-hangzhou"),
    ("name-whitespace", {"name": "bad name"}, "name", "bad name"),
    ("deployment-name", {"deployments": [{"name": "bad name"}]}, "deployments[0].name", "bad name"),
    ("deployments-type", {"deployments": {"a": 1}}, "deployments", {"a": 1}),
    ("region-syntax", {"region": "Hangzhou"}, "region", "Hangzhou"),
    ("region-type", {"region": 7}, "region", 7),
    ("name", {"name": "1-bad"}, "name", "1-bad"),
    ("layout", {"layout": "triple"}, "layout", "triple"),
    ("role-mode", {"roleMode": "steal"}, "roleMode", "steal"),
    ("guard-mode", {"systemPolicyGuard": "maybe"}, "systemPolicyGuard", "maybe"),
    (
        "policy-name-chars",
        {"creatorPolicy": {"name": "bad_name!"}},
        "creatorPolicy.name",
        "bad_name!",
    ),
    ("policy-name-long", {"creatorPolicy": {"name": "a" * 129}}, "creatorPolicy.name", "a" * 129),
    (
        "policy-desc-long",
        {"creatorPolicy": {"description": "d" * 1025}},
        "creatorPolicy.description",
        "d" * 1025,
    ),
    (
        "policy-user-name",
        {"creatorPolicy": {"users": ["bad user"]}},
        "creatorPolicy.users[0]",
        "bad user",
    ),
    (
        "policy-group-name",
        {"creatorPolicy": {"groups": ["g" * 65]}},
        "creatorPolicy.groups[0]",
        "g" * 65,
    ),
    ("policy-role-name", {"creatorPolicy": {"roles": ["r/1"]}}, "creatorPolicy.roles[0]", "r/1"),
    (
        "policy-users-type",
        {"creatorPolicy": {"users": "deployer"}},
        "creatorPolicy.users",
        "deployer",
    ),
    (
        "policy-duplicate-user",
        {"creatorPolicy": {"users": ["a", "a"]}},
        "creatorPolicy.users",
        ["a"],
    ),
    ("policy-unknown-key", {"creatorPolicy": {"user": ["a"]}}, "creatorPolicy.user", ["a"]),
    ("vpc-cidr-syntax", {"network": {"vpcCidr": "10.0.0.0/33"}}, "network.vpcCidr", "10.0.0.0/33"),
    ("vpc-cidr-public", {"network": {"vpcCidr": "8.8.0.0/16"}}, "network.vpcCidr", "8.8.0.0/16"),
    (
        "vpc-cidr-host-bits",
        {"network": {"vpcCidr": "10.0.0.1/16"}},
        "network.vpcCidr",
        "10.0.0.1/16",
    ),
    (
        "vswitch-outside-vpc",
        {"network": {"vswitch": {"cidrBlock": "10.99.1.0/24"}}},
        "network.vswitch.cidrBlock",
        "10.99.1.0/24",
    ),
    (
        "vswitch-too-small",
        {"network": {"vswitch": {"cidrBlock": "10.20.1.0/30"}}},
        "network.vswitch.cidrBlock",
        "10.20.1.0/30",
    ),
    (
        "vswitch-zone-other-region",
        {"network": {"vswitch": {"zoneId": "cn-shanghai-e"}}},
        "network.vswitch.zoneId",
        "cn-shanghai-e",
    ),
    (
        "vswitch-zone-not-an-instance-zone",
        {"network": {"vswitch": {"zoneId": "cn-hangzhou-h"}}},
        "network.vswitch.zoneId",
        "cn-hangzhou-h",
    ),
    (
        "zone-of-other-region",
        {"network": {"zoneIds": ["cn-hangzhou-k", "cn-shanghai-e"]}},
        "network.zoneIds[1]",
        "cn-shanghai-e",
    ),
    (
        "zone-hyphen-outside-mainland",
        {
            "region": "ap-southeast-1",
            "network": {"zoneIds": ["ap-southeast-1-a", "ap-southeast-1b"]},
        },
        "network.zoneIds[0]",
        "ap-southeast-1-a",
    ),
    (
        "zone-without-hyphen-in-mainland",
        {"network": {"zoneIds": ["cn-hangzhouk", "cn-hangzhou-j"]}},
        "network.zoneIds[0]",
        "cn-hangzhouk",
    ),
    (
        "one-zone-only",
        {"network": {"zoneIds": ["cn-hangzhou-k", "cn-hangzhou-k"]}},
        "network.zoneIds",
        ["cn-hangzhou-k", "cn-hangzhou-k"],
    ),
    (
        "three-zones",
        {"network": {"zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j", "cn-hangzhou-h"]}},
        "network.zoneIds",
        ["cn-hangzhou-k", "cn-hangzhou-j", "cn-hangzhou-h"],
    ),
    (
        "two-vswitches",
        {"network": {"vswitches": [{"zoneId": "cn-hangzhou-k"}, {"zoneId": "cn-hangzhou-j"}]}},
        "network.vswitches",
        [{"zoneId": "cn-hangzhou-k"}, {"zoneId": "cn-hangzhou-j"}],
    ),
    (
        "vswitch-unknown-key",
        {"network": {"vswitch": {"zone": "cn-hangzhou-k"}}},
        "network.vswitch.zone",
        "cn-hangzhou-k",
    ),
    ("other-region-default-network", {"region": "cn-beijing"}, "network.zoneIds", []),
    (
        "existing-vpc-id",
        {
            "network": {
                **{
                    "vpcId": "vpc-bp1existing",
                    "vswitchId": "vsw-bp1a",
                    "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
                },
                "vpcId": "vnet-1",
            }
        },
        "network.vpcId",
        "vnet-1",
    ),
    (
        "existing-vswitch-id",
        {
            "network": {
                **{
                    "vpcId": "vpc-bp1existing",
                    "vswitchId": "vsw-bp1a",
                    "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
                },
                "vswitchId": "bp1b",
            }
        },
        "network.vswitchId",
        "bp1b",
    ),
    (
        "existing-two-vswitches",
        {
            "network": {
                **{
                    "vpcId": "vpc-bp1existing",
                    "vswitchId": "vsw-bp1a",
                    "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
                },
                "vswitchIds": ["vsw-bp1a", "vsw-bp1b"],
            }
        },
        "network.vswitchIds",
        ["vsw-bp1a", "vsw-bp1b"],
    ),
    (
        "existing-same-zone-twice",
        {
            "network": {
                **{
                    "vpcId": "vpc-bp1existing",
                    "vswitchId": "vsw-bp1a",
                    "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
                },
                "zoneIds": ["cn-hangzhou-k"] * 2,
            }
        },
        "network.zoneIds",
        ["cn-hangzhou-k", "cn-hangzhou-k"],
    ),
    (
        "existing-vswitch-outside-zones",
        {
            "network": {
                **{
                    "vpcId": "vpc-bp1existing",
                    "vswitchId": "vsw-bp1a",
                    "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
                },
                "vswitchZone": "cn-hangzhou-h",
            }
        },
        "network.vswitchZone",
        "cn-hangzhou-h",
    ),
    ("hardware-create", {"instance": {"productVersion": "5"}}, "instance.productVersion", "5"),
    (
        "create-with-id",
        {"instance": {"id": "kst-hzz62ee1a1a9x8g"}},
        "instance.id",
        "kst-hzz62ee1a1a9x8g",
    ),
    ("adopt-without-id", {"instance": {"mode": "adopt"}}, "instance.id/idVariable", [None, None]),
    (
        "reference-bad-id",
        {"instance": {"mode": "reference", "id": "kms-1"}},
        "instance.id",
        "kms-1",
    ),
    (
        "reference-bad-variable",
        {"instance": {"mode": "reference", "idVariable": "1x"}},
        "instance.idVariable",
        "1x",
    ),
    ("instance-mode", {"instance": {"mode": "buy"}}, "instance.mode", "buy"),
    (
        "reference-with-network",
        {
            "instance": {"mode": "reference", "id": "kst-hzz62ee1a1a9x8g"},
            "network": {"zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"]},
        },
        "network",
        "given",
    ),
    (
        "account-stack-name",
        {"layout": "split", "accountStack": {"name": "1bad"}},
        "accountStack.name",
        "1bad",
    ),
    (
        "account-stack-deployer",
        {"layout": "split", "accountStack": {"deployers": {"users": ["bad user"]}}},
        "accountStack.deployers.users[0]",
        "bad user",
    ),
    ("product-version", {"instance": {"productVersion": "4"}}, "instance.productVersion", "4"),
    ("payment-type", {"instance": {"paymentType": "Monthly"}}, "instance.paymentType", "Monthly"),
    ("period", {"instance": {"period": 5}}, "instance.period", 5),
    ("spec", {"instance": {"spec": 500}}, "instance.spec", 500),
    ("key-num-low", {"instance": {"keyNum": 99}}, "instance.keyNum", 99),
    ("key-num-high", {"instance": {"keyNum": 100001}}, "instance.keyNum", 100001),
    ("secret-num", {"instance": {"secretNum": -1}}, "instance.secretNum", -1),
    ("vpc-num", {"instance": {"vpcNum": 10001}}, "instance.vpcNum", 10001),
    ("renew-status", {"instance": {"renewStatus": "Auto"}}, "instance.renewStatus", "Auto"),
    ("renew-period-high", {"instance": {"renewPeriod": 37}}, "instance.renewPeriod", 37),
    ("renew-period-zero-auto", {"instance": {"renewPeriod": 0}}, "instance.renewPeriod", 0),
    ("renewal-unit", {"instance": {"renewalPeriodUnit": "W"}}, "instance.renewalPeriodUnit", "W"),
    ("log", {"instance": {"log": "yes"}}, "instance.log", "yes"),
    ("log-storage", {"instance": {"logStorage": 500001}}, "instance.logStorage", 500001),
    ("subscription-without-period", {"instance": {"period": None}}, "instance.period", None),
    (
        "payg-with-period",
        {"instance": {"paymentType": "PayAsYouGo", "period": 12}},
        "instance.period",
        12,
    ),
    ("key-num-type", {"instance": {"keyNum": "1000"}}, "instance.keyNum", "1000"),
    (
        "deletion-protection-type",
        {"instance": {"deletionProtection": "yes"}},
        "instance.deletionProtection",
        "yes",
    ),
    ("instance-name", {"instance": {"name": "-kms"}}, "instance.name", "-kms"),
    ("instance-unknown-key", {"instance": {"edition": "hardware"}}, "instance.edition", "hardware"),
    (
        "tag-key-reserved",
        {"instance": {"tags": {"aliyun-x": "1"}}},
        "instance.tags['aliyun-x']",
        "aliyun-x",
    ),
    ("tag-value-type", {"instance": {"tags": {"team": 3}}}, "instance.tags['team']", 3),
    (
        "bind-vpc-region",
        {
            "instance": {
                "bindVpcs": [{"vpcId": "vpc-bp1o", "vswitchId": "vsw-bp1o", "regionId": "Hangzhou"}]
            }
        },
        "instance.bindVpcs[0].regionId",
        "Hangzhou",
    ),
    (
        "bind-vpc-owner",
        {
            "instance": {
                "bindVpcs": [
                    {
                        "vpcId": "vpc-bp1o",
                        "vswitchId": "vsw-bp1o",
                        "regionId": "cn-hangzhou",
                        "vpcOwnerId": "me",
                    }
                ]
            }
        },
        "instance.bindVpcs[0].vpcOwnerId",
        "me",
    ),
]


@pytest.fixture
def previous_output(tmp_path):
    outdir = tmp_path / "cdktf.out"
    (outdir / "stacks" / "kms-keystore").mkdir(parents=True)
    marker = outdir / "stacks" / "kms-keystore" / "cdk.tf.json"
    marker.write_text('{"previous": true}', encoding="utf-8")
    return outdir


def snapshot_tree(root):
    return {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_there_are_at_least_forty_cases():
    assert len(CASES) >= 40


@pytest.mark.parametrize(
    ("context", "where", "value"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_input_is_named_and_nothing_is_written(context, where, value, previous_output):
    before = snapshot_tree(previous_output.parent)

    with pytest.raises(ConfigError) as caught:
        synth_to(context, previous_output)

    named = [(p.where, p.value) for p in caught.value.problems]
    assert (where, value) in named, named
    assert f"  - {where} = {show_value(value)} is not valid: " in str(caught.value)
    assert snapshot_tree(previous_output.parent) == before


def test_all_problems_of_an_app_are_reported_together():
    context = {
        "region": "cn-hangzhou",
        "layout": "triple",
        "instance": {"spec": 3, "period": 7},
        "creatorPolicy": {"name": "x!"},
    }

    with pytest.raises(ConfigError) as caught:
        synth_to(context, __import__("pathlib").Path("/nonexistent/never-written"))

    named = {p.where for p in caught.value.problems}
    assert named == {"layout", "instance.spec", "instance.period", "creatorPolicy.name"}
    assert str(caught.value).startswith("4 configuration problems; nothing was written:")


def test_constructs_used_directly_report_their_path():
    from cdktf import App

    from kms_keystore import InstanceSpec, KeyStoreInstance, KeyStoreNetwork, KeyStoreStack
    from kms_keystore.config import parse_deployment
    from kms_keystore.framework.validation import problems_of

    app = App(outdir="/tmp/never-synthesized")
    stack = KeyStoreStack(app, "direct", config=parse_deployment({}))
    KeyStoreInstance(
        stack,
        "Second",
        network=stack.network,
        spec=InstanceSpec(product_version="7"),
    )
    KeyStoreNetwork(stack, "Bad", region="cn-hangzhou", new=None, existing=None)

    problems = problems_of(app)
    assert [(p.path, p.field, p.value) for p in problems] == [
        ("direct/Second", "product_version", "7")
    ]


JUNK = [None, "a/b c", [], {"x": 1}, 10**12, True]
KEYS = [
    ("name",),
    ("region",),
    ("layout",),
    ("roleMode",),
    ("profile",),
    ("assumeRole",),
    ("backend",),
    ("creatorPolicy",),
    ("creatorPolicy", "users"),
    ("network",),
    ("network", "vpcCidr"),
    ("network", "vswitch"),
    ("network", "zoneIds"),
    ("instance", "mode"),
    ("instance", "id"),
    ("accountStack",),
    ("account",),
    ("instance",),
    ("instance", "period"),
    ("instance", "tags"),
    ("instance", "bindVpcs"),
    ("keys",),
    ("secrets",),
    ("applications",),
    ("suppressions",),
]


def _set(path, value):
    context = {}
    target = context
    for key in path[:-1]:
        target = target.setdefault(key, {})
    target[path[-1]] = value
    return context


@pytest.mark.parametrize("path", KEYS, ids=[".".join(k) for k in KEYS])
def test_junk_values_give_config_errors_never_crashes(path, tmp_path):
    from kms_keystore.app.build import build_app

    for value in JUNK:
        context = _set(path, value)
        with contextlib.suppress(ConfigError):
            build_app(context, str(tmp_path / "out"))


@pytest.mark.parametrize(
    "setting",
    [
        {"name": "shared-account"},
        {"region": "cn-shanghai"},
        {"profile": "admin"},
        {"deployers": {"users": ["deployer"]}},
    ],
    ids=lambda s: next(iter(s)),
)
def test_account_stack_settings_are_refused_with_layout_single(setting, tmp_path):
    with pytest.raises(ConfigError) as caught:
        build_app({"layout": "single", "accountStack": setting}, str(tmp_path))
    found = {p.where: p for p in caught.value.problems}
    key = next(iter(setting))

    assert f"accountStack.{key}" in found
    assert "layout 'split'" in found[f"accountStack.{key}"].allowed
    assert not (tmp_path / "manifest.json").exists()


def test_a_value_without_a_repr_of_its_own_is_shown_by_its_type_not_its_address():
    from cdktf import App, TerraformStack
    from cdktf_cdktf_provider_alicloud.vpc import Vpc

    from kms_keystore import InstanceSpec

    class Thing:
        pass

    vpc = Vpc(TerraformStack(App(), "team"), "Vpc", cidr_block="10.0.0.0/16")
    assert show_value(Thing()) == "'a Thing'"
    assert show_value(vpc) == "'a Vpc'"
    assert show_value([Thing(), "x", 5]) == "['a Thing', 'x', 5]"
    assert show_value(object()) == "'an object'"
    # reprs of their own that hold an address too
    assert show_value(zone for zone in "ab") == "'a generator'"
    assert show_value(show_value) == "'a function'"
    assert show_value(vpc.to_terraform) == "'a method'"
    # a value with a repr of its own keeps it: records, enums, dates
    assert show_value(InstanceSpec()).startswith("InstanceSpec(")
    assert show_value(datetime.date(2026, 12, 5)) == "datetime.date(2026, 12, 5)"
