"""The VPC and vSwitches a KMS instance lives in: new ones, or existing IDs."""

from __future__ import annotations

from constructs import Construct

from .cdk import Vpc, Vswitch
from .core.specs import ExistingNetworkSpec, NewNetworkSpec
from .validation import checker_for, report


class KeyStoreNetwork(Construct):
    """The network of a KMS instance: exactly two zones, every vSwitch in one of them.

    Give either ``new`` (a VPC and one vSwitch per entry, all created here) or
    ``existing`` (IDs of a VPC and its vSwitches, and the two zones). The provider
    checks neither the zone count nor the vSwitch zones; this construct does.

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
    ) -> None:
        """Declare or reference the network.

        :param region: region of the deployment; every zone must belong to it.
        :param new: a VPC and vSwitches to create. Default when ``existing`` is not given:
            ``10.20.0.0/16`` with ``/24`` vSwitches in two zones.
        :param existing: IDs of an existing VPC, its vSwitches and the two zones.
        """
        super().__init__(scope, id)
        check = checker_for(self)
        if new is not None and existing is not None:
            check.fail("new/existing", "both", "either a new network or an existing one, not both")
        spec = existing or new or NewNetworkSpec()
        spec.validate(check, region)
        self.vpc_id: str = ""
        """ID of the VPC (a reference for a new one)."""
        self.vswitch_ids: list[str] = []
        """IDs of the vSwitches (references for new ones)."""
        self.zone_ids: list[str] = list(spec.zone_ids)
        """The two zones the instance spans."""
        self.vswitches: list[Vswitch] = []
        """The created vSwitches (empty for an existing network)."""
        if not report(self, check):
            return
        if isinstance(spec, ExistingNetworkSpec):
            self.vpc_id = spec.vpc_id
            self.vswitch_ids = list(spec.vswitch_ids)
            return
        self.vpc = Vpc(self, "Vpc", vpc_name=spec.name, cidr_block=spec.vpc_cidr)
        """The created VPC."""
        self.vpc_id = self.vpc.id
        for vsw in spec.vswitches:
            created = Vswitch(
                self,
                f"VSwitch-{vsw.zone_id}-{vsw.cidr_block.replace('/', '_')}",
                vpc_id=self.vpc.id,
                cidr_block=vsw.cidr_block,
                zone_id=vsw.zone_id,
                vswitch_name=f"{spec.name}-{vsw.zone_id}",
            )
            self.vswitches.append(created)
            self.vswitch_ids.append(created.id)
