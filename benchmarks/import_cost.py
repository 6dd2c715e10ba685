"""CPU time that importing our package adds to the floor's imports, run after run.

    python benchmarks/import_cost.py [--runs 21] [--module kms_keystore.app.build]

Each run is a fresh Python process: it imports what the floor (``floor_app.py``)
imports (cdktf, constructs, the bindings it uses), then times ``import <module>``
with ``time.process_time``. That is the part of `make bench`'s one-stack
excess that the package's import makes, measured alone. Both sides' bytecode is
compiled first, as `make bench` does. Prints the median, the lowest and the
highest run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

from synth_bench import HERE, compile_bytecode

_PROGRAM = """
import sys, time
sys.path.insert(0, {here!r})
import floor_app  # noqa: F401 - the floor's imports, not timed
start = time.process_time()
import {module}  # noqa: F401
print(time.process_time() - start)
"""


def one_run(module: str) -> float:
    """Seconds of CPU the import of ``module`` took in a fresh process, after the floor's."""
    program = _PROGRAM.format(here=str(HERE), module=module)
    done = subprocess.run(
        [sys.executable, "-c", program], check=True, capture_output=True, text=True
    )
    return float(done.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    """Time the import ``--runs`` times and print the median and the spread."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--module", default="kms_keystore.app.build")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    compile_bytecode()
    times = [one_run(args.module) * 1e3 for _ in range(args.runs)]
    print(
        f"import {args.module} after the floor's imports: median {statistics.median(times):.1f}"
        f" ms of CPU over {args.runs} runs (lowest {min(times):.1f}, highest {max(times):.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
