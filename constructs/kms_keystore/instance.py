"""The KMS instance: bought by Terraform (software edition), adopted, or referenced."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from constructs import Construct

from .core import rules
from .core.api_forms import RENEWAL_UNIT_ON_CREATE
from .core.checked import checked_already
from .core.instance_lifecycle import (
    ADOPT_NEEDS_EXISTING_NETWORK_BY_HAND,
    REFERENCE_TAKES_NO_NETWORK,
    InstanceMode,
)
from .core.problems import Checker
from .core.rules import Listed
from .core.specs import BindVpcSpec, InstanceSpec
from .core.terraform_requirements import IMPORT_AND_CHECK, IMPORT_ID_FROM_VARIABLE
from .core.terraform_text import literal_tags
from .framework.cdk import (
    Fn,
    ITerraformDependable,
    KmsInstance,
    KmsInstanceBindVpcs,
    Postcondition,
    Precondition,
    TerraformResourceLifecycle,
)
from .framework.hcl_notes import condition_lost_in_hcl
from .framework.terraform_version import remember_stack, require_terraform, stack_of
from .framework.validation import (
    DEPENDABLE,
    DEPENDABLE_KINDS,
    DeclaredWhenBuilt,
    checker_for,
    declared_when_built,
    kinds_ok,
    refuse_tokens,
    report,
    visible_path,
)
from .framework.variables import declare_variable
from .network import KeyStoreNetwork

if TYPE_CHECKING:
    from .framework.cdk import DataAlicloudKmsInstances


@declared_when_built("resource", "instance_id")
class KeyStoreInstance(Construct, DeclaredWhenBuilt):
    """An ``alicloud_kms_instance``, or a read-only reference to an existing one.

    ``spec.mode`` decides:

    * ``create`` (default): Terraform buys a software-edition instance
      (``product_version`` ``"3"``) and enables it in ``network``. The hardware
      edition is refused: the provider enables instances with
      ``ConnectKmsInstance``, which the API allows for software instances only.
    * ``adopt``: an ``import`` block brings an existing instance (for example a
      hardware instance enabled in the console against its HSM cluster) under
      Terraform; ``network`` must name its VPC, vSwitch and zones, which cannot change.
      Edition, billing and quota arguments left None are not written and are
      ignored in plans, so adopting never buys an upgrade or a renewal.
    * ``reference``: an ``alicloud_kms_instances`` lookup by ID whose
      postcondition fails the plan when the instance does not exist; nothing
      about the instance is managed, and ``network`` is not used.

    Managed instances default to Subscription with automatic renewal,
    ``deletion_protection`` on and Terraform ``prevent_destroy`` on. The ID may be
    a Terraform variable (``spec.id_variable``). The generated resource or data
    source is the child ``Resource``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        network: KeyStoreNetwork | None,
        spec: InstanceSpec | None = None,
        depends_on: Listed[ITerraformDependable] = (),
    ) -> None:
        """Declare the instance.

        :param network: the VPC, vSwitch and two zones (None only for ``reference``).
        :param spec: mode, ID, edition, billing, quotas, renewal, protection and tags;
            default :class:`InstanceSpec()` (software, Subscription, 1 month, auto-renewal).
        :param depends_on: what must exist before the instance and outlive it.
        """
        super().__init__(scope, id)
        remember_stack(self, scope)
        if not kinds_ok(
            self,
            ("spec", spec, (InstanceSpec, type(None)), "None or an InstanceSpec"),
            ("network", network, (KeyStoreNetwork, type(None)), "None or a KeyStoreNetwork"),
        ):
            self.spec = InstanceSpec()
            return
        self.spec = spec or InstanceSpec()
        """The validated instance description."""
        check = checker_for(self)
        depends_on = rules.listed(check, "depends_on", depends_on, DEPENDABLE_KINDS, DEPENDABLE)  # type: ignore[assignment]
        if not checked_already(self.spec):  # the reader's specs were checked once
            self.spec.validate(check)
            refuse_tokens(check, self.spec)
        if network is None and self.spec.mode != InstanceMode.REFERENCE:
            check.fail("network", None, "a network for an instance that Terraform manages")
        if self.spec.mode == InstanceMode.REFERENCE and network is not None:
            check.fail("network", "given", REFERENCE_TAKES_NO_NETWORK)
        if self.spec.mode == InstanceMode.ADOPT and network is not None and network.vswitches:
            check.fail("network", "a new network", ADOPT_NEEDS_EXISTING_NETWORK_BY_HAND)
        own = vars(network).get("vpc_id") if network is not None else None
        for index, bind in rules.indexed(self.spec.bind_vpcs, BindVpcSpec) if own else ():
            if bind.vpc_id == own:  # a literal ID; a reference is Terraform's to compare
                check.fail(
                    f"bind_vpcs[{index}].vpc_id",
                    own,
                    "another VPC than the instance's own (its network's), which it reaches already",
                )
        if not report(self, check):
            return
        self.resource: KmsInstance | DataAlicloudKmsInstances
        """The generated ``alicloud_kms_instance`` (or ``alicloud_kms_instances`` lookup)."""
        self.instance_id: str = ""
        """ID of the instance (a reference)."""
        existing_id = _existing_id(self)
        if self.spec.mode == InstanceMode.REFERENCE:
            _reference(self, existing_id)
            return
        assert network is not None
        _managed(self, network, depends_on)
        if existing_id is not None:
            self.resource.import_from(existing_id)
            variable_id = self.spec.id_variable is not None
            require_terraform(self, IMPORT_ID_FROM_VARIABLE if variable_id else IMPORT_AND_CHECK)
            defaults = self.spec.purchase_defaults_written()
            if defaults and not checked_already(self.spec):  # the reader's leave them None
                synth_warning(
                    self, ADOPTED_WITH_PURCHASE_DEFAULTS.format(fields=", ".join(defaults))
                )
        elif self.spec.renew_status == "AutoRenewal" and self.spec.renewal_period_unit == "Y":
            synth_warning(
                self,
                RENEWAL_UNIT_ON_CREATE.format(
                    unit=self.spec.renewal_period_unit, period=self.spec.renew_period
                ),
            )


ADOPTED_WITH_PURCHASE_DEFAULTS = (
    "adopted instance: {fields} hold the defaults of an instance bought here, and Terraform "
    "writes them onto the instance it imports: unless they are its real values, the first "
    "plan updates it (ModifyInstance bills a change of spec or quotas; SetRenewal changes its "
    "renewal). Build the spec with InstanceSpec.given(mode='adopt', ...): it writes only the "
    "fields you give (its real values, even where they equal these defaults) and leaves the "
    "others as the instance has them, with no warning"
)


_HELD = {"key": "_kms_keystore_keys_held", "secret": "_kms_keystore_secrets_held"}
"""On an instance: how many keys and secrets are declared in it so far."""


def count_held(instance: KeyStoreInstance, what: str, check: Checker, by_hand: bool) -> None:
    """Count one more ``what`` (``key`` or ``secret``) declared in ``instance``.

    A key store checks the keys and secrets it declares against the instance's
    quotas itself. One a team adds by hand (``by_hand``), under the store or
    anywhere else, is checked here against everything declared in the instance
    so far: CreateKey and CreateSecret fail at apply beyond ``key_num`` and
    ``secret_num``, after the instance is bought.
    """
    attr = _HELD[what]
    held = instance.__dict__.get(attr, 0) + 1
    instance.__dict__[attr] = held
    spec = instance.__dict__.get("spec")
    if not by_hand or not isinstance(spec, InstanceSpec):
        return
    for field, quota, _ in spec.quota_shortfalls(*((held, 0) if what == "key" else (0, held))):
        where = visible_path(instance.node.path)
        check.fail(
            "instance",
            f"{where} ({field}={quota})",
            f"an instance with room for this {what}: it is {what} {held} declared in that "
            f"instance, which holds {quota}; raise {field} in its InstanceSpec",
        )


def synth_warning(scope: Construct, message: str) -> None:
    """A synth-time warning, printed on stderr (the cdktf CLI shows it too).

    Not recorded as a cdktf annotation: that would write a Node stack trace, with
    the jsii kernel's temporary paths, into ``manifest.json`` on every synth.
    """
    print(f"kms-keystore: warning {scope.node.path}: {message}", file=sys.stderr)


def _existing_id(instance: KeyStoreInstance) -> str | None:
    """The literal ID, a reference to its variable, or None (create)."""
    if instance.spec.id_variable is not None:
        variable = declare_variable(
            instance,
            "InstanceId",
            instance.spec.id_variable,
            type="string",
            description="ID of the existing KMS instance (kst-...)",
        )
        return variable.string_value
    return instance.spec.instance_id


def _reference(instance: KeyStoreInstance, existing_id: str | None) -> None:
    # imported here: only a referenced instance loads this binding module
    from .framework.cdk import DataAlicloudKmsInstances

    lookup = DataAlicloudKmsInstances(
        instance,
        "Resource",
        ids=[existing_id or ""],
        lifecycle=TerraformResourceLifecycle(
            postcondition=[
                Postcondition(
                    condition="${length(self.ids) == 1}",
                    error_message=(
                        "The KMS instance to reference does not exist in this region: "
                        "check its ID and the stack's region."
                    ),
                )
            ]
        ),
    )
    instance.resource = lookup
    instance.instance_id = Fn.element(lookup.ids, 0)
    condition_lost_in_hcl(stack_of(instance), lookup, "postcondition")


def _managed(
    instance: KeyStoreInstance, network: KeyStoreNetwork, depends_on: Listed[ITerraformDependable]
) -> None:
    s = instance.spec
    # An adopted instance keeps the renewal it has unless it is configured.
    auto = s.renew_status == "AutoRenewal" or s.mode == InstanceMode.ADOPT
    instance.resource = KmsInstance(
        instance,
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
        renew_period=s.renew_period if auto else None,
        renewal_period_unit=s.renewal_period_unit if auto else None,
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
        tags=literal_tags(s.tags),
        depends_on=list(depends_on) or None,
        lifecycle=TerraformResourceLifecycle(
            prevent_destroy=s.prevent_destroy,
            ignore_changes=list(s.left_as_is()) or None,
            precondition=[Precondition(**check) for check in network.preconditions] or None,
        ),
    )
    instance.instance_id = instance.resource.id
    if network.preconditions:
        condition_lost_in_hcl(stack_of(instance), instance.resource, "precondition")
