"""Stacks that compose the key store: one stack, or an account stack and regional stacks."""

from __future__ import annotations

from dataclasses import fields
from functools import partial
from typing import TYPE_CHECKING, Any

from constructs import Construct

from .app_check import APP_CHECKED, ID_SPELLINGS, check_app
from .config import (
    ATTRIBUTE_KEYS,
    AssumeRoleSpec,
    BackendSpec,
    DeploymentConfig,
)
from .config.account_scope import account_key, folded, group_by_account, settings_account_key
from .config.fields import ConfigChecker
from .config.model import LAYOUTS
from .core import rules
from .core.checked import checked_already
from .core.problems import Checker, ConfigError, Problem, a_kind
from .core.terraform_text import TOKEN_ALLOWED, is_cdktf_token, optional_literal
from .creator_policy import ServiceLinkedRoleCreatorPolicy
from .framework.cdk import (
    AlicloudProvider,
    AlicloudProviderAssumeRole,
    App,
    CloudBackend,
    LocalBackend,
    NamedCloudWorkspace,
    OssBackend,
    TerraformOutput,
    TerraformStack,
)
from .framework.state import STACK_ID
from .framework.validation import (
    ADDING_DEPLOYMENTS,
    APP_STATE,
    HIDDEN_ID,
    KMS_CONFIG,
    KMS_REGION,
    OWNED_BY_KEY_STORE,
    REFERENCE_APP,
    STACK_ACCOUNT,
    DeclaredWhenBuilt,
    account_owners,
    app_of,
    built,
    checked_while_preparing,
    checker_for,
    declared_by,
    declared_when_built,
    note_account_owner,
    refuse_tokens,
    report,
)
from .keystore import KmsKeyStore, declare_account_objects
from .service_linked_role import KeyStoreServiceLinkedRole
from .system_policy_guard import SystemPolicyDriftGuard

if TYPE_CHECKING:  # imported where deployers are granted: a default app does not load it
    from .deployer_policy import KeyStoreDeployerPolicy


@declared_when_built("provider")
class AlicloudStack(TerraformStack, DeclaredWhenBuilt):
    """A stack with the alicloud provider and a local backend at a relative path.

    Credentials never appear in the configuration: the provider reads them from
    the environment (``ALIBABA_CLOUD_ACCESS_KEY_ID`` and friends) or, when
    ``profile`` is given, from that Alibaba Cloud CLI profile, optionally assuming
    a RAM role. The state file is
    ``terraform.<stack>.tfstate`` in the project directory, written as a path
    relative to ``cdktf.out/stacks/<stack>`` so that no machine path is synthesized.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        region: str,
        profile: str | None = None,
        assume_role: AssumeRoleSpec | None = None,
        backend: BackendSpec | None = None,
        account: str | None = None,
    ) -> None:
        """Configure provider and backend.

        :param region: region for every resource of the stack.
        :param profile: optional Alibaba Cloud CLI profile name.
        :param assume_role: optional RAM role the provider assumes.
        :param backend: where state is kept; default a local file.
        :param account: a label for the account the credentials reach, as a
            deployment's ``account``: stacks on the environment's credentials with
            different labels (one CI job per account) are different accounts, each
            with its own key store declaring the account objects.
        """
        self.__dict__[STACK_ID] = id  # read by _settings_ok; ``node.id`` would be a call into Node
        unique = True
        state: dict[str, object] = {}
        if isinstance(scope, Construct):  # anything else is refused by cdktf's own check
            state = vars(app_of(scope))  # an App: no call into Node
            if not state.get(REFERENCE_APP):  # the reference app's names are checked
                _refuse_an_id_cdktf_refuses(scope, id)
            ids: set[str] = state.setdefault(_IDS, set())  # type: ignore[assignment]
            unique = id not in ids
            ids.add(id)
            if unique and type(id) is str:
                # payments and Payments: one folder and one state file on macOS or Windows
                spelt: dict[str, str] = state.setdefault(ID_SPELLINGS, {})  # type: ignore[assignment]
                twin = spelt.setdefault(folded(id), id)
                if twin != id:
                    unique = False
                    self.__dict__[_TWIN] = twin
        super().__init__(scope, id)
        self.kms_keystore_fails_closed = True
        """The app writes this stack: a module in it, which no guardrail sees into, is an error."""
        if not _settings_ok(self, unique, region, profile, assume_role, backend):
            # a bare provider (not self.provider): synthesis stops on the problems, and
            # cdktf's own "add provider constructs" does not come first for what is added
            AlicloudProvider(self, "alicloud")
            return
        self.provider = AlicloudProvider(
            self,
            "alicloud",
            region=region,
            profile=optional_literal(profile),
            assume_role=AlicloudProviderAssumeRole(
                role_arn=assume_role.role_arn,
                session_name=assume_role.session_name,
                session_expiration=assume_role.session_expiration,
            )
            if assume_role
            else None,
        )
        """The alicloud provider configuration."""
        _backend(self, id, backend or BackendSpec(), region, state)
        # a key store here that declares the account objects owns this account
        if account is not None and (type(account) is not str or not account.strip()):
            check = checker_for(self)
            check.fail("account", account, "None or a label for the account, such as 'prod'")
            report(self, check)
            account = None
        elif account is not None:
            labels: dict[str, str] = state.setdefault(_LABELS, {})  # type: ignore[assignment]
            first = labels.setdefault(folded(account), account)
            if first != account:
                check = checker_for(self)
                check.fail(
                    "account",
                    account,
                    f"{first!r}, as another stack spells this label: labels that differ only "
                    "in letter case or spaces would be two accounts here",
                )
                report(self, check)
        self.__dict__[STACK_ACCOUNT] = settings_account_key(profile, assume_role, account)
        # where KMS names must be unique, the account and region (claim): no tuple kept
        self.__dict__[KMS_REGION] = region
        self.__dict__[APP_STATE] = state


@declared_when_built("provider", "config", "creator_policy", "role", "guard", "deployer_policy")
class AccountStack(AlicloudStack, DeclaredWhenBuilt):
    """The account-wide objects of one Alibaba Cloud account, applied by an administrator.

    The creator policy and its attachments, the service-linked role (created
    after the attachments, protected from destroy) and the drift guard on its
    system policy. One account stack serves every regional key store stack of the
    account; those only read the role. With ``deployers`` (RAM principals), it
    also grants them the least-privilege policy of those regional stacks.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        config: DeploymentConfig,
        region: str | None = None,
    ) -> None:
        """Declare the account-wide objects from ``config``.

        :param config: the first deployment of the account (the others agree with it).
        :param region: provider region; default ``config.account_stack.region`` or the
            deployment's region (RAM itself is global).
        """
        if not _config_ok(self, scope, id, config, include_account=True, account_stack=True):
            return
        spec = config.account_stack
        super().__init__(
            scope,
            id,
            region=spec.region or region or config.region,
            profile=spec.profile or config.profile,
            assume_role=spec.assume_role or config.assume_role,
            backend=spec.backend or config.backend,
        )
        if "provider" not in vars(self):  # its settings were refused: nothing to build on
            return
        # a store a team adds here is in the deployment's account, label included
        self.__dict__[STACK_ACCOUNT] = _own_account(self, scope, id, config)
        self.config = config
        """The first deployment of the account."""
        self.creator_policy: ServiceLinkedRoleCreatorPolicy
        """The creator policy and its attachments."""
        self.role: KeyStoreServiceLinkedRole
        """The service-linked role (created after the attachments, protected from destroy)."""
        self.guard: SystemPolicyDriftGuard
        """The drift guard on the role's system policy."""
        self.creator_policy, self.role, self.guard = _account_objects(self, config)
        if config.suppressions and ADDING_DEPLOYMENTS not in vars(app_of(scope)):
            from .guardrails.engine import defer_suppressions  # only suppressions need it

            report(self, defer_suppressions(self, config.suppressions, id, "config.suppressions"))
        self.deployer_policy: KeyStoreDeployerPolicy | None = None
        """The deployers' policy (see :meth:`grant_deployers`)."""
        if built(self.role):
            TerraformOutput(self, "service_linked_role_name", value=self.role.role_name)

    def grant_deployers(self, regional: list[TerraformStack]) -> None:
        """Grant ``accountStack.deployers`` what deploying ``regional`` needs, if any are named."""
        if "config" not in vars(self):  # this stack has problems: they are reported
            return
        spec = self.config.account_stack.deployers
        if spec is None:
            return
        from .deployer_policy import KeyStoreDeployerPolicy

        self.deployer_policy = KeyStoreDeployerPolicy(
            self,
            "DeployerPolicy",
            stacks=regional,
            policy_name=spec.name,
            users=spec.users,
            groups=spec.groups,
            roles=spec.roles,
        )


def _account_objects(
    stack: TerraformStack, config: DeploymentConfig
) -> tuple[ServiceLinkedRoleCreatorPolicy, KeyStoreServiceLinkedRole, SystemPolicyDriftGuard]:
    """Creator policy, service-linked role and drift guard, as the key store declares them."""
    return declare_account_objects(
        stack, config.creator_policy, role_mode=config.role_mode, guard_mode=config.guard_mode
    )


@declared_when_built(
    "provider",
    "config",
    "keystore",
    "creator_policy",
    "guard",
    "role",
    "network",
    "instance",
    "keys",
    "secrets",
    "applications",
)
class KeyStoreStack(AlicloudStack, DeclaredWhenBuilt):
    """The key store of one region: a :class:`KmsKeyStore` in a stack of its own.

    The stack adds the provider, the backend and two outputs (``instance_id`` and
    ``service_linked_role_name``) to the drop-in construct, which it holds as
    ``Default``: cdktf leaves that ID out of Terraform addresses, so every address
    is the one it was before the construct existed.

    With ``include_account`` (layout ``single``: the deployment is alone in its
    account) the account-wide objects are part of this stack. Otherwise an
    :class:`AccountStack` holds them and this stack only reads the role
    (``reference``), so that no regional deployment creates it again.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        config: DeploymentConfig,
        include_account: bool = True,
    ) -> None:
        """Compose the key store from ``config``."""
        if not _config_ok(self, scope, id, config, include_account):
            return
        super().__init__(scope, id, **_stack_settings(config))
        if "provider" not in vars(self):  # its settings were refused: nothing to build on
            return
        self.__dict__[KMS_CONFIG] = config
        account = _own_account(self, scope, id, config) if include_account else None
        self.config = config
        self.keystore = KmsKeyStore.from_config(
            self, HIDDEN_ID, config, account_objects=include_account
        )
        """The key store construct."""
        if account is not None:  # its own store is made: one a team adds is in this account
            self.__dict__[STACK_ACCOUNT] = account
        self.creator_policy = self.keystore.creator_policy
        """The creator policy construct (layout ``single`` only)."""
        self.guard = self.keystore.guard
        """The drift guard on the role's system policy (layout ``single`` only)."""
        self.role = self.keystore.role
        """The service-linked role construct (read only in the split layout)."""
        self.network = self.keystore.network
        """The instance's network (none for a referenced instance)."""
        self.instance = self.keystore.instance
        """The KMS instance construct."""
        self.keys = self.keystore.keys
        """Keys by logical name."""
        self.secrets = self.keystore.secrets
        """Secrets by name."""
        self.applications = self.keystore.applications
        """One access path per application."""
        if built(self.instance):
            TerraformOutput(self, "instance_id", value=self.instance.instance_id)
            TerraformOutput(self, "service_linked_role_name", value=self.role.role_name)


def _config_ok(
    stack: TerraformStack,
    scope: Construct,
    id: str,
    config: object,
    include_account: object,
    *,
    account_stack: bool = False,
) -> bool:
    """True when ``config`` is a deployment and ``include_account`` a bool.

    The reader checks every field of a deployment it makes; of one made by
    hand, the kind of every field is checked here (and the layout), since the
    stacks read them before any construct checks their values. A key store
    stack that declares the account objects itself (not ``account_stack``) has
    no use for ``config.account_stack``'s settings: given, they are refused, as
    the reader refuses them with layout ``single``. Otherwise ``stack`` is made a
    bare stack that reports the problems and declares nothing.
    """
    trusted = _trusted(config, DeploymentConfig)
    if (
        isinstance(include_account, bool)
        and (trusted or _deployment_ok(Checker(""), "config", config))
        and (
            not include_account
            or account_stack
            or (trusted and config.layout == "single")  # type: ignore[attr-defined]
            or not _unused_settings(config)  # type: ignore[arg-type]
        )
    ):
        return True
    if isinstance(scope, Construct) and not vars(app_of(scope)).get(REFERENCE_APP):
        _refuse_an_id_cdktf_refuses(scope, id)
    TerraformStack.__init__(stack, scope, id)
    AlicloudProvider(stack, "alicloud")  # bare, as for refused settings: the problems come first
    check = checker_for(stack)
    if _deployment_ok(check, "config", config) and include_account is True and not account_stack:
        for attr, value in _unused_settings(config):  # type: ignore[arg-type]
            check.fail(
                f"config.account_stack.{attr}",
                rules.shown_kind(value),
                "unset where the stack declares the account objects itself (include_account "
                "True; layout 'single'): there is no account stack to take it; use "
                "add_deployment with layout 'split', or AccountStack",
            )
    rules.check_kind(check, "include_account", include_account, bool, "True or False")
    report(stack, check)
    return False


def _unused_settings(config: DeploymentConfig) -> list[tuple[str, object]]:
    """The account stack settings ``config`` gives (name, value)."""
    spec = config.account_stack
    return [(f.name, v) for f in fields(spec) if (v := getattr(spec, f.name)) is not None]


def _deployment_ok(check: Checker, field: str, config: object, *, names: bool = False) -> bool:
    """Whether ``config`` is a deployment the reader made, or a hand-made one of right kinds."""
    if _trusted(config, DeploymentConfig):
        return True
    if not rules.check_kind(check, field, config, DeploymentConfig, CONFIG_WANTED):
        return False
    from .core.kinds import record_kinds_ok

    before = len(check.problems)
    if record_kinds_ok(check, field, config, DeploymentConfig, may_be_none=_DEFAULTED):
        check.one_of(f"{field}.layout", config.layout, LAYOUTS)  # type: ignore[attr-defined]
        if names:  # where they name the stacks and their folders (add_deployment)
            rules.check_resource_name(check, f"{field}.name", config.name)  # type: ignore[attr-defined]
            account_stack = config.account_stack.name  # type: ignore[attr-defined]
            if account_stack is not None:
                rules.check_resource_name(check, f"{field}.account_stack.name", account_stack)
    return len(check.problems) == before


_DEFAULTED = frozenset({"backend", "network", "instance"})
"""Fields of a deployment that may be None by hand: the stacks then use the defaults."""


def _settings_ok(
    stack: TerraformStack,
    unique: bool,
    region: object,
    profile: object,
    assume_role: object,
    backend: object,
) -> bool:
    """True when the provider and backend settings of ``stack`` are right; else reported.

    Specs the configuration reader checked are not checked again (one stack of a
    fleet after another); those made by hand are, as the other constructs' are.
    The stack's ID names its folder and state file: ``..`` or ``a/b`` would not,
    nor an ID another stack of the app has (``unique`` False).
    """
    id = stack.__dict__.get(STACK_ID, "")
    if (
        unique
        and id.strip(".")
        and "/" not in id
        and rules.is_region(region)
        and (
            profile is None
            or (type(profile) is str and "{" not in profile and profile.isprintable())
        )
        and (assume_role is None or _trusted(assume_role, AssumeRoleSpec))
        and (backend is None or _trusted(backend, BackendSpec))
    ):
        return True  # the usual case: nothing made by hand, no checker
    check = checker_for(stack)
    if not id.strip(".") or "/" in id:
        check.fail("id", id, "a name of its own for the stack's folder and state: no '/', not '..'")
    elif _TWIN in stack.__dict__:
        check.fail(
            "id",
            id,
            f"an ID that differs from {stack.__dict__[_TWIN]!r}, another stack's, in more than "
            "letter case or spaces: on a disk that ignores case (macOS, Windows) the two "
            "stacks' folders and state files would be one",
        )
    elif not unique:
        # cdktf names a stack's folder (and the manifest) by its ID alone: under two
        # groups, the second stack would replace the first without a word
        check.fail("id", id, "an ID no other stack of this app has: it names the stack's folder")
    rules.check_region(check, "region", region)
    if profile is not None and (not isinstance(profile, str) or not profile.isprintable()):
        # as the reader takes it: printable; "" means none, as None does
        check.fail("profile", profile, "None or the name of an Alibaba Cloud CLI profile")
    for field, spec, kind in (
        ("assume_role", assume_role, AssumeRoleSpec),
        ("backend", backend, BackendSpec),
    ):
        if spec is None or _trusted(spec, kind):
            continue
        if rules.check_kind(check, field, spec, kind, f"None or {a_kind(kind.__name__)}"):
            spec.validate(check.child(field))  # type: ignore[attr-defined]
            refuse_tokens(check.child(field), spec)
    if is_cdktf_token(profile):
        check.fail("profile", profile, TOKEN_ALLOWED)
    return report(stack, check)


_GLOB_CHARACTERS = frozenset("*?[]{}!")
"""What cdktf 0.21's TerraformStack refuses in an ID (``throwIfIdIsGlobCharacter``)."""


_JS_ONLY_SPACES = frozenset("\ufeff")
"""Whitespace to JavaScript's ``\\s`` (which cdktf's ID check uses) that ``str.isspace`` is not."""


def _refuse_an_id_cdktf_refuses(scope: Construct, id: object) -> None:
    """Raise :class:`ConfigError` for an ID cdktf's own constructor would refuse with a trace.

    cdktf refuses whitespace and glob characters in a stack's ID, and a name
    another construct of ``scope`` has; no stack can be made to carry the
    problem. Asked of a team's stacks only: the reference app names its own.
    """
    if type(id) is not str:
        return  # cdktf's own TypeError
    wanted = None
    glob = sorted(set(id) & _GLOB_CHARACTERS)
    if not id:
        wanted = "a non-empty ID (only the app may have an empty one)"
    elif (" " in id or not id.isprintable()) and any(
        char.isspace() or char in _JS_ONLY_SPACES for char in id
    ):
        wanted = "an ID without spaces or other whitespace (cdktf refuses it)"
    elif glob:
        wanted = (
            f"an ID without {' '.join(glob)} (cdktf refuses the glob characters * ? [ ] {{ }} !)"
        )
    elif scope.node.try_find_child(id) is not None:
        wanted = "an ID no other construct here has (cdktf refuses a second one)"
    if wanted is not None:
        where = "/".join(part for part in (scope.node.path, id) if part) or "app"
        raise ConfigError([Problem(where, "id", id, wanted)])


def _trusted(spec: object, kind: type) -> bool:
    """A ``kind`` the reader checked (marked); one of another kind is judged, marked or not."""
    return type(spec) is kind and checked_already(spec)


def _stack_settings(config: DeploymentConfig) -> dict[str, object]:
    """Provider and backend settings of a deployment, as :class:`AlicloudStack` takes them."""
    return {
        "region": config.region,
        "profile": config.profile,
        "assume_role": config.assume_role,
        "backend": config.backend,
        "account": config.account or None,
    }


def _backend(
    stack: AlicloudStack, id: str, spec: BackendSpec, region: str, state: dict[str, object]
) -> None:
    """Local state at a relative path, OSS state with locking and encryption, or HCP Terraform.

    Terraform evaluates no expression in a backend or ``cloud`` block, so the
    settings are written as given (validated in :class:`BackendSpec`), never escaped.
    In the first stack of a team's app the state's name (path, key or workspace),
    which no team reads back, is a lazy value giving the same text that runs
    :func:`.app_check.check_app` while cdktf prepares the stacks, before it writes
    any. The reference app makes every stack and places its suppressions itself.
    """
    if spec.type == "oss":
        name = f"{id}.tfstate"
    elif spec.type == "cloud":
        name = f"{spec.workspace_prefix}{id}"
    else:
        name = f"../../../terraform.{id}.tfstate"
    if state and not state.get(REFERENCE_APP) and APP_CHECKED not in state:
        state[APP_CHECKED] = True
        name = checked_while_preparing(name, partial(check_app, stack), stack)
    if spec.type == "oss":
        OssBackend(
            stack,
            bucket=spec.bucket or "",
            prefix=spec.prefix,
            key=name,
            region=spec.region or region,
            tablestore_endpoint=spec.tablestore_endpoint,
            tablestore_table=spec.tablestore_table,
            encrypt=spec.encrypt,
            acl="private",
        )
    elif spec.type == "cloud":
        CloudBackend(
            stack,
            organization=spec.organization or "",
            workspaces=NamedCloudWorkspace(name),
        )
    else:
        LocalBackend(stack, path=name)


SCOPE_WANTED = "an App, or a construct of one, to add the stacks to"
CONFIG_WANTED = "a DeploymentConfig, such as parse_deployment({'name': 'kms'})"


def add_deployments(scope: Construct, configs: list[DeploymentConfig]) -> list[TerraformStack]:
    """Add the stacks of every deployment to ``scope`` (an App): one account stack per account.

    Deployments in one account share its account stack, or are refused with a
    problem naming them (see :mod:`.config.account_scope`).
    """
    return _add(scope, configs, "configs")


def _add(scope: object, given: object, field: str) -> list[TerraformStack]:
    """The stacks of ``given`` (``field`` names it in messages) added to ``scope``."""
    if not isinstance(scope, Construct):
        problem = Problem("add_deployments", "scope", rules.shown_kind(scope), SCOPE_WANTED)
        raise ConfigError([problem])
    at_root = isinstance(scope, App) or not scope.node.path  # an App: no call into Node
    check = ConfigChecker("", ATTRIBUTE_KEYS) if at_root else checker_for(scope, "deployments")
    # Python names for what the team wrote in Python; the grouping below names configuration keys
    kinds = Checker(f"add_deployment{'' if field == 'config' else 's'}") if at_root else check
    if field == "config":  # the one deployment of add_deployment
        right = _deployment_ok(kinds, field, given, names=True)
        configs: list[DeploymentConfig] = [given] if right else []  # type: ignore[list-item]
    else:
        rules.listed(kinds, field, given, DeploymentConfig, CONFIG_WANTED)  # records the rest
        configs = [
            config
            for index, config in rules.indexed(given, DeploymentConfig)
            if _trusted(config, DeploymentConfig)
            or _deployment_ok(kinds, f"{field}[{index}]", config, names=True)
        ]
    if kinds.problems:  # what follows reads the deployments' fields
        raise ConfigError(kinds.problems)
    owners = account_owners(scope)
    state = vars(app_of(scope))
    names: set[str] = state.setdefault(_NAMES, set())
    names.update(state.get(_IDS, ()))  # stacks made by hand took their IDs too
    if owners or names:
        _refuse_added_before(kinds, field, configs, owners, names)
        if kinds.problems:
            raise ConfigError(kinds.problems)
    groups = group_by_account(configs, check)
    if check.problems:
        # refused here: an App, or a construct in no stack, runs no validation of its own
        raise ConfigError(check.problems)
    for group in groups:
        if group.stack_name in names:
            kinds.fail(field, group.stack_name, "an account stack name no other stack has")
    if not state.get(REFERENCE_APP):  # a team's own construct may have a name: none is built
        for group in groups:
            for name in [m.name for m in group.members] + [group.stack_name or ""]:
                if name and scope.node.try_find_child(name) is not None:
                    kinds.fail(field, name, "a stack name no other stack of this app has")
    if kinds.problems:
        raise ConfigError(kinds.problems)
    for group in groups:
        names.update([m.name for m in group.members] + [group.stack_name or ""])
    state[ADDING_DEPLOYMENTS] = True  # the stacks made now note themselves as added
    try:
        stacks = _build_groups(scope, groups)
    except RuntimeError as err:  # a team's own stack has the name: cdktf refuses it
        if "There is already a Construct with name" not in str(err):
            raise
        name = str(err).split("'")[1] if str(err).count("'") >= 2 else "?"
        kinds.fail(field, name, "a stack name no other stack of this app has")
        raise ConfigError(kinds.problems) from None
    finally:
        del state[ADDING_DEPLOYMENTS]
    if not state.get(REFERENCE_APP) and stacks:  # the reference app places its own
        _place_suppressions(stacks[0], configs, field)
    return stacks


def _place_suppressions(scope: Construct, configs: list[DeploymentConfig], field: str) -> None:
    """Note each deployment's ``suppressions`` (``scope``: a stack made), placed at synthesis."""
    for index, config in enumerate(configs):
        if config.suppressions:
            from .guardrails.engine import defer_suppressions  # only suppressions need it

            where = field if field == "config" else f"{field}[{index}]"
            caller = f"add_deployment{'' if field == 'config' else 's'}"
            defer_suppressions(scope, config.suppressions, caller, f"{where}.suppressions")


def _build_groups(scope: Construct, groups: list[Any]) -> list[TerraformStack]:
    """The stacks of each account group, in apply order."""
    stacks: list[TerraformStack] = []
    taken: set[str] = set()  # a colliding name is reported above; its stack is left out
    for group in groups:
        own = [m.name for m in group.members] + ([group.stack_name] if group.stack_name else [])
        if taken.intersection(own):
            continue
        taken.update(own)
        if group.stack_name is None:
            stacks.append(KeyStoreStack(scope, group.members[0].name, config=group.members[0]))
            continue
        account = AccountStack(scope, group.stack_name, config=group.members[0])
        stacks.append(account)
        regionals = []
        for config in group.members:
            regional = KeyStoreStack(scope, config.name, config=config, include_account=False)
            regional.add_dependency(account)
            regionals.append(regional)
        stacks.extend(regionals)
        account.grant_deployers(regionals)
    return stacks


ADDED = "stack"
"""An account owner that ``add_deployment(s)`` made."""
MADE_BY_HAND = "hand-made stack"
"""An account owner a team made by hand (``AccountStack``, ``KeyStoreStack``)."""
_IDS = "_kms_keystore_stack_ids"
"""On the app: the IDs of this package's stacks (a stack's folder is named by its ID alone)."""
_TWIN = "_kms_keystore_id_twin"
"""On a stack refused for its ID: the other stack's ID it differs from only in spelling."""
_LABELS = "_kms_keystore_account_labels"
"""On the app: each account label of our stacks by its folded spelling."""
_NAMES = "_kms_keystore_stack_names"
"""On the app: the stack names ``add_deployment(s)`` gave out."""


def _refuse_added_before(
    check: Checker,
    field: str,
    configs: list[DeploymentConfig],
    owners: dict[str, tuple[str, str]],
    names: set[str],
) -> None:
    """Record each deployment whose account or stack name another stack of the app has.

    One call groups the deployments of an account around one owner of the
    account-wide objects; another call (or a stack made by hand) would declare
    them again.
    """
    for index, config in enumerate(configs):
        where = field if field == "config" else f"{field}[{index}]"
        account = account_key(config)
        if account in owners:
            owner = owners[account]
            if owner[1] == ADDED:
                fix = "add the deployments of one account in one add_deployments call, so "
                fix += "that they share its account stack"
            elif owner[1] == MADE_BY_HAND:
                fix = "make this deployment's stack by hand too, "
                fix += f"KeyStoreStack(app, {config.name!r}, config=..., include_account=False), "
                fix += "which reads the role"
            else:
                fix = "give that key store account_objects=False, so that one stack declares them"
            check.fail(where, config.name, _owned(owner, account, fix))
        elif config.name in names:
            check.fail(where, config.name, "a stack name no other stack of this app has")


def _owned(owner: tuple[str, str], account: str, fix: str) -> str:
    """What a deployment of an account another stack owns must be instead, and the fix."""
    return f"a deployment of another account than {declared_by(owner, account, fix)}"


def _own_account(stack: TerraformStack, scope: Construct, id: str, config: DeploymentConfig) -> str:
    """Note ``stack`` (``id``) as the owner of its account's objects; refuse a second owner.

    :returns: the account (its key), which a store a team adds to the stack is in.
    """
    stack.__dict__.pop(STACK_ACCOUNT, None)  # the configuration names the account, with its label
    account = account_key(config)
    kind = ADDED if ADDING_DEPLOYMENTS in vars(app_of(scope)) else MADE_BY_HAND
    first = note_account_owner(scope, account, id, kind)
    if first is not None:
        check = checker_for(stack)
        if isinstance(stack, AccountStack):
            fix = "declare one AccountStack per account; its key store stacks take "
            fix += "include_account=False"
        else:
            fix = "give this stack include_account=False (it then reads the role)"
        if first[1] == OWNED_BY_KEY_STORE:
            fix += ", or give that key store account_objects=False"
        check.fail("config", config.name, _owned(first, account, fix))
        report(stack, check)
    return account


def add_deployment(scope: Construct, config: DeploymentConfig) -> list[TerraformStack]:
    """Add the stacks of one deployment to ``scope`` (an App), in apply order."""
    return _add(scope, config, "config")
