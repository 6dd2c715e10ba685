"""No input and no fault ends in a traceback: one clean message, and cdktf.out as it was."""

from __future__ import annotations

import contextlib
import copy
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kms_keystore import ConfigError
from kms_keystore.app.build import main, synth_to
from kms_keystore.config import read_context

from .support import ROOT
from .test_hostile_values import FULL


def _deep(levels: int) -> list:
    value: list = []
    for _ in range(levels):
        value = [value]
    return value


JUNK = [
    None,
    0,
    -1,
    1.5,
    float("nan"),
    float("inf"),
    True,
    False,
    "",
    "x" * 100_000,
    [],
    [None],
    {},
    {"x": 1},
    "\x1b[31mred\nforged line",
    "0365d",  # a rotation interval with a leading zero
    "9999-12-31T23:59:59-01:00",  # past year 9999 once in UTC
    "0001-01-01T00:00:00+01:00",  # before year 1 once in UTC
    _deep(5000),
]


def nodes(value, path=()):
    """Every place in a JSON value: the whole, each key's value and each item, at any depth."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from nodes(item, (*path, index))


def replaced(base, path, junk):
    if not path:
        return junk
    context = copy.deepcopy(base)
    target = context
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = junk
    return context


def assert_clean(message: str) -> None:
    """One message: a header, then one printable, bounded line per problem."""
    header, *lines = message.split("\n")
    assert header.endswith("nothing was written:"), header
    assert lines
    for line in lines:
        assert line.startswith("  - "), line
        assert line.isprintable(), repr(line)
        assert len(line) < 1500, len(line)


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def previous(tmp_path_factory):
    out = tmp_path_factory.mktemp("previous") / "cdktf.out"
    synth_to({}, out)
    return out


SHANGHAI = {
    "zoneIds": ["cn-shanghai-e", "cn-shanghai-f"],
    "vswitch": {"zoneId": "cn-shanghai-e", "cidrBlock": "10.20.1.0/24"},
}
BASES = {
    "with-access": json.loads((ROOT / "examples" / "with-access.json").read_text("utf-8")),
    "full": FULL,
    "deployments": {
        "keys": [{"name": "k"}],
        "deployments": [
            {"name": "kms-dev", "layout": "split", "backend": {"type": "local"}},
            {"name": "kms-sh", "region": "cn-shanghai", "layout": "split", "network": SHANGHAI},
        ],
    },
}


@pytest.mark.parametrize("base", list(BASES))
def test_type_sweep_over_every_place_ends_cleanly(base, previous):
    synth_to(BASES[base], previous)  # a base refused while parsing would make the sweep trivial
    before = tree(previous)
    assert any(name.endswith("cdk.tf.json") for name in before), sorted(before)
    cases = crashes = refused = 0
    for path in list(nodes(BASES[base])):
        for junk in JUNK:
            cases += 1
            try:
                synth_to(replaced(BASES[base], path, junk), previous)
            except ConfigError as err:
                refused += 1
                assert_clean(str(err))
                assert tree(previous) == before, (path, junk)
            except Exception as err:  # the failure this test exists to catch
                crashes += 1
                pytest.fail(f"{path} = {junk!r:.60}: {type(err).__name__}: {err}")
            else:
                before = tree(previous)
    assert crashes == 0 and refused > cases * 0.9, (cases, refused)


def test_a_forged_line_and_a_huge_value_are_shown_escaped_and_short():
    with pytest.raises(ConfigError) as caught:
        synth_to({"name": "\x1b[31mkms\n  - forged: fine", "region": "r" * 100_000}, Path("/x"))

    message = str(caught.value)
    assert_clean(message)
    assert message.count("\n") == 2
    assert "\\x1b[31mkms\\n" in message
    assert len(message) < 1000


CDKTF_JSON = {
    "invalid": '{"context": {',
    "empty": "",
    "bom": '\ufeff{"context": {}}',
    "context-list": '{"context": []}',
    "context-null": '{"context": null}',
    "context-string": '{"context": "layout=split"}',
    "top-list": "[]",
    "nan": '{"context": {"instance": {"keyNum": NaN}}}',
    "duplicate-key": '{"context": {"layout": "split", "layout": "single"}}',
    "deep": '{"context": {"x": ' + "[" * 100_000 + "]" * 100_000 + "}}",
    "not-utf8": b'{"context": {"name": "\xff"}}',
}


@pytest.mark.parametrize("text", list(CDKTF_JSON.values()), ids=list(CDKTF_JSON))
def test_corrupt_cdktf_json_is_one_clean_message(text, tmp_path, previous, capsys, monkeypatch):
    project = tmp_path / "project"
    project.mkdir()
    target = project / "cdktf.json"
    if isinstance(text, bytes):
        target.write_bytes(text)
    else:
        target.write_text(text, encoding="utf-8")
    before = tree(previous)
    monkeypatch.setenv("CDKTF_OUTDIR", str(previous))
    monkeypatch.delenv("CDKTF_CONTEXT_JSON", raising=False)

    with pytest.raises(ConfigError):
        read_context(project)
    assert main(project) == 2

    assert_clean(capsys.readouterr().err.removeprefix("kms-keystore: ").rstrip("\n"))
    assert tree(previous) == before


def test_deeply_nested_context_variable_is_a_clean_message(tmp_path):
    with pytest.raises(ConfigError) as caught:
        read_context(tmp_path, {"CDKTF_CONTEXT_JSON": "[" * 100_000})

    assert "CDKTF_CONTEXT_JSON" in str(caught.value)


# --- faults of the command line, run as `python main.py` ---------------------------------


def run_main(outdir: Path, context: object = None, env: dict | None = None, **kwargs):
    environ = {k: v for k, v in os.environ.items() if k != "CDKTF_CONTEXT_JSON"}
    environ["CDKTF_OUTDIR"] = str(outdir)
    if context is not None:
        environ["CDKTF_CONTEXT_JSON"] = json.dumps(context)
    environ.update(env or {})
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py")],
        cwd=ROOT,
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def finish(process) -> tuple[int, str]:
    out, err = process.communicate(timeout=300)
    assert "Traceback" not in out + err, err
    return process.returncode, err


def test_no_node_to_run_on(tmp_path):
    bare = tmp_path / "bin"
    bare.mkdir()
    env = {"PATH": str(bare), "JSII_NODE": str(tmp_path / "no-such-node")}

    code, err = finish(run_main(tmp_path / "out", env=env))

    assert code == 1
    assert err.startswith("kms-keystore: Node.js was not found"), err
    assert err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_stack_name_with_a_trailing_newline(tmp_path):
    code, err = finish(run_main(tmp_path / "out", {"name": "kms-keystore\n"}))

    assert code == 2
    assert "name = 'kms-keystore\\n' is not valid" in err
    assert not (tmp_path / "out").exists()


def test_unwritable_output_directory(tmp_path):
    code, err = finish(run_main(Path("/proc/1/cdktf.out")))

    assert code == 1
    assert err.startswith("kms-keystore: cannot use /proc/1/") and err.count("\n") == 1


def test_interrupt_during_synth_keeps_the_previous_output(tmp_path):
    outdir = tmp_path / "cdktf.out"
    assert finish(run_main(outdir))[0] == 0
    before = tree(outdir)

    for _ in range(5):  # on a busy machine the signal can land after the run has ended
        process = run_main(outdir, start_new_session=True)
        deadline = time.monotonic() + 120
        while not list(tmp_path.glob(".cdktf.out.staging-*")) and process.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.005)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C sends: Python and Node alike
        code, err = finish(process)
        if code != 0:
            break

    assert code == 130, err
    # Ctrl-C reaches Node too: its jsii channel may print its own error around ours
    ours = [line for line in err.splitlines() if line.startswith("kms-keystore: ")]
    assert ours == ["kms-keystore: interrupted; nothing was written (cdktf.out is as it was)"], err
    assert "Traceback" not in err
    assert tree(outdir) == before


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_output_disk_keeps_the_previous_output(small_disk):
    outdir = small_disk / "cdktf.out"
    assert finish(run_main(outdir))[0] == 0
    before = tree(outdir)
    with open(small_disk / "filler", "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:
            pass

    code, err = finish(run_main(outdir))

    assert code == 1, err
    assert err.startswith("kms-keystore: ") and "nothing was written" in err
    assert err.count("\n") == 1
    assert tree(outdir) == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["cdktf.out", "filler"]


def test_two_overlapping_synths_both_succeed(tmp_path):
    outdir = tmp_path / "cdktf.out"
    runs = [run_main(outdir), run_main(outdir, {"layout": "split"})]

    results = [finish(run) for run in runs]

    assert [code for code, _ in results] == [0, 0], results
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cdktf.out"]
    assert (outdir / "manifest.json").is_file()


def test_after_ctrl_c_node_gone_at_exit_prints_no_traceback():
    """Ctrl-C reaches Node too: jsii's exit handler then meets a closed pipe (CI, 2026-12-06)."""
    script = (
        "import atexit, sys\n"
        "from kms_keystore.app.build import _quiet_closed_node_channel\n"
        "def goodbye():\n"
        "    raise BrokenPipeError(32, 'Broken pipe')\n"
        "def other():\n"
        "    raise ValueError('still reported')\n"
        "atexit.register(other)\n"
        "atexit.register(goodbye)\n"
        "_quiet_closed_node_channel()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(ROOT / "constructs")},
        capture_output=True,
        text=True,
    )
    assert "BrokenPipeError" not in result.stderr
    assert "ValueError: still reported" in result.stderr
