"""The API actions aliyun/alicloud 1.283.0 calls for each block this project uses.

Read from the provider's Go source at tag ``v1.283.0`` (``alicloud/*.go``): for
every resource, the actions of its Create, Read, Update and Delete functions and
of the service helpers they call; for every data source, those of its Read.
Each entry names the file and the Go function in which the action's name is
written, so that a provider upgrade can be checked action by action
(``tests/test_provider_actions.py``).

``when`` lists the arguments that make the provider call an action at all
(an update path only taken when that argument is set or changes); an empty
``when`` means the call is always made by that operation.
"""

from __future__ import annotations

from dataclasses import dataclass

PROVIDER_VERSION = "1.283.0"
"""The provider version the table was read from."""

OPERATIONS = ("create", "read", "update", "delete")


@dataclass(frozen=True)
class ProviderCall:
    """One API action the provider calls, and where its source says so."""

    action: str
    """The RAM action, ``<service>:<API>`` (``kms:ConnectKmsInstance``)."""
    file: str
    """Go file under ``alicloud/`` at v1.283.0."""
    function: str
    """Go function in that file whose body names the API."""
    when: tuple[str, ...] = ()
    """Arguments that trigger the call; empty when it is always made."""

    @property
    def api(self) -> str:
        """The API operation name (``ConnectKmsInstance``)."""
        return self.action.split(":", 1)[1]

    @property
    def ram_actions(self) -> tuple[str, ...]:
        """Every RAM action the call needs.

        Its names (:data:`RAM_NAMES`, else ``action``), then what RAM also checks for
        it on another resource (:data:`RAM_DEPENDENCIES`).
        """
        return RAM_NAMES.get(self.action, (self.action,)) + RAM_DEPENDENCIES.get(self.action, ())


RAM_NAMES: dict[str, tuple[str, ...]] = {
    "bssapi:CreateInstance": ("bssapi:CreateInstance", "bss:ModifyInstance"),
    "bssapi:ModifyInstance": ("bssapi:ModifyInstance", "bss:ModifyInstance"),
    "bssapi:QueryAvailableInstances": ("bssapi:QueryAvailableInstances", "bss:DescribeInstances"),
    "bssapi:RefundInstance": ("bssapi:RefundInstance", "bss:RefundBatchRemainRefund"),
    "bssapi:SetRenewal": ("bssapi:SetRenewal", "bss:ModifyPrepaidInstanceAutoRenew"),
}
"""BSS OpenAPI calls whose RAM permission point moved from ``bssapi:`` to ``bss:``.

The current API reference pages (BSS OpenAPI 2017-12-14, "RAM authorization")
list the ``bss:`` name; older copies of the same pages list ``bssapi:<API>``.
Both are granted: an account that still evaluates the old point and one that
evaluates the new one both let the call through (docs/alibaba-cloud-facts.md,
API-21)."""


RAM_DEPENDENCIES: dict[str, tuple[str, ...]] = {
    "kms:CreateSecret": ("kms:GenerateDataKey",),
    "kms:PutSecretValue": ("kms:GenerateDataKey",),
    "kms:GetSecretValue": ("kms:Decrypt",),
}
"""Calls that RAM authorizes only with a second action on another resource.

A secret's value is encrypted under the key named by ``encryption_key_id``
(every secret this project writes names one): KMS's pages say that creating a
secret with such a key, and writing a new value, need ``kms:GenerateDataKey``
on that key, and reading the value (which the provider's Read of
``alicloud_kms_secret`` does every time) needs ``kms:Decrypt`` on it
(docs/alibaba-cloud-facts.md, API-32)."""


@dataclass(frozen=True)
class BlockActions:
    """The calls of one resource or data source type, per operation."""

    type_name: str
    """``alicloud_kms_instance`` and the like."""
    kind: str
    """``resource`` or ``data``."""
    create: tuple[ProviderCall, ...] = ()
    read: tuple[ProviderCall, ...] = ()
    update: tuple[ProviderCall, ...] = ()
    delete: tuple[ProviderCall, ...] = ()

    def calls(self) -> tuple[tuple[str, ProviderCall], ...]:
        """Every ``(operation, call)`` of the block."""
        return tuple((op, call) for op in OPERATIONS for call in getattr(self, op))


def _calls(file: str, function: str, *actions: str, when: tuple[str, ...] = ()) -> tuple:
    return tuple(ProviderCall(a, file, function, when) for a in actions)


_KMS_INSTANCE = "resource_alicloud_kms_instance.go"
_KMS_V1 = "service_alicloud_kms.go"
_KMS_V2 = "service_alicloud_kms_v2.go"
_RAM_V1 = "service_alicloud_ram.go"
_RAM_V2 = "service_alicloud_ram_v2.go"
_RM_V1 = "service_alicloud_resource_manager.go"
_VPC_V2 = "service_alicloud_vpc_v2.go"
_SLR = "resource_alicloud_resource_manager_service_linked_role.go"

_INSTANCE_READ = (
    *_calls(_KMS_V2, "DescribeKmsInstance", "kms:GetKmsInstance"),
    *_calls(_KMS_V2, "DescribeInstanceQueryAvailableInstances", "bssapi:QueryAvailableInstances"),
    *_calls(_KMS_V2, "DescribeInstanceListTagResources", "kms:ListTagResources"),
)

_KMS_TAGS = _calls(
    _KMS_V2, "SetResourceTags", "kms:TagResources", "kms:UntagResources", when=("tags",)
)
_KMS_V1_TAGS = _calls(
    _KMS_V1, "SetResourceTags", "kms:TagResources", "kms:UntagResources", when=("tags",)
)


def _attachment(principal: str) -> BlockActions:
    file = f"resource_alicloud_ram_{principal.lower()}_policy_attachment.go"
    prefix = f"resourceAliCloudRam{principal}PolicyAttachment"
    return BlockActions(
        f"alicloud_ram_{principal.lower()}_policy_attachment",
        "resource",
        create=_calls(file, f"{prefix}Create", f"ram:AttachPolicyTo{principal}"),
        read=_calls(
            _RAM_V2, f"DescribeRam{principal}PolicyAttachment", f"ram:ListPoliciesFor{principal}"
        ),
        delete=_calls(file, f"{prefix}Delete", f"ram:DetachPolicyFrom{principal}"),
    )


TABLE: tuple[BlockActions, ...] = (
    BlockActions(
        "alicloud_kms_instance",
        "resource",
        create=(
            *_calls(_KMS_INSTANCE, "resourceAliCloudKmsInstanceCreate", "bssapi:CreateInstance"),
            *_calls(_KMS_INSTANCE, "resourceAliCloudKmsInstanceCreate", "kms:ConnectKmsInstance"),
            *_calls(_KMS_V2, "DescribeKmsInstance", "kms:GetKmsInstance"),
        ),
        read=_INSTANCE_READ,
        update=(
            *_calls(
                _KMS_INSTANCE,
                "resourceAliCloudKmsInstanceUpdate",
                "bssapi:ModifyInstance",
                when=(
                    "spec",
                    "key_num",
                    "secret_num",
                    "vpc_num",
                    "product_version",
                    "log",
                    "log_storage",
                    "payment_type",
                ),
            ),
            *_calls(
                _KMS_INSTANCE,
                "resourceAliCloudKmsInstanceUpdate",
                "kms:UpdateKmsInstanceBindVpc",
                when=("bind_vpcs",),
            ),
            *_calls(
                _KMS_INSTANCE,
                "resourceAliCloudKmsInstanceUpdate",
                "kms:UpdateKmsInstance",
                when=("instance_name",),
            ),
            *_calls(
                _KMS_INSTANCE,
                "resourceAliCloudKmsInstanceUpdate",
                "bssapi:SetRenewal",
                when=("renew_status", "renew_period", "payment_type"),
            ),
            *_calls(
                _KMS_INSTANCE,
                "resourceAliCloudKmsInstanceUpdate",
                "kms:SetDeletionProtection",
                when=("deletion_protection",),
            ),
            *_KMS_TAGS,
        ),
        delete=(
            *_calls(_KMS_INSTANCE, "resourceAliCloudKmsInstanceDelete", "bssapi:RefundInstance"),
            *_calls(_KMS_INSTANCE, "resourceAliCloudKmsInstanceDelete", "kms:ReleaseKmsInstance"),
            *_calls(_KMS_V2, "DescribeKmsInstance", "kms:GetKmsInstance"),
        ),
    ),
    BlockActions(
        "alicloud_kms_instances",
        "data",
        read=_calls(
            "data_source_alicloud_kms_instances.go",
            "dataSourceAliCloudKmsInstanceRead",
            "kms:ListKmsInstances",
        ),
    ),
    BlockActions(
        "alicloud_kms_key",
        "resource",
        create=_calls(
            "resource_alicloud_kms_key.go", "resourceAliCloudKmsKeyCreate", "kms:CreateKey"
        ),
        read=(
            *_calls(_KMS_V2, "DescribeKmsKey", "kms:DescribeKey"),
            *_calls(
                _KMS_V2, "DescribeKmsKeyPolicy", "kms:GetKeyPolicy", when=("dkms_instance_id",)
            ),
            *_calls(_KMS_V2, "ListTagResources", "kms:ListTagResources"),
        ),
        update=(
            *_calls(
                "resource_alicloud_kms_key.go",
                "resourceAliCloudKmsKeyUpdate",
                "kms:DisableKey",
                "kms:EnableKey",
                when=("status", "key_state", "is_enabled"),
            ),
            *_calls(
                "resource_alicloud_kms_key.go",
                "resourceAliCloudKmsKeyUpdate",
                "kms:UpdateKeyDescription",
                when=("description",),
            ),
            *_calls(
                "resource_alicloud_kms_key.go",
                "resourceAliCloudKmsKeyUpdate",
                "kms:UpdateRotationPolicy",
                when=("automatic_rotation", "rotation_interval"),
            ),
            *_calls(
                "resource_alicloud_kms_key.go",
                "resourceAliCloudKmsKeyUpdate",
                "kms:SetDeletionProtection",
                when=("deletion_protection", "deletion_protection_description"),
            ),
            *_calls(
                "resource_alicloud_kms_key.go",
                "resourceAliCloudKmsKeyUpdate",
                "kms:SetKeyPolicy",
                when=("policy",),
            ),
            *_KMS_TAGS,
        ),
        delete=_calls(
            "resource_alicloud_kms_key.go",
            "resourceAliCloudKmsKeyDelete",
            "kms:ScheduleKeyDeletion",
        ),
    ),
    BlockActions(
        "alicloud_kms_alias",
        "resource",
        create=_calls(
            "resource_alicloud_kms_alias.go", "resourceAlicloudKmsAliasCreate", "kms:CreateAlias"
        ),
        read=_calls(_KMS_V1, "DescribeKmsAlias", "kms:ListAliases"),
        update=_calls(
            "resource_alicloud_kms_alias.go", "resourceAlicloudKmsAliasUpdate", "kms:UpdateAlias"
        ),
        delete=_calls(
            "resource_alicloud_kms_alias.go", "resourceAlicloudKmsAliasDelete", "kms:DeleteAlias"
        ),
    ),
    BlockActions(
        "alicloud_kms_secret",
        "resource",
        create=_calls(
            "resource_alicloud_kms_secret.go", "resourceAliCloudKmsSecretCreate", "kms:CreateSecret"
        ),
        read=(
            *_calls(_KMS_V1, "DescribeKmsSecret", "kms:DescribeSecret"),
            *_calls(
                _KMS_V1,
                "DescribeKmsSecretPolicy",
                "kms:GetSecretPolicy",
                when=("dkms_instance_id",),
            ),
            *_calls(_KMS_V1, "GetSecretValue", "kms:GetSecretValue"),
            *_calls(_KMS_V1, "ListTagResources", "kms:ListTagResources"),
        ),
        update=(
            *_calls(
                "resource_alicloud_kms_secret.go",
                "resourceAliCloudKmsSecretUpdate",
                "kms:PutSecretValue",
                when=("secret_data", "version_id", "secret_data_type", "version_stages"),
            ),
            *_calls(
                "resource_alicloud_kms_secret.go",
                "resourceAliCloudKmsSecretUpdate",
                "kms:UpdateSecretRotationPolicy",
                when=("enable_automatic_rotation", "rotation_interval"),
            ),
            *_calls(
                "resource_alicloud_kms_secret.go",
                "resourceAliCloudKmsSecretUpdate",
                "kms:SetSecretPolicy",
                when=("policy",),
            ),
            *_calls(
                "resource_alicloud_kms_secret.go",
                "resourceAliCloudKmsSecretUpdate",
                "kms:UpdateSecret",
                when=("description",),
            ),
            *_KMS_V1_TAGS,
        ),
        delete=_calls(
            "resource_alicloud_kms_secret.go", "resourceAliCloudKmsSecretDelete", "kms:DeleteSecret"
        ),
    ),
    BlockActions(
        "alicloud_kms_network_rule",
        "resource",
        create=_calls(
            "resource_alicloud_kms_network_rule.go",
            "resourceAliCloudKmsNetworkRuleCreate",
            "kms:CreateNetworkRule",
        ),
        read=_calls(_KMS_V2, "DescribeKmsNetworkRule", "kms:DescribeNetworkRule"),
        update=_calls(
            "resource_alicloud_kms_network_rule.go",
            "resourceAliCloudKmsNetworkRuleUpdate",
            "kms:UpdateNetworkRule",
        ),
        delete=_calls(
            "resource_alicloud_kms_network_rule.go",
            "resourceAliCloudKmsNetworkRuleDelete",
            "kms:DeleteNetworkRule",
        ),
    ),
    BlockActions(
        "alicloud_kms_policy",
        "resource",
        create=_calls(
            "resource_alicloud_kms_policy.go", "resourceAliCloudKmsPolicyCreate", "kms:CreatePolicy"
        ),
        read=_calls(_KMS_V2, "DescribeKmsPolicy", "kms:DescribePolicy"),
        update=_calls(
            "resource_alicloud_kms_policy.go", "resourceAliCloudKmsPolicyUpdate", "kms:UpdatePolicy"
        ),
        delete=_calls(
            "resource_alicloud_kms_policy.go", "resourceAliCloudKmsPolicyDelete", "kms:DeletePolicy"
        ),
    ),
    BlockActions(
        "alicloud_kms_application_access_point",
        "resource",
        create=_calls(
            "resource_alicloud_kms_application_access_point.go",
            "resourceAliCloudKmsApplicationAccessPointCreate",
            "kms:CreateApplicationAccessPoint",
        ),
        read=_calls(
            _KMS_V2, "DescribeKmsApplicationAccessPoint", "kms:DescribeApplicationAccessPoint"
        ),
        update=_calls(
            "resource_alicloud_kms_application_access_point.go",
            "resourceAliCloudKmsApplicationAccessPointUpdate",
            "kms:UpdateApplicationAccessPoint",
        ),
        delete=_calls(
            "resource_alicloud_kms_application_access_point.go",
            "resourceAliCloudKmsApplicationAccessPointDelete",
            "kms:DeleteApplicationAccessPoint",
        ),
    ),
    BlockActions(
        "alicloud_kms_client_key",
        "resource",
        create=_calls(
            "resource_alicloud_kms_client_key.go",
            "resourceAliCloudKmsClientKeyCreate",
            "kms:CreateClientKey",
        ),
        read=_calls(_KMS_V2, "DescribeKmsClientKey", "kms:GetClientKey"),
        delete=_calls(
            "resource_alicloud_kms_client_key.go",
            "resourceAliCloudKmsClientKeyDelete",
            "kms:DeleteClientKey",
        ),
    ),
    BlockActions(
        "alicloud_resource_manager_service_linked_role",
        "resource",
        create=_calls(
            _SLR,
            "resourceAliCloudResourceManagerServiceLinkedRoleCreate",
            "ram:CreateServiceLinkedRole",
        ),
        read=_calls(_RAM_V1, "DescribeRamServiceLinkedRole", "ram:GetRole"),
        delete=(
            *_calls(
                _SLR,
                "resourceAliCloudResourceManagerServiceLinkedRoleDelete",
                "ram:DeleteServiceLinkedRole",
            ),
            *_calls(
                _RM_V1,
                "GetServiceLinkedRoleDeletionStatus",
                "ram:GetServiceLinkedRoleDeletionStatus",
            ),
        ),
    ),
    BlockActions(
        "alicloud_ram_policy",
        "resource",
        create=_calls(
            "resource_alicloud_ram_policy.go", "resourceAliCloudRamPolicyCreate", "ram:CreatePolicy"
        ),
        read=(
            *_calls(_RAM_V2, "DescribeRamPolicy", "ram:GetPolicy"),
            *_calls(_RAM_V2, "DescribePolicyListTagResources", "ram:ListTagResources"),
        ),
        update=(
            *_calls(
                "resource_alicloud_ram_policy.go",
                "resourceAliCloudRamPolicyUpdate",
                "ram:CreatePolicyVersion",
                when=("policy_document", "rotate_strategy"),
            ),
            *_calls(
                "resource_alicloud_ram_policy.go",
                "resourceAliCloudRamPolicyUpdate",
                "ram:UpdatePolicyDescription",
                when=("description",),
            ),
            *_calls(
                _RAM_V2, "SetResourceTags", "ram:TagResources", "ram:UntagResources", when=("tags",)
            ),
        ),
        delete=(
            *_calls(
                "resource_alicloud_ram_policy.go",
                "resourceAliCloudRamPolicyDelete",
                "ram:DeletePolicy",
            ),
            *_calls(
                "resource_alicloud_ram_policy.go",
                "resourceAliCloudRamPolicyDelete",
                "ram:ListEntitiesForPolicy",
                "ram:DetachPolicyFromUser",
                "ram:DetachPolicyFromGroup",
                "ram:DetachPolicyFromRole",
                "ram:ListPolicyVersions",
                "ram:DeletePolicyVersion",
                when=("force",),
            ),
        ),
    ),
    _attachment("User"),
    _attachment("Group"),
    _attachment("Role"),
    BlockActions(
        "alicloud_ram_roles",
        "data",
        read=(
            *_calls(
                "data_source_alicloud_ram_roles.go",
                "dataSourceAliCloudRamRolesRead",
                "ram:ListRoles",
            ),
            *_calls(
                "data_source_alicloud_ram_roles.go",
                "dataSourceAliCloudRamRolesRead",
                "ram:ListEntitiesForPolicy",
                when=("policy_name",),
            ),
            *_calls(_RAM_V2, "DescribeRamRole", "ram:GetRole"),
        ),
    ),
    BlockActions(
        "alicloud_ram_policies",
        "data",
        read=(
            *_calls(
                "data_source_alicloud_ram_policies.go",
                "dataSourceAliCloudRamPoliciesRead",
                "ram:ListPolicies",
            ),
            *_calls(
                "data_source_alicloud_ram_policies.go",
                "dataSourceAliCloudRamPoliciesRead",
                "ram:ListPoliciesForUser",
                when=("user_name",),
            ),
            *_calls(
                "data_source_alicloud_ram_policies.go",
                "dataSourceAliCloudRamPoliciesRead",
                "ram:ListPoliciesForGroup",
                when=("group_name",),
            ),
            *_calls(
                "data_source_alicloud_ram_policies.go",
                "dataSourceAliCloudRamPoliciesRead",
                "ram:ListPoliciesForRole",
                when=("role_name",),
            ),
            *_calls(
                "data_source_alicloud_ram_policies.go",
                "dataSourceAliCloudRamPoliciesRead",
                "ram:GetPolicy",
                when=("enable_details",),
            ),
        ),
    ),
    BlockActions(
        "alicloud_vpc",
        "resource",
        create=(
            *_calls("resource_alicloud_vpc.go", "resourceAliCloudVpcVpcCreate", "vpc:CreateVpc"),
            *_calls(
                "resource_alicloud_vpc.go",
                "resourceAliCloudVpcVpcCreate",
                "vpc:CreateDefaultVpc",
                when=("is_default",),
            ),
            *_calls(_VPC_V2, "DescribeVpcVpc", "vpc:DescribeVpcAttribute"),
        ),
        read=(
            *_calls(_VPC_V2, "DescribeVpcVpc", "vpc:DescribeVpcAttribute"),
            *_calls(_VPC_V2, "DescribeVpcDescribeRouteTableList", "vpc:DescribeRouteTableList"),
        ),
        update=(
            *_calls(
                "resource_alicloud_vpc.go",
                "resourceAliCloudVpcVpcUpdate",
                "vpc:EnableVpcClassicLink",
                "vpc:DisableVpcClassicLink",
                when=("classic_link_enabled",),
            ),
            *_calls(
                "resource_alicloud_vpc.go",
                "resourceAliCloudVpcVpcUpdate",
                "vpc:ModifyVpcAttribute",
                when=(
                    "vpc_name",
                    "description",
                    "cidr_block",
                    "enable_ipv6",
                    "dns_hostname_status",
                ),
            ),
            *_calls(
                "resource_alicloud_vpc.go",
                "resourceAliCloudVpcVpcUpdate",
                "vpc:MoveResourceGroup",
                when=("resource_group_id",),
            ),
            *_calls(
                "resource_alicloud_vpc.go",
                "resourceAliCloudVpcVpcUpdate",
                "vpc:ModifyRouteTableAttributes",
                when=(
                    "system_route_table_name",
                    "system_route_table_description",
                    "system_route_table_route_propagation_enable",
                ),
            ),
            *_calls(
                "resource_alicloud_vpc.go",
                "resourceAliCloudVpcVpcUpdate",
                "vpc:UnassociateVpcCidrBlock",
                "vpc:AssociateVpcCidrBlock",
                when=("secondary_cidr_blocks",),
            ),
            *_calls(
                _VPC_V2, "SetResourceTags", "vpc:TagResources", "vpc:UnTagResources", when=("tags",)
            ),
        ),
        delete=(
            *_calls("resource_alicloud_vpc.go", "resourceAliCloudVpcVpcDelete", "vpc:DeleteVpc"),
            *_calls(_VPC_V2, "DescribeVpcVpc", "vpc:DescribeVpcAttribute"),
        ),
    ),
    BlockActions(
        "alicloud_vswitch",
        "resource",
        create=(
            *_calls(
                "resource_alicloud_vswitch.go",
                "resourceAliCloudVpcVswitchCreate",
                "vpc:CreateVSwitch",
            ),
            *_calls(
                "resource_alicloud_vswitch.go",
                "resourceAliCloudVpcVswitchCreate",
                "vpc:CreateDefaultVSwitch",
                when=("is_default",),
            ),
            *_calls(_VPC_V2, "DescribeVpcVswitch", "vpc:DescribeVSwitchAttributes"),
        ),
        read=_calls(_VPC_V2, "DescribeVpcVswitch", "vpc:DescribeVSwitchAttributes"),
        update=(
            *_calls(
                "resource_alicloud_vswitch.go",
                "resourceAliCloudVpcVswitchUpdate",
                "vpc:ModifyVSwitchAttribute",
                when=("vswitch_name", "description", "enable_ipv6", "ipv6_cidr_block_mask"),
            ),
            *_calls(
                _VPC_V2, "SetResourceTags", "vpc:TagResources", "vpc:UnTagResources", when=("tags",)
            ),
        ),
        delete=(
            *_calls(
                "resource_alicloud_vswitch.go",
                "resourceAliCloudVpcVswitchDelete",
                "vpc:DeleteVSwitch",
            ),
            *_calls(_VPC_V2, "DescribeVpcVswitch", "vpc:DescribeVSwitchAttributes"),
        ),
    ),
    BlockActions(
        "alicloud_vswitches",
        "data",
        read=_calls(
            "data_source_alicloud_vswitches.go",
            "dataSourceAlicloudVswitchesRead",
            "vpc:DescribeVSwitches",
        ),
    ),
)
"""Every resource and data source type the constructs declare, with its calls."""

BY_TYPE: dict[tuple[str, str], BlockActions] = {(b.kind, b.type_name): b for b in TABLE}
"""The table by ``(kind, type_name)``."""


def block_actions(kind: str, type_name: str) -> BlockActions:
    """The calls of one block type; KeyError names a type missing from the table."""
    try:
        return BY_TYPE[(kind, type_name)]
    except KeyError:
        raise KeyError(
            f"{kind} {type_name} is not in core/provider_actions.TABLE: read its Go source at "
            f"v{PROVIDER_VERSION} and add its actions before a construct uses it"
        ) from None
