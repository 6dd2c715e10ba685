"""Scan the stacks with checkov, offline, as the receiving team does; fail on any failed check.

Exports the configuration in effect (cdktf.json's "context" and CDKTF_CONTEXT_JSON, as
`make synth` reads it), then the reference app and each configuration in ``examples/``,
into a temporary directory, and runs ``checkov --config-file .checkov.yaml`` (from the
scanner's own venv) in every exported stack folder, exactly as its README tells the
receiving team: the folder's own settings (each skipped check with its reason) and our
guardrail rules as checkov custom policies. Says per stack how many blocks and checks
ran: ours (KS-*) and checkov's own. A file that checkov cannot parse fails the scan: it
would otherwise count as clean.

    python tools/scan.py [--checkov PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from kms_keystore.app.build import project_configurations, run_tool
from kms_keystore.config import read_context
from kms_keystore.core.problems import ConfigError
from kms_keystore.handoff.export import export
from kms_keystore.handoff.export_docs import CHECKOV_CONFIG

ROOT = Path(__file__).resolve().parent.parent
IN_EFFECT = "in-effect"
"""The configuration `make synth` and `cdktf deploy` read, scanned first (under this name
when it is not the reference app or an example)."""


OURS = "KS-"


def scan(checkov: str, stack_dir: Path) -> dict:
    """Failed checks and counts that checkov reports for one exported stack folder."""
    result = subprocess.run(
        [checkov, "--config-file", CHECKOV_CONFIG, "-o", "json"],
        cwd=stack_dir,
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
    try:
        in_effect = read_context(ROOT)
    except ConfigError as err:
        print(f"kms-keystore: {err}", file=sys.stderr)
        return 2
    ours = project_configurations(ROOT)
    # the configuration in effect first, unless it is one of ours (then scanned as that)
    configurations = {} if in_effect in ours.values() else {IN_EFFECT: in_effect}
    configurations.update(ours)
    with tempfile.TemporaryDirectory(prefix="kms-scan-") as work:
        for name, context in configurations.items():
            try:
                order = export(context, Path(work) / name, ROOT)
            except ConfigError as err:
                print(f"kms-keystore: {name}: {err}", file=sys.stderr)
                return 2
            for stack in order:
                result = scan(os.path.abspath(args.checkov), Path(work) / name / stack)
                failures += len(result["failed"])
                checks += result["ours"] + result["theirs"]
                print(summary(f"{name}/{stack}", result))
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
