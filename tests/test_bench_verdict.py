"""The bench's verdict: a median and its distribution-free interval against the budget."""

from __future__ import annotations

import importlib.util
import math
import random
import sys

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
