"""`make validate`: the offline schema check finds real mistakes and none in our output."""

from __future__ import annotations

import copy
import json
import subprocess

import pytest

from kms_keystore.handoff.schema_check import ProviderSchema, check_document

from .support import ROOT, SCHEMA, synth

EXAMPLE = json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def schema():
    if not SCHEMA.is_file():
        pytest.skip("the provider schema in ../shared/provider-schema is absent")
    return ProviderSchema(json.loads(SCHEMA.read_text(encoding="utf-8")), "alicloud")


@pytest.mark.parametrize(
    "context",
    [
        {},
        EXAMPLE,
        {"layout": "split", "roleMode": "reference", "systemPolicyGuard": "postcondition"},
        {"roleMode": "adopt", "instance": {"paymentType": "PayAsYouGo", "productVersion": "3"}},
    ],
    ids=["reference", "with-access", "split-reference-postcondition", "adopt-payg-software"],
)
def test_every_synthesized_block_fits_the_provider_schema(schema, context):
    for name, document in synth(context).items():
        assert check_document(name, document, schema) == []


def test_broken_document_reports_each_problem_with_address(schema, reference_stack):
    broken = copy.deepcopy(reference_stack)
    instance_name, instance = next(iter(broken["resource"]["alicloud_kms_instance"].items()))
    instance["vpc_idd"] = "vpc-typo"
    del instance["zone_ids"]
    instance["period"] = "twelve"
    instance["status"] = "Active"
    instance["bind_vpcs"] = "not-a-block"
    policy = next(iter(broken["resource"]["alicloud_ram_policy"].values()))
    policy["force"] = "maybe"

    found = {(p.address, p.attribute, p.message) for p in check_document("s", broken, schema)}

    address = f"alicloud_kms_instance.{instance_name}"
    assert (address, "vpc_idd", "unknown argument") in found
    assert (address, "zone_ids", "required argument is missing") in found
    assert (address, "period", "expected a number, got 'twelve'") in found
    assert (address, "status", "computed-only, cannot be set") in found
    assert (f"{address}.bind_vpcs[0]", "", "expected a block") in found
    assert any(p[1] == "force" and "expected a bool" in p[2] for p in found)
    assert len(found) == 6


def test_make_validate_reports_a_broken_stack(tmp_path, reference_stack):
    if not SCHEMA.is_file():
        pytest.skip("the provider schema in ../shared/provider-schema is absent")
    broken = copy.deepcopy(reference_stack)
    next(iter(broken["resource"]["alicloud_vpc"].values()))["cidr"] = "10.0.0.0/8"
    stack_dir = tmp_path / "stacks" / "broken"
    stack_dir.mkdir(parents=True)
    (stack_dir / "cdk.tf.json").write_text(json.dumps(broken), encoding="utf-8")

    result = subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "python"),
            str(ROOT / "tools" / "validate.py"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )

    assert result.returncode == 1
    assert "broken: alicloud_vpc.Network_Vpc_FAC8F4A5.cidr: unknown argument" in result.stdout
