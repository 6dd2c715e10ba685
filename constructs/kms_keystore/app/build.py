"""Build the app from configuration and synthesize it atomically."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..config import DeploymentConfig, read_context, read_deployments
from ..config.account_scope import stacks_by_deployment
from ..core.problems import Checker, ConfigError, ConfigProblem, Problem, show_text
from ..framework.cdk import App, TerraformStack
from ..framework.hcl_notes import hcl_requested, warn_hcl_once
from ..framework.validation import (
    REFERENCE_APP,
    problems_of,
    raise_if_invalid,
    reading_stacks,
    report,
)
from ..guardrails.engine import (
    check_synthesized,
    find_by_path,
    place_pending_suppressions,
    report_findings,
    suppress,
)
from ..stacks import add_deployments
from .hcl_output import hcl_findings
from .output_dir import MARKER, NotAnOutput, build_into

OUTDIR_ENV = "CDKTF_OUTDIR"
DEPLOY_DIR_ENV = "KMS_KEYSTORE_DEPLOY_DIR"
"""Set by tools that synthesize only to look at the result (the HCL export): the output
folder the stacks will be deployed from, which client key paths are judged from; no
folder is made for them."""


def build_app(
    context: dict[str, Any],
    outdir: str,
    project_dir: Path | None = None,
    deploy_dir: Path | None = None,
) -> App:
    """An App holding the deployments described by ``context``; raises ConfigError.

    ``project_dir`` (default: the folder holding the output folder) is where client
    key files may live; ``deploy_dir`` (default ``outdir``) the output folder Terraform will run the
    stacks from, which their relative paths start at.
    """
    configs, check = read_deployments(
        context, outdir=deploy_dir or Path(outdir), project_dir=project_dir
    )
    check.raise_if_any()  # every value is checked, under the path written, before any construct
    return _build_app(context, configs, outdir)


def _build_app(context: dict[str, Any], configs: list[DeploymentConfig], outdir: str) -> App:
    """An App holding ``configs``, read from ``context`` and checked already."""
    app = App(outdir=outdir)
    # synth_to makes the client key folders once the output is in place (or none
    # for a synthesis that is only looked at), not each stack as it is written;
    # apply_suppressions places the suppressions, shared ones too
    vars(app)[REFERENCE_APP] = True
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
    if not shared and not any(config.suppressions for config in configs):
        return  # nothing to place (the common case)
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
    placed = place_pending_suppressions(app)  # every stack exists now
    if placed:
        raise ConfigError([*problems_of(app), *placed])
    _refuse_hcl_into_json()
    if not vars(app).get(REFERENCE_APP):  # the reference app makes its App from the variable
        _refuse_json_into_hcl(app)
    raise_if_invalid(app)
    hcl = hcl_requested()
    if hcl:
        _hcl_output_checked(app)  # refused before anything is written
    try:
        app.synth()
    except RuntimeError:
        # what cdktf found while preparing the stacks (a team stack with one of our IDs,
        # a team variable with one of our names): the problems, without Node's trace
        if not problems_of(app):
            raise
        raise ConfigError(problems_of(app)) from None
    written = app.outdir if outdir is None else str(outdir)
    if hcl:
        documents = _hcl_output_checked(app, written)  # with what Aspects added
        _restore_hcl_required_versions(Path(written), documents)
    check_synthesized(app, written)
    errors = report_findings(app)
    if errors:
        raise ConfigError(errors, outcome=f"{written} holds a partial synthesis; do not use it")


def _refuse_hcl_into_json() -> None:
    """Raise for ``SYNTH_HCL_OUTPUT=1``: cdktf 0.21 then writes HCL into ``cdk.tf.json``.

    Its stacks take ``1`` for HCL while its app names the file for ``true`` only,
    so Terraform can read neither the file nor the guardrails judge it.
    """
    if os.environ.get("SYNTH_HCL_OUTPUT") == "1":
        raise ConfigError(
            [
                ConfigProblem(
                    "",
                    "SYNTH_HCL_OUTPUT",
                    "1",
                    "'true' for HCL (cdk.tf) or unset for JSON: with '1', cdktf 0.21 writes "
                    "HCL into cdk.tf.json, a file Terraform cannot read",
                )
            ]
        )


def _refuse_json_into_hcl(app: App) -> None:
    """Raise for ``App(hcl_output=True)`` without ``SYNTH_HCL_OUTPUT``: JSON in ``cdk.tf``.

    cdktf 0.21's app then names the file ``cdk.tf``, while its stacks write HCL
    only for the variable: Terraform would read the JSON as HCL and fail.
    """
    if "SYNTH_HCL_OUTPUT" not in os.environ and app.hcl_output:
        raise ConfigError(
            [
                ConfigProblem(
                    "App",
                    "hcl_output",
                    True,
                    "left out, with SYNTH_HCL_OUTPUT=true set for HCL (`cdktf synth --hcl` sets "
                    "it): without the variable, cdktf 0.21 writes JSON into cdk.tf, a file "
                    "Terraform reads as HCL",
                )
            ]
        )


def _hcl_output_checked(app: App, written: str | None = None) -> dict[str, dict[str, Any]]:
    """Each stack's JSON form, by construct path, for HCL output; raise for what HCL loses.

    What cdktf 0.21's HCL cannot hold (:func:`~kms_keystore.app.hcl_output.hcl_findings`:
    a lifecycle condition, a lifecycle given as a list) is refused before anything
    is written (and again after, for a condition an Aspect added, which cdktf
    applies only as it synthesizes: ``written`` names that output). When nothing
    is refused, each check block the HCL leaves out is named in a warning, once.
    ``make export HCL=1`` writes both right.
    """
    documents: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    warnings: dict[str, list[tuple[str, str]]] = {}
    export = " or `make export HCL=1`" if vars(app).get(REFERENCE_APP) else ""
    with reading_stacks(app):  # nothing is made (a client key folder) nor checked
        stacks = [node for node in app.node.find_all() if isinstance(node, TerraformStack)]
        stacks_by_path = {stack.node.path: stack for stack in stacks}
        for path, stack in stacks_by_path.items():
            documents[path] = stack.to_terraform()
    for path, document in documents.items():
        found, warnings[path] = hcl_findings(path, document, export)
        problems += found
    if problems:
        if written is None:
            raise ConfigError(problems)  # nothing was written
        raise ConfigError(problems, outcome=f"{written} holds a partial synthesis; do not use it")
    for path, stack in stacks_by_path.items():
        for key, text in warnings[path]:  # once: a construct may have said it as it was made
            warn_hcl_once(stack, key, text, reference_app_too=True)
    return documents


def _restore_hcl_required_versions(outdir: Path, documents: dict[str, dict[str, Any]]) -> None:
    """Put back each stack's ``required_version`` into the ``cdk.tf`` cdktf wrote.

    cdktf 0.21 writes a ``terraform.required_version`` override (the reference
    app's, or one a team sets itself) as ``0 = "required_version"``, a line
    Terraform refuses; it is replaced in the top-level ``terraform`` block only
    (:func:`~kms_keystore.core.terraform_requirements.restore_required_version`).
    """
    from ..core.terraform_requirements import restore_required_version

    manifest = json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest.get("stacks", {}).values():
        file = outdir / entry["synthesizedStackPath"]
        terraform = documents.get(entry["constructPath"], {}).get("terraform")
        version = terraform.get("required_version") if isinstance(terraform, dict) else None
        if file.name == "cdk.tf" and isinstance(version, str):
            text = file.read_text(encoding="utf-8")
            file.write_text(restore_required_version(text, version), encoding="utf-8")


def synth_to(
    context: dict[str, Any],
    outdir: Path,
    project_dir: Path | None = None,
    deploy_dir: Path | None = None,
) -> None:
    """Synthesize into ``outdir``, replacing it only once the whole synth has succeeded.

    The configuration is checked first, before anything is created on disk. The
    app is then synthesized into a staging directory beside ``outdir`` and swapped
    in atomically, one run at a time (:mod:`.output_dir`); on any error the
    staging directory is removed and ``outdir`` is left as it was. Afterwards the
    folders that client key files will be written to exist (:mod:`.key_files`).

    ``project_dir`` (default: the folder holding ``outdir``) bounds where client key
    files may live; ``deploy_dir`` is the output folder the stacks will be deployed from
    when ``outdir`` is only a place to look at them (a review or scan in a temporary
    folder): key file paths are judged from there, and no folder is made for them.
    """
    _refuse_hcl_into_json()
    outdir = Path(os.path.abspath(outdir))
    deploy = Path(os.path.abspath(deploy_dir or outdir))
    # read once: client key paths are judged from the folder Terraform will run in
    configs, check = read_deployments(context, outdir=deploy, project_dir=project_dir)
    check.raise_if_any()
    try:
        build_into(
            outdir,
            lambda staging: synthesize(_build_app(context, configs, str(staging)), staging),
        )
    except ConfigError as err:  # the staging folder is gone: nothing was written
        raise ConfigError(err.problems) from None
    # a synth only looked at (review, scan) makes no folders; client keys come from
    # applications only, so without any there is no stack file to read
    if deploy == outdir and any(config.applications for config in configs):
        from .key_files import make_folders, make_key_file_folders  # only applications need it

        make_key_file_folders(stack_files(outdir))
        # HCL output (SYNTH_HCL_OUTPUT) writes cdk.tf, which is not read back: the
        # folders come from the configuration, relative to each application's stack
        make_folders(
            Path(os.path.normpath(outdir / "stacks" / config.name / app.key_file)).parent
            for config in configs
            for app in config.applications
            if (outdir / "stacks" / config.name / "cdk.tf").is_file()
        )


def stack_files(outdir: Path) -> list[str]:
    """The ``stacks/<name>/cdk.tf.json`` files of a synthesized output, by stack name."""
    try:
        with os.scandir(outdir / "stacks") as entries:
            found = sorted((e.name, os.path.join(e.path, "cdk.tf.json")) for e in entries)
    except FileNotFoundError:
        return []
    return [path for _, path in found if os.path.isfile(path)]


def project_configurations(project_dir: Path) -> dict[str, dict[str, Any]]:
    """The reference app (embedded defaults) and every ``examples/*.json``, by name.

    :raises ConfigError: naming the example file that is not a readable JSON object.
    """
    found: dict[str, dict[str, Any]] = {"reference": {}}
    for path in sorted((project_dir / "examples").glob("*.json")):
        where = f"examples/{path.name}"
        try:
            context = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as err:
            problem = ConfigProblem(where, "", path.name, f"a readable JSON file ({err})")
            raise ConfigError([problem]) from None
        if not isinstance(context, dict):
            raise ConfigError([ConfigProblem(where, "", context, "a JSON object")])
        found[path.stem] = context
    return found


def configuration_source(name: str) -> str:
    """Where the configuration ``name`` of :func:`project_configurations` is written."""
    return "the reference app's defaults" if name == "reference" else f"examples/{name}.json"


def synth_configuration(
    name: str,
    context: dict[str, Any],
    outdir: Path,
    project_dir: Path,
    deploy_dir: Path | None = None,
) -> None:
    """:func:`synth_to` for one project configuration; a ConfigError names its file."""
    try:
        synth_to(context, outdir, project_dir, deploy_dir)
    except ConfigError as err:
        source = configuration_source(name)
        raise ConfigError(err.problems, outcome=f"in {source}; nothing was written") from None


def run_tool(main: Callable[[], int]) -> int:
    """Run a ``tools/`` entry point: every failure ends in one message and a documented code.

    Exit codes: what ``main`` returns; 2 a configuration problem (including an output
    folder that may not be replaced); 130 interrupted; 1 anything else (a destination
    that cannot be written, a failed Node.js process), never a traceback.
    """
    try:
        return main()
    except ConfigError as err:
        return _fail(str(err), 2)
    except NotAnOutput as err:
        return _fail(str(err), 2)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except OSError as err:
        where = show_text(str(err.filename or ""), 200)
        return _fail(f"cannot use {where}: {err.strerror or err}", 1)
    except Exception as err:  # the one message, instead of a traceback
        detail = show_text(str(err).strip().splitlines()[0] if str(err).strip() else "", 300)
        return _fail(f"failed ({type(err).__name__}: {detail})", 1)


def main(project_dir: Path) -> int:
    """Entry point of ``main.py``: read context, synthesize, report every failure in one message.

    Exit codes: 0 written; 2 a configuration problem (including a ``CDKTF_OUTDIR``
    that is not a missing, empty or previous output folder); 130 interrupted; 1
    anything else (an unwritable output directory, a failed Node.js process, a
    lock held by another run for too long). Never a
    traceback, and ``cdktf.out`` is untouched unless the run succeeded.
    """
    outdir = Path(os.environ.get(OUTDIR_ENV) or project_dir / "cdktf.out")
    interrupted = []
    previous = signal.getsignal(signal.SIGINT)

    def on_interrupt(signum: int, frame: object) -> None:
        interrupted.append(signum)
        raise KeyboardInterrupt

    before = _output_stamp(outdir)
    signal.signal(signal.SIGINT, on_interrupt)
    try:
        deploy_dir = os.environ.get(DEPLOY_DIR_ENV) or None
        synth_to(
            read_context(project_dir),
            outdir,
            project_dir,
            Path(deploy_dir) if deploy_dir else None,
        )
    except ConfigError as err:
        return _fail(str(err), 2)
    except NotAnOutput as err:
        return _fail(f"{err}; nothing was written", 2)
    except BaseException as err:
        swapped = _output_stamp(outdir) != before
        if interrupted or isinstance(err, KeyboardInterrupt):
            _quiet_closed_node_channel()
        if (interrupted or isinstance(err, KeyboardInterrupt)) and swapped:
            return _fail(
                f"interrupted after {outdir.name} was replaced by the new output; the folders "
                "for client key files may be missing: run again before deploying",
                130,
            )
        if interrupted or isinstance(err, KeyboardInterrupt):
            return _fail(f"interrupted; nothing was written ({outdir.name} is as it was)", 130)
        if swapped:
            detail = show_text(str(err).strip().splitlines()[0] if str(err).strip() else "", 300)
            return _fail(
                f"{outdir.name} was written, but afterwards {type(err).__name__}: {detail}; "
                "run again before deploying",
                1,
            )
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


def _output_stamp(outdir: Path) -> tuple[int, int] | None:
    """Identity of the output's marker file: it changes exactly when a new output is in place."""
    try:
        stat = (outdir / MARKER).stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_mtime_ns)


def _quiet_closed_node_channel() -> None:
    """After Ctrl-C, let jsii's exit handler find Node gone without a traceback.

    Ctrl-C reaches Node too (one process group); jsii's handler then writes its
    goodbye into a closed pipe as Python exits, and Python reports that
    ``BrokenPipeError`` through :data:`sys.unraisablehook`. Anything else is
    reported as before.
    """
    previous = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        if not issubclass(unraisable.exc_type, (BrokenPipeError, ConnectionResetError)):
            previous(unraisable)

    sys.unraisablehook = hook


def _fail(message: str, code: int) -> int:
    print(f"kms-keystore: {message}", file=sys.stderr)
    return code
