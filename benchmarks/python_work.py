"""The Python work our app adds to the floor, in bytecode instructions: no noise moves it.

    python benchmarks/python_work.py [--stacks 1,10] [--top 15]

CPU time on a shared machine moves by tens of percent from one minute to the
next; the number of Python bytecode instructions a run executes does not (with
a fixed hash seed, and both sides' modules compiled to bytecode first, as ``make
bench`` compiles them, it is the same at every run). For each fleet size, ours
(``main.py``) and the floor (``floor_app.py``) run in fresh processes under a
tracer that counts every instruction from the first line of the script to its
end (imports included); the difference is the Python work the library adds.
Work done in C (JSON, regular expressions, Node) is not counted: CPU time, in
``make bench``, stays the measure of the budget. This one shows where to look,
and whether a change made the app do more or less.

Beside the instructions, each run counts the objects the garbage collector
tracks when the script ends, after a full collection (``gc.collect()``, then
``gc.get_objects()``, before Python's teardown): what ours keeps reachable beyond
the floor's, which every later collection walks and the teardown frees, with
no garbage that happened to wait for a collection; also a figure no load moves.

The tracer slows Python down a hundredfold; a size of 10 stacks takes about a
minute on the project's machine.
"""

from __future__ import annotations

import argparse
import builtins
import collections
import gc
import json
import os
import subprocess
import sys
import tempfile
import types
from importlib.machinery import SourceFileLoader
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def names(size: int) -> list[str]:
    """Stack names of a fleet, as ``make bench`` names them."""
    return ["kms-keystore"] if size == 1 else [f"kms-{i:04d}" for i in range(size)]


def _count(script: str, argv: list[str], report: str) -> None:
    """Run ``script`` as ``__main__`` with ``argv``, counting instructions; write ``report``."""
    by_function: collections.Counter[str] = collections.Counter()

    def tracer(frame, event, arg):  # noqa: ANN001, ANN202 - sys.settrace's protocol
        frame.f_trace_opcodes = True
        code = frame.f_code
        where = code.co_filename.rsplit("site-packages/", 1)[-1]
        where = where.rsplit("constructs/", 1)[-1].rsplit("/python3.11/", 1)[-1]
        key = f"{where}({code.co_name})"

        def local(frame, event, arg):  # noqa: ANN001, ANN202
            if event == "opcode":
                by_function[key] += 1
            return local

        return local

    sys.argv = [script, *argv]
    sys.path[0] = str(Path(script).parent)
    # compiled as `python script.py` compiles it: without this module's __future__ flags
    code = compile(Path(script).read_bytes(), script, "exec", dont_inherit=True)
    # the script's module stays in sys.modules, as under `python script.py`, so that what
    # its globals hold is counted alive for both sides (runpy would drop it as garbage)
    main = types.ModuleType("__main__")
    main.__file__ = script
    main.__builtins__ = builtins  # type: ignore[attr-defined]
    main.__loader__ = SourceFileLoader("__main__", script)
    main.__cached__ = None  # type: ignore[attr-defined]
    sys.modules["__main__"] = main
    sys.settrace(tracer)
    try:
        exec(code, main.__dict__)
    except SystemExit as done:
        if done.code not in (None, 0):
            raise
    finally:
        sys.settrace(None)
    gc.collect()  # only what is still reachable: cycles left over are not ours to count
    alive = len(gc.get_objects())
    Path(report).write_text(json.dumps({"work": by_function, "alive": alive}), encoding="utf-8")


def measure(program: str, size: int) -> tuple[collections.Counter[str], int]:
    """Instructions per function of one run of ``program`` (``ours`` or ``floor``), and
    how many objects the garbage collector tracked when it ended."""
    with tempfile.TemporaryDirectory(prefix="kms-work-") as work:
        out = str(Path(work) / "out")
        env = {**os.environ, "PYTHONHASHSEED": "0", "CDKTF_OUTDIR": out}
        if program == "ours":
            script, argv = str(ROOT / "main.py"), []
            deployments = [{"name": n, "account": n} for n in names(size)]
            env["CDKTF_CONTEXT_JSON"] = json.dumps(
                {} if size == 1 else {"deployments": deployments}
            )
        else:
            script, argv = str(HERE / "floor_app.py"), [out, *names(size)]
        report = str(Path(work) / "count.json")
        subprocess.run(
            [sys.executable, __file__, "--child", script, report, "--", *argv],
            check=True,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        found = json.loads(Path(report).read_text(encoding="utf-8"))
        return collections.Counter(found["work"]), found["alive"]


def main(argv: list[str] | None = None) -> int:
    """Print ours and the floor's instruction counts per size, and where ours does more."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stacks", default="1,10", help="fleet sizes, comma-separated")
    parser.add_argument("--top", type=int, default=15, help="functions to show")
    parser.add_argument("--out", help="also write the results as JSON here")
    args = parser.parse_args(argv)
    sizes = [int(part) for part in args.stacks.split(",")]
    from synth_bench import compile_bytecode  # here, not in the child: its imports count

    # a module compiled from its source at one run and read as bytecode at the next is
    # counted differently: compile both sides' modules first, always
    compile_bytecode(force=True)
    results, alive = {}, {}
    print("stacks  ours instructions  floor instructions  ours - floor  per stack")
    for size in sizes:
        (ours, ours_alive), (floor, floor_alive) = measure("ours", size), measure("floor", size)
        excess = sum(ours.values()) - sum(floor.values())
        results[size] = (ours, floor)
        alive[size] = (ours_alive, floor_alive)
        print(
            f"{size:>6}  {sum(ours.values()):>17,}  {sum(floor.values()):>18,}"
            f"  {excess:>12,}  {excess / size:>9,.0f}"
        )
    print("\nstacks  ours objects alive at the end  floor's  ours - floor  per stack")
    for size, (ours_alive, floor_alive) in alive.items():
        more = ours_alive - floor_alive
        print(f"{size:>6}  {ours_alive:>28,}  {floor_alive:>7,}  {more:>12,}  {more / size:>9,.0f}")
    if len(sizes) >= 2:
        (small, (o1, f1)), (large, (o2, f2)) = sorted(results.items())[0], max(results.items())
        per_stack = (o2 - o1) - (f2 - f1)
        added = sum(o2.values()) - sum(o1.values()) - (sum(f2.values()) - sum(f1.values()))
        print(
            f"\neach stack beyond the first {small}: {added / (large - small):,.0f} instructions"
            f" more than the floor's; where most of them run (per stack):"
        )
        for key, value in per_stack.most_common(args.top):
            print(f"  {value / (large - small):>8,.0f}  {key}")
    fixed = results[min(sizes)][0] - results[min(sizes)][1]
    print(f"\nat {min(sizes)} stack(s), where ours does most beyond the floor:")
    for key, value in fixed.most_common(args.top):
        print(f"  {value:>8,}  {key}")
    if args.out:
        summary = {
            str(size): {
                "ours": sum(o.values()),
                "floor": sum(f.values()),
                "ours_alive": alive[size][0],
                "floor_alive": alive[size][1],
            }
            for size, (o, f) in results.items()
        }
        Path(args.out).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _, _, child_script, child_report, _, *child_argv = sys.argv
        _count(child_script, child_argv, child_report)
    else:
        sys.exit(main())
