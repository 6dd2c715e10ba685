"""Review of the configuration a team deploys: what its change grants, buys and replaces.

The team commits one review file per stack (``kms-review/<stack>.txt``): the stack's
permissions, its paid and protected resources with the arguments that cost money or
decide their fate, and its blocks and creation order, one line each. A pull request
that changes the deployment changes these files, so a reviewer sees the change in
the diff; :func:`review_deployment` compares the configuration in effect with them
and names, above everything else, what a reviewer must not miss: a newly granted
wildcard or ``*`` resource, a purchase, an upgrade, a renewal change, and a
replacement (or removal) of a paid or protected resource.

Which arguments force a replacement is the provider's ``ForceNew`` (aliyun/alicloud
1.283.0, ``alicloud/resource_alicloud_kms_instance.go``, ``..._kms_key.go``,
``..._kms_secret.go``, ``..._kms_client_key.go``, each ``resourceAliCloudKms*``
schema): rule API-60 of docs/alibaba-cloud-facts.md.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .policy_review import stack_policies
from .stack_graph import graph_lines, imported_addresses

REVIEW_DIR = "kms-review"
"""In the project (the team's repository): one committed review file per stack."""

PAID = {
    "alicloud_kms_instance": {
        "money": ("payment_type", "product_version", "spec", "key_num", "secret_num", "vpc_num"),
        "renewal": ("period", "renew_status", "renew_period", "renewal_period_unit"),
        "replaces": ("payment_type", "vpc_id", "vswitch_ids", "zone_ids"),
        "what": "KMS instance (billed)",
    },
}
"""Resources that cost money: the arguments that set the bill, the renewal, and ForceNew."""

PROTECTED = {
    "alicloud_kms_key": {
        "replaces": ("dkms_instance_id", "key_spec", "key_usage", "origin", "protection_level"),
        "what": "KMS key (data encrypted under it is lost with it)",
    },
    "alicloud_kms_secret": {
        "replaces": (
            "secret_name",
            "secret_type",
            "encryption_key_id",
            "dkms_instance_id",
            "extended_config",
        ),
        "what": "KMS secret",
    },
    "alicloud_kms_client_key": {
        "replaces": ("aap_name", "not_after", "not_before", "password", "private_key_data_file"),
        "what": "client key (its private key file is written once)",
    },
}
"""Resources whose loss loses data or access: the arguments that force a replacement."""

_SHOWN = {
    **{t: (*s["money"], *s["renewal"], *s["replaces"]) for t, s in PAID.items()},
    **{t: s["replaces"] for t, s in PROTECTED.items()},
}


def _value(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def resource_lines(document: Mapping[str, Any]) -> list[str]:
    """One line per argument that matters of each paid or protected resource."""
    imported = imported_addresses(document)
    lines = []
    for type_name, shown in sorted(_SHOWN.items()):
        for name, config in sorted((document.get("resource", {}).get(type_name) or {}).items()):
            address = f"{type_name}.{name}"
            origin = "imported" if address in imported else "created"
            lines.append(f"resource {address} ({origin})")
            lines += [
                f"resource {address} {key} = {_value(config[key])}"
                for key in shown
                if key in config
            ]
    return lines


def review_lines(stack: str, document: Mapping[str, Any]) -> list[str]:
    """The review file of one stack: permissions, paid and protected resources, graph."""
    lines = [
        f"permission {policy}: {line}"
        for policy, permission_lines in sorted(stack_policies(stack, document).items())
        for line in permission_lines
    ]
    lines += resource_lines(document)
    lines += [f"graph {line}" for line in graph_lines(document)]
    return lines


def render_review_file(stack: str, lines: list[str]) -> str:
    """The committed text of one stack's review file."""
    head = (
        f"# kms-keystore review of stack {stack}: regenerate with `make review ACCEPT=1`\n"
        "# and commit it with the change; the pull request's diff shows what changed.\n"
    )
    return head + "".join(f"{line}\n" for line in lines)


def read_review_file(text: str) -> list[str]:
    """Lines of a committed review file (comments and blank lines dropped)."""
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass
class Finding:
    """One thing a reviewer must not miss."""

    kind: str
    """``wildcard``, ``purchase``, ``upgrade``, ``renewal``, ``replacement``, ``removal``."""
    stack: str
    subject: str
    """The policy or resource address."""
    detail: str


@dataclass
class StackReview:
    """One stack's change against its committed review file."""

    stack: str
    new: bool
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def _parse_resource(line: str) -> tuple[str, str | None, str | None]:
    """(address, argument or None, value or None) of a ``resource`` line."""
    rest = line[len("resource ") :]
    address, _, tail = rest.partition(" ")
    if tail.startswith("("):
        return address, None, tail.strip("()")
    argument, _, value = tail.partition(" = ")
    return address, argument, value


def _resources(lines: list[str]) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for line in lines:
        if not line.startswith("resource "):
            continue
        address, argument, value = _parse_resource(line)
        entry = found.setdefault(address, {})
        entry[argument or "(origin)"] = value or ""
    return found


def _is_wildcard(permission: str) -> bool:
    """Whether an ``Allow <action> on <resource>`` line grants a pattern."""
    body = permission.partition(": ")[2]
    if not body.startswith("Allow "):
        return False
    action, _, resource = body[len("Allow ") :].partition(" on ")
    resource = resource.split(" when ", 1)[0]
    return "*" in action or "*" in resource


def compare_stack(stack: str, before: list[str] | None, after: list[str]) -> StackReview:
    """What changed in one stack, with the findings a reviewer must not miss."""
    old = before or []
    review = StackReview(
        stack=stack,
        new=before is None,
        added=[line for line in after if line not in set(old)],
        removed=[line for line in old if line not in set(after)],
    )
    for line in review.added:
        if line.startswith("permission ") and _is_wildcard(line):
            policy, _, grant = line[len("permission ") :].partition(": ")
            review.findings.append(Finding("wildcard", stack, policy, f"newly granted: {grant}"))
    was, now = _resources(old), _resources(after)
    for address in sorted(set(was) | set(now)):
        type_name = address.split(".", 1)[0]
        spec = PAID.get(type_name) or PROTECTED.get(type_name) or {}
        what = spec.get("what", type_name)
        if address not in now:
            review.findings.append(
                Finding("removal", stack, address, f"{what} leaves the configuration: destroyed")
            )
            continue
        if address not in was:
            imported = now[address].get("(origin)") == "imported"
            kind = "purchase" if type_name in PAID and not imported else "creation"
            settings = ", ".join(f"{k} = {v}" for k, v in now[address].items() if k != "(origin)")
            verb = "adopted (import)" if imported else "created"
            if kind == "purchase":
                verb = "bought"
            review.findings.append(Finding(kind, stack, address, f"{what} {verb}: {settings}"))
            continue
        for argument in sorted(set(was[address]) | set(now[address])):
            if argument == "(origin)" or was[address].get(argument) == now[address].get(argument):
                continue
            change = f"{argument}: {was[address].get(argument, '(unset)')} -> "
            change += now[address].get(argument, "(unset)")
            if argument in spec.get("replaces", ()):
                kind, detail = "replacement", f"{what} destroyed and created again ({change})"
            elif argument in spec.get("renewal", ()):
                kind, detail = "renewal", change
            else:
                kind, detail = "upgrade", change
            review.findings.append(Finding(kind, stack, address, detail))
    return review


@dataclass
class DeploymentReview:
    """The configuration in effect against the committed review files."""

    stacks: list[StackReview]
    stale: list[str]
    """Committed review files of stacks the configuration no longer has."""

    @property
    def changed(self) -> bool:
        """Whether anything differs from the committed files."""
        return bool(self.stale) or any(s.added or s.removed or s.new for s in self.stacks)

    @property
    def findings(self) -> list[Finding]:
        """Every finding of every stack."""
        return [f for s in self.stacks for f in s.findings]


def committed_reviews(project_dir: Path) -> dict[str, list[str]]:
    """The committed review files, by stack."""
    folder = project_dir / REVIEW_DIR
    if not folder.is_dir():
        return {}
    return {
        path.stem: read_review_file(path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.txt"))
    }


def review_deployment(
    documents: Mapping[str, Mapping[str, Any]], project_dir: Path
) -> DeploymentReview:
    """Compare synthesized stacks (by stack name) with ``kms-review/`` in ``project_dir``."""
    pinned = committed_reviews(project_dir)
    stacks = [
        compare_stack(stack, pinned.get(stack), review_lines(stack, document))
        for stack, document in sorted(documents.items())
    ]
    return DeploymentReview(stacks, sorted(set(pinned) - set(documents)))


def accept(documents: Mapping[str, Mapping[str, Any]], project_dir: Path) -> list[Path]:
    """Write the review files of the configuration in effect; remove those of gone stacks."""
    folder = project_dir / REVIEW_DIR
    folder.mkdir(exist_ok=True)
    written = []
    for stack, document in sorted(documents.items()):
        path = folder / f"{stack}.txt"
        text = render_review_file(stack, review_lines(stack, document))
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    for path in sorted(folder.glob("*.txt")):
        if path.stem not in documents:
            path.unlink()
            written.append(path)
    return written


_TITLES = {
    "wildcard": "Newly granted wildcard or `*` resource",
    "purchase": "Purchase",
    "upgrade": "Upgrade or downgrade (billed)",
    "renewal": "Renewal change",
    "replacement": "Replacement of a paid or protected resource",
    "removal": "Removal of a paid or protected resource",
    "creation": "New protected resource",
}


def as_text(review: DeploymentReview) -> str:
    """Plain text for a terminal."""
    lines = []
    for finding in review.findings:
        title = _TITLES[finding.kind].upper()
        lines.append(f"{title}: {finding.stack}: {finding.subject}: {finding.detail}")
    for stack in review.stacks:
        if not (stack.added or stack.removed):
            continue
        lines.append(f"{stack.stack}:" + (" (no review file committed yet)" if stack.new else ""))
        lines += [f"  - {line}" for line in stack.removed]
        lines += [f"  + {line}" for line in stack.added]
    lines += [f"{name}: stack gone; remove {REVIEW_DIR}/{name}.txt" for name in review.stale]
    return "\n".join(lines) + ("\n" if lines else "")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def as_markdown(review: DeploymentReview) -> str:
    """Markdown for a pull-request comment: findings first, then each stack's diff."""
    lines = ["## kms-keystore review", ""]
    if not review.changed:
        return "\n".join([*lines, "No change against the committed review files.", ""])
    if review.findings:
        lines += ["| | stack | what | change |", "| --- | --- | --- | --- |"]
        lines += [
            f"| **{_TITLES[f.kind]}** | `{f.stack}` | `{_cell(f.subject)}` | {_cell(f.detail)} |"
            for f in review.findings
        ]
        lines.append("")
    for stack in review.stacks:
        if not (stack.added or stack.removed):
            continue
        new = " (new: no review file committed yet)" if stack.new else ""
        lines += [f"### `{stack.stack}`{new}", "", "```diff"]
        lines += [f"- {line}" for line in stack.removed]
        lines += [f"+ {line}" for line in stack.added]
        lines += ["```", ""]
    for name in review.stale:
        lines += [f"Stack `{name}` is gone: remove `{REVIEW_DIR}/{name}.txt`.", ""]
    return "\n".join(lines)


def as_json(review: DeploymentReview) -> str:
    """JSON for tools: findings and each stack's added and removed lines."""
    payload = {
        "changed": review.changed,
        "findings": [asdict(f) for f in review.findings],
        "stacks": [asdict(s) for s in review.stacks],
        "stale": review.stale,
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
