r'''
# `data_alicloud_zones`

Refer to the Terraform Registry for docs: [`data_alicloud_zones`](https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones).
'''
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

from .._jsii import *

import cdktf as _cdktf_9a9027ec
import constructs as _constructs_77d1e7e8


class DataAlicloudZones(
    _cdktf_9a9027ec.TerraformDataSource,
    metaclass=jsii.JSIIMeta,
    jsii_type="alicloud.dataAlicloudZones.DataAlicloudZones",
):
    '''Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones alicloud_zones}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        available_disk_category: typing.Optional[builtins.str] = None,
        available_instance_type: typing.Optional[builtins.str] = None,
        available_resource_creation: typing.Optional[builtins.str] = None,
        available_slb_address_ip_version: typing.Optional[builtins.str] = None,
        available_slb_address_type: typing.Optional[builtins.str] = None,
        enable_details: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        instance_charge_type: typing.Optional[builtins.str] = None,
        multi: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        network_type: typing.Optional[builtins.str] = None,
        output_file: typing.Optional[builtins.str] = None,
        spot_strategy: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones alicloud_zones} Data Source.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param available_disk_category: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_disk_category DataAlicloudZones#available_disk_category}.
        :param available_instance_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_instance_type DataAlicloudZones#available_instance_type}.
        :param available_resource_creation: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_resource_creation DataAlicloudZones#available_resource_creation}.
        :param available_slb_address_ip_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_slb_address_ip_version DataAlicloudZones#available_slb_address_ip_version}.
        :param available_slb_address_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_slb_address_type DataAlicloudZones#available_slb_address_type}.
        :param enable_details: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#enable_details DataAlicloudZones#enable_details}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#id DataAlicloudZones#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param instance_charge_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#instance_charge_type DataAlicloudZones#instance_charge_type}.
        :param multi: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#multi DataAlicloudZones#multi}.
        :param network_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#network_type DataAlicloudZones#network_type}.
        :param output_file: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#output_file DataAlicloudZones#output_file}.
        :param spot_strategy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#spot_strategy DataAlicloudZones#spot_strategy}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3602790ef368b6a4598fcbb51720a5b5c9c1cb462dd4ae6453d444a3e5168040)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = DataAlicloudZonesConfig(
            available_disk_category=available_disk_category,
            available_instance_type=available_instance_type,
            available_resource_creation=available_resource_creation,
            available_slb_address_ip_version=available_slb_address_ip_version,
            available_slb_address_type=available_slb_address_type,
            enable_details=enable_details,
            id=id,
            instance_charge_type=instance_charge_type,
            multi=multi,
            network_type=network_type,
            output_file=output_file,
            spot_strategy=spot_strategy,
            connection=connection,
            count=count,
            depends_on=depends_on,
            for_each=for_each,
            lifecycle=lifecycle,
            provider=provider,
            provisioners=provisioners,
        )

        jsii.create(self.__class__, self, [scope, id_, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a DataAlicloudZones resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the DataAlicloudZones to import.
        :param import_from_id: The id of the existing DataAlicloudZones that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the DataAlicloudZones to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae43e79af779677b92b4613a7f5c74d125e352e8f3be2d074fd9dbb2d6925ef9)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAvailableDiskCategory")
    def reset_available_disk_category(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAvailableDiskCategory", []))

    @jsii.member(jsii_name="resetAvailableInstanceType")
    def reset_available_instance_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAvailableInstanceType", []))

    @jsii.member(jsii_name="resetAvailableResourceCreation")
    def reset_available_resource_creation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAvailableResourceCreation", []))

    @jsii.member(jsii_name="resetAvailableSlbAddressIpVersion")
    def reset_available_slb_address_ip_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAvailableSlbAddressIpVersion", []))

    @jsii.member(jsii_name="resetAvailableSlbAddressType")
    def reset_available_slb_address_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAvailableSlbAddressType", []))

    @jsii.member(jsii_name="resetEnableDetails")
    def reset_enable_details(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnableDetails", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetInstanceChargeType")
    def reset_instance_charge_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInstanceChargeType", []))

    @jsii.member(jsii_name="resetMulti")
    def reset_multi(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMulti", []))

    @jsii.member(jsii_name="resetNetworkType")
    def reset_network_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNetworkType", []))

    @jsii.member(jsii_name="resetOutputFile")
    def reset_output_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOutputFile", []))

    @jsii.member(jsii_name="resetSpotStrategy")
    def reset_spot_strategy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpotStrategy", []))

    @jsii.member(jsii_name="synthesizeAttributes")
    def _synthesize_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeAttributes", []))

    @jsii.member(jsii_name="synthesizeHclAttributes")
    def _synthesize_hcl_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeHclAttributes", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="tfResourceType")
    def TF_RESOURCE_TYPE(cls) -> builtins.str:
        return typing.cast(builtins.str, jsii.sget(cls, "tfResourceType"))

    @builtins.property
    @jsii.member(jsii_name="ids")
    def ids(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "ids"))

    @builtins.property
    @jsii.member(jsii_name="zones")
    def zones(self) -> "DataAlicloudZonesZonesList":
        return typing.cast("DataAlicloudZonesZonesList", jsii.get(self, "zones"))

    @builtins.property
    @jsii.member(jsii_name="availableDiskCategoryInput")
    def available_disk_category_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "availableDiskCategoryInput"))

    @builtins.property
    @jsii.member(jsii_name="availableInstanceTypeInput")
    def available_instance_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "availableInstanceTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="availableResourceCreationInput")
    def available_resource_creation_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "availableResourceCreationInput"))

    @builtins.property
    @jsii.member(jsii_name="availableSlbAddressIpVersionInput")
    def available_slb_address_ip_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "availableSlbAddressIpVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="availableSlbAddressTypeInput")
    def available_slb_address_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "availableSlbAddressTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="enableDetailsInput")
    def enable_details_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "enableDetailsInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="instanceChargeTypeInput")
    def instance_charge_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "instanceChargeTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="multiInput")
    def multi_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "multiInput"))

    @builtins.property
    @jsii.member(jsii_name="networkTypeInput")
    def network_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "networkTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="outputFileInput")
    def output_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "outputFileInput"))

    @builtins.property
    @jsii.member(jsii_name="spotStrategyInput")
    def spot_strategy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spotStrategyInput"))

    @builtins.property
    @jsii.member(jsii_name="availableDiskCategory")
    def available_disk_category(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "availableDiskCategory"))

    @available_disk_category.setter
    def available_disk_category(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__513375d07fd6197c49651ccf4ed6da2ede24b4b908f6469a81998b2b64c550eb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "availableDiskCategory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="availableInstanceType")
    def available_instance_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "availableInstanceType"))

    @available_instance_type.setter
    def available_instance_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f5cd4a54f154bfd31c732ebb40308472444f90b46312f03a980d5725d3b34940)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "availableInstanceType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="availableResourceCreation")
    def available_resource_creation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "availableResourceCreation"))

    @available_resource_creation.setter
    def available_resource_creation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5fe9030210eab39ff845bc0c2ff62ed283db1dffc64de86cbef1ffc7e003b0a2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "availableResourceCreation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="availableSlbAddressIpVersion")
    def available_slb_address_ip_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "availableSlbAddressIpVersion"))

    @available_slb_address_ip_version.setter
    def available_slb_address_ip_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f430b525389e225968db49cfcb4aec4aea773cd0439687327f30555fd0376bd0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "availableSlbAddressIpVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="availableSlbAddressType")
    def available_slb_address_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "availableSlbAddressType"))

    @available_slb_address_type.setter
    def available_slb_address_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5e816bb38fbabc71b46365049fc2611da160cbac601d1a24a5d072e765134bc0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "availableSlbAddressType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="enableDetails")
    def enable_details(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "enableDetails"))

    @enable_details.setter
    def enable_details(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b956b19cf94fca570b9189182fbc8fd336ac3c1973f05ae5dd921d6d4bfa81b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "enableDetails", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d421a8004f015698b56c8214ed514549b0730943f4483fc92bb89a485bbe2430)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="instanceChargeType")
    def instance_charge_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "instanceChargeType"))

    @instance_charge_type.setter
    def instance_charge_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b15b107162c868c3e13c0e73e3361262bf27edd1ad98e2f7940005a53532b7c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "instanceChargeType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="multi")
    def multi(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "multi"))

    @multi.setter
    def multi(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dec62881a419dd75249784b54c5d7b18cd0409e728e590bad995c27f4444c1bd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "multi", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="networkType")
    def network_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "networkType"))

    @network_type.setter
    def network_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3c59919641f9cccc62d73983f81d7d2790c62b44488aab6068007284279e4d5e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "networkType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="outputFile")
    def output_file(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "outputFile"))

    @output_file.setter
    def output_file(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__20104c232ea2d645f578cfc6f72b377f9d6c968b54b42abae2bebd2cef01b5d7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "outputFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spotStrategy")
    def spot_strategy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spotStrategy"))

    @spot_strategy.setter
    def spot_strategy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ed07353954adf5e841dbdfab27407d0866229ec1e97ff6b755edaf3a93b6b159)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spotStrategy", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="alicloud.dataAlicloudZones.DataAlicloudZonesConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "available_disk_category": "availableDiskCategory",
        "available_instance_type": "availableInstanceType",
        "available_resource_creation": "availableResourceCreation",
        "available_slb_address_ip_version": "availableSlbAddressIpVersion",
        "available_slb_address_type": "availableSlbAddressType",
        "enable_details": "enableDetails",
        "id": "id",
        "instance_charge_type": "instanceChargeType",
        "multi": "multi",
        "network_type": "networkType",
        "output_file": "outputFile",
        "spot_strategy": "spotStrategy",
    },
)
class DataAlicloudZonesConfig(_cdktf_9a9027ec.TerraformMetaArguments):
    def __init__(
        self,
        *,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
        available_disk_category: typing.Optional[builtins.str] = None,
        available_instance_type: typing.Optional[builtins.str] = None,
        available_resource_creation: typing.Optional[builtins.str] = None,
        available_slb_address_ip_version: typing.Optional[builtins.str] = None,
        available_slb_address_type: typing.Optional[builtins.str] = None,
        enable_details: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        instance_charge_type: typing.Optional[builtins.str] = None,
        multi: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        network_type: typing.Optional[builtins.str] = None,
        output_file: typing.Optional[builtins.str] = None,
        spot_strategy: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param available_disk_category: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_disk_category DataAlicloudZones#available_disk_category}.
        :param available_instance_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_instance_type DataAlicloudZones#available_instance_type}.
        :param available_resource_creation: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_resource_creation DataAlicloudZones#available_resource_creation}.
        :param available_slb_address_ip_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_slb_address_ip_version DataAlicloudZones#available_slb_address_ip_version}.
        :param available_slb_address_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_slb_address_type DataAlicloudZones#available_slb_address_type}.
        :param enable_details: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#enable_details DataAlicloudZones#enable_details}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#id DataAlicloudZones#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param instance_charge_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#instance_charge_type DataAlicloudZones#instance_charge_type}.
        :param multi: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#multi DataAlicloudZones#multi}.
        :param network_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#network_type DataAlicloudZones#network_type}.
        :param output_file: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#output_file DataAlicloudZones#output_file}.
        :param spot_strategy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#spot_strategy DataAlicloudZones#spot_strategy}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__31bddb3ec07d0bbb5cde8c615c0f36cd5ce9e35c8f6e3b148708f9b27e8d5864)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument available_disk_category", value=available_disk_category, expected_type=type_hints["available_disk_category"])
            check_type(argname="argument available_instance_type", value=available_instance_type, expected_type=type_hints["available_instance_type"])
            check_type(argname="argument available_resource_creation", value=available_resource_creation, expected_type=type_hints["available_resource_creation"])
            check_type(argname="argument available_slb_address_ip_version", value=available_slb_address_ip_version, expected_type=type_hints["available_slb_address_ip_version"])
            check_type(argname="argument available_slb_address_type", value=available_slb_address_type, expected_type=type_hints["available_slb_address_type"])
            check_type(argname="argument enable_details", value=enable_details, expected_type=type_hints["enable_details"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument instance_charge_type", value=instance_charge_type, expected_type=type_hints["instance_charge_type"])
            check_type(argname="argument multi", value=multi, expected_type=type_hints["multi"])
            check_type(argname="argument network_type", value=network_type, expected_type=type_hints["network_type"])
            check_type(argname="argument output_file", value=output_file, expected_type=type_hints["output_file"])
            check_type(argname="argument spot_strategy", value=spot_strategy, expected_type=type_hints["spot_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection is not None:
            self._values["connection"] = connection
        if count is not None:
            self._values["count"] = count
        if depends_on is not None:
            self._values["depends_on"] = depends_on
        if for_each is not None:
            self._values["for_each"] = for_each
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if provider is not None:
            self._values["provider"] = provider
        if provisioners is not None:
            self._values["provisioners"] = provisioners
        if available_disk_category is not None:
            self._values["available_disk_category"] = available_disk_category
        if available_instance_type is not None:
            self._values["available_instance_type"] = available_instance_type
        if available_resource_creation is not None:
            self._values["available_resource_creation"] = available_resource_creation
        if available_slb_address_ip_version is not None:
            self._values["available_slb_address_ip_version"] = available_slb_address_ip_version
        if available_slb_address_type is not None:
            self._values["available_slb_address_type"] = available_slb_address_type
        if enable_details is not None:
            self._values["enable_details"] = enable_details
        if id is not None:
            self._values["id"] = id
        if instance_charge_type is not None:
            self._values["instance_charge_type"] = instance_charge_type
        if multi is not None:
            self._values["multi"] = multi
        if network_type is not None:
            self._values["network_type"] = network_type
        if output_file is not None:
            self._values["output_file"] = output_file
        if spot_strategy is not None:
            self._values["spot_strategy"] = spot_strategy

    @builtins.property
    def connection(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("connection")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]], result)

    @builtins.property
    def count(
        self,
    ) -> typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]], result)

    @builtins.property
    def depends_on(
        self,
    ) -> typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]], result)

    @builtins.property
    def for_each(self) -> typing.Optional[_cdktf_9a9027ec.ITerraformIterator]:
        '''
        :stability: experimental
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.ITerraformIterator], result)

    @builtins.property
    def lifecycle(self) -> typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle]:
        '''
        :stability: experimental
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle], result)

    @builtins.property
    def provider(self) -> typing.Optional[_cdktf_9a9027ec.TerraformProvider]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformProvider], result)

    @builtins.property
    def provisioners(
        self,
    ) -> typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provisioners")
        return typing.cast(typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]], result)

    @builtins.property
    def available_disk_category(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_disk_category DataAlicloudZones#available_disk_category}.'''
        result = self._values.get("available_disk_category")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def available_instance_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_instance_type DataAlicloudZones#available_instance_type}.'''
        result = self._values.get("available_instance_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def available_resource_creation(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_resource_creation DataAlicloudZones#available_resource_creation}.'''
        result = self._values.get("available_resource_creation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def available_slb_address_ip_version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_slb_address_ip_version DataAlicloudZones#available_slb_address_ip_version}.'''
        result = self._values.get("available_slb_address_ip_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def available_slb_address_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#available_slb_address_type DataAlicloudZones#available_slb_address_type}.'''
        result = self._values.get("available_slb_address_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enable_details(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#enable_details DataAlicloudZones#enable_details}.'''
        result = self._values.get("enable_details")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#id DataAlicloudZones#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def instance_charge_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#instance_charge_type DataAlicloudZones#instance_charge_type}.'''
        result = self._values.get("instance_charge_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def multi(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#multi DataAlicloudZones#multi}.'''
        result = self._values.get("multi")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def network_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#network_type DataAlicloudZones#network_type}.'''
        result = self._values.get("network_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def output_file(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#output_file DataAlicloudZones#output_file}.'''
        result = self._values.get("output_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def spot_strategy(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs/data-sources/zones#spot_strategy DataAlicloudZones#spot_strategy}.'''
        result = self._values.get("spot_strategy")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataAlicloudZonesConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="alicloud.dataAlicloudZones.DataAlicloudZonesZones",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataAlicloudZonesZones:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataAlicloudZonesZones(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataAlicloudZonesZonesList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="alicloud.dataAlicloudZones.DataAlicloudZonesZonesList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b37ce01c3ff97bb27bee014eb824c91865b1f63dcd552475f564d76d63e91b6)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "DataAlicloudZonesZonesOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f68b0e1600c703d54de327bc7a9748d2872a2b0693a4b5a8baa07a579a4629e)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataAlicloudZonesZonesOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1ae8be6b00727f1e9579e0084dfbd326d863ade909fe78d90a711ec23b550cda)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__43c3b9c5018b0af52ca10dc3f7f72c15c69dc8b2dbd1be045cf8f843bb448d9a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__93af4ac0de5f4d86b7596572bb978bdf4ddd2992da30762179ecbf466c2417bb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataAlicloudZonesZonesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="alicloud.dataAlicloudZones.DataAlicloudZonesZonesOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__349640c4fc4fcbc1fa6382915bdf61570f8967c3441b2e56ee61cc795ed6168e)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="availableDiskCategories")
    def available_disk_categories(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "availableDiskCategories"))

    @builtins.property
    @jsii.member(jsii_name="availableInstanceTypes")
    def available_instance_types(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "availableInstanceTypes"))

    @builtins.property
    @jsii.member(jsii_name="availableResourceCreation")
    def available_resource_creation(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "availableResourceCreation"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="localName")
    def local_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "localName"))

    @builtins.property
    @jsii.member(jsii_name="multiZoneIds")
    def multi_zone_ids(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "multiZoneIds"))

    @builtins.property
    @jsii.member(jsii_name="slbSlaveZoneIds")
    def slb_slave_zone_ids(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "slbSlaveZoneIds"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[DataAlicloudZonesZones]:
        return typing.cast(typing.Optional[DataAlicloudZonesZones], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional[DataAlicloudZonesZones]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e5350695381df2c822ba3bb60d1316b8dbb06f70fe82bc5aa22f76978caa0fa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "DataAlicloudZones",
    "DataAlicloudZonesConfig",
    "DataAlicloudZonesZones",
    "DataAlicloudZonesZonesList",
    "DataAlicloudZonesZonesOutputReference",
]

publication.publish()

def _typecheckingstub__3602790ef368b6a4598fcbb51720a5b5c9c1cb462dd4ae6453d444a3e5168040(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    available_disk_category: typing.Optional[builtins.str] = None,
    available_instance_type: typing.Optional[builtins.str] = None,
    available_resource_creation: typing.Optional[builtins.str] = None,
    available_slb_address_ip_version: typing.Optional[builtins.str] = None,
    available_slb_address_type: typing.Optional[builtins.str] = None,
    enable_details: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    instance_charge_type: typing.Optional[builtins.str] = None,
    multi: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    network_type: typing.Optional[builtins.str] = None,
    output_file: typing.Optional[builtins.str] = None,
    spot_strategy: typing.Optional[builtins.str] = None,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae43e79af779677b92b4613a7f5c74d125e352e8f3be2d074fd9dbb2d6925ef9(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__513375d07fd6197c49651ccf4ed6da2ede24b4b908f6469a81998b2b64c550eb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5cd4a54f154bfd31c732ebb40308472444f90b46312f03a980d5725d3b34940(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5fe9030210eab39ff845bc0c2ff62ed283db1dffc64de86cbef1ffc7e003b0a2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f430b525389e225968db49cfcb4aec4aea773cd0439687327f30555fd0376bd0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e816bb38fbabc71b46365049fc2611da160cbac601d1a24a5d072e765134bc0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b956b19cf94fca570b9189182fbc8fd336ac3c1973f05ae5dd921d6d4bfa81b5(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d421a8004f015698b56c8214ed514549b0730943f4483fc92bb89a485bbe2430(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b15b107162c868c3e13c0e73e3361262bf27edd1ad98e2f7940005a53532b7c2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dec62881a419dd75249784b54c5d7b18cd0409e728e590bad995c27f4444c1bd(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c59919641f9cccc62d73983f81d7d2790c62b44488aab6068007284279e4d5e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20104c232ea2d645f578cfc6f72b377f9d6c968b54b42abae2bebd2cef01b5d7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed07353954adf5e841dbdfab27407d0866229ec1e97ff6b755edaf3a93b6b159(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31bddb3ec07d0bbb5cde8c615c0f36cd5ce9e35c8f6e3b148708f9b27e8d5864(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    available_disk_category: typing.Optional[builtins.str] = None,
    available_instance_type: typing.Optional[builtins.str] = None,
    available_resource_creation: typing.Optional[builtins.str] = None,
    available_slb_address_ip_version: typing.Optional[builtins.str] = None,
    available_slb_address_type: typing.Optional[builtins.str] = None,
    enable_details: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    instance_charge_type: typing.Optional[builtins.str] = None,
    multi: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    network_type: typing.Optional[builtins.str] = None,
    output_file: typing.Optional[builtins.str] = None,
    spot_strategy: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b37ce01c3ff97bb27bee014eb824c91865b1f63dcd552475f564d76d63e91b6(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f68b0e1600c703d54de327bc7a9748d2872a2b0693a4b5a8baa07a579a4629e(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ae8be6b00727f1e9579e0084dfbd326d863ade909fe78d90a711ec23b550cda(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43c3b9c5018b0af52ca10dc3f7f72c15c69dc8b2dbd1be045cf8f843bb448d9a(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93af4ac0de5f4d86b7596572bb978bdf4ddd2992da30762179ecbf466c2417bb(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__349640c4fc4fcbc1fa6382915bdf61570f8967c3441b2e56ee61cc795ed6168e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e5350695381df2c822ba3bb60d1316b8dbb06f70fe82bc5aa22f76978caa0fa(
    value: typing.Optional[DataAlicloudZonesZones],
) -> None:
    """Type checking stubs"""
    pass
