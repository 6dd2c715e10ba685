"""`make export`: one self-contained directory per stack for Terraform teams."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..app.build import DEPLOY_DIR_ENV, synth_to
from ..app.key_files import key_file_folders, make_folders
from ..core.problems import ConfigError, ConfigProblem
from ..core.terraform_text import hcl_text_problems
from ..framework.hcl_notes import EXPORT_HCL_ENV
from ..guardrails.checkov import write_policies
from .export_docs import (
    CHECKOV_CONFIG,
    CHECKOV_DIR,
    KEY_FOLDER_NOTE,
    OWNED_LIST,
    apply_order,
    checkov_config,
    clean_document,
    finish_hcl,
    gitignore,
    ignored_files_still_there,
    key_folder_note,
    render_json,
    set_apart,
    stack_readme,
)

WORK_PREFIX = ".export-"
"""Beside the destination: the folder an export works in, named after its process."""

_FORMAT_HCL = (
    "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>"
    "require('@cdktf/hcl-tools').format(s).then(t=>process.stdout.write(t)))"
)


def format_hcl(text: str, project_dir: Path) -> str:
    """Format HCL with cdktf's own formatter (from node_modules), as `cdktf synth --hcl` does."""
    result = subprocess.run(
        ["node", "-e", _FORMAT_HCL],
        input=text,
        capture_output=True,
        text=True,
        cwd=project_dir,
        check=True,
    )
    return result.stdout


def synth_hcl(context: dict[str, Any], outdir: Path, project_dir: Path) -> None:
    """Synthesize HCL with cdktf's own renderer.

    cdktf stacks read ``SYNTH_HCL_OUTPUT`` from the environment of the jsii
    process when they are created, so HCL needs a process of its own.
    """
    env = {
        **os.environ,
        "SYNTH_HCL_OUTPUT": "true",
        "CDKTF_OUTDIR": str(outdir),
        "CDKTF_CONTEXT_JSON": json.dumps(context),
        DEPLOY_DIR_ENV: str(project_dir / "cdktf.out"),  # a look-only synth, like the JSON one
        EXPORT_HCL_ENV: "1",  # finish_hcl repairs what cdktf's HCL gets wrong
    }
    result = subprocess.run(
        [sys.executable, str(project_dir / "main.py")], env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"HCL synth failed:\n{result.stderr}")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):  # someone's, or no pid at all: kept
        return True
    return True


def _dead_pid(text: str) -> bool:
    """Whether ``text`` is the pid (ASCII digits) of a process that no longer runs."""
    return text.isascii() and text.isdigit() and len(text) <= 10 and not _pid_alive(int(text))


def remove_abandoned_work(parent: Path) -> list[Path]:
    """Remove ``.export-<pid>-*`` folders of exports whose process no longer runs.

    An export works in such a folder beside its destination and removes it on any
    exit Python sees; only a killed process (SIGKILL, a power cut) leaves one, and the
    next export clears it.
    """
    removed = []
    for folder in sorted(parent.glob(f"{WORK_PREFIX}*")):
        named = _WORK_NAME.fullmatch(folder.name)  # as tempfile names it, nothing else
        if named and not folder.is_symlink() and folder.is_dir() and _dead_pid(named[1]):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


_WORK_NAME = re.compile(r"\.export-([1-9][0-9]{0,9})-[a-z0-9_]{8}")
"""A work folder's name: the prefix, the export's pid, and ``tempfile``'s eight characters."""


def _owned(stack_dir: Path) -> list[str]:
    """Files a previous export wrote into ``stack_dir`` (its list), or none."""
    listing = stack_dir / OWNED_LIST
    if not listing.is_file():
        return []
    lines = listing.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith(("/", "#")) and ".." not in line]


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def install(staging: Path, dest: Path) -> None:
    """Move each staged stack directory's files into ``dest``; touch nothing else.

    A file the previous export wrote (its ``.kms-keystore-export`` list) and this one
    does not is removed; every other file (state, ``.terraform``, lock files, client
    key files, anything unknown) stays. Each file is replaced atomically, and the
    list names every file of either export until all are in place, so an install
    stopped halfway leaves no file of the export unclaimed. ``staging``'s folder
    is the export's work folder, where the list is written before it is moved.
    The caller has refused what stands in the way (:func:`_refuse_files_of_others`).
    """
    dest.mkdir(parents=True, exist_ok=True)
    for stack in sorted(p for p in staging.iterdir() if p.is_dir()):
        target = dest / stack.name
        written = _files(stack)
        owned = _owned(target)
        target.mkdir(exist_ok=True)
        _write_list(target, {*owned, *written}, staging.parent)
        for relative in written:
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            os.replace(stack / relative, target / relative)
        for stale in sorted(set(owned) - set(written) - {OWNED_LIST}):
            path = target / stale
            if path.is_file():
                path.unlink()
                parent = path.parent
                while (
                    parent != target
                    and not parent.is_symlink()  # a folder the team linked stays
                    and parent.is_dir()
                    and not any(parent.iterdir())
                ):
                    parent.rmdir()
                    parent = parent.parent
        _write_list(target, set(written), staging.parent)


_LIST_HEADER = "# written by the kms-keystore export; exporting again replaces these only\n"


def _write_list(target: Path, names: set[str], work: Path) -> None:
    """Write ``target``'s list of the export's files, in one step.

    It is written in the export's work folder (``work``, beside the staged files
    it moves into place the same way) and moved over the old list, so no file
    of the export's but the list itself ever stands in a stack folder.
    """
    listing = "".join(f"{name}\n" for name in sorted({*names, OWNED_LIST}))
    handle, partial = tempfile.mkstemp(prefix="list-", dir=work)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(_LIST_HEADER + listing)
        os.replace(partial, target / OWNED_LIST)
    finally:
        Path(partial).unlink(missing_ok=True)  # gone after the replace; a write that failed


def _refuse_files_of_others(stacks: list[Path], dest: Path) -> None:
    """Raise, before anything is moved, when an export file would replace one it did not write.

    The receiving team keeps its own files beside the export's (``notes.md``, a
    ``main.tf`` of its own); one named as a file this export writes (``main.tf``
    after a JSON export, ``README.md`` in a folder made by hand) is not the
    export's to replace unless the last export's list names it, or holds the
    very bytes this one writes. A file or broken link where the export needs a folder
    (``.checkov``, ``secrets``) would stop it halfway. A folder with no list at
    all (an export older than the list) gets one message naming its files.
    """
    problems = []
    for stack in stacks:
        target = dest / stack.name
        owned = set(_owned(target))
        taken: list[str] = []
        in_the_way: dict[str, None] = {}
        listing = target / OWNED_LIST
        if listing.is_symlink() or (listing.exists() and not listing.is_file()):
            problems.append(
                ConfigProblem(
                    "export",
                    "file",
                    f"{dest.name}/{stack.name}/{OWNED_LIST}",
                    "a file (or nothing) where the export keeps its list; it is a folder or a "
                    "link: move it, and export again",
                )
            )
        files = _files(stack)
        for relative in files:
            path = target / relative
            blocked = _file_in_the_way(target, relative)
            if blocked is not None:
                in_the_way[blocked] = None
            elif path.is_symlink() or (path.exists() and not path.is_file()):
                problems.append(
                    ConfigProblem(
                        "export",
                        "file",
                        f"{dest.name}/{stack.name}/{relative}",
                        "a file (or nothing) where the export writes one; it is a folder or a "
                        "link: move it, and export again",
                    )
                )
            elif (
                relative not in owned
                and (path.exists() or path.is_symlink())
                and not _same_file(path, stack / relative)
            ):
                taken.append(relative)
        folders = {(target / relative).parent for relative in files} | {target}
        problems += [
            ConfigProblem(
                "export",
                "folder",
                f"{dest.name}/{folder.relative_to(dest).as_posix()}",
                "a folder this user can write into; it is not: the export replaces files "
                "there, so give write permission, and export again",
            )
            for folder in sorted(folders)
            if not folder.is_symlink()
            and folder.is_dir()
            and not os.access(folder, os.W_OK | os.X_OK)
        ]
        problems += [
            ConfigProblem(
                "export",
                "folder",
                f"{dest.name}/{stack.name}" + (f"/{blocked}" if blocked else ""),
                "a folder (or nothing) where the export writes into one; it is a file or a "
                "link to nothing: move it, and export again",
            )
            for blocked in in_the_way
        ]
        if taken and not (target / OWNED_LIST).is_file():
            problems.append(
                ConfigProblem(
                    "export",
                    "folder",
                    f"{dest.name}/{stack.name}",
                    f"a folder the export has written into, with its list ({OWNED_LIST}), "
                    "or one without the files it writes: this one has no list and holds "
                    f"{', '.join(taken)}, so the export cannot tell whether you or an earlier "
                    "export (which kept no list) wrote them: move yours, delete those an "
                    "export wrote (state, .terraform/ and client key files may stay), and "
                    "export again",
                )
            )
            continue
        problems += [
            ConfigProblem(
                "export",
                "file",
                f"{dest.name}/{stack.name}/{relative}",
                f"none the export did not write (its {OWNED_LIST} lists those it did), where "
                "the export writes one: move that file, or delete it to let the export write it",
            )
            for relative in taken
        ]
    if problems:
        raise ConfigError(problems)


def _file_in_the_way(target: Path, relative: str) -> str | None:
    """The first folder of ``target/relative`` that is a file or a broken link, or None.

    Named relative to ``target``: ``""`` for ``target`` itself.
    """
    folder, parts = target, Path(relative).parts[:-1]
    for depth in range(len(parts) + 1):
        if depth:
            folder = folder / parts[depth - 1]
        if folder.is_dir():  # a link to a folder is the team's choice: written through
            continue
        if folder.exists() or folder.is_symlink():  # a file, or a link to none
            return "/".join(parts[:depth])
    return None


def _same_file(path: Path, staged: Path) -> bool:
    """Whether ``path`` is a plain file holding exactly what the export stages for it."""
    try:
        return not path.is_symlink() and path.is_file() and path.read_bytes() == staged.read_bytes()
    except OSError:
        return False


@contextlib.contextmanager
def _one_export_at_a_time(dest: Path) -> Iterator[None]:
    """Hold an exclusive lock on the folder ``dest`` (where the system has ``flock``).

    Two exports into one folder (a JSON and an HCL one) would otherwise each
    check, then install over the other, leaving both ``main.tf`` files.
    """
    try:
        import fcntl
    except ImportError:  # Windows: no lock
        yield
        return
    handle = os.open(dest, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def export(context: dict[str, Any], dest: Path, project_dir: Path, hcl: bool = False) -> list[str]:
    """Synthesize every stack of ``context`` and write ``dest/<stack>/``; return stacks in order.

    Each directory holds ``main.tf.json`` (or ``main.tf`` with ``hcl``),
    ``imports.tf.json`` / ``versions.tf.json`` where the stack imports resources or
    names a Terraform version (JSON only), ``README.md``, ``.gitignore``,
    ``.checkov.yaml`` and ``.checkov/`` (the guardrail rules as checkov custom
    policies), so that a copy of the directory alone runs its README's commands.
    Nothing is written until every stack synthesized; then only the export's own files
    are replaced (see :func:`install`): what Terraform wrote there stays.
    """
    if hcl and hcl_text_problems(context):
        raise ConfigError(hcl_text_problems(context))
    broken = next((p for p in (dest, *dest.parents) if p.is_symlink() and not p.exists()), None)
    if broken is not None:  # an unmounted volume: the export would make the folder it names
        raise ConfigError(
            [
                ConfigProblem(
                    "export",
                    "dest",
                    str(broken),
                    "a folder, or a link to one; it is a link to nothing: mount or make its "
                    "target, or remove the link, and export again",
                )
            ]
        )
    dest = dest.resolve()
    if dest.exists() and not dest.is_dir():
        raise ConfigError(
            [ConfigProblem("export", "dest", str(dest.name), "a directory (it is a file)")]
        )
    dest.parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned_work(dest.parent)
    with tempfile.TemporaryDirectory(
        prefix=f"{WORK_PREFIX}{os.getpid()}-", dir=dest.parent
    ) as work_dir:
        work = Path(work_dir)
        synth_to(context, work / "json", project_dir, project_dir / "cdktf.out")
        if hcl:
            synth_hcl(context, work / "hcl", project_dir)
        manifest = json.loads((work / "json" / "manifest.json").read_text(encoding="utf-8"))
        order = apply_order(manifest)
        staging = work / "export"
        documents: dict[str, dict[str, Any]] = {}
        for name in order:
            stack_dir = staging / name
            stack_dir.mkdir(parents=True)
            document = json.loads(
                (work / "json" / "stacks" / name / "cdk.tf.json").read_text(encoding="utf-8")
            )
            cleaned = clean_document(document)
            documents[name] = cleaned
            if hcl:
                text = (work / "hcl" / "stacks" / name / "cdk.tf").read_text(encoding="utf-8")
                text = finish_hcl(text, cleaned)
                (stack_dir / "main.tf").write_text(format_hcl(text, project_dir), encoding="utf-8")
            else:
                main, apart = set_apart(cleaned)
                (stack_dir / "main.tf.json").write_text(render_json(main), encoding="utf-8")
                for file_name, part in apart.items():
                    (stack_dir / file_name).write_text(render_json(part), encoding="utf-8")
            readme = stack_readme(name, cleaned, order, hcl)
            (stack_dir / "README.md").write_text(readme, encoding="utf-8")
            (stack_dir / CHECKOV_CONFIG).write_text(checkov_config(hcl), encoding="utf-8")
            # a key file the last export named and left in place stays out of git
            still_there = ignored_files_still_there(dest / name)
            ignore = gitignore(cleaned, still_there=still_there)
            (stack_dir / ".gitignore").write_text(ignore, encoding="utf-8")
            write_policies(stack_dir / CHECKOV_DIR)
            for folder in key_file_folders(cleaned, stack_dir):
                if stack_dir in folder.parents:  # a folder handed over with the directory
                    folder.mkdir(parents=True, exist_ok=True)
                    (folder / KEY_FOLDER_NOTE).write_text(key_folder_note(), encoding="utf-8")
        dest.mkdir(exist_ok=True)
        with _one_export_at_a_time(dest):  # checked and installed with no other export between
            # nothing is made in dest while a file there would stop the install
            _refuse_files_of_others(sorted(p for p in staging.iterdir() if p.is_dir()), dest)
            # private before install puts a note in them (install makes a missing one as
            # umask says)
            make_folders(
                f for name, doc in documents.items() for f in key_file_folders(doc, dest / name)
            )
            install(staging, dest)
    return order
