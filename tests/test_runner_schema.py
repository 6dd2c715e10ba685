"""The offline runner gets the provider schema cut to the types a run's files name,
and still reports what the whole schema would: the cut changes the time, not the check."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from .support import (
    PROVIDER_ADDRESS,
    SCHEMA,
    TERRAFORM_OFFLINE,
    _full_schema,
    runner_environment,
    runner_schema,
    schema_for_files,
    synth_dir,
    terraform_offline,
    terraform_offline_available,
)


@pytest.fixture(scope="module")
def whole():
    if not SCHEMA.is_file():
        pytest.skip("the provider schema is absent")
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def _provider(doc):
    return doc["provider_schemas"][PROVIDER_ADDRESS]


def _described(provider, kind):
    """The types of ``kind`` the cut gives a schema, not only a name."""
    return sorted(name for name, schema in provider[kind].items() if schema["block"])


def test_the_cut_keeps_each_named_type_whole_and_only_the_names_of_the_others(whole):
    text = json.dumps(
        {
            "resource": {"alicloud_vpc": {"a": {"vpc_name": "x"}}},
            "check": {"c": {"data": {"alicloud_ram_policies": {"d": {}}}}},
            "output": {"o": {"value": "${alicloud_vswitch.s.id}"}},
        }
    )
    hcl = 'resource "alicloud_kms_instance" "i" {\n  vpc_id = alicloud_vpc.a.id\n}\n'

    cut = schema_for_files([text, hcl])

    provider, full = _provider(cut), _provider(whole)
    assert _described(provider, "resource_schemas") == [
        "alicloud_kms_instance",
        "alicloud_vpc",
        "alicloud_vswitch",
    ]
    assert _described(provider, "data_source_schemas") == ["alicloud_ram_policies"]
    for kind in ("resource_schemas", "data_source_schemas"):
        assert provider[kind].keys() == full[kind].keys()  # for Terraform's "Did you mean"
        for name, schema in provider[kind].items():
            assert schema == (full[kind][name] if schema["block"] else {"version": 0, "block": {}})
    assert provider["provider"] == full["provider"]
    assert {k: v for k, v in cut.items() if k != "provider_schemas"} == {
        k: v for k, v in whole.items() if k != "provider_schemas"
    }


def test_a_name_the_schema_lacks_stays_out_and_the_whole_schema_is_untouched(whole):
    cut = schema_for_files(['{"resource": {"alicloud_no_such_thing": {"a": {}}}}'])
    schema_for_files(['resource "alicloud_vpc" "a" {}'])

    assert "alicloud_no_such_thing" not in _provider(cut)["resource_schemas"]
    assert _described(_provider(cut), "resource_schemas") == []
    assert _described(_provider(cut), "data_source_schemas") == []
    # every cut starts from the cached whole schema: cutting must leave it as read
    assert _full_schema() == whole


def test_the_file_holds_what_run_sh_copies_and_goes_afterwards(whole, tmp_path):
    stack = tmp_path / "stack"
    stack.mkdir()
    (stack / "cdk.tf.json").write_text('{"resource": {"alicloud_vpc": {"a": {}}}}')
    (stack / "extra.tf").write_text('data "alicloud_zones" "z" {}\n')
    (stack / "notes.txt").write_text("alicloud_vswitch is not configuration")

    with runner_schema([stack]) as path:
        provider = _provider(json.loads(path.read_text(encoding="utf-8")))
        assert _described(provider, "resource_schemas") == ["alicloud_vpc"]
        assert _described(provider, "data_source_schemas") == ["alicloud_zones"]
    assert not path.exists()


@pytest.mark.terraform
@pytest.mark.parametrize(
    ("resource", "reported"),
    [
        ({"alicloud_no_such_thing": {"a": {}}}, "does not support resource type"),
        (  # the suggestion comes from the names of every type the provider serves
            {"alicloud_vpcc": {"a": {}}},
            re.escape('resource type "alicloud_vpcc". Did you mean "alicloud_vpc"?'),
        ),
        ({"alicloud_vpc": {"a": {"no_such_argument": "x"}}}, "no_such_argument"),
    ],
    ids=["unknown-type", "misspelled-type", "unknown-argument"],
)
def test_terraform_still_reports_what_the_whole_schema_would(resource, reported, tmp_path):
    reason = terraform_offline_available()
    if reason:
        pytest.skip(reason)
    stack = tmp_path / "stack"
    stack.mkdir()
    config = {
        "terraform": {
            "required_providers": {"alicloud": {"source": "aliyun/alicloud", "version": "1.283.0"}}
        },
        "resource": resource,
    }
    (stack / "cdk.tf.json").write_text(json.dumps(config), encoding="utf-8")

    with pytest.raises(AssertionError, match=reported) as failed:
        terraform_offline([stack])

    assert "valid=False" in str(failed.value)


@pytest.mark.e2e
@pytest.mark.terraform
def test_a_plan_of_the_reference_stack_reads_the_same_with_the_whole_schema(tmp_path):
    reason = terraform_offline_available()
    if reason:
        pytest.skip(reason)
    stack = synth_dir({}, tmp_path) / "stacks" / "kms-keystore"
    whole_run = subprocess.run(
        ["bash", str(TERRAFORM_OFFLINE), str(stack)],
        capture_output=True,
        text=True,
        env=runner_environment(TF_MODE="plan", LIVE_POLICY_JSON="ABSENT"),
        timeout=600,
    )
    assert whole_run.returncode == 0, whole_run.stdout + whole_run.stderr

    cut = terraform_offline([stack], "plan", "ABSENT")

    assert "Plan: " in cut
    assert cut == whole_run.stdout + whole_run.stderr
