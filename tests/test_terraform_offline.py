"""Real Terraform (offline, against the pinned provider schema) accepts the output."""

from __future__ import annotations

import json

import pytest

from kms_keystore.core import policy_documents

from .support import ROOT, synth_dir, terraform_offline, terraform_offline_available

pytestmark = pytest.mark.terraform

SPLIT_ALL_MODES = {
    "layout": "split",
    "roleMode": "adopt",
    "systemPolicyGuard": "postcondition",
    "creatorPolicy": {"users": ["deployer"], "groups": ["kms-admins"], "roles": ["ci"]},
}


@pytest.fixture(autouse=True)
def _needs_terraform():
    reason = terraform_offline_available()
    if reason:
        pytest.skip(reason)


@pytest.fixture(scope="module")
def reference_dir(tmp_path_factory):
    return synth_dir({}, tmp_path_factory.mktemp("reference")) / "stacks" / "kms-keystore"


def test_reference_app_is_valid_terraform(reference_dir):
    output = terraform_offline([reference_dir])

    assert "valid=True errors=0 warnings=0" in output


@pytest.mark.parametrize(
    "context",
    [
        SPLIT_ALL_MODES,
        {"roleMode": "reference", "systemPolicyGuard": "off"},
        {
            "network": {
                "vpcId": "vpc-bp1existing",
                "vswitchId": "vsw-bp1a",
                "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
            },
            "instance": {"paymentType": "PayAsYouGo", "productVersion": "3"},
        },
    ],
    ids=["split-adopt-postcondition", "reference-off", "existing-network-payg"],
)
def test_every_mode_is_valid_terraform(context, tmp_path):
    stacks = sorted((synth_dir(context, tmp_path) / "stacks").iterdir())
    output = terraform_offline(stacks)

    for stack in stacks:
        assert f"{stack.name}: valid=True errors=0 warnings=0" in output, output


def test_keys_and_application_access_are_valid_terraform(tmp_path):
    example = json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8"))
    stacks = sorted((synth_dir(example, tmp_path) / "stacks").iterdir())
    output = terraform_offline(stacks)

    assert "kms-keystore: valid=True errors=0 warnings=0" in output, output


def _write(tmp_path, name, document):
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def test_check_block_is_quiet_when_the_live_policy_matches_in_another_order(
    reference_dir, tmp_path
):
    live = policy_documents.system_policy_document()
    live["Statement"].reverse()
    live["Statement"][2]["Action"].reverse()
    output = terraform_offline([reference_dir], "plan", _write(tmp_path, "live.json", live))

    assert "Plan: 5 to add" in output
    assert "Check block assertion failed" not in output


def test_check_block_warns_when_the_live_policy_drifts(reference_dir, tmp_path):
    live = policy_documents.system_policy_document()
    live["Statement"][1]["Action"].append("vpc:DeleteVpc")
    output = terraform_offline([reference_dir], "plan", _write(tmp_path, "live.json", live))

    assert "Plan: 5 to add" in output
    assert "Warning: Check block assertion failed" in output


def test_check_block_warns_when_the_live_policy_cannot_be_read(reference_dir):
    output = terraform_offline([reference_dir], "plan", "ABSENT")

    assert "Plan: 5 to add" in output
    assert "Warning: Check block assertion failed" in output
    assert "policies is empty list of object" in output
    assert "(or could not be read)" in output


def test_postcondition_fails_the_plan_when_the_live_policy_cannot_be_read(tmp_path):
    out = synth_dir({"systemPolicyGuard": "postcondition"}, tmp_path / "out")

    output = terraform_offline([out / "stacks" / "kms-keystore"], "plan", "ABSENT")

    assert "Error: Resource postcondition failed" in output
    assert "(or could not be read)" in output


def test_postcondition_fails_the_plan_when_the_live_policy_drifts(tmp_path):
    out = synth_dir({"systemPolicyGuard": "postcondition"}, tmp_path / "out")
    live = policy_documents.system_policy_document()
    del live["Statement"][3]["Condition"]
    stack = out / "stacks" / "kms-keystore"

    drifted = terraform_offline([stack], "plan", _write(tmp_path, "live.json", live))
    same = _write(tmp_path, "same.json", policy_documents.system_policy_document())
    matching = terraform_offline([stack], "plan", same)

    assert "Error: Resource postcondition failed" in drifted
    assert "Error:" not in matching


def test_adopt_mode_imports_the_existing_role(tmp_path):
    out = synth_dir({"roleMode": "adopt"}, tmp_path / "out")
    same = _write(tmp_path, "same.json", policy_documents.system_policy_document())
    output = terraform_offline([out / "stacks" / "kms-keystore"], "plan", same)

    assert "1 to import" in output
    assert "keystore.kms.aliyuncs.com:AliyunServiceRoleForKMSKeyStore" in output


def _example(name):
    return json.loads((ROOT / "examples" / f"{name}.json").read_text(encoding="utf-8"))


def test_two_regions_in_one_account_plan_as_one_account_stack_and_two_regional(tmp_path):
    out = synth_dir(_example("two-regions"), tmp_path / "out")
    stacks = sorted((out / "stacks").iterdir())
    same = _write(tmp_path, "same.json", policy_documents.system_policy_document())
    output = terraform_offline(stacks, "plan", same)

    assert [s.name for s in stacks] == ["kms-dev-account", "kms-dev-hz", "kms-dev-sg"]
    # creator policy and deployer policy, each attached to the deployer; the role
    assert "kms-dev-account: Plan: 5 to add, 0 to change, 0 to destroy." in output
    assert "kms-dev-hz: Plan: 3 to add, 0 to change, 0 to destroy." in output
    assert "kms-dev-sg: Plan: 3 to add, 0 to change, 0 to destroy." in output
    assert "Error" not in output


def test_adopted_hardware_instance_is_valid_with_its_variable_id(tmp_path):
    # validate checks the import block and the variable; the plan is the next test
    out = synth_dir(_example("hardware-adopt"), tmp_path / "out")
    stacks = sorted((out / "stacks").iterdir())
    output = terraform_offline(stacks)

    assert output.count("valid=True errors=0 warnings=0") == 2, output


def _vswitch_fixture(tmp_path, vpc_id, zone_id):
    """Data source fixtures: the example's vSwitch as DescribeVSwitches would return it."""
    vswitch = {"id": "vsw-bp1hsmvsw0example", "vpc_id": vpc_id, "zone_id": zone_id}
    found = {"ids": [vswitch["id"]], "vswitches": [vswitch]}
    return _write(tmp_path, f"data-{vpc_id}-{zone_id}.json", {"alicloud_vswitches": found})


def test_adopted_hardware_instance_plans_after_its_import(tmp_path):
    out = synth_dir(_example("hardware-adopt"), tmp_path / "out")
    variables = {"kms_instance_id": "kst-hzz62ee1a1a9x8gexample"}
    data = _vswitch_fixture(tmp_path, "vpc-bp1hsmvpc0example", "cn-hangzhou-k")
    stack = out / "stacks" / "kms-keystore"
    output = terraform_offline([stack], "plan", data=data, strict=True, variables=variables)

    assert "1 to import" in output, output
    assert "Error" not in output, output
    # preflight, the other way: a vSwitch of another VPC fails the plan
    elsewhere = _vswitch_fixture(tmp_path, "vpc-bp1other0example", "cn-hangzhou-k")
    with pytest.raises(AssertionError, match="not in its VPC"):
        terraform_offline([stack], "plan", data=elsewhere, strict=True, variables=variables)


@pytest.mark.parametrize(
    ("fixture", "passes"),
    [({"ids": ["kst-hzz62ee1a1a9x8gexample"]}, True), ({"ids": []}, False)],
)
def test_a_referenced_instance_is_checked_at_plan(tmp_path, fixture, passes):
    context = {
        "instance": {"mode": "reference", "id": "kst-hzz62ee1a1a9x8gexample"},
        "systemPolicyGuard": "off",
    }
    out = synth_dir(context, tmp_path / "out")
    data = _write(tmp_path, "data.json", {"alicloud_kms_instances": fixture})
    stack = out / "stacks" / "kms-keystore"
    if passes:
        assert "Error" not in terraform_offline([stack], "plan", data=data, strict=True)
    else:
        with pytest.raises(AssertionError, match="does not exist in this region"):
            terraform_offline([stack], "plan", data=data, strict=True)


@pytest.mark.parametrize(
    ("roles", "passes"),
    [([{"name": "AliyunServiceRoleForKMSKeyStore"}], True), ([], False)],
)
def test_a_referenced_role_is_checked_at_plan(tmp_path, roles, passes):
    context = {"roleMode": "reference", "systemPolicyGuard": "off"}
    out = synth_dir(context, tmp_path / "out")
    data = _write(tmp_path, "data.json", {"alicloud_ram_roles": {"roles": roles}})
    stack = out / "stacks" / "kms-keystore"
    if passes:
        assert "Error" not in terraform_offline([stack], "plan", data=data, strict=True)
    else:
        with pytest.raises(AssertionError, match="does not exist in"):
            terraform_offline([stack], "plan", data=data, strict=True)


def test_referenced_instance_receives_keys_without_being_managed(tmp_path):
    context = {
        "instance": {
            "mode": "reference",
            "id": "kst-hzz62ee1a1a9x8gexample",
            "productVersion": "5",
        },
        "keys": [{"name": "payments"}],
    }
    out = synth_dir(context, tmp_path / "out")
    same = _write(tmp_path, "same.json", policy_documents.system_policy_document())
    output = terraform_offline([out / "stacks" / "kms-keystore"], "plan", same)

    assert "Plan: 3 to add" in output, output  # creator policy, role, key
    assert "alicloud_kms_instance." not in output
    assert "Error" not in output


EXISTING_NETWORK = {
    "network": {
        "vpcId": "vpc-bp1x",
        "vswitchId": "vsw-bp1x",
        "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
    }
}
TEAM_HCL_APP = """
from cdktf import App, TerraformStack
from kms_keystore import KeySpec, KmsKeyStore
from kms_keystore.app.build import synthesize
from kms_keystore.framework.cdk import AlicloudProvider, Vpc, Vswitch

app = App(outdir={outdir!r})
stack = TerraformStack(app, "team")
AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
vpc = Vpc(stack, "Vpc", vpc_name="team", cidr_block="10.0.0.0/16")
vswitch = Vswitch(
    stack, "VSwitch", vpc_id=vpc.id, cidr_block="10.0.1.0/24", zone_id="cn-hangzhou-k"
)
KmsKeyStore(
    stack,
    "KS",
    region="cn-hangzhou",
    vpc=vpc,
    vswitch=vswitch,
    zone_ids=["cn-hangzhou-k", "cn-hangzhou-j"],
    keys=[KeySpec(name="app")],
)
synthesize(app)
"""


@pytest.mark.parametrize("app", ["team", "reference"])
def test_hcl_output_through_synthesize_is_valid_or_refused_before_anything_is_written(
    tmp_path, app
):
    """cdktf 0.21's HCL lists conditions and drops check blocks (helper-65 B1).

    A stack with conditions is refused; one without is valid Terraform, and the
    warning names the check block the HCL lacks.
    """
    import os
    import subprocess

    import kms_keystore

    env = {
        **os.environ,
        "SYNTH_HCL_OUTPUT": "true",
        "PYTHONPATH": os.path.dirname(os.path.dirname(kms_keystore.__file__)),
        "CDKTF_OUTDIR": str(tmp_path / "cdktf.out"),
    }
    if app == "team":
        script = tmp_path / "main.py"
        script.write_text(TEAM_HCL_APP.format(outdir=str(tmp_path / "cdktf.out")))
    else:
        script = ROOT / "main.py"
        env["CDKTF_CONTEXT_JSON"] = json.dumps(EXISTING_NETWORK)

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(ROOT / ".venv" / "bin" / "python"), str(script)],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
        )

    refused = run()
    assert refused.returncode != 0
    assert "lifecycle = 'precondition' is not valid: JSON output" in refused.stderr
    assert [p for p in (tmp_path / "cdktf.out").rglob("*") if p.is_file()] == []
    if app == "team":
        script.write_text(
            script.read_text()
            .replace("vpc=vpc,", "")
            .replace("vswitch=vswitch,", "")
            .replace('zone_ids=["cn-hangzhou-k", "cn-hangzhou-j"],', "")
        )
    else:
        env["CDKTF_CONTEXT_JSON"] = "{}"
    written = run()
    assert written.returncode == 0, written.stderr
    # said once: as the guard is made in a team's app, by synthesize in the reference app
    assert written.stderr.count("kms_keystore_system_policy_drift out") == 1
    assert "leaves the check block" in written.stderr
    (stack_dir,) = (tmp_path / "cdktf.out" / "stacks").iterdir()
    assert "valid=True errors=0" in terraform_offline([stack_dir])


HCL_EDGE_APP = """
import sys
from cdktf import App, TerraformLocal, TerraformStack
from kms_keystore import ApplicationSpec, ConfigError, KeySpec, KmsKeyStore
from kms_keystore.app.build import synthesize
from kms_keystore.framework.cdk import AlicloudProvider, Vpc, Vswitch
from kms_keystore.service_linked_role import KeyStoreServiceLinkedRole

case = sys.argv[1]
app = App(outdir="cdktf.out", skip_validation=case == "key folder")
stack = TerraformStack(app, "team")
AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
if case == "own version":
    KmsKeyStore(stack, "KS", region="cn-hangzhou", role_mode="adopt")
    stack.add_override("terraform.required_version", ">= 1.6")
elif case == "heredoc":
    text = 'line one\\n0 = "required_version"\\nline three'
    keys = [KeySpec(name="k", description=text)]
    KmsKeyStore(stack, "KS", region="cn-hangzhou", role_mode="adopt", keys=keys)
    stack.add_override("terraform.required_version", ">= 1.6")
elif case == "local lifecycle":
    KmsKeyStore(stack, "KS", region="cn-hangzhou", role_mode="adopt")
    TerraformLocal(stack, "lifecycle", {"precondition": "before", "postcondition": "after"})
elif case == "lifecycle list":
    KmsKeyStore(stack, "KS", region="cn-hangzhou", role_mode="adopt")
    Vpc(stack, "Vpc", vpc_name="team").add_override("lifecycle", [{"prevent_destroy": True}])
elif case == "empty precondition":
    KmsKeyStore(stack, "KS", region="cn-hangzhou", role_mode="adopt")
    Vpc(stack, "Vpc", vpc_name="team").add_override("lifecycle.precondition", [])
elif case == "guard postcondition":
    KmsKeyStore(stack, "KS", region="cn-hangzhou", role_mode="adopt", guard_mode="postcondition")
elif case == "role alone":
    KeyStoreServiceLinkedRole(stack, "Role", mode="reference")
elif case == "two versions":
    from kms_keystore.core.specs import ExistingNetworkSpec, InstanceSpec

    KmsKeyStore(
        stack, "KS", region="cn-hangzhou", role_mode="adopt",
        instance=InstanceSpec(mode="adopt", id_variable="kms_instance_id"),
        network=ExistingNetworkSpec(
            vpc_id="vpc-1", vswitch_id="vsw-1", zone_ids=("cn-hangzhou-k", "cn-hangzhou-j")
        ),
    )
elif case == "check list":
    KmsKeyStore(stack, "KS", region="cn-hangzhou", role_mode="adopt")
    team_check = {"assert": [{"condition": "${true}", "error_message": "x"}]}
    stack.add_override("check", [{"team": team_check}])
else:
    vpc = Vpc(stack, "Vpc", vpc_name="team", cidr_block="10.0.0.0/16")
    vswitch = Vswitch(stack, "V", vpc_id=vpc.id, cidr_block="10.0.1.0/24", zone_id="cn-hangzhou-k")
    access = ApplicationSpec(
        name="web", source_ips=("10.0.0.1",), keys=("app",),
        private_key_data_file="../../../keys/web.client-key.json",
    )
    KmsKeyStore(
        stack, "KS", region="cn-hangzhou", vpc=vpc, vswitch=vswitch,
        zone_ids=["cn-hangzhou-k", "cn-hangzhou-j"], keys=[KeySpec(name="app")],
        applications=[access],
    )
if sys.argv[2:] == ["app.synth"]:
    app.synth()  # the README's way: the package's validations only
    sys.exit()
try:
    synthesize(app)
except ConfigError as err:
    sys.exit(f"kms-keystore: {err}")
"""


@pytest.mark.parametrize(
    "case",
    [
        "own version",
        "check list",
        "key folder",
        "heredoc",
        "local lifecycle",
        "lifecycle list",
        "empty precondition",
    ],
)
def test_hcl_output_edges_of_a_teams_app(tmp_path, case):
    """helper-68 E1, E2, E4: a team's own required_version, a check list, a refused stack.

    helper-69 F2-F5: a refusal says nothing was written; a multi-line string holding
    cdktf's broken version line keeps it; a local named ``lifecycle`` is the team's
    value; a lifecycle given as a list (an argument in cdktf's HCL) is refused.
    """
    import os
    import subprocess

    import kms_keystore

    (tmp_path / "main.py").write_text(HCL_EDGE_APP)
    env = {
        **os.environ,
        "SYNTH_HCL_OUTPUT": "true",
        "PYTHONPATH": os.path.dirname(os.path.dirname(kms_keystore.__file__)),
    }
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "main.py", case],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    if case in ("key folder", "lifecycle list", "empty precondition"):  # refused: nothing made
        value = "[{'prevent_destroy': True}]" if case == "lifecycle list" else "'precondition'"
        assert f"lifecycle = {value} is not valid" in result.stderr
        assert "1 configuration problem; nothing was written:" in result.stderr
        if case == "empty precondition":  # J6: the fix that keeps HCL
            assert "no empty precondition list (leave the key out" in result.stderr
        assert "None" not in result.stderr
        assert not (tmp_path / "keys").exists()
        assert [p for p in (tmp_path / "cdktf.out").rglob("*") if p.is_file()] == []
        return
    assert result.returncode == 0, result.stderr
    stack_dir = tmp_path / "cdktf.out" / "stacks" / "team"
    hcl = (stack_dir / "cdk.tf").read_text(encoding="utf-8")
    assert hcl.count('"required_version"') == (case == "heredoc")  # the key's own text
    if case in ("own version", "heredoc"):
        assert 'required_version = ">= 1.6"' in hcl
    if case == "heredoc":  # the key's description, line for line
        assert '<<EOF\nline one\n0 = "required_version"\nline three\nEOF' in hcl
        assert hcl.count('required_version = ">= 1.6"') == 1
    assert "valid=True errors=0" in terraform_offline([stack_dir])


@pytest.mark.parametrize(
    ("case", "kind", "where"),
    [
        ("guard postcondition", "postcondition", "team/KS/SystemPolicyGuard/Live"),
        ("team vswitch", "precondition", "team/KS/Instance/Resource"),
        ("role alone", "postcondition", "team/Role/Resource"),
    ],
)
def test_app_synth_with_hcl_warns_of_each_condition_the_hcl_writes_wrong(
    tmp_path, case, kind, where
):
    """helper-72 J4, helper-73 K1-K6: app.synth() hears of each condition of the package.

    It writes what cdktf writes (``synthesize(app)`` refuses it before anything is
    written); the warning names the block, with or without validations, and for a
    construct used without a key store too.
    """
    import os
    import subprocess

    import kms_keystore

    (tmp_path / "main.py").write_text(HCL_EDGE_APP)
    env = {
        **os.environ,
        "SYNTH_HCL_OUTPUT": "true",
        "PYTHONPATH": os.path.dirname(os.path.dirname(kms_keystore.__file__)),
    }
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "main.py", case, "app.synth"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (
        f"kms-keystore: warning {where}: HCL output: cdktf 0.21 writes this {kind} into HCL"
        in result.stderr
    )
    assert result.stderr.count(f"writes this {kind}") == 1


def test_app_synth_with_hcl_warns_once_of_what_the_hcl_leaves_out(tmp_path):
    """helper-71 H8, helper-72 J3: each warning once, under app.synth() as under synthesize."""
    import os
    import subprocess

    import kms_keystore

    (tmp_path / "main.py").write_text(HCL_EDGE_APP)
    env = {
        **os.environ,
        "SYNTH_HCL_OUTPUT": "true",
        "PYTHONPATH": os.path.dirname(os.path.dirname(kms_keystore.__file__)),
    }
    for way in (["app.synth"], []):
        result = subprocess.run(
            [str(ROOT / ".venv" / "bin" / "python"), "main.py", "own version", *way],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr.count("kms_keystore_system_policy_drift out of cdk.tf") == 1
        assert result.stderr.count("HCL output: the stack needs Terraform") == 1


def test_each_version_warning_says_what_asks_for_it(tmp_path):
    """helper-74 L2: '>= 1.5' and then '>= 1.6' read as two answers to one question."""
    import os
    import subprocess

    import kms_keystore

    (tmp_path / "main.py").write_text(HCL_EDGE_APP)
    env = {
        **os.environ,
        "SYNTH_HCL_OUTPUT": "true",
        "PYTHONPATH": os.path.dirname(os.path.dirname(kms_keystore.__file__)),
    }
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "main.py", "two versions", "app.synth"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "needs Terraform >= 1.5 (import or check blocks)" in result.stderr
    assert "needs Terraform >= 1.6 (an import block whose ID is a variable, which" in (
        result.stderr
    )


def test_the_version_line_is_put_back_only_in_the_terraform_block():
    """helper-69 F4: a heredoc line or another block's line that looks like it stays."""
    from kms_keystore.core.terraform_requirements import restore_required_version

    text = (
        'locals {\n  a = <<EOF\nterraform {\n  0 = "required_version"\nEOF\n}\n'
        'terraform {\nrequired_providers {\n  alicloud = {\nversion = "1"\n}\n}\n'
        'backend "local" {\npath = <<EOF\nx\n  0 = "required_version"\nEOF\n}\n'
        '  0 = "required_version"\n}\n'
        'resource "x" "y" {\n  0 = "required_version"\n}\n'
    )
    restored = restore_required_version(text, ">= 1.5")
    assert restored == text.replace(
        '}\n  0 = "required_version"\n}\nresource', '}\n  required_version = ">= 1.5"\n}\nresource'
    )
    assert restored.count('required_version = ">= 1.5"') == 1
