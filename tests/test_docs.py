"""The documentation: links between the Markdown documents, and the API reference build."""

from __future__ import annotations

import inspect
import os
import re
import subprocess
from pathlib import Path

import pytest

from kms_keystore import KmsKeyStore

from .support import ROOT

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
GENERATED = ROOT / "docs" / "api"
"""Written by ``make docs`` and not committed: links into it are not checked."""
FENCED = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"\]\(([^)\s]+)\)")


def relative_links(document: Path) -> list[str]:
    """Targets of the Markdown links in ``document`` that are not URLs or anchors."""
    text = CODE.sub("", FENCED.sub("", document.read_text(encoding="utf-8")))
    return [
        target
        for target in LINK.findall(text)
        if not re.match(r"[a-z][a-z0-9+.-]*:", target) and not target.startswith("#")
    ]


def test_every_relative_link_names_an_existing_file():
    broken = []
    for document in DOCUMENTS:
        for target in relative_links(document):
            path = (document.parent / target.split("#")[0]).resolve()
            if path.exists() or path.is_relative_to(GENERATED):
                continue
            broken.append(f"{document.relative_to(ROOT)}: {target}")

    assert broken == []


def test_the_readme_links_every_topic_document():
    linked = {(ROOT / target).resolve() for target in relative_links(ROOT / "README.md")}

    assert [d.name for d in DOCUMENTS[1:] if d not in linked] == []


@pytest.mark.e2e
def test_api_reference_builds_and_documents_the_keystore_props(tmp_path):
    out = tmp_path / "api"
    result = subprocess.run(
        ["make", "--no-print-directory", "docs", f"DOCS_OUT={out}"],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if not k.startswith("MAKE")},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr

    page = (out / "kms_keystore" / "keystore.html").read_text(encoding="utf-8")
    assert "KmsKeyStore" in page
    props = inspect.signature(KmsKeyStore.__init__).parameters
    keywords = [n for n, p in props.items() if p.kind is inspect.Parameter.KEYWORD_ONLY]
    assert "region" in keywords
    documented = set(re.findall(r"<li><strong>(\w+)</strong>:", page))
    assert [name for name in keywords if name not in documented] == []
    # a spec's constructor, compiled on first use, is shown with its fields
    specs = (out / "kms_keystore" / "core" / "specs.html").read_text(encoding="utf-8")
    constructor = specs.split('id="InstanceSpec.__init__"', 1)[1][:6000]
    assert all(name in constructor for name in ("product_version", "payment_type", "bind_vpcs"))
    assert (out / "index.html").is_file()
    for package in ("core", "config", "framework", "guardrails", "app", "handoff"):
        assert (out / "kms_keystore" / f"{package}.html").is_file(), package


def test_the_api_reference_never_replaces_a_folder_it_did_not_write(tmp_path, capsys):
    import importlib.util

    spec = importlib.util.spec_from_file_location("api_docs", ROOT / "tools" / "api_docs.py")
    assert spec is not None and spec.loader is not None
    api_docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(api_docs)
    theirs = tmp_path / "notes"
    theirs.mkdir()
    (theirs / "mine.txt").write_text("keep me", encoding="utf-8")

    assert api_docs.main([str(theirs)]) == 2
    assert (theirs / "mine.txt").read_text(encoding="utf-8") == "keep me"
    assert "holds files this tool did not write" in capsys.readouterr().err
    assert api_docs.replaceable(tmp_path / "new") is None


def test_the_guardrails_documents_configuration_error_is_what_the_app_prints(tmp_path):
    """helper-70 G7: the example of docs/guardrails.md, as the reference app prints it."""
    import json

    text = (ROOT / "docs" / "guardrails.md").read_text(encoding="utf-8")
    command = re.search(r"`CDKTF_CONTEXT_JSON='(\{[^']*\})' make synth`\nprints:", text)
    assert command is not None
    shown = re.search(r"```\n(kms-keystore: 2 configuration problems[^`]*)```", text)
    assert shown is not None
    env = {
        **os.environ,
        "CDKTF_CONTEXT_JSON": json.dumps(json.loads(command[1])),
        "CDKTF_OUTDIR": str(tmp_path / "cdktf.out"),
        "PYTHONPATH": str(Path(inspect.getfile(KmsKeyStore)).parent.parent),
    }
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "main.py")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr == shown[1]
