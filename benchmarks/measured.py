"""Run a Python script as ``__main__`` and, at exit, record its own peak memory and its children's.

    KMS_BENCH_RUSAGE=report.json python benchmarks/measured.py script.py [args...]

The report holds ``self_kib`` (this Python process) and ``children_kib`` (the
largest child it waited for: the jsii Node process, which jsii stops and waits
for at exit), both ``ru_maxrss`` as the kernel counts them. The handler is
registered before the script starts, so it runs after jsii's own exit handler.
"""

import atexit
import json
import os
import resource
import runpy
import sys


def _record() -> None:
    report = {
        "self_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "children_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }
    with open(os.environ["KMS_BENCH_RUSAGE"], "w", encoding="utf-8") as handle:
        json.dump(report, handle)


atexit.register(_record)
sys.argv = sys.argv[1:]
sys.path[0] = os.path.dirname(os.path.abspath(sys.argv[0]))
runpy.run_path(sys.argv[0], run_name="__main__")
