"""Values a careless user or an attacker writes: refused by name, never passed on."""

from __future__ import annotations

import copy
import json

import pytest

from kms_keystore.config import read_deployments

KEY = {"name": "k"}
APP = {"name": "a", "sourceIps": ["10.0.0.1"], "keys": ["k"]}
EXISTING = {
    "vpcId": "vpc-bp1existing",
    "vswitchId": "vsw-bp1a",
    "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
}
BIND = {"vpcId": "vpc-bp1o", "vswitchId": "vsw-bp1o", "regionId": "cn-hangzhou"}
ZONES = ["cn-hangzhou-k", "cn-hangzhou-j"]
VSWITCH = {"zoneId": "cn-hangzhou-k", "cidrBlock": "10.20.1.0/24"}
FULL = {
    "name": "kms-prod",
    "region": "cn-hangzhou",
    "assumeRole": {"roleArn": "acs:ram::1234567890123456:role/deployer", "sessionName": "ci"},
    "backend": {"type": "oss", "bucket": "state-bucket"},
    "creatorPolicy": {"name": "creator", "users": ["deployer"]},
    "network": {"name": "kms-net", "vpcCidr": "10.20.0.0/16", "zoneIds": ZONES, "vswitch": VSWITCH},
    "instance": {"name": "kms-instance", "vpcNum": 2, "bindVpcs": [BIND]},
    "keys": [{**KEY, "aliases": ["alias/k"], "rotationInterval": "365d"}],
    "secrets": [{"name": "s", "encryptionKey": "k", "dataVariable": "s_value"}],
    "applications": [
        {**APP, "passwordVariable": "a_password", "notBefore": "2027-01-01T00:00:00Z"}
    ],
}

# every value checked against a pattern, as (path to it in FULL, the path named)
PATTERNED = [
    (("name",), "name"),
    (("region",), "region"),
    (("assumeRole", "roleArn"), "assumeRole.roleArn"),
    (("assumeRole", "sessionName"), "assumeRole.sessionName"),
    (("backend", "bucket"), "backend.bucket"),
    (("creatorPolicy", "name"), "creatorPolicy.name"),
    (("creatorPolicy", "users", 0), "creatorPolicy.users[0]"),
    (("network", "name"), "network.name"),
    (("network", "zoneIds", 0), "network.zoneIds[0]"),
    (("network", "vswitch", "zoneId"), "network.vswitch.zoneId"),
    (("network", "vswitch", "cidrBlock"), "network.vswitch.cidrBlock"),
    (("instance", "name"), "instance.name"),
    (("instance", "bindVpcs", 0, "vpcId"), "instance.bindVpcs[0].vpcId"),
    (("instance", "bindVpcs", 0, "regionId"), "instance.bindVpcs[0].regionId"),
    (("keys", 0, "name"), "keys[0].name"),
    (("keys", 0, "aliases", 0), "keys[0].aliases[0]"),
    (("keys", 0, "rotationInterval"), "keys[0].rotationInterval"),
    (("secrets", 0, "name"), "secrets[0].name"),
    (("secrets", 0, "dataVariable"), "secrets[0].dataVariable"),
    (("applications", 0, "name"), "applications[0].name"),
    (("applications", 0, "passwordVariable"), "applications[0].passwordVariable"),
    (("applications", 0, "sourceIps", 0), "applications[0].sourceIps[0]"),
    (("applications", 0, "notBefore"), "applications[0].notBefore"),
]


def problems(context):
    _, check = read_deployments(context)
    return {p.where: p for p in check.problems}


def with_value(path, change):
    context = copy.deepcopy(FULL)
    target = context
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = change(target[path[-1]])
    return context


def test_the_full_configuration_is_valid():
    assert problems(FULL) == {}


@pytest.mark.parametrize(("path", "where"), PATTERNED, ids=[p[1] for p in PATTERNED])
@pytest.mark.parametrize("suffix", ["\n", " ", "\u0661"], ids=["newline", "space", "arabic-1"])
def test_patterns_match_the_whole_value(path, where, suffix):
    found = problems(with_value(path, lambda v: v + suffix))

    assert where in found, found


def test_two_zones_differing_by_a_newline_are_refused():
    zones = [ZONES[0], ZONES[0] + "\n"]

    assert "network.zoneIds[1]" in problems({"network": {"zoneIds": zones}})


COLLISIONS = [
    (
        "secret-variables-after-sanitising",
        {
            "keys": [KEY],
            "secrets": [
                {"name": "db.pass", "encryptionKey": "k"},
                {"name": "db_pass", "encryptionKey": "k"},
            ],
        },
        "secrets[1].name",
        "already the variable of secrets[0]",
    ),
    (
        "secret-variable-is-a-password-variable",
        {
            "keys": [KEY],
            "secrets": [
                {"name": "s", "encryptionKey": "k", "dataVariable": "a_client_key_password"}
            ],
            "applications": [APP],
        },
        "applications[0].name",
        "already the variable of secrets[0]",
    ),
    (
        "instance-id-variable-is-a-secret-variable",
        {
            "instance": {"mode": "reference", "idVariable": "db_secret_data"},
            "keys": [KEY],
            "secrets": [{"name": "db", "encryptionKey": "k"}],
        },
        "secrets[0].name",
        "already the variable of instance",
    ),
    (
        "key-file-shared-by-two-applications",
        {
            "keys": [KEY],
            "applications": [
                {**APP, "privateKeyDataFile": "../../../k.json"},
                {**APP, "name": "b", "privateKeyDataFile": "../../../k.json"},
            ],
        },
        "applications[1].privateKeyDataFile",
        "writes its client key there too",
    ),
    (
        "key-file-not-in-the-form-an-export-rewrites",  # helper-68 E5
        {"keys": [KEY], "applications": [{**APP, "privateKeyDataFile": "../../.././k.json"}]},
        "applications[0].privateKeyDataFile",
        "a path written as ../../../ and then <folder>/<file>",
    ),
    (
        "key-files-differing-only-in-case",  # one file on macOS and Windows
        {
            "keys": [KEY],
            "applications": [
                {**APP, "privateKeyDataFile": "../../../secrets/App.json"},
                {**APP, "name": "b", "privateKeyDataFile": "../../../secrets/app.json"},
            ],
        },
        "applications[1].privateKeyDataFile",
        "writes its client key there too",
    ),
    (
        "key-files-differing-only-in-accent-composition",  # one file on macOS
        {
            "keys": [KEY],
            "applications": [
                {**APP, "privateKeyDataFile": "../../../secrets/caf\u00e9.json"},
                {**APP, "name": "b", "privateKeyDataFile": "../../../secrets/cafe\u0301.json"},
            ],
        },
        "applications[1].privateKeyDataFile",
        "writes its client key there too",
    ),
    (
        "key-files-differing-only-in-a-final-sigma",  # one file on macOS and Windows
        {
            "keys": [KEY],
            "applications": [
                {**APP, "privateKeyDataFile": "../../../secrets/a\u03c2.json"},
                {**APP, "name": "b", "privateKeyDataFile": "../../../secrets/A\u03a3.json"},
            ],
        },
        "applications[1].privateKeyDataFile",
        "writes its client key there too",
    ),
    (
        "key-file-shared-across-deployments",
        {"keys": [KEY], "applications": [APP], "deployments": [{"name": "one"}, {"name": "two"}]},
        "applications[0].privateKeyDataFile",
        "one/a writes its client key there too",
    ),
    (
        "key-file-inside-the-stack-directory",
        {"keys": [KEY], "applications": [{**APP, "privateKeyDataFile": "a.json"}]},
        "applications[0].privateKeyDataFile",
        "the next synth deletes",
    ),
    (
        "key-file-back-inside-the-output-directory",
        {"keys": [KEY], "applications": [{**APP, "privateKeyDataFile": "../../../cdktf.out/a"}]},
        "applications[0].privateKeyDataFile",
        "outside the output directory",
    ),
    (
        "application-name-too-long-once-suffixed",
        {"keys": [KEY], "applications": [{**APP, "name": "a" * 57}]},
        "applications[0].name",
        "at most 56 characters",
    ),
    (
        "network-name-too-long-once-suffixed",
        {"network": {"name": "n" * 120}},
        "network.name",
        "at most 114 characters",
    ),
    (
        "alias-twice-in-one-key",
        {"keys": [{**KEY, "aliases": ["alias/a", "alias/a"]}]},
        "keys[0].aliases[1]",
        "not given before",
    ),
    (
        "alias-in-two-keys",
        {"keys": [{**KEY, "aliases": ["alias/a"]}, {"name": "j", "aliases": ["alias/a"]}]},
        "keys[1].aliases[0]",
        "not taken by key 'k'",
    ),
    (
        "duplicate-key-name",
        {"keys": [KEY, KEY]},
        "keys[1].name",
        "a name not used before",
    ),
    (
        "same-source-ip-twice",
        {"keys": [KEY], "applications": [{**APP, "sourceIps": ["10.0.0.1", "10.0.0.1/32"]}]},
        "applications[0].sourceIps[1]",
        "not already in the list",
    ),
    (
        "deployment-names-collide-after-split",
        {
            "deployments": [
                {"name": "kms-a", "layout": "split"},
                {"name": "kms-a-account", "profile": "another-account"},
            ]
        },
        "deployments",
        "distinct stack names",
    ),
]


@pytest.mark.parametrize(
    ("context", "where", "words"), [c[1:] for c in COLLISIONS], ids=[c[0] for c in COLLISIONS]
)
def test_collisions_are_refused(context, where, words):
    found = problems(context)

    assert where in found, found
    assert words in str(found[where])


RESERVED = ["count", "for_each", "source", "version", "providers", "lifecycle", "depends_on"]
VARIABLE_FIELDS = [
    ({"instance": {"mode": "reference", "idVariable": "{}"}}, "instance.idVariable"),
    (
        {"keys": [KEY], "secrets": [{"name": "s", "encryptionKey": "k", "dataVariable": "{}"}]},
        "secrets[0].dataVariable",
    ),
    (
        {"keys": [KEY], "applications": [{**APP, "passwordVariable": "{}"}]},
        "applications[0].passwordVariable",
    ),
]


@pytest.mark.parametrize("name", [*RESERVED, "locals"])
@pytest.mark.parametrize(("context", "where"), VARIABLE_FIELDS, ids=[v[1] for v in VARIABLE_FIELDS])
def test_terraform_reserved_variable_names_are_refused(context, where, name):
    found = problems(json.loads(json.dumps(context).replace('"{}"', json.dumps(name))))

    assert where in found, found
    assert "does not reserve" in str(found[where])


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "0.0.0.0/8", "240.0.0.0/4", "169.254.0.1", "100.64.0.1", "192.0.2.1", "8.8.8.8"],
)
def test_only_rfc1918_addresses_count_as_private(address):
    found = problems({"keys": [KEY], "applications": [{**APP, "sourceIps": [address]}]})

    assert "applications[0].sourceIps[0]" in found


@pytest.mark.parametrize("cidr", ["127.0.0.0/16", "100.64.0.0/16", "198.18.0.0/16"])
def test_vpc_cidr_must_be_rfc1918(cidr):
    assert "network.vpcCidr" in problems({"network": {"vpcCidr": cidr}})


LIMITS = [
    ("tags", {"instance": {"tags": {f"t{i}": "v" for i in range(21)}}}, "instance.tags"),
    (
        "asymmetric-secret-key",
        {
            "keys": [{"name": "k", "keySpec": "RSA_2048"}],
            "secrets": [{"name": "s", "encryptionKey": "k"}],
        },
        "secrets[0].encryptionKey",
    ),
    (
        "key-quota",
        {"instance": {"keyNum": 100}, "keys": [{"name": f"k{i}"} for i in range(101)]},
        "instance.keyNum",
    ),
    (
        "secret-quota",
        {
            "instance": {"secretNum": 0},
            "keys": [KEY],
            "secrets": [{"name": "s", "encryptionKey": "k"}],
        },
        "instance.secretNum",
    ),
    ("vpc-quota", {"instance": {"vpcNum": 1, "bindVpcs": [BIND]}}, "instance.vpcNum"),
    (
        "rfc3339-space",
        {"keys": [KEY], "applications": [{**APP, "notAfter": "2027-01-01 00:00:00Z"}]},
        "applications[0].notAfter",
    ),
    (
        "rfc3339-no-seconds",
        {"keys": [KEY], "applications": [{**APP, "notAfter": "2027-01-01T00:00Z"}]},
        "applications[0].notAfter",
    ),
    (
        "rfc3339-no-offset",
        {"keys": [KEY], "applications": [{**APP, "notAfter": "2027-01-01T00:00:00"}]},
        "applications[0].notAfter",
    ),
    (
        "rfc3339-after-year-9999-in-utc",
        {"keys": [KEY], "applications": [{**APP, "notAfter": "9999-12-31T23:59:59-01:00"}]},
        "applications[0].notAfter",
    ),
    (
        "rfc3339-before-year-1-in-utc",
        {"keys": [KEY], "applications": [{**APP, "notBefore": "0001-01-01T00:00:00+01:00"}]},
        "applications[0].notBefore",
    ),
    (
        "rotation-interval-leading-zero",
        {"keys": [{**KEY, "rotationInterval": "0365d"}]},
        "keys[0].rotationInterval",
    ),
    (
        "rfc3339-basic-format",
        {"keys": [KEY], "applications": [{**APP, "notAfter": "20270101T000000Z"}]},
        "applications[0].notAfter",
    ),
]


@pytest.mark.parametrize(("context", "where"), [c[1:] for c in LIMITS], ids=[c[0] for c in LIMITS])
def test_api_limits_are_checked_at_synth(context, where):
    assert where in problems(context)


def test_quotas_hold_what_is_declared():
    context = {
        "instance": {"keyNum": 100, "secretNum": 1, "vpcNum": 2, "bindVpcs": [BIND]},
        "keys": [{"name": f"k{i}"} for i in range(100)],
        "secrets": [{"name": "s", "encryptionKey": "k0"}],
    }

    assert problems(context) == {}


def test_rfc3339_with_fraction_and_offset_is_accepted():
    app = {**APP, "notBefore": "2027-01-01T00:00:00.5+08:00", "notAfter": "2027-01-02T00:00:00Z"}

    assert problems({"keys": [KEY], "applications": [app]}) == {}


IGNORED_BEFORE = [
    ("backend-without-type", {"backend": {"bucket": "state-bucket"}}, "backend.type"),
    (
        "nested-deployments",
        {"deployments": [{"name": "a", "deployments": []}]},
        "deployments[0].deployments",
    ),
    ("null-for-a-default", {"region": None}, "region"),
    ("deployment-not-an-object", {"deployments": ["a"]}, "deployments[0]"),
]


@pytest.mark.parametrize(
    ("context", "where"), [c[1:] for c in IGNORED_BEFORE], ids=[c[0] for c in IGNORED_BEFORE]
)
def test_input_that_was_ignored_is_refused(context, where):
    assert where in problems(context)


def test_deployments_sharing_an_account_name_the_setting_they_differ_in():
    deployments = [
        {"name": "aa", "layout": "split", "creatorPolicy": {"users": ["x"]}},
        {"name": "bb", "layout": "split"},
    ]
    found = problems({"keys": [KEY], "deployments": deployments})

    assert "creatorPolicy.users" in found, found
    message = str(found["creatorPolicy.users"])
    assert "{'aa': ['x'], 'bb': []}" in message
    assert "Spec(" not in message


def test_client_key_validity_is_told_in_the_configuration_keys():
    app = {**APP, "notBefore": "2028-01-01T00:00:00Z", "notAfter": "2027-01-01T00:00:00Z"}
    found = problems({"keys": [KEY], "applications": [app]})

    assert "a time after notBefore (2028-01-01T00:00:00Z)" in str(found["applications[0].notAfter"])


def test_key_files_that_no_file_system_takes_for_one_are_both_accepted():
    """ß is not ss on any disk; case and accent composition are compared, nothing more."""
    context = {
        "keys": [KEY],
        "applications": [
            {**APP, "privateKeyDataFile": "../../../secrets/stra\u00dfe.json"},
            {**APP, "name": "b", "privateKeyDataFile": "../../../secrets/strasse.json"},
        ],
    }

    assert problems(context) == {}
