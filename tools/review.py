"""Review a change: the configuration in effect against its committed review files, then ours.

    python tools/review.py [--format text|markdown|json] [--accept]

1. The configuration in effect (cdktf.json's "context" and CDKTF_CONTEXT_JSON, as
   `make synth` and `cdktf deploy` read it) against ``kms-review/<stack>.txt``: first
   what a reviewer must not miss (a newly granted wildcard or ``*`` resource, a
   purchase, an upgrade, a renewal change, a replacement or removal of a paid or
   protected resource), then each stack's lines added and removed. ``--accept``
   (`make review ACCEPT=1`) writes the files; commit them with the change, and the
   pull request shows them changing.
2. This project's own pins (text snapshots of every policy and stack graph of the
   reference app and examples/): permissions and orderings changed. Where the code
   disagrees with Alibaba Cloud's page, that is said instead of offering
   `make snapshots`, which would refuse it.

``--format markdown`` prints a pull-request comment, ``--format json`` a document for
tools. Exits 1 when anything changed (through make, make then exits 2), 2 when the
configuration is wrong, 0 when nothing changed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from kms_keystore.app.build import run_tool, synth_to
from kms_keystore.config import read_context
from kms_keystore.core.problems import ConfigError
from kms_keystore.handoff.deployment_review import (
    REVIEW_DIR,
    accept,
    as_json,
    as_markdown,
    as_text,
    review_deployment,
)
from kms_keystore.handoff.review import review_project

ROOT = Path(__file__).resolve().parent.parent


def documents_in_effect(project_dir: Path) -> dict[str, dict[str, Any]]:
    """The stacks of the configuration in effect, synthesized, by stack name."""
    with tempfile.TemporaryDirectory(prefix="kms-review-") as work:
        context = read_context(project_dir)
        synth_to(context, Path(work), project_dir, project_dir / "cdktf.out")
        return {
            path.parent.name: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(Path(work).glob("stacks/*/cdk.tf.json"))
        }


def page_disagreements(project_dir: Path) -> list[str]:
    """Where the code disagrees with Alibaba Cloud's page (tests/documented.py says how)."""
    if not (project_dir / "tests" / "documented.py").is_file():
        return []
    sys.path.insert(0, str(project_dir))
    from tests.documented import page_disagreements as disagreements

    return disagreements()


def project_text(project_dir: Path) -> tuple[list[str], bool]:
    """Lines about this project's own pins, and whether anything changed."""
    result = review_project(project_dir)
    lines = []
    if result.policies:
        lines += ["review: policies changed against the committed snapshots", *result.policies]
    else:
        lines.append("review: no policy changed")
    if result.graphs:
        lines.append("review: resources or creation order changed against the committed snapshots")
        lines += result.graphs
        for stack_id, diagram in result.diagrams.items():
            lines += [f"\n{stack_id} now (Mermaid):", f"```mermaid\n{diagram}```"]
    else:
        lines.append("review: no resource or creation order changed")
    changed = bool(result.policies or result.graphs)
    disagreements = page_disagreements(project_dir)
    if disagreements:
        lines += ["", *disagreements]
        lines.append("review: not accepted: make the code follow the page, then review again")
        return lines, True
    if changed:
        lines.append("\naccept on purpose with `make snapshots`, and say why in the commit message")
    return lines, changed


def main(argv: list[str] | None = None) -> int:
    """Review; 1 when anything changed, 2 when the configuration does not synthesize."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    parser.add_argument("--accept", action="store_true", help=f"write {REVIEW_DIR}/<stack>.txt")
    parser.add_argument(
        "--deployment-only", action="store_true", help="skip this project's own snapshot pins"
    )
    parser.add_argument(
        "--project", type=Path, default=ROOT, help="the project (cdktf.json, kms-review/)"
    )
    args = parser.parse_args(argv)
    project = args.project.resolve()
    try:
        documents = documents_in_effect(project)
        if args.accept:
            for path in accept(documents, project):
                print(f"review: wrote {path.relative_to(project)}")
            return 0
        deployment = review_deployment(documents, project)
        own_pins = not args.deployment_only and (project / "__snapshots__").is_dir()
        project_lines, project_changed = project_text(project) if own_pins else ([], False)
    except ConfigError as err:
        print(f"kms-keystore: {err}", file=sys.stderr)
        return 2
    if args.format == "json":
        payload = json.loads(as_json(deployment))
        payload["project"] = {"changed": project_changed, "lines": project_lines}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        print(as_markdown(deployment), end="")
        if project_changed:
            print("\n### This project's own pins\n\n```\n" + "\n".join(project_lines) + "\n```")
    else:
        stacks = ", ".join(sorted(documents))
        print(f"review: configuration in effect, stacks {stacks}, against {REVIEW_DIR}/")
        print(as_text(deployment), end="")
        if deployment.changed:
            print(f"review: accept with `make review ACCEPT=1` and commit {REVIEW_DIR}/")
        else:
            print(f"review: no change against {REVIEW_DIR}/")
        if project_lines:
            print("\n".join(project_lines))
    return 1 if deployment.changed or project_changed else 0


if __name__ == "__main__":
    sys.exit(run_tool(main))
