"""Synth benchmark: floor, our reference app, fleets, start-up; checks the budget.

    python benchmarks/synth_bench.py [--repeats N] [--fleet-repeats N] [--out FILE]

Every measurement is a fresh process (Python plus its jsii Node process), timed
wall-clock; the median of the repeats is reported, with the peak resident memory
of the whole process tree. Exits 1 when a budget of the README is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
FLEETS = (1, 10, 50, 100)
BUDGET = {
    "reference_over_direct": 1.3,
    "marginal_100_over_10": 1.2,
    "import_over_bare_startup": 1.25,
}


@dataclass
class Measurement:
    """Median wall time and peak memory of one scenario."""

    name: str
    seconds: float
    peak_mib: float
    runs: list[float]


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry))
    return found


def _tree_rss_kib(root: int) -> int:
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        try:
            with open(f"/proc/{pid}/status", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            continue
        pending.extend(_children(pid))
    return total


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak tree memory (MiB) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss_kib(process.pid))
        time.sleep(0.01)
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()}")
    return elapsed, peak / 1024


def measure(name: str, command: list[str], repeats: int, context: object = None) -> Measurement:
    """Run a scenario ``repeats`` times in fresh processes."""
    runs, peaks = [], []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="kms-bench-") as outdir:
            env = {**os.environ, "CDKTF_OUTDIR": outdir, "CHECKPOINT_DISABLE": "1"}
            env.pop("CDKTF_CONTEXT_JSON", None)
            if context is not None:
                env["CDKTF_CONTEXT_JSON"] = json.dumps(context)
            seconds, peak = run_once([c.replace("{out}", outdir) for c in command], env)
        runs.append(seconds)
        peaks.append(peak)
    result = Measurement(name, statistics.median(runs), max(peaks), runs)
    print(f"  {name:<22} {result.seconds:7.3f} s  {result.peak_mib:7.1f} MiB", flush=True)
    return result


def fleet(size: int) -> dict[str, object]:
    """Context for ``size`` key store deployments in one app."""
    # one account each: deployments sharing an account would share one account stack
    return {
        "deployments": [
            {"name": f"kms-{index:03d}", "account": f"account-{index:03d}"} for index in range(size)
        ]
    }


def main(argv: list[str] | None = None) -> int:
    """Measure, print the table and ratios, write JSON, check the budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--fleet-repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "latest.json")
    args = parser.parse_args(argv)

    print("measuring (median of fresh processes):")
    results: dict[str, Measurement] = {}
    scenarios = [
        ("startup_bare", [PYTHON, str(HERE / "startup.py"), "bare", "{out}"], None),
        ("startup_ours", [PYTHON, str(HERE / "startup.py"), "ours", "{out}"], None),
        ("floor_bare_app", [PYTHON, str(HERE / "bare_app.py"), "{out}"], None),
        ("floor_direct_bindings", [PYTHON, str(HERE / "direct_app.py"), "{out}"], None),
        ("ours_reference_app", [PYTHON, str(ROOT / "main.py")], {}),
    ]
    for name, command, context in scenarios:
        results[name] = measure(name, command, args.repeats, context)
    for size in FLEETS:
        name = f"ours_fleet_{size}"
        results[name] = measure(
            name, [PYTHON, str(ROOT / "main.py")], args.fleet_repeats, fleet(size)
        )

    base = results["ours_fleet_1"].seconds
    marginal = {
        size: (results[f"ours_fleet_{size}"].seconds - base) / (size - 1)
        for size in FLEETS
        if size > 1
    }
    ratios = {
        "reference_over_direct": results["ours_reference_app"].seconds
        / results["floor_direct_bindings"].seconds,
        "marginal_100_over_10": marginal[100] / marginal[10],
        "import_over_bare_startup": results["startup_ours"].seconds
        / results["startup_bare"].seconds,
    }

    print("\nper-stack marginal cost (fleet N vs fleet 1):")
    for size, seconds in marginal.items():
        print(f"  {size:>3} stacks: {seconds * 1000:7.1f} ms/stack")
    print("\nbudget:")
    missed = []
    for key, limit in BUDGET.items():
        ok = ratios[key] <= limit
        missed += [] if ok else [key]
        print(f"  {key:<26} {ratios[key]:5.2f}  (at most {limit})  {'ok' if ok else 'MISSED'}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "node": subprocess.run(
                ["node", "--version"], capture_output=True, text=True
            ).stdout.strip(),
        },
        "measurements": {name: asdict(m) for name, m in results.items()},
        "marginal_seconds_per_stack": {str(k): v for k, v in marginal.items()},
        "ratios": ratios,
        "budget": BUDGET,
        "within_budget": not missed,
    }
    args.out.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
