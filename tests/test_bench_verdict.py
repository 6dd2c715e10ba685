"""The bench's verdict: a median and its distribution-free interval against the budget."""

from __future__ import annotations

import collections
import importlib.util
import marshal
import math
import random
import sys
from pathlib import Path

import pytest

from .support import ROOT

_SPEC = importlib.util.spec_from_file_location(
    "synth_bench", ROOT / "benchmarks" / "synth_bench.py"
)
bench = importlib.util.module_from_spec(_SPEC)
sys.modules["synth_bench"] = bench  # its dataclasses look their module up by name
_SPEC.loader.exec_module(bench)


def _coverage(n: int, k: int) -> float:
    """Probability that the k-th smallest and k-th largest of n values hold the median."""
    below = sum(math.comb(n, i) for i in range(k)) / 2**n
    return 1 - 2 * below


def test_the_interval_is_the_narrowest_order_statistics_with_95_percent_coverage():
    for n in (6, 9, 11, 25, 75):
        values = [float(i) for i in range(n)]
        low, high = bench.median_interval(values)
        k = int(low) + 1
        assert high == n - k  # symmetric: k-th smallest and k-th largest
        assert _coverage(n, k) >= 0.95
        assert k + 1 > n // 2 or _coverage(n, k + 1) < 0.95  # one step narrower is not enough


def test_too_few_values_give_their_whole_range():
    assert bench.median_interval([1.2, 0.9, 1.0]) == (0.9, 1.2)
    assert bench.median_interval([1.0]) == (1.0, 1.0)


def test_the_verdict_waits_while_the_interval_straddles_the_budget():
    assert bench.verdict([1.01, 1.02, 1.0, 1.03, 1.02, 1.01, 1.0, 1.02, 1.01], 1.05) == "within"
    assert bench.verdict([1.2, 1.1, 1.15, 1.12, 1.3, 1.11, 1.14, 1.13, 1.16], 1.05) == "over"
    noisy = [0.9, 1.2, 1.0, 1.1, 0.95, 1.15, 1.04, 1.06, 1.3]
    assert bench.verdict(noisy, 1.05) == "undecided"


def test_noise_around_a_real_excess_is_not_called_within():
    rng = random.Random(7)
    excess = [1.08 * rng.uniform(0.97, 1.03) for _ in range(75)]  # 8% over, +-3% noise
    assert bench.verdict(excess, 1.05) == "over"
    quiet = [1.02 * rng.uniform(0.98, 1.02) for _ in range(25)]
    assert bench.verdict(quiet, 1.05) == "within"


def _one_module_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str) -> Path:
    """A project holding one module under ``constructs/``, which the bench now compiles."""
    (tmp_path / "constructs").mkdir()
    (tmp_path / "benchmarks").mkdir()
    module = tmp_path / "constructs" / "m.py"
    module.write_text(source, encoding="utf-8")
    monkeypatch.setattr(bench, "ROOT", tmp_path)
    monkeypatch.setattr(bench, "HERE", tmp_path / "benchmarks")
    return module


def test_forced_compiling_rewrites_bytecode_that_only_looks_fresh(tmp_path, monkeypatch):
    """compileall trusts a cached file whose header names the source's time; ``force``
    does not (``make bench-work`` relies on it: a module is never counted as compiled
    from source at one run and read as bytecode at the next)."""
    module = _one_module_tree(tmp_path, monkeypatch, "VALUE = 1\n")
    bench.compile_bytecode()
    cached = Path(importlib.util.cache_from_source(str(module)))
    stale = cached.read_bytes()[:16] + b"not code"  # the header still matches the source
    cached.write_bytes(stale)
    bench.compile_bytecode()
    assert cached.read_bytes() == stale
    bench.compile_bytecode(force=True)
    rewritten = cached.read_bytes()
    assert rewritten[:16] == stale[:16]
    assert marshal.loads(rewritten[16:]).co_names == ("VALUE",)


def test_a_module_that_does_not_compile_stops_the_bench(tmp_path, monkeypatch):
    _one_module_tree(tmp_path, monkeypatch, "def broken(:\n")
    with pytest.raises(SystemExit, match=r"cannot compile the Python modules under .*constructs"):
        bench.compile_bytecode(force=True)


def test_the_work_count_compiles_both_sides_first_and_always(monkeypatch, capsys):
    spec = importlib.util.spec_from_file_location(
        "python_work", ROOT / "benchmarks" / "python_work.py"
    )
    work = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(work)
    calls: list[tuple[object, ...]] = []
    monkeypatch.setitem(sys.modules, "synth_bench", bench)  # what its `import` finds
    monkeypatch.setattr(bench, "compile_bytecode", lambda **kw: calls.append(("compile", kw)))

    def measure(program: str, size: int) -> tuple[collections.Counter[str], int]:
        calls.append((program, size))
        return collections.Counter({"f": 1}), 1

    monkeypatch.setattr(work, "measure", measure)
    assert work.main(["--stacks", "1,2"]) == 0
    assert calls == [
        ("compile", {"force": True}),
        ("ours", 1),
        ("floor", 1),
        ("ours", 2),
        ("floor", 2),
    ]
