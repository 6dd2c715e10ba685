"""CPU time that importing our package adds to the floor's imports, run after run.

    python benchmarks/import_cost.py [--runs 21] [--module kms_keystore.app.build]

Each run is a fresh Python process: it imports what the floor (``floor_app.py``)
imports (cdktf, constructs, the bindings it uses), then times ``import <module>``
with ``time.process_time``. That is the part of `make bench`'s one-stack
excess that the package's import makes, measured alone. Both sides' bytecode is
compiled first, as `make bench` does. Prints the median, the lowest and the
highest run.

Beside it, in the same processes' turn, the same modules made empty: a scratch
package with the same tree of folders and files as the modules of the package
that the import loads (one for each, a folder where the real one is a package
with loaded children), imported after the floor's imports too. Only the
package's modules are mirrored: a module from elsewhere that the import loads
beyond the floor's (none today) would count in the first figure alone. That is what importing
that many modules costs before any of their code runs (finding each file, reading
and unmarshalling its bytecode, making the module): the share of the figure above
that only fewer modules would take away. The empty modules' bytecode is smaller
than ours, so reading and unmarshalling ours costs somewhat more than this.
"""

from __future__ import annotations

import argparse
import json
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
names = {names!r}
start = time.process_time()
for name in names:
    importlib.import_module(name)
print(time.process_time() - start)
"""
_LOADED = """
import json, sys
sys.path.insert(0, {here!r})
import floor_app  # noqa: F401
before = set(sys.modules)
import {module}  # noqa: F401
top = {top!r}
print(json.dumps([m for m in sys.modules if m not in before and m.split(".")[0] == top]))
"""
EMPTY_TOP = "kms_empty_modules"
"""The scratch package that stands for the real one, module for module."""


def _python(program: str) -> str:
    """The last line a fresh Python running ``program`` prints."""
    done = subprocess.run(
        [sys.executable, "-c", program], check=True, capture_output=True, text=True
    )
    return done.stdout.splitlines()[-1]


def one_run(module: str) -> float:
    """Seconds of CPU the import of ``module`` took in a fresh process, after the floor's."""
    return float(_python(_PROGRAM.format(here=str(HERE), module=module)))


def modules_loaded(module: str) -> list[str]:
    """The modules of ``module``'s top-level package its import loads after the floor's,
    the package itself and its subpackages included, in the order their imports
    finished (``sys.modules`` order: a package comes after the modules it imports)."""
    top = module.split(".")[0]
    return json.loads(_python(_LOADED.format(here=str(HERE), module=module, top=top)))


def mirrored(names: list[str]) -> list[str]:
    """``names`` with their top-level package renamed to :data:`EMPTY_TOP`."""
    return [".".join([EMPTY_TOP, *name.split(".")[1:]]) for name in names]


def empty_package(folder: Path, names: list[str]) -> None:
    """Empty modules in ``folder`` for the modules ``names`` (one top-level package), compiled.

    Each name becomes the same place under :data:`EMPTY_TOP`: a folder with an
    empty ``__init__.py`` when another name lies below it, else an empty file.
    """
    wanted = mirrored(names)
    packages = {name.rsplit(".", 1)[0] for name in wanted if "." in name} | {EMPTY_TOP}
    for name in sorted(set(wanted) | packages):
        place = folder.joinpath(*name.split("."))
        if name in packages:
            place.mkdir(parents=True, exist_ok=True)
            (place / "__init__.py").write_text("", encoding="utf-8")
        else:
            place.parent.mkdir(parents=True, exist_ok=True)
            place.with_suffix(".py").write_text("", encoding="utf-8")
    root = folder / EMPTY_TOP
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root)], check=True)


def empty_run(scratch: Path, names: list[str]) -> float:
    """Seconds of CPU importing the empty stand-ins of ``names`` took in a fresh process
    (after the floor's imports)."""
    program = _EMPTY.format(here=str(HERE), scratch=str(scratch), names=mirrored(names))
    return float(_python(program))


def main(argv: list[str] | None = None) -> int:
    """Time the import ``--runs`` times and print the median and the spread."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--module", default="kms_keystore.app.build")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    compile_bytecode()
    names = modules_loaded(args.module)
    times, empty = [], []
    with tempfile.TemporaryDirectory(prefix="kms-import-") as scratch:
        empty_package(Path(scratch), names)
        for _ in range(args.runs):  # interleaved: both see the same minutes of the machine
            times.append(one_run(args.module) * 1e3)
            empty.append(empty_run(Path(scratch), names) * 1e3)
    print(
        f"import {args.module} after the floor's imports: median {statistics.median(times):.1f}"
        f" ms of CPU over {args.runs} runs (lowest {min(times):.1f}, highest {max(times):.1f})"
    )
    print(
        f"{len(names)} empty modules (those of its package it loads, in the same folders)"
        f" in the same turns: median"
        f" {statistics.median(empty):.1f} ms (lowest {min(empty):.1f}, highest {max(empty):.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
