"""Build the app from configuration and synthesize it atomically."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

from cdktf import App

from constructs import IConstruct

from .core.config import SuppressionSpec, read_context, read_deployments
from .core.output_dir import build_into
from .core.problems import Checker, ConfigError, show_text
from .guardrails import report_findings, suppress
from .stacks import add_deployments
from .validation import raise_if_invalid, report

OUTDIR_ENV = "CDKTF_OUTDIR"


def build_app(context: dict[str, Any], outdir: str) -> App:
    """An App holding the deployments described by ``context``; raises ConfigError."""
    configs, check = read_deployments(context, outdir=Path(outdir))
    check.raise_if_any()  # every value is checked, under the path written, before any construct
    app = App(outdir=outdir)
    add_deployments(app, configs)
    for config in configs:
        apply_suppressions(app, config.suppressions)
    raise_if_invalid(app)
    return app


def apply_suppressions(app: App, suppressions: tuple[SuppressionSpec, ...]) -> None:
    """Waive guardrail rules on the constructs named by path in configuration."""
    for index, item in enumerate(suppressions):
        check = Checker(f"context/suppressions[{index}]")
        target = find_by_path(app, item.path)
        if target is None:
            check.fail(
                "path",
                item.path,
                "the path of a construct in this app, such as 'kms-keystore/Instance'",
            )
        try:
            if target is not None:
                suppress(target, item.rule, item.reason)
        except ValueError as err:
            check.fail("rule/reason", f"{item.rule}: {item.reason!r}", str(err))
        report(app, check)


def find_by_path(app: App, path: str) -> IConstruct | None:
    """The construct at ``path`` (``stack/child/...``), or None; one lookup per segment."""
    node: IConstruct | None = app
    for segment in path.split("/"):
        if node is None or not segment:
            return None
        node = node.node.try_find_child(segment)
    return node


def synthesize(app: App) -> None:
    """Synthesize ``app``; raise ConfigError if a guardrail error fired (warnings print)."""
    app.synth()
    errors = report_findings(app)
    if errors:
        raise ConfigError(errors)


def synth_to(context: dict[str, Any], outdir: Path) -> None:
    """Synthesize into ``outdir``, replacing it only once the whole synth has succeeded.

    The configuration is checked first, before anything is created on disk. The
    app is then synthesized into a staging directory beside ``outdir`` and swapped
    in atomically, one run at a time (:mod:`.core.output_dir`); on any error the
    staging directory is removed and ``outdir`` is left as it was.
    """
    outdir = Path(os.path.abspath(outdir))
    _, check = read_deployments(context, outdir=outdir)
    check.raise_if_any()
    build_into(outdir, lambda staging: synthesize(build_app(context, str(staging))))


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
