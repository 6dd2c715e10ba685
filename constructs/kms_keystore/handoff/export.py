"""`make export`: one self-contained directory per stack for Terraform teams."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..app.build import DEPLOY_DIR_ENV, synth_to
from ..app.key_files import key_file_folders, make_folders
from ..core.problems import ConfigError
from ..core.terraform_text import hcl_text_problems
from ..guardrails.checkov import write_policies
from .export_docs import (
    CHECKOV_DIR,
    apply_order,
    clean_document,
    clean_hcl,
    render_check_blocks,
    render_json,
    repair_cdktf_hcl,
    repair_required_version,
    set_apart,
    stack_readme,
)

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
    }
    result = subprocess.run(
        [sys.executable, str(project_dir / "main.py")], env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"HCL synth failed:\n{result.stderr}")


def export(context: dict[str, Any], dest: Path, project_dir: Path, hcl: bool = False) -> list[str]:
    """Synthesize every stack of ``context`` and write ``dest/<stack>/``; return stacks in order.

    Each directory holds ``main.tf.json`` (or ``main.tf`` with ``hcl``),
    ``imports.tf.json`` / ``versions.tf.json`` where the stack imports resources or
    names a Terraform version (JSON only), and
    ``README.md``, nothing else; ``dest/_checkov/`` holds the guardrail rules as
    checkov custom policies. ``dest`` is replaced only when all succeeded.
    """
    if hcl and hcl_text_problems(context):
        raise ConfigError(hcl_text_problems(context))
    dest = dest.resolve()
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".export-", dir=dest.parent) as work_dir:
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
                text = repair_required_version(repair_cdktf_hcl(clean_hcl(text)), cleaned)
                text += "\n" + render_check_blocks(cleaned)
                (stack_dir / "main.tf").write_text(format_hcl(text, project_dir), encoding="utf-8")
            else:
                main, apart = set_apart(cleaned)
                (stack_dir / "main.tf.json").write_text(render_json(main), encoding="utf-8")
                for file_name, part in apart.items():
                    (stack_dir / file_name).write_text(render_json(part), encoding="utf-8")
            readme = stack_readme(name, cleaned, order, hcl)
            (stack_dir / "README.md").write_text(readme, encoding="utf-8")
        write_policies(staging / CHECKOV_DIR)
        if dest.exists():
            shutil.rmtree(dest)
        staging.rename(dest)
    make_folders(f for name, doc in documents.items() for f in key_file_folders(doc, dest / name))
    return order
