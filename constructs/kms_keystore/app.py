"""Build the app from configuration and synthesize it atomically."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from constructs import IConstruct

from .cdk import App
from .core.config import SuppressionSpec, read_context, read_deployments
from .core.problems import Checker, ConfigError
from .guardrails import report_findings, suppress
from .stacks import add_deployment
from .validation import raise_if_invalid, report

OUTDIR_ENV = "CDKTF_OUTDIR"


def build_app(context: dict[str, Any], outdir: str) -> App:
    """An App holding the deployments described by ``context``; raises ConfigError."""
    configs, check = read_deployments(context)
    app = App(outdir=outdir)
    report(app, check)
    for config in configs:
        add_deployment(app, config)
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

    The app is synthesized into a fresh directory beside ``outdir``; on any error
    that directory is removed and ``outdir`` is left as it was.
    """
    outdir = outdir.resolve()
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=outdir.parent))
    try:
        synthesize(build_app(context, str(staging)))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    previous = outdir.with_name(f".{outdir.name}.previous")
    shutil.rmtree(previous, ignore_errors=True)
    if outdir.exists():
        outdir.rename(previous)
    staging.rename(outdir)
    shutil.rmtree(previous, ignore_errors=True)


def project_configurations(project_dir: Path) -> dict[str, dict[str, Any]]:
    """The reference app (embedded defaults) and every ``examples/*.json``, by name."""
    found: dict[str, dict[str, Any]] = {"reference": {}}
    for path in sorted((project_dir / "examples").glob("*.json")):
        found[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    return found


def main(project_dir: Path) -> int:
    """Entry point of ``main.py``: read context, synthesize, report mistakes without a traceback."""
    outdir = Path(os.environ.get(OUTDIR_ENV) or project_dir / "cdktf.out")
    try:
        synth_to(read_context(project_dir), outdir)
    except ConfigError as err:
        print(f"kms-keystore: {err}", file=sys.stderr)
        return 2
    return 0
