"""Bad configuration fails before anything is written, naming path, field and value."""

from __future__ import annotations

import contextlib

import pytest
from kms_keystore import ConfigError
from kms_keystore.app import synth_to

NET = "kms-keystore/Network"
INST = "kms-keystore/Instance"
POL = "kms-keystore/CreatorPolicy"
CTX_NET = "context/network"
CTX_INST = "context/instance"
CTX_POL = "context/creatorPolicy"

EXISTING = {
    "vpcId": "vpc-bp1existing",
    "vswitchId": "vsw-bp1a",
    "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
}

# (id, context, path of the problem, field named, bad value)
CASES = [
    ("unknown-top-key", {"regoin": "cn-hangzhou"}, "context", "regoin", "cn-hangzhou"),
    ("name-whitespace", {"name": "bad name"}, "context", "name", "bad name"),
    (
        "deployment-name",
        {"deployments": [{"name": "bad name"}]},
        "context/deployments[0]",
        "name",
        "bad name",
    ),
    ("deployments-type", {"deployments": {"a": 1}}, "context", "deployments", {"a": 1}),
    ("region-syntax", {"region": "Hangzhou"}, "context", "region", "Hangzhou"),
    ("region-type", {"region": 7}, "context", "region", 7),
    ("name", {"name": "1-bad"}, "context", "name", "1-bad"),
    ("layout", {"layout": "triple"}, "context", "layout", "triple"),
    ("role-mode", {"roleMode": "steal"}, "context", "roleMode", "steal"),
    ("guard-mode", {"systemPolicyGuard": "maybe"}, "context", "systemPolicyGuard", "maybe"),
    (
        "policy-name-chars",
        {"creatorPolicy": {"name": "bad_name!"}},
        POL,
        "policy_name",
        "bad_name!",
    ),
    ("policy-name-long", {"creatorPolicy": {"name": "a" * 129}}, POL, "policy_name", "a" * 129),
    (
        "policy-desc-long",
        {"creatorPolicy": {"description": "d" * 1025}},
        POL,
        "description",
        "d" * 1025,
    ),
    ("policy-user-name", {"creatorPolicy": {"users": ["bad user"]}}, POL, "users[0]", "bad user"),
    ("policy-group-name", {"creatorPolicy": {"groups": ["g" * 65]}}, POL, "groups[0]", "g" * 65),
    ("policy-role-name", {"creatorPolicy": {"roles": ["r/1"]}}, POL, "roles[0]", "r/1"),
    ("policy-users-type", {"creatorPolicy": {"users": "deployer"}}, CTX_POL, "users", "deployer"),
    ("policy-duplicate-user", {"creatorPolicy": {"users": ["a", "a"]}}, POL, "users", ["a"]),
    ("policy-unknown-key", {"creatorPolicy": {"user": ["a"]}}, CTX_POL, "user", ["a"]),
    ("vpc-cidr-syntax", {"network": {"vpcCidr": "10.0.0.0/33"}}, NET, "vpc_cidr", "10.0.0.0/33"),
    ("vpc-cidr-public", {"network": {"vpcCidr": "8.8.0.0/16"}}, NET, "vpc_cidr", "8.8.0.0/16"),
    ("vpc-cidr-host-bits", {"network": {"vpcCidr": "10.0.0.1/16"}}, NET, "vpc_cidr", "10.0.0.1/16"),
    (
        "vswitch-outside-vpc",
        {"network": {"vswitch": {"cidrBlock": "10.99.1.0/24"}}},
        NET,
        "vswitch.cidr_block",
        "10.99.1.0/24",
    ),
    (
        "vswitch-too-small",
        {"network": {"vswitch": {"cidrBlock": "10.20.1.0/30"}}},
        NET,
        "vswitch.cidr_block",
        "10.20.1.0/30",
    ),
    (
        "vswitch-zone-other-region",
        {"network": {"vswitch": {"zoneId": "cn-shanghai-e"}}},
        NET,
        "vswitch.zone_id",
        "cn-shanghai-e",
    ),
    (
        "vswitch-zone-not-an-instance-zone",
        {"network": {"vswitch": {"zoneId": "cn-hangzhou-h"}}},
        NET,
        "vswitch.zone_id",
        "cn-hangzhou-h",
    ),
    (
        "zone-of-other-region",
        {"network": {"zoneIds": ["cn-hangzhou-k", "cn-shanghai-e"]}},
        NET,
        "zone_ids[1]",
        "cn-shanghai-e",
    ),
    (
        "zone-hyphen-outside-mainland",
        {
            "region": "ap-southeast-1",
            "network": {"zoneIds": ["ap-southeast-1-a", "ap-southeast-1b"]},
        },
        NET,
        "zone_ids[0]",
        "ap-southeast-1-a",
    ),
    (
        "zone-without-hyphen-in-mainland",
        {"network": {"zoneIds": ["cn-hangzhouk", "cn-hangzhou-j"]}},
        NET,
        "zone_ids[0]",
        "cn-hangzhouk",
    ),
    (
        "one-zone-only",
        {"network": {"zoneIds": ["cn-hangzhou-k", "cn-hangzhou-k"]}},
        NET,
        "zone_ids",
        ["cn-hangzhou-k", "cn-hangzhou-k"],
    ),
    (
        "three-zones",
        {"network": {"zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j", "cn-hangzhou-h"]}},
        NET,
        "zone_ids",
        ["cn-hangzhou-k", "cn-hangzhou-j", "cn-hangzhou-h"],
    ),
    (
        "two-vswitches",
        {
            "network": {
                "vswitches": [
                    {"zoneId": "cn-hangzhou-k", "cidrBlock": "10.20.1.0/24"},
                    {"zoneId": "cn-hangzhou-j", "cidrBlock": "10.20.2.0/24"},
                ]
            }
        },
        CTX_NET,
        "vswitches",
        [
            {"zoneId": "cn-hangzhou-k", "cidrBlock": "10.20.1.0/24"},
            {"zoneId": "cn-hangzhou-j", "cidrBlock": "10.20.2.0/24"},
        ],
    ),
    (
        "vswitch-unknown-key",
        {"network": {"vswitch": {"zone": "cn-hangzhou-k"}}},
        f"{CTX_NET}/vswitch",
        "zone",
        "cn-hangzhou-k",
    ),
    ("other-region-default-network", {"region": "cn-beijing"}, NET, "zone_ids", []),
    ("existing-vpc-id", {"network": {**EXISTING, "vpcId": "vnet-1"}}, NET, "vpc_id", "vnet-1"),
    (
        "existing-vswitch-id",
        {"network": {**EXISTING, "vswitchId": "bp1b"}},
        NET,
        "vswitch_id",
        "bp1b",
    ),
    (
        "existing-two-vswitches",
        {"network": {**EXISTING, "vswitchIds": ["vsw-bp1a", "vsw-bp1b"]}},
        CTX_NET,
        "vswitchIds",
        ["vsw-bp1a", "vsw-bp1b"],
    ),
    (
        "existing-same-zone-twice",
        {"network": {**EXISTING, "zoneIds": ["cn-hangzhou-k"] * 2}},
        NET,
        "zone_ids",
        ["cn-hangzhou-k", "cn-hangzhou-k"],
    ),
    (
        "existing-vswitch-outside-zones",
        {"network": {**EXISTING, "vswitchZone": "cn-hangzhou-h"}},
        NET,
        "vswitch_zone",
        "cn-hangzhou-h",
    ),
    (
        "hardware-create",
        {"instance": {"productVersion": "5"}},
        INST,
        "product_version",
        "5",
    ),
    (
        "create-with-id",
        {"instance": {"id": "kst-hzz62ee1a1a9x8g"}},
        INST,
        "instance_id",
        "kst-hzz62ee1a1a9x8g",
    ),
    (
        "adopt-without-id",
        {"instance": {"mode": "adopt"}},
        INST,
        "instance_id/id_variable",
        [None, None],
    ),
    (
        "reference-bad-id",
        {"instance": {"mode": "reference", "id": "kms-1"}},
        INST,
        "instance_id",
        "kms-1",
    ),
    (
        "reference-bad-variable",
        {"instance": {"mode": "reference", "idVariable": "1x"}},
        INST,
        "id_variable",
        "1x",
    ),
    ("instance-mode", {"instance": {"mode": "buy"}}, INST, "mode", "buy"),
    (
        "reference-with-network",
        {"instance": {"mode": "reference", "id": "kst-hzz62ee1a1a9x8g"}, "network": EXISTING},
        "kms-keystore",
        "network",
        "given",
    ),
    ("product-version", {"instance": {"productVersion": "4"}}, INST, "product_version", "4"),
    ("payment-type", {"instance": {"paymentType": "Monthly"}}, INST, "payment_type", "Monthly"),
    ("period", {"instance": {"period": 5}}, INST, "period", 5),
    ("spec", {"instance": {"spec": 500}}, INST, "spec", 500),
    ("key-num-low", {"instance": {"keyNum": 99}}, INST, "key_num", 99),
    ("key-num-high", {"instance": {"keyNum": 100001}}, INST, "key_num", 100001),
    ("secret-num", {"instance": {"secretNum": -1}}, INST, "secret_num", -1),
    ("vpc-num", {"instance": {"vpcNum": 10001}}, INST, "vpc_num", 10001),
    ("renew-status", {"instance": {"renewStatus": "Auto"}}, INST, "renew_status", "Auto"),
    ("renew-period-high", {"instance": {"renewPeriod": 37}}, INST, "renew_period", 37),
    ("renew-period-zero-auto", {"instance": {"renewPeriod": 0}}, INST, "renew_period", 0),
    ("renewal-unit", {"instance": {"renewalPeriodUnit": "W"}}, INST, "renewal_period_unit", "W"),
    ("log", {"instance": {"log": "yes"}}, INST, "log", "yes"),
    ("log-storage", {"instance": {"logStorage": 500001}}, INST, "log_storage", 500001),
    ("subscription-without-period", {"instance": {"period": None}}, INST, "period", None),
    (
        "payg-with-period",
        {"instance": {"paymentType": "PayAsYouGo", "period": 12}},
        INST,
        "period",
        12,
    ),
    ("key-num-type", {"instance": {"keyNum": "1000"}}, CTX_INST, "keyNum", "1000"),
    (
        "deletion-protection-type",
        {"instance": {"deletionProtection": "yes"}},
        CTX_INST,
        "deletionProtection",
        "yes",
    ),
    ("instance-name", {"instance": {"name": "-kms"}}, INST, "instance_name", "-kms"),
    (
        "instance-unknown-key",
        {"instance": {"edition": "hardware"}},
        CTX_INST,
        "edition",
        "hardware",
    ),
    (
        "tag-key-reserved",
        {"instance": {"tags": {"aliyun-x": "1"}}},
        INST,
        "tags['aliyun-x']",
        "aliyun-x",
    ),
    ("tag-value-type", {"instance": {"tags": {"team": 3}}}, INST, "tags['team']", 3),
    (
        "bind-vpc-region",
        {
            "instance": {
                "bindVpcs": [{"vpcId": "vpc-bp1o", "vswitchId": "vsw-bp1o", "regionId": "Hangzhou"}]
            }
        },
        f"{INST}/bind_vpcs[0]",
        "region_id",
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
        f"{INST}/bind_vpcs[0]",
        "vpc_owner_id",
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
    ("context", "path", "field", "value"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_input_is_named_and_nothing_is_written(context, path, field, value, previous_output):
    before = snapshot_tree(previous_output.parent)

    with pytest.raises(ConfigError) as caught:
        synth_to(context, previous_output)

    named = [(p.path, p.field, p.value) for p in caught.value.problems]
    assert (path, field, value) in named, named
    assert f"{field} = {value!r}" in str(caught.value)
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

    fields = {p.field for p in caught.value.problems}
    assert {"layout", "spec", "period", "policy_name"} <= fields
    assert str(caught.value).startswith("4 configuration problems; nothing was written:")


def test_constructs_used_directly_report_their_path():
    from cdktf import App
    from kms_keystore import InstanceSpec, KeyStoreInstance, KeyStoreNetwork, KeyStoreStack
    from kms_keystore.core.config import parse_deployment
    from kms_keystore.validation import problems_of

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
    from kms_keystore.app import build_app

    for value in JUNK:
        context = _set(path, value)
        with contextlib.suppress(ConfigError):
            build_app(context, str(tmp_path / "out"))
