"""The stacks and functions of the public API, called with a mistake, name it and stop.

``AlicloudStack``, ``KeyStoreStack`` and ``AccountStack`` check their own
settings (a backend or an assumed role made by hand is checked as the other
specs are); ``add_deployment(s)`` and ``parse_deployment`` refuse what is no
deployment; ``suppress`` refuses what is no construct. Each answer names the
field, the value and what it takes; none is a Python error from deep inside.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

import pytest
from cdktf import App, Fn, TerraformHclModule, TerraformStack

from constructs import Construct
from kms_keystore import (
    AccountStack,
    AccountStackSpec,
    AlicloudStack,
    AssumeRoleSpec,
    BackendSpec,
    ConfigError,
    DeploymentConfig,
    KeySpec,
    KeyStoreStack,
    KmsKeyStore,
    NewNetworkSpec,
    SuppressionSpec,
    VSwitchSpec,
    add_deployment,
    add_deployments,
    parse_deployment,
    suppress,
)
from kms_keystore.config.reading import read_deployments
from kms_keystore.core.problems import Checker
from kms_keystore.framework.cdk import AlicloudProvider
from kms_keystore.framework.validation import NotDeclared

from .support import read_stacks, synth_refusal

REGION = "cn-hangzhou"


def _stack(app: App, **props: Any) -> AlicloudStack:
    return AlicloudStack(app, "team", **{"region": REGION, **props})


STACK_MISTAKES: dict[str, tuple[Any, str, str]] = {
    # name: (build(app), construct path, text the message must hold)
    "a region that is a number": (
        lambda a: _stack(a, region=5),
        "team",
        "region = 5 is not valid: a region ID",
    ),
    "a region that is no region": (
        lambda a: _stack(a, region="hangzhou"),
        "team",
        "region = 'hangzhou' is not valid: a region ID",
    ),
    "a profile that is a number": (
        lambda a: _stack(a, profile=5),
        "team",
        "profile = 5 is not valid: None or the name of an Alibaba Cloud CLI profile",
    ),
    "a profile holding a reference": (
        lambda a: _stack(a, profile=Fn.lower("Admin")),
        "team",
        "profile = '${TfToken[",
    ),
    "a backend named, not described": (
        lambda a: _stack(a, backend="oss"),
        "team",
        "backend = 'oss' is not valid: None or a BackendSpec",
    ),
    "an OSS backend without its bucket": (
        lambda a: _stack(a, backend=BackendSpec(type="oss")),
        "team/backend",
        "bucket = None is not valid: an OSS bucket name",
    ),
    "an OSS backend whose bucket is a reference": (
        lambda a: _stack(a, backend=BackendSpec(type="oss", bucket=Fn.lower("State"))),
        "team/backend",
        "bucket = '${TfToken[",
    ),
    "a role to assume given as its ARN": (
        lambda a: _stack(a, assume_role="acs:ram::1234567890123456:role/x"),
        "team",
        "assume_role = 'acs:ram::1234567890123456:role/x' is not valid: None or an AssumeRoleSpec",
    ),
    "a role to assume with a bad ARN": (
        lambda a: _stack(a, assume_role=AssumeRoleSpec(role_arn="kms-deployer")),
        "team/assume_role",
        "role_arn = 'kms-deployer' is not valid: an ARN like",
    ),
    "a role to assume with a session name that is a number": (
        lambda a: _stack(
            a, assume_role=AssumeRoleSpec(role_arn="acs:ram::1:role/x", session_name=5)
        ),
        "team/assume_role",
        "session_name = 5 is not valid: 2-64 of letters, digits",
    ),
    "an HCP backend with a workspace prefix that is a number": (
        lambda a: _stack(
            a, backend=BackendSpec(type="cloud", organization="team", workspace_prefix=5)
        ),
        "team/backend",
        "workspace_prefix = 5 is not valid",
    ),
    "a key store stack given the configuration's mapping": (
        lambda a: KeyStoreStack(a, "team", config={"name": "kms", "region": REGION}),
        "team",
        "config = 'a dict' is not valid: a DeploymentConfig, such as parse_deployment(",
    ),
    "a key store stack's include_account as a word": (
        lambda a: KeyStoreStack(a, "team", config=DeploymentConfig(), include_account="no"),
        "team",
        "include_account = 'no' is not valid: True or False",
    ),
    "an account stack given a name": (
        lambda a: AccountStack(a, "team", config="kms"),
        "team",
        "config = 'kms' is not valid: a DeploymentConfig",
    ),
    "a deployment made by hand with a layout the reader would refuse": (
        lambda a: KeyStoreStack(a, "team", config=DeploymentConfig(layout="splits")),
        "team",
        "config.layout = 'splits' is not valid: one of 'single', 'split'",
    ),
    "an account stack of a deployment whose account settings are a name": (
        lambda a: AccountStack(a, "team", config=DeploymentConfig(account_stack="kms-account")),
        "team",
        "config.account_stack = 'kms-account' is not valid: an AccountStackSpec",
    ),
    "a deployment made by hand with a backend the reader would refuse": (
        lambda a: KeyStoreStack(a, "team", config=DeploymentConfig(backend=BackendSpec(type="s3"))),
        "team/backend",
        "type = 's3' is not valid: one of 'local', 'oss', 'cloud'",
    ),
}


@pytest.mark.parametrize("name", sorted(STACK_MISTAKES))
def test_each_stack_mistake_stops_app_synth_naming_path_and_field(name, tmp_path):
    build, path, text = STACK_MISTAKES[name]
    app = App(outdir=str(tmp_path))
    build(app)
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    message = str(raised.value)
    assert f"] {path}: " in message, message
    assert text in message, message
    assert "matching provider" not in message  # cdktf's own noise: the stack stops first
    assert not list(tmp_path.rglob("*.tf.json"))  # nothing written


def test_a_stack_made_by_hand_with_settings_right_synthesizes_them(tmp_path):
    app = App(outdir=str(tmp_path))
    _stack(
        app,
        profile="kms-admin",
        assume_role=AssumeRoleSpec(role_arn="acs:ram::1234567890123456:role/kms-deployer"),
        backend=BackendSpec(type="oss", bucket="team-state"),
    )
    app.synth()
    document = read_stacks(tmp_path)["team"]
    (provider,) = document["provider"]["alicloud"]
    assert provider["profile"] == "kms-admin"
    assert provider["assume_role"]["role_arn"].endswith(":role/kms-deployer")
    assert document["terraform"]["backend"]["oss"]["bucket"] == "team-state"


def test_reading_a_stack_left_unbuilt_names_the_mistake(tmp_path):
    app = App(outdir=str(tmp_path))
    stack = KeyStoreStack(app, "team", config={"name": "kms"})
    with pytest.raises(NotDeclared) as raised:
        stack.keystore  # noqa: B018 - the read is the test
    message = str(raised.value)
    assert "team (KeyStoreStack) was not built, so it has no keystore" in message
    assert "team: config = 'a dict' is not valid: a DeploymentConfig" in message
    with pytest.raises(NotDeclared, match="region = 'Mars'"):
        _stack(App(outdir=str(tmp_path)), region="Mars").provider  # noqa: B018


ADD_MISTAKES: dict[str, tuple[Any, str]] = {
    # name: (call(app), the problem's text)
    "one deployment given as its mapping": (
        lambda a: add_deployment(a, {"name": "kms"}),
        "config = 'a dict' is not valid: a DeploymentConfig, such as parse_deployment(",
    ),
    "one deployment where a list belongs": (
        lambda a: add_deployments(a, parse_deployment({"name": "kms"})),
        "configs = 'a DeploymentConfig' is not valid: a list or tuple, each item a"
        " DeploymentConfig",
    ),
    "a list of mappings": (
        lambda a: add_deployments(a, [parse_deployment({"name": "kms"}), {"name": "kms-2"}]),
        "configs[1] = 'a dict' is not valid: a DeploymentConfig",
    ),
    "a list of mappings under a construct of the app": (
        lambda a: add_deployments(Construct(a, "fleet"), [{"name": "kms"}]),
        "fleet/deployments: configs[0] = 'a dict' is not valid: a DeploymentConfig",
    ),
    "a name for the app": (
        lambda a: add_deployments("app", [parse_deployment({"name": "kms"})]),
        "add_deployments: scope = 'app' is not valid: an App, or a construct of one",
    ),
    "a deployment that is a name": (
        lambda a: parse_deployment("kms"),
        "context = 'kms' is not valid: a mapping of the deployment's settings",
    ),
    "a deployment that is nothing": (
        lambda a: parse_deployment(None),
        "context = None is not valid: a mapping of the deployment's settings",
    ),
    "a deployment that is a list": (
        lambda a: parse_deployment([{"name": "kms"}]),
        "context = 'a list' is not valid: a mapping of the deployment's settings",
    ),
}


@pytest.mark.parametrize("name", sorted(ADD_MISTAKES))
def test_each_call_with_no_deployment_raises_config_error_naming_it(name, tmp_path):
    call, text = ADD_MISTAKES[name]
    app = App(outdir=str(tmp_path))
    with pytest.raises(ConfigError) as raised:
        call(app)
    assert text in str(raised.value), str(raised.value)
    assert not [c for c in app.node.find_all() if isinstance(c, TerraformStack)]  # none added


def test_a_deployment_below_a_path_is_named_by_it():
    with pytest.raises(ConfigError, match=r"deployments\[1\] = 'kms' is not valid: a mapping"):
        parse_deployment("kms", "deployments[1]")


def test_add_deployment_and_add_deployments_still_add_the_stacks(tmp_path):
    app = App(outdir=str(tmp_path))
    one = add_deployment(app, parse_deployment({"name": "kms", "region": REGION}))
    other = parse_deployment({"name": "kms-2", "region": REGION, "account": "team-b"})
    two = add_deployments(app, (other,))
    assert [s.node.id for s in one + two] == ["kms", "kms-2"]


@pytest.mark.parametrize("layout", ["single", "split"])
def test_a_second_call_for_an_account_already_added_is_refused(tmp_path, layout):
    """One call groups an account's deployments around one owner of its account objects."""
    app = App(outdir=str(tmp_path))
    first = {"name": "kms-a", "region": REGION, "layout": layout}
    add_deployment(app, parse_deployment(first))
    second = parse_deployment({**first, "name": "kms-b", "region": "ap-southeast-1"})
    with pytest.raises(ConfigError) as raised:
        add_deployment(app, second)
    owner = "kms-a" if layout == "single" else "kms-a-account"
    assert (
        "add_deployment: config = 'kms-b' is not valid: a deployment of another account than "
        f"the stack '{owner}' (the environment's credentials), which declares its account "
        "objects already"
    ) in str(raised.value)
    with pytest.raises(ConfigError, match="config = 'kms-a' is not valid: a stack name no"):
        add_deployment(app, parse_deployment({**first, "account": "team-b"}))
    # the same two in one call share the account stack (split) or are refused as one
    together = [parse_deployment(first), parse_deployment({**first, "name": "kms-b"})]
    if layout == "split":
        stacks = add_deployments(App(outdir=str(tmp_path / "one")), together)
        assert [s.node.id for s in stacks] == ["kms-a-account", "kms-a", "kms-b"]


REASON = "the team reviewed this waiver on 2026-12-01"


@pytest.mark.parametrize(
    ("call", "text"),
    [
        (lambda: suppress("team", "KS-KMS-1", REASON), r"needs the construct \(or App\)"),
        (
            lambda: suppress(App(), "KS-KMS-1", REASON, where=5),
            "where is None or text, not 5",
        ),
        (lambda: suppress(App(), ["KS-KMS-1"], REASON), "unknown guardrail rule 'a list'"),
    ],
    ids=["a name for the scope", "a number for where", "a list of rules"],
)
def test_suppress_refuses_what_is_no_construct_or_no_text(call, text):
    with pytest.raises(ValueError, match=text):
        call()


def _two_stacks(outdir: str, bad_first: bool) -> App:
    app = App(outdir=outdir)

    def good() -> None:
        AlicloudStack(app, "good", region=REGION)

    def bad() -> None:
        _stack(app, backend=BackendSpec(type="oss"))  # "team", no bucket

    for make in (bad, good) if bad_first else (good, bad):
        make()
    return app


@pytest.mark.parametrize("bad_first", [False, True], ids=["good stack first", "bad stack first"])
def test_no_stack_is_written_while_another_stack_has_problems(tmp_path, bad_first):
    """cdktf writes stack after stack; the first it reaches must stop it, naming the problem."""
    app = _two_stacks(str(tmp_path), bad_first)
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    message = str(raised.value)
    assert "team/backend: bucket = None is not valid" in message, message
    if not bad_first:
        assert "[good] good: not written while other stacks have problems:" in message
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_an_app_without_problems_holds_no_stack(tmp_path):
    app = App(outdir=str(tmp_path))
    AlicloudStack(app, "good", region=REGION)
    _stack(app)
    app.synth()
    assert [c.node.path for c in app.node.find_all() if "_kms_keystore_held" in vars(c)] == []
    assert sorted(p.parent.name for p in tmp_path.rglob("cdk.tf.json")) == ["good", "team"]


def test_an_empty_profile_means_none_as_the_reader_takes_it(tmp_path):
    """The reader takes ``"profile": ""`` for no profile; the stack must not refuse it."""
    app = App(outdir=str(tmp_path))
    add_deployment(app, parse_deployment({"name": "kms", "region": REGION, "profile": ""}))
    _stack(app, profile="")
    app.synth()
    for name in ("kms", "team"):
        (provider,) = read_stacks(tmp_path)[name]["provider"]["alicloud"]
        assert "profile" not in provider


def test_a_stack_added_later_but_synthesized_first_is_not_written(tmp_path):
    """cdktf goes by the tree, not by time: a later stack under an earlier construct is first."""
    app = App(outdir=str(tmp_path))
    eu, cn = Construct(app, "eu"), Construct(app, "cn")
    AlicloudStack(cn, "bad", region=REGION, backend=BackendSpec(type="oss"))
    AlicloudStack(eu, "good", region="eu-central-1")
    with pytest.raises(RuntimeError, match="bad/backend: bucket = None"):
        app.synth()
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("by", ["a stack and its key store", "a key store and its network"])
def test_one_mistake_checked_by_two_constructs_is_one_line(tmp_path, by):
    app = App(outdir=str(tmp_path))
    if by == "a stack and its key store":
        KeyStoreStack(app, "kms", config=DeploymentConfig(name="kms", region="Mars"))
    else:
        KmsKeyStore(TerraformStack(app, "kms"), "KeyStore", region="Mars")
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    assert str(raised.value).count("region = 'Mars' is not valid") == 1, str(raised.value)


def test_a_property_of_a_teams_stack_keeps_its_own_error(tmp_path):
    """The stacks answer a missing attribute themselves; a property's own miss still shows."""

    class TeamStack(AlicloudStack):
        @property
        def endpoint(self) -> str:
            return self._endpoint  # never set

    stack = TeamStack(App(outdir=str(tmp_path)), "team", region=REGION)
    with pytest.raises(AttributeError, match="_endpoint"):
        stack.endpoint  # noqa: B018


def test_a_property_of_a_teams_stack_runs_once_and_keeps_its_own_error(tmp_path):
    """Its getter is not run again to show its error: a construct it makes is made once."""
    from cdktf import TerraformOutput

    runs = []

    class TeamStack(AlicloudStack):
        @property
        def summary(self) -> str:
            runs.append(1)
            output = TerraformOutput(self, "summary", value="x")
            return output.valu  # type: ignore[attr-defined]  # the team's typo

    stack = TeamStack(App(outdir=str(tmp_path)), "team", region=REGION)
    with pytest.raises(AttributeError, match="'TerraformOutput' object has no attribute 'valu'"):
        stack.summary  # noqa: B018
    assert runs == [1]
    stack2 = TeamStack(App(outdir=str(tmp_path)), "team", region=REGION)
    assert not hasattr(stack2, "summary")
    assert runs == [1, 1]


def test_specs_the_reader_checked_are_judged_again_in_the_wrong_place(tmp_path):
    """The reader's mark says a spec is right, not that it is where it belongs."""
    from kms_keystore.config import read_deployments

    context = {
        "backend": {"type": "oss", "bucket": "team-state"},
        "assumeRole": {"roleArn": "acs:ram::1234567890123456:role/kms-deployer"},
    }
    (config,), _ = read_deployments(context, outdir=tmp_path / "out", project_dir=tmp_path)
    app = App(outdir=str(tmp_path / "app"))
    _stack(app, backend=config.assume_role, assume_role=config.backend)
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    assert "backend = 'an AssumeRoleSpec' is not valid: None or a BackendSpec" in str(raised.value)


def test_a_deployment_made_by_hand_with_a_wrong_layout_is_refused_not_raised_inside(tmp_path):
    with pytest.raises(
        ConfigError, match=r"add_deployment: config\.layout = 'splits' is not valid"
    ):
        add_deployment(App(outdir=str(tmp_path)), DeploymentConfig(name="kms", layout="splits"))
    app = App(outdir=str(tmp_path))
    KeyStoreStack(app, "kms", config=DeploymentConfig(name="kms", layout="splits"))
    with pytest.raises(RuntimeError, match=r"kms: config\.layout = 'splits' is not valid"):
        app.synth()


HAND_MADE: dict[str, tuple[dict[str, Any], str]] = {
    # DeploymentConfig(**fields): the line the refusal must hold, below the door's name
    "an account stack that is a name": (
        {"account_stack": "x"},
        "config.account_stack = 'x' is not valid: an AccountStackSpec",
    ),
    "deployers that are a name": (
        {"account_stack": AccountStackSpec(deployers="x")},
        "config.account_stack.deployers = 'x' is not valid: a DeployersSpec or None",
    ),
    "an assumed role that is an ARN": (
        {"assume_role": "acs:ram::1234567890123456:role/kms"},
        "config.assume_role = 'acs:ram::1234567890123456:role/kms' is not valid: "
        "an AssumeRoleSpec or None",
    ),
    "keys that are a number": ({"keys": 5}, "config.keys = 5 is not valid: a list or tuple"),
    "a key that is a name": (
        {"keys": [KeySpec(name="app"), "orders"]},
        "config.keys[1] = 'orders' is not valid: a KeySpec",
    ),
    "an account that is a number": (
        {"account": 1234567890123456},
        "config.account = 1234567890123456 is not valid: a string or None",
    ),
    "no name": ({"name": None}, "config.name = None is not valid: a string"),
    "a creator policy of None": (
        {"creator_policy": None},
        "config.creator_policy = None is not valid: a CreatorPolicySpec",
    ),
    "a role mode no mode": (
        {"role_mode": "make"},
        "config.role_mode = 'make' is not valid: 'create' or 'adopt' or 'reference'",
    ),
    "a key deep inside of a wrong kind": (
        {"keys": (KeySpec(name="app", aliases="alias/app"),)},
        "config.keys[0].aliases = 'alias/app' is not valid: a list or tuple, each item a string",
    ),
}


@pytest.mark.parametrize("name", sorted(HAND_MADE))
def test_a_deployment_made_by_hand_is_checked_for_kinds_before_it_is_read(name, tmp_path):
    """The grouping and the stacks read the fields before any construct checks the values."""
    fields, line = HAND_MADE[name]
    config = DeploymentConfig(**fields)
    for add in (add_deployment, lambda app, c: add_deployments(app, [parse_deployment({}), c])):
        with pytest.raises(ConfigError) as raised:
            add(App(outdir=str(tmp_path)), config)
        where = "add_deployment: " if add is add_deployment else "add_deployments: "
        shown = line if add is add_deployment else line.replace("config", "configs[1]", 1)
        assert where + shown in str(raised.value)
    for stack in (KeyStoreStack, AccountStack):
        app = App(outdir=str(tmp_path))
        stack(app, "team", config=config)
        with pytest.raises(RuntimeError) as raised:
            app.synth()
        assert f"team: {line}" in str(raised.value)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_a_deployment_made_by_hand_of_the_right_kinds_is_built_as_one_read(tmp_path):
    """Lists where the reader makes tuples, and enum values as text, are right kinds too."""
    by_hand = DeploymentConfig(
        name="kms", keys=[KeySpec(name="app")], role_mode="reference", guard_mode="off"
    )
    read = parse_deployment(
        {
            "name": "kms",
            "keys": [{"name": "app"}],
            "roleMode": "reference",
            "systemPolicyGuard": "off",
        }
    )
    outputs = []
    for config in (by_hand, read):
        out = tmp_path / str(len(outputs))
        app = App(outdir=str(out))
        add_deployment(app, config)
        app.synth()
        outputs.append(read_stacks(out))
    assert outputs[0] == outputs[1]
    assert "alicloud_kms_key" in outputs[0]["kms"]["resource"]


def test_a_stack_whose_settings_were_refused_shows_only_that(tmp_path):
    """The team's resources in it would have no provider: cdktf must not say so first."""
    app = App(outdir=str(tmp_path))
    stack = _stack(app, profile="prod\n")
    KmsKeyStore(stack, "KS", region=REGION)
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    message = str(raised.value)
    assert "team: profile = 'prod\\n' is not valid" in message
    assert "provider construct" not in message, message
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_account_stack_settings_where_no_account_stack_takes_them_are_refused(tmp_path):
    """A key store stack that declares the account objects itself has no account stack."""
    from kms_keystore import DeployersSpec

    spec = AccountStackSpec(deployers=DeployersSpec(users=("deployer",)), region="eu-central-1")
    config = DeploymentConfig(name="kms", account_stack=spec)
    app = App(outdir=str(tmp_path))
    KeyStoreStack(app, "kms", config=config)
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    message = str(raised.value)
    for field, shown in (("region", "'eu-central-1'"), ("deployers", "'a DeployersSpec'")):
        assert f"kms: config.account_stack.{field} = {shown} is not valid: unset where" in message
    # where an account stack takes them, they are used
    app = App(outdir=str(tmp_path / "split"))
    account = AccountStack(app, "kms-account", config=config)
    account.grant_deployers([KeyStoreStack(app, "kms", config=config, include_account=False)])
    app.synth()
    assert read_stacks(tmp_path / "split")["kms-account"]["provider"]["alicloud"] == [
        {"region": "eu-central-1"}
    ]


def test_stacks_made_by_hand_and_added_share_one_owner_per_account(tmp_path):
    """Each stack that declares an account's objects is noted; a second one is refused."""
    app = App(outdir=str(tmp_path))
    KeyStoreStack(app, "hand", config=DeploymentConfig(name="hand", profile="p1"))
    with pytest.raises(ConfigError, match=r"than the hand-made stack 'hand' \(profile p1\), which"):
        add_deployment(app, DeploymentConfig(name="aa", profile="p1"))
    KeyStoreStack(app, "again", config=DeploymentConfig(name="again", profile="p1"))
    KeyStoreStack(
        app, "regional", config=DeploymentConfig(name="r", profile="p1"), include_account=False
    )
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    wanted = "a deployment of another account than the hand-made stack 'hand'"
    assert f"again: config = 'again' is not valid: {wanted}" in str(raised.value)
    assert "[regional]" not in str(raised.value)


def test_an_account_stack_name_taken_by_an_earlier_call_is_refused(tmp_path):
    app = App(outdir=str(tmp_path))
    add_deployment(app, DeploymentConfig(name="aa", profile="p1"))
    split = DeploymentConfig(
        name="bb", profile="p2", layout="split", account_stack=AccountStackSpec(name="aa")
    )
    with pytest.raises(ConfigError, match="config = 'aa' is not valid: an account stack name no"):
        add_deployment(app, split)
    add_deployment(app, DeploymentConfig(name="bb", profile="p2"))  # nothing was noted


@pytest.mark.parametrize("name", ["..", "a/b", "x", "", "a b"])
def test_a_hand_made_deployment_name_is_a_stack_name(name, tmp_path):
    with pytest.raises(ConfigError, match=r"config\.name = .* is not valid: 2-128 characters"):
        add_deployment(App(outdir=str(tmp_path)), DeploymentConfig(name=name))
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_none_where_the_stacks_take_the_default_is_the_default(tmp_path):
    outputs = []
    for fields in ({}, {"backend": None, "network": None, "instance": None}):
        out = tmp_path / str(len(outputs))
        app = App(outdir=str(out))
        add_deployment(app, DeploymentConfig(name="kms", **fields))
        app.synth()
        outputs.append(read_stacks(out))
    assert outputs[0] == outputs[1]


def test_a_refused_key_store_stack_shows_its_problem_first(tmp_path):
    from cdktf_cdktf_provider_alicloud.vpc import Vpc

    app = App(outdir=str(tmp_path))
    spec = AccountStackSpec(region="cn-shanghai")
    stack = KeyStoreStack(app, "bad", config=DeploymentConfig(name="bad", account_stack=spec))
    Vpc(stack, "V", cidr_block="10.0.0.0/16")
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    assert "bad: config.account_stack.region" in str(raised.value)
    assert "provider construct" not in str(raised.value)


def test_a_referenced_instance_has_no_quota_to_check(tmp_path):
    """Its quotas are its own: the defaults of a bought one must not refuse 101 secrets."""
    from kms_keystore import InstanceSpec, SecretSpec
    from kms_keystore.framework.validation import problems_of

    instance = {"mode": "reference", "id": "kst-hzz6123456789abcdef", "productVersion": "3"}
    secrets = [{"name": f"s{i}", "encryptionKey": "k"} for i in range(101)]
    context = {"name": "kms", "instance": instance, "keys": [{"name": "k"}], "secrets": secrets}
    assert len(parse_deployment(context).secrets) == 101
    app = App(outdir=str(tmp_path))
    spec = InstanceSpec(mode="reference", instance_id=instance["id"], product_version="3")
    KmsKeyStore(
        TerraformStack(app, "team"),
        "KS",
        region=REGION,
        role_mode="reference",
        instance=spec,
        keys=[KeySpec(name="k")],
        secrets=[SecretSpec(name=f"s{i}", encryption_key="k") for i in range(101)],
    )
    assert [str(p) for p in problems_of(app) if "_num" in str(p)] == []


@pytest.mark.parametrize("payment", [None, "Subscription"])
def test_an_adopted_instance_s_written_quotas_are_checked(tmp_path, payment):
    """Terraform writes an adopted instance's quotas: 101 secrets need a secretNum of 101."""
    from kms_keystore import ExistingNetworkSpec, InstanceSpec, SecretSpec
    from kms_keystore.framework.validation import problems_of

    instance = {"mode": "adopt", "id": "kst-hzz6123456789abcdef", "productVersion": "3"}
    bind = {"vpcId": "vpc-bp1other00example", "vswitchId": "vsw-bp1other00example"}
    instance |= {"secretNum": 100, "vpcNum": 1, "bindVpcs": [{**bind, "regionId": REGION}]}
    if payment:
        instance["paymentType"] = payment
    ids = {"vpc_id": "vpc-bp1hsmvpc0example", "vswitch_id": "vsw-bp1hsmvsw0example"}
    zones = ("cn-hangzhou-k", "cn-hangzhou-j")
    network = {"vpcId": ids["vpc_id"], "vswitchId": ids["vswitch_id"], "zoneIds": list(zones)}
    secrets = [{"name": f"s{i}", "encryptionKey": "k"} for i in range(101)]
    context = {"name": "kms", "instance": instance, "keys": [{"name": "k"}], "secrets": secrets}
    context |= {"network": network, "roleMode": "adopt"}
    with pytest.raises(ConfigError) as raised:
        parse_deployment(context)
    assert "instance.secretNum = 100 is not valid: at least 101: the secrets" in str(raised.value)
    assert "instance.vpcNum = 1 is not valid: at least 2: its own VPC" in str(raised.value)
    app = App(outdir=str(tmp_path))
    spec = InstanceSpec(mode="adopt", instance_id=instance["id"], payment_type=payment)
    KmsKeyStore(
        TerraformStack(app, "team"),
        "KS",
        region=REGION,
        role_mode="adopt",
        instance=spec,
        network=ExistingNetworkSpec(**ids, zone_ids=zones),
        keys=[KeySpec(name="k")],
        secrets=[SecretSpec(name=f"s{i}", encryption_key="k") for i in range(101)],
    )
    assert [str(p) for p in problems_of(app) if "_num" in str(p)] == [
        "team/KS: instance.secret_num = 100 is not valid: at least 101: the secrets declared"
    ]
    # left None, the adopted instance's own quota is kept: nothing to check
    parse_deployment({**context, "instance": {**instance, "secretNum": None, "vpcNum": None}})


def test_a_teams_mixin_keeps_its_attributes_on_our_stacks(tmp_path):
    """The names our constructs declare when built must not hide a later base's."""
    import kms_keystore.access  # every construct module loaded: all names known
    import kms_keystore.deployer_policy  # noqa: F401

    class TeamSettings:
        name = "payments"
        value = 42
        config = ("owner", "team")

        @property
        def spec(self) -> str:
            return "team spec"

    class PaymentsStack(AlicloudStack, TeamSettings):
        pass

    stack = PaymentsStack(App(outdir=str(tmp_path)), "pay", region=REGION)
    assert (stack.name, stack.value, stack.config, stack.spec) == (
        "payments",
        42,
        ("owner", "team"),
        "team spec",
    )
    assert PaymentsStack.name == "payments"
    with pytest.raises(AttributeError):
        stack.provider_alias  # noqa: B018


def test_a_stack_made_by_hand_takes_its_name_from_its_id(tmp_path):
    """config.name names nothing there: the id does; a short one is no mistake."""
    app = App(outdir=str(tmp_path))
    KeyStoreStack(app, "payments", config=DeploymentConfig(name="x"))
    app.synth()
    assert list(read_stacks(tmp_path)) == ["payments"]


def test_no_backend_is_the_default_backend_when_deployments_share_an_account_stack(tmp_path):
    configs = [
        DeploymentConfig(name="kms-a", layout="split", backend=None),
        DeploymentConfig(name="kms-b", layout="split", region="ap-southeast-1"),
    ]
    stacks = add_deployments(App(outdir=str(tmp_path)), configs)
    assert [s.node.id for s in stacks] == ["kms-a-account", "kms-a", "kms-b"]


def test_the_list_annotations_resolve_at_run_time():
    """Type tools (typeguard, pydantic, sphinx) read hints at run time: Listed must exist."""
    import typing

    from kms_keystore import KeyStoreInstance, KeyStoreNetwork, KeyStoreServiceLinkedRole

    for construct in (KeyStoreInstance, KeyStoreNetwork, KeyStoreServiceLinkedRole):
        hints = typing.get_type_hints(construct.__init__)
        assert any("tuple" in str(hint) for hint in hints.values()), construct


@pytest.mark.parametrize("id", ["..", "a/b"])
def test_a_stack_id_that_names_no_folder_of_its_own_is_refused(id, tmp_path):
    app = App(outdir=str(tmp_path))
    KeyStoreStack(app, id, config=DeploymentConfig(name="kms"))
    with pytest.raises(RuntimeError, match=f"id = '{id}' is not valid: a name of its own"):
        app.synth()
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def _team_store(app: App, id: str, region: str = REGION, **settings: Any) -> KmsKeyStore:
    """A key store declaring the account objects in a team's AlicloudStack."""
    account_objects = settings.pop("account_objects", True)
    stack = AlicloudStack(app, id, region=region, **settings)
    return KmsKeyStore(stack, "KeyStore", region=region, account_objects=account_objects)


def _refused_naming(raised: pytest.ExceptionInfo[Exception], owner: str, out: Any) -> None:
    """The refusal names the first owner of the environment's account; nothing was written."""
    owned = "(the environment's credentials), which declares its account objects already"
    assert f"{owner} {owned}" in str(raised.value)
    assert [p for p in out.rglob("*") if p.is_file()] == []


def test_a_key_store_in_a_team_alicloud_stack_owns_its_account_before_an_added_one(tmp_path):
    app = App(outdir=str(tmp_path))
    _team_store(app, "pay")
    with pytest.raises(ConfigError) as raised:
        add_deployment(app, DeploymentConfig(name="kms", region="ap-southeast-1"))
    start = "add_deployment: config = 'kms' is not valid: a deployment of another account than"
    _refused_naming(raised, f"{start} the key store of the stack 'pay'", tmp_path)
    assert "give that key store account_objects=False" in str(raised.value)


@pytest.mark.parametrize("first", ["added", "by hand", "team"])
def test_a_key_store_in_a_team_alicloud_stack_after_an_owner_is_refused(tmp_path, first):
    app = App(outdir=str(tmp_path))
    if first == "added":
        add_deployment(app, DeploymentConfig(name="kms", region="ap-southeast-1"))
        owner = "the stack 'kms'"
    elif first == "by hand":
        KeyStoreStack(app, "kms", config=DeploymentConfig(name="kms"))
        owner = "the hand-made stack 'kms'"
    else:
        _team_store(app, "kms", region="ap-southeast-1")
        owner = "the key store of the stack 'kms'"
    _team_store(app, "pay")
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    start = "pay/KeyStore: account_objects = True is not valid: False, as"
    _refused_naming(raised, f"{start} {owner}", tmp_path)
    assert "give the key store here account_objects=False" in str(raised.value)


def test_a_hand_made_stack_after_a_team_key_store_of_its_account_is_refused(tmp_path):
    app = App(outdir=str(tmp_path))
    _team_store(app, "pay")
    KeyStoreStack(app, "kms", config=DeploymentConfig(name="kms"))
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    start = "kms: config = 'kms' is not valid: a deployment of another account than"
    _refused_naming(raised, f"{start} the key store of the stack 'pay'", tmp_path)


def test_team_key_stores_of_other_accounts_or_reading_the_role_are_no_owners(tmp_path):
    app = App(outdir=str(tmp_path))
    _team_store(app, "pay")
    _team_store(app, "pay-sg", region="ap-southeast-1", account_objects=False)
    _team_store(app, "other", profile="team-b")
    add_deployment(app, DeploymentConfig(name="kms", profile="team-c"))
    team = TerraformStack(app, "plain")  # its provider is the team's: its account is not known
    AlicloudProvider(team, "alicloud", region=REGION)
    KmsKeyStore(team, "KeyStore", region=REGION)
    app.synth()
    stacks = read_stacks(tmp_path)
    role = "alicloud_resource_manager_service_linked_role"
    declaring = {name for name, stack in stacks.items() if role in stack.get("resource", {})}
    assert declaring == {"pay", "other", "kms", "plain"}


@pytest.mark.parametrize("renamed", [False, True])
@pytest.mark.parametrize("reader_first", [False, True])
def test_a_store_reading_the_role_reads_it_after_the_store_of_its_stack_creates_it(
    tmp_path, reader_first, renamed
):
    """Read at plan time, the role a fresh account gets in this very plan would be missing.

    The role's address is read when the stack is written: a team may rename it later.
    """
    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    stores = [("Prod", True, "10.50"), ("Staging", False, "10.60")]
    made = {}
    for id, account_objects, net in reversed(stores) if reader_first else stores:
        vswitch = VSwitchSpec(cidr_block=f"{net}.1.0/24")
        network = NewNetworkSpec(name=id.lower(), vpc_cidr=f"{net}.0.0/16", vswitch=vswitch)
        made[id] = KmsKeyStore(
            stack, id, region=REGION, account_objects=account_objects, network=network
        )
    if renamed:
        made["Prod"].role.resource.override_logical_id("kms_role")
    app.synth()
    document = read_stacks(tmp_path)["team"]
    (role,) = document["resource"]["alicloud_resource_manager_service_linked_role"]
    assert (role == "kms_role") is renamed
    (read,) = document["data"]["alicloud_ram_roles"].values()
    assert read["depends_on"] == [f"alicloud_resource_manager_service_linked_role.{role}"]


def test_two_stacks_of_one_id_under_two_groups_are_refused(tmp_path):
    """cdktf names a stack's folder by its ID: the second would replace the first."""
    app = App(outdir=str(tmp_path))
    for group, account in (("blue", "111"), ("green", "222")):
        config = DeploymentConfig(name="kms", account=account)
        KeyStoreStack(Construct(app, group), "kms", config=config)
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    assert "green/kms: id = 'kms' is not valid: an ID no other stack of this app has" in str(
        raised.value
    )
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("skip_validation", [False, True])
@pytest.mark.parametrize("team_first", [True, False])
def test_a_teams_own_stack_with_the_id_of_ours_under_a_group_is_refused(
    tmp_path, team_first, skip_validation
):
    """Both would be written to stacks/kms: whichever came second would replace the first."""
    from cdktf import TerraformOutput

    app = App(outdir=str(tmp_path), skip_validation=skip_validation)

    def team() -> None:
        TerraformOutput(TerraformStack(Construct(app, "blue"), "kms"), "x", value="team")

    if team_first:
        team()
    KeyStoreStack(app, "kms", config=DeploymentConfig(name="kms"))
    if not team_first:
        team()
    with pytest.raises((RuntimeError, ConfigError)) as raised:
        app.synth()
    assert "blue/kms: id = 'kms' is not valid: an ID no stack of the kms_keystore package" in str(
        raised.value
    )
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_a_teams_own_stack_spelling_one_of_our_ids_another_way_is_refused(tmp_path):
    from cdktf import TerraformOutput

    app = App(outdir=str(tmp_path))
    AlicloudStack(app, "payments", region=REGION)
    TerraformOutput(TerraformStack(Construct(app, "blue"), "Payments"), "x", value="team")
    assert (
        "blue/Payments: id = 'Payments' is not valid: an ID no stack of the kms_keystore package "
        "in this app has (ours is 'payments'"
    ) in synth_refusal(app)


@pytest.mark.parametrize(
    "backend",
    [
        None,
        BackendSpec(type="oss", bucket="team-state"),
        BackendSpec(type="cloud", organization="t"),
    ],
)
def test_a_teams_stack_keeps_its_literal_region_and_state_name_with_every_backend(
    tmp_path, backend
):
    """The app's check rides on the state's name: the provider's region stays the team's text."""
    from cdktf import TerraformOutput

    app = App(outdir=str(tmp_path))
    stack = AlicloudStack(app, "pay", region=REGION, backend=backend)
    assert stack.provider.region == REGION
    KmsKeyStore(stack, "KS", region=stack.provider.region)
    TerraformOutput(TerraformStack(Construct(app, "blue"), "pay"), "x", value="team")
    assert "blue/pay: id = 'pay' is not valid" in synth_refusal(app)
    app = App(outdir=str(tmp_path / "fine"))
    AlicloudStack(app, "pay", region=REGION, backend=backend)
    app.synth()
    settings = read_stacks(tmp_path / "fine")["pay"]["terraform"]
    kind = backend.type if backend else "local"
    if kind == "cloud":
        assert settings["cloud"]["workspaces"] == {"name": "pay"}
    else:
        written = settings["backend"][kind]
        assert written.get("key", written.get("path")) in (
            "pay.tfstate",
            "../../../terraform.pay.tfstate",
        )


def test_a_teams_own_stacks_of_other_ids_beside_ours_are_written(tmp_path):
    from cdktf import TerraformOutput

    app = App(outdir=str(tmp_path))
    TerraformOutput(TerraformStack(Construct(app, "blue"), "team"), "x", value="team")
    KeyStoreStack(app, "kms", config=DeploymentConfig(name="kms"))
    TerraformOutput(TerraformStack(app, "plain"), "x", value="team")
    app.synth()
    stacks = read_stacks(tmp_path)
    assert sorted(stacks) == ["kms", "plain", "team"]
    assert stacks["kms"]["provider"]["alicloud"][0]["region"] == "cn-hangzhou"


@pytest.mark.parametrize("team", [True, False])
def test_an_added_deployment_named_like_a_stack_of_the_app_is_refused(tmp_path, team):
    app = App(outdir=str(tmp_path))
    if team:
        TerraformStack(app, "kms")
    else:
        KeyStoreStack(app, "kms", config=DeploymentConfig(name="kms"), include_account=False)
    with pytest.raises(ConfigError) as raised:
        add_deployment(app, DeploymentConfig(name="kms", account="999"))
    wanted = "add_deployment: config = 'kms' is not valid: a stack name no other stack of this app"
    assert wanted in str(raised.value)


def test_a_refused_add_deployments_builds_none_of_its_stacks(tmp_path):
    """The account stack came first and stayed in the app when a regional name was taken."""
    app = App(outdir=str(tmp_path))
    Construct(app, "payments")  # a team's own construct
    split = {"layout": "split", "account_stack": AccountStackSpec(name="payments-account")}
    with pytest.raises(ConfigError, match="config = 'payments' is not valid: a stack name"):
        add_deployment(app, DeploymentConfig(name="payments", **split))
    assert [child.node.id for child in app.node.children] == ["payments"]


def test_skipped_validations_do_not_skip_the_package_s_checks(tmp_path):
    """cdktf's error text suggests skip_validation: the refused parts must not be left out."""
    app = App(outdir=str(tmp_path), skip_validation=True)
    config = DeploymentConfig(name="kms", keys=(KeySpec(name="good"), KeySpec(name="")))
    KeyStoreStack(app, "kms", config=config)
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    assert "1 configuration problem; nothing was written" in str(raised.value)
    assert "kms/Key-: name = '' is not valid" in str(raised.value)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_testing_synth_without_validations_stops_on_the_package_s_problems():
    """cdktf's Testing.synth skips validations by default: a team's test must not pin a
    stack with the refused key left out."""
    from cdktf import Testing

    app = Testing.app()
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    KmsKeyStore(stack, "KS", region=REGION, keys=[KeySpec(name="Bad Name")])
    with pytest.raises(RuntimeError, match=r"team/KS/Key-Bad Name: name = 'Bad Name' is not"):
        Testing.synth(stack)
    good = TerraformStack(Testing.app(), "good")
    AlicloudProvider(good, "alicloud", region=REGION)
    KmsKeyStore(good, "KS", region=REGION, keys=[KeySpec(name="app")])
    assert "alicloud_kms_key" in Testing.synth(good)


def test_keys_and_secrets_a_team_adds_under_a_store_claim_their_names(tmp_path):
    from kms_keystore import KeyStoreKey, KeyStoreSecret, SecretSpec

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    store = KmsKeyStore(
        stack,
        "KS",
        region=REGION,
        keys=[KeySpec(name="app", aliases=("alias/app",))],
        secrets=[SecretSpec(name="db", encryption_key="app")],
    )
    KeyStoreKey(
        store, "Extra", instance=store.instance, spec=KeySpec(name="x", aliases=("alias/app",))
    )
    spec = SecretSpec(name="db", encryption_key="app", data_variable="other_data")
    KeyStoreSecret(store, "Again", instance=store.instance, keys=dict(store.keys), spec=spec)
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    assert "team/KS/Extra: aliases[0] = 'alias/app' is not valid: a KMS alias not already" in str(
        raised.value
    )
    assert "team/KS/Again: name = 'db' is not valid: a KMS secret not already" in str(raised.value)


def test_split_deployments_agree_on_principals_written_as_a_list_or_a_tuple(tmp_path):
    from kms_keystore import CreatorPolicySpec

    configs = [
        parse_deployment({"name": "kms-a", "layout": "split", "creatorPolicy": {"users": ["dep"]}}),
        DeploymentConfig(
            name="kms-b",
            layout="split",
            region="ap-southeast-1",
            creator_policy=CreatorPolicySpec(users=["dep"]),
        ),
    ]
    stacks = add_deployments(App(outdir=str(tmp_path)), configs)
    assert [s.node.id for s in stacks] == ["kms-a-account", "kms-a", "kms-b"]


def test_split_deployments_agree_on_the_account_stack_region():
    """The account stack takes the first deployment's settings: another region would be lost."""
    second = {
        "name": "kms-b",
        "region": "ap-southeast-1",
        "accountStack": {"region": "cn-shanghai"},
    }
    with pytest.raises(ConfigError) as raised:
        read_deployments({"layout": "split", "deployments": [{"name": "kms-a"}, second]})[
            1
        ].raise_if_any()
    assert (
        "accountStack.region = {'kms-a': 'cn-hangzhou', 'kms-b': 'cn-shanghai'} is not valid: "
        "the account stack's region"
    ) in str(raised.value)
    # the region the account stack gets anyway is no difference
    same = {**second, "accountStack": {"region": "cn-hangzhou"}}
    read_deployments({"layout": "split", "deployments": [{"name": "kms-a"}, same]})[
        1
    ].raise_if_any()


def test_second_owner_advice_fits_the_stack_and_names_the_deployment(tmp_path):
    app = App(outdir=str(tmp_path))
    AccountStack(app, "acct-1", config=DeploymentConfig(name="kms-a", layout="split"))
    AccountStack(app, "acct-2", config=DeploymentConfig(name="kms-b", layout="split"))
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    assert "declare one AccountStack per account; its key store stacks take" in str(raised.value)
    assert "give this stack include_account=False" not in str(raised.value)
    other = DeploymentConfig(name="kms-c", account="333")
    with pytest.raises(ConfigError) as refused:
        add_deployments(app, [other, DeploymentConfig(name="kms-d")])
    assert "add_deployments: configs[1] = 'kms-d' is not valid: a deployment of another" in str(
        refused.value
    )
    assert "make this deployment's stack by hand too, KeyStoreStack(app, 'kms-d'" in str(
        refused.value
    )


def test_instance_spec_given_writes_only_what_is_given():
    from kms_keystore import InstanceSpec

    adopted = InstanceSpec.given(mode="adopt", instance_id="kst-hzz6123456789abcdef")
    assert (adopted.name, adopted.period, adopted.key_num, adopted.payment_type) == (None,) * 4
    assert adopted.purchase_defaults_written() == ()
    assert InstanceSpec.given(mode="reference", instance_id="kst-x").product_version is None
    payg = InstanceSpec.given(payment_type="PayAsYouGo", secret_num=None)
    check = Checker("i")
    payg.validate(check)
    assert check.problems == []
    assert (payg.period, payg.spec, payg.renew_status) == (None, None, None)


def test_an_adopted_instance_made_with_the_purchase_defaults_is_warned_about(tmp_path, capfd):
    from kms_keystore import ExistingNetworkSpec, InstanceSpec

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    ids = {"vpc_id": "vpc-bp1hsmvpc0example", "vswitch_id": "vsw-bp1hsmvsw0example"}
    network = ExistingNetworkSpec(**ids, zone_ids=("cn-hangzhou-k", "cn-hangzhou-j"))
    for id, spec in (
        ("Plain", InstanceSpec(mode="adopt", instance_id="kst-hzz6123456789abcdef")),
        ("Given", InstanceSpec.given(mode="adopt", instance_id="kst-hzz6123456789abcdf0")),
        (
            "Real",
            InstanceSpec.given(
                mode="adopt", instance_id="kst-hzz6123456789abcdf1", product_version="3"
            ),
        ),
    ):
        KmsKeyStore(stack, id, region=REGION, role_mode="reference", instance=spec, network=network)
    warnings = [line for line in capfd.readouterr().err.splitlines() if "adopted instance" in line]
    assert len(warnings) == 1
    assert (
        "team/Plain/Instance: adopted instance: product_version, payment_type, period"
        in warnings[0]
    )
    # advice that silences it: given() writes real values equal to the defaults without a word
    assert "Build the spec with InstanceSpec.given(mode='adopt', ...): it writes" in warnings[0]


def test_a_deployments_suppressions_are_placed_when_it_is_added_or_built_by_hand(tmp_path):
    """They were read and then dropped: a waiver that did nothing, a stale one unreported."""
    from kms_keystore.app.build import synthesize

    entry = {
        "name": "payments",
        "keys": [{"name": "app"}],
        "applications": [{"name": "api", "sourceIps": ["10.20.1.0/24"], "keys": ["*"]}],
    }
    waiver = {"rule": "KS-RAM-2", "reason": "the api uses every key of its store"}
    added = {**entry, "suppressions": [{"path": "payments/App-api/Policy", **waiver}]}
    app = App(outdir=str(tmp_path / "added"))
    add_deployment(app, parse_deployment(added))
    synthesize(app)  # the KS-RAM-2 finding on the policy is waived
    by_hand = {**entry, "suppressions": [{"path": "team/KeyStore/App-api/Policy", **waiver}]}
    app = App(outdir=str(tmp_path / "hand"))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    KmsKeyStore.from_config(stack, "KeyStore", parse_deployment(by_hand))
    synthesize(app)
    stale = {**entry, "suppressions": [{"path": "payments/Nothing", **waiver}]}
    app = App(outdir=str(tmp_path / "stale"))
    add_deployment(app, parse_deployment(stale))
    with pytest.raises(ConfigError) as raised:
        synthesize(app)  # placed once every stack exists: paths may name a later one
    assert (
        "add_deployment: config.suppressions[0].path = 'payments/Nothing' is not valid: the path"
    ) in str(raised.value)
    assert [p for p in (tmp_path / "stale").rglob("*") if p.is_file()] == []


def test_suppressions_may_name_a_stack_made_later_and_are_checked_by_kind(tmp_path):
    from kms_keystore import SuppressionSpec
    from kms_keystore.app.build import synthesize

    waiver = SuppressionSpec(
        path="kms-account/CreatorPolicy", rule="KS-RAM-2", reason="reviewed by the platform team"
    )
    config = DeploymentConfig(name="kms", layout="split", suppressions=(waiver,))
    app = App(outdir=str(tmp_path))
    regional = KeyStoreStack(app, "kms", config=config, include_account=False)
    account = AccountStack(app, "kms-account", config=config)  # made after the regional stack
    regional.add_dependency(account)
    with pytest.raises(ConfigError) as raised:
        synthesize(app)
    # placed on the account stack's creator policy, which has no KS-RAM-2 finding: stale
    assert "kms-account/CreatorPolicy" in str(raised.value)
    assert "the path of a construct" not in str(raised.value)
    bad = App(outdir=str(tmp_path / "bad"))
    stack = TerraformStack(bad, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    shaped = DeploymentConfig(name="team", suppressions=[{"path": "team/KS"}])  # type: ignore[list-item]
    KmsKeyStore.from_config(stack, "KS", shaped)
    with pytest.raises(RuntimeError, match=r"config\.suppressions\[0\] = 'a dict' is not valid"):
        bad.synth()


def test_team_stacks_on_the_environment_s_credentials_may_name_their_accounts(tmp_path):
    """One CI job per account: labels tell the accounts apart, as a deployment's account does."""
    app = App(outdir=str(tmp_path))
    _team_store(app, "kms-dev", account="dev")
    _team_store(app, "kms-prod", region="ap-southeast-1", account="prod")
    app.synth()
    unlabelled = App(outdir=str(tmp_path / "two"))
    _team_store(unlabelled, "kms-dev")
    _team_store(unlabelled, "kms-prod", region="ap-southeast-1")
    with pytest.raises(RuntimeError, match=r"give each AlicloudStack its account label"):
        unlabelled.synth()


@pytest.mark.parametrize("scope", [None, "app"])
def test_a_stack_given_no_construct_as_scope_names_the_argument(scope):
    with pytest.raises(TypeError, match="scope"):
        AlicloudStack(scope, "kms", region=REGION)  # type: ignore[arg-type]


def test_kms_names_are_unique_in_an_account_and_region_across_hand_made_stacks(tmp_path):
    """add_deployments refuses the same; by hand, the second apply failed."""
    from kms_keystore import SecretSpec

    app = App(outdir=str(tmp_path))
    keys = (KeySpec(name="app", aliases=("alias/pay",)),)
    secrets = (SecretSpec(name="db", encryption_key="app"),)
    for name in ("kms-a", "kms-b"):
        config = DeploymentConfig(name=name, keys=keys, secrets=secrets)
        KeyStoreStack(app, name, config=config, include_account=name == "kms-a")
    other = DeploymentConfig(name="kms-c", keys=keys, secrets=secrets, region="ap-southeast-1")
    KeyStoreStack(app, "kms-c", config=other, include_account=False)  # another region: fine
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    text = str(raised.value)
    assert "kms-b: keys[0].aliases[0] = 'alias/pay' is not valid: a KMS alias not already" in text
    assert "in cn-hangzhou for the environment's credentials (by kms-a" in text
    assert "kms-b: secrets[0].name = 'db' is not valid: a KMS secret" in text
    assert "kms-c:" not in text.replace("kms-c: not written", "")


def test_deployers_are_granted_beside_a_refused_key_and_the_key_is_reported(tmp_path):
    """Reading the stacks for the deployers' policy is no synthesis: the problem waits for it."""
    from kms_keystore import DeployersSpec

    app = App(outdir=str(tmp_path))
    spec = AccountStackSpec(deployers=DeployersSpec(users=("kms-deployer",)))
    bad = (KeySpec(name="Bad Name"),)
    add_deployments(
        app,
        [
            DeploymentConfig(name="kms-a", layout="split", account_stack=spec, keys=bad),
            DeploymentConfig(
                name="kms-b", layout="split", region="ap-southeast-1", account_stack=spec
            ),
        ],
    )
    with pytest.raises(RuntimeError, match=r"kms-a/Key-Bad Name: name = 'Bad Name' is not valid"):
        app.synth()


def test_settings_a_referenced_instance_would_drop_are_refused_everywhere():
    from kms_keystore import InstanceSpec

    instance = {"mode": "reference", "id": "kst-hzz6123456789abcdef", "tags": {"team": "pay"}}
    with pytest.raises(ConfigError, match=r"instance\.tags = .* mode 'reference' only reads"):
        parse_deployment({"name": "kms", "instance": instance})
    spec = InstanceSpec(mode="reference", instance_id=instance["id"], tags={"team": "pay"})
    check = Checker("i")
    spec.validate(check)
    assert [p.field for p in check.problems] == ["tags"]


@pytest.mark.parametrize("given", [False, True])
def test_every_setting_a_referenced_instance_would_drop_is_refused_by_hand(given):
    """Only mode, ID, variable and edition are read; one problem for each value given."""
    from kms_keystore import InstanceSpec

    settings = {"key_num": 5000, "spec": 2000, "log": "1", "name": "mine"}
    settings |= {"deletion_protection": False, "payment_type": "PayAsYouGo"}
    make = InstanceSpec.given if given else InstanceSpec
    spec = make(mode="reference", instance_id="kst-hzz6123456789abcdef", **settings)
    check = Checker("i")
    spec.validate(check)
    assert sorted(p.field for p in check.problems) == sorted(settings)
    assert {p.allowed.split(" (")[0] for p in check.problems} == {
        "unset: mode 'reference' only reads the instance, so this setting would do nothing"
    }
    # None, and an empty list of VPCs, give nothing: no mistake
    spec = make(mode="reference", instance_id="kst-hzz6123456789abcdef", period=None, bind_vpcs=[])
    check = Checker("i")
    spec.validate(check)
    assert check.problems == []


def test_the_reader_names_only_the_key_given_on_a_referenced_instance():
    instance = {"mode": "reference", "id": "kst-hzz6123456789abcdef", "productVersion": "3"}
    with pytest.raises(ConfigError) as raised:
        parse_deployment({"name": "kms", "instance": {**instance, "paymentType": "PayAsYouGo"}})
    assert [p.field for p in raised.value.problems] == ["instance.paymentType"]


def test_a_store_of_another_region_than_its_stack_s_provider_is_refused(tmp_path):
    app = App(outdir=str(tmp_path))
    stack = AlicloudStack(app, "pay", region=REGION)
    KmsKeyStore(stack, "KeyStore", region="ap-southeast-1")
    assert (
        "pay/KeyStore: region = 'ap-southeast-1' is not valid: 'cn-hangzhou', the region of this "
        "stack's provider"
    ) in synth_refusal(app)


def test_labelled_team_stacks_keeping_their_own_config_are_two_accounts(tmp_path):
    """A team's stack attribute named config is no deployment of ours: its label counts."""

    class TeamStack(AlicloudStack):
        def __init__(self, scope: Construct, id: str, account: str) -> None:
            super().__init__(scope, id, region=REGION, account=account)
            self.config = DeploymentConfig(name=id)  # the team's own use of the name
            keys = [KeySpec(name="app", aliases=("alias/pay",))]
            KmsKeyStore(self, "KeyStore", region=REGION, keys=keys)

    app = App(outdir=str(tmp_path))
    TeamStack(app, "kms-prod", "prod")
    TeamStack(app, "kms-dev", "dev")
    app.synth()
    unlabelled = App(outdir=str(tmp_path / "one"))
    stack = AlicloudStack(unlabelled, "a", region=REGION)
    KmsKeyStore(stack, "KS", region=REGION, keys=[KeySpec(name="k", aliases=("alias/x",))])
    other = AlicloudStack(unlabelled, "b", region=REGION)
    keys = [KeySpec(name="k", aliases=("alias/x",))]
    KmsKeyStore(other, "KS", region=REGION, account_objects=False, keys=keys)
    assert "give each AlicloudStack its account label" in synth_refusal(unlabelled)


def test_suppressions_of_an_added_deployment_are_checked_by_app_synth_too(tmp_path):
    from kms_keystore import SuppressionSpec

    bad = SuppressionSpec(path="kms/Nope", rule="KS-RAM-2", reason="reviewed by the platform team")
    app = App(outdir=str(tmp_path))
    add_deployment(app, DeploymentConfig(name="kms", suppressions=(bad,)))
    assert "config.suppressions[0].path = 'kms/Nope' is not valid" in synth_refusal(app)


@pytest.mark.parametrize("where", ["under the store", "in the stack"])
def test_keys_and_secrets_added_by_hand_count_against_the_quotas(tmp_path, where):
    """CreateKey and CreateSecret fail at apply beyond the quotas, after the instance is bought."""
    from kms_keystore import InstanceSpec, KeyStoreKey, KeyStoreSecret, SecretSpec
    from kms_keystore.framework.validation import problems_of

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    store = KmsKeyStore(
        stack,
        "KS",
        region=REGION,
        instance=InstanceSpec(key_num=1000, secret_num=100),
        keys=[KeySpec(name=f"k{i}") for i in range(999)],
        secrets=[SecretSpec(name=f"s{i}", encryption_key="k0") for i in range(99)],
    )
    scope = store if where == "under the store" else stack
    for i in range(2):
        spec = KeySpec(name=f"extra{i}")
        KeyStoreKey(scope, f"Extra{i}", instance=store.instance, spec=spec)
        spec = SecretSpec(name=f"more{i}", encryption_key="k0")
        KeyStoreSecret(scope, f"More{i}", instance=store.instance, keys=store.keys, spec=spec)
    under = "team/KS/" if where == "under the store" else "team/"
    assert [str(p) for p in problems_of(app)] == [
        f"{under}Extra1: instance = 'team/KS/Instance (key_num=1000)' is not valid: an instance "
        "with room for this key: it is key 1001 declared in that instance, which holds 1000; "
        "raise key_num in its InstanceSpec",
        f"{under}More1: instance = 'team/KS/Instance (secret_num=100)' is not valid: an instance "
        "with room for this secret: it is secret 101 declared in that instance, which holds 100; "
        "raise secret_num in its InstanceSpec",
    ]
    with pytest.raises(RuntimeError, match="key 1001 declared"):
        app.synth()
    assert [p for p in tmp_path.rglob("*.tf.json")] == []


def test_keys_added_by_hand_to_an_instance_of_its_own_quota_left_as_is_are_not_counted(tmp_path):
    """A referenced instance's quotas are its own; an adopted one's left None are kept."""
    from kms_keystore import ExistingNetworkSpec, InstanceSpec, KeyStoreKey
    from kms_keystore.framework.validation import problems_of

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    ids = {"vpc_id": "vpc-bp1hsmvpc0example", "vswitch_id": "vsw-bp1hsmvsw0example"}
    for name, spec, network in (
        ("Ref", InstanceSpec(mode="reference", instance_id="kst-hzz6123456789abcdef"), None),
        (
            "Adopted",
            InstanceSpec.given(mode="adopt", instance_id="kst-hzz6123456789abcdee"),
            ExistingNetworkSpec(**ids, zone_ids=("cn-hangzhou-k", "cn-hangzhou-j")),
        ),
    ):
        store = KmsKeyStore(
            stack,
            name,
            region=REGION,
            instance=spec,
            network=network,
            account_objects=name == "Ref",
            role_mode="reference" if name == "Ref" else None,
        )
        for i in range(1001):
            KeyStoreKey(stack, f"{name}{i}", instance=store.instance, spec=KeySpec(name=f"k{i}"))
    assert [str(p) for p in problems_of(app) if "room" in str(p)] == []


@pytest.mark.parametrize("how", ["after, by ID", "before, renamed under a group"])
def test_a_teams_variable_with_the_name_of_a_store_s_is_refused(tmp_path, how):
    """cdktf merges the two: the team's default would become the secret's value."""
    from cdktf import TerraformVariable

    from kms_keystore import SecretSpec

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)

    def team_variable() -> None:
        if how.endswith("by ID"):
            TerraformVariable(stack, "db_secret_data", type="string", default="team-value")
        else:
            variable = TerraformVariable(Construct(stack, "group"), "v", default="team-value")
            variable.override_logical_id("db_secret_data")

    if how.startswith("before"):
        team_variable()
    secrets = [SecretSpec(name="db", encryption_key="app")]
    KmsKeyStore(stack, "KS", region=REGION, keys=[KeySpec(name="app")], secrets=secrets)
    if how.startswith("after"):
        team_variable()
    refusal = synth_refusal(app)
    where = "team/db_secret_data" if how.endswith("by ID") else "team/group/v"
    assert f"{where}: name = 'db_secret_data' is not valid: a variable name no construct" in refusal
    assert "(team/KS/Secret-db declares variable 'db_secret_data')" in refusal
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("run_validations", [False, True])
def test_a_teams_variable_with_a_store_s_name_is_refused_by_testing_synth(run_validations):
    """cdktf's Testing.synth prepares nothing: the check runs as the stack is resolved."""
    from cdktf import TerraformVariable, Testing

    from kms_keystore import SecretSpec

    app = Testing.app()
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    secrets = [SecretSpec(name="db", encryption_key="app")]
    KmsKeyStore(stack, "KS", region=REGION, keys=[KeySpec(name="app")], secrets=secrets)
    TerraformVariable(stack, "db_secret_data", type="string", default="hunter2", sensitive=False)
    with pytest.raises(RuntimeError) as raised:
        Testing.synth(stack, run_validations)
    assert "team/db_secret_data: name = 'db_secret_data' is not valid" in str(raised.value)


def test_testing_synth_of_a_store_beside_team_variables_of_other_names_passes():
    from cdktf import TerraformVariable, Testing

    from kms_keystore import SecretSpec

    app = Testing.app()
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    TerraformVariable(stack, "db_host", type="string")
    secrets = [SecretSpec(name="db", encryption_key="app")]
    KmsKeyStore(stack, "KS", region=REGION, keys=[KeySpec(name="app")], secrets=secrets)
    for run_validations in (False, True):
        variables = json.loads(Testing.synth(stack, run_validations))["variable"]
        assert sorted(variables) == ["db_host", "db_secret_data"]
        assert variables["db_secret_data"]["sensitive"] is True


def test_a_teams_variables_of_other_names_beside_a_store_s_are_written(tmp_path):
    from cdktf import TerraformVariable

    from kms_keystore import SecretSpec

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    TerraformVariable(stack, "db_host", type="string")
    secrets = [SecretSpec(name="db", encryption_key="app")]
    KmsKeyStore(stack, "KS", region=REGION, keys=[KeySpec(name="app")], secrets=secrets)
    app.synth()
    variables = read_stacks(tmp_path)["team"]["variable"]
    assert sorted(variables) == ["db_host", "db_secret_data"]
    assert variables["db_secret_data"]["description"] == "Value of the KMS secret db (sensitive)."


@pytest.mark.parametrize("declared_by", ["an AccountStack", "a role made by hand, after"])
def test_a_role_read_waits_for_the_role_any_construct_of_its_stack_creates(tmp_path, declared_by):
    """Not only another store's: the plan of a fresh account would read no role."""
    from kms_keystore import AccountStack, KeyStoreServiceLinkedRole

    app = App(outdir=str(tmp_path))
    if declared_by == "an AccountStack":
        stack: Any = AccountStack(app, "acct", config=DeploymentConfig(name="acct"))
        KmsKeyStore(stack, "KS", region=REGION, account_objects=False)
    else:
        stack = _stack(app)
        KmsKeyStore(stack, "KS", region=REGION, account_objects=False)
        KeyStoreServiceLinkedRole(stack, "Made", mode="create")
    app.synth()
    (document,) = read_stacks(tmp_path).values()
    (role,) = document["resource"]["alicloud_resource_manager_service_linked_role"]
    (read,) = document["data"]["alicloud_ram_roles"].values()
    assert read["depends_on"] == [f"alicloud_resource_manager_service_linked_role.{role}"]


def test_a_role_read_made_by_hand_keeps_the_depends_on_it_is_given(tmp_path):
    from cdktf_cdktf_provider_alicloud.ram_user import RamUser

    from kms_keystore import KeyStoreServiceLinkedRole

    app = App(outdir=str(tmp_path))
    stack = _stack(app)
    user = RamUser(stack, "Deployer", name="deployer")
    KeyStoreServiceLinkedRole(stack, "Read", mode="reference", depends_on=[user])
    KeyStoreServiceLinkedRole(stack, "Made", mode="create")
    app.synth()
    (document,) = read_stacks(tmp_path).values()
    (read,) = document["data"]["alicloud_ram_roles"].values()
    assert read["depends_on"] == ["alicloud_ram_user.Deployer"]


@pytest.mark.parametrize("stack_kind", ["AccountStack", "split KeyStoreStack", "KeyStoreStack"])
def test_a_store_declaring_the_account_objects_in_a_stack_of_an_owned_account_is_refused(
    tmp_path, stack_kind
):
    """The role and creator policy would be declared twice: EntityAlreadyExists at apply."""
    from kms_keystore import AccountStack

    app = App(outdir=str(tmp_path))
    config = DeploymentConfig(name="kms", account="prod", layout="split")
    if stack_kind == "AccountStack":
        stack: Any = AccountStack(app, "acct", config=config)
    elif stack_kind == "split KeyStoreStack":
        AccountStack(app, "acct", config=config)
        stack = KeyStoreStack(app, "kms", config=config, include_account=False)
    else:
        stack = KeyStoreStack(app, "kms", config=DeploymentConfig(name="kms", account="prod"))
    KmsKeyStore(stack, "Extra", region=REGION)
    owner = "kms" if stack_kind == "KeyStoreStack" else "acct"
    assert (
        f"/Extra: account_objects = True is not valid: False, as the hand-made stack {owner!r} "
        "(account prod), which declares its account objects already"
    ) in synth_refusal(app)


@pytest.mark.parametrize("same_account", [True, False])
def test_kms_names_of_a_store_in_an_account_stack_are_in_its_account(tmp_path, same_account):
    """One alias twice in an account fails at apply; in two accounts it is no mistake."""
    from kms_keystore import AccountStack

    app = App(outdir=str(tmp_path))
    keys = (KeySpec(name="k", aliases=("alias/k",)),)
    prod = DeploymentConfig(name="kms", account="prod", layout="split")
    account_stack = AccountStack(app, "acct", config=prod)
    KmsKeyStore(account_stack, "KS", region=REGION, account_objects=False, keys=keys)
    other = DeploymentConfig(name="kms-dev", account="dev", layout="split", keys=keys)
    if not same_account:
        AccountStack(app, "acct-dev", config=other)
    config = dataclasses.replace(prod, keys=keys) if same_account else other
    KeyStoreStack(app, config.name, config=config, include_account=False)
    if same_account:
        assert (
            "kms: keys[0].aliases[0] = 'alias/k' is not valid: a KMS alias not already "
            "declared in cn-hangzhou for account prod (by acct/KS, in another stack"
        ) in synth_refusal(app)
    else:
        app.synth()
        assert sorted(read_stacks(tmp_path)) == ["acct", "acct-dev", "kms-dev"]


@pytest.mark.parametrize("skip_validation", [False, True])
def test_a_suppression_naming_nothing_stops_the_app_before_any_stack_is_written(
    tmp_path, skip_validation
):
    """Checked as a validation of its own stack, the stacks before it were written first."""
    from kms_keystore import ApplicationSpec

    app = App(outdir=str(tmp_path / "cdktf.out"), skip_validation=skip_validation)
    access = ApplicationSpec(name="api", source_ips=("10.0.0.1",), keys=("k",))
    team = TerraformStack(app, "a")  # a team's own stack, written first
    AlicloudProvider(team, "alicloud", region=REGION)
    KmsKeyStore(team, "KS", region=REGION, keys=[KeySpec(name="k")], applications=[access])
    suppression = {"path": "bb/Nope", "rule": "KS-KMS-4", "reason": "a reason long enough here"}
    config = parse_deployment({"name": "bb", "suppressions": [suppression]})
    KeyStoreStack(app, "bb", config=config, include_account=False)
    with pytest.raises((RuntimeError, ConfigError)) as raised:
        app.synth()
    assert (
        "bb: config.suppressions[0].path = 'bb/Nope' is not valid: the path of a construct"
        in str(raised.value)
    )
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
    assert not (tmp_path / "secrets").exists()


def test_testing_synth_of_a_stack_made_after_the_first_problem_raises_its_own(tmp_path):
    """cdktf's Testing.synth resolves one stack: it must not come back with a key left out."""
    from cdktf import Testing

    app = Testing.app()

    def team(id: str) -> TerraformStack:
        stack = TerraformStack(app, id)
        AlicloudProvider(stack, "alicloud", region=REGION)
        return stack

    KmsKeyStore(team("a"), "KS", region=REGION, keys=[KeySpec(name="k", key_spec="Nope")])
    keys = [KeySpec(name="good"), KeySpec(name="bad", key_spec="Aliyun_AES_128")]
    b = team("b")  # made after the app's first problem
    KmsKeyStore(b, "KS", region=REGION, keys=keys)
    with pytest.raises(RuntimeError, match="b/KS/Key-bad: key_spec = 'Aliyun_AES_128'"):
        Testing.synth(b)


def test_stack_ids_and_account_labels_spelt_two_ways_are_refused(tmp_path):
    """One folder and state file on a disk that ignores case; one account to a person."""
    app = App(outdir=str(tmp_path))
    AlicloudStack(app, "payments", region=REGION, account="prod")
    AlicloudStack(app, "Payments", region=REGION)
    AlicloudStack(app, "billing", region=REGION, account="Prod ")
    refusal = synth_refusal(app)
    assert "Payments: id = 'Payments' is not valid: an ID that differs from 'payments'" in refusal
    assert "billing: account = 'Prod ' is not valid: 'prod', as another stack spells" in refusal
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_stack_ids_and_labels_that_differ_in_more_than_spelling_are_fine(tmp_path):
    app = App(outdir=str(tmp_path))
    AlicloudStack(app, "payments", region=REGION, account="prod")
    AlicloudStack(app, "payments-dr", region=REGION, account="prod")
    AlicloudStack(app, "billing", region=REGION, account="production")
    app.synth()
    assert sorted(read_stacks(tmp_path)) == ["billing", "payments", "payments-dr"]


def test_a_store_of_another_region_than_a_team_stack_s_provider_is_refused(tmp_path):
    """The README's shape: a plain stack whose provider the team made first."""
    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "payments")
    AlicloudProvider(stack, "alicloud", region="ap-southeast-1")
    AlicloudProvider(stack, "hangzhou", region=REGION, alias="hangzhou")  # not the default
    KmsKeyStore(stack, "KeyStore", region=REGION)
    assert (
        "payments/KeyStore: region = 'cn-hangzhou' is not valid: 'ap-southeast-1', the region of "
        "this stack's provider"
    ) in synth_refusal(app)


def test_a_store_in_a_team_stack_whose_provider_region_is_a_reference_is_not_judged(tmp_path):
    from cdktf import TerraformVariable

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "payments")
    region = TerraformVariable(stack, "region", type="string", default=REGION)
    AlicloudProvider(stack, "alicloud", region=region.string_value)
    KmsKeyStore(stack, "KeyStore", region=REGION)
    app.synth()
    assert list(read_stacks(tmp_path)) == ["payments"]


def test_messages_to_a_team_name_what_it_wrote_in_python(tmp_path):
    """account_objects=True, not the claim's own text; role_mode and ExistingNetworkSpec."""
    from kms_keystore import InstanceSpec

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    KmsKeyStore(stack, "A", region=REGION)
    KmsKeyStore(stack, "B", region=REGION)
    adopted = InstanceSpec.given(mode="adopt", instance_id="kst-hzz6123456789abcdef")
    KmsKeyStore(stack, "C", region=REGION, account_objects=False, instance=adopted)
    refusal = synth_refusal(app)
    assert "team/B: account_objects = True is not valid: a set of account-wide objects" in refusal
    assert "network=ExistingNetworkSpec(vpc_id=..., vswitch_id=..., zone_ids=(...))" in refusal
    assert "vpcId" not in refusal


def test_synthesize_raises_what_cdktf_finds_while_preparing_as_a_config_error(tmp_path):
    """One message per problem, without Node's stack trace."""
    from cdktf import TerraformOutput

    from kms_keystore.app.build import synthesize

    app = App(outdir=str(tmp_path))
    TerraformOutput(TerraformStack(Construct(app, "blue"), "kms"), "x", value="team")
    KeyStoreStack(app, "kms", config=DeploymentConfig(name="kms"))
    with pytest.raises(ConfigError) as raised:
        synthesize(app, tmp_path)
    assert "blue/kms: id = 'kms' is not valid" in str(raised.value)
    assert "Kernel" not in str(raised.value) and "skipValidation" not in str(raised.value)


def test_a_second_construct_creating_the_role_in_a_stack_is_refused(tmp_path):
    """The account has one service-linked role: EntityAlreadyExists.Role at apply."""
    from kms_keystore import KeyStoreServiceLinkedRole

    app = App(outdir=str(tmp_path))
    stack = _stack(app)
    KmsKeyStore(stack, "KS", region=REGION)
    KeyStoreServiceLinkedRole(stack, "Made", mode="adopt")
    KeyStoreServiceLinkedRole(stack, "Read", mode="reference")  # reading it is fine
    refusal = synth_refusal(app)
    assert (
        "team/Made: mode = 'adopt' is not valid: 'reference': the service-linked role is created "
        "in this stack already (by team/KS/ServiceLinkedRole)"
    ) in refusal
    assert "team/Read" not in refusal


@pytest.mark.parametrize("skip_validation", [False, True])
def test_a_suppression_of_a_store_in_a_plain_stack_naming_nothing_writes_nothing(
    tmp_path, skip_validation
):
    """No stack of ours carries the app's check there: the store's role does."""
    from cdktf import TerraformOutput

    from kms_keystore import SuppressionSpec

    app = App(outdir=str(tmp_path / "cdktf.out"), skip_validation=skip_validation)
    TerraformOutput(TerraformStack(app, "a"), "x", value="team")  # written first, if at all
    stack = TerraformStack(app, "b")
    AlicloudProvider(stack, "alicloud", region=REGION)
    bad = SuppressionSpec(path="b/Nope", rule="KS-KMS-4", reason="a reason long enough here")
    KmsKeyStore.from_config(stack, "KS", DeploymentConfig(name="kms", suppressions=(bad,)))
    with pytest.raises((RuntimeError, ConfigError)) as raised:
        app.synth()
    assert "config.suppressions[0].path = 'b/Nope' is not valid" in str(raised.value)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize(
    ("id", "team_first", "wanted"),
    [
        ("pay ments", False, "an ID without spaces or other whitespace"),
        ("pay\ufeff", False, "an ID without spaces or other whitespace"),
        ("pay!", False, r"an ID without ! \(cdktf refuses the glob characters"),
        ("kms", True, "an ID no other construct here has"),
        ("", False, "a non-empty ID"),
    ],
)
@pytest.mark.parametrize("config_ok", [True, False])
def test_a_stack_id_cdktf_refuses_is_a_config_error(tmp_path, id, team_first, wanted, config_ok):
    """cdktf's own constructor would raise a RuntimeError with a Node trace."""
    app = App(outdir=str(tmp_path))
    if team_first:
        TerraformStack(app, id)
    config = DeploymentConfig(name="kms", layout="single" if config_ok else "bogus")
    where = id or "app"
    with pytest.raises(ConfigError) as raised:
        KeyStoreStack(app, id, config=config)
    message = str(raised.value)
    assert f"{where if id.isprintable() else ''}: id = {id!r} is not valid: " in message
    assert re.search(wanted, message) and message.count("is not valid") == 1


def test_a_store_creating_the_role_a_team_made_first_is_told_of_its_own_props(tmp_path):
    from kms_keystore import KeyStoreServiceLinkedRole

    app = App(outdir=str(tmp_path))
    stack = _stack(app)
    KeyStoreServiceLinkedRole(stack, "Made")
    KmsKeyStore(stack, "KS", region=REGION)
    assert (
        "team/KS: role_mode = 'create' is not valid: 'reference' (or account_objects=False): "
        "the service-linked role is created in this stack already (by team/Made)"
    ) in synth_refusal(app)


def test_a_role_creator_after_an_adopting_store_is_told_the_role_is_adopted(tmp_path):
    from kms_keystore import KeyStoreServiceLinkedRole

    app = App(outdir=str(tmp_path))
    stack = _stack(app)
    KmsKeyStore(stack, "KS", region=REGION, role_mode="adopt")
    KeyStoreServiceLinkedRole(stack, "Role", mode="create")
    assert (
        "team/Role: mode = 'create' is not valid: 'reference': the service-linked role is "
        "adopted in this stack already (by team/KS/ServiceLinkedRole)"
    ) in synth_refusal(app)


def test_a_store_in_the_account_stack_it_conflicts_with_gets_no_label_advice(tmp_path):
    """Labels tell two stacks apart; a stack is not told to tell itself apart."""
    from kms_keystore import AccountStack

    app = App(outdir=str(tmp_path))
    account = AccountStack(app, "acct", config=DeploymentConfig(name="pay", layout="split"))
    KmsKeyStore(account, "KS", region=REGION)
    refusal = synth_refusal(app)
    assert "acct/KS: account_objects = True is not valid: False" in refusal
    assert "give the key store here account_objects=False" in refusal
    assert "account label" not in refusal


NO_PROVIDER = "b/KS: scope = 'b' is not valid: a stack holding a default AlicloudProvider"


@pytest.mark.parametrize("how", ["synthesize", "app.synth", "with suppressions", "aliased only"])
def test_a_store_in_a_plain_stack_without_a_provider_stops_before_anything_is_written(
    tmp_path, how
):
    """cdktf refuses the stack only as it validates it, after the stacks before it were written."""
    from cdktf import TerraformOutput

    from kms_keystore.app.build import synthesize

    app = App(outdir=str(tmp_path / "out"))
    TerraformOutput(TerraformStack(app, "a"), "x", value="written first, if at all")
    stack = TerraformStack(app, "b")
    if how == "with suppressions":  # the role also carries the app-wide check then
        config = DeploymentConfig(
            name="b",
            suppressions=[
                SuppressionSpec("b/KS/Instance", "KS-KMS-4", "a reason long enough to be read")
            ],
        )
        KmsKeyStore.from_config(stack, "KS", config)
    else:
        KmsKeyStore(stack, "KS", region=REGION, keys=[KeySpec(name="app")])
    if how == "aliased only":  # the store's resources would get an empty default provider
        AlicloudProvider(stack, "shanghai", region="cn-shanghai", alias="sh")
    if how == "app.synth":
        assert NO_PROVIDER in synth_refusal(app)
    else:
        with pytest.raises(ConfigError) as raised:
            synthesize(app)
        assert NO_PROVIDER in str(raised.value)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_a_provider_added_after_the_store_is_found(tmp_path):
    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "b")
    KmsKeyStore(stack, "KS", region=REGION, keys=[KeySpec(name="app")])
    AlicloudProvider(Construct(stack, "providers"), "alicloud", region=REGION)
    app.synth()
    assert "alicloud_kms_instance" in read_stacks(tmp_path)["b"]["resource"]


def test_hcl_output_chosen_by_1_is_refused_before_anything_is_written(tmp_path, monkeypatch):
    """cdktf 0.21's stacks write HCL for '1', into the cdk.tf.json its app names for 'true' only."""
    from kms_keystore.app.build import synth_to, synthesize

    monkeypatch.setenv("SYNTH_HCL_OUTPUT", "1")
    wanted = "SYNTH_HCL_OUTPUT = '1' is not valid: 'true' for HCL (cdk.tf) or unset for JSON"
    app = App(outdir=str(tmp_path / "team"))
    KmsKeyStore(_stack(app), "KS", region=REGION, role_mode="adopt")
    with pytest.raises(ConfigError, match=re.escape(wanted)):
        synthesize(app)
    with pytest.raises(ConfigError, match=re.escape(wanted)):
        synth_to({}, tmp_path / "reference", project_dir=tmp_path)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def _read_early(app: App, stack: TerraformStack, how: str) -> None:
    """Resolve ``stack`` before the app is complete: as a deployer policy or a team does."""
    from kms_keystore import KeyStoreDeployerPolicy

    if how == "deployer policy":
        admin = TerraformStack(app, "admin")
        AlicloudProvider(admin, "alicloud", region=REGION)
        KeyStoreDeployerPolicy(admin, "Deployer", stacks=[stack], users=["deployer"])
    else:
        stack.to_terraform()


@pytest.mark.parametrize("how", ["deployer policy", "to_terraform"])
def test_checks_made_for_the_preparation_still_run_after_an_early_read(tmp_path, how):
    """A read before the app is complete uses none of them up (helper-64 A1)."""
    from cdktf import TerraformVariable

    from kms_keystore import SecretSpec
    from kms_keystore.app.build import synthesize

    app = App(outdir=str(tmp_path / "variable"))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    secrets = [SecretSpec(name="db", encryption_key="app")]
    KmsKeyStore(stack, "KS", region=REGION, keys=[KeySpec(name="app")], secrets=secrets)
    _read_early(app, stack, how)
    TerraformVariable(stack, "db_secret_data", type="number", sensitive=False)
    with pytest.raises(ConfigError, match="team/db_secret_data: name = 'db_secret_data'"):
        synthesize(app)

    app = App(outdir=str(tmp_path / "ids"))
    (ours,) = add_deployment(app, parse_deployment({"name": "kms"}))
    _read_early(app, ours, how)
    AlicloudProvider(TerraformStack(Construct(app, "group"), "kms"), "alicloud", region=REGION)
    assert "group/kms: id = 'kms' is not valid" in synth_refusal(app)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("how", ["deployer policy", "to_terraform"])
def test_an_early_read_refuses_nothing_the_finished_app_makes_right(tmp_path, how):
    """A provider added after the read, a suppression naming a stack made after it."""
    from kms_keystore.app.build import synthesize

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    config = DeploymentConfig(
        name="team",
        suppressions=[SuppressionSpec("late", "KS-MOD-1", "a reason long enough to be read")],
    )
    KmsKeyStore.from_config(stack, "KS", config)
    _read_early(app, stack, how)
    AlicloudProvider(stack, "alicloud", region=REGION)
    late = TerraformStack(app, "late")
    AlicloudProvider(late, "alicloud", region=REGION)
    TerraformHclModule(late, "Module", source="example-corp/anything/alicloud")
    synthesize(app)
    assert "alicloud_kms_instance" in read_stacks(tmp_path)["team"]["resource"]


def test_an_app_with_hcl_output_but_no_variable_is_refused_before_anything_is_written(
    tmp_path, monkeypatch
):
    """cdktf 0.21's app then names the file cdk.tf while its stacks write JSON into it."""
    from kms_keystore.app.build import synthesize

    monkeypatch.delenv("SYNTH_HCL_OUTPUT", raising=False)
    app = App(outdir=str(tmp_path), hcl_output=True)
    KmsKeyStore(_stack(app), "KS", region=REGION, role_mode="adopt")
    wanted = "App.hcl_output = True is not valid: left out"
    with pytest.raises(ConfigError, match=re.escape(wanted)):
        synthesize(app)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("when", ["before the store", "after it"])
def test_a_teams_local_with_the_name_of_the_drift_guard_s_is_refused(tmp_path, when):
    """cdktf merges the two: the pinned document the guard compares would change."""
    from cdktf import TerraformLocal

    from kms_keystore.app.build import synthesize

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    wide = {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}

    def team_local() -> None:
        TerraformLocal(stack, "kms_keystore_pinned_system_policy", wide)

    if when == "before the store":
        team_local()
    KmsKeyStore(stack, "KS", region=REGION)
    if when == "after it":
        team_local()
    with pytest.raises(ConfigError) as raised:
        synthesize(app)
    assert (
        "team/kms_keystore_pinned_system_policy: name = 'kms_keystore_pinned_system_policy' is "
        "not valid: a local name no construct of the kms_keystore package uses in this stack "
        "(team/KS/SystemPolicyGuard declares local 'kms_keystore_pinned_system_policy')"
    ) in str(raised.value)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_a_teams_locals_of_other_names_beside_a_store_are_written(tmp_path):
    from cdktf import TerraformLocal

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region=REGION)
    TerraformLocal(stack, "team_setting", "x")
    KmsKeyStore(stack, "KS", region=REGION)
    app.synth()
    written = read_stacks(tmp_path)["team"]["locals"]
    assert sorted(written) == ["kms_keystore_pinned_system_policy", "team_setting"]
    assert len(written["kms_keystore_pinned_system_policy"]["Statement"]) == 4
