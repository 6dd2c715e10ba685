"""`make review`: which permissions the working tree adds or removes, per policy."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from .app import project_configurations, synth_to
from .core.policy_review import describe_changes, parse_lines, stack_policies

SNAPSHOT_FOLDER = Path("__snapshots__") / "test_policy_review"
SNAPSHOT_PREFIX = "test_policy_text["


def current_policies(project_dir: Path) -> dict[str, list[str]]:
    """Every policy of every project configuration, as synthesized now."""
    policies: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="kms-review-") as work:
        for config_name, context in project_configurations(project_dir).items():
            outdir = Path(work) / config_name
            synth_to(context, outdir)
            for path in sorted(outdir.glob("stacks/*/cdk.tf.json")):
                document = json.loads(path.read_text(encoding="utf-8"))
                for name, lines in stack_policies(path.parent.name, document).items():
                    policies[f"{config_name}.{name}"] = lines
    return policies


def snapshot_path(project_dir: Path, policy_id: str) -> Path:
    """Where the text snapshot of one policy lives."""
    return project_dir / SNAPSHOT_FOLDER / f"{SNAPSHOT_PREFIX}{policy_id}].txt"


def committed_policies(project_dir: Path) -> dict[str, list[str]]:
    """The policies as pinned by the text snapshots on disk."""
    found = {}
    folder = project_dir / SNAPSHOT_FOLDER
    paths = sorted(folder.iterdir()) if folder.is_dir() else []
    for path in paths:
        if not (path.name.startswith(SNAPSHOT_PREFIX) and path.name.endswith("].txt")):
            continue
        policy_id = path.name[len(SNAPSHOT_PREFIX) : -len("].txt")]
        found[policy_id] = parse_lines(path.read_text(encoding="utf-8"))
    return found


def review(project_dir: Path) -> list[str]:
    """Differences between the pinned policies and the working tree, in plain words."""
    return describe_changes(committed_policies(project_dir), current_policies(project_dir))
