"""Turn synthesized stacks into what a Terraform team receives: clean JSON and a README.

Plain functions over parsed Terraform JSON and cdktf's manifest; no cdktf import.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..core.terraform_requirements import restore_required_version
from .stack_graph import creation_steps, imported_addresses, render_mermaid

CHECKOV_DIR = ".checkov"
"""Inside each stack directory: the guardrail rules as checkov custom policies, so that
a copy of the directory alone runs its README's commands."""
CHECKOV_CONFIG = ".checkov.yaml"
"""Inside each stack directory: checkov's settings, each skipped check with its reason."""
SKIPPED_CHECKS = {
    "CKV_ALI_27": (
        'checkov\'s "KMS key rotation enabled" fails every asymmetric key and every key '
        "with imported (EXTERNAL) material, which KMS cannot rotate. Guardrail KS-KMS-5 "
        "requires rotation on every key that can rotate, and the app refuses rotation "
        "where it is impossible, so this check only adds false positives."
    ),
}
"""checkov's own checks that the app's scan skips, with the reason a receiving team reads."""
IGNORED_FILES = (
    "*.tfstate",
    "*.tfstate.*",
    ".terraform/",
    "*.tfplan",
    "crash.log",
    "crash.*.log",
)
"""What Terraform writes into a stack directory and a repository must never hold."""

OWNED_LIST = ".kms-keystore-export"
"""Inside each stack directory: the files the export wrote, one a line; a re-export
replaces or removes only these."""

PROJECT_RELATIVE = "../../../"
"""How synthesized stacks (``cdktf.out/stacks/<stack>``) reach the project directory."""


PATH_ARGUMENTS = ("path", "private_key_data_file")
"""Arguments that hold a file path relative to the stack directory (local state, key files)."""


def _rewrite(value: Any, key: str | None = None) -> Any:
    if isinstance(value, dict):
        return {name: _rewrite(item, name) for name, item in value.items()}
    if isinstance(value, list):
        return [_rewrite(item, key) for item in value]
    if key in PATH_ARGUMENTS and isinstance(value, str) and value.startswith(PROJECT_RELATIVE):
        return value[len(PROJECT_RELATIVE) :]
    return value


def _strip_metadata(value: Any) -> Any:
    if isinstance(value, dict):
        cleaned = {}
        for key, item in value.items():
            if key == "//" and isinstance(item, dict):
                kept = {k: v for k, v in item.items() if k not in ("metadata", "outputs")}
                if kept:
                    cleaned[key] = kept
                continue
            cleaned[key] = _strip_metadata(item)
        return cleaned
    if isinstance(value, list):
        return [_strip_metadata(item) for item in value]
    return value


IMPORTS_FILE = "imports.tf.json"
"""Beside ``main.tf.json``: the stack's import blocks, when it has any."""
VERSIONS_FILE = "versions.tf.json"
"""Beside ``main.tf.json``: the Terraform version the stack needs, when it names one."""
CHECKOV_SKIPS = (IMPORTS_FILE, VERSIONS_FILE)
"""Files that checkov is told to skip: they hold only what its JSON parser cannot read."""


def _wrapped_comment(text: str, indent: str) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > 80:
            lines.append(f"{indent}# {line}")
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, f"{indent}# {line}"] if line else lines


def checkov_config(hcl: bool) -> str:
    """The stack directory's ``.checkov.yaml``: run ``checkov --config-file .checkov.yaml``.

    Framework, the guardrail policies beside it, the files checkov cannot parse, and
    each skipped check of checkov's own with the reason it is skipped.
    """
    lines = [
        "# checkov settings for this stack, the same the kms-keystore app's scan uses.",
        "# Run in this directory: checkov --config-file .checkov.yaml",
        "# (from another folder its paths name no files and no policies: it checks nothing)",
        "directory:",
        "  - .",
        "framework:",
        f"  - {'terraform' if hcl else 'terraform_json'}",
        "external-checks-dir:",
        f"  - {CHECKOV_DIR}/checks",
        "skip-download: true",
        "compact: true",
    ]
    lines += [
        "skip-path:",
        "  # the policies themselves are Python, not configuration",
        f"  - {CHECKOV_DIR}",
    ]
    if not hcl:
        lines += ["  # import blocks and the Terraform version: checkov's JSON parser cannot"]
        lines += ["  # read them (Terraform reads them together with main.tf.json)"]
        lines += [f"  - {name}" for name in CHECKOV_SKIPS]
    lines.append("skip-check:")
    for check_id, reason in sorted(SKIPPED_CHECKS.items()):
        lines += _wrapped_comment(reason, "  ")
        lines.append(f"  - {check_id}")
    return "\n".join(lines) + "\n"


KEY_FOLDER_NOTE = ".kms-keystore-key-folder"
"""A file the export writes in each client key folder of a stack: git keeps the folder."""


def key_folder_note() -> str:
    """The text of :data:`KEY_FOLDER_NOTE`."""
    return (
        "This folder receives client key files (private keys), written by Terraform once,\n"
        "when it creates each client key. Keep it, private to its owner (chmod 700), and\n"
        "keep the key files out of version control (.gitignore names them).\n"
    )


def _client_key_files(document: Mapping[str, Any]) -> list[str]:
    """The literal client key file paths of a stack, as written."""
    files = []
    for config in (document.get("resource", {}).get("alicloud_kms_client_key") or {}).values():
        path = config.get("private_key_data_file")
        if isinstance(path, str) and path and "${" not in path and not path.startswith(("/", "~")):
            files.append(path)
    return files


def _client_key_section(document: Mapping[str, Any]) -> list[str]:
    """README lines on the client key files: where they land, and that each folder must exist.

    The export writes :data:`KEY_FOLDER_NOTE` into each folder below the stack
    directory (git keeps no empty folder); a key file in the directory itself
    needs none.
    """
    files = _client_key_files(document)
    if not files:
        return []
    folders = []
    for folder in sorted({posixpath.dirname(path) for path in files}):
        if not folder:
            folders.append("- this directory")
        elif folder.startswith(".."):
            folders.append(f"- `{folder}/`, outside this directory: make it before apply")
        else:
            folders.append(f"- `{folder}/` (with `{KEY_FOLDER_NOTE}`, so that git keeps it)")
    return [
        "## Client keys",
        "",
        "Terraform writes the private key of each client key once, when it creates it, to:",
        "",
        *[f"- `{path}`" for path in files],
        "",
        "The provider ignores a failed write: if the folder is missing, the key exists in KMS",
        "with no copy of its private key anywhere. Before `terraform apply`, check that each",
        "folder exists and is private to its owner (`chmod 700`):",
        "",
        *folders,
        "",
        "The key files are in `.gitignore`: store them as you store any private key.",
        "",
    ]


def gitignore(
    document: Mapping[str, Any], stack_dir_name: str = ".", still_there: Sequence[str] = ()
) -> str:
    """The stack directory's ``.gitignore``: state, plans, ``.terraform`` and key files.

    The client key files hold private keys; the README says to keep the local state
    safe, and neither belongs in a repository. ``still_there``: the files the
    previous export's ``.gitignore`` named that are still in the directory (a key
    file of an application since removed): they stay ignored, since a re-export
    keeps them.
    """
    lines = ["# Written by Terraform, not by the export: keep them safe and out of git."]
    lines += [*IGNORED_FILES, CLIENT_KEY_PATTERN]
    lines += [gitignore_line(path) for path in _client_key_files(document)]
    lines += sorted(still_there)
    return "\n".join(dict.fromkeys(lines)) + "\n"


def gitignore_line(path: str) -> str:
    """The ``.gitignore`` line that names exactly the file at ``path`` (relative, POSIX).

    The path is normalised (``keys/../secrets/a.pem`` is ``secrets/a.pem``) and what
    git reads as a pattern is escaped with a backslash: backslashes, ``*``, ``?``,
    ``[``, ``]``, and spaces at the end, which git would drop.
    """
    name = posixpath.normpath(path)
    escaped = re.sub(r"([\\*?\[\]])", r"\\\1", name)
    stripped = escaped.rstrip(" ")
    return "/" + stripped + "\\ " * (len(escaped) - len(stripped))


CLIENT_KEY_PATTERN = "*.client-key.json"
"""The name the package gives a client key file by default (``<application>.client-key.json``)."""


def ignored_files_still_there(stack_dir: Path) -> list[str]:
    """The files (``/path`` lines) the ``.gitignore`` in ``stack_dir`` names that exist there."""
    try:
        text = (stack_dir / ".gitignore").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    root = stack_dir.resolve()
    kept = []
    for line in text.splitlines():
        if not line.startswith("/") or line.endswith("/"):
            continue
        raw = line[1:] if line.endswith("\\ ") else line[1:].rstrip(" ")  # as git reads it
        # then as older exports wrote it: the name as it is, trailing spaces unescaped
        for name in (re.sub(r"\\(.)", r"\1", raw), line[1:]):
            path = (stack_dir / name).resolve()
            if root in path.parents and path.is_file():  # named again as git reads names now
                kept.append(gitignore_line(path.relative_to(root).as_posix()))
                break
    return kept


def set_apart(document: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The stack without what checkov cannot parse, and that part as files of their own.

    checkov's ``terraform_json`` parser (3.3) raises on a top-level ``import`` list
    and on a plain string in the ``terraform`` block (``required_version``), and then
    checks nothing else in that file: it reports a parsing error instead. Terraform
    reads every ``*.tf.json`` file of a directory and merges ``terraform`` blocks,
    so the files together are the same configuration as the one they came from.
    """
    rest = {key: value for key, value in document.items() if key != "import"}
    apart: dict[str, dict[str, Any]] = {}
    if document.get("import"):
        apart[IMPORTS_FILE] = {"import": document["import"]}
    settings = document.get("terraform")
    if isinstance(settings, Mapping) and "required_version" in settings:
        rest["terraform"] = {k: v for k, v in settings.items() if k != "required_version"}
        apart[VERSIONS_FILE] = {"terraform": {"required_version": settings["required_version"]}}
    return rest, apart


def clean_document(document: Mapping[str, Any]) -> dict[str, Any]:
    """The stack as a Terraform team needs it.

    cdktf's construct metadata (``"//": {"metadata": ...}``) is dropped; guardrail
    suppressions, which reviewers need, stay. Paths that pointed from
    ``cdktf.out/stacks/<stack>`` to the project directory (local state, client
    key files) point into the exported stack directory instead.
    """
    return _rewrite(_strip_metadata(dict(document)))


def render_json(document: Mapping[str, Any]) -> str:
    """Deterministic JSON text: sorted keys, two-space indent, final newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def apply_order(manifest: Mapping[str, Any]) -> list[str]:
    """Stack names so that every stack comes after the stacks it depends on."""
    stacks = manifest.get("stacks", {})
    ordered: list[str] = []

    def visit(name: str, trail: tuple[str, ...]) -> None:
        if name in ordered:
            return
        if name in trail:
            raise ValueError(f"stack dependency cycle: {' -> '.join((*trail, name))}")
        for dependency in sorted(stacks.get(name, {}).get("dependencies", [])):
            visit(dependency, (*trail, name))
        ordered.append(name)

    for name in sorted(stacks):
        visit(name, ())
    return ordered


def _terraform_line(document: Mapping[str, Any]) -> str:
    """The Terraform the stack asks for (``terraform.required_version``), and why."""
    version = document.get("terraform", {}).get("required_version")
    if version is None:
        return "- Terraform 1.x (this stack holds no import or check block)"
    why = "an import block whose ID is a variable" if "1.6" in version else "import or check blocks"
    return f"- Terraform {version} ({why})"


def _backend_text(document: Mapping[str, Any]) -> str:
    terraform = document.get("terraform", {})
    if "cloud" in terraform:
        cloud = terraform["cloud"]
        workspace = cloud.get("workspaces", {}).get("name", "?")
        return (
            f"HCP Terraform: organization `{cloud.get('organization')}`, workspace "
            f"`{workspace}`. Run `terraform login` first."
        )
    backend = terraform.get("backend", {})
    if "oss" in backend:
        oss = backend["oss"]
        lock = (
            f", locked in Tablestore table `{oss['tablestore_table']}`"
            if oss.get("tablestore_table")
            else ", without locking"
        )
        return (
            f"OSS bucket `{oss.get('bucket')}`, object `{oss.get('prefix')}/{oss.get('key')}` in "
            f"`{oss.get('region')}`, encrypted{lock}."
        )
    path = backend.get("local", {}).get("path", "terraform.tfstate")
    return f"Local file `{path}` in this directory. Keep it safe: it is the only record."


def _table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> list[str]:
    if not rows:
        return ["None."]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def graph_section(document: Mapping[str, Any]) -> list[str]:
    """README lines: the stack's resources as a Mermaid diagram, then the steps in words."""
    steps = creation_steps(document)
    if not steps:
        return ["This stack declares no resources or data sources."]
    lines = [
        "Generated from the dependencies in the configuration (`depends_on` and references):",
        "an arrow points from a block to the blocks that wait for it.",
        "",
        "```mermaid",
        render_mermaid(document).rstrip("\n"),
        "```",
        "",
        "Terraform creates them in these steps (no order within a step), and destroys them",
        "in the reverse order:",
        "",
    ]
    imported = imported_addresses(document)
    for number, addresses in enumerate(steps, start=1):
        names = [
            f"`{a}`" + (" (imported, not created)" if a in imported else "") for a in addresses
        ]
        lines.append(f"{number}. " + ", ".join(names))
    return lines


def stack_readme(name: str, document: Mapping[str, Any], order: list[str], hcl: bool) -> str:
    """A README for one exported stack: order, requirements, backend, variables, outputs."""
    providers = document.get("terraform", {}).get("required_providers", {})
    provider_lines = [
        f"- `{spec.get('source', key)}` version `{spec.get('version', 'any')}`"
        for key, spec in sorted(providers.items())
    ]
    variables = [
        (
            f"`{var_name}`",
            str(spec.get("type", "any")),
            "yes" if spec.get("sensitive") else "no",
            spec.get("description", ""),
        )
        for var_name, spec in sorted(document.get("variable", {}).items())
    ]
    outputs = [
        (f"`{out_name}`", "yes" if spec.get("sensitive") else "no")
        for out_name, spec in sorted(document.get("output", {}).items())
    ]
    steps = [
        f"{index}. `{stack}`" + (" (this stack)" if stack == name else "")
        for index, stack in enumerate(order, start=1)
    ]
    config_file = "main.tf" if hcl else "main.tf.json"
    apart = {} if hcl else set_apart(document)[1]
    lines = [
        f"# Terraform stack `{name}`",
        "",
        f"`{config_file}` is the complete configuration of this stack, generated by the",
        "kms-keystore CDKTF app. Change the app, not this file, and export again.",
        *(
            [
                f"Beside it, {' and '.join(f'`{name}`' for name in apart)}: Terraform reads",
                "every `*.tf.json` here as one configuration. They hold what checkov's JSON",
                "parser cannot read (import blocks, the Terraform version), kept apart for it.",
            ]
            if apart
            else []
        ),
        "",
        "## Apply order",
        "",
        *steps,
        "",
        "Apply each stack only after the ones before it; destroy in the reverse order.",
        "",
        "## Resources and the order Terraform creates them",
        "",
        *graph_section(document),
        "",
        "## Requirements",
        "",
        _terraform_line(document),
        *provider_lines,
        "- Network access to the Terraform registry and to Alibaba Cloud's APIs",
        "- Credentials from the environment (`ALIBABA_CLOUD_ACCESS_KEY_ID`,",
        "  `ALIBABA_CLOUD_ACCESS_KEY_SECRET`) or the profile / assumed role in the provider block",
        "",
        "## State",
        "",
        _backend_text(document),
        "",
        "## Variables",
        "",
        "Give each one with `-var` or `TF_VAR_<name>`; sensitive values never belong in files.",
        "",
        *_table(variables, ("name", "type", "sensitive", "meaning")),
        "",
        "## Outputs",
        "",
        *_table(outputs, ("name", "sensitive")),
        "",
        "## Run",
        "",
        "```sh",
        "terraform init",
        "terraform plan -out plan.tfplan",
        "terraform apply plan.tfplan",
        "```",
        "",
        *_client_key_section(document),
        "## Guardrails in your own pipeline",
        "",
        f"`{CHECKOV_DIR}/` holds the app's guardrail rules (KS-*) as checkov custom policies:",
        "the same rule functions the app runs on every synth, copied, not rewritten.",
        "A rule waived in the app (`guardrail_suppressions` under a block's `//`) is reported",
        f"as skipped. `{CHECKOV_CONFIG}` names them, the files checkov cannot parse, and each",
        "of checkov's own checks that is skipped, with the reason. With checkov 3 on",
        "Python 3.11 or newer, in this directory (its paths are relative to where checkov",
        "runs: from another folder it finds no files and no policies, and reports nothing):",
        "",
        "```sh",
        f"checkov --config-file {CHECKOV_CONFIG}",
        *(["terraform fmt -check"] if hcl else []),
        "```",
        "",
        "`.gitignore` keeps state, plans, `.terraform/` and client key files out of git.",
        "Exporting again replaces only the files the export wrote (listed in",
        f"`{OWNED_LIST}`); state, `.terraform/`, lock and key files stay as they are.",
        "",
    ]
    return "\n".join(lines)


def _hcl_value(value: Any, indent: str) -> str:
    if isinstance(value, str):
        if value.startswith("${") and value.endswith("}") and value.count("${") == 1:
            return value[2:-1]
        return json.dumps(value, ensure_ascii=False).replace("${", "$${")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_hcl_value(item, indent) for item in value) + "]"
    if isinstance(value, dict):
        inner = indent + "  "
        body = "".join(
            f"{inner}{json.dumps(k)} = {_hcl_value(v, inner)}\n" for k, v in value.items()
        )
        return "{\n" + body + indent + "}"
    return "null"


def render_check_blocks(document: Mapping[str, Any]) -> str:
    """HCL for the ``check`` blocks of a stack (cdktf's HCL output leaves them out)."""
    parts = []
    for name, check in document.get("check", {}).items():
        lines = [f'check "{name}" {{']
        for type_name, blocks in check.get("data", {}).items():
            for data_name, config in blocks.items():
                lines.append(f'  data "{type_name}" "{data_name}" {{')
                lines += [f"    {k} = {_hcl_value(v, '    ')}" for k, v in config.items()]
                lines.append("  }")
        for assertion in check.get("assert", []):
            lines.append("  assert {")
            lines += [f"    {k} = {_hcl_value(v, '    ')}" for k, v in assertion.items()]
            lines.append("  }")
        lines.append("}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + ("\n" if parts else "")


def clean_hcl(text: str) -> str:
    """Point project-relative paths in cdktf's HCL output into the exported directory."""
    return text.replace(f'"{PROJECT_RELATIVE}', '"')


_QUOTED_DEPENDS = re.compile(r"((?:depends_on|ignore_changes) = \[)(.*?)(\])", re.DOTALL)
_CONDITION_LIST = re.compile(
    r"^(?P<indent>[ \t]*)(?P<kind>postcondition|precondition) = \[\n(?P<body>.*?)\n[ \t]*\]\n",
    re.DOTALL | re.MULTILINE,
)


def _unquote_references(match: re.Match[str]) -> str:
    body = re.sub(r'"([A-Za-z0-9_.-]+)"', r"\1", match.group(2))
    return match.group(1) + body + match.group(3)


def _condition_blocks(match: re.Match[str]) -> str:
    indent, kind = match.group("indent"), match.group("kind")
    blocks = []
    for item in re.findall(r"\{\n(.*?)\n[ \t]*\},?", match.group("body"), re.DOTALL):
        lines = [line.strip() for line in item.splitlines() if line.strip()]
        inner = "".join(f"{indent}  {line}\n" for line in lines)
        blocks.append(f"{indent}{kind} {{\n{inner}{indent}}}\n")
    return "".join(blocks)


def repair_required_version(text: str, document: Mapping[str, Any]) -> str:
    """Put back ``required_version``: cdktf 0.21 renders it as ``0 = "required_version"``."""
    version = document.get("terraform", {}).get("required_version")
    if version is None:
        return text
    return restore_required_version(text, version)


def repair_cdktf_hcl(text: str) -> str:
    """Fix two defects of cdktf 0.21's HCL renderer so that Terraform accepts the result.

    It quotes ``depends_on`` and ``ignore_changes`` references (deprecated since
    Terraform 0.12) and
    writes ``postcondition``/``precondition`` as a list attribute instead of blocks.
    """
    text = _QUOTED_DEPENDS.sub(_unquote_references, text)
    return _CONDITION_LIST.sub(_condition_blocks, text)


def _skip_string(text: str, i: int) -> int:
    """Index just past the string literal that opens at ``text[i] == '"'``."""
    i += 1
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == '"':
            return i + 1
        if text.startswith("$${", i) or text.startswith("%%{", i):
            i += 3
            continue
        if text.startswith("${", i) or text.startswith("%{", i):
            i = _skip_expression(text, i + 2)
            continue
        i += 1
    return i


def _skip_expression(text: str, i: int) -> int:
    """Index just past the ``}`` that closes an expression whose body starts at ``i``."""
    depth = 1
    while i < len(text):
        char = text[i]
        if char == '"':
            i = _skip_string(text, i)
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def unwrap_interpolations(text: str) -> str:
    """``"${expression}"`` written as ``expression``, as ``terraform fmt`` writes it.

    Only a string that holds one interpolation and nothing else is unwrapped (its
    value is the expression's, of any type); every other string stays as it is.
    """
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "#" or text.startswith("//", i):
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            out.append(text[i:end])
            i = end
            continue
        if text[i] != '"':
            out.append(text[i])
            i += 1
            continue
        end = _skip_string(text, i)
        literal = text[i:end]
        if literal.startswith('"${') and _skip_expression(literal, 3) == len(literal) - 1:
            literal = literal[3:-2]
        out.append(literal)
        i = end
    return "".join(out)


_OPENS_OBJECT = re.compile(r"= \{$")
_OPENS_BLOCK = re.compile(r"\{$")
_BARE_KEY = re.compile(r'^(?P<indent>\s*)(?P<key>[^\s"=#][^\s=]*)(?P<gap>\s*)=(?P<rest>.*)$')


def quote_object_keys(text: str) -> str:
    """Every key of an object value (such as ``tags = {...}``) written as a quoted string.

    cdktf's renderer leaves keys bare, and a bare key is read as an expression: ``for``
    opens a ``for`` expression and ``-x`` is a negation, so such tag keys made invalid
    HCL. A quoted key is always the literal text.
    """
    lines = text.split("\n")
    kinds: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if kinds and kinds[-1] == "object":
            match = _BARE_KEY.match(line)
            if match and stripped not in ("}", "},"):
                key = match["key"]
                line = f'{match["indent"]}"{key}"{match["gap"]}={match["rest"]}'
                lines[index] = line
        if stripped.startswith("}") and kinds:
            kinds.pop()
        if _OPENS_OBJECT.search(stripped):
            kinds.append("object")
        elif _OPENS_BLOCK.search(stripped) and not stripped.startswith("}"):
            kinds.append("block")
    return "\n".join(lines)


def skip_comments(text: str, document: Mapping[str, Any]) -> str:
    """Each guardrail suppression as a ``checkov:skip`` comment inside its block.

    HCL has no ``//`` key to carry ``guardrail_suppressions``; checkov reads the
    comment instead and reports the rule as skipped, with the app's reason, as it
    does for the JSON form.
    """
    for section, keyword in (("resource", "resource"), ("data", "data")):
        for type_name, blocks in (document.get(section) or {}).items():
            for name, config in blocks.items():
                waived = ((config or {}).get("//") or {}).get("guardrail_suppressions") or {}
                if not waived:
                    continue
                opening = f'{keyword} "{type_name}" "{name}" {{\n'
                comments = "".join(
                    f"  # checkov:skip={rule}:{' '.join(str(reason).split())}\n"
                    for rule, reason in sorted(waived.items())
                )
                text = text.replace(opening, opening + comments, 1)
    return text


def finish_hcl(text: str, document: Mapping[str, Any]) -> str:
    """Cdktf's HCL made into what ``terraform fmt -check`` and ``validate`` accept unchanged.

    Paths point into the export, cdktf's defects are repaired, check blocks and
    guardrail suppressions are added, object keys quoted and interpolation-only
    strings unwrapped; the formatter that follows aligns the result.
    """
    text = repair_required_version(repair_cdktf_hcl(clean_hcl(text)), document)
    text += "\n" + render_check_blocks(document)
    text = quote_object_keys(unwrap_interpolations(text))
    return skip_comments(text, document)
