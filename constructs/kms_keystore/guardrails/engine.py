"""Guardrails: every rule runs on every block of every synthesized stack, in plain Python.

After ``app.synth()`` (into the staging directory, before it replaces the
output), :func:`check_synthesized` reads each stack's ``cdk.tf.json`` and runs
:data:`kms_keystore.guardrails.rules.RULES` on each block: resources, data
sources, providers, backend, variables, outputs, locals and check blocks. Nothing
crosses into Node per construct: a resource's path is in its ``"//"`` metadata,
and the construct tree is asked for a path only when a rule fires on a block
without one.

Errors stop the synth (nothing is written); warnings are printed. A rule can be
suppressed for one construct and everything below it, with a reason that is
recorded in the synthesized JSON under the block's ``"//"`` key (for blocks
without their own ``"//"``, under the stack's). A suppression that waives nothing
is an error, so stale ones do not pile up.
"""

from __future__ import annotations

import functools
import marshal
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsii

from constructs import Construct, IConstruct, IValidation

from ..core import stable_json
from ..core.problems import Checker, GuardrailProblem, Problem, show_value
from ..core.records import Record, record
from ..core.rules import shown_kind
from ..core.terraform_values import named_items
from ..framework.cdk import (
    App,
    TerraformBackend,
    TerraformLocal,
    TerraformModule,
    TerraformOutput,
    TerraformProvider,
    TerraformStack,
    TerraformVariable,
)
from ..framework.validation import HIDDEN_ID, app_of, visible_path
from .rules import RULES_BY_ID, Level, Rule, one_block_at_a_time, reason_problem, rules_for
from .secret_scan import is_plain_metadata, secrets_through_defaults

_REGISTRY = "_kms_keystore_suppressions"
_FINDINGS = "_kms_keystore_findings"
RECORD_KEY = "guardrail_suppressions"
"""Key under ``"//"`` where waived rules and their reasons are recorded."""


@record
class Finding(Record):
    """One rule that fired on one block."""

    rule_id: str
    level: Level
    path: str
    reason: str
    explanation: str

    def __str__(self) -> str:
        return f"[{self.rule_id}] {self.path}: {self.reason}. {self.explanation}"


class _Suppression:
    """One waiver registered on the app; ``path`` and ``waived`` are set at each check."""

    __slots__ = ("path", "reason", "rule_id", "scope", "waived", "where")

    def __init__(self, scope: IConstruct, rule_id: str, reason: str, where: str | None) -> None:
        self.scope = scope
        self.rule_id = rule_id
        self.reason = reason
        self.where = where  # a configuration location, for messages; None when in code
        self.path = ""
        self.waived = 0


def suppress(scope: Construct, rule_id: str, reason: str, *, where: str | None = None) -> None:
    """Waive ``rule_id`` for ``scope`` and every construct below it, saying why.

    :param where: where the suppression was written (for messages), when not in code.
    :raises ValueError: for an unknown rule ID, or a reason that is not at least
        20 visible characters on one line without credentials.
    """
    if not isinstance(scope, Construct):
        raise ValueError(
            f"suppressing {rule_id!r} needs the construct (or App) it applies to as scope, "
            f"not {show_value(shown_kind(scope))}"
        )
    if where is not None and not isinstance(where, str):
        raise ValueError(f"suppressing {rule_id!r}: where is None or text, not {show_value(where)}")
    if not isinstance(rule_id, str) or rule_id not in RULES_BY_ID:
        shown = show_value(shown_kind(rule_id))
        raise ValueError(f"unknown guardrail rule {shown}; known: {', '.join(RULES_BY_ID)}")
    problem = reason_problem(reason)
    if problem:
        raise ValueError(f"suppressing {rule_id} needs {problem}")
    registry = _root(scope).__dict__.setdefault(_REGISTRY, [])
    registry.append(_Suppression(scope, rule_id, reason.strip(), where))


_PENDING = "_kms_keystore_pending_suppressions"
"""On the app: the deployments' suppressions to place once every stack exists."""


def defer_suppressions(scope: Construct, suppressions: object, where: str, field: str) -> Checker:
    """Note a deployment's ``suppressions`` for :func:`place_pending_suppressions`.

    They are placed when the app is complete (:func:`kms_keystore.app.build.synthesize`
    does it first), so that a path may name a stack made later. Items of the
    wrong kind are recorded on the checker returned now; one suppression given
    twice (two deployments sharing it) is placed once.
    """
    from ..config.model import SuppressionSpec

    check = Checker(where)
    pending: dict[tuple[str, str, str], tuple[str, str]] = _root(scope).__dict__.setdefault(
        _PENDING, {}
    )
    if not isinstance(suppressions, list | tuple):
        check.fail(field, shown_kind(suppressions), "a list of SuppressionSpec")
        return check
    for index, item in enumerate(suppressions):
        if not isinstance(item, SuppressionSpec):
            check.fail(f"{field}[{index}]", shown_kind(item), "a SuppressionSpec")
            continue
        pending.setdefault((item.path, item.rule, item.reason), (where, f"{field}[{index}]"))
    root = _root(scope)
    if pending and _PLACED_AT_SYNTH not in root.__dict__ and not isinstance(scope, App):
        # app.synth() without synthesize(): they are placed, and refused, as it validates
        root.__dict__[_PLACED_AT_SYNTH] = True
        scope.node.add_validation(_PlacePending(root))
    return check


_PLACED_AT_SYNTH = "_kms_keystore_suppressions_placed_at_synth"


@jsii.implements(IValidation)
class _PlacePending:
    """The node validation that places the pending suppressions when ``app.synth()`` runs."""

    def __init__(self, root: IConstruct) -> None:
        self._root = root

    def validate(self) -> list[str]:
        """Place them (once every construct exists); one line per problem."""
        return [str(problem) for problem in place_pending_suppressions(self._root)]  # type: ignore[arg-type]


def has_pending_suppressions(scope: IConstruct) -> bool:
    """Whether the app of ``scope`` holds suppressions noted and not placed yet."""
    return bool(_root(scope).__dict__.get(_PENDING))


def place_pending_suppressions(app: Construct) -> list[Problem]:
    """:func:`suppress` each noted suppression where its path points; the problems.

    Paths start at the app (``stack/construct/...``), as in configuration: a path
    that names no construct, an unknown rule or a short reason is a problem.
    """
    problems: list[Problem] = []
    pending = _root(app).__dict__.pop(_PENDING, {})
    for (path, rule, reason), (where, field) in pending.items():
        check = Checker(where)
        target = find_by_path(_root(app), path)
        if target is None:
            check.fail(f"{field}.path", path, "the path of a construct in this app")
        else:
            try:
                suppress(target, rule, reason, where=f"{where}: {field}")  # type: ignore[arg-type]
            except ValueError as err:
                check.fail(field, f"{rule}: {reason!r}", str(err))
        problems += check.problems
    return problems


def _root(scope: IConstruct) -> IConstruct:
    """The app of ``scope``; no call into Node when ``scope`` is the app already."""
    return app_of(scope)  # type: ignore[arg-type]


def apply_guardrails(stack: TerraformStack) -> None:
    """Does nothing; kept so that existing callers still import.

    The guardrails no longer attach to a stack: they run over every synthesized
    stack when the app is synthesized with :func:`kms_keystore.app.build.synthesize`
    (``make synth`` does). A hand-built app that calls ``app.synth()`` itself
    gets no guardrail check; call ``synthesize(app)`` instead.
    """


class _Block:
    """One block of a synthesized stack that a rule fired on.

    ``type_name`` is what a rule sees (``alicloud_kms_instance``,
    ``provider.alicloud``, ``variable``...), ``address`` the Terraform address
    (``alicloud_kms_instance.Instance_C1063A87``). ``path``, the construct path,
    is found only when a rule fires (:func:`_path_of`); ``described`` says whether
    the block is a resource or data source, whose ``"//"`` metadata may name it.
    """

    __slots__ = ("address", "config", "described", "path", "type_name")

    def __init__(
        self, type_name: str, address: str, config: dict[str, Any], described: bool
    ) -> None:
        self.type_name = type_name
        self.address = address
        self.config = config
        self.described = described
        self.path: str | None = None


_BlockEntry = tuple[str, str, dict[str, Any], bool]
"""A block as :func:`terraform_blocks` lists it: its ``type_name``, ``address``, ``config`` and
whether it is ``described`` (see :class:`_Block`, made only for a block a rule fires on)."""


def _bodies(by_name: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each named block body; Terraform JSON may give a body as a list of objects.

    A body that is neither is judged as an empty object, so that every rule that
    needs an argument to be set fires on it.
    """
    for name, body in by_name.items() if isinstance(by_name, dict) else []:
        items = body if isinstance(body, list) else [body]
        for item in items or [{}]:
            yield name, item if isinstance(item, dict) else {}


def terraform_blocks(document: dict[str, Any]) -> list[_BlockEntry]:
    """Every block of ``document``, in the order rules are asked about them.

    cdktf writes each section as an object; Terraform's JSON syntax also takes a
    list of objects there (:func:`named_items`), whose blocks are judged alike.
    """
    found: list[_BlockEntry] = []
    for section, blocks_of in _SECTION_BLOCKS.items():
        value = document.get(section)
        if value is not None:  # a section of None holds no block
            blocks_of(section, value, found.append)
    return found


def section_blocks(section: str, value: Any) -> list[_BlockEntry]:
    """The blocks of one top-level ``section`` holding ``value``.

    They are those :func:`terraform_blocks` lists for a document that holds only
    that section.
    """
    found: list[_BlockEntry] = []
    blocks_of = _SECTION_BLOCKS.get(section)
    if blocks_of is not None:
        blocks_of(section, value, found.append)
    return found


_Add = Callable[[_BlockEntry], None]


def _resources(section: str, by_type: Any, add: _Add) -> None:
    prefix = "data." if section == "data" else ""
    for type_name, by_name in by_type.items() if type(by_type) is dict else named_items(by_type):
        head = f"{prefix}{type_name}."
        for name, body in by_name.items() if type(by_name) is dict else named_items(by_name):
            if type(body) is dict:  # as cdktf writes them: one object each
                add((type_name, head + name, body, True))
                continue
            for _, config in _bodies({name: body}):
                add((type_name, head + name, config, True))


def _providers(_: str, value: Any, add: _Add) -> None:
    for type_name, configs in named_items(value):
        for index, config in enumerate(configs if type(configs) is list else [configs]):
            add((f"provider.{type_name}", f"provider.{type_name}[{index}]", _object(config), False))


def _terraform(_: str, value: Any, add: _Add) -> None:
    for terraform in _objects(value):
        for type_name, config in named_items(terraform.get("backend")):
            add((f"terraform.backend.{type_name}", f"backend.{type_name}", _object(config), False))
        if "cloud" in terraform:
            add(("terraform.cloud", "cloud", _object(terraform["cloud"]), False))


def _modules(_: str, value: Any, add: _Add) -> None:
    for name, config in named_items(value):
        for body in _each_body(config):
            add(("module", f"module.{name}", body, False))


def _named(kind: str, value: Any, add: _Add) -> None:
    for name, config in named_items(value):
        for body in _each_body(config):
            add((kind, f"{kind}.{name}", body, False))


def _locals(_: str, value: Any, add: _Add) -> None:
    for name, local in named_items(value):
        add(("locals", f"local.{name}", {name: local}, False))


_SECTION_BLOCKS: dict[str, Callable[[str, Any, _Add], None]] = {
    "resource": _resources,
    "data": _resources,
    "provider": _providers,
    "terraform": _terraform,
    "module": _modules,
    "variable": _named,
    "output": _named,
    "check": _named,
    "locals": _locals,
}
"""How each top-level section holds blocks, in the order :func:`terraform_blocks` lists them."""


def _objects(value: Any) -> list[dict[str, Any]]:
    """The objects of a section given as one object or a list of them."""
    if type(value) is dict:
        return [value]
    return [part for part in value if type(part) is dict] if type(value) is list else []


def _each_body(config: Any) -> list[dict[str, Any]]:
    """The bodies of one named block: an object, or each object of a list of them."""
    if type(config) is list:
        return [_object(item) for item in config] or [{}]
    return [_object(config)]


def _object(config: Any) -> dict[str, Any]:
    """A block body as rules read it: a body that is no object is judged as an empty one."""
    return config if type(config) is dict else {}


def find_by_path(root: IConstruct, path: str) -> IConstruct | None:
    """The construct at ``path`` (``stack/child/...``) below ``root``, or None.

    A ``Default`` child is looked through, as cdktf's logical IDs do: the
    reference app's stacks hold their key store as ``Default``, so that
    ``kms-keystore/Instance`` names ``kms-keystore/Default/Instance``.
    """
    node: IConstruct | None = root
    for segment in path.split("/"):
        if node is None or not segment:
            return None
        child = node.node.try_find_child(segment)
        if child is None:
            hidden = node.node.try_find_child(HIDDEN_ID)
            child = hidden.node.try_find_child(segment) if hidden is not None else None
        node = child
    return node


def _path_of(app: Construct, stack_path: str, block: _Block) -> str:
    """The construct path of a block a rule fired on: its metadata's, else the tree's."""
    if block.described:
        comment = block.config.get("//")
        metadata = comment.get("metadata") if isinstance(comment, dict) else None
        path = metadata.get("path") if isinstance(metadata, dict) else None
        path = visible_path(path) if isinstance(path, str) else None
        if path is not None and path.startswith(stack_path + "/"):
            return path  # overridden metadata never moves a block out of its stack
    return _owner_path(app, stack_path, block)


def _owner_path(app: Construct, stack_path: str, block: _Block) -> str:
    """Construct path of a block without metadata (asked of the tree: problems only)."""
    stack = find_by_path(app, stack_path)
    kind, _, rest = block.address.partition(".")
    wanted = {
        "provider": TerraformProvider,
        "backend": TerraformBackend,
        "cloud": TerraformBackend,
        "variable": TerraformVariable,
        "output": TerraformOutput,
        "local": TerraformLocal,
        "module": TerraformModule,
    }.get(kind)
    if stack is not None and wanted is not None:
        name = rest.split("[")[0]
        for node in stack.node.find_all():
            if not isinstance(node, wanted):
                continue
            if kind == "provider" and node.terraform_resource_type != name:
                continue
            if (
                kind in ("variable", "output", "local", "module")
                and node.friendly_unique_id != name
            ):
                continue
            return visible_path(node.node.path)
    return f"{stack_path}/{block.address}"


def _covering(suppressions: list[_Suppression], rule_id: str, path: str) -> _Suppression | None:
    """The innermost suppression of ``rule_id`` at or above ``path``."""
    best = None
    for item in suppressions:
        if item.rule_id != rule_id:
            continue
        if not item.path or path == item.path or path.startswith(item.path + "/"):
            item.waived += 1
            if best is None or len(item.path) > len(best.path):
                best = item
    return best


_Verdicts = dict[str, tuple[str | None, ...]]
"""Per block content (:func:`_content_key`): the reasons of its rules that ignore ``"//"``."""
VERDICTS_KEPT = 4096
"""Distinct block contents whose verdicts one check keeps (a fleet repeats a few dozen)."""


def _check_stack(
    app: Construct,
    stack_path: str,
    file: str,
    suppressions: list[_Suppression],
    verdicts: _Verdicts | None,
    passes: Callable[[str], bool] | None = None,
) -> list[Finding]:
    hcl = not file.endswith(".json")
    if hcl:  # cdktf wrote HCL (SYNTH_HCL_OUTPUT): judge the stack's JSON form instead
        stack = find_by_path(app, stack_path)
        document = stack.to_terraform() if isinstance(stack, TerraformStack) else {}
        verdicts = None  # values that did not come from JSON text (tuples...): nothing kept
    else:
        text = stable_json.read_text(file)
        if passes is not None and passes(text):
            return []  # every block passes: no finding, nothing to record
        document = stable_json.loads(text)
    with one_block_at_a_time():  # no block changes until all rules have judged it
        return _judge_document(app, stack_path, document, suppressions, file, hcl, verdicts)


def _content_key(type_name: str, arguments: dict[str, Any]) -> tuple[str, bytes | str]:
    """The block's type and its arguments (``"//"`` left out), as a key of equal values.

    The arguments come from JSON text: strings, numbers, booleans, None, lists and
    dicts. ``marshal`` writes each with its type (``1``, ``1.0`` and ``True`` apart;
    keys in their order) and can be read back, so two blocks with equal keys show
    every rule that ignores ``"//"`` the same values, and get the same reasons. A
    number written with a fraction (:class:`~kms_keystore.core.stable_json.RawNumber`)
    is no value ``marshal`` writes: such a block is keyed by its ``repr``, which tells
    those values apart too, and never equals bytes.
    """
    try:
        return type_name, marshal.dumps(arguments, 2)
    except ValueError:
        return type_name, repr(arguments)


def _block_reasons(
    type_name: str, config: dict[str, Any], verdicts: _Verdicts | None
) -> tuple[tuple[Rule, ...], tuple[str | None, ...] | list[str | None]]:
    """The rules that can fire on a block, and each one's reason (None when it passes).

    The reasons of the rules that ignore ``"//"`` are worked out once per distinct
    block content in a check (a fleet of deployments repeats the same blocks stack
    after stack); without ``verdicts``, every time. A rule that judges ``"//"``
    (:attr:`Rule.judges_metadata`) gives, for a block whose ``"//"`` comes first (as
    cdktf writes it), its reason about ``"//"`` alone and then its reason about the
    rest, joined by ``"; "``; for any other block it is asked about the whole block.
    It is not asked about cdktf's own metadata holding nothing it could find
    (:func:`~.secret_scan.is_plain_metadata`): its reason is the rest's.
    """
    rules = rules_for(type_name)
    if "//" in config:
        comment = config["//"]
        arguments = config.copy()
        del arguments["//"]
    else:
        comment = None
        arguments = config
    if verdicts is None:
        known = tuple(rule.check(type_name, arguments) for rule in rules)
    else:
        key = _content_key(type_name, arguments)
        known = verdicts.get(key)  # type: ignore[assignment]
        if known is None:
            known = tuple(rule.check(type_name, arguments) for rule in rules)
            if len(verdicts) < VERDICTS_KEPT:
                verdicts[key] = known
    if arguments is config or is_plain_metadata(comment):
        return rules, known
    reasons = list(known)  # the block has "//" of its own: the rules that read it are asked
    metadata_first = next(iter(config)) == "//"
    for index in _metadata_indexes(type_name):
        rule = rules[index]
        if not metadata_first:
            reasons[index] = rule.check(type_name, config)
            continue
        metadata = rule.check(type_name, {"//": comment})
        reasons[index] = "; ".join(filter(None, (metadata, reasons[index]))) or None
    return rules, reasons


@functools.lru_cache(maxsize=512)
def _metadata_indexes(type_name: str) -> tuple[int, ...]:
    """Where, among ``rules_for(type_name)``, the rules that judge ``"//"`` too stand."""
    return tuple(i for i, rule in enumerate(rules_for(type_name)) if rule.judges_metadata)


def _judge_document(
    app: Construct,
    stack_path: str,
    document: dict[str, Any],
    suppressions: list[_Suppression],
    file: str,
    hcl: bool,
    verdicts: _Verdicts | None,
) -> list[Finding]:
    findings: list[Finding] = []
    stack_records: dict[str, dict[str, str]] = {}
    changed = False
    through_defaults: dict[str, list[str]] = {}
    for address, why in secrets_through_defaults(document):
        through_defaults.setdefault(address, []).append(why)
    for type_name, address, config, described in terraform_blocks(document):
        rules, reasons = _block_reasons(type_name, config, verdicts)
        if not any(reasons) and (not through_defaults or address not in through_defaults):
            continue  # the common case: every rule passes
        block = _Block(type_name, address, config, described)
        recorded: dict[str, str] = {}
        for rule, reason in zip(rules, reasons, strict=True):
            if rule.id == CREDENTIAL_RULE and block.address in through_defaults:
                reason = "; ".join(filter(None, [reason, *through_defaults[block.address]]))
            if not reason:
                continue
            if block.path is None:
                block.path = _path_of(app, stack_path, block)
            waiver = _covering(suppressions, rule.id, block.path)
            if waiver is not None:
                recorded[rule.id] = waiver.reason
            else:
                level = rule.level
                if rule.id == MODULE_RULE and not _fails_closed(app, stack_path):
                    level = Level.WARNING  # a team's own stack: reported, its owners decide
                findings.append(Finding(rule.id, level, block.path, reason, rule.explanation))
        if not recorded:
            continue
        changed = True
        if isinstance(block.config.get("//"), dict):
            block.config["//"].setdefault(RECORD_KEY, {}).update(recorded)
        else:
            stack_records[block.address] = recorded
    if stack_records:
        document.setdefault("//", {}).setdefault(RECORD_KEY, {}).update(stack_records)
    if changed and not hcl:
        Path(file).write_text(stable_json.dumps(document), encoding="utf-8")
    return findings


MODULE_RULE = "KS-MOD-1"
CREDENTIAL_RULE = "KS-SEC-1"
FAIL_CLOSED = "kms_keystore_fails_closed"
"""Attribute the app's own stacks carry: a module there is an error, elsewhere a warning."""


def _fails_closed(app: Construct, stack_path: str) -> bool:
    stack = find_by_path(app, stack_path)
    return bool(getattr(stack, FAIL_CLOSED, False))


def _as_before(verdicts: _Verdicts) -> Callable[[str], bool]:
    """A reading of stack texts by shapes, one check's (:func:`.seen_text.passes_as_before`).

    Blocks are judged as :func:`_judge_document` judges them, with its memo of verdicts.
    """
    from .seen_text import Shapes, passes_as_before

    def block_passes(type_name: str, config: dict[str, Any]) -> bool:
        return not any(_block_reasons(type_name, config, verdicts)[1])

    def section_passes(section: str, value: Any) -> bool:
        blocks = section_blocks(section, value)
        return all(block_passes(kind, config) for kind, _, config, _ in blocks)

    shapes = Shapes()
    return lambda text: passes_as_before(text, shapes, section_passes, block_passes)


def check_synthesized(app: Construct, outdir: str | Path) -> list[Finding]:
    """Run every rule over every stack ``app`` wrote to ``outdir``; record waived rules.

    Findings are also kept on the app (see :func:`findings_of`).
    """
    outdir = Path(outdir)
    manifest = stable_json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))
    suppressions: list[_Suppression] = _root(app).__dict__.get(_REGISTRY, [])
    for item in suppressions:
        item.path = visible_path(item.scope.node.path)
        item.waived = 0
    findings: list[Finding] = []
    verdicts: _Verdicts = {}
    stacks = list(manifest.get("stacks", {}).values())
    passes = _as_before(verdicts) if len(stacks) > 1 else None  # one stack: no later to fit
    for stack in stacks:
        file = os.path.join(outdir, stack["synthesizedStackPath"])
        findings.extend(
            _check_stack(app, stack["constructPath"], file, suppressions, verdicts, passes)
        )
    _root(app).__dict__[_FINDINGS] = findings
    return findings


def unmatched_suppressions(app: Construct) -> list[Problem]:
    """Suppressions that waived nothing in the last check: each is a mistake to report."""
    problems = []
    for item in _root(app).__dict__.get(_REGISTRY, []):
        if item.waived:
            continue
        problems.append(
            Problem(
                item.where or item.path,
                "rule",
                item.rule_id,
                f"a rule that fires at or below {item.path}; {item.rule_id} fires nowhere "
                "there, so this suppression waives nothing: remove it",
            )
        )
    return problems


def findings_of(scope: Construct) -> list[Finding]:
    """Findings of the last :func:`check_synthesized` of the app of ``scope``."""
    return list(_root(scope).__dict__.get(_FINDINGS, []))


def report_findings(scope: Construct) -> list[Problem]:
    """Print warnings to stderr; return errors and unmatched suppressions as problems."""
    errors: list[Problem] = []
    for finding in findings_of(scope):
        if finding.level is Level.WARNING:
            print(f"kms-keystore: warning {finding}", file=sys.stderr)
        else:
            errors.append(
                GuardrailProblem(finding.path, finding.rule_id, finding.reason, finding.explanation)
            )
    return errors + unmatched_suppressions(scope)
