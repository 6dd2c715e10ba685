"""Synth benchmark: our app against its floor, in interleaved pairs; checks the budget.

    python benchmarks/synth_bench.py [--fleets 1,100,1000] [--pairs 25,11,5] [--out FILE]
                                     [--write-docs]

For each fleet size N, our app (``main.py`` with N default deployments) and the
floor (``floor_app.py``: the same construct tree with the raw bindings, writing
byte-identical output) run alternately, each in a fresh process tree (Python
and its jsii Node process), starting with the other one on every second pair.
Per run: wall time, CPU time (user + system of the whole tree, from ``wait4``),
and the peak resident memory of the Python and Node processes, each read by the
process itself from ``getrusage`` at exit (``measured.py``); their sum bounds
the tree's peak from above. Nothing scans ``/proc``.

Also reported, not budgeted: a cold jsii package cache, and ``npx cdktf synth``
(the CLI runs the same app through ``measured.py``; its memory is the CLI's
largest process, from ``wait4``, plus the app's two peaks).
Before measuring, both sides' Python modules are compiled to cached bytecode
(``compileall``): a run with ``PYTHONDONTWRITEBYTECODE`` set would otherwise
compile our package from source every time while the floor's dependencies,
installed by pip, are compiled already, and that difference is not synthesis.

The budget compares ratios measured in the same run (see ``BUDGET``): the verdict
is on the median of the per-pair ratios and its distribution-free 95% interval
(:func:`median_interval`), printed beside the spread (lowest and highest pair)
and the number of pairs in which ours used more CPU than the floor. A size is
within budget when the whole interval is, over it when the whole interval is
above; while the interval straddles the budget, two more pairs are run at a
time, up to three times the starting count, so a noisy machine neither flips
the verdict nor hides an excess: what stays undecided is reported as such. The
exit status is 1 when a budget is missed, 3 when one is undecided. Results are printed; written as
JSON only with ``--out``, and into ``docs/speed.md`` (between its
``bench:begin``/``bench:end`` markers) only with ``--write-docs``.
"""

from __future__ import annotations

import argparse
import compileall
import filecmp
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
MEASURED = str(HERE / "measured.py")
DEFAULT_FLEETS = (1, 100, 1000)
DEFAULT_PAIRS = {1: 25, 100: 11, 1000: 5}
BUDGET = {"cpu": 1.05, "memory": 1.10}
CONFIDENCE = 0.95
"""Coverage of the interval around each median ratio that decides the verdict."""
MORE_PAIRS = 3
"""While a verdict is undecided, pairs are added two at a time up to this many times the
starting count; what is still undecided then is reported so (exit status 3)."""
"""Ours / floor, medians of the pairs: CPU time and peak tree memory, at every fleet size."""
SPEED_DOC = ROOT / "docs" / "speed.md"
DOC_BEGIN = "<!-- bench:begin (written by `make bench BENCH_ARGS=--write-docs`) -->"
DOC_END = "<!-- bench:end -->"


@dataclass
class Run:
    """One process tree, measured."""

    wall: float
    cpu: float
    python_mib: float
    node_mib: float
    largest_mib: float
    """The largest single process of the tree (``ru_maxrss`` from ``wait4``)."""
    jsii_requests: int = 0
    """Requests from Python to the jsii kernel in Node (round trips); machine-independent."""
    python_cpu: float = 0.0
    """CPU time of the Python process alone (``getrusage`` as it exits)."""
    node_cpu: float = 0.0
    """CPU time of its children: the jsii Node process."""

    @property
    def tree_mib(self) -> float:
        """Sum of the app's Python and Node peaks (an upper bound of their joint peak)."""
        return self.python_mib + self.node_mib

    @property
    def with_cli_mib(self) -> float:
        """Under the cdktf CLI: its largest process (not the app's) plus the app's peaks."""
        outside = self.largest_mib if self.largest_mib > max(self.python_mib, self.node_mib) else 0
        return outside + self.tree_mib


@dataclass
class Scenario:
    """The runs of one program at one fleet size."""

    runs: list[Run] = field(default_factory=list)

    def median(self, attribute: str) -> float:
        """Median of one measure over the runs."""
        return statistics.median(getattr(run, attribute) for run in self.runs)


def names(size: int) -> list[str]:
    """Stack names of a fleet; one stack is the reference app's."""
    return ["kms-keystore"] if size == 1 else [f"kms-{i:04d}" for i in range(size)]


def ours(size: int) -> tuple[list[str], dict[str, str]]:
    """Our app's command line and extra environment for ``size`` stacks."""
    # one account per deployment: deployments sharing an account share one account stack
    deployments = [{"name": n, "account": n} for n in names(size)]
    context = {} if size == 1 else {"deployments": deployments}
    return [str(ROOT / "main.py")], {"CDKTF_CONTEXT_JSON": json.dumps(context)}


def floor(size: int) -> tuple[list[str], dict[str, str]]:
    """The floor's command line for ``size`` stacks (outdir filled in by :func:`run`)."""
    return [str(HERE / "floor_app.py"), "{out}", *names(size)], {}


def run(
    program: tuple[list[str], dict[str, str]],
    outdir: Path,
    extra_env: dict | None = None,
    under_cli: bool = False,
) -> Run:
    """Run one program to completion in a fresh process tree; measure it.

    With ``under_cli``, ``npx cdktf synth`` runs the program as its app.
    """
    arguments, env_extra = program
    with tempfile.NamedTemporaryFile(prefix="kms-bench-", suffix=".json") as report:
        env = {
            **os.environ,
            "CDKTF_OUTDIR": str(outdir),
            "KMS_BENCH_RUSAGE": report.name,
            **env_extra,
            **(extra_env or {}),
        }
        app = [PYTHON, MEASURED, *(a.replace("{out}", str(outdir)) for a in arguments)]
        command = app
        if under_cli:
            command = ["npx", "cdktf", "synth", "--output", str(outdir), "--app", " ".join(app)]
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL if under_cli else None,
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise SystemExit(f"{' '.join(command)} exited with {process.returncode}")
        peaks = json.loads(Path(report.name).read_text(encoding="utf-8"))
    return Run(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        python_mib=peaks["self_kib"] / 1024,
        node_mib=peaks["children_kib"] / 1024,
        largest_mib=usage.ru_maxrss / 1024,
        jsii_requests=peaks.get("jsii_requests", 0),
        python_cpu=peaks.get("self_cpu_s", 0.0),
        node_cpu=peaks.get("children_cpu_s", 0.0),
    )


def same_output(left: Path, right: Path) -> bool:
    """Whether two output directories hold the same files with the same bytes."""
    comparison = filecmp.dircmp(left, right)
    if comparison.left_only or comparison.right_only or comparison.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(same_output(left / d, right / d) for d in comparison.common_dirs)


Found = tuple[Scenario, Scenario, dict[str, list[float]]]


def pairs(size: int, count: int, found: Found | None = None) -> Found:
    """``count`` more interleaved runs of ours and the floor; per-pair CPU, wall and memory ratios.

    ``found`` holds the pairs run so far at this size, which the new ones extend.
    """
    mine, base, ratios = found or (Scenario(), Scenario(), {"cpu": [], "wall": [], "memory": []})
    start = len(ratios["cpu"])
    for index in range(start, start + count):
        with tempfile.TemporaryDirectory(prefix="kms-bench-") as scratch:
            out_ours, out_floor = Path(scratch, "ours"), Path(scratch, "floor")
            if index % 2 == 0:
                a, b = run(ours(size), out_ours), run(floor(size), out_floor)
            else:
                b, a = run(floor(size), out_floor), run(ours(size), out_ours)
            if index == 0 and not same_output(out_ours, out_floor):
                raise SystemExit(f"the floor's output differs from ours at {size} stacks")
        mine.runs.append(a)
        base.runs.append(b)
        ratios["cpu"].append(a.cpu / b.cpu)
        ratios["wall"].append(a.wall / b.wall)
        ratios["memory"].append(a.tree_mib / b.tree_mib)
        print(
            f"    pair {index + 1}: ours {_figures(a)} | floor {_figures(b)}"
            f" | cpu ratio {ratios['cpu'][-1]:.3f}",
            flush=True,
        )
    return mine, base, ratios


def median_interval(values: list[float], confidence: float = CONFIDENCE) -> tuple[float, float]:
    """A distribution-free confidence interval for the median of ``values``.

    The k-th smallest and k-th largest values, with k the largest count such
    that fewer than k of n values fall below the median with probability at
    most (1 - confidence) / 2 (binomial, p = 1/2). No assumption about how the
    machine's noise is distributed; with too few values it is their whole range.
    """
    ordered = sorted(values)
    n = len(ordered)
    tail = (1 - confidence) / 2
    k, below = 0, 0.0
    while k < n // 2:
        below += math.comb(n, k) / 2**n  # P(exactly k values fall below the median)
        if below > tail:
            break
        k += 1
    if k == 0:
        return ordered[0], ordered[-1]
    return ordered[k - 1], ordered[n - k]


def verdict(values: list[float], budget: float) -> str:
    """``within`` when the median's interval lies at or under ``budget``, ``over`` when it
    lies above, ``undecided`` while it straddles it (the noise hides the answer)."""
    low, high = median_interval(values)
    if high <= budget:
        return "within"
    if low > budget:
        return "over"
    return "undecided"


def decided(found: Found) -> bool:
    """Whether every budgeted ratio of these pairs has a verdict."""
    return all(verdict(found[2][m], BUDGET[m]) != "undecided" for m in BUDGET)


def _figures(run: Run) -> str:
    return f"{run.wall:6.2f} s wall {run.cpu:6.2f} s cpu {run.tree_mib:6.0f} MiB"


def extras(repeats: int) -> dict[str, dict[str, float]]:
    """A cold jsii cache and ``npx cdktf synth``, each beside a warm ``main.py``, one stack."""
    found: dict[str, dict[str, float]] = {}
    for label in ("cold_jsii_cache", "npx_cdktf_synth"):
        warm, other = Scenario(), Scenario()
        for _ in range(repeats):
            with tempfile.TemporaryDirectory(prefix="kms-bench-") as scratch:
                warm.runs.append(run(ours(1), Path(scratch, "warm")))
                if label == "cold_jsii_cache":
                    cache = {"JSII_RUNTIME_PACKAGE_CACHE_ROOT": str(Path(scratch, "cache"))}
                    other.runs.append(run(ours(1), Path(scratch, "other"), cache))
                else:
                    other.runs.append(run(ours(1), Path(scratch, "other"), under_cli=True))
        found[label] = {
            "wall_s": other.median("wall"),
            "cpu_s": other.median("cpu"),
            "peak_mib": other.median("with_cli_mib"),
            "over_make_synth_wall": other.median("wall") / warm.median("wall"),
            "over_make_synth_cpu": other.median("cpu") / warm.median("cpu"),
            "over_make_synth_memory": other.median("with_cli_mib") / warm.median("tree_mib"),
        }
    return found


def compile_bytecode() -> None:
    """Cache the bytecode of both sides' Python modules (see the module docstring)."""
    for folder in (ROOT / "constructs", HERE):
        if not compileall.compile_dir(folder, quiet=1):
            raise SystemExit(f"cannot compile the Python modules under {folder}")


def summarize(mine: Scenario, base: Scenario, ratios: dict[str, list[float]]) -> dict:
    """One fleet size's figures: medians, and the spread of the per-pair ratios."""
    row: dict[str, float | int | str] = {
        "pairs": len(ratios["cpu"]),
        "ours_wall_s": mine.median("wall"),
        "floor_wall_s": base.median("wall"),
        "ours_cpu_s": mine.median("cpu"),
        "floor_cpu_s": base.median("cpu"),
        "ours_python_cpu_s": mine.median("python_cpu"),
        "floor_python_cpu_s": base.median("python_cpu"),
        "ours_node_cpu_s": mine.median("node_cpu"),
        "floor_node_cpu_s": base.median("node_cpu"),
        "ours_peak_mib": mine.median("tree_mib"),
        "floor_peak_mib": base.median("tree_mib"),
        "ours_jsii_requests": mine.runs[0].jsii_requests,
        "floor_jsii_requests": base.runs[0].jsii_requests,
        "pairs_ours_slower": sum(1 for r in ratios["cpu"] if r > 1),
    }
    for measure, values in ratios.items():
        row[f"{measure}_ratio"] = statistics.median(values)
        row[f"{measure}_ratio_min"] = min(values)
        row[f"{measure}_ratio_max"] = max(values)
        low, high = median_interval(values)
        row[f"{measure}_interval_low"], row[f"{measure}_interval_high"] = low, high
    for measure, budget in BUDGET.items():
        row[f"{measure}_verdict"] = verdict(ratios[measure], budget)  # type: ignore[assignment]
    return row


def table(results: dict[str, dict], machine: str) -> str:
    """The results as the Markdown table (and its note) that ``docs/speed.md`` shows."""
    lines = [
        "| stacks | pairs | CPU ours / floor (median; 95% interval; lowest-highest pair) "
        "| verdict | pairs ours slower "
        "| ours CPU | floor CPU | Python CPU ours / floor | Node CPU ours / floor "
        "| peak memory ours / floor | ours memory | jsii requests ours / floor |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for size, row in results.items():
        lines.append(
            f"| {size} | {row['pairs']} | {row['cpu_ratio']:.3f} "
            f"({row['cpu_interval_low']:.3f}-{row['cpu_interval_high']:.3f}; "
            f"{row['cpu_ratio_min']:.3f}-{row['cpu_ratio_max']:.3f}) "
            f"| {row['cpu_verdict']} | {row['pairs_ours_slower']} of {row['pairs']} "
            f"| {row['ours_cpu_s']:.2f} s | {row['floor_cpu_s']:.2f} s "
            f"| {row['ours_python_cpu_s']:.3f} / {row['floor_python_cpu_s']:.3f} s "
            f"| {row['ours_node_cpu_s']:.3f} / {row['floor_node_cpu_s']:.3f} s "
            f"| {row['memory_ratio']:.3f} | {row['ours_peak_mib']:.0f} MiB "
            f"| {row['ours_jsii_requests']} / {row['floor_jsii_requests']} |"
        )
    lines += ["", machine]
    return "\n".join(lines)


def write_docs(text: str, doc: Path = SPEED_DOC) -> None:
    """Replace what lies between the bench markers of ``doc`` with ``text``."""
    content = doc.read_text(encoding="utf-8")
    if DOC_BEGIN not in content or DOC_END not in content:
        raise SystemExit(f"{doc} lacks the markers {DOC_BEGIN!r} and {DOC_END!r}")
    head, rest = content.split(DOC_BEGIN, 1)
    _, tail = rest.split(DOC_END, 1)
    doc.write_text(f"{head}{DOC_BEGIN}\n{text}\n{DOC_END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Measure, print ratios next to the budget, optionally write JSON and the docs' table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fleets", default=",".join(map(str, DEFAULT_FLEETS)))
    parser.add_argument("--pairs", default=None, help="pairs per fleet size, comma-separated")
    parser.add_argument("--extras", type=int, default=2, help="repeats of cold cache and npx")
    parser.add_argument("--out", type=Path, help="also write the results as JSON here")
    parser.add_argument(
        "--write-docs", action="store_true", help="write the results table into docs/speed.md"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.fleets.split(",")]
    counts = (
        [int(c) for c in args.pairs.split(",")]
        if args.pairs
        else [DEFAULT_PAIRS.get(s, 3) for s in sizes]
    )

    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="kms-bench-") as scratch:
        run(ours(1), Path(scratch))  # warms the page and jsii caches; not counted
    results: dict[str, dict] = {}
    missed, undecided = [], []
    for size, count in zip(sizes, counts, strict=True):
        print(f"{size} stack(s), {count} interleaved pairs:", flush=True)
        found = pairs(size, count)
        while not decided(found) and len(found[2]["cpu"]) < count * MORE_PAIRS:
            print("    the noise hides the verdict: two more pairs", flush=True)
            found = pairs(size, 2, found)
        row = summarize(*found)
        results[str(size)] = row
        for measure in BUDGET:
            if row[f"{measure}_verdict"] == "over":
                missed.append(f"{measure} at {size}")
            elif row[f"{measure}_verdict"] == "undecided":
                undecided.append(f"{measure} at {size}")

    print(
        f"\nours / floor (medians of the pairs; in brackets the {CONFIDENCE:.0%} interval"
        " of the CPU median):"
    )
    print(
        "  stacks  pairs   cpu ratio             wall ratio  memory ratio   ours cpu  floor cpu"
        "  ours MiB  ours slower  jsii requests ours / floor"
    )
    for size, row in results.items():
        spread = f"({row['cpu_interval_low']:.3f}-{row['cpu_interval_high']:.3f})"
        print(
            f"  {size:>6}  {row['pairs']:>5}   {row['cpu_ratio']:.3f} {spread:<14}"
            f"  {row['wall_ratio']:9.3f}  {row['memory_ratio']:12.3f}"
            f"  {row['ours_cpu_s']:7.2f} s  {row['floor_cpu_s']:7.2f} s"
            f"  {row['ours_peak_mib']:8.0f}"
            f"  {row['pairs_ours_slower']:>4} of {row['pairs']:<4}"
            f"  {row['ours_jsii_requests']:>8} / {row['floor_jsii_requests']}"
        )
    print("  where the CPU goes (medians): Python ours / floor, Node ours / floor")
    for size, row in results.items():
        print(
            f"  {size:>6}  Python {row['ours_python_cpu_s']:.3f} /"
            f" {row['floor_python_cpu_s']:.3f} s"
            f"  Node {row['ours_node_cpu_s']:.3f} / {row['floor_node_cpu_s']:.3f} s"
        )
    other = extras(args.extras) if args.extras else {}
    for label, figures in other.items():
        print(
            f"  {label}: {figures['wall_s']:.2f} s wall, {figures['cpu_s']:.2f} s cpu, "
            f"{figures['peak_mib']:.0f} MiB; {figures['over_make_synth_wall']:.2f}x wall, "
            f"{figures['over_make_synth_cpu']:.2f}x cpu, "
            f"{figures['over_make_synth_memory']:.2f}x memory of python main.py (one stack)"
        )
    outcome = (
        "; ".join(
            part
            for part in (
                "MISSED " + ", ".join(missed) if missed else "",
                "UNDECIDED (the machine's noise hides it) " + ", ".join(undecided)
                if undecided
                else "",
            )
            if part
        )
        or "ok"
    )
    print(
        f"\nbudget: median cpu ratio <= {BUDGET['cpu']} and median memory ratio <= "
        f"{BUDGET['memory']} at every size, each median's {CONFIDENCE:.0%} interval on its"
        f" side of the budget: {outcome}"
    )
    machine = (
        f"Written by `make bench` on {os.cpu_count()} CPUs (load average "
        f"{os.getloadavg()[0]:.1f} at the end), Python {platform.python_version()}, "
        f"{'; '.join(_extra_lines(other)) or 'no extras measured'}. "
        f"Budget (median of the pairs, its {CONFIDENCE:.0%} interval on the budget's side): "
        f"CPU <= {BUDGET['cpu']}, memory <= {BUDGET['memory']}: {outcome}."
    )
    if args.write_docs:
        write_docs(table(results, machine))
        print(f"wrote the table into {SPEED_DOC.relative_to(ROOT)}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        report = {
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
            "fleets": results,
            "extras": other,
            "budget": BUDGET,
            "missed": missed,
            "undecided": undecided,
        }
        args.out.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 1 if missed else 3 if undecided else 0


def _extra_lines(other: dict[str, dict[str, float]]) -> list[str]:
    names = {"cold_jsii_cache": "a cold jsii cache", "npx_cdktf_synth": "`npx cdktf synth`"}
    return [
        f"{names.get(label, label)}: {f['wall_s']:.2f} s wall ({f['over_make_synth_wall']:.1f}x "
        f"`python main.py`), {f['cpu_s']:.2f} s CPU, {f['peak_mib']:.0f} MiB"
        for label, f in other.items()
    ]


if __name__ == "__main__":
    sys.exit(main())
