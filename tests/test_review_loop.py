"""A reviewer's whole loop on a copy of the project: change a policy, see it, accept it.

The copy shares this checkout's virtual environments, node_modules and bindings (symlinks;
make is told never to rebuild them) and imports its own package first (PYTHONPATH). Its
nested test runs leave out the slow, Terraform and e2e tests, this one included, and
the modules that cannot be affected by a policy change (CLI, export, checkov,
bad input, toolchain).
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from .support import ROOT, SHARED

# Runs `make test`, `make review` and `make snapshots` in a copy of the project: end to end.
pytestmark = [pytest.mark.slow, pytest.mark.e2e]

ADDED = "RbacPermission/Template/CryptoServiceKeyAdmin"
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
MAKE = ["make", "--no-print-directory", *(f"--old-file={stamp}" for stamp in STAMPS)]


def make(project, target):
    env = {
        **os.environ,
        "PYTHONPATH": str(project / "constructs"),
        "TEST_MARKS": "not slow and not terraform and not e2e",
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


def test_change_review_accept_green(tmp_path):
    project = tmp_path / "project"
    copy_project(project)
    access = project / "constructs" / "kms_keystore" / "access.py"
    code = access.read_text(encoding="utf-8")
    assert "permissions.append(KEY_USER)" in code
    access.write_text(
        code.replace("permissions.append(KEY_USER)", f'permissions += [KEY_USER, "{ADDED}"]'),
        encoding="utf-8",
    )

    failing = make(project, "test")
    review = make(project, "review")
    accepted = make(project, "snapshots")
    after = make(project, "review")
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=project, capture_output=True, text=True, check=True
    ).stdout

    assert failing.returncode != 0
    assert f"FAILED tests/test_policy_review.py::{POLICY_PIN[:-4]}" in failing.stdout
    assert f"+ Allow {ADDED} on key/" in failing.stdout, failing.stdout[-4000:]
    assert review.returncode == 2, review.stdout + review.stderr
    assert "with-access.kms-keystore.kms_policy.payments-api-policy:" in review.stdout
    assert f"  + newly granted: Allow {ADDED} on key/" in review.stdout
    assert accepted.returncode == 0, accepted.stdout[-4000:] + accepted.stderr[-2000:]
    assert f"snapshots: updated __snapshots__/test_policy_review/{POLICY_PIN}" in accepted.stdout
    assert " passed" in accepted.stdout.splitlines()[-1]
    assert "review: no resource or creation order changed" in review.stdout
    assert after.returncode == 0, after.stdout
    assert sorted(status.splitlines()) == [
        " M __snapshots__/test_keys_and_access/"
        "test_stack_with_two_keys_and_one_application_snapshot.json",
        f" M __snapshots__/test_policy_review/{POLICY_PIN}",
        " M constructs/kms_keystore/access.py",
    ]
