"""An export passes the receiving team's own gates, run as its README says, in a copy alone.

For the reference app and every example, JSON and HCL: each stack directory is copied
on its own (nothing of this project beside it) and its README's commands run there:
checkov with the folder's ``.checkov.yaml`` (our KS-* policies and checkov's own checks),
``terraform fmt -check`` for HCL, and real Terraform's ``validate`` and ``plan`` through
``../shared/tools/terraform-offline/run.sh``. Zero failures and zero warnings.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kms_keystore.app.build import project_configurations
from kms_keystore.core import policy_documents
from kms_keystore.handoff.export import export

from .support import (
    ROOT,
    TERRAFORM_OFFLINE,
    runner_environment,
    terraform_offline_available,
)

pytestmark = [pytest.mark.terraform, pytest.mark.e2e]

CHECKOV = Path(os.environ.get("KMS_KEYSTORE_CHECKOV", ROOT / ".venv-scan" / "bin" / "checkov"))
CASES = [(name, form) for name in project_configurations(ROOT) for form in ("json", "hcl")]


def readme_commands(readme: str) -> list[str]:
    """The commands of the README's guardrail section, as a team would copy them."""
    section = readme.split("## Guardrails in your own pipeline", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def run_checkov(folder: Path, command: str) -> dict:
    result = subprocess.run(
        [str(CHECKOV), *command.split()[1:], "-o", "json"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    reports = json.loads(result.stdout)
    reports = reports if isinstance(reports, list) else [reports]
    return {
        "failed": [
            f"{c['check_id']} {c['resource']}: {c.get('details')}"
            for r in reports
            for c in r.get("results", {}).get("failed_checks", [])
        ],
        "unread": [e for r in reports for e in r.get("results", {}).get("parsing_errors", [])],
        "ours": sum(
            1
            for r in reports
            for outcome in ("passed_checks", "skipped_checks")
            for c in r.get("results", {}).get(outcome, [])
            if c["check_id"].startswith("KS-")
        ),
        "returncode": result.returncode,
    }


def variables_of(folder: Path) -> dict[str, str]:
    """A value for every variable the stack declares, as ``TF_VAR_*``."""
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.tf*")))
    names = set()
    for path in folder.glob("*.tf.json"):
        names |= set(json.loads(path.read_text(encoding="utf-8")).get("variable", {}))
    for line in text.splitlines():
        if line.startswith('variable "'):
            names.add(line.split('"')[1])
    return {f"TF_VAR_{name}": "kst-offline-1" for name in names}


def vswitch_fixture(context: dict, folder: Path) -> Path | None:
    """What DescribeVSwitches returns for the configuration's existing vSwitch, if it has one.

    The plan-time check on an existing vSwitch (API-30) reads it; the offline kit
    returns nothing unless told, and the check would rightly fail.
    """
    network = context.get("network") or {}
    if "vswitchId" not in network:
        return None
    zone = network.get("vswitchZone") or network["zoneIds"][0]
    vswitch = {"id": network["vswitchId"], "vpc_id": network["vpcId"], "zone_id": zone}
    fixture = folder / "vswitches.json"
    found = {"ids": [vswitch["id"]], "vswitches": [vswitch]}
    fixture.write_text(json.dumps({"alicloud_vswitches": found}), encoding="utf-8")
    return fixture


def offline(folder: Path, mode: str, live: Path, data: Path | None = None) -> str:
    env = runner_environment(
        **variables_of(folder),
        TF_MODE=mode,
        TF_PLAN_STRICT="1",
        LIVE_POLICY_JSON=str(live),
        **({"TF_OFFLINE_DATA": str(data)} if data is not None else {}),
    )
    result = subprocess.run(
        ["bash", str(TERRAFORM_OFFLINE), str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return output


@pytest.mark.parametrize(("configuration", "form"), CASES, ids=[f"{c}-{f}" for c, f in CASES])
def test_each_exported_folder_alone_passes_its_readmes_commands(configuration, form, tmp_path):
    reason = terraform_offline_available()
    if reason:
        pytest.skip(reason)
    if not CHECKOV.exists():
        pytest.skip(f"checkov is not installed at {CHECKOV} (make scan installs it)")
    context = project_configurations(ROOT)[configuration]
    dest = tmp_path / "export"
    order = export(context, dest, ROOT, hcl=form == "hcl")
    live = tmp_path / "live.json"
    live.write_text(json.dumps(policy_documents.system_policy_document()), encoding="utf-8")
    data = vswitch_fixture(context, tmp_path)

    for name in order:
        alone = tmp_path / "alone" / name
        shutil.copytree(dest / name, alone)
        commands = readme_commands((alone / "README.md").read_text(encoding="utf-8"))
        for command in commands:
            if command.startswith("checkov "):
                outcome = run_checkov(alone, command)
                assert outcome["unread"] == [], f"{name}: checkov could not parse {outcome}"
                assert outcome["failed"] == [], f"{name}: checks failed: {outcome['failed']}"
                assert outcome["ours"] > 0, f"{name}: no KS-* policy ran"
            elif command == "terraform fmt -check":
                result = subprocess.run(
                    ["terraform", "fmt", "-check", "-diff"],
                    cwd=alone,
                    capture_output=True,
                    text=True,
                )
                changes = result.stdout
                assert result.returncode == 0, f"{name}: terraform fmt would change:\n{changes}"
            else:
                pytest.fail(f"{name}: the README names a command no test runs: {command}")
        assert [c.split()[0] for c in commands] == (
            ["checkov", "terraform"] if form == "hcl" else ["checkov"]
        )

        validated = offline(alone, "validate", live)
        assert f"{name}: valid=True errors=0 warnings=0" in validated, validated
        planned = offline(alone, "plan", live, data)
        assert f"{name}: Plan:" in planned, planned
        assert "Warning" not in planned, f"{name}: the plan warns:\n{planned}"


def ks_outcomes(folder: Path) -> set[tuple[str, str, str]]:
    """(rule, block address, outcome) of every KS-* check checkov ran on the folder."""
    result = subprocess.run(
        [str(CHECKOV), "--config-file", ".checkov.yaml", "-o", "json"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
    )
    reports = json.loads(result.stdout)
    reports = reports if isinstance(reports, list) else [reports]
    found = set()
    for report in reports:
        for outcome in ("passed", "failed", "skipped"):
            for check in report.get("results", {}).get(f"{outcome}_checks", []):
                if check["check_id"].startswith("KS-"):
                    address = check["resource"].removeprefix("resource.").removeprefix("provider.")
                    if address.removesuffix(".default") == "alicloud":  # the provider block
                        address = "provider alicloud"
                    found.add((check["check_id"], address.split(".")[-1], outcome))
    return found


def test_ks_rules_judge_hcl_exactly_as_json_waivers_included(tmp_path):
    if not CHECKOV.exists():
        pytest.skip(f"checkov is not installed at {CHECKOV} (make scan installs it)")
    context = {
        **project_configurations(ROOT)["with-access"],
        "instance": {"renewStatus": "ManualRenewal"},
        "suppressions": [
            {
                "path": "kms-keystore/Instance",
                "rule": "KS-KMS-4",
                "reason": "renewal is handled by the finance team's own process",
            }
        ],
    }
    export(context, tmp_path / "json", ROOT)
    export(context, tmp_path / "hcl", ROOT, hcl=True)

    as_json = ks_outcomes(tmp_path / "json" / "kms-keystore")
    as_hcl = ks_outcomes(tmp_path / "hcl" / "kms-keystore")

    assert as_hcl == as_json, (
        f"only from JSON: {sorted(as_json - as_hcl)}\nonly from HCL: {sorted(as_hcl - as_json)}"
    )
    assert any(rule == "KS-KMS-4" and outcome == "skipped" for rule, _, outcome in as_hcl)
    assert not any(outcome == "failed" for _, _, outcome in as_hcl)


def test_hcl_keeps_any_tag_key_literal_and_stays_formatted(tmp_path):
    reason = terraform_offline_available()
    if reason:
        pytest.skip(reason)
    tags = {"for": "a", "-x": "b", "1st": "c", "a.b/c": "d", "if": "e"}
    context = {**project_configurations(ROOT)["hardware-adopt"]}
    context["instance"] = {**context["instance"], "tags": tags}
    order = export(context, tmp_path / "hcl", ROOT, hcl=True)
    live = tmp_path / "live.json"
    live.write_text(json.dumps(policy_documents.system_policy_document()), encoding="utf-8")

    for name in order:
        folder = tmp_path / "hcl" / name
        fmt = subprocess.run(
            ["terraform", "fmt", "-check", "-diff"], cwd=folder, capture_output=True, text=True
        )
        assert fmt.returncode == 0, f"{name}: terraform fmt would change:\n{fmt.stdout}"
        validated = offline(folder, "validate", live)
        assert f"{name}: valid=True errors=0 warnings=0" in validated, validated
    text = (tmp_path / "hcl" / "kms-keystore" / "main.tf").read_text(encoding="utf-8")
    for key, value in tags.items():
        assert f'"{key}"' in text and f'"{value}"' in text, key
    assert "ignore_changes = [\n      payment_type," in text
