"""Guardrail rules: pure functions over one Terraform block, each with a stable ID.

A rule gets the block's type (``alicloud_kms_instance``, ``provider.alicloud``...)
and its configuration as a dict, and returns ``None`` when it does not apply or
the block complies, or a short reason when it does not.
"""

from __future__ import annotations

import contextvars
import functools
import re
import unicodedata
from collections.abc import Callable
from contextlib import AbstractContextManager
from enum import StrEnum
from typing import Any

from ..core.key_specs import SYMMETRIC_SPECS
from ..core.patterns import lazy_pattern
from ..core.records import Record, record
from ..core.terraform_values import Unknown, Unreadable, read_json_document
from .secret_scan import find_secret_literals

Config = dict[str, Any]


class Level(StrEnum):
    """What a finding does to the synth."""

    ERROR = "error"
    """Stops the synth; nothing is written."""
    WARNING = "warning"
    """Printed; the synth goes on."""


@record
class Rule(Record):
    """A guardrail rule."""

    id: str
    """Stable identifier, used in suppressions."""
    level: Level
    """Error or warning."""
    explanation: str
    """Why the rule exists and what to do."""
    check: Callable[[str, Config], str | None]
    """The pure check: (block type, configuration) -> reason or None."""
    applies_to: frozenset[str] | None = None
    """The block types the check can fire on, when it judges only some (None: every type).

    The engine asks the check only about those; the check still answers None for any
    other type when called directly."""
    judges_metadata: bool = False
    """Whether the check reads cdktf's ``"//"`` metadata of a block (paths, IDs) too.

    The engine asks a check once per distinct block content without ``"//"``; a
    check that judges ``"//"`` is also asked about each block's ``"//"`` alone, and
    must give for a block whose ``"//"`` comes first the two reasons joined by
    ``"; "`` (metadata first), as :func:`credential_literal` does. It must find
    nothing in cdktf's own metadata holding no text a secret pattern needs
    (:func:`~.secret_scan.is_plain_metadata`): the engine does not ask it about that."""


SLR_ACTION = "ram:CreateServiceLinkedRole"
SERVICE_CONDITION = ("stringequals", "ram:servicename")
"""The condition operator and key that scope ``SLR_ACTION`` (RAM compares both case-blind)."""


@record
class _Statement(Record):
    """One statement that allows something: its actions, or the actions it excludes."""

    actions: tuple[Any, ...]
    """``Action`` values (strings, or :class:`Unknown`)."""
    not_actions: tuple[Any, ...] | None
    """``NotAction`` values when the statement uses ``NotAction``."""
    condition: Any
    principal: Any = None
    """``Principal`` of a trust policy statement, None when absent."""
    not_principal: bool = False
    """Whether the statement names its principals by exclusion (``NotPrincipal``)."""


DOCUMENT_ARGUMENTS = frozenset(
    {"policy_document", "document", "assume_role_policy_document", "assume_role_policy", "policy"}
)
"""Arguments that hold a policy document in any block type (RAM and Resource Manager
policies, role trust policies, key and bucket policies); each must be readable."""
DOCUMENT_ELEMENTS = ("Version", "Statement", "Id")
STATEMENT_ELEMENTS = (
    "Sid",
    "Effect",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Principal",
    "NotPrincipal",
    "Condition",
)
_SKIPPED_ARGUMENTS = frozenset({"//", "lifecycle", "depends_on", "provider", "count", "for_each"})


@record
class _Document(Record):
    """A policy document found in a block: where it stands and its allowing statements."""

    where: str
    """Argument path inside the block (``policy_document``, ``statement[0].policy``...)."""
    statements: tuple[_Statement, ...]


def _looks_like_document(value: Any) -> bool:
    """A value that is, or is text of, an object with a statement (any letter case)."""
    if isinstance(value, dict):
        return any(isinstance(k, str) and k.lower() == "statement" for k in value)
    if not isinstance(value, str) or "statement" not in value.lower():
        return False
    head = value.lstrip()
    return head.startswith("{") or head.replace(" ", "").startswith("${jsonencode(")


def _documents(config: Config) -> tuple[tuple[_Document, ...], str | None]:
    """Every policy document anywhere in a block, and why one cannot be judged (or None).

    The block's type does not matter: what grants is judged where it stands. An
    argument named like a document (:data:`DOCUMENT_ARGUMENTS`) must be readable;
    any other value is judged when it reads as an object with a ``Statement``.
    """
    found: list[_Document] = []
    # (path, argument name, value); an item of a list goes by the name of its list
    pending: list[tuple[str, str, Any]] = [
        (str(k), _argument_name(str(k)), v)
        for k, v in config.items()
        if k not in _SKIPPED_ARGUMENTS
    ]
    while pending:
        where, name, value = pending.pop()
        if isinstance(value, str):
            # document text starts with "{" or "${jsonencode(": text without "{" is none
            if not (name in DOCUMENT_ARGUMENTS or ("{" in value and _looks_like_document(value))):
                continue
        elif isinstance(value, dict):
            if not (name in DOCUMENT_ARGUMENTS or _looks_like_document(value)):
                pending += [(f"{where}.{k}", _argument_name(str(k)), v) for k, v in value.items()]
                continue
        else:
            if isinstance(value, list):
                pending += [(f"{where}[{i}]", name, v) for i, v in enumerate(value)]
            continue
        statements = _read_allow_statements(value) if isinstance(value, str) else _allow_in(value)
        if isinstance(statements, str):
            return (), f"{where}: {statements}"
        found.append(_Document(where, statements))
    return tuple(found), None


def _argument_name(key: str) -> str:
    """The argument name a path ending in ``key`` stands for: after its last ``.``, before ``[``."""
    if "." not in key and "[" not in key:
        return key
    return key.rsplit(".", 1)[-1].split("[")[0]


@functools.lru_cache(maxsize=256)
def _read_allow_statements(text: str) -> tuple[_Statement, ...] | str:
    """:func:`_allow_in` for document text, remembered: several rules read each document."""
    return _allow_in(text)


def _element_problem(obj: dict[str, Any], known: tuple[str, ...], what: str) -> str | None:
    """Why the element names of ``obj`` can be read two ways (letter case, unknown), or None."""
    for key in obj:
        if not isinstance(key, str) or key in known:
            continue
        same = [k for k in known if k.lower() == key.lower()]
        if same:
            return f"{what} element {key!r} differs from {same[0]!r} in letter case only"
        return f"{what} element {key!r} is not one RAM reads ({', '.join(known)})"
    return None


def _allow_in(value: Any) -> tuple[_Statement, ...] | str:
    try:
        document = value if isinstance(value, dict) else read_json_document(value)
    except Unreadable as err:
        return f"policy document cannot be judged: {err}"
    if not isinstance(document, dict):
        return "policy document cannot be judged: it is not a JSON object"
    problem = _element_problem(document, DOCUMENT_ELEMENTS, "document")
    if problem:
        return f"policy document cannot be judged: {problem}"
    statements = document.get("Statement", [])
    statements = statements if isinstance(statements, list) else [statements]
    found = []
    for statement in statements:
        if not isinstance(statement, dict):
            return f"policy document cannot be judged: statement {statement!r} is not an object"
        problem = _element_problem(statement, STATEMENT_ELEMENTS, "statement")
        if problem:
            return f"policy document cannot be judged: {problem}"
        effect = statement.get("Effect", "Allow")
        if effect == "Deny":
            continue
        if effect != "Allow":
            shown = _text(effect)
            return f"policy document cannot be judged: Effect {shown!r} is not 'Allow' or 'Deny'"
        padded = [
            a
            for key in ("Action", "NotAction")
            for a in _as_tuple(statement.get(key, []))
            if isinstance(a, str) and (a != a.strip() or not a or any(c.isspace() for c in a))
        ]
        if padded:
            return f"policy document cannot be judged: actions with spaces {padded}"
        not_actions = statement.get("NotAction")
        principal = statement.get("Principal")
        found.append(
            _Statement(
                actions=_as_tuple(statement.get("Action", [])),
                not_actions=None if not_actions is None else _as_tuple(not_actions),
                condition=statement.get("Condition", {}),
                principal=principal,
                not_principal="NotPrincipal" in statement,
            )
        )
    return tuple(found)


NOT_GRANTING = frozenset({"locals", "output", "check", "variable"})
"""Blocks that grant nothing themselves: a value of theirs grants only where a resource
uses it, and there it is a reference, which a document argument refuses as unreadable."""


_LAST_READ: contextvars.ContextVar[tuple[object, Any] | None] = contextvars.ContextVar(
    "kms_keystore_last_read", default=None
)
"""While :func:`one_block_at_a_time` holds: the block last read and its statements, as one
pair. A context variable, so that another thread (or task) never sees this one's."""
_NOTHING_READ = object()


class _OneBlockAtATime:
    """The context :func:`one_block_at_a_time` gives: entered once, as a generator's is.

    A class, not ``contextlib.contextmanager``: it is entered once per stack read.
    """

    __slots__ = ("_token",)

    def __init__(self) -> None:
        self._token: contextvars.Token[Any] | bool | None = None  # True once left

    def __enter__(self) -> None:
        if self._token is not None:
            raise RuntimeError("one_block_at_a_time() is entered once; make another")
        self._token = _LAST_READ.set((_NOTHING_READ, None))

    def __exit__(self, *_: object) -> None:
        token, self._token = self._token, True
        if not isinstance(token, contextvars.Token):
            raise RuntimeError("one_block_at_a_time() is left only after it is entered")
        _LAST_READ.reset(token)


def one_block_at_a_time() -> AbstractContextManager[None]:
    """Read each block's documents once for all the rules that judge them.

    Three rules judge the allowing statements of every block. Inside this
    context, which the engine holds while it judges one document (it changes a
    block only after every rule has judged it, and never judges it again), the
    statements of the block judged last are kept (the block itself too, so its
    identity stays unique) and given to the next rule that asks for the same
    block. Outside it, every call reads the block afresh.
    """
    return _OneBlockAtATime()


def _allow_statements(type_name: str, config: Config) -> tuple[_Statement, ...] | str:
    """Allowing statements of every policy document of a block, or why one cannot be judged."""
    if type_name in NOT_GRANTING:
        return ()
    last = _LAST_READ.get()
    if last is not None and last[0] is config:
        return last[1]
    documents, problem = _documents(config)
    found = problem or tuple(st for document in documents for st in document.statements)
    if last is not None:
        _LAST_READ.set((config, found))
    return found


def _as_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value) if isinstance(value, list) else (value,)


def _is_pattern(action: Any) -> bool:
    return isinstance(action, str) and ("*" in action or "?" in action)


def _matches(pattern: Any, action: str) -> bool:
    """Whether an action pattern (RAM wildcards ``*`` and ``?``, case-blind) covers ``action``."""
    if not isinstance(pattern, str):
        return True  # unknown at synth time: it may be anything
    if "*" not in pattern and "?" not in pattern:  # no wildcard: the same action or not
        return pattern.lower() == action.lower()
    return _action_pattern(pattern.lower()).fullmatch(action.lower()) is not None


@functools.lru_cache(maxsize=1024)
def _action_pattern(pattern: str) -> re.Pattern[str]:
    """The regular expression of a lower-case RAM action pattern (each stack repeats them)."""
    return re.compile(
        "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    )


def _grants(statement: _Statement, action: str) -> bool:
    if statement.not_actions is not None:
        return not any(isinstance(p, str) and _matches(p, action) for p in statement.not_actions)
    return any(_matches(pattern, action) for pattern in statement.actions)


def _service_condition_problem(condition: Any) -> str | None:
    """None when ``condition`` names services in StringEquals ram:ServiceName, else why not."""
    operator, key = SERVICE_CONDITION
    bodies = [
        body
        for name, body in (condition.items() if isinstance(condition, dict) else [])
        if isinstance(name, str) and name.lower() == operator and isinstance(body, dict)
    ]
    values = [
        value
        for body in bodies
        for name, value in body.items()
        if isinstance(name, str) and name.lower() == key
    ]
    if not values:
        return "without a StringEquals ram:ServiceName condition"
    for value in values:
        names = value if isinstance(value, list) else [value]
        for name in names:
            if isinstance(name, Unknown):
                return f"with ram:ServiceName {name.text!r}, known only at plan time"
            if not isinstance(name, str) or not name.strip() or _is_pattern(name):
                return f"with ram:ServiceName {name!r}, which does not name one service"
        if not names:
            return "with an empty ram:ServiceName condition"
    return None


def slr_without_service_condition(type_name: str, config: Config) -> str | None:
    """``ram:CreateServiceLinkedRole`` must be limited by a ``ram:ServiceName`` condition.

    The action counts as granted when an allowing statement names it, matches it
    with a wildcard (``ram:Create*``, ``*``), uses ``NotAction`` without excluding
    it, or gives an action known only at plan time.
    """
    statements = _allow_statements(type_name, config)
    if isinstance(statements, str):
        return statements
    for statement in statements:
        if not _grants(statement, SLR_ACTION):
            continue
        problem = _service_condition_problem(statement.condition)
        if problem:
            return f"grants {SLR_ACTION} {problem}"
    return None


def wildcard_action(type_name: str, config: Config) -> str | None:
    """No grant may allow actions by pattern, by exclusion, or by plan-time value.

    Judged in every block, whatever its type: policy documents wherever they stand,
    system policies attached to a principal (``AdministratorAccess`` and the
    ``*FullAccess`` policies allow ``*`` or ``<service>:*``; a system policy named
    only at plan time cannot be judged), and KMS access policies on every key or secret.
    """
    attached = _system_policy_problem(type_name, config)
    if attached:
        return attached
    if type_name == "alicloud_kms_policy":
        wild = [r for r in _as_tuple(config.get("resources", [])) if _is_pattern(_text(r))]
        if wild:
            return f"gives access to resources by pattern {list(map(_text, wild))}"
    statements = _allow_statements(type_name, config)
    if isinstance(statements, str):
        return statements
    for statement in statements:
        if statement.not_actions is not None:
            return (
                f"allows every action except {list(map(_text, statement.not_actions))} (NotAction)"
            )
        wild = [a for a in statement.actions if _is_pattern(a)]
        if wild:
            return f"allows wildcard actions {wild}"
        unknown = [a.text for a in statement.actions if isinstance(a, Unknown)]
        if unknown:
            return f"allows actions known only at plan time {unknown}"
        if any(not isinstance(a, str) for a in statement.actions):
            return f"allows actions that are not names {list(statement.actions)}"
    return None


def _text(value: Any) -> Any:
    return value.text if isinstance(value, Unknown) else value


_ALL_ACCESS_SYSTEM_POLICY = lazy_pattern(r"administratoraccess|.*fullaccess", re.IGNORECASE)
"""System policies that allow every action, or every action of a service."""


def _system_policy_problem(type_name: str, config: Config) -> str | None:
    """A system policy attached to a principal that grants by wildcard, or cannot be named."""
    if not type_name.endswith("_policy_attachment"):
        return None
    kind = config.get("policy_type")
    name = config.get("policy_name")
    if not isinstance(kind, str) or "${" in kind or "%{" in kind:
        return f"attaches a policy whose type {kind!r} is known only at plan time"
    if kind.strip().lower() != "system":
        return None
    if not isinstance(name, str) or "${" in name or "%{" in name or not name.strip():
        return f"attaches a system policy named only at plan time ({name!r})"
    if _ALL_ACCESS_SYSTEM_POLICY.fullmatch(name.strip()):
        return f"attaches the system policy {name.strip()!r}, which allows actions by wildcard"
    return None


def _open_principals(principal: Any) -> list[str]:
    """Principal values that stand for everyone (``*`` in any form), or plan-time values."""
    values: list[Any] = []
    pending = [principal]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending += list(item.values())
        elif isinstance(item, list):
            pending += item
        else:
            values.append(item)
    return [
        str(_text(v))
        for v in values
        if isinstance(v, Unknown) or not isinstance(v, str) or "*" in v or "?" in v
    ]


def open_trust(type_name: str, config: Config) -> str | None:
    """A trust policy names the principals it trusts: no ``*``, no ``NotPrincipal``."""
    statements = _allow_statements(type_name, config)
    if isinstance(statements, str):
        return None  # reported by KS-RAM-1 and KS-RAM-2
    for statement in statements:
        if statement.not_principal:
            return "trusts every principal except those listed (NotPrincipal)"
        if statement.principal is None:
            continue
        wide = _open_principals(statement.principal)
        if wide:
            return f"trusts principals by pattern or plan-time value {wide}"
    return None


def unjudged_module(type_name: str, config: Config) -> str | None:
    """A module block: what it creates and grants is not in this document, so none is judged."""
    if type_name != "module":
        return None
    source = config.get("source")
    return f"module from {source!r} cannot be judged by the guardrails"


def _ignored(config: Config, argument: str) -> bool:
    """Whether ``lifecycle.ignore_changes`` lets ``argument`` drift (named, or ``all``)."""
    ignored = (config.get("lifecycle") or {}).get("ignore_changes", ())
    if isinstance(ignored, str):
        return ignored.strip() == "all" or ignored.strip() == argument
    return isinstance(ignored, list) and any(
        isinstance(item, str) and item.strip() in (argument, "all") for item in ignored
    )


def _prevent_destroy(config: Config) -> bool:
    return (config.get("lifecycle") or {}).get("prevent_destroy") is True


def instance_deletion_protection(type_name: str, config: Config) -> str | None:
    """A KMS instance has ``deletion_protection`` on."""
    if type_name != "alicloud_kms_instance":
        return None
    if config.get("deletion_protection") is not True:
        return "deletion_protection is not true"
    if _ignored(config, "deletion_protection"):
        return "lifecycle.ignore_changes lets deletion_protection drift"
    return None


def key_deletion_protection(type_name: str, config: Config) -> str | None:
    """A KMS key has ``deletion_protection`` ``Enabled``."""
    if type_name != "alicloud_kms_key":
        return None
    if config.get("deletion_protection") != "Enabled":
        return "deletion_protection is not 'Enabled'"
    if _ignored(config, "deletion_protection"):
        return "lifecycle.ignore_changes lets deletion_protection drift"
    return None


def prevent_destroy(type_name: str, config: Config) -> str | None:
    """Instances and keys carry Terraform ``lifecycle.prevent_destroy``."""
    if type_name in ("alicloud_kms_instance", "alicloud_kms_key") and not _prevent_destroy(config):
        return "lifecycle.prevent_destroy is not true"
    return None


def _may_be(config: Config, key: str, default: str, values: tuple[str, ...]) -> bool:
    """Whether ``config[key]`` is one of ``values``, or an expression that may turn out so."""
    value = config.get(key, default)
    return value in values or (isinstance(value, str) and ("${" in value or "%{" in value))


def subscription_auto_renewal(type_name: str, config: Config) -> str | None:
    """A Subscription instance renews itself (an expired one is released).

    A ``payment_type`` known only at plan time counts as Subscription. An
    adopted instance whose renewal is left as it is (``ignore_changes``) passes.
    """
    if type_name != "alicloud_kms_instance":
        return None
    if "renew_status" in (config.get("lifecycle") or {}).get("ignore_changes", ()):
        return None
    if not _may_be(config, "payment_type", "Subscription", ("Subscription",)):
        return None
    if config.get("renew_status") != "AutoRenewal":
        return f"renew_status is {config.get('renew_status')!r}, not 'AutoRenewal'"
    return None


def key_rotation(type_name: str, config: Config) -> str | None:
    """Keys that can rotate (symmetric, KMS-made material) rotate automatically.

    A ``key_spec`` or ``origin`` known only at plan time counts as one that can rotate.
    """
    if type_name != "alicloud_kms_key":
        return None
    can_rotate = _may_be(config, "key_spec", "Aliyun_AES_256", SYMMETRIC_SPECS) and _may_be(
        config, "origin", "Aliyun_KMS", ("Aliyun_KMS",)
    )
    if can_rotate and config.get("automatic_rotation") != "Enabled":
        return "automatic_rotation is not 'Enabled' although the key can rotate"
    return None


def credential_literal(type_name: str, config: Config) -> str | None:
    """No credential, password or key material as a literal.

    Provider, resource and data source arguments may only reference a variable,
    data source or resource; backend settings (``terraform.backend.<type>``,
    ``terraform.cloud``) can reference nothing, so any value there is a literal;
    a sensitive ``variable`` may not carry a default.
    """
    found = find_secret_literals(config, references_allowed=not type_name.startswith("terraform."))
    default = config.get("default")
    if type_name == "variable" and config.get("sensitive") is True and default not in (None, ""):
        found.append("default: a sensitive variable with a literal default")
    return "; ".join(found) if found else None


RULES: tuple[Rule, ...] = (
    Rule(
        "KS-RAM-1",
        Level.ERROR,
        "Scope ram:CreateServiceLinkedRole with StringEquals ram:ServiceName, or the "
        "principal can create any service's service-linked role.",
        slr_without_service_condition,
    ),
    Rule(
        "KS-RAM-2",
        Level.ERROR,
        "Name actions explicitly; wildcard actions (in any policy document, an attached "
        "system policy or a KMS access policy) grant future permissions too.",
        wildcard_action,
    ),
    Rule(
        "KS-RAM-3",
        Level.ERROR,
        "Trust named principals only; a trust policy open to '*' lets any account assume the role.",
        open_trust,
    ),
    Rule(
        "KS-MOD-1",
        Level.ERROR,
        "Write resources in the stack instead of a module, or waive this rule for the "
        "stack with a reason: the guardrails cannot see into a module.",
        unjudged_module,
        frozenset({"module"}),
    ),
    Rule(
        "KS-KMS-1",
        Level.ERROR,
        "Keep deletion protection on the KMS instance: releasing it destroys every key inside.",
        instance_deletion_protection,
        frozenset({"alicloud_kms_instance"}),
    ),
    Rule(
        "KS-KMS-2",
        Level.ERROR,
        "Keep deletion protection on keys: data encrypted under a deleted key is lost.",
        key_deletion_protection,
        frozenset({"alicloud_kms_key"}),
    ),
    Rule(
        "KS-KMS-3",
        Level.ERROR,
        "Keep lifecycle.prevent_destroy on instances and keys so that no plan destroys them.",
        prevent_destroy,
        frozenset({"alicloud_kms_instance", "alicloud_kms_key"}),
    ),
    Rule(
        "KS-KMS-4",
        Level.WARNING,
        "Renew Subscription instances automatically: an expired instance is released.",
        subscription_auto_renewal,
        frozenset({"alicloud_kms_instance"}),
    ),
    Rule(
        "KS-KMS-5",
        Level.WARNING,
        "Rotate symmetric keys automatically where KMS made the key material.",
        key_rotation,
        frozenset({"alicloud_kms_key"}),
    ),
    Rule(
        "KS-SEC-1",
        Level.ERROR,
        "Pass credentials and passwords through sensitive variables or the environment, "
        "never as literals in the configuration.",
        credential_literal,
        judges_metadata=True,  # a key-like construct ID in a path is a finding too
    ),
)
"""Every rule of the pack, in report order."""

RULES_BY_ID = {rule.id: rule for rule in RULES}


@functools.lru_cache(maxsize=512)
def rules_for(type_name: str) -> tuple[Rule, ...]:
    """The rules that can fire on a block of ``type_name``, in report order.

    :data:`RULES` is a tuple, so each type is asked about once.
    """
    return tuple(r for r in RULES if r.applies_to is None or type_name in r.applies_to)


MIN_REASON_LENGTH = 20
"""Visible characters a suppression reason needs at least."""
MAX_REASON_LENGTH = 500
"""Characters a suppression reason may have at most: one line a reviewer reads."""
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_BLANK_LOOKING = frozenset("\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")


def reason_problem(reason: object) -> str | None:
    """None when ``reason`` can justify a suppression, else what it lacks.

    A reason is one line a reviewer can read: at least :data:`MIN_REASON_LENGTH`
    visible characters (spaces do not count), no control, format or blank-looking
    characters (zero-width spaces, bidirectional marks, Hangul fillers...), and no
    credential, since it is recorded in the synthesized JSON.
    """
    if not isinstance(reason, str):
        return "a text"
    hidden = sorted(
        {
            f"U+{ord(c):04X}"
            for c in reason
            if unicodedata.category(c) in _INVISIBLE_CATEGORIES or c in _BLANK_LOOKING
        }
    )
    if hidden:
        return f"visible characters only; found {', '.join(hidden[:5])}"
    if len(reason) > MAX_REASON_LENGTH:
        return f"a reason of at most {MAX_REASON_LENGTH} characters; this one has {len(reason)}"
    visible = sum(1 for c in reason if not c.isspace())
    if visible < MIN_REASON_LENGTH:
        return (
            f"a reason of at least {MIN_REASON_LENGTH} visible characters "
            f"(spaces do not count); this one has {visible}"
        )
    secrets = find_secret_literals({"reason": reason})
    if secrets:
        return f"a reason without credentials ({secrets[0]}; KS-SEC-1)"
    return None
