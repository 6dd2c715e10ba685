"""KmsKeyStore in a team's own stack: its provider, its VPC, its RAM user, loud on mistakes."""

from __future__ import annotations

import json
from enum import IntEnum
from pathlib import Path
from typing import Any

import pytest
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider
from cdktf_cdktf_provider_alicloud.ram_user import RamUser
from cdktf_cdktf_provider_alicloud.vpc import Vpc
from cdktf_cdktf_provider_alicloud.vswitch import Vswitch

from constructs import Construct
from kms_keystore import (
    ApplicationAccess,
    ApplicationSpec,
    BindVpcSpec,
    ConfigError,
    CreatorPolicySpec,
    ExistingNetworkSpec,
    InstanceSpec,
    KeySpec,
    KeyStoreDeployerPolicy,
    KeyStoreInstance,
    KeyStoreKey,
    KeyStoreNetwork,
    KeyStoreSecret,
    KeyStoreServiceLinkedRole,
    KmsKeyStore,
    NewNetworkSpec,
    RoleMode,
    SecretSpec,
    ServiceLinkedRoleCreatorPolicy,
)
from kms_keystore.app.build import synthesize

from .support import (
    only,
    read_stacks,
    resources,
    terraform_offline,
    terraform_offline_available,
)

ZONES = ["cn-hangzhou-k", "cn-hangzhou-j"]


class TeamStack(TerraformStack):
    """What a platform team writes: its own provider, VPC, vSwitch and deployer user."""

    def __init__(self, scope: App, id: str) -> None:
        super().__init__(scope, id)
        AlicloudProvider(self, "alicloud", region="cn-hangzhou")
        self.vpc = Vpc(self, "TeamVpc", vpc_name="team", cidr_block="10.30.0.0/16")
        self.vswitch = Vswitch(
            self, "TeamVsw", vpc_id=self.vpc.id, cidr_block="10.30.1.0/24", zone_id=ZONES[0]
        )
        self.deployer = RamUser(self, "Deployer", name="team-deployer")


def _synth(app: App, outdir: Path) -> dict[str, Any]:
    app.synth()
    return read_stacks(outdir)


def test_the_drop_in_uses_the_teams_network_and_user_by_reference(tmp_path):
    app = App(outdir=str(tmp_path))
    team = TeamStack(app, "team")
    store = KmsKeyStore(
        team,
        "KeyStore",
        region="cn-hangzhou",
        vpc=team.vpc,
        vswitch=team.vswitch,
        zone_ids=ZONES,
        users=[team.deployer],
        keys=[KeySpec(name="orders")],
    )
    document = _synth(app, tmp_path)["team"]

    user, _ = only(resources(document, "alicloud_ram_user"))
    vpc, _ = only(resources(document, "alicloud_vpc"))
    vsw, _ = only(resources(document, "alicloud_vswitch"))
    _, attachment = only(resources(document, "alicloud_ram_user_policy_attachment"))
    assert attachment["user_name"] == f"${{alicloud_ram_user.{user}.name}}"
    name, instance = only(resources(document, "alicloud_kms_instance"))
    assert name.startswith("KeyStore_Instance_")
    assert instance["vpc_id"] == f"${{alicloud_vpc.{vpc}.id}}"
    assert instance["vswitch_ids"] == [f"${{alicloud_vswitch.{vsw}.id}}"]
    assert instance["zone_ids"] == ZONES
    # apart: the zone is known at plan, a new VPC's ID only at apply
    in_zone, same_vpc = instance["lifecycle"]["precondition"]
    assert f"alicloud_vswitch.{vsw}.zone_id" in in_zone["condition"]
    assert f"alicloud_vswitch.{vsw}.vpc_id" in same_vpc["condition"]
    assert instance["lifecycle"]["prevent_destroy"] is True
    role, _ = only(resources(document, "alicloud_resource_manager_service_linked_role"))
    attachment_name, _ = only(resources(document, "alicloud_ram_user_policy_attachment"))
    assert instance["depends_on"] == [
        f"alicloud_resource_manager_service_linked_role.{role}",
        f"alicloud_ram_user_policy_attachment.{attachment_name}",
    ]
    _, key = only(resources(document, "alicloud_kms_key"))
    assert key["dkms_instance_id"] == f"${{alicloud_kms_instance.{name}.id}}"
    assert "kms_keystore_system_policy_drift" in document["check"]  # the drift guard
    assert document["provider"] == {"alicloud": [{"region": "cn-hangzhou"}]}  # the team's own
    assert store.instance_id.startswith("${TfToken[")


def _id_stack(outdir: Path, vpc_id: str, vswitch_id: str) -> Path:
    app = App(outdir=str(outdir))
    stack = TerraformStack(app, "ids")
    AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    KmsKeyStore(
        stack,
        "KeyStore",
        region="cn-hangzhou",
        vpc=vpc_id,
        vswitch=vswitch_id,
        zone_ids=ZONES,
        account_objects=False,
    )
    app.synth()
    return outdir / "stacks" / "ids"


def test_a_vswitch_given_by_id_is_looked_up_and_checked_before_the_instance(tmp_path):
    folder = _id_stack(tmp_path, "vpc-bp1team", "vsw-bp1team")
    document = json.loads((folder / "cdk.tf.json").read_text(encoding="utf-8"))
    lookup, block = only(document["data"]["alicloud_vswitches"])
    assert block["ids"] == ["vsw-bp1team"]
    _, instance = only(resources(document, "alicloud_kms_instance"))
    (check,) = instance["lifecycle"]["precondition"]
    assert f"data.alicloud_vswitches.{lookup}.vswitches" in check["condition"]
    assert "not in its VPC" in check["error_message"]


@pytest.mark.terraform
@pytest.mark.parametrize(
    ("found", "passes"),
    [
        ({"vpc_id": "vpc-bp1team", "zone_id": "cn-hangzhou-k"}, True),
        ({"vpc_id": "vpc-bp1other", "zone_id": "cn-hangzhou-k"}, False),
        ({"vpc_id": "vpc-bp1team", "zone_id": "cn-hangzhou-h"}, False),
    ],
)
def test_the_plan_fails_before_the_purchase_when_the_vswitch_is_elsewhere(tmp_path, found, passes):
    reason = terraform_offline_available()
    if reason:
        pytest.skip(reason)
    folder = _id_stack(tmp_path / "out", "vpc-bp1team", "vsw-bp1team")
    fixture = tmp_path / "data.json"
    vswitch = {"id": "vsw-bp1team", **found}
    fixture.write_text(
        json.dumps({"alicloud_vswitches": {"ids": ["vsw-bp1team"], "vswitches": [vswitch]}}),
        encoding="utf-8",
    )
    if passes:
        output = terraform_offline([folder], mode="plan", data=fixture, strict=True)
        assert "alicloud_kms_instance" in output
    else:
        with pytest.raises(AssertionError, match="not in its VPC"):
            terraform_offline([folder], mode="plan", data=fixture, strict=True)


# --- mistakes in hand-composed constructs: each stops app.synth() naming path and field ---


def _team() -> tuple[App, TeamStack]:
    app = App(outdir="/tmp/kms-never-written")
    return app, TeamStack(app, "team")


def _store(stack: TeamStack, **props: Any) -> KmsKeyStore:
    defaults: dict[str, Any] = {
        "region": "cn-hangzhou",
        "vpc": stack.vpc,
        "vswitch": stack.vswitch,
        "zone_ids": ZONES,
    }
    return KmsKeyStore(stack, "KeyStore", **{**defaults, **props})


class Ambiguous:
    """A sequence-like value whose truth cannot be asked, as a NumPy array's cannot."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> Any:
        return self.items[index]

    def __bool__(self) -> bool:
        raise ValueError("the truth value of this array is ambiguous")


class Months(IntEnum):
    """A team's own numbers, which the bindings cannot send to Node."""

    YEAR = 12


def _two_keys_by_hand(s: TeamStack, alias: str) -> None:
    instance = _store(s, keys=[KeySpec(name="app", aliases=["alias/app"])]).instance
    KeyStoreKey(s, "One", instance=instance, spec=KeySpec(name="one", aliases=["alias/one"]))
    KeyStoreKey(s, "Two", instance=instance, spec=KeySpec(name="two", aliases=[alias]))


def _two_secrets_by_hand(s: TeamStack) -> None:
    store = _store(s, keys=[KeySpec(name="app")])
    for id in ("One", "Two"):
        KeyStoreSecret(
            s,
            id,
            instance=store.instance,
            keys=store.keys,
            spec=SecretSpec(name="db", encryption_key="app", data_variable=f"db_{id}"),
        )


MISTAKES: dict[str, tuple[Any, str, str]] = {
    "two keys built by hand with one alias": (
        lambda s: _two_keys_by_hand(s, "alias/one"),
        "team/Two",
        "aliases[0] = 'alias/one' is not valid: a KMS alias not already declared in this "
        "stack (by team/One)",
    ),
    "a key built by hand with a store's alias": (
        lambda s: _two_keys_by_hand(s, "alias/app"),
        "team/Two",
        "aliases[0] = 'alias/app' is not valid: a KMS alias not already declared in this "
        "stack (by team/KeyStore)",
    ),
    "two secrets built by hand with one name": (
        _two_secrets_by_hand,
        "team/Two",
        "name = 'db' is not valid: a KMS secret not already declared in this stack (by team/One)",
    ),
    "a period given as a float": (
        lambda s: _store(s, instance=InstanceSpec(period=12.0)),
        "team/KeyStore/Instance",
        "period = 12.0 is not valid: one of 0, 1, 2, 3, 6, 12, 24, 36 (a plain int)",
    ),
    "one alias twice on one key": (
        lambda s: _store(s, keys=[KeySpec(name="a", aliases=["alias/x", "alias/x"])]),
        "team/KeyStore/Key-a",
        "aliases[1] = 'alias/x' is not valid",
    ),
    "a period given as an IntEnum": (
        lambda s: _store(s, instance=InstanceSpec(period=Months.YEAR)),
        "team/KeyStore/Instance",
        "period = Months.YEAR is not valid: one of 0, 1, 2, 3, 6, 12, 24, 36",
    ),
    "a role mode where no account objects are": (
        lambda s: _store(s, account_objects=False, role_mode=RoleMode.REFERENCE),
        "team/KeyStore",
        "role_mode = RoleMode.REFERENCE is not valid",
    ),
    # what the reader refuses of a configuration, made by hand (found by helper-51)
    "one alias on two keys of one store": (
        lambda s: _store(
            s,
            keys=[KeySpec(name="a", aliases=["alias/x"]), KeySpec(name="b", aliases=["alias/x"])],
        ),
        "team/KeyStore",
        "keys[1].aliases[0] = 'alias/x' is not valid: a KMS alias not taken already by "
        "keys[0].aliases[0]",
    ),
    "a secret on an asymmetric key": (
        lambda s: _store(
            s,
            keys=[KeySpec(name="sign", key_spec="RSA_2048", key_usage="SIGN/VERIFY")],
            secrets=[SecretSpec(name="db", encryption_key="sign")],
        ),
        "team/KeyStore/Secret-db",
        "encryption_key = 'sign' is not valid: a symmetric key (AES or SM4)",
    ),
    "an instance binding its own VPC": (
        lambda s: _store(
            s,
            vpc=None,
            vswitch=None,
            zone_ids=None,
            network=ExistingNetworkSpec(
                vpc_id="vpc-bp1team", vswitch_id="vsw-bp1team", zone_ids=tuple(ZONES)
            ),
            instance=InstanceSpec(
                bind_vpcs=[
                    BindVpcSpec(
                        vpc_id="vpc-bp1team", vswitch_id="vsw-bp1team", region_id="cn-hangzhou"
                    )
                ],
                vpc_num=2,
            ),
        ),
        "team/KeyStore/Instance",
        "bind_vpcs[0].vpc_id = 'vpc-bp1team' is not valid: another VPC than the instance's own",
    ),
    "fewer VPCs in the quota than the instance reaches": (
        lambda s: _store(
            s,
            instance=InstanceSpec(
                bind_vpcs=[
                    BindVpcSpec(
                        vpc_id="vpc-bp1other", vswitch_id="vsw-bp1other", region_id="cn-hangzhou"
                    )
                ],
                vpc_num=1,
            ),
        ),
        "team/KeyStore/Instance",
        "vpc_num = 1 is not valid: at least 2: its own VPC and each bound",
    ),
    "more secrets than the default instance's quota": (
        lambda s: _store(
            s,
            keys=[KeySpec(name="app")],
            secrets=[SecretSpec(name=f"s{i}", encryption_key="app") for i in range(101)],
        ),
        "team/KeyStore",
        "instance.secret_num = 100 is not valid: at least 101: the secrets declared",
    ),
    "keys of a kind whose truth is ambiguous": (
        lambda s: _store(s, keys=Ambiguous([KeySpec(name="a"), KeySpec(name="b")])),
        "team/KeyStore",
        "keys = 'an Ambiguous' is not valid: a list or tuple",
    ),
    # name: (build(stack), construct path, text the message must hold)
    "vpc token without a vswitch": (
        lambda s: _store(s, vswitch=None),
        "team/KeyStore/Network",
        "vswitch = None is not valid: a Vswitch construct or its ID ('vsw-...'): the team's"
        " own network takes vpc, vswitch and zone_ids together",
    ),
    "vswitch without a vpc": (
        lambda s: _store(s, vpc=None),
        "team/KeyStore/Network",
        "vpc = None is not valid: a Vpc construct or its ID ('vpc-...')",
    ),
    "vpc id of the wrong kind": (
        lambda s: _store(s, vpc="vsw-bp1notavpc"),
        "team/KeyStore/Network",
        "vpc = 'vsw-bp1notavpc'",
    ),
    "zones missing": (
        lambda s: _store(s, zone_ids=None),
        "team/KeyStore/Network",
        "zone_ids = None",
    ),
    "zones of another region": (
        lambda s: _store(s, zone_ids=["ap-southeast-1a", "ap-southeast-1b"]),
        "team/KeyStore/Network",
        "zone_ids[0] = 'ap-southeast-1a'",
    ),
    "one zone only": (
        lambda s: _store(s, zone_ids=["cn-hangzhou-k"]),
        "team/KeyStore/Network",
        "exactly two distinct zones",
    ),
    "two ways to give the network": (
        lambda s: _store(
            s,
            network=ExistingNetworkSpec(vpc_id="vpc-bp1a", vswitch_id="vsw-bp1a", zone_ids=()),
        ),
        "team/KeyStore/Network",
        "exactly one way to give the network",
    ),
    "key name not allowed": (
        lambda s: _store(s, keys=[KeySpec(name="bad name!")]),
        "team/KeyStore/Key-bad name!",
        "name = 'bad name!'",
    ),
    "key given twice": (
        lambda s: _store(s, keys=[KeySpec(name="k"), KeySpec(name="k")]),
        "team/KeyStore",
        "keys = ['k']",
    ),
    "adopt without an id": (
        lambda s: _store(s, instance=InstanceSpec(mode="adopt")),
        "team/KeyStore/Instance",
        "instance_id",
    ),
    "hardware instance created": (
        lambda s: _store(s, instance=InstanceSpec(product_version="5")),
        "team/KeyStore/Instance",
        "product_version = '5'",
    ),
    "reference mode with a network": (
        lambda s: _store(s, instance=InstanceSpec(mode="reference", instance_id="kst-hzz1")),
        "team/KeyStore",
        "network = 'given'",
    ),
    "unknown role mode": (
        lambda s: _store(s, role_mode="make"),
        "team/KeyStore/ServiceLinkedRole",
        "mode = 'make'",
    ),
    "unknown guard mode": (
        lambda s: _store(s, guard_mode="loud"),
        "team/KeyStore/SystemPolicyGuard",
        "mode = 'loud'",
    ),
    "creator policy name not allowed": (
        lambda s: _store(s, creator_policy=CreatorPolicySpec(name="no spaces allowed")),
        "team/KeyStore/CreatorPolicy",
        "name = 'no spaces allowed'",
    ),
    "application asks for an unknown key": (
        lambda s: _store(
            s, applications=[ApplicationSpec(name="app", source_ips=("10.0.0.1",), keys=("x",))]
        ),
        "team/KeyStore/App-app",
        "'x'",
    ),
    "secret encrypted with an unknown key": (
        lambda s: _store(s, secrets=[SecretSpec(name="db", encryption_key="nokey")]),
        "team/KeyStore/Secret-db",
        "'nokey'",
    ),
    "instance without a network": (
        lambda s: KeyStoreInstance(s, "Lonely", network=None),
        "team/Lonely",
        "network = None",
    ),
    "account settings without account objects": (
        lambda s: _store(s, account_objects=False, users=[s.deployer], guard_mode="off"),
        "team/KeyStore",
        "account_objects=False",
    ),
    "a principal of the wrong kind": (
        lambda s: _store(s, users=[s.vpc]),
        "team/KeyStore/CreatorPolicy",
        "users[0] = 'a Vpc'",
    ),
    "the same principal twice": (
        lambda s: _store(s, users=[s.deployer, s.deployer]),
        "team/KeyStore/CreatorPolicy",
        "each principal at most once",
    ),
    "a region that is no region": (
        lambda s: _store(s, region="Mars"),
        "team/KeyStore",
        "region = 'Mars'",
    ),
    "the vpc given as a vswitch": (
        lambda s: _store(s, vpc=s.vswitch),
        "team/KeyStore/Network",
        "vpc = 'a Vswitch'",
    ),
    "a referenced instance given a network": (
        lambda s: KeyStoreInstance(
            s,
            "Lookup",
            network=KeyStoreNetwork(s, "Net", region="cn-hangzhou"),
            spec=InstanceSpec(mode="reference", instance_id="kst-hzz62ee1a1a9x8g"),
        ),
        "team/Lookup",
        "network = 'given'",
    ),
    "a second key store reusing a secret's variable": (
        lambda s: [
            _store(
                s, keys=[KeySpec(name="k")], secrets=[SecretSpec(name="db", encryption_key="k")]
            ),
            KmsKeyStore(
                s,
                "Second",
                region="cn-hangzhou",
                vpc=s.vpc,
                vswitch=s.vswitch,
                zone_ids=ZONES,
                account_objects=False,
                keys=[KeySpec(name="k")],
                secrets=[SecretSpec(name="db", encryption_key="k")],
            ),
        ],
        "team/Second",
        "already declared in this stack (by team/KeyStore)",
    ),
    "a second key store with its own account objects": (
        lambda s: [
            _store(s),
            KmsKeyStore(
                s, "Second", region="cn-hangzhou", vpc=s.vpc, vswitch=s.vswitch, zone_ids=ZONES
            ),
        ],
        "team/Second",
        "account_objects",
    ),
    "a cdktf token in a key description": (
        lambda s: _store(s, keys=[KeySpec(name="k", description="${TfToken[TOKEN.1]}")]),
        "team/KeyStore/Key-k",
        "description = '${TfToken[TOKEN.1]}'",
    ),
    "network of a region with no default zones": (
        lambda s: KeyStoreNetwork(s, "Net", region="eu-central-1"),
        "team/Net",
        "zone",
    ),
    # props of the wrong kind, as a hand-written app passes them: each one stops synthesis
    # with the field and the fix (before, an AttributeError or TypeError, or read wrongly)
    "a key given by its name": (
        lambda s: _store(s, keys=["app"]),
        "team/KeyStore",
        "keys[0] = 'app' is not valid: a KeySpec, such as KeySpec(name='app')",
    ),
    "one key not in a list": (
        lambda s: _store(s, keys=KeySpec(name="app")),
        "team/KeyStore",
        "keys = 'a KeySpec' is not valid: a list or tuple, each item a KeySpec",
    ),
    "a secret given by its name": (
        lambda s: _store(s, secrets=["db"]),
        "team/KeyStore",
        "secrets[0] = 'db' is not valid: a SecretSpec",
    ),
    "an application given as a dict": (
        lambda s: _store(s, applications=[{"name": "web"}]),
        "team/KeyStore",
        "applications[0] = 'a dict' is not valid: an ApplicationSpec",
    ),
    "the instance given as a mode": (
        lambda s: _store(s, instance="adopt"),
        "team/KeyStore",
        "instance = 'adopt' is not valid: None or an InstanceSpec",
    ),
    "the network given as a word": (
        lambda s: KmsKeyStore(s, "KeyStore", region="cn-hangzhou", network="new"),
        "team/KeyStore",
        "network = 'new' is not valid: None or a NewNetworkSpec or an ExistingNetworkSpec",
    ),
    "the creator policy given as a name": (
        lambda s: _store(s, creator_policy="MyPolicy"),
        "team/KeyStore",
        "creator_policy = 'MyPolicy' is not valid: None or a CreatorPolicySpec",
    ),
    "one role name not in a list": (
        lambda s: _store(s, roles="admin"),
        "team/KeyStore",
        "roles = 'admin' is not valid: a list or tuple, each item a name or a RamRole construct",
    ),
    "one user construct not in a list": (
        lambda s: _store(s, users=s.deployer),
        "team/KeyStore",
        "users = 'a RamUser' is not valid: a list or tuple",
    ),
    "account objects as a word": (
        lambda s: _store(s, account_objects="no"),
        "team/KeyStore",
        "account_objects = 'no' is not valid: True or False",
    ),
    "a creator policy's group name not in a list": (
        lambda s: ServiceLinkedRoleCreatorPolicy(s, "Creator", groups="ops"),
        "team/Creator",
        "groups = 'ops' is not valid: a list or tuple, each item a name or a RamGroup construct",
    ),
    "a deployer policy's user name not in a list": (
        lambda s: KeyStoreDeployerPolicy(s, "DeployerPolicy", stacks=[], users="deployer"),
        "team/DeployerPolicy",
        "users = 'deployer' is not valid: a list or tuple, each item a name or a RamUser construct",
    ),
    # a spec's list field given one string, which would be read a character at a time
    "the creator policy spec's users as one name": (
        lambda s: _store(s, creator_policy=CreatorPolicySpec(users="admin")),
        "team/KeyStore",
        "creator_policy.users = 'admin' is not valid: a list or tuple",
    ),
    "a key's aliases as one alias": (
        lambda s: _store(s, keys=[KeySpec(name="app", aliases="alias/app")]),
        "team/KeyStore/Key-app",
        "aliases = 'alias/app' is not valid: a list or tuple",
    ),
    "an application's addresses as one address": (
        lambda s: _store(
            s,
            keys=[KeySpec(name="app")],
            applications=[ApplicationSpec(name="web", source_ips="10.0.0.1", keys=("app",))],
        ),
        "team/KeyStore/App-web",
        "source_ips = '10.0.0.1' is not valid: a list or tuple",
    ),
    "an application's keys as one name": (
        lambda s: _store(
            s,
            keys=[KeySpec(name="app")],
            applications=[ApplicationSpec(name="web", source_ips=("10.0.0.1",), keys="app")],
        ),
        "team/KeyStore/App-web",
        "keys = 'app' is not valid: a list or tuple",
    ),
    "the instance's bound VPCs as one ID": (
        lambda s: _store(s, instance=InstanceSpec(bind_vpcs="vpc-1")),
        "team/KeyStore/Instance",
        "bind_vpcs = 'vpc-1' is not valid: a list or tuple, each item a BindVpcSpec",
    ),
    "a new network's zones as one zone": (
        lambda s: KmsKeyStore(
            s, "KeyStore", region="cn-hangzhou", network=NewNetworkSpec(zone_ids="cn-hangzhou-k")
        ),
        "team/KeyStore/Network",
        "zone_ids = 'cn-hangzhou-k' is not valid: a list of two zone IDs of 'cn-hangzhou'",
    ),
    "an existing network's zones as one zone": (
        lambda s: KmsKeyStore(
            s,
            "KeyStore",
            region="cn-hangzhou",
            network=ExistingNetworkSpec(
                vpc_id="vpc-1", vswitch_id="vsw-1", zone_ids="cn-hangzhou-k"
            ),
        ),
        "team/KeyStore/Network",
        "zone_ids = 'cn-hangzhou-k' is not valid: a list of two zone IDs of 'cn-hangzhou'",
    ),
    "a key construct given a name for its spec": (
        lambda s: KeyStoreKey(s, "Key", instance=_store(s).instance, spec="app"),
        "team/Key",
        "spec = 'app' is not valid: a KeySpec",
    ),
    "a key construct given an instance ID": (
        lambda s: KeyStoreKey(s, "Key", instance="kst-hzz1", spec=KeySpec(name="app")),
        "team/Key",
        "instance = 'kst-hzz1' is not valid: a KeyStoreInstance construct",
    ),
    "a secret construct given a list of keys": (
        lambda s: KeyStoreSecret(
            s,
            "Secret",
            instance=_store(s).instance,
            keys=["app"],
            spec=SecretSpec(name="db", encryption_key="app"),
        ),
        "team/Secret",
        "keys = 'a list' is not valid: the stack's keys by name",
    ),
    "an access construct given a name for its spec": (
        lambda s: ApplicationAccess(s, "App", instance=_store(s).instance, spec="web"),
        "team/App",
        "spec = 'web' is not valid: an ApplicationSpec",
    ),
    "an instance construct given a dict": (
        lambda s: KeyStoreInstance(s, "Inst", network=None, spec={"mode": "reference"}),
        "team/Inst",
        "spec = 'a dict' is not valid: None or an InstanceSpec",
    ),
    "a deployer policy given one stack": (
        lambda s: KeyStoreDeployerPolicy(s, "DeployerPolicy", stacks=s, users=["deployer"]),
        "team/DeployerPolicy",
        "stacks = 'a TeamStack' is not valid: a list or tuple, each item a TerraformStack",
    ),
    "a deployer policy given a stack's name": (
        lambda s: KeyStoreDeployerPolicy(s, "DeployerPolicy", stacks=["team"]),
        "team/DeployerPolicy",
        "stacks[0] = 'team' is not valid: a TerraformStack",
    ),
    "a deployer policy for no stack": (
        lambda s: KeyStoreDeployerPolicy(s, "DeployerPolicy", stacks=[], users=["deployer"]),
        "team/DeployerPolicy",
        "stacks = [] is not valid: at least one stack",
    ),
    "a deployer policy name with a space": (
        lambda s: KeyStoreDeployerPolicy(s, "DeployerPolicy", stacks=[s], policy_name="kms deploy"),
        "team/DeployerPolicy",
        "policy_name = 'kms deploy' is not valid: 1-128 characters: letters, digits and hyphens",
    ),
    "a deployer policy description as a number": (
        lambda s: KeyStoreDeployerPolicy(s, "DeployerPolicy", stacks=[s], description=5),
        "team/DeployerPolicy",
        "description = 5 is not valid: a string of at most 1024 characters",
    ),
    "a deployer policy description holding a reference": (
        lambda s: KeyStoreDeployerPolicy(
            s, "DeployerPolicy", stacks=[s], description=f"for {s.deployer.name}"
        ),
        "team/DeployerPolicy",
        "description = 'for ${TfToken[",
    ),
    "a role waiting on one resource, not a list": (
        lambda s: KeyStoreServiceLinkedRole(s, "Role", depends_on=s.deployer),
        "team/Role",
        "depends_on = 'a RamUser' is not valid: a list or tuple, each item a resource",
    ),
    "a role waiting on a name": (
        lambda s: KeyStoreServiceLinkedRole(s, "Role", depends_on=["team-deployer"]),
        "team/Role",
        "depends_on[0] = 'team-deployer' is not valid: a resource, data source or module",
    ),
    "a role waiting on a construct that only groups resources": (
        lambda s: KeyStoreServiceLinkedRole(s, "Role", depends_on=[Construct(s, "Group")]),
        "team/Role",
        "depends_on[0] = 'a Construct' is not valid: a resource, data source or module to wait "
        "for (a construct that only groups others is none",
    ),
    "an instance waiting on a key store": (
        lambda s: KeyStoreInstance(
            s,
            "Inst",
            network=None,
            spec=InstanceSpec(mode="reference", instance_id="kst-hzz62ee1a1a9x8g"),
            depends_on=[s.deployer, _store(s)],
        ),
        "team/Inst",
        "depends_on[1] = 'a KmsKeyStore' is not valid: a resource, data source or module",
    ),
    "a role's prevent_destroy as a word": (
        lambda s: KeyStoreServiceLinkedRole(s, "Role", prevent_destroy="yes"),
        "team/Role",
        "prevent_destroy = 'yes' is not valid: True or False",
    ),
    "an instance waiting on one resource, not a list": (
        lambda s: KeyStoreInstance(
            s,
            "Inst",
            network=None,
            spec=InstanceSpec(mode="reference", instance_id="kst-hzz62ee1a1a9x8g"),
            depends_on=s.deployer,
        ),
        "team/Inst",
        "depends_on = 'a RamUser' is not valid: a list or tuple, each item a resource",
    ),
    # found by the review of stop 40's changes: each was silent, partial or a traceback
    "a key's deletion protection unset by None": (
        lambda s: _store(s, keys=[KeySpec(name="app", deletion_protection=None)]),
        "team/KeyStore/Key-app",
        "deletion_protection = None is not valid: true or false",
    ),
    "a key's prevent_destroy unset by None": (
        lambda s: _store(s, keys=[KeySpec(name="app", prevent_destroy=None)]),
        "team/KeyStore/Key-app",
        "prevent_destroy = None is not valid: true or false",
    ),
    "a key's rotation as the provider's word": (
        lambda s: _store(s, keys=[KeySpec(name="app", automatic_rotation="Disabled")]),
        "team/KeyStore/Key-app",
        "automatic_rotation = 'Disabled' is not valid: true, false, or unset",
    ),
    "the instance's forced delete as a word": (
        lambda s: _store(s, instance=InstanceSpec(force_delete_without_backup="true")),
        "team/KeyStore/Instance",
        "force_delete_without_backup = 'true' is not valid: true, false, or unset",
    ),
    "the role's prevent_destroy unset by None": (
        lambda s: KeyStoreServiceLinkedRole(s, "Role", prevent_destroy=None),
        "team/Role",
        "prevent_destroy = None is not valid: True or False",
    ),
    "a secret given a key's ID where the key construct belongs": (
        lambda s: KeyStoreSecret(
            s,
            "Secret",
            instance=_store(s).instance,
            keys={"app": "key-hzz1"},
            spec=SecretSpec(name="db", encryption_key="app"),
        ),
        "team/Secret",
        "keys['app'] = 'key-hzz1' is not valid: a KeyStoreKey construct",
    ),
    "an access given a secret's spec where the secret construct belongs": (
        lambda s: ApplicationAccess(
            s,
            "App",
            instance=_store(s).instance,
            spec=ApplicationSpec(name="web", source_ips=("10.0.0.1",), secrets=("db",)),
            secrets={"db": SecretSpec(name="db", encryption_key="app")},
        ),
        "team/App",
        "secrets['db'] = 'a SecretSpec' is not valid: a KeyStoreSecret",
    ),
    "a network of no region": (
        lambda s: KeyStoreNetwork(s, "Net", region=None),
        "team/Net",
        "region = None is not valid: a region ID",
    ),
    "a key's aliases as None": (
        lambda s: _store(s, keys=[KeySpec(name="app", aliases=None)]),
        "team/KeyStore/Key-app",
        "aliases = None is not valid: a list or tuple",
    ),
    "an application's keys as None": (
        lambda s: _store(
            s,
            keys=[KeySpec(name="app")],
            applications=[ApplicationSpec(name="web", source_ips=("10.0.0.1",), keys=None)],
        ),
        "team/KeyStore/App-web",
        "keys = None is not valid: a list or tuple",
    ),
    "a key named by a list": (
        lambda s: _store(s, keys=[KeySpec(name=["app"])]),
        "team/KeyStore/Key-[0]",
        "name = ['app'] is not valid",
    ),
    "a zone given as a list": (
        lambda s: _store(s, zone_ids=[["cn-hangzhou-k"], "cn-hangzhou-j"]),
        "team/KeyStore/Network",
        "zone_ids[0] = ['cn-hangzhou-k'] is not valid: a zone ID",
    ),
    "a new network's zone given as a number": (
        lambda s: KmsKeyStore(
            s, "KeyStore", region="cn-hangzhou", network=NewNetworkSpec(zone_ids=[5, ZONES[1]])
        ),
        "team/KeyStore/Network",
        "zone_ids[0] = 5 is not valid: a zone ID",
    ),
    "a new network's vSwitch as a mapping": (
        lambda s: KmsKeyStore(
            s,
            "KeyStore",
            region="cn-hangzhou",
            network=NewNetworkSpec(vswitch={"cidr_block": "10.20.1.0/24"}),
        ),
        "team/KeyStore/Network",
        "vswitch = 'a dict' is not valid: a VSwitchSpec",
    ),
    "a deployer policy's user name RAM refuses": (
        lambda s: KeyStoreDeployerPolicy(s, "DeployerPolicy", stacks=[], users=["ci bot"]),
        "team/DeployerPolicy",
        "users[0] = 'ci bot' is not valid: 1-64 characters",
    ),
    "a deployer policy over a stack with the team's own resources": (
        lambda s: KeyStoreDeployerPolicy(s, "DeployerPolicy", stacks=[s]),
        "team/DeployerPolicy",
        "stacks[0] = 'team' is not valid: a stack of key store blocks only: this policy grants"
        " the provider's calls for the blocks this package declares, not for resource"
        " alicloud_ram_user",
    ),
    "zones given by a generator": (
        lambda s: _store(s, zone_ids=(zone for zone in ZONES)),
        "team/KeyStore/Network",
        "zone_ids = 'a generator' is not valid: the instance's two zones, as a list",
    ),
    "a secret whose key is looked up and missing": (
        lambda s: KeyStoreSecret(
            s,
            "Secret",
            instance=_store(s).instance,
            keys={"app": _store_keys(s).get("app")},
            spec=SecretSpec(name="db", encryption_key="app"),
        ),
        "team/Secret",
        "keys['app'] = None is not valid: a KeyStoreKey construct",
    ),
    "a description that is a construct": (
        lambda s: ServiceLinkedRoleCreatorPolicy(s, "Creator", description=s.deployer),
        "team/Creator",
        "description = 'a RamUser' is not valid",
    ),
    "a network construct given a word": (
        lambda s: KeyStoreNetwork(s, "Net", region="cn-hangzhou", existing="vpc-1"),
        "team/Net",
        "existing = 'vpc-1' is not valid: None or an ExistingNetworkSpec",
    ),
}


@pytest.mark.parametrize("name", sorted(MISTAKES))
def test_each_mistake_stops_app_synth_naming_path_and_field(name):
    build, path, text = MISTAKES[name]
    app, stack = _team()
    build(stack)
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    message = str(raised.value)
    assert f"[{path}] {path}: " in message, message
    assert text in message, message
    assert "is not valid" in message
    assert " at 0x" not in message  # no object's default repr, which holds its address
    with pytest.raises(ConfigError) as config_error:
        synthesize(app)
    assert any(p.path == path for p in config_error.value.problems)


def test_a_clean_app_adds_no_validation(tmp_path):
    """Checks cost nothing when nothing is wrong: no construct carries a validation."""
    app = App(outdir=str(tmp_path))
    _store(TeamStack(app, "team"), keys=[KeySpec(name="k")])
    app.synth()
    assert [c.node.path for c in app.node.find_all() if "_kms_keystore_validation" in vars(c)] == []


def test_a_name_and_a_construct_of_the_same_id_are_two_principals(tmp_path):
    app = App(outdir=str(tmp_path))
    team = TeamStack(app, "team")
    _store(team, users=["Deployer", team.deployer])
    app.synth()
    attachments = resources(read_stacks(tmp_path)["team"], "alicloud_ram_user_policy_attachment")
    assert sorted(a["user_name"] for a in attachments.values()) == [
        "${alicloud_ram_user.Deployer.name}",
        "Deployer",
    ]


def test_two_deployments_of_one_name_are_refused_when_added_to_an_app(tmp_path):
    from kms_keystore import add_deployments, parse_deployment

    app = App(outdir=str(tmp_path))
    config = parse_deployment({"name": "twice"})
    with pytest.raises(ConfigError, match="twice"):
        add_deployments(app, [config, config])


def test_a_mistake_ends_the_teams_app_process_with_a_non_zero_exit(tmp_path):
    """What `cdktf synth` runs: the team's main.py, whose app.synth() raises."""
    import os
    import subprocess
    import sys

    script = tmp_path / "main.py"
    script.write_text(
        "from cdktf import App, TerraformStack\n"
        "from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider\n"
        "from kms_keystore import KeySpec, KmsKeyStore\n"
        f"app = App(outdir={str(tmp_path / 'out')!r})\n"
        "stack = TerraformStack(app, 'payments')\n"
        "AlicloudProvider(stack, 'alicloud', region='cn-hangzhou')\n"
        "KmsKeyStore(stack, 'KeyStore', region='cn-hangzhou', keys=[KeySpec(name='Bad Name')])\n"
        "app.synth()\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        timeout=120,
    )
    assert result.returncode != 0
    assert "payments/KeyStore/Key-Bad Name: name = 'Bad Name' is not valid" in result.stderr
    assert list((tmp_path / "out").rglob("*.tf.json")) == []  # cdktf made only empty folders


def test_a_principal_given_twice_is_reported_once(tmp_path):
    """A name repeated among users is one problem naming it; a construct repeated, one more."""
    from kms_keystore.framework.validation import problems_of

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    deployer = RamUser(stack, "Deployer", name="deployer")
    KmsKeyStore(stack, "KeyStore", region="cn-hangzhou", users=[deployer, deployer, "x", "x"])

    found = [str(p) for p in problems_of(app)]

    assert found == [
        "team/KeyStore/CreatorPolicy: users = ['x'] is not valid: each principal at most once",
        "team/KeyStore/CreatorPolicy: users[1] = 'RamUser Deployer' is not valid: "
        "each principal at most once",
    ]


def test_the_documents_a_store_exposes_are_those_it_wrote(tmp_path):
    app = App(outdir=str(tmp_path))
    team = TeamStack(app, "team")
    store = KmsKeyStore(
        team, "KeyStore", region="cn-hangzhou", vpc=team.vpc, vswitch=team.vswitch, zone_ids=ZONES
    )
    document = _synth(app, tmp_path)["team"]
    creator, guard = store.creator_policy, store.guard
    # made only when read: a fleet's stacks keep no copy for the garbage collector to walk
    assert "document" not in vars(creator) and "pinned_document" not in vars(guard)

    _, policy = only(resources(document, "alicloud_ram_policy"))
    assert creator.document == json.loads(policy["policy_document"])
    assert guard.pinned_document == document["locals"]["kms_keystore_pinned_system_policy"]
    assert creator.document is creator.document  # read once, then the same object
    assert guard.pinned_document is guard.pinned_document


# --- reading what a construct left unbuilt by a mistake declares: the mistake, not a bare miss ---


def _store_keys(s: TeamStack) -> dict[str, KeyStoreKey]:
    return KmsKeyStore(s, "Other", region="cn-hangzhou", account_objects=False).keys


def _bad_key(s: TeamStack) -> KeyStoreKey:
    return KeyStoreKey(s, "Key", instance=_store(s).instance, spec=KeySpec(name="App Key"))


def _bad_instance(s: TeamStack) -> KeyStoreInstance:
    return KeyStoreInstance(s, "Inst", network=None, spec=InstanceSpec(mode="reference"))


UNBUILT_READS: dict[str, tuple[Any, str, str]] = {
    # name: (read(stack), construct path in the message, text of the problem behind it)
    "a key's ID": (lambda s: _bad_key(s).key_id, "team/Key", "name = 'App Key'"),
    "a key's resource": (lambda s: _bad_key(s).resource, "team/Key", "name = 'App Key'"),
    "a key given a name's spec": (
        lambda s: KeyStoreKey(s, "Key", instance=_store(s).instance, spec="app").spec,
        "team/Key",
        "spec = 'app'",
    ),
    "an instance's ID": (lambda s: _bad_instance(s).instance_id, "team/Inst", "instance_id"),
    "a key of an instance with a mistake": (
        lambda s: KeyStoreKey(s, "Key", instance=_bad_instance(s), spec=KeySpec(name="app")).key_id,
        "team/Key",
        "team/Inst: ",
    ),
    "a secret's value": (
        lambda s: (
            KeyStoreSecret(
                s,
                "Secret",
                instance=_store(s).instance,
                keys={},
                spec=SecretSpec(name="db", encryption_key="app"),
            ).value
        ),
        "team/Secret",
        "encryption_key",
    ),
    "an application's client key": (
        lambda s: (
            ApplicationAccess(
                s,
                "App",
                instance=_store(s).instance,
                spec=ApplicationSpec(name="web", source_ips=("10.0.0.1",), keys=("k",)),
            ).client_key
        ),
        "team/App",
        "keys[0] = 'k'",
    ),
    "a store's key by name": (
        lambda s: _store(s, keys=[KeySpec(name="app", key_spec="AES")]).keys["app"].key_id,
        "team/KeyStore/Key-app",
        "key_spec = 'AES'",
    ),
    "the role's ARN": (
        lambda s: _store(s, role_mode="own").role.arn,
        "team/KeyStore/ServiceLinkedRole",
        "mode = 'own'",
    ),
    "the creator policy's name": (
        lambda s: ServiceLinkedRoleCreatorPolicy(s, "Creator", policy_name="a b").policy_name,
        "team/Creator",
        "name = 'a b'",
    ),
    "the deployer policy's resource": (
        lambda s: KeyStoreDeployerPolicy(s, "DeployerPolicy", stacks=[]).resource,
        "team/DeployerPolicy",
        "stacks = []",
    ),
}


@pytest.mark.parametrize("name", sorted(UNBUILT_READS))
def test_reading_an_unbuilt_construct_raises_the_mistake_behind_it(name):
    read, path, text = UNBUILT_READS[name]
    _, stack = _team()
    with pytest.raises(ConfigError) as raised:
        read(stack)
    message = str(raised.value)
    assert isinstance(raised.value, AttributeError)  # hasattr and getattr's default still work
    assert f"{path} (" in message and "was not built, so it has no" in message, message
    assert text in message, message
    assert "is not valid" in message, message


def test_a_name_missing_from_a_store_because_of_a_mistake_names_the_mistake():
    _, stack = _team()
    store = _store(
        stack, keys=[{"name": "app"}], secrets=[SecretSpec(name="db", encryption_key="app")]
    )

    with pytest.raises(ConfigError) as raised:
        store.keys["app"]

    message = str(raised.value)
    assert isinstance(raised.value, KeyError)
    assert message.startswith("2 configuration problems; team/KeyStore declared no key 'app':")
    assert "team/KeyStore: keys[0] = 'a dict' is not valid: a KeySpec" in message
    assert store.keys.get("app") is None and "app" not in store.keys


def test_without_a_mistake_a_missing_attribute_or_name_is_the_usual_error():
    _, stack = _team()
    store = _store(stack, keys=[KeySpec(name="app")])
    key = store.keys["app"]

    with pytest.raises(AttributeError) as raised:
        key.key_ids  # noqa: B018 - a typo
    assert not isinstance(raised.value, ConfigError)
    assert "'KeyStoreKey' object has no attribute 'key_ids'" in str(raised.value)
    with pytest.raises(KeyError) as missing:
        store.keys["ap"]
    assert not isinstance(missing.value, ConfigError)
    assert key.key_id.startswith("${TfToken[") and hasattr(key, "resource")


def test_an_unbuilt_construct_still_answers_hasattr_and_getattr_with_a_default():
    _, stack = _team()
    key = KeyStoreKey(stack, "Key", instance=_store(stack).instance, spec="app")

    assert not hasattr(key, "key_id")
    assert getattr(key, "resource", None) is None
    assert getattr(key, "", None) is None


def test_positions_in_messages_are_those_given_when_an_item_was_refused():
    """An item of the wrong kind is refused where it is; the others keep their positions."""
    from kms_keystore import BindVpcSpec
    from kms_keystore.framework.validation import problems_of

    app, stack = _team()
    _store(stack, account_objects=True, keys=[KeySpec(name="orders", aliases=["alias/shared"])])
    bad = BindVpcSpec(vpc_id="not-a-vpc", vswitch_id="vsw-bp1team", region_id="cn-hangzhou")
    good = BindVpcSpec(vpc_id="vpc-bp1team", vswitch_id="vsw-bp1team", region_id="cn-hangzhou")
    KmsKeyStore(
        stack,
        "Second",
        region="cn-hangzhou",
        account_objects=False,
        network=NewNetworkSpec(name="second"),
        instance=InstanceSpec(name="second", bind_vpcs=[{"vpc_id": "vpc-1"}, good, bad]),
        keys=["legacy", KeySpec(name="billing", aliases=["alias/shared"]), KeySpec(name=5)],
    )

    found = [str(p) for p in problems_of(app)]

    assert (
        "team/Second: keys[0] = 'legacy' is not valid: a KeySpec, such as KeySpec(name='app')"
        in found
    )
    assert "team/Second/Instance: bind_vpcs[0] = 'a dict' is not valid: a BindVpcSpec" in found
    assert any(
        p.startswith("team/Second/Instance/bind_vpcs[2]: vpc_id = 'not-a-vpc'") for p in found
    )
    # keys[1]'s alias is named there, not at keys[0]; keys[2], named by no text, by its position
    assert not any("keys[0].aliases" in p for p in found), found
    assert any(p.startswith("team/Second: keys[1].aliases[0] = 'alias/shared'") for p in found)
    assert any(p.startswith("team/Second/Key-[2]: name = 5 is not valid") for p in found), found


NO_STACK_PROPS: dict[str, dict[str, Any]] = {
    # each public construct with the props it cannot do without
    "KmsKeyStore": {"region": "cn-hangzhou"},
    "KeyStoreInstance": {"network": None},
    "KeyStoreNetwork": {"region": "cn-hangzhou"},
    "KeyStoreServiceLinkedRole": {},
    "ServiceLinkedRoleCreatorPolicy": {},
    "SystemPolicyDriftGuard": {},
    "KeyStoreKey": {"instance": None, "spec": KeySpec(name="app")},
    "KeyStoreSecret": {"instance": None, "keys": {}, "spec": None},
    "ApplicationAccess": {"instance": None, "spec": None},
    "KeyStoreDeployerPolicy": {"stacks": []},
}


@pytest.mark.parametrize("under", ["the App", "a construct of the App"])
@pytest.mark.parametrize("name", sorted(NO_STACK_PROPS))
def test_a_construct_in_no_stack_is_refused_when_it_is_made(name, under, tmp_path):
    """cdktf writes only stacks and checks only their constructs: one outside would vanish."""
    import kms_keystore

    app = App(outdir=str(tmp_path))
    scope = app if under == "the App" else Construct(app, "group")
    path = "Piece" if under == "the App" else "group/Piece"
    kind = "an App" if under == "the App" else "a Construct"

    with pytest.raises(ConfigError) as raised:
        getattr(kms_keystore, name)(scope, "Piece", **NO_STACK_PROPS[name])

    assert f"{path}: scope = '{kind}' is not valid: a TerraformStack" in str(raised.value)


def test_a_construct_under_a_teams_group_in_a_stack_finds_its_stack(tmp_path):
    app = App(outdir=str(tmp_path))
    stack = TeamStack(app, "team")
    group = Construct(stack, "Group")
    KmsKeyStore(
        group,
        "KeyStore",
        region="cn-hangzhou",
        vpc=stack.vpc,
        vswitch=stack.vswitch,
        zone_ids=ZONES,
        account_objects=False,
    )
    KeyStoreServiceLinkedRole(Construct(group, "Inner"), "Role", mode="reference")

    app.synth()

    written = read_stacks(tmp_path)["team"]
    assert list(written["resource"]["alicloud_kms_instance"]) == [
        "Group_KeyStore_Instance_756C4DFA"
    ]
    assert list(written["data"]) == ["alicloud_ram_roles"]


def test_an_app_made_in_node_keeps_what_the_package_notes_on_it(tmp_path):
    """``Testing.app()`` comes back as a new Python object from each ``node.root``."""
    from cdktf import Testing

    from kms_keystore import suppress

    app = Testing.app()
    stack = TeamStack(app, "team")
    store = _store(stack, keys=[KeySpec(name="App"), KeySpec(name="Other")], region="Mars")

    with pytest.raises(ConfigError, match=r"team/KeyStore/Key-App \(KeyStoreKey\) was not built"):
        store.keys["App"].key_id  # noqa: B018
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    message = str(raised.value)
    assert message.count("region = 'Mars' is not valid") == 1, message
    assert "name = 'Other' is not valid" in message

    clean = Testing.app(outdir=str(tmp_path))
    stack = TeamStack(clean, "team")
    store = _store(stack, keys=[KeySpec(name="scratch", deletion_protection=False)])
    suppress(store.keys["scratch"], "KS-KMS-2", "a scratch key for the load test, deleted weekly")
    synthesize(clean)


def test_a_vswitch_construct_in_another_zone_is_refused_at_synth(tmp_path):
    app = App(outdir=str(tmp_path))
    team = TeamStack(app, "team")
    wrong = Vswitch(
        team, "Wrong", vpc_id=team.vpc.id, cidr_block="10.30.2.0/24", zone_id="cn-hangzhou-b"
    )
    KmsKeyStore(team, "KeyStore", region="cn-hangzhou", vpc=team.vpc, vswitch=wrong, zone_ids=ZONES)
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    assert "team/KeyStore/Network: vswitch.zone_id = 'cn-hangzhou-b' is not valid: one of" in str(
        raised.value
    )
