"""The whole key store as one construct, for a team's own stack, provider and backend."""

from __future__ import annotations

import typing
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from constructs import Construct

from .core import rules
from .core.instance_lifecycle import (
    REFERENCE_TAKES_NO_NETWORK,
    ROLE_CREATE_WITH_EXISTING_INSTANCE,
    InstanceMode,
)
from .core.key_specs import ApplicationSpec, KeySpec, SecretSpec
from .core.problems import Checker, a_kind
from .core.rules import Listed
from .core.specs import (
    CreatorPolicySpec,
    ExistingNetworkSpec,
    GuardMode,
    InstanceSpec,
    NewNetworkSpec,
    RoleMode,
)
from .core.terraform_text import is_cdktf_token
from .creator_policy import ServiceLinkedRoleCreatorPolicy, listed_principals
from .framework.cdk import ITerraformDependable, TerraformStack
from .framework.terraform_version import remember_stack, stack_of
from .framework.validation import (
    ADDING_DEPLOYMENTS,
    APP_STATE,
    CLAIMED_BY_SCOPE,
    KMS_REGION,
    OWNED_BY_KEY_STORE,
    REFERENCE_APP,
    STACK_ACCOUNT,
    ByName,
    app_of,
    built,
    checker_for,
    claim,
    declared_by,
    note_account_owner,
    report,
    visible_path,
)
from .instance import KeyStoreInstance, synth_warning
from .network import KeyStoreNetwork
from .service_linked_role import (
    STORE_ROLE,
    KeyStoreServiceLinkedRole,
    carry_check_while_preparing,
)
from .system_policy_guard import SystemPolicyDriftGuard

IGNORED_WITHOUT_ACCOUNT_OBJECTS = (
    "not given with account_objects=False: another stack owns the creator policy, the role and "
    "the drift guard, so this setting would do nothing; give it there, or set account_objects=True"
)
"""Why account-wide settings are refused when this key store declares no account objects."""

if TYPE_CHECKING:
    from .access import ApplicationAccess
    from .config.model import DeploymentConfig
    from .framework.cdk import RamGroup, RamRole, RamUser, Vpc, Vswitch
    from .keys import KeyStoreKey
    from .secrets import KeyStoreSecret

    # A Protocol for type checkers only: one made at run time would add a subclass check
    # to every class jsii hands to cattrs for the first time (docs/speed.md).
    class _HasName(typing.Protocol):
        name: str


Named = TypeVar("Named", bound="_HasName")


class KmsKeyStore(Construct):
    """A dedicated KMS key store, dropped into any ``TerraformStack``.

    The stack keeps its own provider and backend; this construct declares, in
    apply order:

    * with ``account_objects`` (default): the custom policy that lets principals
      create the service-linked role (child ``CreatorPolicy``), attached to ``users``,
      ``groups`` and ``roles``; the role ``AliyunServiceRoleForKMSKeyStore``
      (``ServiceLinkedRole``), created after those attachments and protected from
      destroy; the drift guard on its system policy (``SystemPolicyGuard``). Without
      it, the role is only read (its account stack owns it);
    * the network (``Network``): a new VPC and vSwitch, literal IDs, or the team's own
      ``vpc`` and ``vswitch`` (constructs or references), unless the instance is referenced;
    * the KMS instance (``Instance``), created (software edition), adopted or referenced,
      after the role and the attachments;
    * keys (``Key-<name>``), secrets (``Secret-<name>``) and application access
      (``App-<name>``).

    Defaults and protections are those of each construct: Subscription with
    automatic renewal, deletion protection and ``prevent_destroy`` on the instance,
    the role and the keys, secrets only from sensitive variables. A mistake in
    any prop stops ``app.synth()`` with the construct path, field, value and fix.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        region: str,
        instance: InstanceSpec | None = None,
        network: NewNetworkSpec | ExistingNetworkSpec | None = None,
        vpc: Vpc | str | None = None,
        vswitch: Vswitch | str | None = None,
        zone_ids: Listed[str] | None = None,
        keys: Listed[KeySpec] = (),
        secrets: Listed[SecretSpec] = (),
        applications: Listed[ApplicationSpec] = (),
        account_objects: bool = True,
        creator_policy: CreatorPolicySpec | None = None,
        users: Listed[str | RamUser] = (),
        groups: Listed[str | RamGroup] = (),
        roles: Listed[str | RamRole] = (),
        role_mode: RoleMode | str | None = None,
        guard_mode: GuardMode | str | None = None,
    ) -> None:
        """Declare the key store.

        :param region: the stack provider's region; zones and defaults follow it.
        :param instance: mode (``create``, ``adopt``, ``reference``), ID, edition, billing,
            quotas and protection; default a software instance bought for one month.
        :param network: a :class:`NewNetworkSpec` (default) or an :class:`ExistingNetworkSpec`
            of literal IDs. Not with ``vpc``/``vswitch``.
        :param vpc: the team's VPC, as a ``Vpc`` construct or an ID (literal or token).
            Takes a reference.
        :param vswitch: the team's vSwitch in one of ``zone_ids``, as a ``Vswitch`` construct
            or an ID (literal or token). Takes a reference; checked at plan time.
        :param zone_ids: with ``vpc`` and ``vswitch``, the instance's two zones.
        :param keys: keys to create in the instance.
        :param secrets: secrets to create (values from sensitive variables).
        :param applications: applications to give access to keys and secrets.
        :param account_objects: declare the account-wide objects here (creator policy,
            role per ``role_mode``, drift guard); False when another stack owns them.
        :param creator_policy: name, description and principal names of the creator policy.
        :param users: more RAM users to attach it to, as names or ``RamUser`` constructs
            (a construct is referenced, so the attachment follows it). Takes a reference.
        :param groups: more RAM groups, as names or ``RamGroup`` constructs. Takes a reference.
        :param roles: more RAM roles, as names or ``RamRole`` constructs. Takes a reference.
        :param role_mode: ``create`` (default), ``adopt`` or ``reference`` the role
            (with ``account_objects``).
        :param guard_mode: ``check`` (default, a warning), ``postcondition`` (fails the plan)
            or ``off`` for the drift guard (with ``account_objects``).

        Two key stores in one stack must not declare the same variable, KMS name or
        account-wide objects: the second one's props are refused, naming the first.
        """
        super().__init__(scope, id)
        remember_stack(self, scope)
        check = checker_for(self)
        rules.check_region(check, "region", region)
        # props of the wrong kind are reported here and then left out, so that the rest
        # is still built and checked; synthesis stops on the report
        if not rules.check_kind(check, "account_objects", account_objects, bool, "True or False"):
            account_objects = True
        instance = _spec_or_none(check, "instance", instance, InstanceSpec)
        creator_policy = _spec_or_none(check, "creator_policy", creator_policy, CreatorPolicySpec)
        if creator_policy is not None:  # its names join users, groups and roles below
            before = len(check.problems)
            names = (creator_policy.users, creator_policy.groups, creator_policy.roles)
            listed_principals(check, *names, prefix="creator_policy.")
            if len(check.problems) != before:
                creator_policy = None
        network = _spec_or_none(check, "network", network, (NewNetworkSpec, ExistingNetworkSpec))
        given = (keys, secrets, applications)  # as given: positions in messages are these
        keys = rules.listed(  # type: ignore[assignment]
            check, "keys", keys, KeySpec, "a KeySpec, such as KeySpec(name='app')"
        )
        secrets = rules.listed(  # type: ignore[assignment]
            check,
            "secrets",
            secrets,
            SecretSpec,
            "a SecretSpec, such as SecretSpec(name='db', encryption_key='app')",
        )
        applications = rules.listed(  # type: ignore[assignment]
            check, "applications", applications, ApplicationSpec, "an ApplicationSpec"
        )
        users, groups, roles = listed_principals(check, users, groups, roles)
        if keys or secrets:  # the default quotas, too, hold fewer than a store may declare
            spec = instance or InstanceSpec()
            for field, quota, wanted in spec.quota_shortfalls(len(keys), len(secrets)):
                check.fail(f"instance.{field}", quota, wanted)
        account_props = {
            "creator_policy": creator_policy,
            "users": list(users) or None,
            "groups": list(groups) or None,
            "roles": list(roles) or None,
            "role_mode": role_mode,
            "guard_mode": guard_mode,
        }
        if not account_objects:
            for field, value in account_props.items():
                if value is not None:
                    check.fail(field, value, IGNORED_WITHOUT_ACCOUNT_OBJECTS)
        stack = stack_of(self)
        provider_region = _provider_region(stack)
        if provider_region and region != provider_region and rules.is_region(region):
            check.fail(
                "region",
                region,
                f"{provider_region!r}, the region of this stack's provider, which declares "
                "every resource of the store; put a store of another region in a stack of its own",
            )
        _claim_names(self, stack, check, account_objects, instance, *given)
        if account_objects:
            _own_account(self, stack, check)
        clean = report(self, check)
        role_mode = RoleMode.CREATE if role_mode is None else role_mode
        guard_mode = GuardMode.CHECK if guard_mode is None else guard_mode
        self.instance_spec = instance or InstanceSpec()
        """The instance description in effect."""
        self.creator_policy: ServiceLinkedRoleCreatorPolicy | None = None
        """The creator policy and its attachments (with ``account_objects``)."""
        self.guard: SystemPolicyDriftGuard | None = None
        """The drift guard on the role's system policy (with ``account_objects``)."""
        self.role: KeyStoreServiceLinkedRole
        """The service-linked role (only read without ``account_objects``)."""
        if account_objects:
            self.__dict__[STORE_ROLE] = True  # a second role creator is told of role_mode
            self.creator_policy, self.role, self.guard = declare_account_objects(
                self,
                creator_policy or CreatorPolicySpec(),
                users=users,
                groups=groups,
                roles=roles,
                role_mode=role_mode,
                guard_mode=guard_mode,
            )
        else:
            self.role = KeyStoreServiceLinkedRole(
                self, "ServiceLinkedRole", mode=RoleMode.REFERENCE
            )
        reference = self.instance_spec.mode == InstanceMode.REFERENCE
        own = vpc is not None or vswitch is not None or zone_ids is not None
        if reference and (own or (network is not None and network != NewNetworkSpec())):
            check = checker_for(self)
            check.fail("network", "given", REFERENCE_TAKES_NO_NETWORK)
            report(self, check)
        self.network: KeyStoreNetwork | None = None
        """The instance's network (none for a referenced instance)."""
        if not reference:
            self.network = KeyStoreNetwork(
                self,
                "Network",
                region=region,
                new=network if isinstance(network, NewNetworkSpec) else None,
                existing=network if isinstance(network, ExistingNetworkSpec) else None,
                vpc=vpc,
                vswitch=vswitch,
                zone_ids=zone_ids,
            )
        depends: list[ITerraformDependable] = []
        if self.creator_policy is not None:
            depends.extend(self.creator_policy.attachments)
        if built(self.role):
            depends.insert(0, self.role.resource)
        self.instance = KeyStoreInstance(
            self, "Instance", network=self.network, spec=self.instance_spec, depends_on=depends
        )
        """The KMS instance construct."""
        existing = self.instance_spec.mode in (InstanceMode.ADOPT, InstanceMode.REFERENCE)
        if account_objects and str(role_mode) == RoleMode.CREATE.value and existing:
            message = ROLE_CREATE_WITH_EXISTING_INSTANCE.format(mode=self.instance_spec.mode)
            synth_warning(self.instance, message)
        _check_unique(self, "keys", [k.name for k in keys if isinstance(k.name, str)])
        _check_unique(self, "secrets", [s.name for s in secrets if isinstance(s.name, str)])
        _check_unique(
            self, "applications", [a.name for a in applications if isinstance(a.name, str)]
        )
        # a spec refused above leaves its name out; reading it then names the problem
        self.keys: dict[str, KeyStoreKey] = {} if clean else ByName(self, "key")
        """Keys by logical name."""
        self.secrets: dict[str, KeyStoreSecret] = {} if clean else ByName(self, "secret")
        """Secrets by name."""
        self.applications: list[ApplicationAccess] = []
        """One access path per application."""
        if keys or secrets or applications:
            _add_keys_secrets_and_access(self, *given)
        if provider_region is _NO_PROVIDER and built(self.role):
            # a team's plain stack with no provider yet: one may still be added after the
            # store; without one, cdktf refuses the stack as it writes it, after the others
            carry_check_while_preparing(self.role, partial(_refuse_no_provider, self, stack))

    @property
    def instance_id(self) -> str:
        """ID of the KMS instance (a reference); empty when the instance has problems."""
        return self.instance.instance_id if built(self.instance) else ""

    @classmethod
    def from_config(
        cls,
        scope: Construct,
        id: str,
        config: DeploymentConfig,
        *,
        account_objects: bool = True,
    ) -> KmsKeyStore:
        """The key store one deployment of the app's configuration describes."""
        account: dict[str, Any] = {}
        if account_objects:
            account = {
                "creator_policy": config.creator_policy,
                "role_mode": config.role_mode,
                "guard_mode": config.guard_mode,
            }
        store = cls(
            scope,
            id,
            region=config.region,
            instance=config.instance,
            network=config.network,
            keys=config.keys,
            secrets=config.secrets,
            applications=config.applications,
            account_objects=account_objects,
            **account,
        )
        if config.suppressions:
            _place_suppressions(store, config)
        return store


def _add_children(
    store: KmsKeyStore,
    keys: Listed[KeySpec],
    secrets: Listed[SecretSpec],
    applications: Listed[ApplicationSpec],
) -> None:
    """The keys, secrets and application access of ``store``, from its specs."""
    # their modules load only here: a key store without them (the default) never needs them
    from .access import ApplicationAccess
    from .keys import KeyStoreKey
    from .secrets import KeyStoreSecret

    for index, spec in _first_indexed(keys, KeySpec):
        store.keys[_label(spec, index)] = KeyStoreKey(
            store, f"Key-{_label(spec, index)}", instance=store.instance, spec=spec
        )
    for index, secret in _first_indexed(secrets, SecretSpec):
        store.secrets[_label(secret, index)] = KeyStoreSecret(
            store,
            f"Secret-{_label(secret, index)}",
            instance=store.instance,
            keys=store.keys,
            spec=secret,
        )
    store.applications.extend(
        ApplicationAccess(
            store,
            f"App-{_label(app, index)}",
            instance=store.instance,
            spec=app,
            keys=store.keys,
            secrets=store.secrets,
        )
        for index, app in _first_indexed(applications, ApplicationSpec)
    )


def _place_suppressions(store: Construct, config: DeploymentConfig) -> None:
    """Note ``config.suppressions`` when ``store`` is made by hand (nobody else places them).

    A module function, not a method: jsii's override search walks every method
    of a construct's class for each construct made.
    """
    state = vars(app_of(store))
    if state.get(ADDING_DEPLOYMENTS) or state.get(REFERENCE_APP):
        return  # add_deployment(s), or the reference app, places them
    from .guardrails.engine import defer_suppressions

    where = visible_path(store.node.path)
    report(store, defer_suppressions(store, config.suppressions, where, "config.suppressions"))
    from .app_check import arm_app_check  # placed while cdktf prepares, before anything is written

    arm_app_check(store, state)


_NO_PROVIDER = ""
"""What :func:`_provider_region` gives for a team's stack with no default alicloud provider yet."""


def _provider_region(stack: Construct) -> str | None:
    """The literal region of the stack's default alicloud provider, if it is known yet.

    A stack of this package knows its own. In a team's stack, the default
    provider (no alias) made before the store is read; one made later, or a
    region given as a reference, is not known here. A team's stack with no default
    alicloud provider (yet) gives :data:`_NO_PROVIDER`.
    """
    if APP_STATE in stack.__dict__:
        return stack.__dict__.get(KMS_REGION)  # type: ignore[no-any-return]
    from .framework.cdk import AlicloudProvider

    for child in stack.node.children:
        if isinstance(child, AlicloudProvider) and child.alias is None:
            region = child.region
            literal = isinstance(region, str) and not is_cdktf_token(region)
            return region if literal and rules.is_region(region) else None
    return _NO_PROVIDER


def _refuse_no_provider(store: Construct, stack: TerraformStack) -> None:
    """Report ``store`` when its team stack holds no default alicloud provider (while preparing).

    cdktf refuses such a stack only as it validates it, after writing the stacks before it.
    """
    from .framework.cdk import AlicloudProvider

    for node in stack.node.find_all():
        if isinstance(node, AlicloudProvider) and node.alias is None:
            return
    check = checker_for(store)
    check.fail(
        "scope",
        visible_path(stack.node.path),
        "a stack holding a default AlicloudProvider, one without alias (the store's resources "
        "name no provider: without any, cdktf refuses the stack, and with aliased ones only, "
        "Terraform gives them an empty one whose region comes from the environment): add "
        "AlicloudProvider(stack, 'alicloud', region=...) to it, or make the store in an "
        "AlicloudStack",
    )
    report(store, check)


def _own_account(store: Construct, stack: Construct, check: Checker) -> None:
    """Note ``stack`` as declaring its account's objects in ``store``; refuse a second owner.

    Only a stack of this package knows its account (from its provider settings);
    a team's own stack and provider are not read.
    """
    account = stack.__dict__.get(STACK_ACCOUNT)
    if account is None:
        return
    first = note_account_owner(store, account, stack.node.id, OWNED_BY_KEY_STORE)
    if first is not None:
        fix = "give the key store here account_objects=False (it then reads the role)"
        if account == "the environment's credentials" and first[0] != stack.node.id:
            fix += "; or, if the two stacks run with other credentials, give each AlicloudStack "
            fix += "its account label (account='prod')"
        check.fail("account_objects", True, f"False, as {declared_by(first, account, fix)}")


def declare_account_objects(
    scope: Construct,
    spec: CreatorPolicySpec,
    *,
    users: Listed[str | RamUser] = (),
    groups: Listed[str | RamGroup] = (),
    roles: Listed[str | RamRole] = (),
    role_mode: RoleMode | str = RoleMode.CREATE,
    guard_mode: GuardMode | str = GuardMode.CHECK,
) -> tuple[ServiceLinkedRoleCreatorPolicy, KeyStoreServiceLinkedRole, SystemPolicyDriftGuard]:
    """Creator policy, service-linked role (after the policy's attachments), drift guard."""
    creator_policy = ServiceLinkedRoleCreatorPolicy(
        scope,
        "CreatorPolicy",
        policy_name=spec.name,
        description=spec.description,
        users=[*spec.users, *users],
        groups=[*spec.groups, *groups],
        roles=[*spec.roles, *roles],
    )
    role = KeyStoreServiceLinkedRole(
        scope, "ServiceLinkedRole", mode=role_mode, depends_on=creator_policy.attachments
    )
    guard = SystemPolicyDriftGuard(scope, "SystemPolicyGuard", mode=guard_mode)
    return creator_policy, role, guard


def _spec_or_none(check: Checker, field: str, value: Any, kind: type | tuple[type, ...]) -> Any:
    """``value`` when it is None or a ``kind``; else None, with the problem recorded."""
    if value is None or isinstance(value, kind):
        return value
    kinds = kind if isinstance(kind, tuple) else (kind,)
    expected = " or ".join(a_kind(k.__name__) for k in kinds)
    if rules.check_kind(check, field, value, kind, f"None or {expected}"):
        return value
    return None


def _check_unique(scope: Construct, field: str, names: list[str]) -> None:
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        check = checker_for(scope)
        check.fail(field, duplicates, "each name at most once")
        report(scope, check)


def _first_indexed(specs: object, kind: type) -> list[tuple[int, Any]]:
    """(position as given, spec) of the first ``kind`` spec of each name.

    Items of another kind were refused by the kinds check, and a list that is
    none gives nothing; later specs of a name are ``_check_unique``'s. A name
    that is no text is the spec's own problem: that spec is kept, so its
    construct reports it.
    """
    if not isinstance(specs, list | tuple) or not specs:  # refused already, or none given
        return []
    seen: set[object] = set()
    found = []
    for index, spec in rules.indexed(specs, kind):
        name = _label(spec, index)
        if name not in seen:
            seen.add(name)
            found.append((index, spec))
    return found


def _label(spec: Named, index: int) -> str:
    """The spec's name, or ``[index]`` for a name that is no text (never a valid name)."""
    return spec.name if isinstance(spec.name, str) else f"[{index}]"


def _add_keys_secrets_and_access(
    store: KmsKeyStore,
    keys: Listed[KeySpec],
    secrets: Listed[SecretSpec],
    applications: Listed[ApplicationSpec],
) -> None:
    # this store claimed their names already (_claim_names); a key, secret or
    # access a team adds under it later claims its own (claim_by_hand)
    store.__dict__[CLAIMED_BY_SCOPE] = True
    try:
        _add_children(store, keys, secrets, applications)
    finally:
        del store.__dict__[CLAIMED_BY_SCOPE]


def _claim_names(
    store: KmsKeyStore,
    stack: Construct,
    check: Checker,
    account_objects: bool,
    instance: InstanceSpec | None,
    keys: Listed[KeySpec],
    secrets: Listed[SecretSpec],
    applications: Listed[ApplicationSpec],
) -> None:
    """Claim in ``stack`` every variable, KMS name and account object this store declares."""
    mine: dict[tuple[str, str], str] = {}  # what this store took, and where

    def take(field: str, what: str, name: object, fix: str, shown: object = None) -> None:
        if not isinstance(name, str):  # any other value is the spec's own problem
            return
        first = mine.setdefault((what, name), field)
        if first != field and first.split(".")[0] != field.split(".")[0]:
            # two keys' alias, a secret's and an application's variable (one spec's
            # own repeats are its own problem)
            check.fail(field, name, f"{a_kind(what)} not taken already by {first}; {fix}")
            return
        claim(stack, check, field, what, name, store, fix, shown)

    if account_objects:
        take(
            "account_objects",
            "set of account-wide objects (creator policy, service-linked role, drift guard)",
            "account objects",
            "declare them in one key store of the stack; give the others account_objects=False",
            shown=True,
        )
    if instance is not None and instance.id_variable is not None:
        take("instance.id_variable", "variable", instance.id_variable, "name another variable")
    for index, key in _first_indexed(keys, KeySpec):
        aliases = key.aliases if isinstance(key.aliases, list | tuple) else ()
        for number, alias in enumerate(aliases):
            take(f"keys[{index}].aliases[{number}]", "KMS alias", alias, "choose another alias")
    for index, secret in _first_indexed(secrets, SecretSpec):
        take(f"secrets[{index}].name", "KMS secret", secret.name, "name the secret differently")
        take(f"secrets[{index}].data_variable", "variable", secret.variable, "set data_variable")
    for index, app in _first_indexed(applications, ApplicationSpec):
        take(f"applications[{index}].name", "KMS application", app.name, "rename the application")
        take(
            f"applications[{index}].password_variable",
            "variable",
            app.password,
            "set password_variable",
        )
