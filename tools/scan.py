"""Scan every synthesized stack with checkov, offline; fail on any failed check.

Synthesizes the reference app and each configuration in ``examples/`` into a
temporary directory, then runs ``checkov`` (from the scanner's own venv) with
the committed ``.checkov.yaml`` and our guardrail rules exported as checkov
custom policies (the same files `make export` writes) on every stack, and says
per stack how many blocks and checks ran: ours (KS-*) and checkov's own.
Each stack is scanned as `make export` hands it over: import blocks and the
Terraform version in files of their own, which checkov skips (its JSON parser
cannot read them). A file that
checkov cannot parse fails the scan: it would otherwise count as clean.

    python tools/scan.py [--checkov PATH]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from kms_keystore.app.build import project_configurations, run_tool, synth_configuration
from kms_keystore.guardrails.checkov import CHECKS_DIR, write_policies
from kms_keystore.handoff.export_docs import CHECKOV_SKIPS, render_json, set_apart

ROOT = Path(__file__).resolve().parent.parent


OURS = "KS-"


def as_handed_over(stack_dir: Path, dest: Path) -> Path:
    """``dest`` holding the stack's ``cdk.tf.json`` split as ``make export`` splits it."""
    document = json.loads((stack_dir / "cdk.tf.json").read_text(encoding="utf-8"))
    main, apart = set_apart(document)
    dest.mkdir(parents=True)
    (dest / "main.tf.json").write_text(render_json(main), encoding="utf-8")
    for file_name, part in apart.items():
        (dest / file_name).write_text(render_json(part), encoding="utf-8")
    return dest


def scan(checkov: str, stack_dir: Path, policies: Path | None = None) -> dict:
    """Failed checks and counts that checkov reports for one stack directory."""
    external = ["--external-checks-dir", str(policies / CHECKS_DIR)] if policies else []
    result = subprocess.run(
        [
            checkov,
            "--config-file",
            str(ROOT / ".checkov.yaml"),
            "-d",
            str(stack_dir),
            *(arg for name in CHECKOV_SKIPS for arg in ("--skip-path", name)),
            "-o",
            "json",
            *external,
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode not in (0, 1):
        raise SystemExit(f"checkov failed on {stack_dir}:\n{result.stderr}")
    report = json.loads(result.stdout or "{}")
    reports = report if isinstance(report, list) else [report]
    unread = [e for r in reports for e in r.get("results", {}).get("parsing_errors", [])]
    if unread:
        raise SystemExit(f"checkov could not parse {', '.join(unread)}; nothing in it was checked")
    results = {
        outcome: [c for r in reports for c in r.get("results", {}).get(f"{outcome}_checks", [])]
        for outcome in ("passed", "failed", "skipped")
    }
    ran = [c for checks in results.values() for c in checks]
    return {
        "failed": results["failed"],
        "passed": len(results["passed"]),
        "skipped": len(results["skipped"]),
        "ours": sum(1 for c in ran if c["check_id"].startswith(OURS)),
        "theirs": sum(1 for c in ran if not c["check_id"].startswith(OURS)),
        "blocks": len({c["resource"] for c in ran}),
    }


def summary(name: str, result: dict) -> str:
    """One line per stack: what was checked and how it went."""
    total = result["passed"] + len(result["failed"]) + result["skipped"]
    return (
        f"{name}: {result['blocks']} blocks, {total} checks "
        f"({result['ours']} guardrail KS-*, {result['theirs']} checkov built-in): "
        f"{result['passed']} passed, {len(result['failed'])} failed, "
        f"{result['skipped']} skipped"
    )


def main(argv: list[str] | None = None) -> int:
    """Scan all configurations; 1 when any check failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkov", default=str(ROOT / ".venv-scan" / "bin" / "checkov"))
    args = parser.parse_args(argv)
    failures = checks = 0
    with tempfile.TemporaryDirectory(prefix="kms-scan-") as work:
        policies = Path(work) / "checkov-policies"
        write_policies(policies)
        for name, context in project_configurations(ROOT).items():
            outdir = Path(work) / "synth" / name
            synth_configuration(name, context, outdir, ROOT, ROOT / "cdktf.out")
            for stack_dir in sorted((outdir / "stacks").iterdir()):
                handed = as_handed_over(stack_dir, Path(work) / "scan" / name / stack_dir.name)
                result = scan(args.checkov, handed, policies)
                failures += len(result["failed"])
                checks += result["ours"] + result["theirs"]
                print(summary(f"{name}/{stack_dir.name}", result))
                for check in result["failed"]:
                    print(
                        f"  FAILED {check['check_id']} {check['resource']}: {check['check_name']}"
                    )
    if not checks:
        print("checkov: no check ran; nothing was scanned")
        return 1
    print(f"checkov: {checks} checks, " + (f"{failures} failed" if failures else "none failed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(run_tool(main))
