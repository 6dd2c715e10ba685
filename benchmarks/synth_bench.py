"""Synth benchmark: our app against its floor, in pairs; checks the budget.

    python benchmarks/synth_bench.py [--fleets 1,100,1000] [--pairs 25,11,5] [--out FILE]
                                     [--write-docs] [--mode concurrent|serial]
                                     [--a-a | --burn-ms 30,60,300]

For each fleet size N, our app (``main.py`` with N default deployments) and the
floor (``floor_app.py``: the same construct tree with the raw bindings, writing
byte-identical output) run in pairs, each in a fresh process tree (Python and
its jsii Node process). In the default concurrent mode a pair is two runs of
both at the same time, each tree pinned to one of two CPUs, then again with the
CPUs swapped and the other side started first: both sides live through the
same seconds of the machine, and a CPU slower than the other, or being started
first, favours each side once (the pair's ratio is the geometric mean of its
two runs' ratios). The side that finishes first runs again, unmeasured, until
the other ends. ``--mode serial`` runs one side after the other instead, the
first side alternating pair by pair. Per run:
wall time, CPU time (user + system of the whole tree, from ``wait4``), and the
peak resident memory of the Python and Node processes, each read by the
process itself from ``getrusage`` at exit (``measured.py``); their sum bounds
the tree's peak from above. Nothing scans ``/proc``.

The bench checks itself: ``--a-a`` puts the floor on both sides (every ratio
should be 1); ``--burn-ms`` too, but one side first burns the given CPU (ms at
each fleet size): an excess of known size, whose expected ratio (1 + the burn
over the floor's median CPU) is printed beside the measured one. A check is
judged on whether each CPU interval holds the expected ratio (exit status 1
where one does not), not on the budget, and runs its pairs without adding any.
Each writes its own table in ``docs/speed.md`` with ``--write-docs``.

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
exit status is 1 when a budget is missed, 3 when one is undecided. Results are
printed; written as JSON only with ``--out``, and into ``docs/speed.md``
(between its ``bench:begin``/``bench:end`` markers) only with ``--write-docs``.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import filecmp
import json
import math
import os
import platform
import py_compile
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

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
CHECK_BEGIN = (
    '<!-- bench-{name}:begin (written by `make bench BENCH_ARGS="{args} --write-docs"`) -->'
)
CHECK_END = "<!-- bench-{name}:end -->"
"""Where the bench's checks of itself (``--a-a``, ``--burn-ms``) write their tables."""


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
    def exit_cpu(self) -> float:
        """CPU the tree spent after the Python process's last exit handler: Python's own
        teardown (clearing its modules, freeing its objects), which ``python_cpu`` misses."""
        return max(0.0, self.cpu - self.python_cpu - self.node_cpu)

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


def _command(
    program: tuple[list[str], dict[str, str]],
    outdir: Path,
    report: str,
    extra_env: dict | None = None,
    under_cli: bool = False,
) -> tuple[list[str], dict[str, str]]:
    """The command and environment that run ``program`` into ``outdir`` under ``measured.py``."""
    arguments, env_extra = program
    env = {
        **os.environ,
        "CDKTF_OUTDIR": str(outdir),
        "KMS_BENCH_RUSAGE": report,
        **env_extra,
        **(extra_env or {}),
    }
    app = [PYTHON, MEASURED, *(a.replace("{out}", str(outdir)) for a in arguments)]
    if under_cli:
        return ["npx", "cdktf", "synth", "--output", str(outdir), "--app", " ".join(app)], env
    return app, env


def _pinned(cpu: int | None) -> Callable[[], None] | None:
    """A ``preexec_fn`` that keeps the child (and the Node process it starts) on ``cpu``."""
    if cpu is None:
        return None
    return lambda: os.sched_setaffinity(0, {cpu})


def _measured(command: list[str], status: int, usage: Any, wall: float, report: str) -> Run:
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(command)} exited with {code}")
    peaks = json.loads(Path(report).read_text(encoding="utf-8"))
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


def run(
    program: tuple[list[str], dict[str, str]],
    outdir: Path,
    extra_env: dict | None = None,
    under_cli: bool = False,
) -> Run:
    """Run one program to completion in a fresh process tree; measure it.

    With ``under_cli``, ``npx cdktf synth`` runs the program as its app.
    """
    with tempfile.NamedTemporaryFile(prefix="kms-bench-", suffix=".json") as report:
        command, env = _command(program, outdir, report.name, extra_env, under_cli)
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL if under_cli else None,
        )
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        return _measured(command, status, usage, time.perf_counter() - start, report.name)


def together(
    first: tuple[tuple[list[str], dict[str, str]], Path, int],
    second: tuple[tuple[list[str], dict[str, str]], Path, int],
) -> tuple[Run, Run]:
    """Run two programs at the same time, each pinned to its own CPU; measure each.

    Both go through the same seconds of the machine, so a slowdown of the host
    reaches both. When one finishes first, the same program starts again on its
    CPU, unmeasured, and is stopped when the other ends: each measured run has
    a synthesis beside it from its first second to its last, rather than a
    last stretch on an idle machine (or beside a busy loop, which weighs on the
    other CPU differently).
    """
    with tempfile.TemporaryDirectory(prefix="kms-bench-") as scratch:
        started: dict[int, tuple[int, subprocess.Popen, list[str], str, float, int]] = {}
        runs: dict[int, Run] = {}
        fillers: list[subprocess.Popen] = []
        filling: tuple[tuple[list[str], dict[str, str]], int] | None = None
        filled = 0
        try:
            for index, (program, outdir, cpu) in enumerate((first, second)):
                report = str(Path(scratch, f"{index}.json"))
                process, command = _start(program, outdir, report, cpu)
                started[process.pid] = (index, process, command, report, time.perf_counter(), cpu)
            while started:
                pid, status, usage = os.wait4(-1, 0)
                if pid not in started:  # a filler that ended: the next one takes over
                    for ended in [f for f in fillers if f.pid == pid]:
                        ended.returncode = os.waitstatus_to_exitcode(status)
                    fillers = [f for f in fillers if f.pid != pid]
                    if filling is not None:
                        filled += 1
                        fillers.append(_filler(*filling, Path(scratch, f"fill-{filled}")))
                    continue
                index, process, command, report, start, cpu = started.pop(pid)
                process.returncode = os.waitstatus_to_exitcode(status)
                runs[index] = _measured(command, status, usage, time.perf_counter() - start, report)
                if started:
                    filling = ((first, second)[index][0], cpu)
                    fillers.append(_filler(*filling, Path(scratch, "fill")))
        finally:
            for _, process, *_ in started.values():  # the other run, when this one failed
                process.kill()
                process.wait()
            for filler in fillers:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(filler.pid, signal.SIGKILL)  # its Node process too
                filler.wait()
    return runs[0], runs[1]


def _start(
    program: tuple[list[str], dict[str, str]],
    outdir: Path,
    report: str,
    cpu: int,
    filler: bool = False,
) -> tuple[subprocess.Popen, list[str]]:
    """Start ``program`` under ``measured.py`` on ``cpu``; a filler goes quietly, in a
    process group of its own (so that its Node process can be stopped with it)."""
    command, environ = _command(program, outdir, report)
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL if filler else None,
        preexec_fn=_pinned(cpu),
        start_new_session=filler,
    )
    return process, command


def _filler(program: tuple[list[str], dict[str, str]], cpu: int, scratch: Path) -> subprocess.Popen:
    """An unmeasured run of ``program`` on ``cpu``."""
    scratch.mkdir(parents=True, exist_ok=True)
    return _start(program, scratch / "out", str(scratch / "report.json"), cpu, filler=True)[0]


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


@dataclass(frozen=True)
class Plan:
    """How the pairs run, and what stands on "our" side of each."""

    cpus: tuple[int, int] | None = None
    """Two CPUs: a pair is two runs of both sides at once, one on each CPU, swapped for
    the second run; None: one side after the other, on whatever CPUs the system gives."""
    a_a: bool = False
    """The floor on both sides: the bench measured against itself (its ratios should be 1,
    or what :attr:`burn_ms` adds)."""
    burn_ms: int = 0
    """With :attr:`a_a`, CPU our side burns in Python before it starts: an excess of known
    size to detect."""

    @property
    def mode(self) -> str:
        """``concurrent`` or ``serial``."""
        return "serial" if self.cpus is None else "concurrent"

    def mine(self, size: int) -> tuple[list[str], dict[str, str]]:
        """The program on our side of a pair."""
        program = floor(size) if self.a_a else ours(size)
        if not self.burn_ms:
            return program
        return program[0], {**program[1], "KMS_BENCH_BURN_MS": str(self.burn_ms)}


def two_cpus() -> tuple[int, int] | None:
    """Two CPUs this process may run on, or None when it has fewer."""
    try:
        allowed = sorted(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return None
    return (allowed[0], allowed[1]) if len(allowed) >= 2 else None


def pairs(size: int, count: int, found: Found | None = None, plan: Plan = Plan()) -> Found:
    """``count`` more pairs of ours and the floor; per-pair CPU, wall and memory ratios.

    Serial pairs run one side after the other, the first side alternating pair by
    pair. A concurrent pair is two runs of both sides at the same time, one side
    on each CPU, with the CPUs swapped and the other side started first for the
    second run: its ratios are the geometric means of the two runs' ratios, so
    that a CPU slower than the other, or an advantage of starting first, favours
    each side once and cancels out.
    ``found`` holds the pairs run so far at this size, which the new ones extend.
    """
    mine, base, ratios = found or (Scenario(), Scenario(), {"cpu": [], "wall": [], "memory": []})
    start = len(ratios["cpu"])
    for index in range(start, start + count):
        ours_first = index % 2 == 0
        runs: list[tuple[Run, Run]] = []
        with tempfile.TemporaryDirectory(prefix="kms-bench-") as scratch:
            if plan.cpus is None:
                out_ours, out_floor = Path(scratch, "ours"), Path(scratch, "floor")
                if ours_first:
                    a, b = run(plan.mine(size), out_ours), run(floor(size), out_floor)
                else:
                    b, a = run(floor(size), out_floor), run(plan.mine(size), out_ours)
                runs.append((a, b))
            placements = (plan.cpus, plan.cpus[::-1]) if plan.cpus else ()
            for turn, (cpu_ours, cpu_floor) in enumerate(placements):
                out_ours = Path(scratch, f"ours-{cpu_ours}")
                out_floor = Path(scratch, f"floor-{cpu_floor}")
                left = (plan.mine(size), out_ours, cpu_ours)
                right = (floor(size), out_floor, cpu_floor)
                if ours_first != (turn == 1):  # the second run starts the other side first
                    a, b = together(left, right)
                else:
                    b, a = together(right, left)
                runs.append((a, b))
            if index == 0 and not same_output(out_ours, out_floor):
                raise SystemExit(f"the floor's output differs from ours at {size} stacks")
        for a, b in runs:
            mine.runs.append(a)
            base.runs.append(b)
        ratios["cpu"].append(_geometric_mean([a.cpu / b.cpu for a, b in runs]))
        ratios["wall"].append(_geometric_mean([a.wall / b.wall for a, b in runs]))
        ratios["memory"].append(_geometric_mean([a.tree_mib / b.tree_mib for a, b in runs]))
        shown = " ; ".join(f"ours {_figures(a)} | floor {_figures(b)}" for a, b in runs)
        print(f"    pair {index + 1}: {shown} | cpu ratio {ratios['cpu'][-1]:.3f}", flush=True)
    return mine, base, ratios


def _geometric_mean(values: list[float]) -> float:
    return math.prod(values) ** (1 / len(values))


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


def check_verdict(row: dict) -> str:
    """A check's verdict: ``holds`` when the CPU ratio's interval holds the expected ratio."""
    low, high = row["cpu_interval_low"], row["cpu_interval_high"]
    slack = 1e-9  # rounding, where every pair gave the same ratio
    return "holds" if low - slack <= row["expected_cpu_ratio"] <= high + slack else "misses"


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


def compile_bytecode(force: bool = False) -> None:
    """Cache the bytecode of both sides' Python modules (see the module docstring).

    :param force: compile also what looks compiled already (compileall's own freshness
        test reads only the source's modification time).
    """
    # timestamp-checked, as Python writes them unless SOURCE_DATE_EPOCH asks for hashes:
    # the same on every machine, and compileall's freshness test then means what it says
    mode = py_compile.PycInvalidationMode.TIMESTAMP
    for folder in (ROOT / "constructs", HERE):
        if not compileall.compile_dir(folder, quiet=1, force=force, invalidation_mode=mode):
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
        "ours_exit_cpu_s": mine.median("exit_cpu"),
        "floor_exit_cpu_s": base.median("exit_cpu"),
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
            f"{row['cpu_ratio_min']:.3f}-{row['cpu_ratio_max']:.3f})"
            f"{_expected(row)} | {row['cpu_verdict']} "
            f"| {row['pairs_ours_slower']} of {row['pairs']} "
            f"| {row['ours_cpu_s']:.2f} s | {row['floor_cpu_s']:.2f} s "
            f"| {row['ours_python_cpu_s']:.3f} / {row['floor_python_cpu_s']:.3f} s "
            f"| {row['ours_node_cpu_s']:.3f} / {row['floor_node_cpu_s']:.3f} s "
            f"| {row['memory_ratio']:.3f} | {row['ours_peak_mib']:.0f} MiB "
            f"| {row['ours_jsii_requests']} / {row['floor_jsii_requests']} |"
        )
    lines += ["", machine]
    return "\n".join(lines)


def _expected(row: dict) -> str:
    expected = row.get("expected_cpu_ratio")
    return f", expected {expected:.3f}" if expected else ""


def write_docs(
    text: str, doc: Path = SPEED_DOC, begin: str = DOC_BEGIN, end: str = DOC_END
) -> None:
    """Replace what lies between the markers ``begin`` and ``end`` of ``doc`` with ``text``."""
    content = doc.read_text(encoding="utf-8")
    if begin not in content or end not in content:
        raise SystemExit(f"{doc} lacks the markers {begin!r} and {end!r}")
    head, rest = content.split(begin, 1)
    _, tail = rest.split(end, 1)
    doc.write_text(f"{head}{begin}\n{text}\n{end}{tail}", encoding="utf-8")


def markers(plan: Plan, burn: str = "") -> tuple[str, str]:
    """The markers of ``docs/speed.md`` that a run with ``plan`` (and ``--burn-ms burn``)
    writes between."""
    if burn:
        name, args = "burn", f"--burn-ms {burn}"
    elif plan.a_a:
        name, args = "a-a", "--a-a"
    else:
        return DOC_BEGIN, DOC_END
    if plan.cpus is None:
        args += " --mode serial"
    return CHECK_BEGIN.format(name=name, args=args), CHECK_END.format(name=name)


def _whole_numbers(
    parser: argparse.ArgumentParser, option: str, text: str, least: int
) -> list[int]:
    """``text`` as comma-separated whole numbers of at least ``least``; else a usage error."""
    try:
        numbers = [int(part) for part in text.split(",")]
    except ValueError:
        numbers = []
    if not numbers or min(numbers) < least:
        parser.error(f"{option}: comma-separated whole numbers of at least {least}, not {text!r}")
    return numbers


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
    parser.add_argument(
        "--mode",
        choices=("concurrent", "serial"),
        default="concurrent",
        help="a pair's two runs at the same time on two CPUs (falls back to serial with"
        " fewer than two), or one after the other",
    )
    parser.add_argument(
        "--a-a", action="store_true", help="check the bench: the floor on both sides"
    )
    parser.add_argument(
        "--burn-ms",
        default="",
        help="check the bench: the floor against itself, one side first burning this much CPU"
        " (ms per fleet size, comma-separated: an excess of known size)",
    )
    args = parser.parse_args(argv)
    if args.a_a and args.burn_ms:  # both put the floor on our side
        parser.error("--a-a and --burn-ms check different things: give one")
    cpus = two_cpus() if args.mode == "concurrent" else None
    if args.mode == "concurrent" and cpus is None:
        print("fewer than two CPUs: the pairs run one after the other", flush=True)
    checking = bool(args.a_a or args.burn_ms)  # the floor on both sides
    plan = Plan(cpus=cpus, a_a=checking)
    if checking:
        args.extras = 0  # a check of the bench measures the pairs only
    sizes = _whole_numbers(parser, "--fleets", args.fleets, 1)
    counts = (
        _whole_numbers(parser, "--pairs", args.pairs, 1)
        if args.pairs
        else [DEFAULT_PAIRS.get(s, 3) for s in sizes]
    )
    if len(counts) != len(sizes):
        parser.error(f"--pairs: one count per fleet size ({len(sizes)}), not {len(counts)}")
    burns = _whole_numbers(parser, "--burn-ms", args.burn_ms, 0) if args.burn_ms else [0]
    if len(burns) not in (1, len(sizes)):
        parser.error("--burn-ms: one value, or one per fleet size")
    burn_at = dict(zip(sizes, burns * len(sizes) if len(burns) == 1 else burns, strict=True))

    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="kms-bench-") as scratch:
        # warm the page and jsii caches; not counted
        run(ours(1), Path(scratch, "ours"))
        run(floor(1), Path(scratch, "floor"))
    results: dict[str, dict] = {}
    missed, undecided = [], []
    what = (
        "the floor burning "
        + ", ".join(f"{ms} ms at {size}" for size, ms in burn_at.items())
        + " first, against the floor"
        if args.burn_ms
        else "the floor against itself"
        if args.a_a
        else "ours against the floor"
    )
    print(f"{what}; {plan.mode} pairs" + (f" on CPUs {plan.cpus}" if plan.cpus else ""))
    for size, count in zip(sizes, counts, strict=True):
        print(f"{size} stack(s), {count} pairs:", flush=True)
        at_size = replace(plan, burn_ms=burn_at[size])
        found = pairs(size, count, plan=at_size)
        while not checking and not decided(found) and len(found[2]["cpu"]) < count * MORE_PAIRS:
            print("    the noise hides the verdict: two more pairs", flush=True)
            found = pairs(size, 2, found, at_size)
        row = summarize(*found)
        results[str(size)] = row
        if checking:
            row["expected_cpu_ratio"] = 1 + at_size.burn_ms / 1000 / row["floor_cpu_s"]
            row["cpu_verdict"] = check_verdict(row)
            if row["cpu_verdict"] != "holds":
                missed.append(f"cpu at {size}")
            continue
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
            f"{_expected(row)}"
        )
    print(
        "  where the CPU goes (medians): Python ours / floor, Node ours / floor,"
        " Python's teardown after its exit handlers ours / floor"
    )
    for size, row in results.items():
        print(
            f"  {size:>6}  Python {row['ours_python_cpu_s']:.3f} /"
            f" {row['floor_python_cpu_s']:.3f} s"
            f"  Node {row['ours_node_cpu_s']:.3f} / {row['floor_node_cpu_s']:.3f} s"
            f"  teardown {row['ours_exit_cpu_s']:.3f} / {row['floor_exit_cpu_s']:.3f} s"
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
    judged = (
        f"check: each CPU ratio's {CONFIDENCE:.0%} interval holds the expected ratio"
        if checking
        else f"budget: median cpu ratio <= {BUDGET['cpu']} and median memory ratio <= "
        f"{BUDGET['memory']} at every size, each median's {CONFIDENCE:.0%} interval on its"
        " side of the budget"
    )
    print(f"\n{judged}: {outcome}")
    machine = (
        f"Written by `make bench` ({what}; {plan.mode} pairs) on {os.cpu_count()} CPUs "
        f"(load average {os.getloadavg()[0]:.1f} at the end), Python {platform.python_version()}, "
        f"{'; '.join(_extra_lines(other)) or 'no extras measured'}. "
        + (
            f"Check: each CPU ratio's {CONFIDENCE:.0%} interval holds the expected ratio: "
            f"{outcome}."
            if checking
            else f"Budget (median of the pairs, its {CONFIDENCE:.0%} interval on the budget's "
            f"side): CPU <= {BUDGET['cpu']}, memory <= {BUDGET['memory']}: {outcome}."
        )
    )
    if args.write_docs:
        write_docs(table(results, machine), SPEED_DOC, *markers(plan, args.burn_ms))
        print(f"wrote the table into {SPEED_DOC.relative_to(ROOT)}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        report = {
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
            "mode": plan.mode,
            "a_a": plan.a_a,
            "burn_ms": burn_at if args.burn_ms else {},
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
