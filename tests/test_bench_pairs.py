"""The bench's pairs: how they run, and what cancels out of their ratios."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .support import ROOT
from .test_bench_verdict import bench

needs_two_cpus = pytest.mark.skipif(bench.two_cpus() is None, reason="needs two CPUs")


def _run(cpu: float, wall: float = 1.0, mib: float = 100.0) -> object:
    return bench.Run(wall=wall, cpu=cpu, python_mib=mib, node_mib=0.0, largest_mib=mib)


@pytest.fixture
def machine(monkeypatch):
    """A fake machine: CPU 0 runs everything 7% slower than CPU 1, and the side started
    second 2% slower than the first; runs record what ran."""
    speed = {0: 1.07, 1: 1.0}
    calls = []

    def together(first, second):
        calls.append((first, second))
        return tuple(
            _run(_work(program) * speed[cpu] * late, wall=_work(program) * speed[cpu] * late)
            for (program, _outdir, cpu), late in ((first, 1.0), (second, 1.02))
        )

    def run(program, outdir, extra_env=None, under_cli=False):
        calls.append((program, outdir))
        return _run(_work(program))

    monkeypatch.setattr(bench, "together", together)
    monkeypatch.setattr(bench, "run", run)
    monkeypatch.setattr(bench, "same_output", lambda left, right: True)
    return calls


def _work(program) -> float:
    """Ours does 4% more than the floor (1 s); burning adds its milliseconds."""
    arguments, env = program
    work = 1.04 if arguments[0].endswith("main.py") else 1.0
    return work + int(env.get("KMS_BENCH_BURN_MS", 0)) / 1000


def test_a_concurrent_pair_runs_each_side_once_on_each_cpu(machine):
    bench.pairs(100, 2, plan=bench.Plan(cpus=(0, 1)))
    assert len(machine) == 4
    ours_on = [
        next(cpu for program, _, cpu in run if program[0][0].endswith("main.py")) for run in machine
    ]
    assert ours_on == [0, 1, 0, 1]  # each side on each CPU once a pair
    starts_with_ours = [first[0][0][0].endswith("main.py") for first, _ in machine]
    assert starts_with_ours == [True, False, False, True]  # each side starts first once


def test_a_slower_cpu_and_starting_first_cancel_out_of_a_concurrent_pair(machine):
    mine, base, ratios = bench.pairs(100, 3, plan=bench.Plan(cpus=(0, 1)))
    assert ratios["cpu"] == pytest.approx([1.04] * 3)
    assert ratios["wall"] == pytest.approx([1.04] * 3)
    assert len(mine.runs) == len(base.runs) == 6


def test_serial_pairs_alternate_which_side_runs_first(machine):
    _, _, ratios = bench.pairs(1, 2, plan=bench.Plan())
    first_programs = [machine[0][0][0][0], machine[2][0][0][0]]
    assert first_programs[0].endswith("main.py") and first_programs[1].endswith("floor_app.py")
    assert ratios["cpu"] == pytest.approx([1.04, 1.04])


def test_the_checks_put_the_floor_or_a_known_excess_on_our_side(machine):
    _, _, same = bench.pairs(100, 2, plan=bench.Plan(cpus=(0, 1), a_a=True))
    assert same["cpu"] == pytest.approx([1.0, 1.0])
    _, _, burnt = bench.pairs(100, 2, plan=bench.Plan(cpus=(0, 1), a_a=True, burn_ms=50))
    assert burnt["cpu"] == pytest.approx([1.05, 1.05])  # the floor, burning
    _, _, zero = bench.pairs(100, 1, plan=bench.Plan(cpus=(0, 1), a_a=True, burn_ms=0))
    assert zero["cpu"] == pytest.approx([1.0])  # a burn of 0 is still the floor


def test_each_check_writes_its_own_table(tmp_path):
    doc = tmp_path / "speed.md"
    blocks = {
        (bench.Plan(cpus=(0, 1)), ""): "main",
        (bench.Plan(cpus=(0, 1), a_a=True), ""): "a-a",
        (bench.Plan(a_a=True), ""): "a-a serial",
        (bench.Plan(cpus=(0, 1), a_a=True), "30,60"): "burn",
    }
    places = [bench.markers(*key) for key in blocks]
    doc.write_text("\n".join(f"{begin}\nold\n{end}" for begin, end in places) + "\n")
    for key, text in blocks.items():
        bench.write_docs(text, doc, *bench.markers(*key))
    written = doc.read_text()
    assert "old" not in written
    assert 'BENCH_ARGS="--a-a --mode serial --write-docs"' in written
    assert 'BENCH_ARGS="--burn-ms 30,60 --write-docs"' in written
    for text in blocks.values():
        assert f"\n{text}\n" in written


def test_one_cpu_means_serial_pairs(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {3})
    assert bench.two_cpus() is None
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {5, 2, 9})
    assert bench.two_cpus() == (2, 5)


def test_a_burn_is_spent_in_the_measured_python_process(tmp_path):
    script = tmp_path / "nothing.py"
    script.write_text("pass\n")
    report = tmp_path / "report.json"
    environ = {**os.environ, "KMS_BENCH_RUSAGE": str(report), "KMS_BENCH_BURN_MS": "300"}
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "measured.py"), str(script)],
        check=True,
        env=environ,
    )
    assert json.loads(report.read_text())["self_cpu_s"] >= 0.3


@needs_two_cpus
def test_two_runs_at_once_are_each_measured_on_their_own_cpu(tmp_path):
    script = tmp_path / "where.py"
    script.write_text(
        "import os, pathlib, sys\n"
        "pathlib.Path(os.environ['CDKTF_OUTDIR']).write_text(repr(sorted(os.sched_getaffinity(0))))\n"
    )
    cpus = bench.two_cpus()
    quick = ([str(script)], {})
    # the burn is long enough that the quick run's start-up, however slow on a loaded
    # CI machine, stays far below it: only a run measured with the other's CPU would reach it
    slow = ([str(script)], {"KMS_BENCH_BURN_MS": "1500"})
    first, second = bench.together(
        (quick, tmp_path / "first", cpus[0]), (slow, tmp_path / "second", cpus[1])
    )
    assert (tmp_path / "first").read_text() == repr([cpus[0]])
    assert (tmp_path / "second").read_text() == repr([cpus[1]])
    assert second.cpu >= 1.5
    assert second.python_cpu >= 1.5
    assert first.cpu < 1.0


def _checking(monkeypatch, extra: float = 1.0) -> list:
    """The bench on a fake, even machine; the burning side does ``extra`` times its work."""
    calls = []

    def cpu(program) -> float:
        burn = int(program[1].get("KMS_BENCH_BURN_MS", 0)) / 1000
        return _work(program) + burn * (extra - 1)

    def together(first, second):
        calls.append((first, second))
        return tuple(_run(cpu(program)) for program, _outdir, _cpu in (first, second))

    monkeypatch.setattr(bench, "together", together)
    monkeypatch.setattr(bench, "run", lambda program, outdir, *a, **k: _run(cpu(program)))
    monkeypatch.setattr(bench, "same_output", lambda left, right: True)
    monkeypatch.setattr(bench, "compile_bytecode", lambda: None)
    monkeypatch.setattr(bench, "two_cpus", lambda: (0, 1))
    return calls


def test_a_check_is_judged_on_its_expected_ratio_not_on_the_budget(monkeypatch, capsys):
    calls = _checking(monkeypatch)
    assert bench.main(["--fleets", "1,100", "--pairs", "3,3", "--a-a", "--extras", "0"]) == 0
    assert "expected 1.000" in capsys.readouterr().out
    # 100 ms on the floor's 1 s: a ratio of 1.1, over the budget, and what is expected
    assert bench.main(["--fleets", "1", "--pairs", "3", "--burn-ms", "100", "--extras", "0"]) == 0
    out = capsys.readouterr().out
    assert "expected 1.100" in out and "check: each CPU ratio" in out and out.endswith(": ok\n")
    assert len(calls) == 2 * 3 + 2 * 3 + 2 * 3  # two runs a pair; no pairs added to a check


def test_a_check_that_misses_its_expected_ratio_fails(monkeypatch, capsys):
    _checking(monkeypatch, extra=1.3)  # the burn costs 30% more than it says
    assert bench.main(["--fleets", "1", "--pairs", "3", "--burn-ms", "100", "--extras", "0"]) == 1
    assert "MISSED cpu at 1" in capsys.readouterr().out


@needs_two_cpus
def test_the_side_that_ends_first_runs_again_until_the_other_ends(tmp_path):
    script = tmp_path / "log.py"
    script.write_text(
        "import os, pathlib\n"
        "with open(os.environ['PID_LOG'], 'a') as log:\n"
        "    log.write(f'{os.getpid()}\\n')\n"
    )
    log = tmp_path / "pids"
    quick = ([str(script)], {"PID_LOG": str(log)})
    nothing = tmp_path / "nothing.py"
    nothing.write_text("pass\n")
    slow = ([str(nothing)], {"KMS_BENCH_BURN_MS": "1500"})
    cpus = bench.two_cpus()
    bench.together((quick, tmp_path / "a", cpus[0]), (slow, tmp_path / "b", cpus[1]))
    pids = [int(line) for line in log.read_text().split()]
    assert len(pids) >= 2  # the measured run, then at least one unmeasured rerun
    for pid in pids:  # none left behind
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--burn-ms", "x"], "--burn-ms"),
        (["--burn-ms", "-5"], "--burn-ms"),
        (["--pairs", "x"], "--pairs"),
        (["--pairs", "3,3"], "--pairs"),
        (["--pairs", "0,1,1"], "--pairs"),
        (["--fleets", "1,,100"], "--fleets"),
        (["--fleets", "0"], "--fleets"),
    ],
)
def test_a_bad_option_is_a_usage_error_before_anything_runs(argv, named, capsys):
    with pytest.raises(SystemExit) as stopped:
        bench.main(argv)

    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert named in err and "usage:" in err and "Traceback" not in err


def test_the_teardown_is_what_the_tree_spent_beyond_python_and_node_at_exit():
    ours = [
        bench.Run(1.0, 1.00, 100.0, 50.0, 100.0, python_cpu=0.40, node_cpu=0.50),
        bench.Run(1.0, 1.10, 100.0, 50.0, 100.0, python_cpu=0.45, node_cpu=0.55),
        bench.Run(1.0, 0.80, 100.0, 50.0, 100.0, python_cpu=0.40, node_cpu=0.50),  # clock skew
    ]
    floor = [bench.Run(1.0, 0.95, 100.0, 50.0, 100.0, python_cpu=0.40, node_cpu=0.50)]
    row = bench.summarize(
        bench.Scenario(ours), bench.Scenario(floor), {"cpu": [1.05], "memory": [1.0]}
    )

    assert [round(run.exit_cpu, 3) for run in ours] == [0.1, 0.1, 0.0]
    assert round(row["ours_exit_cpu_s"], 3) == 0.1
    assert round(row["floor_exit_cpu_s"], 3) == 0.05
