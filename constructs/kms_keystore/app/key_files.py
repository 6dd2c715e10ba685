"""Folders for client key files, made before Terraform runs.

The provider writes a client key's private key to ``private_key_data_file`` once,
when the key is created, and ignores the error when it cannot (the folder is
missing): the key then exists in KMS with no copy of its private key anywhere.
So every folder such a path names is created, private to its owner, as soon as
the stack that names it is written.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

CLIENT_KEY = "alicloud_kms_client_key"
PRIVATE = 0o700


def _literal(value: object) -> str | None:
    """The path Terraform will see, or None where it is computed at plan time."""
    if not isinstance(value, str) or not value:
        return None
    text = value.replace("$${", "\0").replace("%%{", "\1")
    if "${" in text or "%{" in text:
        return None
    return text.replace("\0", "${").replace("\1", "%{")


def key_file_folders(document: Mapping[str, Any], stack_dir: Path) -> list[Path]:
    """Folders of the client key files one stack writes, resolved from its directory."""
    blocks = document.get("resource", {}).get(CLIENT_KEY, {})
    folders = []
    for config in blocks.values() if isinstance(blocks, dict) else []:
        path = _literal(config.get("private_key_data_file"))
        if path is None or path.startswith("~"):
            continue
        folders.append(Path(os.path.normpath(stack_dir / path)).parent)
    return sorted(set(folders))


def make_folders(folders: Iterable[Path]) -> list[Path]:
    """Create each missing folder (mode 0700, parents too); return those created."""
    created = []
    for folder in folders:
        if not folder.is_dir():
            folder.mkdir(mode=PRIVATE, parents=True, exist_ok=True)
            created.append(folder)
    return created


def make_key_file_folders(stack_files: Iterable[str | Path]) -> list[Path]:
    """Create the key file folders that synthesized stack files (``cdk.tf.json``) name."""
    folders: list[Path] = []
    for stack_file in stack_files:
        with open(stack_file, encoding="utf-8") as handle:
            text = handle.read()
        if CLIENT_KEY in text:  # a stack without client keys is not parsed again
            folders += key_file_folders(json.loads(text), Path(stack_file).parent)
    return make_folders(folders)
