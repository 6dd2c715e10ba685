"""Frozen, validated descriptions of what a key store deployment contains.

Each spec knows nothing of cdktf. ``validate(checker)`` records every problem
it finds; the construct layer reads the fields and builds resources from them.
"""

from __future__ import annotations

import weakref
from dataclasses import MISSING, field, fields
from enum import StrEnum
from typing import Any

from . import rules, zones
from .instance_lifecycle import (
    ADOPT_UNSET_ARGUMENTS,
    SUBSCRIPTION_ARGUMENTS,
    InstanceMode,
    check_lifecycle,
)
from .patterns import lazy_pattern
from .problems import Checker
from .records import Record, record


class RoleMode(StrEnum):
    """How a stack treats the account-wide service-linked role."""

    CREATE = "create"
    """Terraform creates and owns the role (fails if it already exists)."""
    ADOPT = "adopt"
    """Terraform imports the existing role and owns it from then on."""
    REFERENCE = "reference"
    """Terraform only reads the role; destroying the stack never deletes it."""


class GuardMode(StrEnum):
    """What the drift guard on the pinned system policy does when the live one differs."""

    CHECK = "check"
    """A Terraform ``check`` block: plan and apply warn."""
    POSTCONDITION = "postcondition"
    """A postcondition on the data source: the plan fails."""
    OFF = "off"
    """No guard (no RAM read permission needed)."""


ROLE_MODES: tuple[str, ...] = tuple(mode.value for mode in RoleMode)
"""The values of :class:`RoleMode`, in order (what a ``mode`` prop may be)."""
GUARD_MODES: tuple[str, ...] = tuple(mode.value for mode in GuardMode)
"""The values of :class:`GuardMode`, in order."""


@record
class CreatorPolicySpec(Record):
    """The custom policy that lets RAM principals create the key store's service-linked role."""

    name: str = "AllowCreateKmsKeyStoreServiceLinkedRole"
    """RAM policy name (1-128 letters, digits, hyphens). Changing it replaces the policy."""
    description: str = (
        "Lets the principal create the KMS key store service-linked role "
        "(ram:CreateServiceLinkedRole for keystore.kms.aliyuncs.com only)."
    )
    """RAM policy description."""
    users: tuple[str, ...] = ()
    """RAM user names to attach the policy to."""
    groups: tuple[str, ...] = ()
    """RAM group names to attach the policy to."""
    roles: tuple[str, ...] = ()
    """RAM role names to attach the policy to."""

    def validate(self, check: Checker) -> None:
        """Record name, description and principal problems."""
        rules.check_ram_policy_name(check, "name", self.name)
        rules.check_description(check, "description", self.description)
        for kind, given in (("users", self.users), ("groups", self.groups), ("roles", self.roles)):
            names = rules.listed(check, kind, given, object, f"a RAM {kind[:-1]} name")
            for index, name in enumerate(names):
                rules.check_ram_principal_name(check, f"{kind}[{index}]", name)
            duplicates = sorted({n for n in names if names.count(n) > 1})
            if duplicates:
                check.fail(kind, duplicates, "each principal at most once")


@record
class VSwitchSpec(Record):
    """The one vSwitch of a new network."""

    zone_id: str | None = None
    """Zone of the vSwitch; one of the instance's two zones (default: the first)."""
    cidr_block: str = "10.20.1.0/24"
    """CIDR block inside the VPC, /16 to /29."""


@record
class NewNetworkSpec(Record):
    """A new VPC and the one vSwitch the instance uses in both of its zones.

    ``ConnectKmsInstance`` takes two zones and a single vSwitch ID for both
    (API reference page "ConnectKmsInstance"); the provider's tests pass one
    vSwitch with two zones. Default zones: :data:`zones.DEFAULT_ZONES`.
    """

    vpc_cidr: str = "10.20.0.0/16"
    """VPC CIDR block (private, /8 to /28)."""
    zone_ids: tuple[str, ...] = ()
    """The instance's two zones; default the provider tests' pair for the region."""
    vswitch: VSwitchSpec = field(default_factory=VSwitchSpec)
    """The vSwitch to create, in one of the two zones."""
    name: str = "kms-keystore"
    """Name prefix of the VPC and vSwitch."""

    def zones_in(self, region: str) -> tuple[str, ...]:
        """The instance's zones: as given, else the default pair of ``region`` (may be empty)."""
        return self.zone_ids or zones.default_zones(region) or ()

    def vswitch_zone(self, region: str) -> str | None:
        """Zone of the vSwitch: as given, else the first of the instance's zones."""
        chosen = self.zones_in(region)
        return self.vswitch.zone_id or (chosen[0] if chosen else None)

    def validate(self, check: Checker, region: str | None) -> None:
        """Record CIDR, zone and name problems (zones only when ``region`` is known)."""
        rules.check_resource_name(check, "name", self.name)
        vpc = rules.check_vpc_cidr(check, "vpc_cidr", self.vpc_cidr)
        wanted = "a VSwitchSpec, such as VSwitchSpec(cidr_block='10.20.1.0/24')"
        if not rules.check_kind(check, "vswitch", self.vswitch, VSwitchSpec, wanted):
            return  # its zone and block cannot be read
        chosen = self.zones_in(region)
        if region is None:
            return  # the region was refused; its zones cannot be judged
        if not chosen:
            check.fail(
                "zone_ids",
                [],
                f"two zones of {region!r}, such as {zones.zone_example(region)!r} (defaults "
                f"exist for {', '.join(zones.DEFAULT_ZONES)} only)",
            )
            return
        if not check_instance_zones(check, "zone_ids", chosen, region):
            return
        zone = self.vswitch_zone(region)
        _check_vswitch_zone(check, "vswitch.zone_id", zone, chosen)
        if isinstance(self.name, str) and isinstance(zone, str):
            # the vSwitch is named <name>-<zone>, under the same 128-character limit
            grown = f"{self.name}-{zone}"
            if len(grown) > rules.RESOURCE_NAME_MAX:
                room = rules.RESOURCE_NAME_MAX - len(zone) - 1
                check.fail(
                    "name",
                    self.name,
                    f"at most {room} characters: the vSwitch is named '<name>-{zone}' "
                    f"(at most {rules.RESOURCE_NAME_MAX})",
                )
        rules.check_subnets(check, vpc, [("vswitch.cidr_block", self.vswitch.cidr_block)])


@record
class ExistingNetworkSpec(Record):
    """An existing VPC, the one vSwitch the instance uses, and the instance's two zones."""

    vpc_id: str
    """ID of the existing VPC."""
    vswitch_id: str
    """ID of the existing vSwitch, in one of the two zones."""
    zone_ids: tuple[str, ...]
    """The two zones the instance spans."""
    vswitch_zone: str | None = None
    """Zone of the vSwitch, when known; checked against ``zone_ids``."""

    def zones_in(self, region: str) -> tuple[str, ...]:
        """The instance's zones (always given for an existing network)."""
        return self.zone_ids

    def validate(self, check: Checker, region: str | None) -> None:
        """Record ID and zone problems (zones only when ``region`` is known)."""
        rules.check_resource_id(check, "vpc_id", self.vpc_id, "vpc")
        rules.check_resource_id(check, "vswitch_id", self.vswitch_id, "vsw")
        if region is None:
            return  # the region was refused; its zones cannot be judged
        if not check_instance_zones(check, "zone_ids", self.zone_ids, region):
            return
        if self.vswitch_zone is not None:
            _check_vswitch_zone(check, "vswitch_zone", self.vswitch_zone, self.zone_ids)


def check_instance_zones(
    check: Checker, field_name: str, chosen: tuple[str, ...], region: str
) -> bool:
    """Record zones not of ``region`` and anything but two distinct zones.

    :returns: False when ``chosen`` is no list or tuple (its items were not read).
    """
    if not isinstance(chosen, (list, tuple)):
        check.fail(field_name, chosen, f"a list of two zone IDs of {region!r}")
        return False
    for index, zone in enumerate(chosen):
        zones.check_zone(check, f"{field_name}[{index}]", zone, region)
    _check_two_zones(check, field_name, chosen)
    return True


def _check_vswitch_zone(
    check: Checker, field_name: str, zone: str | None, chosen: tuple[str, ...]
) -> None:
    if zone not in chosen:
        check.fail(field_name, zone, f"one of the instance's zones {list(chosen)}")


def _check_two_zones(check: Checker, field: str, zones: tuple[str, ...]) -> None:
    texts = [zone for zone in zones if isinstance(zone, str)]  # any other is refused already
    if len(zones) != rules.INSTANCE_ZONE_COUNT or len(set(texts)) != len(texts):
        check.fail(field, list(zones), "exactly two distinct zones for the KMS instance")


_ACCOUNT_ID = lazy_pattern(r"[0-9]{1,19}")
"""An account ID: ASCII digits only (``str.isdigit`` also takes other scripts' digits)."""


@record
class BindVpcSpec(Record):
    """Another VPC that may reach the instance (``bind_vpcs``)."""

    vpc_id: str
    """ID of the VPC to bind."""
    vswitch_id: str
    """ID of a vSwitch in that VPC."""
    region_id: str
    """Region of that VPC."""
    vpc_owner_id: str | None = None
    """Account ID owning that VPC, when it is another account."""

    def validate(self, check: Checker) -> None:
        """Record ID and region problems."""
        rules.check_resource_id(check, "vpc_id", self.vpc_id, "vpc")
        rules.check_resource_id(check, "vswitch_id", self.vswitch_id, "vsw")
        rules.check_region(check, "region_id", self.region_id)
        if self.vpc_owner_id is not None and not (
            isinstance(self.vpc_owner_id, str) and _ACCOUNT_ID.fullmatch(self.vpc_owner_id)
        ):
            check.fail("vpc_owner_id", self.vpc_owner_id, "a numeric Alibaba Cloud account ID")


_GIVEN: weakref.WeakValueDictionary[int, Any] = weakref.WeakValueDictionary()
"""The specs :meth:`InstanceSpec.given` made, by ``id`` (nothing is kept alive)."""


REFERENCE_FIELDS = ("mode", "instance_id", "id_variable", "product_version")
"""What a referenced instance reads; every other field of its spec keeps its default."""


@record
class InstanceSpec(Record):
    """The KMS instance. Defaults: software edition bought by Terraform, Subscription, auto-renewal.

    ``mode`` says where the instance comes from (:class:`InstanceMode`): bought
    and enabled by Terraform (``create``, software edition only), imported by ID
    (``adopt``) or only read by ID (``reference``); the ID is a literal
    (``instance_id``) or the name of a Terraform variable (``id_variable``).

    Every field maps to an argument of ``alicloud_kms_instance``; changing
    ``product_version`` or ``payment_type`` replaces the instance.

    With ``adopt``, an edition, billing or quota field set to None is left as the
    instance has it (not written, and in ``lifecycle.ignore_changes``); the
    configuration file sets to None every such field it does not name.
    """

    name: str | None = "kms-keystore"
    """Instance name; None (adopt only) keeps the adopted instance's own name."""
    mode: str = InstanceMode.CREATE.value
    """``create`` (default), ``adopt`` or ``reference``."""
    instance_id: str | None = None
    """ID of the existing instance (``kst-...``), for ``adopt`` and ``reference``."""
    id_variable: str | None = None
    """Name of a Terraform variable holding that ID, instead of ``instance_id``."""
    product_version: str | None = "3"
    """``"3"`` software key management (default) or ``"5"`` hardware (adopt/reference only)."""
    payment_type: str | None = "Subscription"
    """``Subscription`` (default) or ``PayAsYouGo`` (with :meth:`given`, which leaves the
    Subscription fields unset). Changing it replaces the instance."""
    period: int | None = 1
    """Subscription length in months: 0, 1, 2, 3, 6, 12, 24 or 36 (Subscription only)."""
    spec: int | None = 1000
    """Performance specification: 0, 200, 1000, 2000 or 4000 (Subscription only)."""
    key_num: int | None = 1000
    """Key quota, 100-100000 (Subscription only)."""
    secret_num: int | None = 100
    """Secret quota, 0-100000 (Subscription only)."""
    vpc_num: int | None = 1
    """VPC quota, 0-10000 (Subscription only)."""
    renew_status: str | None = "AutoRenewal"
    """``AutoRenewal`` (default: expired instances are released) or ``ManualRenewal``."""
    renew_period: int | None = 1
    """Renewal length, 0-36, in ``renewal_period_unit`` (AutoRenewal only)."""
    renewal_period_unit: str | None = "M"
    """``M`` (months) or ``Y`` (years)."""
    log: str | None = None
    """``"1"`` to enable the log feature, ``"0"`` to disable it; unset leaves KMS's default."""
    log_storage: int | None = None
    """Log storage in GB, 0-500000."""
    deletion_protection: bool = True
    """Block deletion through the API (default on)."""
    prevent_destroy: bool = True
    """Terraform ``lifecycle.prevent_destroy`` (default on)."""
    force_delete_without_backup: bool | None = None
    """Delete without a backup when the instance is destroyed; unset leaves it off."""
    bind_vpcs: tuple[BindVpcSpec, ...] = ()
    """Further VPCs that may reach the instance."""
    tags: dict[str, str] = field(default_factory=dict)
    """Tags of the instance."""

    @classmethod
    def given(cls, **values: Any) -> InstanceSpec:
        """An instance with only the fields given written, as a configuration file reads it.

        The defaults above describe a Subscription instance Terraform buys. Here,
        with ``mode="adopt"`` the edition, billing, quotas and name not given are
        None (left as the instance has them), with ``mode="reference"`` the edition
        is not assumed, and with ``payment_type="PayAsYouGo"`` the Subscription
        fields are None. ``InstanceSpec.given(mode="adopt", instance_id="kst-...",
        product_version="5")`` adopts a hardware instance without changing it.
        """
        if values.get("mode") == InstanceMode.ADOPT:
            for attr in (*ADOPT_UNSET_ARGUMENTS, "name"):
                values.setdefault(attr, None)
        elif values.get("mode") == InstanceMode.REFERENCE:
            values.setdefault("product_version", None)
        elif values.get("payment_type") == "PayAsYouGo":
            for attr in SUBSCRIPTION_ARGUMENTS:
                values.setdefault(attr, None)
        spec = cls(**values)
        _GIVEN[id(spec)] = spec  # every field it holds was given: none is a default left in
        return spec

    def purchase_defaults_written(self) -> tuple[str, ...]:
        """Fields of an adopted instance still at the defaults of one bought here.

        Terraform writes them onto the instance it imports: unless they are its
        real values, the plan updates it (ModifyInstance bills a change of spec
        or quotas; SetRenewal changes its renewal). :meth:`given` leaves them None.
        """
        if self.mode != InstanceMode.ADOPT or _GIVEN.get(id(self)) is self:
            return ()
        defaults = {f.name: f.default for f in fields(self)}
        names = (*ADOPT_UNSET_ARGUMENTS, "name")
        values = {name: getattr(self, name) for name in names}
        return tuple(n for n, value in values.items() if value is not None and value == defaults[n])

    @property
    def hardware(self) -> bool:
        """True for the HSM-backed hardware edition."""
        return self.product_version == "5"

    @property
    def edition(self) -> bool | None:
        """True hardware, False software, None unknown (adopt/reference without a version)."""
        return None if self.product_version is None else self.hardware

    @property
    def subscription(self) -> bool:
        """True for a Subscription instance."""
        return self.payment_type == "Subscription"

    def quota_shortfalls(self, keys: int, secrets: int) -> list[tuple[str, int, str]]:
        """Each quota of a Subscription instance below what is declared: (field, quota, wanted).

        The instance holds at most ``key_num`` keys and ``secret_num`` secrets
        (GetKmsInstance: KeyNum, SecretNum). A quota outside its range is
        :meth:`validate`'s problem, not one more here. Only the quotas Terraform
        writes are checked (see :meth:`_writes_quotas`).
        """
        if not self._writes_quotas():
            return []
        needed = (
            ("key_num", keys, "the keys declared", rules.KEY_NUM_RANGE),
            ("secret_num", secrets, "the secrets declared", rules.SECRET_NUM_RANGE),
        )
        return [
            (attr, quota, f"at least {count}: {what}")
            for attr, count, what, (low, high) in needed
            if type(quota := getattr(self, attr)) is int and low <= quota < count and quota <= high
        ]

    def _writes_quotas(self) -> bool:
        """True when Terraform writes this instance's whole-number quotas.

        A bought Subscription instance's, and an adopted one's that is not
        PayAsYouGo: Terraform manages the adopted instance and writes each quota
        given (one left None is ignored). A referenced instance's quotas are its
        own; a PayAsYouGo instance has none.
        """
        if self.mode == InstanceMode.ADOPT:
            return self.payment_type in (None, "Subscription")
        return self.mode == InstanceMode.CREATE and self.subscription

    def validate(self, check: Checker) -> None:
        """Record every value and combination the provider or KMS would refuse."""
        adopted = self.mode == InstanceMode.ADOPT
        existing = self.mode in (InstanceMode.ADOPT, InstanceMode.REFERENCE)
        if not (existing and self.product_version is None):
            check.one_of("product_version", self.product_version, rules.PRODUCT_VERSIONS)
        check_lifecycle(
            check,
            mode=self.mode,
            product_version=self.product_version,
            instance_id=self.instance_id,
            id_variable=self.id_variable,
        )
        if self.mode == InstanceMode.REFERENCE:
            self._refuse_reference_settings(check)
            return
        if not (adopted and self.name is None):
            rules.check_resource_name(check, "name", self.name)
        if adopted:
            self._validate_adopted(check)
        else:
            check.one_of("payment_type", self.payment_type, rules.PAYMENT_TYPES)
            self._validate_quotas(check)
            self._validate_renewal(check)
        if self.log is not None:
            check.one_of("log", self.log, ("0", "1"))
        if self.log_storage is not None:
            check.in_range("log_storage", self.log_storage, *rules.LOG_STORAGE_RANGE)
        if not isinstance(self.force_delete_without_backup, bool | None):
            check.fail(
                "force_delete_without_backup",
                self.force_delete_without_backup,
                "true, false, or unset",
            )
        elif self.force_delete_without_backup is True and self.payment_type == "Subscription":
            check.fail(
                "force_delete_without_backup",
                True,
                "unset (or false) for a Subscription instance: the provider sends it only "
                "with ReleaseKmsInstance, which it calls for PayAsYouGo instances; a "
                "Subscription instance is refunded (RefundInstance) and the flag would do "
                "nothing",
            )
        for name in ("deletion_protection", "prevent_destroy"):
            if not isinstance(getattr(self, name), bool):
                check.fail(name, getattr(self, name), "true or false")
        rules.listed(check, "bind_vpcs", self.bind_vpcs, BindVpcSpec, "a BindVpcSpec")
        binds = rules.indexed(self.bind_vpcs, BindVpcSpec)
        for number, (index, bind) in enumerate(binds):
            bind.validate(check.child(f"bind_vpcs[{index}]"))
            if bind.vpc_id in [b.vpc_id for _, b in binds[:number]]:
                check.fail(
                    f"bind_vpcs[{index}].vpc_id", bind.vpc_id, "a VPC not bound before in bindVpcs"
                )
        vpcs, (low, high) = 1 + len(binds), rules.VPC_NUM_RANGE
        written = self._writes_quotas()
        if written and type(self.vpc_num) is int and low <= self.vpc_num < vpcs <= high:
            # VpcNum counts the instance's own VPC and each bound one (UpdateKmsInstanceBindVpc)
            check.fail("vpc_num", self.vpc_num, f"at least {vpcs}: its own VPC and each bound")
        rules.check_tags(check, "tags", self.tags)

    def _refuse_reference_settings(self, check: Checker) -> None:
        """A referenced instance is only read: every other field must keep its default.

        Nothing else of it is written, so a value given there (a quota, a name,
        tags, protection) would do nothing; the configuration reader refuses the
        same keys.
        """
        for item in fields(self):
            if item.name in REFERENCE_FIELDS:
                continue
            value = getattr(self, item.name)
            default = item.default if item.default_factory is MISSING else item.default_factory()
            # None, or an empty list, gives nothing either: nothing is written
            empty = value is None or (isinstance(value, list | tuple | dict) and not value)
            if not empty and value != default:
                check.fail(
                    item.name,
                    value,
                    "unset: mode 'reference' only reads the instance, so this setting would do "
                    f"nothing (a referenced instance takes {', '.join(REFERENCE_FIELDS)})",
                )

    def _validate_adopted(self, check: Checker) -> None:
        """An adopted instance: each value given must be valid; none is required."""
        choices = {
            "payment_type": rules.PAYMENT_TYPES,
            "period": rules.PERIODS,
            "spec": rules.SPECS,
            "renew_status": rules.RENEW_STATUSES,
            "renewal_period_unit": rules.RENEWAL_PERIOD_UNITS,
        }
        ranges = {
            "key_num": rules.KEY_NUM_RANGE,
            "secret_num": rules.SECRET_NUM_RANGE,
            "vpc_num": rules.VPC_NUM_RANGE,
            "renew_period": rules.RENEW_PERIOD_RANGE,
        }
        for name, allowed in choices.items():
            if getattr(self, name) is not None:
                check.one_of(name, getattr(self, name), allowed)
        for name, (low, high) in ranges.items():
            if getattr(self, name) is not None:
                check.in_range(name, getattr(self, name), low, high)

    def left_as_is(self) -> tuple[str, ...]:
        """Arguments of an adopted instance that Terraform neither writes nor changes.

        Besides the edition, billing and quotas: the name when none is given, and
        the bound VPCs and tags when the configuration declares none (Read stores
        the instance's own; writing none would unbind them and drop its tags).
        """
        if self.mode != InstanceMode.ADOPT:
            return ()
        unset = [name for name in ADOPT_UNSET_ARGUMENTS if getattr(self, name) is None]
        if self.name is None:
            unset.append("instance_name")
        if not self.bind_vpcs:
            unset.append("bind_vpcs")
        if not self.tags:
            unset.append("tags")
        return tuple(unset)

    def _validate_quotas(self, check: Checker) -> None:
        quotas = {
            "key_num": (self.key_num, rules.KEY_NUM_RANGE),
            "secret_num": (self.secret_num, rules.SECRET_NUM_RANGE),
            "vpc_num": (self.vpc_num, rules.VPC_NUM_RANGE),
        }
        if self.subscription:
            if self.period is None:
                check.fail("period", None, "a period in months for a Subscription instance")
            else:
                check.one_of("period", self.period, rules.PERIODS)
            if self.spec is None:
                check.fail("spec", None, "a spec for a Subscription instance")
            else:
                check.one_of("spec", self.spec, rules.SPECS)
            for name, (value, (low, high)) in quotas.items():
                if value is None:
                    check.fail(name, None, f"a quota from {low} to {high} for Subscription")
                else:
                    check.in_range(name, value, low, high)
        elif self.payment_type in rules.PAYMENT_TYPES:
            for name in ("period", "spec", "key_num", "secret_num", "vpc_num"):
                if getattr(self, name) is not None:
                    check.fail(name, getattr(self, name), "unset (null) for a PayAsYouGo instance")

    def _validate_renewal(self, check: Checker) -> None:
        if not self.subscription:
            for name in ("renew_status", "renew_period", "renewal_period_unit"):
                if getattr(self, name) is not None and self.payment_type in rules.PAYMENT_TYPES:
                    check.fail(name, getattr(self, name), "unset (null) for a PayAsYouGo instance")
            return
        if self.renew_status is None:
            check.fail("renew_status", None, "'AutoRenewal' or 'ManualRenewal' for Subscription")
            return
        check.one_of("renew_status", self.renew_status, rules.RENEW_STATUSES)
        if self.renewal_period_unit is not None:
            check.one_of(
                "renewal_period_unit", self.renewal_period_unit, rules.RENEWAL_PERIOD_UNITS
            )
        if self.renew_status == "AutoRenewal":
            if self.renew_period is None:
                check.fail("renew_period", None, "a renewal period (1-36) for AutoRenewal")
            else:
                check.in_range("renew_period", self.renew_period, 1, rules.RENEW_PERIOD_RANGE[1])
            if self.renewal_period_unit is None:
                check.fail("renewal_period_unit", None, "'M' or 'Y' for AutoRenewal")
        elif self.renew_period is not None:
            check.in_range("renew_period", self.renew_period, *rules.RENEW_PERIOD_RANGE)
