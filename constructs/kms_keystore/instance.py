"""The KMS instance: hardware (HSM-backed) edition by default, protected against loss."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from .cdk import ITerraformDependable, KmsInstance, KmsInstanceBindVpcs, TerraformResourceLifecycle
from .core.specs import InstanceSpec
from .network import KeyStoreNetwork
from .validation import checker_for, report


class KeyStoreInstance(Construct):
    """An ``alicloud_kms_instance`` in a :class:`KeyStoreNetwork`.

    Defaults follow the safe choice: hardware key management (``product_version``
    ``"5"``, keys in an HSM), Subscription with automatic renewal (an instance
    that is not renewed is released when it expires), ``deletion_protection`` on
    and Terraform ``prevent_destroy`` on.

    ``depends_on`` should hold the service-linked role and, where a RAM user
    deploys, the creator policy's attachments: Terraform then creates the role
    first and, on destroy, releases the instance before the role, as the
    service's documentation requires.

    The generated resource is the child ``Resource``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        network: KeyStoreNetwork,
        spec: InstanceSpec | None = None,
        depends_on: Sequence[ITerraformDependable] = (),
    ) -> None:
        """Declare the instance.

        :param network: the VPC, vSwitches and two zones of the instance.
        :param spec: edition, billing, quotas, renewal, protection and tags;
            default :class:`InstanceSpec()` (hardware, Subscription, 12 months, auto-renewal).
        :param depends_on: what must exist before the instance and outlive it.
        """
        super().__init__(scope, id)
        self.spec = spec or InstanceSpec()
        """The validated instance description."""
        check = checker_for(self)
        self.spec.validate(check)
        if not report(self, check):
            return
        s = self.spec
        self.resource = KmsInstance(
            self,
            "Resource",
            instance_name=s.name,
            product_version=s.product_version,
            payment_type=s.payment_type,
            period=s.period,
            spec=s.spec,
            key_num=s.key_num,
            secret_num=s.secret_num,
            vpc_num=s.vpc_num,
            renew_status=s.renew_status,
            renew_period=s.renew_period if s.renew_status == "AutoRenewal" else None,
            renewal_period_unit=s.renewal_period_unit if s.renew_status else None,
            log=s.log,
            log_storage=s.log_storage,
            deletion_protection=s.deletion_protection,
            force_delete_without_backup=(
                None
                if s.force_delete_without_backup is None
                else str(s.force_delete_without_backup).lower()
            ),
            vpc_id=network.vpc_id,
            vswitch_ids=network.vswitch_ids,
            zone_ids=network.zone_ids,
            bind_vpcs=[
                KmsInstanceBindVpcs(
                    vpc_id=b.vpc_id,
                    vswitch_id=b.vswitch_id,
                    region_id=b.region_id,
                    vpc_owner_id=b.vpc_owner_id,
                )
                for b in s.bind_vpcs
            ]
            or None,
            tags=dict(s.tags) or None,
            depends_on=list(depends_on) or None,
            lifecycle=TerraformResourceLifecycle(prevent_destroy=s.prevent_destroy),
        )
        """The generated ``alicloud_kms_instance``."""
        self.instance_id: str = self.resource.id
        """ID of the instance (a reference)."""
