from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

import typeguard
from importlib.metadata import version as _metadata_package_version
TYPEGUARD_MAJOR_VERSION = int(_metadata_package_version('typeguard').split('.')[0])

def check_type(argname: str, value: object, expected_type: typing.Any) -> typing.Any:
    if TYPEGUARD_MAJOR_VERSION <= 2:
        return typeguard.check_type(argname=argname, value=value, expected_type=expected_type) # type:ignore
    else:
        if isinstance(value, jsii._reference_map.InterfaceDynamicProxy): # pyright: ignore [reportAttributeAccessIssue]
           pass
        else:
            if TYPEGUARD_MAJOR_VERSION == 3:
                typeguard.config.collection_check_strategy = typeguard.CollectionCheckStrategy.ALL_ITEMS # type:ignore
                typeguard.check_type(value=value, expected_type=expected_type) # type:ignore
            else:
                typeguard.check_type(value=value, expected_type=expected_type, collection_check_strategy=typeguard.CollectionCheckStrategy.ALL_ITEMS) # type:ignore

from ._jsii import *

__all__ = [
    "data_alicloud_account",
    "data_alicloud_kms_instances",
    "data_alicloud_ram_policies",
    "data_alicloud_ram_roles",
    "data_alicloud_vpcs",
    "data_alicloud_vswitches",
    "data_alicloud_zones",
    "kms_alias",
    "kms_application_access_point",
    "kms_client_key",
    "kms_instance",
    "kms_key",
    "kms_network_rule",
    "kms_policy",
    "kms_secret",
    "provider",
    "ram_group",
    "ram_group_policy_attachment",
    "ram_policy",
    "ram_role",
    "ram_role_policy_attachment",
    "ram_user",
    "ram_user_policy_attachment",
    "resource_manager_service_linked_role",
    "security_group",
    "vpc",
    "vswitch",
]

publication.publish()

# Loading modules to ensure their types are registered with the jsii runtime library
