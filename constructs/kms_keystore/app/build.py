"""Build the app from configuration and synthesize it atomically."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

from ..config import DeploymentConfig, read_context, read_deployments
from ..config.account_scope import stacks_by_deployment
from ..core.problems import Checker, ConfigError, show_text
from ..framework.cdk import App
from ..framework.validation import raise_if_invalid, report
from ..guardrails.engine import (
    check_synthesized,
    find_by_path,
    report_findings,
    suppress,
)
from ..stacks import add_deployments
from .key_files import make_key_file_folders
from .output_dir import build_into

OUTDIR_ENV = "CDKTF_OUTDIR"


def build_app(context: dict[str, Any], outdir: str) -> App:
    """An App holding the deployments described by ``context``; raises ConfigError."""
    configs, check = read_deployments(context, outdir=Path(outdir))
    check.raise_if_any()  # every value is checked, under the path written, before any construct
    return _build_app(context, configs, outdir)


def _build_app(context: dict[str, Any], configs: list[DeploymentConfig], outdir: str) -> App:
    """An App holding ``configs``, read from ``context`` and checked already."""
    app = App(outdir=outdir)
    add_deployments(app, configs)
    apply_suppressions(app, configs, context)
    raise_if_invalid(app)
    return app


def apply_suppressions(
    app: App, configs: list[DeploymentConfig], context: dict[str, Any] | None = None
) -> None:
    """Waive guardrail rules on the constructs named by path, each within its own deployment.

    A suppression given in a deployment's entry applies to that deployment's stacks
    only; one given at the top level of a context with ``deployments`` is shared
    like every top-level key, and applies in the deployment whose stack its path
    names. A path that names no construct of its deployment(s) is an error.
    """
    context = context or {}
    entries = context.get("deployments")
    shared_items = context.get("suppressions") if isinstance(entries, list) else None
    shared = _raw_suppressions(shared_items)
    shared_used: set[int] = set()
    owned = stacks_by_deployment(configs)  # the account stack counts for its deployments
    entry_indexes = _entry_indexes(entries)
    for position, config in enumerate(configs):
        if not config.suppressions:
            continue
        stacks = owned.get(config.name, [config.name])
        entry_index = entry_indexes.get(config.name, position)
        for index, item in enumerate(config.suppressions):
            key = (item.path, item.rule, item.reason)
            inherited = entries is not None and key in shared
            if entries is None or inherited:
                where = f"context/suppressions[{shared.index(key) if inherited else index}]"
            else:
                where = f"context/deployments[{entry_index}]/suppressions[{index}]"
            check = Checker(where)
            if item.path.split("/")[0] not in stacks:
                if not inherited:
                    check.fail(
                        "path",
                        item.path,
                        f"a construct in this deployment's stacks ({', '.join(stacks)}); "
                        "a suppression applies only in the deployment it is given in",
                    )
                report(app, check)
                continue
            if inherited:
                shared_used.add(shared.index(key))
            _suppress_at(app, check, item.path, item.rule, item.reason, where)
            report(app, check)
    for index, key in enumerate(shared):
        if index not in shared_used and shared_items is not None:
            check = Checker(f"context/suppressions[{index}]")
            all_stacks = list(dict.fromkeys(n for names in owned.values() for n in names))
            check.fail("path", key[0], f"a construct in one of the stacks {', '.join(all_stacks)}")
            report(app, check)


def _raw_suppressions(items: object) -> list[tuple[object, object, object]]:
    if not isinstance(items, list):
        return []
    return [
        (item.get("path", ""), item.get("rule", ""), item.get("reason", ""))
        for item in items
        if isinstance(item, dict)
    ]


def _entry_indexes(entries: object) -> dict[str, int]:
    """Position of the first ``deployments`` entry of each name (one pass, any fleet size)."""
    found: dict[str, int] = {}
    if isinstance(entries, list):
        for index, entry in enumerate(entries):
            name = entry.get("name") if isinstance(entry, dict) else None
            if isinstance(name, str):
                found.setdefault(name, index)
    return found


def _suppress_at(app: App, check: Checker, path: str, rule: str, reason: str, where: str) -> None:
    target = find_by_path(app, path)
    if target is None:
        check.fail(
            "path", path, "the path of a construct in this app, such as 'kms-keystore/Instance'"
        )
        return
    try:
        suppress(target, rule, reason, where=where)
    except ValueError as err:
        check.fail("rule/reason", f"{rule}: {reason!r}", str(err))


def synthesize(app: App, outdir: str | Path | None = None) -> None:
    """Synthesize ``app`` and run the guardrails over what it wrote.

    Raises ConfigError, before anything is written, when a construct recorded a
    problem; after synthesis, when a guardrail error fired or a suppression waived
    nothing (the output directory then holds a partial result: write into a
    staging directory, as :func:`synth_to` does). Warnings are printed.

    :param outdir: the app's output directory, when the caller knows it (saves
        asking Node for ``app.outdir``).
    """
    raise_if_invalid(app)
    app.synth()
    written = app.outdir if outdir is None else str(outdir)
    check_synthesized(app, written)
    errors = report_findings(app)
    if errors:
        raise ConfigError(errors, outcome=f"{written} holds a partial synthesis; do not use it")


def synth_to(context: dict[str, Any], outdir: Path) -> None:
    """Synthesize into ``outdir``, replacing it only once the whole synth has succeeded.

    The configuration is checked first, before anything is created on disk. The
    app is then synthesized into a staging directory beside ``outdir`` and swapped
    in atomically, one run at a time (:mod:`.core.output_dir`); on any error the
    staging directory is removed and ``outdir`` is left as it was. Afterwards the
    folders that client key files will be written to exist (:mod:`.core.key_files`).
    """
    outdir = Path(os.path.abspath(outdir))
    configs, check = read_deployments(context, outdir=outdir)  # read once: key files vs outdir
    check.raise_if_any()
    try:
        build_into(
            outdir, lambda staging: synthesize(_build_app(context, configs, str(staging)), staging)
        )
    except ConfigError as err:  # the staging folder is gone: nothing was written
        raise ConfigError(err.problems) from None
    make_key_file_folders(sorted(outdir.glob("stacks/*/cdk.tf.json")))


def project_configurations(project_dir: Path) -> dict[str, dict[str, Any]]:
    """The reference app (embedded defaults) and every ``examples/*.json``, by name."""
    found: dict[str, dict[str, Any]] = {"reference": {}}
    for path in sorted((project_dir / "examples").glob("*.json")):
        found[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    return found


def main(project_dir: Path) -> int:
    """Entry point of ``main.py``: read context, synthesize, report every failure in one message.

    Exit codes: 0 written; 2 a configuration problem; 130 interrupted; 1 anything
    else (an unwritable output directory, a failed Node.js process). Never a
    traceback, and ``cdktf.out`` is untouched unless the run succeeded.
    """
    outdir = Path(os.environ.get(OUTDIR_ENV) or project_dir / "cdktf.out")
    interrupted = []
    previous = signal.getsignal(signal.SIGINT)

    def on_interrupt(signum: int, frame: object) -> None:
        interrupted.append(signum)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_interrupt)
    try:
        synth_to(read_context(project_dir), outdir)
    except ConfigError as err:
        return _fail(str(err), 2)
    except BaseException as err:
        if interrupted or isinstance(err, KeyboardInterrupt):
            return _fail(f"interrupted; nothing was written ({outdir.name} is as it was)", 130)
        if isinstance(err, OSError):
            where = show_text(str(err.filename or outdir), 200)
            return _fail(f"cannot use {where}: {err.strerror or err}; nothing was written", 1)
        if not isinstance(err, Exception):
            raise
        detail = show_text(str(err).strip().splitlines()[0] if str(err).strip() else "", 300)
        return _fail(f"synth failed ({type(err).__name__}: {detail}); nothing was written", 1)
    finally:
        signal.signal(signal.SIGINT, previous)
    return 0


def _fail(message: str, code: int) -> int:
    print(f"kms-keystore: {message}", file=sys.stderr)
    return code
