"""A reviewer's whole loop on a copy of the project: change a policy, see it, accept it.

The copy shares this checkout's virtual environments, node_modules and bindings (symlinks;
make is told never to rebuild them) and imports its own package first (PYTHONPATH). Its
nested test runs leave out the slow, Terraform and e2e tests, this one included, and
the modules that cannot be affected by a policy change (CLI, export, checkov,
bad input, toolchain).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from .support import ROOT, SHARED

# Runs `make test`, `make review` and `make snapshots` in a copy of the project: end to end.
pytestmark = [pytest.mark.slow, pytest.mark.e2e]

POLICY_PIN = "test_policy_text[with-access.kms-keystore.kms_policy.payments-api-policy].txt"


def copy_project(project):
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if name.startswith("bindings/") or not source.is_file():
            continue
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, project / name)
    for shared in (".venv", ".venv-scan", ".venv-terrain", "node_modules", "bindings"):
        if (ROOT / shared).exists():
            (project / shared).symlink_to(ROOT / shared)
    if SHARED.is_dir():
        (project.parent / "shared").symlink_to(SHARED.resolve())
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "-A"], cwd=project, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "copy"], cwd=project, check=True)


STAMPS = (
    ".venv/.installed",
    ".venv/.installed-dev",
    ".venv-scan/.installed",
    ".venv-terrain/.installed",
    "node_modules/.installed",
    "node_modules/.installed-all",
    "bindings/alicloud-terrain/cdktn_provider_alicloud/_jsii/alicloud@0.0.0.jsii.tgz",
)
# The copy's venvs are this checkout's, linked on purpose (the copy imports its own package
# first through PYTHONPATH): make's check that a linked venv is the checkout's own is skipped.
LINKED_VENV_CHECKS = ("venv-owner", "terrain-venv-owner", "scan-venv-owner")
MAKE = [
    "make",
    "--no-print-directory",
    *(f"--old-file={stamp}" for stamp in (*STAMPS, *LINKED_VENV_CHECKS)),
]


def make(project, target):
    env = {
        **os.environ,
        "PYTHONPATH": str(project / "constructs"),
        "TEST_MARKS": "not slow and not terraform and not e2e and not terrain",
        "PYTEST_ADDOPTS": "-p no:cacheprovider"
        " --ignore=tests/test_cli.py --ignore=tests/test_export.py"
        " --ignore=tests/test_checkov_policies.py --ignore=tests/test_validation.py"
        " --ignore=tests/test_toolchain.py --ignore=tests/test_cdk_terrain.py",
    }
    env.pop("CDKTF_CONTEXT_JSON", None)
    return subprocess.run(
        [*MAKE, target],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def git_status(project):
    return subprocess.run(
        ["git", "status", "--porcelain"], cwd=project, capture_output=True, text=True, check=True
    ).stdout.splitlines()


def test_change_review_accept_green(tmp_path):
    # an ordinary change: a configuration with one more key for the application
    project = tmp_path / "project"
    copy_project(project)
    context = json.loads((project / "examples" / "with-access.json").read_text(encoding="utf-8"))
    context["keys"].append({"name": "archive", "description": "Archived payment records"})
    context["applications"][0]["keys"].append("archive")
    example = project / "examples" / "with-archive.json"
    example.write_text(json.dumps(context, indent=2) + "\n", encoding="utf-8")
    pin = POLICY_PIN.replace("with-access.", "with-archive.")

    failing = make(project, "test")
    review = make(project, "review")
    refused = make(project, "snapshots")  # its addresses are not pinned yet
    status_refused = git_status(project)
    pinned = subprocess.run(
        [
            str(project / ".venv" / "bin" / "python"),
            "-m",
            "pytest",
            "-q",
            "tests/test_addresses.py",
        ],
        cwd=project,
        env={**os.environ, "UPDATE_ADDRESSES": "1", "PYTHONPATH": str(project / "constructs")},
        capture_output=True,
        text=True,
    )
    accepted = make(project, "snapshots")
    after = make(project, "review")
    status = git_status(project)

    assert failing.returncode != 0
    assert "with-archive" in failing.stdout
    assert review.returncode == 2, review.stdout + review.stderr
    assert "with-archive.kms-keystore.kms_policy.payments-api-policy: new policy" in review.stdout
    assert "  + granted: Allow " in review.stdout
    assert "accept on purpose with `make snapshots`" in review.stdout
    assert refused.returncode != 0
    assert "addresses not in tests/addresses.json" in refused.stdout
    assert "snapshots: refused: the tests above still fail" in refused.stdout
    assert status_refused == ["?? examples/with-archive.json"]
    assert pinned.returncode == 0, pinned.stdout + pinned.stderr
    assert accepted.returncode == 0, accepted.stdout[-4000:] + accepted.stderr[-2000:]
    assert f"snapshots: new __snapshots__/test_policy_review/{pin}" in accepted.stdout
    assert " passed" in accepted.stdout.splitlines()[-1]
    assert after.returncode == 0, after.stdout
    assert "?? examples/with-archive.json" in status
    assert " M tests/addresses.json" in status
    others = [
        line
        for line in status
        if line[3:] not in ("examples/with-archive.json", "tests/addresses.json")
    ]
    assert others and all(line[3:].startswith("__snapshots__/") for line in others), status


def test_a_change_the_page_forbids_is_never_offered_and_accept_refuses_it(tmp_path):
    project = tmp_path / "project"
    copy_project(project)
    module = project / "constructs" / "kms_keystore" / "core" / "policy_documents.py"
    module.write_text(
        module.read_text(encoding="utf-8") + "\n\n_as_on_the_page = creator_statement\n\n\n"
        "def creator_statement():\n"
        "    statement = _as_on_the_page()\n"
        "    actions = statement['Action']\n"
        "    actions = [actions] if isinstance(actions, str) else list(actions)\n"
        "    return {**statement, 'Action': [*actions, 'ram:GetRole']}\n",
        encoding="utf-8",
    )

    review = make(project, "review")
    accepted = make(project, "snapshots")

    assert review.returncode == 2, review.stdout + review.stderr
    assert "The code now disagrees with Alibaba Cloud's page" in review.stdout
    assert "only in the code: Allow ram:GetRole on *" in review.stdout
    assert "review: not accepted: make the code follow the page" in review.stdout
    assert "make snapshots" not in review.stdout.split("disagrees", 1)[1].replace(
        "`make snapshots` will not accept it", ""
    )
    assert accepted.returncode != 0
    assert "refused before writing anything" in accepted.stdout, accepted.stdout[-3000:]
    assert git_status(project) == [" M constructs/kms_keystore/core/policy_documents.py"]
