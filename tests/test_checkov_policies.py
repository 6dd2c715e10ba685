"""The guardrail rules exported as checkov custom policies run in checkov, as in the app.

Runs the project's pinned checkov (``.venv-scan``, built by `make scan` and `make test-e2e`).
"""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path

import pytest

from kms_keystore.guardrails.checkov import (
    CHECKS_DIR,
    CHECKS_MODULE,
    VENDORED,
    vendored_sources,
    write_policies,
)
from kms_keystore.guardrails.rules import RULES
from kms_keystore.handoff.export import export
from kms_keystore.handoff.export_docs import (
    CHECKOV_CONFIG,
    CHECKOV_DIR,
    CHECKOV_SKIPS,
    IMPORTS_FILE,
    VERSIONS_FILE,
    set_apart,
)

from .support import ROOT, synth

CHECKOV_PYTHON = ROOT / ".venv-scan" / "bin" / "python"
CHECKOV = ROOT / ".venv-scan" / "bin" / "checkov"
# Runs checkov (.venv-scan, which `make test-e2e` installs) over every stack: end to end.
pytestmark = pytest.mark.e2e
RULE_IDS = [rule.id for rule in RULES]
EXAMPLE = json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8"))
REASON = "test instance, released by the nightly clean-up job"


@pytest.fixture(scope="module")
def policies(tmp_path_factory):
    if not CHECKOV.exists():
        pytest.skip("the checkov venv .venv-scan is absent (make scan or make test-e2e builds it)")
    return Path(tmp_path_factory.mktemp("policies")) / ".checkov"


@pytest.fixture(scope="module")
def written(policies):
    return write_policies(policies)


@pytest.fixture(scope="module")
def stacks():
    return {**synth({}), **{f"with-access/{k}": v for k, v in synth(EXAMPLE).items()}}


def checkov_on(stack, checks_dir):
    """checkov's exit code and JSON report for one stack directory, as a team would run it."""
    result = subprocess.run(
        [
            str(CHECKOV),
            "-d",
            str(stack),
            *(arg for name in CHECKOV_SKIPS for arg in ("--skip-path", name)),
            "--framework",
            "terraform_json",
            "--external-checks-dir",
            str(checks_dir),
            "--skip-download",
            "-o",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result.returncode, json.loads(result.stdout)


def run_checkov(policies, document, tmp_path):
    stack = tmp_path / "stack"
    stack.mkdir(exist_ok=True)
    main, apart = set_apart(document)  # as make export hands the stack over
    (stack / "main.tf.json").write_text(json.dumps(main, indent=2), encoding="utf-8")
    for file_name, part in apart.items():
        (stack / file_name).write_text(json.dumps(part, indent=2), encoding="utf-8")
    returncode, report = checkov_on(stack, policies / CHECKS_DIR)
    outcomes = {
        outcome: sorted(
            (c["check_id"], c["resource"])
            for c in report["results"][f"{outcome}_checks"]
            if c["check_id"].startswith("KS-")
        )
        for outcome in ("passed", "failed", "skipped")
    }
    return returncode, outcomes


def instance_address(document):
    """How checkov's terraform_json framework names the instance in its report."""
    return f"resource.{next(iter(document['resource']['alicloud_kms_instance']))}"


def test_export_copies_the_rules_module_and_its_imports_unchanged(written):
    sources = vendored_sources()
    package = ROOT / "constructs" / "kms_keystore"

    assert f"{VENDORED}/guardrails/rules.py" in written and CHECKS_MODULE in written
    assert "guardrails/rules.py" in sources
    for relative, text in sources.items():
        assert text == (package / relative).read_text(encoding="utf-8"), relative
    assert sorted(p for p in written if p.startswith(f"{CHECKS_DIR}/")) == [
        f"{CHECKS_DIR}/__init__.py",
        CHECKS_MODULE,
    ]


def test_every_rule_becomes_a_check_for_each_kind_of_block(policies, written):
    script = (
        "import json, sys; sys.path.insert(0, sys.argv[1] + '/checks');"
        "import kms_keystore_checks as m;"
        "print(json.dumps(sorted({(c.id, type(c).__name__) for c in m.CHECKS})))"
    )
    result = subprocess.run(
        [str(CHECKOV_PYTHON), "-c", script, str(policies)],
        capture_output=True,
        text=True,
        check=True,
    )

    kinds = ["DataRule", "ModuleRule", "ProviderRule", "ResourceRule"]
    assert json.loads(result.stdout) == [[i, k] for i in sorted(RULE_IDS) for k in kinds]


def test_checks_see_each_block_as_the_app_does(policies, written, stacks):
    """checkov's form of every block, turned back, gets the same verdicts as the original."""
    script = """
import json, sys
sys.path.insert(0, sys.argv[1] + "/checks")
from checkov.terraform_json.parser import hclify
import kms_keystore_checks as m
from kms_keystore_rules.guardrails.rules import RULES
blocks = json.load(sys.stdin)
out = []
for type_name, config in blocks:
    seen = m.plain(hclify(config))
    out.append([[r.id, r.check(type_name, config), r.check(type_name, seen)] for r in RULES])
print(json.dumps(out))
"""
    blocks = []
    for document in stacks.values():
        for section in ("resource", "data"):
            for type_name, by_name in document.get(section, {}).items():
                blocks += [(type_name, config) for config in by_name.values()]
    bad = copy.deepcopy(blocks)
    for type_name, config in bad:
        config.update(deletion_protection=False, lifecycle={"prevent_destroy": False})
        if type_name == "alicloud_ram_policy":
            config["policy_document"] = json.dumps({"Statement": [{"Action": "ecs:*"}]})
    result = subprocess.run(
        [str(CHECKOV_PYTHON), "-c", script, str(policies)],
        input=json.dumps(blocks + bad),
        capture_output=True,
        text=True,
        check=True,
    )
    verdicts = [v for block in json.loads(result.stdout) for v in block]

    assert {type_name for type_name, _ in blocks} >= {
        "alicloud_kms_instance",
        "alicloud_kms_key",
        "alicloud_kms_secret",
        "alicloud_ram_policy",
        "alicloud_resource_manager_service_linked_role",
    }
    assert [v for v in verdicts if v[1] != v[2]] == []
    assert {v[0] for v in verdicts if v[1]} >= {"KS-KMS-1", "KS-KMS-3", "KS-RAM-2"}


def test_checkov_passes_our_stack(policies, written, stacks, tmp_path):
    document = stacks["kms-keystore"]

    returncode, outcomes = run_checkov(policies, document, tmp_path)

    assert returncode == 0, outcomes
    assert outcomes["failed"] == []
    assert sorted({check_id for check_id, _ in outcomes["passed"]}) == sorted(RULE_IDS)
    assert ("KS-KMS-1", instance_address(document)) in outcomes["passed"]


def test_checkov_fails_a_stack_that_breaks_a_ks_rule(policies, written, stacks, tmp_path):
    document = copy.deepcopy(stacks["kms-keystore"])
    instance = next(iter(document["resource"]["alicloud_kms_instance"].values()))
    instance["deletion_protection"] = False
    del instance["lifecycle"]
    document["provider"]["alicloud"][0]["access_key"] = "LTAI5tAbCdEfGhIjKlMnOpQr"

    returncode, outcomes = run_checkov(policies, document, tmp_path)

    assert returncode == 1
    assert outcomes["failed"] == [
        ("KS-KMS-1", instance_address(document)),
        ("KS-KMS-3", instance_address(document)),
        ("KS-SEC-1", "provider.alicloud"),
    ]


def test_a_rule_waived_in_the_app_is_skipped(policies, written, stacks, tmp_path):
    document = copy.deepcopy(stacks["kms-keystore"])
    instance = next(iter(document["resource"]["alicloud_kms_instance"].values()))
    instance["deletion_protection"] = False
    instance["//"] = {"guardrail_suppressions": {"KS-KMS-1": REASON}}

    returncode, outcomes = run_checkov(policies, document, tmp_path)

    assert outcomes["skipped"] == [("KS-KMS-1", instance_address(document))]
    assert outcomes["failed"] == []
    assert returncode == 0


def test_make_scan_reports_what_it_checked(policies):
    # as the Makefile calls it: from the project, with checkov named relative to it
    result = subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "python"),
            "tools/scan.py",
            "--checkov",
            ".venv-scan/bin/checkov",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    reference = next(line for line in lines if line.startswith("reference/kms-keystore: "))
    blocks = int(reference.split(": ", 1)[1].split(" blocks", 1)[0])
    assert f"({blocks * len(RULES)} guardrail KS-*," in reference
    assert " 0 failed, " in reference
    assert any(line.startswith("with-access/kms-keystore: ") for line in lines)
    assert lines[-1].startswith("checkov: ") and lines[-1].endswith(" checks, none failed")


def test_data_sources_are_checked_too(policies, written, tmp_path):
    document = synth({"systemPolicyGuard": "postcondition"})["kms-keystore"]
    data_name = next(iter(document["data"]["alicloud_ram_policies"]))

    returncode, outcomes = run_checkov(policies, document, tmp_path)

    assert returncode == 0, outcomes
    checked = sorted(i for i, resource in outcomes["passed"] if resource.endswith(data_name))
    assert checked == sorted(RULE_IDS)


def test_an_exported_stack_with_import_blocks_is_scanned_whole(tmp_path):
    if not CHECKOV.exists():
        pytest.skip("the checkov venv .venv-scan is absent (make scan or make test-e2e builds it)")
    adopt = json.loads((ROOT / "examples" / "hardware-adopt.json").read_text(encoding="utf-8"))
    dest = tmp_path / "export"
    export(adopt, dest, ROOT)
    stack = dest / "kms-keystore"
    main = json.loads((stack / "main.tf.json").read_text(encoding="utf-8"))
    imports = json.loads((stack / IMPORTS_FILE).read_text(encoding="utf-8"))

    _, report = checkov_on(stack, stack / CHECKOV_DIR / CHECKS_DIR)
    report = report["results"]

    assert "import" not in main
    assert [block["to"] for block in imports["import"]] == [
        f"alicloud_kms_instance.{next(iter(main['resource']['alicloud_kms_instance']))}"
    ]
    versions = json.loads((stack / VERSIONS_FILE).read_text(encoding="utf-8"))
    readme = (stack / "README.md").read_text(encoding="utf-8")
    assert versions == {"terraform": {"required_version": ">= 1.6"}}
    assert "required_version" not in main["terraform"]
    config = (stack / CHECKOV_CONFIG).read_text(encoding="utf-8")
    assert f"  - {IMPORTS_FILE}\n  - {VERSIONS_FILE}\n" in config
    assert "checkov --config-file .checkov.yaml" in readme
    assert report["parsing_errors"] == []
    assert report["failed_checks"] == []
    assert ("KS-KMS-1", instance_address(main)) in {
        (c["check_id"], c["resource"]) for c in report["passed_checks"]
    }


def test_checkov_judges_system_policy_attachments_trust_and_modules(policies, written, tmp_path):
    """Issue 19, class 1: the exported checks judge every granting block, as the app does."""
    trust = {
        "Version": "1",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"RAM": "*"}}],
    }
    document = {
        "resource": {
            "alicloud_ram_role_policy_attachment": {
                "admin": {
                    "role_name": "r",
                    "policy_name": "AdministratorAccess",
                    "policy_type": "System",
                }
            },
            "alicloud_ram_role": {
                "open": {"role_name": "open", "assume_role_policy_document": json.dumps(trust)}
            },
        },
        "module": {"anything": {"source": "example-corp/anything/alicloud"}},
    }

    returncode, outcomes = run_checkov(policies, document, tmp_path)

    failed = {(rule, resource.split(".")[-1]) for rule, resource in outcomes["failed"]}
    assert returncode != 0
    assert {("KS-RAM-2", "admin"), ("KS-RAM-3", "open"), ("KS-MOD-1", "anything")} <= failed
