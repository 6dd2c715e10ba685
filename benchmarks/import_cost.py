"""CPU time that importing our package adds to the floor's imports, run after run.

    python benchmarks/import_cost.py [--runs 21] [--module kms_keystore.app.build]

Each run is a fresh Python process: it imports what the floor (``floor_app.py``)
imports (cdktf, constructs, the bindings it uses), then times ``import <module>``
with ``time.process_time``. That is the part of `make bench`'s one-stack
excess that the package's import makes, measured alone. Both sides' bytecode is
compiled first, as `make bench` does. Prints the median, the lowest and the
highest run.

Beside it, in the same processes' turn, the same number of empty modules in a
scratch package, imported after the floor's imports too: what importing that many
modules costs before any of their code runs (finding each file, reading and
unmarshalling its bytecode, making the module), the share of the figure above
that only fewer modules would take away.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from synth_bench import HERE, compile_bytecode

_PROGRAM = """
import sys, time
sys.path.insert(0, {here!r})
import floor_app  # noqa: F401 - the floor's imports, not timed
start = time.process_time()
import {module}  # noqa: F401
print(time.process_time() - start)
"""


_EMPTY = """
import importlib, sys, time
sys.path.insert(0, {here!r})
sys.path.insert(0, {scratch!r})
import floor_app  # noqa: F401 - the floor's imports, not timed
start = time.process_time()
for index in range({count}):
    importlib.import_module(f"kms_empty_modules.m{{index}}")
print(time.process_time() - start)
"""
_COUNT = """
import sys
sys.path.insert(0, {here!r})
import floor_app  # noqa: F401
before = set(sys.modules)
import {module}  # noqa: F401
print(sum(1 for name in set(sys.modules) - before if name.split(".")[0] == {top!r}))
"""


def _python(program: str) -> str:
    """The last word a fresh Python running ``program`` prints."""
    done = subprocess.run(
        [sys.executable, "-c", program], check=True, capture_output=True, text=True
    )
    return done.stdout.split()[-1]


def one_run(module: str) -> float:
    """Seconds of CPU the import of ``module`` took in a fresh process, after the floor's."""
    return float(_python(_PROGRAM.format(here=str(HERE), module=module)))


def modules_loaded(module: str) -> int:
    """How many modules of ``module``'s top-level package its import loads after the floor's."""
    top = module.split(".")[0]
    return int(_python(_COUNT.format(here=str(HERE), module=module, top=top)))


def empty_package(folder: Path, count: int) -> Path:
    """A package ``kms_empty_modules`` of ``count`` empty modules in ``folder``, compiled."""
    package = folder / "kms_empty_modules"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    for index in range(count):
        (package / f"m{index}.py").write_text("", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    return folder


def empty_run(scratch: Path, count: int) -> float:
    """Seconds of CPU importing ``count`` empty modules took in a fresh process (floor first)."""
    return float(_python(_EMPTY.format(here=str(HERE), scratch=str(scratch), count=count)))


def main(argv: list[str] | None = None) -> int:
    """Time the import ``--runs`` times and print the median and the spread."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--module", default="kms_keystore.app.build")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    compile_bytecode()
    count = modules_loaded(args.module)
    times, empty = [], []
    with tempfile.TemporaryDirectory(prefix="kms-import-") as scratch:
        empty_package(Path(scratch), count)
        for _ in range(args.runs):  # interleaved: both see the same minutes of the machine
            times.append(one_run(args.module) * 1e3)
            empty.append(empty_run(Path(scratch), count) * 1e3)
    print(
        f"import {args.module} after the floor's imports: median {statistics.median(times):.1f}"
        f" ms of CPU over {args.runs} runs (lowest {min(times):.1f}, highest {max(times):.1f})"
    )
    print(
        f"{count} empty modules (as many as it loads) in the same turns: median"
        f" {statistics.median(empty):.1f} ms (lowest {min(empty):.1f}, highest {max(empty):.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
