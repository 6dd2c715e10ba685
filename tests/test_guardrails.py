"""Each guardrail rule: one case that trips it, one that passes, one suppressed with a reason."""

from __future__ import annotations

import json

import pytest
from cdktf import TerraformHclModule
from cdktf_cdktf_provider_alicloud.kms_client_key import KmsClientKey
from cdktf_cdktf_provider_alicloud.ram_policy import RamPolicy
from cdktf_cdktf_provider_alicloud.ram_role import RamRole

from kms_keystore import ConfigError
from kms_keystore.app.build import build_app, synthesize
from kms_keystore.guardrails.engine import find_by_path, suppress
from kms_keystore.guardrails.rules import RULES, Level

from .support import read_stacks

REASON = "reviewed with the security team on 2026-11-28, ticket SEC-1234"


def loose_slr_policy(stack):
    document = {
        "Version": "1",
        "Statement": [
            {"Action": "ram:CreateServiceLinkedRole", "Resource": "*", "Effect": "Allow"}
        ],
    }
    return RamPolicy(stack, "Loose", policy_name="loose", policy_document=json.dumps(document))


def wildcard_policy(stack):
    document = {
        "Version": "1",
        "Statement": [{"Action": "ecs:*", "Resource": "*", "Effect": "Allow"}],
    }
    return RamPolicy(stack, "Wild", policy_name="wild", policy_document=json.dumps(document))


def open_trust_role(stack):
    document = {
        "Version": "1",
        "Statement": [{"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"RAM": "*"}}],
    }
    return RamRole(
        stack, "Open", role_name="open", assume_role_policy_document=json.dumps(document)
    )


def a_module(stack):
    return TerraformHclModule(stack, "Mod", source="example-corp/anything/alicloud")


def literal_password(stack):
    return KmsClientKey(stack, "Leaky", aap_name="app-aap", password="correct-horse-battery")


# rule id -> (context that trips it, construct added that trips it, construct path to suppress)
TRIPS = {
    "KS-RAM-1": ({}, loose_slr_policy, "kms-keystore/Loose"),
    "KS-RAM-2": ({}, wildcard_policy, "kms-keystore/Wild"),
    "KS-RAM-3": ({}, open_trust_role, "kms-keystore/Open"),
    "KS-MOD-1": ({}, a_module, "kms-keystore/Mod"),
    "KS-KMS-1": ({"instance": {"deletionProtection": False}}, None, "kms-keystore/Instance"),
    "KS-KMS-2": (
        {"keys": [{"name": "k", "deletionProtection": False}]},
        None,
        "kms-keystore/Key-k",
    ),
    "KS-KMS-3": ({"instance": {"preventDestroy": False}}, None, "kms-keystore/Instance"),
    "KS-KMS-4": ({"instance": {"renewStatus": "ManualRenewal"}}, None, "kms-keystore/Instance"),
    "KS-KMS-5": (
        {"keys": [{"name": "k", "automaticRotation": False}]},
        None,
        "kms-keystore/Key-k",
    ),
    "KS-SEC-1": ({}, literal_password, "kms-keystore/Leaky"),
}
LEVELS = {rule.id: rule.level for rule in RULES}


def run(tmp_path, context, add=None, suppress_path=None, rule_id=None):
    app = build_app(context, str(tmp_path / "out"))
    stack = app.node.find_child("kms-keystore")
    if add:
        add(stack)
    if suppress_path:
        target = find_by_path(app, suppress_path)
        assert target is not None, suppress_path
        suppress(target, rule_id, REASON)
    synthesize(app)
    return read_stacks(tmp_path / "out")["kms-keystore"]


def test_every_rule_has_a_trip_case():
    assert set(TRIPS) == set(LEVELS)


@pytest.mark.parametrize("rule_id", sorted(TRIPS))
def test_rule_trips(rule_id, tmp_path, capsys):
    context, add, _ = TRIPS[rule_id]

    if LEVELS[rule_id] is Level.ERROR:
        with pytest.raises(ConfigError) as caught:
            run(tmp_path, context, add)
        assert rule_id in {p.field for p in caught.value.problems}
        assert f"guardrail {rule_id}" in str(caught.value)
    else:
        run(tmp_path, context, add)
        assert f"warning [{rule_id}]" in capsys.readouterr().err


@pytest.mark.parametrize("rule_id", sorted(TRIPS))
def test_rule_suppressed_with_reason_is_recorded(rule_id, tmp_path, capsys):
    context, add, path = TRIPS[rule_id]

    stack = run(tmp_path, context, add, suppress_path=path, rule_id=rule_id)

    blocks = [block for by_name in stack["resource"].values() for block in by_name.values()]
    blocks += list(stack.get("module", {}).values())
    recorded = [
        block["//"]["guardrail_suppressions"]
        for block in blocks
        if "guardrail_suppressions" in block.get("//", {})
    ]
    recorded += list(stack.get("//", {}).get("guardrail_suppressions", {}).values())
    assert recorded == [{rule_id: REASON}]
    assert rule_id not in capsys.readouterr().err


PASSES = {
    "KS-RAM-1": {},
    "KS-RAM-2": {},
    "KS-RAM-3": {},
    "KS-MOD-1": {},
    "KS-KMS-1": {"instance": {"deletionProtection": True}},
    "KS-KMS-2": {"keys": [{"name": "k", "deletionProtection": True}]},
    "KS-KMS-3": {"keys": [{"name": "k", "preventDestroy": True}]},
    "KS-KMS-4": {"instance": {"renewStatus": "AutoRenewal"}},
    "KS-KMS-5": {"keys": [{"name": "k"}, {"name": "s", "keySpec": "RSA_2048"}]},
    "KS-SEC-1": {
        "applications": [{"name": "a", "sourceIps": ["10.0.0.1"], "keys": ["k"]}],
        "keys": [{"name": "k"}],
    },
}


@pytest.mark.parametrize("rule_id", sorted(PASSES))
def test_rule_passes(rule_id, tmp_path):
    from kms_keystore.guardrails.engine import findings_of

    app = build_app(PASSES[rule_id], str(tmp_path / "out"))
    synthesize(app)

    assert [f for f in findings_of(app) if f.rule_id == rule_id] == []


def test_reference_app_passes_every_rule(tmp_path, capsys):
    run(tmp_path, {})

    assert "warning" not in capsys.readouterr().err


def test_example_with_access_passes_every_rule(tmp_path, capsys):
    from .support import ROOT

    example = json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8"))
    run(tmp_path, example)

    assert "warning" not in capsys.readouterr().err


def test_short_reason_is_refused(tmp_path):
    app = build_app({}, str(tmp_path / "out"))
    instance = find_by_path(app, "kms-keystore/Instance")

    with pytest.raises(ValueError, match="at least 20 visible characters"):
        suppress(instance, "KS-KMS-1", "because")
    with pytest.raises(ValueError, match="unknown guardrail rule"):
        suppress(instance, "KS-NOPE", REASON)


def test_suppression_in_context_must_name_a_construct_and_a_reason(tmp_path):
    context = {
        "suppressions": [
            {"path": "kms-keystore/Nowhere", "rule": "KS-KMS-1", "reason": REASON},
            {"path": "kms-keystore/Instance", "rule": "KS-KMS-1", "reason": "short"},
        ]
    }

    with pytest.raises(ConfigError) as caught:
        build_app(context, str(tmp_path / "out"))

    assert [(p.path, p.field) for p in caught.value.problems] == [
        ("context/suppressions[0]", "path"),
        ("context/suppressions[1]", "rule/reason"),
    ]


def test_guardrail_error_leaves_previous_output_untouched(tmp_path):
    from kms_keystore.app.build import synth_to

    outdir = tmp_path / "cdktf.out"
    synth_to({}, outdir)
    before = (outdir / "stacks" / "kms-keystore" / "cdk.tf.json").read_bytes()

    with pytest.raises(ConfigError):
        synth_to({"instance": {"deletionProtection": False}}, outdir)

    assert (outdir / "stacks" / "kms-keystore" / "cdk.tf.json").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cdktf.out"]


def jsonencoded_policy(stack):
    from cdktf import Fn

    document = {
        "Version": "1",
        "Statement": [{"Action": ["ram:Create*"], "Resource": "*", "Effect": "Allow"}],
    }
    return RamPolicy(stack, "Encoded", policy_name="enc", policy_document=Fn.jsonencode(document))


def test_a_policy_built_with_fn_jsonencode_is_judged_by_its_content(tmp_path):
    with pytest.raises(ConfigError) as caught:
        run(tmp_path, {}, jsonencoded_policy)

    fired = {(p.path, p.field) for p in caught.value.problems}
    assert fired == {
        ("kms-keystore/Encoded", "KS-RAM-1"),
        ("kms-keystore/Encoded", "KS-RAM-2"),
    }


def test_a_finding_on_a_provider_names_the_provider_construct(tmp_path):
    def leaky_provider(stack):
        stack.provider.add_override("access_key", "LTAI5tAbCdEfGhIjKlMn")

    with pytest.raises(ConfigError) as caught:
        run(tmp_path, {}, leaky_provider)

    assert [(p.path, p.field) for p in caught.value.problems] == [
        ("kms-keystore/alicloud", "KS-SEC-1")
    ]


def test_backend_settings_are_checked_for_credentials(tmp_path):
    def leaky_backend(stack):
        stack.add_override("terraform.backend.local.secret_key", "plain-text-secret")

    with pytest.raises(ConfigError) as caught:
        run(tmp_path, {}, leaky_backend)

    assert [p.field for p in caught.value.problems] == ["KS-SEC-1"]


def test_recording_a_reason_keeps_cdktf_s_format(tmp_path):
    reason = "renewed by the finance team's yearly purchase order"
    context = {
        "instance": {"renewStatus": "ManualRenewal"},
        "suppressions": [{"path": "kms-keystore/Instance", "rule": "KS-KMS-4", "reason": reason}],
    }
    from kms_keystore.core import stable_json

    synthesize(build_app(context, str(tmp_path / "out")))
    text = (tmp_path / "out" / "stacks" / "kms-keystore" / "cdk.tf.json").read_text()

    document = json.loads(text)
    _, instance = next(iter(document["resource"]["alicloud_kms_instance"].items()))
    assert instance["//"]["guardrail_suppressions"] == {"KS-KMS-4": reason}
    assert stable_json.dumps(stable_json.loads(text)) == text
    assert text.startswith('{\n  "//": {\n    "metadata": {') and not text.endswith("\n")


def test_stack_level_suppression_is_recorded_on_the_stack_for_blocks_without_metadata(tmp_path):
    reason = "this provider's key is a documented test fixture, SEC-77"

    def leaky_provider(stack):
        stack.provider.add_override("access_key", "LTAI5tAbCdEfGhIjKlMn")
        suppress(stack, "KS-SEC-1", reason)

    stack = run(tmp_path, {}, leaky_provider)

    assert stack["//"]["guardrail_suppressions"] == {"provider.alicloud[0]": {"KS-SEC-1": reason}}


def test_a_suppression_that_waives_nothing_is_an_error(tmp_path):
    context = {
        "suppressions": [{"path": "kms-keystore/Instance", "rule": "KS-KMS-4", "reason": REASON}]
    }

    with pytest.raises(ConfigError) as caught:
        synthesize(build_app(context, str(tmp_path / "out")))

    (problem,) = caught.value.problems
    assert (problem.path, problem.field, problem.value) == (
        "context/suppressions[0]",
        "rule",
        "KS-KMS-4",
    )
    assert "waives nothing" in problem.allowed


def test_a_suppression_in_code_that_waives_nothing_is_an_error(tmp_path):
    with pytest.raises(ConfigError) as caught:
        run(tmp_path, {}, suppress_path="kms-keystore/Network", rule_id="KS-KMS-1")

    assert [(p.path, p.value) for p in caught.value.problems] == [
        ("kms-keystore/Network", "KS-KMS-1")
    ]


UNPROTECTED = {"instance": {"deletionProtection": False}}


def deployments(*entries, **shared):
    # one account each: deployments sharing an account would share one account stack
    return {**shared, "deployments": [{"account": e["name"], **e} for e in entries]}


def test_a_suppression_in_one_deployment_never_waives_a_rule_in_another(tmp_path):
    waiver = {"path": "kms-prod/Instance", "rule": "KS-KMS-1", "reason": REASON}
    context = deployments(
        {"name": "kms-dev", **UNPROTECTED, "suppressions": [waiver]},
        {"name": "kms-prod", **UNPROTECTED},
    )

    with pytest.raises(ConfigError) as caught:
        build_app(context, str(tmp_path / "out"))

    (problem,) = caught.value.problems
    assert (problem.path, problem.field) == ("context/deployments[0]/suppressions[0]", "path")
    assert "only in the deployment it is given in" in problem.allowed


def test_a_shared_suppression_applies_only_where_its_path_lies(tmp_path):
    waiver = {"path": "kms-dev/Instance", "rule": "KS-KMS-1", "reason": REASON}
    context = deployments(
        {"name": "kms-dev"}, {"name": "kms-prod"}, suppressions=[waiver], **UNPROTECTED
    )

    with pytest.raises(ConfigError) as caught:
        synthesize(build_app(context, str(tmp_path / "out")))

    assert [(p.path, p.field) for p in caught.value.problems] == [
        ("kms-prod/Instance/Resource", "KS-KMS-1")
    ]


def test_a_shared_suppression_naming_no_deployment_is_an_error(tmp_path):
    waiver = {"path": "kms-test/Instance", "rule": "KS-KMS-1", "reason": REASON}
    context = deployments({"name": "kms-dev"}, {"name": "kms-prod"}, suppressions=[waiver])

    with pytest.raises(ConfigError) as caught:
        build_app(context, str(tmp_path / "out"))

    assert [(p.path, p.field) for p in caught.value.problems] == [
        ("context/suppressions[0]", "path")
    ]


@pytest.mark.parametrize("reason", ["\u200b" * 25, "\u3164" * 25, "ok" + " " * 30])
def test_an_invisible_reason_in_configuration_is_refused(tmp_path, reason):
    context = {
        **UNPROTECTED,
        "suppressions": [{"path": "kms-keystore/Instance", "rule": "KS-KMS-1", "reason": reason}],
    }

    with pytest.raises(ConfigError) as caught:
        build_app(context, str(tmp_path / "out"))

    assert [(p.path, p.field) for p in caught.value.problems] == [
        ("context/suppressions[0]", "rule/reason")
    ]


def test_metadata_naming_another_stack_does_not_carry_a_block_there(tmp_path):
    from kms_keystore.guardrails.engine import check_synthesized

    waiver = {"path": "kms-prod/Instance", "rule": "KS-KMS-1", "reason": REASON}
    context = deployments(
        {"name": "kms-dev", **UNPROTECTED},
        {"name": "kms-prod", **UNPROTECTED, "suppressions": [waiver]},
    )
    app = build_app(context, str(tmp_path / "out"))
    with pytest.raises(ConfigError):
        synthesize(app)
    dev = tmp_path / "out" / "stacks" / "kms-dev" / "cdk.tf.json"
    dev.write_text(
        dev.read_text().replace(
            "kms-dev/Default/Instance/Resource", "kms-prod/Default/Instance/Resource"
        )
    )

    findings = check_synthesized(app, tmp_path / "out")

    assert [(f.path, f.rule_id) for f in findings] == [
        ("kms-dev/alicloud_kms_instance.Instance_C1063A87", "KS-KMS-1")
    ]


def test_guardrails_also_run_when_cdktf_writes_hcl(tmp_path):
    import os
    import subprocess
    import sys

    from .support import ROOT

    env = {
        **os.environ,
        "SYNTH_HCL_OUTPUT": "true",
        "CDKTF_OUTDIR": str(tmp_path / "out"),
        "CDKTF_CONTEXT_JSON": json.dumps(UNPROTECTED),
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py")], env=env, capture_output=True, text=True
    )

    assert result.returncode == 2
    assert "guardrail KS-KMS-1" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_suppression_on_the_app_covers_every_stack(tmp_path):
    app = build_app(
        deployments({"name": "kms-dev"}, {"name": "kms-prod"}, **UNPROTECTED), str(tmp_path)
    )
    suppress(app, "KS-KMS-1", REASON)

    synthesize(app)

    stacks = read_stacks(tmp_path)
    for name in ("kms-dev", "kms-prod"):
        (instance,) = stacks[name]["resource"]["alicloud_kms_instance"].values()
        assert instance["//"]["guardrail_suppressions"] == {"KS-KMS-1": REASON}


def _example_blocks():
    """(type, configuration) of every block of the reference app and each example, in order."""
    from kms_keystore.guardrails.engine import terraform_blocks

    from .support import ROOT, synth

    contexts = [{}, {"layout": "split"}] + [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "examples").glob("*.json"))
    ]
    for context in contexts:
        for document in synth(context).values():
            for type_name, _, config, _ in terraform_blocks(document):
                yield type_name, config


HOSTILE_METADATA = {
    "metadata": {
        "path": "kms/LTAI5tAbCdEfGhIjKlMnOp",
        "policy_document": '{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}',
        "password": "hunter2hunter2",
    },
    "lifecycle": {"prevent_destroy": False},
}


def test_rules_that_ignore_metadata_give_one_reason_whatever_it_holds():
    """The premise of judging a repeated block once: only KS-SEC-1 reads ``"//"``."""
    blocks = list(_example_blocks())
    assert len(blocks) > 80
    for type_name, config in blocks:
        bare = {k: v for k, v in config.items() if k != "//"}
        hostile = {"//": HOSTILE_METADATA, **bare}
        for rule in RULES:
            if rule.judges_metadata:
                continue
            reason = rule.check(type_name, bare)
            assert rule.check(type_name, config) == reason, (rule.id, type_name)
            assert rule.check(type_name, hostile) == reason, (rule.id, type_name)
    secret_rule = [r for r in RULES if r.judges_metadata]
    assert [r.id for r in secret_rule] == ["KS-SEC-1"]
    assert secret_rule[0].check("alicloud_vpc", {"//": HOSTILE_METADATA, "vpc_name": "n"})


def _reasons(type_name, config, verdicts):
    """What the engine asks of each rule for one block, as (rule, reason) pairs."""
    from kms_keystore.guardrails.engine import _block_reasons

    rules, reasons = _block_reasons(type_name, config, verdicts)
    return list(zip(rules, reasons, strict=True))


def test_a_rule_that_judges_metadata_splits_its_reason_at_the_metadata():
    """The contract of Rule.judges_metadata, on every example block and hostile ones."""
    from kms_keystore.guardrails.rules import rules_for

    hostile = [
        ("alicloud_vpc", {"//": HOSTILE_METADATA, "password": "hunter2hunter2x"}),
        ("variable", {"//": HOSTILE_METADATA, "sensitive": True, "default": "x"}),
        ("terraform.backend.oss", {"//": {"access_key": "literal"}, "secret_key": "y"}),
        (
            "alicloud_vpc",
            {"//": {"n": "-----BEGIN RSA PRIVATE KEY-----"}, "x": "LTAI5tAbCdEfGhIjKlMn"},
        ),
    ]
    for type_name, config in [*_example_blocks(), *hostile]:
        if "//" not in config or next(iter(config)) != "//":
            continue
        rest = {k: v for k, v in config.items() if k != "//"}
        for rule in rules_for(type_name):
            if rule.judges_metadata:
                parts = (rule.check(type_name, {"//": config["//"]}), rule.check(type_name, rest))
                assert rule.check(type_name, config) == ("; ".join(filter(None, parts)) or None)


def test_a_repeated_block_gets_the_reasons_it_would_get_alone():
    from kms_keystore.guardrails.rules import rules_for

    verdicts: dict = {}
    for type_name, config in _example_blocks():
        shared = _reasons(type_name, config, verdicts)
        assert shared == _reasons(type_name, config, None), type_name
        alone = [(rule, rule.check(type_name, config)) for rule in rules_for(type_name)]
        assert shared == alone, type_name
    assert verdicts  # the fleet's blocks were kept once each
    # same content, other metadata: only the rule that reads metadata differs
    clean = {"//": {"metadata": {"path": "a/b"}}, "vpc_name": "kms", "cidr_block": "10.0.0.0/16"}
    leaky = {**clean, "//": HOSTILE_METADATA}
    first = dict((r.id, why) for r, why in _reasons("alicloud_vpc", clean, verdicts))
    second = dict((r.id, why) for r, why in _reasons("alicloud_vpc", leaky, verdicts))
    assert (
        first["KS-SEC-1"] is None and "looks like an Alibaba Cloud AccessKey" in second["KS-SEC-1"]
    )
    assert {k: v for k, v in first.items() if k != "KS-SEC-1"} == {
        k: v for k, v in second.items() if k != "KS-SEC-1"
    }
    # one value more and the block is judged again
    wide = {**clean, "policy": '{"Statement": [{"Effect": "Allow", "Action": "*"}]}'}
    assert any(why for _, why in _reasons("alicloud_vpc", wide, verdicts))


def test_cdktf_metadata_with_a_secret_in_it_is_still_judged():
    """Plain metadata is passed without asking the rule; any that could hold a finding is not."""
    from kms_keystore.guardrails.secret_scan import (
        find_secret_literals,
        is_plain_metadata,
        is_sensitive_argument,
    )

    assert not any(is_sensitive_argument(name) for name in ("metadata", "path", "uniqueId"))
    verdicts: dict = {}
    args = {"vpc_name": "kms", "cidr_block": "10.0.0.0/16"}
    leaks = [
        {"metadata": {"path": "kms/LTAI5tAbCdEfGhIjKlMnOp", "uniqueId": "Vpc"}},
        {"metadata": {"path": "kms/Vpc", "uniqueId": "CAIS" + "a" * 40}},
        {"metadata": {"path": "kms/Vpc", "uniqueId": "Vpc", "password": "hunter2hunter2"}},
        {"metadata": {"path": "kms/Vpc"}, "token": "literal-token"},
    ]
    for comment in leaks:
        assert not is_plain_metadata(comment)
        for config in ({"//": comment, **args}, {**args, "//": comment}):
            reasons = dict((r.id, why) for r, why in _reasons("alicloud_vpc", config, verdicts))
            assert reasons["KS-SEC-1"], comment
    plain = {"metadata": {"path": "kms/Default/Network/Vpc", "uniqueId": "Vpc"}}
    assert is_plain_metadata(plain) and not find_secret_literals({"//": plain})
    assert not any(why for _, why in _reasons("alicloud_vpc", {"//": plain, **args}, verdicts))


def test_every_plain_metadata_of_the_examples_holds_no_finding():
    """The premise of not asking KS-SEC-1 about plain metadata, on every example block."""
    from kms_keystore.guardrails.secret_scan import find_secret_literals, is_plain_metadata

    plain = 0
    for _, config in _example_blocks():
        comment = config.get("//")
        if is_plain_metadata(comment):
            plain += 1
            assert find_secret_literals({"//": comment}) == []
    assert plain > 40
