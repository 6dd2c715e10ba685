"""The benchmark's floor writes exactly what our app writes, so that comparing them is fair;
and the checks made faster for it still say what they said."""

from __future__ import annotations

import difflib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kms_keystore.app.build import synth_to
from kms_keystore.core.rules import is_resource_name
from kms_keystore.guardrails.secret_scan import (
    _PATTERNS as PATTERNS,
)
from kms_keystore.guardrails.secret_scan import (
    find_secret_literals,
    is_reference,
    is_sensitive_argument,
)

from .support import ROOT

FLOOR = ROOT / "benchmarks" / "floor_app.py"


def files(outdir: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(outdir)): path.read_bytes()
        for path in sorted(outdir.rglob("*"))
        if path.is_file()
    }


def in_words(ours: dict[str, bytes], theirs: dict[str, bytes]) -> str:
    """Which files differ, each as a short unified diff of its text; empty when none do."""
    told = [f"only ours writes {name}" for name in sorted(set(ours) - set(theirs))]
    told += [f"only the floor writes {name}" for name in sorted(set(theirs) - set(ours))]
    for name in sorted(set(ours) & set(theirs)):
        if ours[name] == theirs[name]:
            continue
        diff = difflib.unified_diff(
            theirs[name].decode("utf-8", "replace").splitlines(),
            ours[name].decode("utf-8", "replace").splitlines(),
            f"floor/{name}",
            f"ours/{name}",
            n=1,
            lineterm="",
        )
        told.append("\n".join(list(diff)[:40]))
    return "\n".join(told)


def floor(outdir: Path, names: list[str]) -> dict[str, bytes]:
    subprocess.run(
        [sys.executable, str(FLOOR), str(outdir), *names],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    return files(outdir)


@pytest.mark.parametrize(
    "context, names",
    [
        ({}, ["kms-keystore"]),
        (
            {"deployments": [{"name": f"kms-{i:04d}", "account": f"a{i}"} for i in range(3)]},
            [f"kms-{i:04d}" for i in range(3)],
        ),
    ],
    ids=["reference app", "fleet of 3"],
)
def test_floor_output_is_byte_identical_to_ours(tmp_path, context, names):
    synth_to(context, tmp_path / "ours")

    ours = files(tmp_path / "ours")
    theirs = floor(tmp_path / "floor", names)
    assert sorted(ours) == [".kms-keystore-output", "manifest.json"] + [
        f"stacks/{n}/cdk.tf.json" for n in names
    ]
    differences = in_words(ours, theirs)
    assert not differences, "the floor writes other output than ours:\n" + differences


# The speed work replaced two checks by faster ones; each must say exactly what the
# plain definition it replaced says.

_RESOURCE_NAME = re.compile(r"[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5._-]{1,127}")


@pytest.mark.parametrize(
    "value",
    [
        "kms-keystore",
        "a",
        "ab",
        "a" * 128,
        "a" * 129,
        "1abc",
        "_abc",
        "密钥-store_1.x",
        "\u4e00\u9fa5",
        "\u4dff-x",
        "a\u9fa6",
        "ab c",
        "ab\n",
        "a\u0661\u0662",  # Arabic-Indic digits: digits, but not ASCII ones
        "aé",
        "Ωmega",
        "",
    ],
)
def test_resource_name_check_equals_its_regular_expression(value):
    assert is_resource_name(value) == bool(_RESOURCE_NAME.fullmatch(value))


def _walk(node, path):
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, str(key), value
            yield from _walk(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}[{index}]")


def _plain_secret_scan(document, references_allowed=True):
    """The secret scan as first written: every value visited, every pattern tried."""
    found = []
    for parent, key, value in _walk(document, ""):
        where = f"{parent}.{key}" if parent else key
        if (
            is_sensitive_argument(key)
            and not parent.startswith("variable")
            and isinstance(value, str)
            and value
            and not (references_allowed and is_reference(value))
        ):
            found.append(f"{where}: sensitive argument set to a literal")
        if isinstance(value, str):
            for what, pattern in PATTERNS.items():
                if pattern.search(value):
                    found.append(f"{where}: looks like {what}")
    return found


HOSTILE = {
    "provider": {"alicloud": [{"access_key": "LTAI" + "x" * 16, "secret_key": "${var.sk}"}]},
    "variable": {"password": {"default": "hunter2", "sensitive": True}},
    "resource": {
        "t": {
            "n": {
                "password": "${local.p}",
                "token": "",
                "nested": [{"private_key": "-----BEGIN RSA PRIVATE KEY-----"}, ["CAIS" + "A" * 40]],
                "list": ["LTAI" + "y" * 16, {"k": "xCAIS" + "B" * 40}],
                "credentials": "${data.x.y.z}",
                1: {"key_material": '${base64decode("c2VjcmV0")}'},
            }
        }
    },
}


@pytest.mark.parametrize("references_allowed", [True, False])
def test_secret_scan_equals_its_plain_definition(reference_stack, references_allowed):
    for document in (reference_stack, HOSTILE, {}, {"a": []}):
        assert find_secret_literals(document, references_allowed) == _plain_secret_scan(
            document, references_allowed
        )
    assert find_secret_literals(HOSTILE)  # the hostile document does trip it


def _jsii_requests(tmp_path: Path, name: str, script: list[str], env: dict[str, str]) -> int:
    report = tmp_path / f"{name}.json"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "measured.py"), *script],
        check=True,
        cwd=ROOT,
        capture_output=True,
        env={**os.environ, **env, "KMS_BENCH_RUSAGE": str(report)},
    )
    return json.loads(report.read_text(encoding="utf-8"))["jsii_requests"]


def test_our_app_asks_node_exactly_what_the_floor_asks(tmp_path):
    """Requests into Node do not depend on the machine: ours must equal the floor's, per run."""
    names = [f"kms-{i:04d}" for i in range(3)]
    context = {"deployments": [{"name": n, "account": n} for n in names]}
    environ = {k: v for k, v in os.environ.items() if k != "CDKTF_CONTEXT_JSON"}
    ours = _jsii_requests(
        tmp_path,
        "ours",
        [str(ROOT / "main.py")],
        {
            **environ,
            "CDKTF_OUTDIR": str(tmp_path / "ours"),
            "CDKTF_CONTEXT_JSON": json.dumps(context),
        },
    )
    floor_requests = _jsii_requests(
        tmp_path, "floor", [str(FLOOR), str(tmp_path / "floor"), *names], environ
    )

    assert ours == floor_requests


@pytest.mark.e2e
def test_python_work_is_counted_the_same_at_every_run(tmp_path):
    """The instruction count is a figure the machine's load does not move."""
    runs = []
    for index in range(2):
        out = tmp_path / f"work-{index}.json"
        script = str(ROOT / "benchmarks" / "python_work.py")
        subprocess.run(
            [sys.executable, script, "--stacks", "1", "--top", "3", "--out", str(out)],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        runs.append(json.loads(out.read_text(encoding="utf-8"))["1"])
    assert runs[0] == runs[1]
    assert runs[0]["ours"] > runs[0]["floor"] > 1_000_000
    assert runs[0]["ours_alive"] > runs[0]["floor_alive"] > 10_000


def _count_script(target: Path, report: Path) -> dict[str, object]:
    """python_work.py's child run of ``target``: its report."""
    script = str(ROOT / "benchmarks" / "python_work.py")
    subprocess.run(
        [sys.executable, script, "--child", str(target), str(report), "--"],
        check=True,
        capture_output=True,
    )
    return json.loads(report.read_text(encoding="utf-8"))


def test_what_a_scripts_globals_hold_counts_as_alive(tmp_path):
    """As under ``python script.py``, the script's module lives to the end: a global's
    containers are counted, whether or not the script also keeps a reference elsewhere."""
    alive = {}
    for name, body in {"empty": "", "holding": "HELD = [[] for _ in range(5000)]\n"}.items():
        target = tmp_path / f"{name}.py"
        target.write_text(body, encoding="utf-8")
        alive[name] = _count_script(target, tmp_path / f"{name}.json")["alive"]
    assert alive["holding"] - alive["empty"] >= 4990  # 5001 held, give or take a few


def test_a_script_is_run_as_python_runs_it(tmp_path):
    """Its annotations evaluated (no future import leaks in), as ``__main__``, kept."""
    target, seen = tmp_path / "script.py", tmp_path / "seen.txt"
    target.write_text(
        "import sys\n"
        "def f(x: int) -> None: ...\n"
        f"open({str(seen)!r}, 'w').write("
        "repr((f.__annotations__['x'], __name__, sys.modules['__main__'].f is f)))\n",
        encoding="utf-8",
    )
    _count_script(target, tmp_path / "r.json")
    assert seen.read_text(encoding="utf-8") == "(<class 'int'>, '__main__', True)"


def test_the_scripts_module_has_what_python_gives_it(tmp_path):
    """The same dunder names, with values of the same types, as under ``python script.py``."""
    target, seen = tmp_path / "script.py", tmp_path / "seen.txt"
    target.write_text(
        "import sys\n"
        "held: int = 1\n"
        "main = vars(sys.modules['__main__'])\n"
        f"open({str(seen)!r}, 'w').write(repr(sorted("
        "(k, type(v).__name__) for k, v in main.items() if k.startswith('__'))))\n",
        encoding="utf-8",
    )
    subprocess.run([sys.executable, str(target)], check=True, cwd=tmp_path)
    by_python = seen.read_text(encoding="utf-8")
    _count_script(target, tmp_path / "r.json")
    assert seen.read_text(encoding="utf-8") == by_python
    assert "('__cached__', 'NoneType')" in by_python  # what the comparison covers
    assert "('__annotations__', 'dict')" in by_python


@pytest.mark.e2e
def test_import_cost_is_measured_after_the_floors_imports():
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "import_cost.py"), "--runs", "2"],
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    line, empty = done.stdout.strip().splitlines()
    assert line.startswith("import kms_keystore.app.build after the floor's imports: median ")
    assert line.endswith(")") and "over 2 runs" in line
    count = int(empty.split()[0])
    assert count >= 30
    assert empty.startswith(f"{count} empty modules (those of its package it loads, in the same")


def _import_cost() -> ModuleType:
    """``benchmarks/import_cost.py`` as a module (it imports its neighbour ``synth_bench``)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import import_cost
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return import_cost


def test_the_empty_stand_ins_mirror_the_loaded_modules_one_for_one(tmp_path):
    import_cost = _import_cost()
    loaded = ["kms_keystore", "kms_keystore.core", "kms_keystore.core.records", "kms_keystore.keys"]
    import_cost.empty_package(tmp_path, loaded)
    probe = (
        "import importlib, json, sys; sys.path.insert(0, sys.argv[1]); before = set(sys.modules);"
        "[importlib.import_module(name) for name in json.loads(sys.argv[2])];"
        "print(json.dumps(sorted(set(sys.modules) - before)))"
    )
    names = json.dumps(import_cost.mirrored(loaded))
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path), names],
        check=True,
        capture_output=True,
        text=True,
    )
    # as many modules as were loaded, no more: the package itself counts as one
    assert json.loads(done.stdout) == [
        "kms_empty_modules",
        "kms_empty_modules.core",
        "kms_empty_modules.core.records",
        "kms_empty_modules.keys",
    ]
    top = tmp_path / "kms_empty_modules"
    files = sorted(str(p.relative_to(top)) for p in top.rglob("*.py"))
    assert files == ["__init__.py", "core/__init__.py", "core/records.py", "keys.py"]
    assert all(not (top / name).read_text() for name in files)


def test_the_modules_the_import_loads_are_named_once_each_with_their_packages():
    import_cost = _import_cost()
    loaded = import_cost.modules_loaded("kms_keystore.core.stable_json")

    assert len(loaded) == len(set(loaded))
    assert {"kms_keystore", "kms_keystore.core", "kms_keystore.core.stable_json"} <= set(loaded)
    assert all(name == "kms_keystore" or name.startswith("kms_keystore.") for name in loaded)
    # a package's import finishes after the modules it imports
    assert loaded.index("kms_keystore.core.stable_json") < loaded.index("kms_keystore")
