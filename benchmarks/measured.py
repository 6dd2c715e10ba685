"""Run a Python script as ``__main__`` and, at exit, record its own peak memory and its children's.

    KMS_BENCH_RUSAGE=report.json python benchmarks/measured.py script.py [args...]

The report holds ``self_kib`` (this Python process) and ``children_kib`` (the
largest child it waited for: the jsii Node process, which jsii stops and waits
for at exit), both ``ru_maxrss`` as the kernel counts them; ``self_cpu_s`` and
``children_cpu_s``, the CPU time (user + system) of each side; and ``jsii_requests``:
how many requests Python sent to the jsii kernel in Node. Unlike time, that count
does not depend on how busy the machine is. The handler is registered before the
script starts, so it runs after jsii's own exit handler.

With ``KMS_BENCH_BURN_MS=N`` it first spends N ms of CPU in a loop: the bench's
check that an excess of known size is found (``synth_bench.py --burn-ms``).
"""

import atexit
import functools
import json
import os
import resource
import runpy
import sys
import time
from collections.abc import Callable
from typing import Any

_REQUESTS = [0]
_KERNEL_CALLS = ("load", "create", "del_", "get", "set", "sget", "sset", "invoke", "sinvoke")
_KERNEL_CALLS += ("begin", "end", "callbacks", "complete", "naming", "stats")


def _counted(call: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(call)
    def counting(*args: Any, **kwargs: Any) -> Any:
        _REQUESTS[0] += 1
        return call(*args, **kwargs)

    return counting


def _count_jsii_requests() -> None:
    """Count every request of the jsii process provider (one round trip into Node each)."""
    from jsii._kernel.providers.process import ProcessProvider

    for name in _KERNEL_CALLS:
        if hasattr(ProcessProvider, name):
            setattr(ProcessProvider, name, _counted(getattr(ProcessProvider, name)))


def _record() -> None:
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    report = {
        "self_kib": own.ru_maxrss,
        "children_kib": children.ru_maxrss,
        "self_cpu_s": own.ru_utime + own.ru_stime,
        "children_cpu_s": children.ru_utime + children.ru_stime,
        "jsii_requests": _REQUESTS[0],
    }
    with open(os.environ["KMS_BENCH_RUSAGE"], "w", encoding="utf-8") as handle:
        json.dump(report, handle)


def _burn(milliseconds: int) -> None:
    """Spend ``milliseconds`` of this process's CPU: a known excess for the bench to find."""
    until = time.process_time() + milliseconds / 1000
    while time.process_time() < until:
        pass


atexit.register(_record)
_count_jsii_requests()
_burn(int(os.environ.get("KMS_BENCH_BURN_MS") or 0))
sys.argv = sys.argv[1:]
sys.path[0] = os.path.dirname(os.path.abspath(sys.argv[0]))
runpy.run_path(sys.argv[0], run_name="__main__")
