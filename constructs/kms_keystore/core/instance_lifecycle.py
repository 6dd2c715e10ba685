"""How a stack gets its KMS instance: bought by Terraform, adopted, or only referenced.

The provider's Create (``resourceAliCloudKmsInstanceCreate`` in
``resource_alicloud_kms_instance.go`` at 1.283.0) buys the instance through BSS
``CreateInstance`` and then enables it with ``ConnectKmsInstance`` and
``KMProvider=Aliyun``. The API reference page "ConnectKmsInstance" says only
software key management instances can be enabled that way. A hardware instance
is enabled in the console against a Cloud HSM cluster in the same region and
VPC, so Terraform can only adopt (import) or reference it once it exists.
"""

from __future__ import annotations

from enum import StrEnum

from . import rules
from .patterns import lazy_pattern
from .problems import Checker

HARDWARE = "5"
"""``product_version`` of hardware key management (HSM-backed)."""

_INSTANCE_ID = lazy_pattern(r"kst-[a-z0-9]{8,32}")

HARDWARE_CREATE_REFUSED = (
    "mode 'create' with product_version '3' (software). Terraform cannot enable a hardware "
    "instance: the provider buys it (BSS CreateInstance) and then calls ConnectKmsInstance "
    "with KMProvider=Aliyun, which enables software instances only; the subscription would "
    "be paid for and the apply would fail. For hardware key management, enable the instance "
    "in the console against your Cloud HSM cluster (same region and VPC), then use mode "
    "'adopt' or 'reference' with its ID"
)
"""Why ``create`` refuses the hardware edition, and what to do instead."""


class InstanceMode(StrEnum):
    """How the stack treats its KMS instance."""

    CREATE = "create"
    """Terraform buys and enables a software instance, and owns it."""
    ADOPT = "adopt"
    """Terraform imports an existing instance by ID and owns it from then on."""
    REFERENCE = "reference"
    """Terraform only reads an existing instance; keys, secrets and access go into it."""


def check_lifecycle(
    check: Checker,
    *,
    mode: object,
    product_version: object,
    instance_id: object,
    id_variable: object,
) -> None:
    """Record every combination of mode, edition and ID the APIs would not carry out."""
    modes = [m.value for m in InstanceMode]
    if mode not in modes:
        check.one_of("mode", mode, modes)
        return
    if mode == InstanceMode.CREATE:
        if product_version == HARDWARE:
            check.fail("product_version", product_version, HARDWARE_CREATE_REFUSED)
        for field, value in (("instance_id", instance_id), ("id_variable", id_variable)):
            if value is not None:
                check.fail(
                    field,
                    value,
                    "unset with mode 'create' (Terraform buys a new instance); "
                    "an existing instance is used with mode 'adopt' or 'reference'",
                )
        return
    if (instance_id is None) == (id_variable is None):
        check.fail(
            "instance_id/id_variable",
            [instance_id, id_variable],
            f"exactly one of them with mode {mode!r}: the ID of the existing instance "
            "('kst-...') or the name of a Terraform variable that will hold it",
        )
    if instance_id is not None and not (
        isinstance(instance_id, str) and _INSTANCE_ID.fullmatch(instance_id)
    ):
        check.fail("instance_id", instance_id, "a KMS instance ID such as 'kst-hzz62ee1a1a9x8g'")
    if id_variable is not None:
        rules.check_variable_name(check, "id_variable", id_variable)


ROLE_CREATE_WITH_EXISTING_INSTANCE = (
    "role mode 'create' (roleMode, or role_mode in Python) with instance mode {mode!r}: an "
    "existing instance was enabled, so the service-linked role AliyunServiceRoleForKMSKeyStore "
    "most likely exists already and creating it fails with EntityAlreadyExists.Role; use "
    "role mode 'adopt' (or 'reference'), unless this configuration's account stack created "
    "the role before the instance was enabled (the hardware order in docs/instance-modes.md)"
)
"""Warning for a role to create beside an instance that already exists."""

_ADOPT_NETWORK_FORCE_NEW = (
    "The provider declares vpc_id, vswitch_ids and zone_ids ForceNew, so a new network "
    "would plan to replace the instance (which prevent_destroy then refuses)"
)
ADOPT_NEEDS_EXISTING_NETWORK = (
    f"the adopted instance's own network: vpcId, vswitchId and zoneIds. {_ADOPT_NETWORK_FORCE_NEW}"
)
"""Why ``adopt`` takes an existing network only."""

ADOPT_NEEDS_EXISTING_NETWORK_BY_HAND = (
    "the adopted instance's own network: network=ExistingNetworkSpec(vpc_id=..., "
    "vswitch_id=..., zone_ids=(...)) on the KmsKeyStore, or its vpc, vswitch and zone_ids. "
    + _ADOPT_NETWORK_FORCE_NEW
)
"""The same, in the names a team writes in Python."""

REFERENCE_TAKES_NO_NETWORK = (
    "no network with instance mode 'reference': the instance keeps its own, and this "
    "stack declares none"
)
"""Why ``reference`` takes no network."""

SUBSCRIPTION_ARGUMENTS = (
    "period",
    "spec",
    "key_num",
    "secret_num",
    "vpc_num",
    "renew_status",
    "renew_period",
    "renewal_period_unit",
)
"""Arguments of a Subscription instance only (a PayAsYouGo instance leaves them null)."""

ADOPT_UNSET_ARGUMENTS = (
    "product_version",
    "payment_type",
    *SUBSCRIPTION_ARGUMENTS,
    "log",
    "log_storage",
)
"""Edition, billing and quota arguments an adopted instance keeps unless configured.

A difference in one of them makes the provider's Update call ``ModifyInstance``
(``ModifyType`` ``Upgrade``: spec, quotas, edition, log, payment type) or
``SetRenewal`` (renewal); ``period`` only matters at purchase."""
