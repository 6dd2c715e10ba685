"""The VPC and the one vSwitch a KMS instance lives in: new ones, or existing IDs."""

from __future__ import annotations

from constructs import Construct
from kms_keystore.core.specs import ExistingNetworkSpec, NewNetworkSpec
from kms_keystore.framework.cdk import Vpc, Vswitch
from kms_keystore.framework.validation import checker_for, report


class KeyStoreNetwork(Construct):
    """The network of a KMS instance: two zones and one vSwitch in one of them.

    ``ConnectKmsInstance`` takes the instance's two zones and a single vSwitch ID
    for both (API reference page "ConnectKmsInstance"); the provider checks
    neither, this construct does. Give either ``new`` (a VPC and its vSwitch,
    created here; default zones for ``cn-hangzhou`` and ``ap-southeast-1`` are the
    pairs the provider's own tests use) or ``existing`` (IDs and zones).

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

        :param region: region of the deployment; both zones must belong to it.
        :param new: a VPC and vSwitch to create. Default when ``existing`` is not given:
            ``10.20.0.0/16`` with a ``/24`` vSwitch in the first of the region's default zones.
        :param existing: IDs of an existing VPC and vSwitch, and the two zones.
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
        """The single vSwitch ID, as the list ``vswitch_ids`` takes (a reference for a new one)."""
        self.zone_ids: list[str] = list(spec.zones_in(region))
        """The two zones the instance spans."""
        self.vswitches: list[Vswitch] = []
        """The created vSwitch (empty for an existing network)."""
        if not report(self, check):
            return
        if isinstance(spec, ExistingNetworkSpec):
            self.vpc_id = spec.vpc_id
            self.vswitch_ids = [spec.vswitch_id]
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
