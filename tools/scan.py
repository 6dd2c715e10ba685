"""Scan every synthesized stack with checkov, offline; fail on any failed check.

Synthesizes the reference app and each configuration in ``examples/`` into a
temporary directory, then runs ``checkov`` (from the scanner's own venv) with
the committed ``.checkov.yaml`` on every stack.

    python tools/scan.py [--checkov PATH]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from kms_keystore.app import project_configurations, synth_to

ROOT = Path(__file__).resolve().parent.parent


def scan(checkov: str, stack_dir: Path) -> dict:
    """Failed checks and counts that checkov reports for one stack directory."""
    result = subprocess.run(
        [
            checkov,
            "--config-file",
            str(ROOT / ".checkov.yaml"),
            "-d",
            str(stack_dir),
            "-o",
            "json",
            "--quiet",
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode not in (0, 1):
        raise SystemExit(f"checkov failed on {stack_dir}:\n{result.stderr}")
    report = json.loads(result.stdout or "{}")
    reports = report if isinstance(report, list) else [report]
    failed = [c for r in reports for c in r.get("results", {}).get("failed_checks", [])]
    passed = sum(r.get("summary", {}).get("passed", 0) for r in reports)
    skipped = sum(r.get("summary", {}).get("skipped", 0) for r in reports)
    return {"failed": failed, "passed": passed, "skipped": skipped}


def main(argv: list[str] | None = None) -> int:
    """Scan all configurations; 1 when any check failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkov", default=str(ROOT / ".venv-scan" / "bin" / "checkov"))
    args = parser.parse_args(argv)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="kms-scan-") as work:
        for name, context in project_configurations(ROOT).items():
            outdir = Path(work) / name
            synth_to(context, outdir)
            for stack_dir in sorted((outdir / "stacks").iterdir()):
                result = scan(args.checkov, stack_dir)
                failures += len(result["failed"])
                print(
                    f"{name}/{stack_dir.name}: {result['passed']} passed, "
                    f"{len(result['failed'])} failed, {result['skipped']} skipped"
                )
                for check in result["failed"]:
                    print(
                        f"  FAILED {check['check_id']} {check['resource']}: {check['check_name']}"
                    )
    print("checkov: no failed checks" if not failures else f"checkov: {failures} failed checks")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
