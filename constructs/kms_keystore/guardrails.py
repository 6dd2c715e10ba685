"""Guardrails as a CDKTF aspect: every rule runs on every synthesized block.

Errors stop the synth (nothing is written); warnings are printed. A rule can be
suppressed for one construct and everything below it, with a reason that is
recorded in the synthesized JSON under the block's ``"//"`` comment key.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import jsii

from constructs import Construct, IConstruct

from .cdk import (
    Aspects,
    IAspect,
    TerraformDataSource,
    TerraformProvider,
    TerraformResource,
    TerraformStack,
)
from .core.guardrail_rules import MIN_REASON_LENGTH, RULES, RULES_BY_ID, Level
from .core.problems import GuardrailProblem

_SUPPRESSIONS = "_kms_keystore_suppressions"
_FINDINGS = "_kms_keystore_findings"


@dataclass(frozen=True)
class Finding:
    """One rule that fired on one block."""

    rule_id: str
    level: Level
    path: str
    reason: str
    explanation: str

    def __str__(self) -> str:
        return f"[{self.rule_id}] {self.path}: {self.reason}. {self.explanation}"


def suppress(scope: Construct, rule_id: str, reason: str) -> None:
    """Waive ``rule_id`` for ``scope`` and every construct below it, saying why.

    :raises ValueError: for an unknown rule ID or a reason shorter than 20 characters.
    """
    if rule_id not in RULES_BY_ID:
        raise ValueError(f"unknown guardrail rule {rule_id!r}; known: {', '.join(RULES_BY_ID)}")
    if not isinstance(reason, str) or len(reason.strip()) < MIN_REASON_LENGTH:
        raise ValueError(
            f"suppressing {rule_id} on {scope.node.path} needs a reason of at least "
            f"{MIN_REASON_LENGTH} characters"
        )
    scope.__dict__.setdefault(_SUPPRESSIONS, {})[rule_id] = reason.strip()


def _suppression(node: IConstruct, rule_id: str) -> str | None:
    current: IConstruct | None = node
    while current is not None:
        reason = current.__dict__.get(_SUPPRESSIONS, {}).get(rule_id)
        if reason:
            return reason
        current = current.node.scope
    return None


def _block(node: IConstruct) -> tuple[str, dict] | None:
    """(type, configuration) of a resource, data source or provider; None for others."""
    if isinstance(node, TerraformResource | TerraformDataSource):
        rendered = node.to_terraform()
        section = rendered.get("resource") or rendered.get("data") or {}
        for type_name, by_name in section.items():
            for config in by_name.values():
                return type_name, config
    if isinstance(node, TerraformProvider):
        rendered = node.to_terraform()
        for type_name, configs in rendered.get("provider", {}).items():
            return f"provider.{type_name}", configs[0] if configs else {}
    return None


@jsii.implements(IAspect)
class GuardrailAspect:
    """Runs every rule of :data:`kms_keystore.core.guardrail_rules.RULES` on each block."""

    def __init__(self, stack: TerraformStack) -> None:
        self.stack = stack
        stack.__dict__.setdefault(_FINDINGS, [])

    def visit(self, node: IConstruct) -> None:
        """Check one construct (called by cdktf for every construct of the stack)."""
        block = _block(node)
        if block is None:
            return
        type_name, config = block
        recorded: dict[str, str] = {}
        for rule in RULES:
            reason = rule.check(type_name, config)
            if reason is None:
                continue
            waived = _suppression(node, rule.id)
            if waived:
                recorded[rule.id] = waived
                continue
            self.stack.__dict__[_FINDINGS].append(
                Finding(rule.id, rule.level, node.node.path, reason, rule.explanation)
            )
        if recorded and isinstance(node, TerraformResource | TerraformDataSource):
            node.add_override("//.guardrail_suppressions", recorded)


def apply_guardrails(stack: TerraformStack) -> None:
    """Attach the guardrail aspect to ``stack`` (the library's stacks do this themselves)."""
    Aspects.of(stack).add(GuardrailAspect(stack))


def findings_of(scope: Construct) -> list[Finding]:
    """Findings of every stack under ``scope`` (an app), after synth."""
    found: list[Finding] = []
    for child in scope.node.find_all():
        found.extend(child.__dict__.get(_FINDINGS, []))
    return found


def report_findings(scope: Construct) -> list[GuardrailProblem]:
    """Print warnings to stderr; return errors as problems (which stop the synth)."""
    errors = []
    for finding in findings_of(scope):
        if finding.level is Level.WARNING:
            print(f"kms-keystore: warning {finding}", file=sys.stderr)
        else:
            errors.append(
                GuardrailProblem(finding.path, finding.rule_id, finding.reason, finding.explanation)
            )
    return errors
