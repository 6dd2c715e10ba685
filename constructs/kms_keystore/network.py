"""The VPC and the one vSwitch a KMS instance lives in: new, existing IDs, or the team's own."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from .core import rules
from .core.checked import checked_already
from .core.rules import Listed
from .core.specs import ExistingNetworkSpec, NewNetworkSpec, check_instance_zones
from .framework.cdk import Fn, Op, Token, Vpc, Vswitch
from .framework.terraform_version import remember_stack
from .framework.validation import checker_for, kinds_ok, refuse_tokens, report

WRONG_VSWITCH = (
    "The vSwitch given to the KMS key store is not in its VPC or not in one of the "
    "instance's two zones ({zones}): give a vSwitch of that VPC in one of those zones."
)
"""Error message of the plan-time check on a vSwitch given by reference."""


def is_reference(value: object) -> bool:
    """True for a CDK token (a reference to another resource), which synth cannot read."""
    return isinstance(value, str) and Token.is_unresolved(value)


class KeyStoreNetwork(Construct):
    """The network of a KMS instance: two zones and one vSwitch in one of them.

    ``ConnectKmsInstance`` takes the instance's two zones and a single vSwitch ID
    for both (API reference page "ConnectKmsInstance"); the provider checks
    neither, this construct does. Give exactly one of:

    * ``new``: a VPC and its vSwitch, created here (the default; default zones for
      ``cn-hangzhou`` and ``ap-southeast-1`` are the pairs the provider's own tests use);
    * ``existing``: literal IDs and zones of a network that already exists;
    * ``vpc``, ``vswitch`` and ``zone_ids``: the team's own network, as ``Vpc`` and
      ``Vswitch`` constructs of its stack or as ID strings, literal or tokens
      (references). Synth checks what it can read; what it cannot (which VPC and
      zone a referenced vSwitch is in) is checked at plan time by a precondition
      on the instance (:attr:`preconditions`), before anything is bought.

    KMS itself creates the network interfaces and security groups it needs in
    this VPC, through the service-linked role; they are not declared here.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        region: str,
        new: NewNetworkSpec | None = None,
        existing: ExistingNetworkSpec | None = None,
        vpc: Vpc | str | None = None,
        vswitch: Vswitch | str | None = None,
        zone_ids: Listed[str] | None = None,
    ) -> None:
        """Declare or reference the network.

        :param region: region of the deployment; both zones must belong to it.
        :param new: a VPC and vSwitch to create. Default when nothing else is given is
            ``10.20.0.0/16`` with a ``/24`` vSwitch in the first of the region's default zones.
        :param existing: literal IDs of an existing VPC and vSwitch, and the two zones.
        :param vpc: the team's VPC, as a ``Vpc`` construct, or its ID (``vpc-...``), literal or a
            token. Takes a reference.
        :param vswitch: the team's vSwitch in one of ``zone_ids``, as a ``Vswitch`` construct,
            or its ID (``vsw-...``), literal or a token. Takes a reference.
        :param zone_ids: with ``vpc`` and ``vswitch``, the instance's two zones (literal IDs).
        """
        super().__init__(scope, id)
        remember_stack(self, scope)
        self.vpc_id: str = ""
        """ID of the VPC (a reference for a new one or one given by construct)."""
        self.vswitch_ids: list[str] = []
        """The single vSwitch ID, as the list ``vswitch_ids`` takes (a reference for a new one)."""
        self.zone_ids: list[str] = []
        """The two zones the instance spans."""
        self.vswitches: list[Vswitch] = []
        """The created vSwitch (empty for an existing network)."""
        self.preconditions: list[dict[str, Any]] = []
        """Plan-time checks for the instance (``condition``, ``error_message``), for references."""
        if not kinds_ok(
            self,
            ("new", new, (NewNetworkSpec, type(None)), "None or a NewNetworkSpec"),
            (
                "existing",
                existing,
                (ExistingNetworkSpec, type(None)),
                "None or an ExistingNetworkSpec",
            ),
        ):
            return
        check = checker_for(self)
        given = [
            name
            for name, value in (
                ("new", new),
                ("existing", existing),
                ("vpc/vswitch", vpc or vswitch),
            )
            if value is not None
        ]
        if len(given) > 1:
            check.fail("/".join(given), "given together", "exactly one way to give the network")
        own = vpc is not None or vswitch is not None or zone_ids is not None
        spec = existing or new or NewNetworkSpec()
        if not rules.is_region(region):  # the zones of no region cannot be judged
            rules.check_region(check, "region", region)
            report(self, check)
            return
        if not own and not checked_already(spec, region):
            spec.validate(check, region)
            refuse_tokens(check, spec)
        if own:
            _own(self, check, region, vpc, vswitch, zone_ids)
            return
        if not report(self, check):
            return  # no zones either: the instance must not be given half a network
        self.zone_ids = list(spec.zones_in(region))
        if isinstance(spec, ExistingNetworkSpec):
            self.vpc_id = spec.vpc_id
            self.vswitch_ids = [spec.vswitch_id]
            # synth cannot see where an existing vSwitch is: the plan checks it (API-20)
            _check_at_plan(self, self.vpc_id, spec.vswitch_id, tuple(self.zone_ids), None)
            return
        self.vpc = Vpc(self, "Vpc", vpc_name=spec.name, cidr_block=spec.vpc_cidr)
        """The created VPC."""
        self.vpc_id = self.vpc.id
        zone = spec.vswitch_zone(region) or ""
        created = Vswitch(
            self,
            "VSwitch",
            vpc_id=self.vpc_id,
            cidr_block=spec.vswitch.cidr_block,
            zone_id=zone,
            vswitch_name=f"{spec.name}-{zone}",
        )
        self.vswitches.append(created)
        self.vswitch_ids.append(created.id)


def _id_of(check: Any, field: str, value: object, construct_type: type, prefix: str) -> str | None:
    """The ID of a construct or an ID string; literal IDs are checked, references are not."""
    if isinstance(value, construct_type):
        return str(value.id)  # type: ignore[attr-defined]
    if is_reference(value):
        return str(value)
    if not isinstance(value, str):
        wanted = f"a {construct_type.__name__} construct or its ID ('{prefix}-...')"
        if value is None:  # another of the three was given
            wanted += ": the team's own network takes vpc, vswitch and zone_ids together"
        check.fail(field, rules.shown_kind(value), wanted)
        return None
    rules.check_resource_id(check, field, value, prefix)
    return value if isinstance(value, str) else None


def _own(
    network: KeyStoreNetwork,
    check: Any,
    region: str,
    vpc: Vpc | str | None,
    vswitch: Vswitch | str | None,
    zone_ids: Listed[str] | None,
) -> None:
    """The team's network: constructs or IDs, checked at synth where literal, else at plan."""
    vpc_id = _id_of(check, "vpc", vpc, Vpc, "vpc")
    vswitch_id = _id_of(check, "vswitch", vswitch, Vswitch, "vsw")
    zones = tuple(zone_ids) if isinstance(zone_ids, (list, tuple)) else None
    if zones is None:
        check.fail("zone_ids", zone_ids, "the instance's two zones, as a list of zone IDs")
    else:
        check_instance_zones(check, "zone_ids", zones, region)
    if not report(network, check):
        return
    assert vpc_id is not None and vswitch_id is not None and zones is not None
    network.vpc_id = vpc_id
    network.vswitch_ids = [vswitch_id]
    network.zone_ids = list(zones)
    _check_at_plan(
        network, vpc_id, vswitch_id, zones, vswitch if isinstance(vswitch, Vswitch) else None
    )


def _check_at_plan(
    network: KeyStoreNetwork,
    vpc_id: str,
    vswitch_id: str,
    zones: tuple[str, ...],
    vswitch: Vswitch | None,
) -> None:
    """A precondition for the instance: the vSwitch is in ``vpc_id`` and one of ``zones``."""
    message = WRONG_VSWITCH.format(zones=", ".join(zones))
    if vswitch is not None:
        zone = vswitch.zone_id_input
        if isinstance(zone, str) and not is_reference(zone) and zone not in zones:
            check = checker_for(network)  # a literal zone is known now, not only at plan
            where = f"one of the instance's zones {', '.join(zones)} (zone_ids)"
            check.fail("vswitch.zone_id", zone, where)
            report(network, check)
        # two checks: a new VPC's ID is unknown until apply, and Terraform would defer
        # one condition joining both; the zone of a vSwitch is known at plan
        for condition in (
            Fn.contains(list(zones), vswitch.zone_id),
            Op.eq(vswitch.vpc_id, vpc_id),
        ):
            network.preconditions.append({"condition": condition, "error_message": message})
    else:
        from .framework.cdk import DataAlicloudVswitches

        network.vswitch_lookup = DataAlicloudVswitches(network, "VSwitchLookup", ids=[vswitch_id])
        """The lookup of a vSwitch given by ID, read at plan time."""
        found = Fn.try_(
            [
                Op.and_(
                    Op.eq(Fn.length_of(network.vswitch_lookup.vswitches), 1),
                    Op.and_(
                        Op.eq(network.vswitch_lookup.vswitches.get(0).vpc_id, vpc_id),
                        Fn.contains(list(zones), network.vswitch_lookup.vswitches.get(0).zone_id),
                    ),
                ),
                False,
            ]
        )
        network.preconditions.append({"condition": found, "error_message": message})
