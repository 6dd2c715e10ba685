"""Problems recorded on constructs: each one stops ``app.synth()`` with its path, field and fix.

A construct whose props are wrong records :class:`~kms_keystore.core.problems.Problem`
objects with :func:`report`. Each construct with problems gets one node validation
(``constructs``' ``IValidation``), so ``app.synth()`` itself, and therefore
``cdktf synth``, raises an error listing them; the reference app raises the same
problems earlier, as one :class:`ConfigError` (:func:`raise_if_invalid`). A
construct without problems adds nothing: no validation, no call into Node.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import operator
from collections.abc import Callable, Iterator
from enum import Enum
from typing import Any, NoReturn, TypeVar

import jsii

from constructs import Construct, IValidation

from ..core import rules
from ..core.problems import Checker, ConfigError, Problem, a_kind, show_value
from ..core.terraform_text import (
    TOKEN_ALLOWED,
    TOKEN_CEILING,
    cdktf_token_places,
    is_cdktf_token,
)
from .cdk import (
    App,
    IAnyProducer,
    IStringProducer,
    TerraformDataSource,
    TerraformModule,
    TerraformResource,
)
from .state import APP_STATE as APP_STATE
from .state import REFERENCE_APP as REFERENCE_APP
from .terraform_version import stack_of

HIDDEN_ID = "Default"
"""The construct ID cdktf leaves out of logical IDs; paths shown to people leave it out too."""

DEPENDABLE = (
    "a resource, data source or module to wait for (a construct that only groups "
    "others is none: Terraform would wait for nothing; give the resources in it)"
)
"""What each item of a ``depends_on`` prop must be."""

DEPENDABLE_KINDS = (TerraformResource, TerraformDataSource, TerraformModule)
"""What cdktf writes into ``depends_on``; a plain construct it leaves out without a word."""

_ATTRIBUTE = "_kms_keystore_problems"
_VALIDATION = "_kms_keystore_validation"
_HELD = "_kms_keystore_held"
_LATE = "kms_keystore_hold_late_stacks"


@jsii.implements(IValidation)
class _RecordedProblems:
    """The node validation of one construct: the problems recorded on it, one line each."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def validate(self) -> list[str]:
        """One message per problem: path, field, value given and what is allowed."""
        return [str(problem) for problem in self.problems]


def _validation_of(scope: Construct) -> _RecordedProblems:
    validation = scope.__dict__.get(_VALIDATION)
    if validation is None:
        validation = _RecordedProblems()
        scope.__dict__[_VALIDATION] = validation
        scope.node.add_validation(validation)
    return validation


@jsii.implements(IValidation)
class _ProblemsElsewhere:
    """The node validation of a stack held back: the app's problems outside it.

    cdktf validates and writes one stack after another, so a stack without
    problems written before the one with them would be left in the output
    folder on its own. Every stack of an app with problems carries this, so
    the first one cdktf reaches stops the synthesis, naming all of them.
    """

    def __init__(self, stack: Construct) -> None:
        self._stack = stack

    def validate(self) -> list[str]:
        """The app's problems recorded outside this stack, one line each."""
        root = app_of(self._stack)
        mine = visible_path(self._stack.node.path)
        elsewhere = [
            str(problem)
            for problem in root.__dict__.get(_ATTRIBUTE, [])
            if not _within(problem.path, mine)
        ]
        if not elsewhere:
            return []
        return [f"{mine or 'app'}: not written while other stacks have problems:", *elsewhere]


def _hold_every_stack(root: Construct) -> None:
    """Give every stack of ``root``'s app the check that stops it while the app has problems.

    A stack added later may still come first (under a construct earlier in the
    tree), so the first stack found also gets a lazy value that holds every
    stack again when cdktf resolves it: cdktf prepares all stacks, resolving
    their values, before it validates and writes the first.
    """
    from .cdk import TerraformStack

    stacks = [node for node in root.node.find_all() if isinstance(node, TerraformStack)]
    for stack in stacks:
        _hold(stack, root)


def _hold(stack: Construct, root: Construct) -> None:
    """Give ``stack`` the check that stops it while the app has problems, once."""
    from .cdk import Lazy, TerraformLocal

    if _HELD not in stack.__dict__:
        stack.__dict__[_HELD] = True
        stack.node.add_validation(_ProblemsElsewhere(stack))
        TerraformLocal(stack, _LATE, Lazy.any_value(_HoldLateStacks(root)))


@jsii.implements(IAnyProducer)
class _HoldLateStacks:
    """A lazy value in each stack held back (never written: the synthesis stops).

    cdktf resolves it once while it prepares every stack, before it validates
    any: it then holds the stacks added late. Resolved again to be written, the
    validations did not run (``App(skip_validation=True)``, or cdktf's
    ``Testing.synth`` without ``run_validations``): the problems stop it there,
    before this stack is written, rather than leaving the refused parts out.
    """

    def __init__(self, root: Construct) -> None:
        self._root = root

    def produce(self, context: Any) -> None:
        """Hold every stack of the app; the value itself is null. Raise when writing."""
        _hold_every_stack(self._root)
        if not context.preparing and not self._root.__dict__.get(READING_STACKS):
            outcome = "nothing was written (the package's checks are not skipped with validations)"
            raise ConfigError(problems_of(self._root), outcome=outcome)


def checked_while_preparing(
    value: str, check: Callable[[], None], scope: Construct, *, when_resolved: bool = False
) -> str:
    """``value`` as a lazy one that runs ``check`` once, the first time cdktf prepares it.

    cdktf prepares every stack (resolving its values) before it validates or
    writes any: a check that reports problems then stops the synthesis before
    anything is written, as a problem recorded while the constructs are made does.

    :param when_resolved: also run ``check`` whenever the value is resolved
        without being prepared (cdktf's ``Testing.synth`` prepares nothing), and
        raise there on a problem of the app of ``scope``. Only for a check that
        cannot refuse what later constructs would make right: the app may not be
        complete yet (a team's early ``to_terraform()``).
    """
    from .cdk import Lazy

    producer = _CheckedWhilePreparing(value, check, scope, when_resolved)
    return Lazy.string_value(producer)  # type: ignore[no-any-return]


@jsii.implements(IStringProducer)
class _CheckedWhilePreparing:
    """A text value; the first time cdktf prepares it, a check runs."""

    def __init__(
        self, value: str, check: Callable[[], None], scope: Construct, when_resolved: bool
    ) -> None:
        self._value = value
        self._check: Callable[[], None] | None = check
        self._scope = scope
        self._when_resolved = when_resolved

    def produce(self, context: Any) -> str:
        """The value; while preparing, the check first (once); see :func:`checked_while_preparing`.

        A value this package resolves to read a stack (a deployer policy) runs nothing.
        """
        if self._check is None:
            return self._value
        if context.preparing:
            check, self._check = self._check, None
            check()
            return self._value
        if not self._when_resolved:
            return self._value
        root = app_of(self._scope)
        if root.__dict__.get(READING_STACKS):
            return self._value
        self._check()  # kept for the preparation, which runs it on the finished app
        if root.__dict__.get(_ATTRIBUTE):
            outcome = "nothing was written (the package's checks ran as it was resolved)"
            raise ConfigError(problems_of(root), outcome=outcome)
        return self._value


class _ConstructChecker(Checker):
    """A checker that asks the construct tree for its path only once a problem needs it."""

    def __init__(self, scope: Construct, section: str | None) -> None:
        self._scope = scope
        self._section = section
        self._path: str | None = None
        self.problems = []

    @property
    def path(self) -> str:  # type: ignore[override]
        """``<construct path>[/<section>]``, computed on first use."""
        if self._path is None:
            path = visible_path(self._scope.node.path) or "app"
            self._path = f"{path}/{self._section}" if self._section else path
        return self._path


def visible_path(path: str) -> str:
    """``path`` without ``Default`` segments, as it is written in suppressions and messages.

    The reference app's stacks hold their :class:`~kms_keystore.KmsKeyStore` as
    ``Default``, which cdktf already leaves out of every Terraform address.
    """
    if f"/{HIDDEN_ID}" not in path:
        return path
    return "/".join(part for part in path.split("/") if part != HIDDEN_ID)


def _told(problem: Problem, told: list[Problem]) -> bool:
    """Whether ``problem`` is recorded already, here or on a construct above.

    A region checked by a key store and again by its network is one mistake: one line.
    """
    line = str(problem).removeprefix(problem.path)
    return any(
        _within(problem.path, other.path) and str(other).removeprefix(other.path) == line
        for other in told
    )


def _within(path: str, top: str) -> bool:
    """Whether construct ``path`` is ``top`` or below it (``team/KS2`` is not below ``team/KS``)."""
    return path == top or path.startswith(f"{top}/")


def recorded_fields(scope: Construct) -> set[str]:
    """The fields of the problems recorded on ``scope`` itself (no call into Node)."""
    validation = scope.__dict__.get(_VALIDATION)
    return {problem.field for problem in validation.problems} if validation else set()


def checker_for(scope: Construct, section: str | None = None) -> Checker:
    """A checker whose problems carry the construct path (and an optional section).

    The path is read from the tree (a call into Node) only when a problem is recorded.
    """
    return _ConstructChecker(scope, section)


def report(scope: Construct, check: Checker) -> bool:
    """Record the checker's problems on ``scope`` and on its app; True when there were none.

    Recorded problems fail ``app.synth()`` (a node validation of ``scope``) and
    :func:`raise_if_invalid`.
    """
    if check.problems:
        root = app_of(scope)
        problems: list[Problem] = root.__dict__.setdefault(_ATTRIBUTE, [])
        first = not problems
        new = [problem for problem in check.problems if not _told(problem, problems)]
        problems.extend(new)
        if new:
            _validation_of(scope).problems.extend(new)
        if first:
            _hold_every_stack(root)
        elif not isinstance(scope, App):
            # a stack made after the first problem is held once one of its own is
            # recorded: cdktf's Testing.synth(stack) resolves that stack alone
            _hold(stack_of(scope), root)
    return check.ok


_CLAIMS = "_kms_keystore_claims"
_KMS_NAMES = "_kms_keystore_kms_names"
"""On the app: each KMS name by account and region, with the construct that declares it."""
READING_STACKS = "_kms_keystore_reading_stacks"
"""On the app while a construct reads stacks' Terraform (``to_terraform``), writing nothing."""


@contextlib.contextmanager
def reading_stacks(scope: Construct) -> Iterator[None]:
    """Mark the app of ``scope`` as read, not written, while the block runs (``to_terraform``).

    Lazy values of this package then make nothing (a client key folder), check
    nothing that needs the finished app, and raise for none of the app's problems.
    """
    state = vars(app_of(scope))
    state[READING_STACKS] = True
    try:
        yield
    finally:
        del state[READING_STACKS]


KMS_REGION = "_kms_keystore_region"
"""On a stack of this package: its provider's region (KMS names are unique per region)."""
KMS_CONFIG = "_kms_keystore_config"
"""On a ``KeyStoreStack``: its deployment, whose account (with its label) its KMS names are in."""
CLAIMED_BY_SCOPE = "_kms_keystore_claimed_by_scope"
"""On a key store while it makes its keys, secrets and access: it claimed their names."""


def claim_by_hand(
    owner: Construct, scope: Construct, check: Checker, *claims: tuple[str, str, object, str]
) -> None:
    """:func:`claim` each (field, what, name, fix) for ``owner``, made in ``scope``.

    A :class:`~kms_keystore.KmsKeyStore` claims the names of the keys, secrets
    and applications it makes itself (it marks itself with ``CLAIMED_BY_SCOPE``
    while it makes them); any other, under the store or elsewhere, claims its own.
    """
    if CLAIMED_BY_SCOPE in scope.__dict__:
        return
    stack = stack_of(owner)
    for field, what, name, fix in claims:
        if isinstance(name, str):  # any other value is the spec's own problem
            claim(stack, check, field, what, name, owner, fix)


def claim(
    stack: Construct,
    check: Checker,
    field: str,
    what: str,
    name: str,
    owner: Construct,
    fix: str,
    shown: object = None,
) -> None:
    """Record that ``owner`` declares ``what`` ``name`` in ``stack``; a second owner is a problem.

    Terraform keeps one variable, one local and one name of a kind per stack (or,
    for KMS names, per account and region): two declarations would be merged
    silently or collide at apply. The problem names the first owner and ``fix``,
    and shows ``shown`` as the value given where that is not the name itself.
    """
    claims: dict[tuple[str, str], Construct] = stack.__dict__.setdefault(_CLAIMS, {})
    first = claims.setdefault((what, name), owner)
    if first is not owner:
        where = visible_path(first.node.path)
        check.fail(
            field,
            name if shown is None else shown,
            f"{a_kind(what)} not already declared in this stack (by {where}); {fix}",
        )
    elif what.startswith("KMS ") and APP_STATE in stack.__dict__:
        # KMS names are unique in an account and region, across the app's stacks
        from ..config.account_scope import account_key
        from ..config.model import DeploymentConfig

        mine = stack.__dict__
        config = mine.get(KMS_CONFIG)  # a KeyStoreStack's deployment: its account label counts
        account = account_key(config) if isinstance(config, DeploymentConfig) else None
        account = account or mine.get(STACK_ACCOUNT, "")
        region = mine[KMS_REGION]
        names: dict[tuple[str, ...], Construct] = mine[APP_STATE].setdefault(_KMS_NAMES, {})
        first = names.setdefault((account, region, what, name), owner)
        if first is not owner:
            where = visible_path(first.node.path)
            if account == "the environment's credentials":
                fix += "; or, if the stacks run with other credentials, give each AlicloudStack "
                fix += "its account label (account='prod')"
            check.fail(
                field,
                name,
                f"{a_kind(what)} not already declared in {region} for {account} (by {where}, "
                f"in another stack: KMS names are unique in an account and region); {fix}",
            )


def refuse_tokens(check: Checker, spec: object) -> None:
    """Record every cdktf token encoding among a spec's values.

    Specs take literal values only: cdktf would resolve a ``${TfToken[...]}`` in a
    description or a tag to another construct's value. References go through the
    props documented as taking them (``vpc``, ``vswitch``, principals).
    """
    if not _may_hold_token(spec):
        return  # the common case, settled in one pass without paths
    for place, value in _token_places(spec):
        check.fail(place, value, TOKEN_ALLOWED)


def _may_hold_token(spec: object) -> bool:
    """False when no value below ``spec`` can be a cdktf token; True when one may be.

    False needs no text with a ``{``, no number at or below the bound of token
    numbers (nor NaN), and nothing but records, tuples, lists, dicts, enum members
    and those. Anything else is left to :func:`_token_places` (True).
    """
    pending: list[object] = [spec]
    while pending:
        value = pending.pop()
        kind = type(value)
        if kind is str:
            if "{" in value:  # type: ignore[operator]
                return True
        elif kind is int or kind is float:
            if not value > TOKEN_CEILING:  # type: ignore[operator]
                return True
        elif value is None or kind is bool:
            continue
        elif kind is tuple or kind is list:
            pending += value  # type: ignore[arg-type]
        elif kind is dict:  # tags: keys are written to Terraform too
            pending += value  # type: ignore[arg-type]
            pending += value.values()  # type: ignore[attr-defined]
        elif (values := _field_values(kind)) is not None:
            pending += values(value)
        elif isinstance(value, Enum):
            pending.append(value.value)  # a member is judged by its value (text, mostly)
        else:
            return True  # mappings, subclasses of text or numbers: walked in full
    return False


@functools.lru_cache(maxsize=256)
def _field_values(kind: type) -> Callable[[object], tuple[object, ...]] | None:
    """A function giving a dataclass's field values as a tuple, or None for other types."""
    names = _field_names(kind)
    if names is None:
        return None
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        return lambda value: (one(value),)
    return operator.attrgetter(*names) if names else lambda value: ()


def _token_places(spec: object) -> list[tuple[str, object]]:
    """Every place below ``spec`` (dataclasses, lists, tuples, mappings) holding a token.

    Paths are built only for containers and for what is found: most values are
    text settled by one look.
    """
    found: list[tuple[str, object]] = []
    pending: list[tuple[str, object]] = [("", spec)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, str | int | float):  # text, numbers (and bools: never tokens)
            if is_cdktf_token(value):
                found.append((path, value))
        elif value is None:
            continue
        elif (names := _field_names(type(value))) is not None:
            for name in reversed(names):
                pending.append((f"{path}.{name}" if path else name, getattr(value, name)))
        elif isinstance(value, list | tuple):
            for index in range(len(value) - 1, -1, -1):
                pending.append((f"{path}[{index}]", value[index]))
        else:
            found += cdktf_token_places(value, path)  # mappings (tags)
    return found


@functools.lru_cache(maxsize=256)
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of ``kind`` in order when it is a dataclass, else None.

    Asked once per class: a class's fields do not change.
    """
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(field.name for field in dataclasses.fields(kind))


def kinds_ok(scope: Construct, *props: tuple[str, object, type | tuple[type, ...], str]) -> bool:
    """True when each ``(field, value, kind, expected)`` prop is a ``kind``.

    Otherwise the problems are reported on ``scope``, which then declares
    nothing: a construct composed by hand with, say, a name where a spec belongs
    stops synthesis with the field and the fix, not with a traceback.
    """
    for _field, value, kind, _expected in props:
        if not isinstance(value, kind):
            break
    else:  # the usual case: no checker, no call into Node
        return True
    check = checker_for(scope)
    for field, value, kind, expected in props:
        rules.check_kind(check, field, value, kind, expected)
    return report(scope, check)


def built(*constructs: Construct) -> bool:
    """True when every construct declared its resources.

    A construct whose props have problems reports them and declares nothing;
    constructs that depend on it then skip too, since the problem is already reported.
    """
    return all(hasattr(construct, "resource") for construct in constructs)


class NotDeclared(ConfigError, AttributeError):
    """An attribute read from a construct that declared nothing because of problems.

    It carries every problem recorded in the app so far, so that a team reading,
    say, ``key.key_id`` for its own resource learns which prop to fix rather than
    which attribute is missing. Being an ``AttributeError``, it leaves ``hasattr``
    and ``getattr`` with a default as they are.
    """


class NotDeclaredName(ConfigError, KeyError):
    """A name looked up among a key store's keys or secrets that were not declared.

    Raised only when the app has problems (a key refused, say); it carries them.
    """

    __str__ = ConfigError.__str__  # not KeyError's, which would quote the whole message


class DeclaredWhenBuilt:
    """A base for constructs with attributes that exist only once they are built.

    A subclass names them with :func:`declared_when_built`. Each is then a class
    attribute here that the instance's own value hides as soon as ``__init__``
    sets it, so a built construct never reaches it. Read on a construct left
    unbuilt by problems, it raises :class:`NotDeclared` with those problems;
    otherwise (or for a name the class does not declare) the usual
    ``AttributeError``. No ``__getattr__`` is involved, so a team's property on
    a subclass keeps its own errors. Listed after the jsii base class, this
    class is below it in the method resolution order, where jsii's search for
    overrides, made for every construct, does not look; and it is a plain class,
    as type checkers want a base to be.
    """

    __slots__ = ()


_DECLARED: dict[type, frozenset[str]] = {}
"""The names each class declares when built (kept here, not in the class, for jsii's search)."""

_C = TypeVar("_C", bound=type)


def declared_when_built(*names: str) -> Callable[[_C], _C]:
    """Class decorator: ``names`` exist on the (:class:`DeclaredWhenBuilt`) class once built."""

    def decorate(cls: _C) -> _C:
        if not issubclass(cls, DeclaredWhenBuilt):
            raise TypeError(f"{cls.__name__} does not derive from DeclaredWhenBuilt")
        _DECLARED[cls] = frozenset(names)
        for name in names:
            if name not in DeclaredWhenBuilt.__dict__:
                setattr(DeclaredWhenBuilt, name, _WhenBuilt(name))
        return cls

    return decorate


class _WhenBuilt:
    """A name set by ``__init__`` when the construct is built; read before that, an error."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: Construct | None, owner: type | None = None) -> Any:
        kind = type(instance) if instance is not None else owner
        mro = kind.__mro__ if kind is not None else ()
        # a base after this one (a team's mixin) that has the name answers, as it would
        # have without this class: the names of every construct class are kept here
        for base in mro[mro.index(DeclaredWhenBuilt) + 1 :] if DeclaredWhenBuilt in mro else ():
            if self.name in base.__dict__:
                found = base.__dict__[self.name]
                get = getattr(type(found), "__get__", None)
                return found if get is None else get(found, instance, kind)
        if instance is None:
            return self
        declared = any(self.name in _DECLARED.get(kind, ()) for kind in type(instance).__mro__)
        problems = problems_of(instance) if declared else []
        kind = type(instance).__name__
        if problems:
            where = visible_path(instance.node.path)
            raise NotDeclared(problems, f"{where} ({kind}) was not built, so it has no {self.name}")
        raise AttributeError(
            f"{kind!r} object has no attribute {self.name!r}", name=self.name, obj=instance
        )

    def __repr__(self) -> str:
        return f"<{self.name}: set when the construct is built>"


class ByName(dict):  # type: ignore[type-arg]
    """Constructs by name; a name that is missing because of problems says so.

    A plain ``dict`` otherwise: ``get``, ``in`` and iteration are untouched, and a
    missing name in an app without problems is the usual ``KeyError``.
    """

    def __init__(self, owner: Construct, what: str) -> None:
        super().__init__()
        self._owner = owner
        self._what = what

    def __missing__(self, name: object) -> NoReturn:
        problems = problems_of(self._owner)
        if problems:
            where = visible_path(self._owner.node.path)
            raise NotDeclaredName(problems, f"{where} declared no {self._what} {show_value(name)}")
        raise KeyError(name)


def problems_of(app: Construct) -> list[Problem]:
    """Every problem recorded so far in the app of ``app`` (no call into Node for an App)."""
    return list(app_of(app).__dict__.get(_ATTRIBUTE, []))


_APPS: dict[str, Construct] = {}
"""Each app this process has asked about, by its jsii reference: the object holding its state.

An App made in Python is the same object wherever it is reached from. One made
in Node (``Testing.app()``) comes back as a new Python object each time
``node.root`` reaches it, so what this package notes on it (problems,
suppressions, deployments added) would be lost; the first object seen stands
for it. jsii never frees an app's objects either, so this keeps nothing more alive.
"""


def app_of(scope: Construct) -> Construct:
    """The object standing for the app of ``scope``, on which its state is kept."""
    root: Any = scope if isinstance(scope, App) else scope.node.root
    return _APPS.setdefault(root.__jsii_ref__.ref, root)


ADDING_DEPLOYMENTS = "_kms_keystore_adding"
"""On the app while ``add_deployment(s)`` makes its stacks (it places their suppressions)."""
_OWNERS = "_kms_keystore_account_owners"
"""On the app: each account whose objects something declares, with who and what it is."""
STACK_ACCOUNT = "_kms_keystore_account"
"""On a stack of ours: the account its provider settings name (until its configuration does)."""
OWNED_BY_KEY_STORE = "key store of the stack"
"""An account owner that is a key store declaring the account objects in its stack."""


def note_account_owner(
    scope: Construct, account: str, who: str, kind: str
) -> tuple[str, str] | None:
    """Note ``who`` (a ``kind``: stack, key store) as declaring ``account``'s objects.

    The creator policy, the service-linked role and the drift guard exist once
    per account: a second declaration fails at apply. Returns the owner noted
    first, as (who, kind), when that is another; None when ``who`` is the first.
    """
    owners: dict[str, tuple[str, str]] = vars(app_of(scope)).setdefault(_OWNERS, {})
    first = owners.setdefault(account, (who, kind))
    return None if first == (who, kind) else first


def account_owners(scope: Construct) -> dict[str, tuple[str, str]]:
    """Each account whose objects a stack or key store of the app of ``scope`` declares."""
    return vars(app_of(scope)).setdefault(_OWNERS, {})  # type: ignore[no-any-return]


def declared_by(owner: tuple[str, str], account: str, fix: str) -> str:
    """The end of a message refusing a second owner of ``account``'s objects."""
    who, kind = owner
    return (
        f"the {kind} {who!r} ({account}), which declares its account objects already: the "
        f"creator policy, service-linked role and drift guard exist once per account; {fix}"
    )


def raise_if_invalid(app: Construct) -> None:
    """Raise :class:`ConfigError` with all problems of the app, if there are any."""
    problems = problems_of(app)
    if problems:
        raise ConfigError(problems)
