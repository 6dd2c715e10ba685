"""The output directory is replaced in one step, one run at a time, after any earlier kill."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest

from kms_keystore.app import output_dir
from kms_keystore.app.output_dir import build_into, exchange, recover


def write(name: str, text: str):
    def build(staging: Path) -> None:
        (staging / name).write_text(text, encoding="utf-8")

    return build


def tree(root: Path) -> dict[str, str]:
    """The files of an output, without the marker that says it is one."""
    return {
        str(p.relative_to(root)): p.read_text("utf-8")
        for p in root.rglob("*")
        if p.is_file() and p.name != output_dir.MARKER
    }


def siblings(outdir: Path) -> list[str]:
    return sorted(p.name for p in outdir.parent.iterdir())


@pytest.fixture
def outdir(tmp_path):
    out = tmp_path / "out"
    build_into(out, write("old.txt", "old"))
    return out


def test_new_output_replaces_the_old_one_whole(outdir):
    build_into(outdir, write("new.txt", "new"))

    assert tree(outdir) == {"new.txt": "new"}
    assert siblings(outdir) == ["out"]


def test_exchange_swaps_two_directories_in_one_call(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "f").write_text("1", encoding="utf-8")
    (second / "s").write_text("2", encoding="utf-8")

    assert exchange(first, second) is True
    assert tree(first) == {"s": "2"} and tree(second) == {"f": "1"}


def test_a_failed_build_leaves_the_old_output_and_no_staging(outdir):
    def fail(staging: Path) -> None:
        (staging / "half.txt").write_text("half", encoding="utf-8")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_into(outdir, fail)

    assert tree(outdir) == {"old.txt": "old"}
    assert siblings(outdir) == ["out"]


def test_staging_directories_of_killed_runs_are_removed(outdir):
    for name in (".out.staging-dead0001", ".out.staging-dead0002"):
        (outdir.parent / name).mkdir()
        (outdir.parent / name / "cdk.tf.json").write_text("{}", encoding="utf-8")

    build_into(outdir, write("new.txt", "new"))

    assert siblings(outdir) == ["out"]


def test_leftovers_are_found_by_the_folder_name_taken_literally(tmp_path):
    outdir = tmp_path / "out[1]"
    outdir.mkdir()
    (tmp_path / ".out[1].staging-dead0001").mkdir()
    (tmp_path / ".out1.staging-other001").mkdir()  # another folder's: a glob would match it

    build_into(outdir, write("new.txt", "new"))

    assert sorted(p.name for p in tmp_path.iterdir()) == [".out1.staging-other001", "out[1]"]
    assert tree(outdir) == {"new.txt": "new"}


def test_the_aside_of_a_folder_whose_name_extends_ours_is_not_ours(tmp_path):
    outdir = tmp_path / "out"  # missing: a killed run's aside would be put back
    theirs = tmp_path / ".out.old-1.old-abcd1234"  # the aside of a folder named "out.old-1"
    theirs.mkdir()
    (theirs / "theirs.txt").write_text("theirs", encoding="utf-8")
    ours = tmp_path / ".out.staging-k3_9zq0x"
    ours.mkdir()

    recover(outdir)

    assert not outdir.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.old-1.old-abcd1234"]


def test_a_run_killed_between_the_two_fallback_renames_is_undone(outdir):
    aside = outdir.parent / ".out.old-killed01"
    outdir.rename(aside)  # the state a kill leaves after the first rename

    recover(outdir)

    assert tree(outdir) == {"old.txt": "old"}
    assert siblings(outdir) == ["out"]


def test_without_exchange_the_fallback_still_replaces_the_output(outdir, monkeypatch):
    monkeypatch.setattr(output_dir, "exchange", lambda first, second: False)

    build_into(outdir, write("new.txt", "new"))

    assert tree(outdir) == {"new.txt": "new"}
    assert siblings(outdir) == ["out"]


def test_an_undeletable_leftover_never_stops_a_run(outdir, monkeypatch):
    stuck = outdir.parent / ".out.previous"
    stuck.mkdir()
    (stuck / "locked").write_text("x", encoding="utf-8")
    real = output_dir.shutil.rmtree

    def rmtree(path, ignore_errors=False):
        if Path(path).name in (".out.previous",) or "staging" in Path(path).name:
            return  # as if the kernel refused
        real(path, ignore_errors=ignore_errors)

    monkeypatch.setattr(output_dir.shutil, "rmtree", rmtree)

    build_into(outdir, write("one.txt", "1"))
    build_into(outdir, write("two.txt", "2"))

    assert tree(outdir) == {"two.txt": "2"}
    assert stuck.exists()


def _slow_build(outdir: str, name: str, log: str) -> None:
    def build(staging: Path) -> None:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"start {name} {time.monotonic()}\n")
        for index in range(20):
            (staging / f"{name}-{index}.txt").write_text(name, encoding="utf-8")
            time.sleep(0.01)
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"end {name} {time.monotonic()}\n")

    build_into(Path(outdir), build)


def test_concurrent_runs_take_turns_and_all_succeed(outdir, tmp_path_factory):
    log = tmp_path_factory.mktemp("log") / "log.txt"
    context = multiprocessing.get_context("fork")
    runs = [
        context.Process(target=_slow_build, args=(str(outdir), name, str(log)))
        for name in ("a", "b", "c")
    ]
    for run in runs:
        run.start()
    for run in runs:
        run.join(60)

    assert [run.exitcode for run in runs] == [0, 0, 0]
    events = [line.split() for line in log.read_text("utf-8").splitlines()]
    kinds = [kind for kind, _, _ in events]
    assert kinds == ["start", "end"] * 3, events  # never two builds at once
    last = events[-1][1]
    assert tree(outdir) == {f"{last}-{i}.txt": last for i in range(20)}
    assert siblings(outdir) == ["out"]
