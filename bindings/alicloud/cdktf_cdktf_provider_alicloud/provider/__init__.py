r'''
# `provider`

Refer to the Terraform Registry for docs: [`alicloud`](https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs).
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


class AlicloudProvider(
    _cdktf_9a9027ec.TerraformProvider,
    metaclass=jsii.JSIIMeta,
    jsii_type="alicloud.provider.AlicloudProvider",
):
    '''Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs alicloud}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        access_key: typing.Optional[builtins.str] = None,
        account_id: typing.Optional[builtins.str] = None,
        account_type: typing.Optional[builtins.str] = None,
        alias: typing.Optional[builtins.str] = None,
        assume_role: typing.Optional[typing.Union["AlicloudProviderAssumeRole", typing.Dict[builtins.str, typing.Any]]] = None,
        assume_role_with_oidc: typing.Optional[typing.Union["AlicloudProviderAssumeRoleWithOidc", typing.Dict[builtins.str, typing.Any]]] = None,
        client_connect_timeout: typing.Optional[jsii.Number] = None,
        client_read_timeout: typing.Optional[jsii.Number] = None,
        configuration_source: typing.Optional[builtins.str] = None,
        credentials_uri: typing.Optional[builtins.str] = None,
        ecs_role_name: typing.Optional[builtins.str] = None,
        endpoints: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AlicloudProviderEndpoints", typing.Dict[builtins.str, typing.Any]]]]] = None,
        fc: typing.Optional[builtins.str] = None,
        log_endpoint: typing.Optional[builtins.str] = None,
        max_retry_timeout: typing.Optional[jsii.Number] = None,
        mns_endpoint: typing.Optional[builtins.str] = None,
        ots_instance_name: typing.Optional[builtins.str] = None,
        profile: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        secret_key: typing.Optional[builtins.str] = None,
        secure_transport: typing.Optional[builtins.str] = None,
        security_token: typing.Optional[builtins.str] = None,
        security_transport: typing.Optional[builtins.str] = None,
        shared_credentials_file: typing.Optional[builtins.str] = None,
        sign_version: typing.Optional[typing.Union["AlicloudProviderSignVersion", typing.Dict[builtins.str, typing.Any]]] = None,
        skip_region_validation: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        source_ip: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs alicloud} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param access_key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#access_key AlicloudProvider#access_key}.
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#account_id AlicloudProvider#account_id}.
        :param account_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#account_type AlicloudProvider#account_type}.
        :param alias: Alias name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#alias AlicloudProvider#alias}
        :param assume_role: assume_role block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#assume_role AlicloudProvider#assume_role}
        :param assume_role_with_oidc: assume_role_with_oidc block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#assume_role_with_oidc AlicloudProvider#assume_role_with_oidc}
        :param client_connect_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#client_connect_timeout AlicloudProvider#client_connect_timeout}.
        :param client_read_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#client_read_timeout AlicloudProvider#client_read_timeout}.
        :param configuration_source: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#configuration_source AlicloudProvider#configuration_source}.
        :param credentials_uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#credentials_uri AlicloudProvider#credentials_uri}.
        :param ecs_role_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ecs_role_name AlicloudProvider#ecs_role_name}.
        :param endpoints: endpoints block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#endpoints AlicloudProvider#endpoints}
        :param fc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#fc AlicloudProvider#fc}.
        :param log_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#log_endpoint AlicloudProvider#log_endpoint}.
        :param max_retry_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#max_retry_timeout AlicloudProvider#max_retry_timeout}.
        :param mns_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mns_endpoint AlicloudProvider#mns_endpoint}.
        :param ots_instance_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ots_instance_name AlicloudProvider#ots_instance_name}.
        :param profile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#profile AlicloudProvider#profile}.
        :param protocol: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#protocol AlicloudProvider#protocol}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#region AlicloudProvider#region}.
        :param secret_key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#secret_key AlicloudProvider#secret_key}.
        :param secure_transport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#secure_transport AlicloudProvider#secure_transport}.
        :param security_token: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#security_token AlicloudProvider#security_token}.
        :param security_transport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#security_transport AlicloudProvider#security_transport}.
        :param shared_credentials_file: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#shared_credentials_file AlicloudProvider#shared_credentials_file}.
        :param sign_version: sign_version block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sign_version AlicloudProvider#sign_version}
        :param skip_region_validation: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#skip_region_validation AlicloudProvider#skip_region_validation}.
        :param source_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#source_ip AlicloudProvider#source_ip}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a0ed1ac2fad4ebf4c76bc3416e57bfee400871ff717ea9de7225af43ab7a5d5)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = AlicloudProviderConfig(
            access_key=access_key,
            account_id=account_id,
            account_type=account_type,
            alias=alias,
            assume_role=assume_role,
            assume_role_with_oidc=assume_role_with_oidc,
            client_connect_timeout=client_connect_timeout,
            client_read_timeout=client_read_timeout,
            configuration_source=configuration_source,
            credentials_uri=credentials_uri,
            ecs_role_name=ecs_role_name,
            endpoints=endpoints,
            fc=fc,
            log_endpoint=log_endpoint,
            max_retry_timeout=max_retry_timeout,
            mns_endpoint=mns_endpoint,
            ots_instance_name=ots_instance_name,
            profile=profile,
            protocol=protocol,
            region=region,
            secret_key=secret_key,
            secure_transport=secure_transport,
            security_token=security_token,
            security_transport=security_transport,
            shared_credentials_file=shared_credentials_file,
            sign_version=sign_version,
            skip_region_validation=skip_region_validation,
            source_ip=source_ip,
        )

        jsii.create(self.__class__, self, [scope, id, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a AlicloudProvider resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the AlicloudProvider to import.
        :param import_from_id: The id of the existing AlicloudProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the AlicloudProvider to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e460d77d7b96170950090f0b45a59550eff84ee54aa82124ef35110c0f403b51)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAccessKey")
    def reset_access_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccessKey", []))

    @jsii.member(jsii_name="resetAccountId")
    def reset_account_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccountId", []))

    @jsii.member(jsii_name="resetAccountType")
    def reset_account_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccountType", []))

    @jsii.member(jsii_name="resetAlias")
    def reset_alias(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAlias", []))

    @jsii.member(jsii_name="resetAssumeRole")
    def reset_assume_role(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumeRole", []))

    @jsii.member(jsii_name="resetAssumeRoleWithOidc")
    def reset_assume_role_with_oidc(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumeRoleWithOidc", []))

    @jsii.member(jsii_name="resetClientConnectTimeout")
    def reset_client_connect_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientConnectTimeout", []))

    @jsii.member(jsii_name="resetClientReadTimeout")
    def reset_client_read_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientReadTimeout", []))

    @jsii.member(jsii_name="resetConfigurationSource")
    def reset_configuration_source(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConfigurationSource", []))

    @jsii.member(jsii_name="resetCredentialsUri")
    def reset_credentials_uri(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCredentialsUri", []))

    @jsii.member(jsii_name="resetEcsRoleName")
    def reset_ecs_role_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEcsRoleName", []))

    @jsii.member(jsii_name="resetEndpoints")
    def reset_endpoints(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEndpoints", []))

    @jsii.member(jsii_name="resetFc")
    def reset_fc(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFc", []))

    @jsii.member(jsii_name="resetLogEndpoint")
    def reset_log_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLogEndpoint", []))

    @jsii.member(jsii_name="resetMaxRetryTimeout")
    def reset_max_retry_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxRetryTimeout", []))

    @jsii.member(jsii_name="resetMnsEndpoint")
    def reset_mns_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMnsEndpoint", []))

    @jsii.member(jsii_name="resetOtsInstanceName")
    def reset_ots_instance_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOtsInstanceName", []))

    @jsii.member(jsii_name="resetProfile")
    def reset_profile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProfile", []))

    @jsii.member(jsii_name="resetProtocol")
    def reset_protocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProtocol", []))

    @jsii.member(jsii_name="resetRegion")
    def reset_region(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRegion", []))

    @jsii.member(jsii_name="resetSecretKey")
    def reset_secret_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecretKey", []))

    @jsii.member(jsii_name="resetSecureTransport")
    def reset_secure_transport(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecureTransport", []))

    @jsii.member(jsii_name="resetSecurityToken")
    def reset_security_token(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityToken", []))

    @jsii.member(jsii_name="resetSecurityTransport")
    def reset_security_transport(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityTransport", []))

    @jsii.member(jsii_name="resetSharedCredentialsFile")
    def reset_shared_credentials_file(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSharedCredentialsFile", []))

    @jsii.member(jsii_name="resetSignVersion")
    def reset_sign_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSignVersion", []))

    @jsii.member(jsii_name="resetSkipRegionValidation")
    def reset_skip_region_validation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkipRegionValidation", []))

    @jsii.member(jsii_name="resetSourceIp")
    def reset_source_ip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSourceIp", []))

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
    @jsii.member(jsii_name="accessKeyInput")
    def access_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accessKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="accountIdInput")
    def account_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountIdInput"))

    @builtins.property
    @jsii.member(jsii_name="accountTypeInput")
    def account_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="aliasInput")
    def alias_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aliasInput"))

    @builtins.property
    @jsii.member(jsii_name="assumeRoleInput")
    def assume_role_input(self) -> typing.Optional["AlicloudProviderAssumeRole"]:
        return typing.cast(typing.Optional["AlicloudProviderAssumeRole"], jsii.get(self, "assumeRoleInput"))

    @builtins.property
    @jsii.member(jsii_name="assumeRoleWithOidcInput")
    def assume_role_with_oidc_input(
        self,
    ) -> typing.Optional["AlicloudProviderAssumeRoleWithOidc"]:
        return typing.cast(typing.Optional["AlicloudProviderAssumeRoleWithOidc"], jsii.get(self, "assumeRoleWithOidcInput"))

    @builtins.property
    @jsii.member(jsii_name="clientConnectTimeoutInput")
    def client_connect_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clientConnectTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="clientReadTimeoutInput")
    def client_read_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clientReadTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="configurationSourceInput")
    def configuration_source_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "configurationSourceInput"))

    @builtins.property
    @jsii.member(jsii_name="credentialsUriInput")
    def credentials_uri_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "credentialsUriInput"))

    @builtins.property
    @jsii.member(jsii_name="ecsRoleNameInput")
    def ecs_role_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ecsRoleNameInput"))

    @builtins.property
    @jsii.member(jsii_name="endpointsInput")
    def endpoints_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]], jsii.get(self, "endpointsInput"))

    @builtins.property
    @jsii.member(jsii_name="fcInput")
    def fc_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fcInput"))

    @builtins.property
    @jsii.member(jsii_name="logEndpointInput")
    def log_endpoint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "logEndpointInput"))

    @builtins.property
    @jsii.member(jsii_name="maxRetryTimeoutInput")
    def max_retry_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxRetryTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="mnsEndpointInput")
    def mns_endpoint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mnsEndpointInput"))

    @builtins.property
    @jsii.member(jsii_name="otsInstanceNameInput")
    def ots_instance_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "otsInstanceNameInput"))

    @builtins.property
    @jsii.member(jsii_name="profileInput")
    def profile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "profileInput"))

    @builtins.property
    @jsii.member(jsii_name="protocolInput")
    def protocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "protocolInput"))

    @builtins.property
    @jsii.member(jsii_name="regionInput")
    def region_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "regionInput"))

    @builtins.property
    @jsii.member(jsii_name="secretKeyInput")
    def secret_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secretKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="secureTransportInput")
    def secure_transport_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secureTransportInput"))

    @builtins.property
    @jsii.member(jsii_name="securityTokenInput")
    def security_token_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityTokenInput"))

    @builtins.property
    @jsii.member(jsii_name="securityTransportInput")
    def security_transport_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityTransportInput"))

    @builtins.property
    @jsii.member(jsii_name="sharedCredentialsFileInput")
    def shared_credentials_file_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sharedCredentialsFileInput"))

    @builtins.property
    @jsii.member(jsii_name="signVersionInput")
    def sign_version_input(self) -> typing.Optional["AlicloudProviderSignVersion"]:
        return typing.cast(typing.Optional["AlicloudProviderSignVersion"], jsii.get(self, "signVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="skipRegionValidationInput")
    def skip_region_validation_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "skipRegionValidationInput"))

    @builtins.property
    @jsii.member(jsii_name="sourceIpInput")
    def source_ip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sourceIpInput"))

    @builtins.property
    @jsii.member(jsii_name="accessKey")
    def access_key(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accessKey"))

    @access_key.setter
    def access_key(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ffa1fd303d6888d51dc674540f98d8e041a51d9f83dcf9601f7199140eb1dd8d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accessKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__35fd6a29768ea37d1683224995cb7d949a2b600e27efb6d6e500bdd4d7fc690a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="accountType")
    def account_type(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountType"))

    @account_type.setter
    def account_type(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__49183b1521ef11e70a43a091f94224735f92a4b180680b2aa11ba5f9ca26c9e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="alias")
    def alias(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "alias"))

    @alias.setter
    def alias(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__73b0dbd38f74f98e17ce02199398251996d2e5847aa56fb6ab0675d85dfe72e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "alias", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRole")
    def assume_role(self) -> typing.Optional["AlicloudProviderAssumeRole"]:
        return typing.cast(typing.Optional["AlicloudProviderAssumeRole"], jsii.get(self, "assumeRole"))

    @assume_role.setter
    def assume_role(self, value: typing.Optional["AlicloudProviderAssumeRole"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a8f42c29bc746b3720f2b6ba4fdbddc045900e85c3cbb5dd2ef700f1c421f2b0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleWithOidc")
    def assume_role_with_oidc(
        self,
    ) -> typing.Optional["AlicloudProviderAssumeRoleWithOidc"]:
        return typing.cast(typing.Optional["AlicloudProviderAssumeRoleWithOidc"], jsii.get(self, "assumeRoleWithOidc"))

    @assume_role_with_oidc.setter
    def assume_role_with_oidc(
        self,
        value: typing.Optional["AlicloudProviderAssumeRoleWithOidc"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3495546bd6f73faf4c31d87fd3c08364d989b9dd2f818d7b9c04eb594021d317)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleWithOidc", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientConnectTimeout")
    def client_connect_timeout(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clientConnectTimeout"))

    @client_connect_timeout.setter
    def client_connect_timeout(self, value: typing.Optional[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3132daa4ae5231c888ed916866b1bee82c89b4a7d8e88e52e156a19f81e67d35)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientConnectTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientReadTimeout")
    def client_read_timeout(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clientReadTimeout"))

    @client_read_timeout.setter
    def client_read_timeout(self, value: typing.Optional[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5320ce753d07e9eef50f67a6f4c48d4257d50ae863545caf05e0bb6ce81644eb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientReadTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="configurationSource")
    def configuration_source(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "configurationSource"))

    @configuration_source.setter
    def configuration_source(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7a13622ebbd25df283247695d6fe38a8871b86b69adc224f058157a564ef356)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "configurationSource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="credentialsUri")
    def credentials_uri(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "credentialsUri"))

    @credentials_uri.setter
    def credentials_uri(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__795565160ca3903d3f55581e4261278ebe8daa642a97209cb687708c9ce6c542)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "credentialsUri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ecsRoleName")
    def ecs_role_name(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ecsRoleName"))

    @ecs_role_name.setter
    def ecs_role_name(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1370ba4129bf797955dede8abf80765c69c399999d48358937b21fc2e07b8e6a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ecsRoleName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="endpoints")
    def endpoints(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]], jsii.get(self, "endpoints"))

    @endpoints.setter
    def endpoints(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f4c7fc8fd8ec63695c4b7f54d801d51d157f767b2c1d33d2c70ac31216f490ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "endpoints", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fc")
    def fc(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fc"))

    @fc.setter
    def fc(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ba92a527ff5c9ec690b26bfdf252ad6713d817abe6086307a6ea95777f07cfb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fc", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="logEndpoint")
    def log_endpoint(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "logEndpoint"))

    @log_endpoint.setter
    def log_endpoint(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d9dc28d2412dfbdc5b8a0e5e84ca5429a074a6f215da07f0d9949c5c30b88791)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "logEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxRetryTimeout")
    def max_retry_timeout(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxRetryTimeout"))

    @max_retry_timeout.setter
    def max_retry_timeout(self, value: typing.Optional[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4baa97a35ee11e644c223af9de2233ab7b16bc81e3c9fa6b32d32224e2d3a580)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxRetryTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mnsEndpoint")
    def mns_endpoint(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mnsEndpoint"))

    @mns_endpoint.setter
    def mns_endpoint(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a4bbc134283f71b69c2cf58c1b1949160341cc5f71de75a4d1b45c855ce110d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mnsEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="otsInstanceName")
    def ots_instance_name(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "otsInstanceName"))

    @ots_instance_name.setter
    def ots_instance_name(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__818d5735f9a883d1bc226b734c12f331ade8c3b9a24ea20845e6a46a1c547765)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "otsInstanceName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="profile")
    def profile(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "profile"))

    @profile.setter
    def profile(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6b618b509a4a7270d4c875d1336433c115b810ee23ce5f08453bd91e21055410)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "profile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="protocol")
    def protocol(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "protocol"))

    @protocol.setter
    def protocol(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0062bdddf2c0d7d96c5ec9fb81c6b384a4ca75f73175aec770b6dd89a79cc52e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "protocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "region"))

    @region.setter
    def region(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__02f71c68a8c1d73280d8f3203283d6b0f97ecd45da57e8782b83749b7ed552b0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "region", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secretKey")
    def secret_key(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secretKey"))

    @secret_key.setter
    def secret_key(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__af0ea29613e3fb8ed9868f9efa3bd2137f9f69d52a21f5043bb92badf7a7bfc3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secretKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secureTransport")
    def secure_transport(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secureTransport"))

    @secure_transport.setter
    def secure_transport(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99b515b14606ff761595e9d81c68160bf63614b23f3f74a4c5490cc10b3637ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secureTransport", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityToken")
    def security_token(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityToken"))

    @security_token.setter
    def security_token(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a93a6f0d9cc3837f866470ca8f6f16d82edb8e7403f8c4f88959afce168d735b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityToken", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityTransport")
    def security_transport(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityTransport"))

    @security_transport.setter
    def security_transport(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__72bb28f8a0e5884167498635cc97663ab3ef00e5e2623be8db881c51d131a0cd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityTransport", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sharedCredentialsFile")
    def shared_credentials_file(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sharedCredentialsFile"))

    @shared_credentials_file.setter
    def shared_credentials_file(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__111a1f3f05fae35713f5cf6671a4c34c8cac7819d085144e54f7f1fbdbe94f9a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sharedCredentialsFile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="signVersion")
    def sign_version(self) -> typing.Optional["AlicloudProviderSignVersion"]:
        return typing.cast(typing.Optional["AlicloudProviderSignVersion"], jsii.get(self, "signVersion"))

    @sign_version.setter
    def sign_version(
        self,
        value: typing.Optional["AlicloudProviderSignVersion"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__38b9355852b37f700c252ef8d700814414b5df773c9f09b83414b4a4502254e2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "signVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skipRegionValidation")
    def skip_region_validation(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "skipRegionValidation"))

    @skip_region_validation.setter
    def skip_region_validation(
        self,
        value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5a53ecc52b8e68fde70e9c67e0324c81c9cd0b0f33bb49b6ad3eb117672e4156)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipRegionValidation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sourceIp")
    def source_ip(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sourceIp"))

    @source_ip.setter
    def source_ip(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__123a709600ab2a8eb24f4ab081cf5125ca1c9d6f0ae725c40f2841907dfb7cf3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sourceIp", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="alicloud.provider.AlicloudProviderAssumeRole",
    jsii_struct_bases=[],
    name_mapping={
        "role_arn": "roleArn",
        "external_id": "externalId",
        "policy": "policy",
        "session_expiration": "sessionExpiration",
        "session_name": "sessionName",
    },
)
class AlicloudProviderAssumeRole:
    def __init__(
        self,
        *,
        role_arn: builtins.str,
        external_id: typing.Optional[builtins.str] = None,
        policy: typing.Optional[builtins.str] = None,
        session_expiration: typing.Optional[jsii.Number] = None,
        session_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#role_arn AlicloudProvider#role_arn}.
        :param external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#external_id AlicloudProvider#external_id}.
        :param policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#policy AlicloudProvider#policy}.
        :param session_expiration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#session_expiration AlicloudProvider#session_expiration}.
        :param session_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#session_name AlicloudProvider#session_name}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f8c5001d7054bdb11cfc431e78c95094f9aba49f41ee4c585da9deba4810a541)
            check_type(argname="argument role_arn", value=role_arn, expected_type=type_hints["role_arn"])
            check_type(argname="argument external_id", value=external_id, expected_type=type_hints["external_id"])
            check_type(argname="argument policy", value=policy, expected_type=type_hints["policy"])
            check_type(argname="argument session_expiration", value=session_expiration, expected_type=type_hints["session_expiration"])
            check_type(argname="argument session_name", value=session_name, expected_type=type_hints["session_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "role_arn": role_arn,
        }
        if external_id is not None:
            self._values["external_id"] = external_id
        if policy is not None:
            self._values["policy"] = policy
        if session_expiration is not None:
            self._values["session_expiration"] = session_expiration
        if session_name is not None:
            self._values["session_name"] = session_name

    @builtins.property
    def role_arn(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#role_arn AlicloudProvider#role_arn}.'''
        result = self._values.get("role_arn")
        assert result is not None, "Required property 'role_arn' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def external_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#external_id AlicloudProvider#external_id}.'''
        result = self._values.get("external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def policy(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#policy AlicloudProvider#policy}.'''
        result = self._values.get("policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_expiration(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#session_expiration AlicloudProvider#session_expiration}.'''
        result = self._values.get("session_expiration")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def session_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#session_name AlicloudProvider#session_name}.'''
        result = self._values.get("session_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AlicloudProviderAssumeRole(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="alicloud.provider.AlicloudProviderAssumeRoleWithOidc",
    jsii_struct_bases=[],
    name_mapping={
        "oidc_provider_arn": "oidcProviderArn",
        "role_arn": "roleArn",
        "oidc_token": "oidcToken",
        "oidc_token_file": "oidcTokenFile",
        "policy": "policy",
        "role_session_name": "roleSessionName",
        "session_expiration": "sessionExpiration",
    },
)
class AlicloudProviderAssumeRoleWithOidc:
    def __init__(
        self,
        *,
        oidc_provider_arn: builtins.str,
        role_arn: builtins.str,
        oidc_token: typing.Optional[builtins.str] = None,
        oidc_token_file: typing.Optional[builtins.str] = None,
        policy: typing.Optional[builtins.str] = None,
        role_session_name: typing.Optional[builtins.str] = None,
        session_expiration: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param oidc_provider_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oidc_provider_arn AlicloudProvider#oidc_provider_arn}.
        :param role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#role_arn AlicloudProvider#role_arn}.
        :param oidc_token: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oidc_token AlicloudProvider#oidc_token}.
        :param oidc_token_file: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oidc_token_file AlicloudProvider#oidc_token_file}.
        :param policy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#policy AlicloudProvider#policy}.
        :param role_session_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#role_session_name AlicloudProvider#role_session_name}.
        :param session_expiration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#session_expiration AlicloudProvider#session_expiration}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__36e82ed1afac642d4f5808ba18147c4baf9903e7e549d22b65476c91ebfb6775)
            check_type(argname="argument oidc_provider_arn", value=oidc_provider_arn, expected_type=type_hints["oidc_provider_arn"])
            check_type(argname="argument role_arn", value=role_arn, expected_type=type_hints["role_arn"])
            check_type(argname="argument oidc_token", value=oidc_token, expected_type=type_hints["oidc_token"])
            check_type(argname="argument oidc_token_file", value=oidc_token_file, expected_type=type_hints["oidc_token_file"])
            check_type(argname="argument policy", value=policy, expected_type=type_hints["policy"])
            check_type(argname="argument role_session_name", value=role_session_name, expected_type=type_hints["role_session_name"])
            check_type(argname="argument session_expiration", value=session_expiration, expected_type=type_hints["session_expiration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "oidc_provider_arn": oidc_provider_arn,
            "role_arn": role_arn,
        }
        if oidc_token is not None:
            self._values["oidc_token"] = oidc_token
        if oidc_token_file is not None:
            self._values["oidc_token_file"] = oidc_token_file
        if policy is not None:
            self._values["policy"] = policy
        if role_session_name is not None:
            self._values["role_session_name"] = role_session_name
        if session_expiration is not None:
            self._values["session_expiration"] = session_expiration

    @builtins.property
    def oidc_provider_arn(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oidc_provider_arn AlicloudProvider#oidc_provider_arn}.'''
        result = self._values.get("oidc_provider_arn")
        assert result is not None, "Required property 'oidc_provider_arn' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def role_arn(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#role_arn AlicloudProvider#role_arn}.'''
        result = self._values.get("role_arn")
        assert result is not None, "Required property 'role_arn' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def oidc_token(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oidc_token AlicloudProvider#oidc_token}.'''
        result = self._values.get("oidc_token")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oidc_token_file(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oidc_token_file AlicloudProvider#oidc_token_file}.'''
        result = self._values.get("oidc_token_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def policy(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#policy AlicloudProvider#policy}.'''
        result = self._values.get("policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role_session_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#role_session_name AlicloudProvider#role_session_name}.'''
        result = self._values.get("role_session_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_expiration(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#session_expiration AlicloudProvider#session_expiration}.'''
        result = self._values.get("session_expiration")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AlicloudProviderAssumeRoleWithOidc(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="alicloud.provider.AlicloudProviderConfig",
    jsii_struct_bases=[],
    name_mapping={
        "access_key": "accessKey",
        "account_id": "accountId",
        "account_type": "accountType",
        "alias": "alias",
        "assume_role": "assumeRole",
        "assume_role_with_oidc": "assumeRoleWithOidc",
        "client_connect_timeout": "clientConnectTimeout",
        "client_read_timeout": "clientReadTimeout",
        "configuration_source": "configurationSource",
        "credentials_uri": "credentialsUri",
        "ecs_role_name": "ecsRoleName",
        "endpoints": "endpoints",
        "fc": "fc",
        "log_endpoint": "logEndpoint",
        "max_retry_timeout": "maxRetryTimeout",
        "mns_endpoint": "mnsEndpoint",
        "ots_instance_name": "otsInstanceName",
        "profile": "profile",
        "protocol": "protocol",
        "region": "region",
        "secret_key": "secretKey",
        "secure_transport": "secureTransport",
        "security_token": "securityToken",
        "security_transport": "securityTransport",
        "shared_credentials_file": "sharedCredentialsFile",
        "sign_version": "signVersion",
        "skip_region_validation": "skipRegionValidation",
        "source_ip": "sourceIp",
    },
)
class AlicloudProviderConfig:
    def __init__(
        self,
        *,
        access_key: typing.Optional[builtins.str] = None,
        account_id: typing.Optional[builtins.str] = None,
        account_type: typing.Optional[builtins.str] = None,
        alias: typing.Optional[builtins.str] = None,
        assume_role: typing.Optional[typing.Union[AlicloudProviderAssumeRole, typing.Dict[builtins.str, typing.Any]]] = None,
        assume_role_with_oidc: typing.Optional[typing.Union[AlicloudProviderAssumeRoleWithOidc, typing.Dict[builtins.str, typing.Any]]] = None,
        client_connect_timeout: typing.Optional[jsii.Number] = None,
        client_read_timeout: typing.Optional[jsii.Number] = None,
        configuration_source: typing.Optional[builtins.str] = None,
        credentials_uri: typing.Optional[builtins.str] = None,
        ecs_role_name: typing.Optional[builtins.str] = None,
        endpoints: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AlicloudProviderEndpoints", typing.Dict[builtins.str, typing.Any]]]]] = None,
        fc: typing.Optional[builtins.str] = None,
        log_endpoint: typing.Optional[builtins.str] = None,
        max_retry_timeout: typing.Optional[jsii.Number] = None,
        mns_endpoint: typing.Optional[builtins.str] = None,
        ots_instance_name: typing.Optional[builtins.str] = None,
        profile: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        secret_key: typing.Optional[builtins.str] = None,
        secure_transport: typing.Optional[builtins.str] = None,
        security_token: typing.Optional[builtins.str] = None,
        security_transport: typing.Optional[builtins.str] = None,
        shared_credentials_file: typing.Optional[builtins.str] = None,
        sign_version: typing.Optional[typing.Union["AlicloudProviderSignVersion", typing.Dict[builtins.str, typing.Any]]] = None,
        skip_region_validation: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        source_ip: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param access_key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#access_key AlicloudProvider#access_key}.
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#account_id AlicloudProvider#account_id}.
        :param account_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#account_type AlicloudProvider#account_type}.
        :param alias: Alias name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#alias AlicloudProvider#alias}
        :param assume_role: assume_role block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#assume_role AlicloudProvider#assume_role}
        :param assume_role_with_oidc: assume_role_with_oidc block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#assume_role_with_oidc AlicloudProvider#assume_role_with_oidc}
        :param client_connect_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#client_connect_timeout AlicloudProvider#client_connect_timeout}.
        :param client_read_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#client_read_timeout AlicloudProvider#client_read_timeout}.
        :param configuration_source: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#configuration_source AlicloudProvider#configuration_source}.
        :param credentials_uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#credentials_uri AlicloudProvider#credentials_uri}.
        :param ecs_role_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ecs_role_name AlicloudProvider#ecs_role_name}.
        :param endpoints: endpoints block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#endpoints AlicloudProvider#endpoints}
        :param fc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#fc AlicloudProvider#fc}.
        :param log_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#log_endpoint AlicloudProvider#log_endpoint}.
        :param max_retry_timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#max_retry_timeout AlicloudProvider#max_retry_timeout}.
        :param mns_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mns_endpoint AlicloudProvider#mns_endpoint}.
        :param ots_instance_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ots_instance_name AlicloudProvider#ots_instance_name}.
        :param profile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#profile AlicloudProvider#profile}.
        :param protocol: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#protocol AlicloudProvider#protocol}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#region AlicloudProvider#region}.
        :param secret_key: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#secret_key AlicloudProvider#secret_key}.
        :param secure_transport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#secure_transport AlicloudProvider#secure_transport}.
        :param security_token: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#security_token AlicloudProvider#security_token}.
        :param security_transport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#security_transport AlicloudProvider#security_transport}.
        :param shared_credentials_file: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#shared_credentials_file AlicloudProvider#shared_credentials_file}.
        :param sign_version: sign_version block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sign_version AlicloudProvider#sign_version}
        :param skip_region_validation: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#skip_region_validation AlicloudProvider#skip_region_validation}.
        :param source_ip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#source_ip AlicloudProvider#source_ip}.
        '''
        if isinstance(assume_role, dict):
            assume_role = AlicloudProviderAssumeRole(**assume_role)
        if isinstance(assume_role_with_oidc, dict):
            assume_role_with_oidc = AlicloudProviderAssumeRoleWithOidc(**assume_role_with_oidc)
        if isinstance(sign_version, dict):
            sign_version = AlicloudProviderSignVersion(**sign_version)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d8fa4668bae2e322d9e1aaec21c4041af2e602b2c15e26005a58f3295fcf7abd)
            check_type(argname="argument access_key", value=access_key, expected_type=type_hints["access_key"])
            check_type(argname="argument account_id", value=account_id, expected_type=type_hints["account_id"])
            check_type(argname="argument account_type", value=account_type, expected_type=type_hints["account_type"])
            check_type(argname="argument alias", value=alias, expected_type=type_hints["alias"])
            check_type(argname="argument assume_role", value=assume_role, expected_type=type_hints["assume_role"])
            check_type(argname="argument assume_role_with_oidc", value=assume_role_with_oidc, expected_type=type_hints["assume_role_with_oidc"])
            check_type(argname="argument client_connect_timeout", value=client_connect_timeout, expected_type=type_hints["client_connect_timeout"])
            check_type(argname="argument client_read_timeout", value=client_read_timeout, expected_type=type_hints["client_read_timeout"])
            check_type(argname="argument configuration_source", value=configuration_source, expected_type=type_hints["configuration_source"])
            check_type(argname="argument credentials_uri", value=credentials_uri, expected_type=type_hints["credentials_uri"])
            check_type(argname="argument ecs_role_name", value=ecs_role_name, expected_type=type_hints["ecs_role_name"])
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument fc", value=fc, expected_type=type_hints["fc"])
            check_type(argname="argument log_endpoint", value=log_endpoint, expected_type=type_hints["log_endpoint"])
            check_type(argname="argument max_retry_timeout", value=max_retry_timeout, expected_type=type_hints["max_retry_timeout"])
            check_type(argname="argument mns_endpoint", value=mns_endpoint, expected_type=type_hints["mns_endpoint"])
            check_type(argname="argument ots_instance_name", value=ots_instance_name, expected_type=type_hints["ots_instance_name"])
            check_type(argname="argument profile", value=profile, expected_type=type_hints["profile"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument secret_key", value=secret_key, expected_type=type_hints["secret_key"])
            check_type(argname="argument secure_transport", value=secure_transport, expected_type=type_hints["secure_transport"])
            check_type(argname="argument security_token", value=security_token, expected_type=type_hints["security_token"])
            check_type(argname="argument security_transport", value=security_transport, expected_type=type_hints["security_transport"])
            check_type(argname="argument shared_credentials_file", value=shared_credentials_file, expected_type=type_hints["shared_credentials_file"])
            check_type(argname="argument sign_version", value=sign_version, expected_type=type_hints["sign_version"])
            check_type(argname="argument skip_region_validation", value=skip_region_validation, expected_type=type_hints["skip_region_validation"])
            check_type(argname="argument source_ip", value=source_ip, expected_type=type_hints["source_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_key is not None:
            self._values["access_key"] = access_key
        if account_id is not None:
            self._values["account_id"] = account_id
        if account_type is not None:
            self._values["account_type"] = account_type
        if alias is not None:
            self._values["alias"] = alias
        if assume_role is not None:
            self._values["assume_role"] = assume_role
        if assume_role_with_oidc is not None:
            self._values["assume_role_with_oidc"] = assume_role_with_oidc
        if client_connect_timeout is not None:
            self._values["client_connect_timeout"] = client_connect_timeout
        if client_read_timeout is not None:
            self._values["client_read_timeout"] = client_read_timeout
        if configuration_source is not None:
            self._values["configuration_source"] = configuration_source
        if credentials_uri is not None:
            self._values["credentials_uri"] = credentials_uri
        if ecs_role_name is not None:
            self._values["ecs_role_name"] = ecs_role_name
        if endpoints is not None:
            self._values["endpoints"] = endpoints
        if fc is not None:
            self._values["fc"] = fc
        if log_endpoint is not None:
            self._values["log_endpoint"] = log_endpoint
        if max_retry_timeout is not None:
            self._values["max_retry_timeout"] = max_retry_timeout
        if mns_endpoint is not None:
            self._values["mns_endpoint"] = mns_endpoint
        if ots_instance_name is not None:
            self._values["ots_instance_name"] = ots_instance_name
        if profile is not None:
            self._values["profile"] = profile
        if protocol is not None:
            self._values["protocol"] = protocol
        if region is not None:
            self._values["region"] = region
        if secret_key is not None:
            self._values["secret_key"] = secret_key
        if secure_transport is not None:
            self._values["secure_transport"] = secure_transport
        if security_token is not None:
            self._values["security_token"] = security_token
        if security_transport is not None:
            self._values["security_transport"] = security_transport
        if shared_credentials_file is not None:
            self._values["shared_credentials_file"] = shared_credentials_file
        if sign_version is not None:
            self._values["sign_version"] = sign_version
        if skip_region_validation is not None:
            self._values["skip_region_validation"] = skip_region_validation
        if source_ip is not None:
            self._values["source_ip"] = source_ip

    @builtins.property
    def access_key(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#access_key AlicloudProvider#access_key}.'''
        result = self._values.get("access_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def account_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#account_id AlicloudProvider#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def account_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#account_type AlicloudProvider#account_type}.'''
        result = self._values.get("account_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def alias(self) -> typing.Optional[builtins.str]:
        '''Alias name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#alias AlicloudProvider#alias}
        '''
        result = self._values.get("alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role(self) -> typing.Optional[AlicloudProviderAssumeRole]:
        '''assume_role block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#assume_role AlicloudProvider#assume_role}
        '''
        result = self._values.get("assume_role")
        return typing.cast(typing.Optional[AlicloudProviderAssumeRole], result)

    @builtins.property
    def assume_role_with_oidc(
        self,
    ) -> typing.Optional[AlicloudProviderAssumeRoleWithOidc]:
        '''assume_role_with_oidc block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#assume_role_with_oidc AlicloudProvider#assume_role_with_oidc}
        '''
        result = self._values.get("assume_role_with_oidc")
        return typing.cast(typing.Optional[AlicloudProviderAssumeRoleWithOidc], result)

    @builtins.property
    def client_connect_timeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#client_connect_timeout AlicloudProvider#client_connect_timeout}.'''
        result = self._values.get("client_connect_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def client_read_timeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#client_read_timeout AlicloudProvider#client_read_timeout}.'''
        result = self._values.get("client_read_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def configuration_source(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#configuration_source AlicloudProvider#configuration_source}.'''
        result = self._values.get("configuration_source")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credentials_uri(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#credentials_uri AlicloudProvider#credentials_uri}.'''
        result = self._values.get("credentials_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ecs_role_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ecs_role_name AlicloudProvider#ecs_role_name}.'''
        result = self._values.get("ecs_role_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def endpoints(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]]:
        '''endpoints block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#endpoints AlicloudProvider#endpoints}
        '''
        result = self._values.get("endpoints")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AlicloudProviderEndpoints"]]], result)

    @builtins.property
    def fc(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#fc AlicloudProvider#fc}.'''
        result = self._values.get("fc")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_endpoint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#log_endpoint AlicloudProvider#log_endpoint}.'''
        result = self._values.get("log_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_retry_timeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#max_retry_timeout AlicloudProvider#max_retry_timeout}.'''
        result = self._values.get("max_retry_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mns_endpoint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mns_endpoint AlicloudProvider#mns_endpoint}.'''
        result = self._values.get("mns_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ots_instance_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ots_instance_name AlicloudProvider#ots_instance_name}.'''
        result = self._values.get("ots_instance_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def profile(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#profile AlicloudProvider#profile}.'''
        result = self._values.get("profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#protocol AlicloudProvider#protocol}.'''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#region AlicloudProvider#region}.'''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_key(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#secret_key AlicloudProvider#secret_key}.'''
        result = self._values.get("secret_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secure_transport(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#secure_transport AlicloudProvider#secure_transport}.'''
        result = self._values.get("secure_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_token(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#security_token AlicloudProvider#security_token}.'''
        result = self._values.get("security_token")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_transport(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#security_transport AlicloudProvider#security_transport}.'''
        result = self._values.get("security_transport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shared_credentials_file(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#shared_credentials_file AlicloudProvider#shared_credentials_file}.'''
        result = self._values.get("shared_credentials_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sign_version(self) -> typing.Optional["AlicloudProviderSignVersion"]:
        '''sign_version block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sign_version AlicloudProvider#sign_version}
        '''
        result = self._values.get("sign_version")
        return typing.cast(typing.Optional["AlicloudProviderSignVersion"], result)

    @builtins.property
    def skip_region_validation(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#skip_region_validation AlicloudProvider#skip_region_validation}.'''
        result = self._values.get("skip_region_validation")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def source_ip(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#source_ip AlicloudProvider#source_ip}.'''
        result = self._values.get("source_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AlicloudProviderConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="alicloud.provider.AlicloudProviderEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "acr": "acr",
        "actiontrail": "actiontrail",
        "adb": "adb",
        "aiworkspace": "aiworkspace",
        "alb": "alb",
        "alidfs": "alidfs",
        "alidns": "alidns",
        "alikafka": "alikafka",
        "amqp": "amqp",
        "antiddos_public": "antiddosPublic",
        "apig": "apig",
        "apigateway": "apigateway",
        "arms": "arms",
        "bastionhost": "bastionhost",
        "beebot": "beebot",
        "bpstudio": "bpstudio",
        "brain_industrial": "brainIndustrial",
        "bssopenapi": "bssopenapi",
        "cas": "cas",
        "cassandra": "cassandra",
        "cbn": "cbn",
        "cbs": "cbs",
        "cddc": "cddc",
        "cdn": "cdn",
        "cds": "cds",
        "chatbot": "chatbot",
        "clickhouse": "clickhouse",
        "cloudapi": "cloudapi",
        "cloudauth": "cloudauth",
        "cloudfirewall": "cloudfirewall",
        "cloudfw": "cloudfw",
        "cloudphone": "cloudphone",
        "cloudsso": "cloudsso",
        "cms": "cms",
        "computenest": "computenest",
        "config": "config",
        "cr": "cr",
        "cs": "cs",
        "das": "das",
        "datahub": "datahub",
        "dataworkspublic": "dataworkspublic",
        "dataworks_public": "dataworksPublic",
        "dbfs": "dbfs",
        "dbs": "dbs",
        "dcdn": "dcdn",
        "ddosbasic": "ddosbasic",
        "ddosbgp": "ddosbgp",
        "ddoscoo": "ddoscoo",
        "dds": "dds",
        "devopsrdc": "devopsrdc",
        "devops_rdc": "devopsRdc",
        "dfs": "dfs",
        "dg": "dg",
        "dm": "dm",
        "dmsenterprise": "dmsenterprise",
        "dms_enterprise": "dmsEnterprise",
        "dns": "dns",
        "drds": "drds",
        "dts": "dts",
        "dysms": "dysms",
        "dysmsapi": "dysmsapi",
        "eais": "eais",
        "ebs": "ebs",
        "ecd": "ecd",
        "eci": "eci",
        "ecs": "ecs",
        "edas": "edas",
        "edasschedulerx": "edasschedulerx",
        "edsuser": "edsuser",
        "eds_user": "edsUser",
        "eflo": "eflo",
        "eflo_cnp": "efloCnp",
        "eflo_controller": "efloController",
        "ehpc": "ehpc",
        "ehs": "ehs",
        "eipanycast": "eipanycast",
        "elasticsearch": "elasticsearch",
        "emr": "emr",
        "ens": "ens",
        "esa": "esa",
        "ess": "ess",
        "eventbridge": "eventbridge",
        "fc": "fc",
        "fc_open": "fcOpen",
        "fnf": "fnf",
        "ga": "ga",
        "gaplus": "gaplus",
        "gdb": "gdb",
        "gds": "gds",
        "gpdb": "gpdb",
        "gwlb": "gwlb",
        "gwsecd": "gwsecd",
        "hbr": "hbr",
        "hcs_sgw": "hcsSgw",
        "hitsdb": "hitsdb",
        "imm": "imm",
        "imp": "imp",
        "ims": "ims",
        "iot": "iot",
        "kms": "kms",
        "kvstore": "kvstore",
        "location": "location",
        "log": "log",
        "market": "market",
        "maxcompute": "maxcompute",
        "mhub": "mhub",
        "mns": "mns",
        "mns_open": "mnsOpen",
        "mscopensubscription": "mscopensubscription",
        "mse": "mse",
        "nas": "nas",
        "nlb": "nlb",
        "oceanbase": "oceanbase",
        "oceanbasepro": "oceanbasepro",
        "ons": "ons",
        "onsproxy": "onsproxy",
        "oos": "oos",
        "opensearch": "opensearch",
        "oss": "oss",
        "ots": "ots",
        "polardb": "polardb",
        "polardbx": "polardbx",
        "privatelink": "privatelink",
        "pvtz": "pvtz",
        "quickbi": "quickbi",
        "quickbi_public": "quickbiPublic",
        "quotas": "quotas",
        "ram": "ram",
        "rds": "rds",
        "redisa": "redisa",
        "resourcemanager": "resourcemanager",
        "resourcesharing": "resourcesharing",
        "ressharing": "ressharing",
        "r_kvstore": "rKvstore",
        "rocketmq": "rocketmq",
        "ros": "ros",
        "sae": "sae",
        "sas": "sas",
        "scdn": "scdn",
        "schedulerx2": "schedulerx2",
        "sddp": "sddp",
        "selectdb": "selectdb",
        "serverless": "serverless",
        "servicecatalog": "servicecatalog",
        "servicemesh": "servicemesh",
        "sgw": "sgw",
        "slb": "slb",
        "smartag": "smartag",
        "srvcatalog": "srvcatalog",
        "sts": "sts",
        "swas": "swas",
        "swas_open": "swasOpen",
        "tag": "tag",
        "vod": "vod",
        "vpc": "vpc",
        "vpcipam": "vpcipam",
        "vpcpeer": "vpcpeer",
        "vs": "vs",
        "waf": "waf",
        "waf_openapi": "wafOpenapi",
    },
)
class AlicloudProviderEndpoints:
    def __init__(
        self,
        *,
        acr: typing.Optional[builtins.str] = None,
        actiontrail: typing.Optional[builtins.str] = None,
        adb: typing.Optional[builtins.str] = None,
        aiworkspace: typing.Optional[builtins.str] = None,
        alb: typing.Optional[builtins.str] = None,
        alidfs: typing.Optional[builtins.str] = None,
        alidns: typing.Optional[builtins.str] = None,
        alikafka: typing.Optional[builtins.str] = None,
        amqp: typing.Optional[builtins.str] = None,
        antiddos_public: typing.Optional[builtins.str] = None,
        apig: typing.Optional[builtins.str] = None,
        apigateway: typing.Optional[builtins.str] = None,
        arms: typing.Optional[builtins.str] = None,
        bastionhost: typing.Optional[builtins.str] = None,
        beebot: typing.Optional[builtins.str] = None,
        bpstudio: typing.Optional[builtins.str] = None,
        brain_industrial: typing.Optional[builtins.str] = None,
        bssopenapi: typing.Optional[builtins.str] = None,
        cas: typing.Optional[builtins.str] = None,
        cassandra: typing.Optional[builtins.str] = None,
        cbn: typing.Optional[builtins.str] = None,
        cbs: typing.Optional[builtins.str] = None,
        cddc: typing.Optional[builtins.str] = None,
        cdn: typing.Optional[builtins.str] = None,
        cds: typing.Optional[builtins.str] = None,
        chatbot: typing.Optional[builtins.str] = None,
        clickhouse: typing.Optional[builtins.str] = None,
        cloudapi: typing.Optional[builtins.str] = None,
        cloudauth: typing.Optional[builtins.str] = None,
        cloudfirewall: typing.Optional[builtins.str] = None,
        cloudfw: typing.Optional[builtins.str] = None,
        cloudphone: typing.Optional[builtins.str] = None,
        cloudsso: typing.Optional[builtins.str] = None,
        cms: typing.Optional[builtins.str] = None,
        computenest: typing.Optional[builtins.str] = None,
        config: typing.Optional[builtins.str] = None,
        cr: typing.Optional[builtins.str] = None,
        cs: typing.Optional[builtins.str] = None,
        das: typing.Optional[builtins.str] = None,
        datahub: typing.Optional[builtins.str] = None,
        dataworkspublic: typing.Optional[builtins.str] = None,
        dataworks_public: typing.Optional[builtins.str] = None,
        dbfs: typing.Optional[builtins.str] = None,
        dbs: typing.Optional[builtins.str] = None,
        dcdn: typing.Optional[builtins.str] = None,
        ddosbasic: typing.Optional[builtins.str] = None,
        ddosbgp: typing.Optional[builtins.str] = None,
        ddoscoo: typing.Optional[builtins.str] = None,
        dds: typing.Optional[builtins.str] = None,
        devopsrdc: typing.Optional[builtins.str] = None,
        devops_rdc: typing.Optional[builtins.str] = None,
        dfs: typing.Optional[builtins.str] = None,
        dg: typing.Optional[builtins.str] = None,
        dm: typing.Optional[builtins.str] = None,
        dmsenterprise: typing.Optional[builtins.str] = None,
        dms_enterprise: typing.Optional[builtins.str] = None,
        dns: typing.Optional[builtins.str] = None,
        drds: typing.Optional[builtins.str] = None,
        dts: typing.Optional[builtins.str] = None,
        dysms: typing.Optional[builtins.str] = None,
        dysmsapi: typing.Optional[builtins.str] = None,
        eais: typing.Optional[builtins.str] = None,
        ebs: typing.Optional[builtins.str] = None,
        ecd: typing.Optional[builtins.str] = None,
        eci: typing.Optional[builtins.str] = None,
        ecs: typing.Optional[builtins.str] = None,
        edas: typing.Optional[builtins.str] = None,
        edasschedulerx: typing.Optional[builtins.str] = None,
        edsuser: typing.Optional[builtins.str] = None,
        eds_user: typing.Optional[builtins.str] = None,
        eflo: typing.Optional[builtins.str] = None,
        eflo_cnp: typing.Optional[builtins.str] = None,
        eflo_controller: typing.Optional[builtins.str] = None,
        ehpc: typing.Optional[builtins.str] = None,
        ehs: typing.Optional[builtins.str] = None,
        eipanycast: typing.Optional[builtins.str] = None,
        elasticsearch: typing.Optional[builtins.str] = None,
        emr: typing.Optional[builtins.str] = None,
        ens: typing.Optional[builtins.str] = None,
        esa: typing.Optional[builtins.str] = None,
        ess: typing.Optional[builtins.str] = None,
        eventbridge: typing.Optional[builtins.str] = None,
        fc: typing.Optional[builtins.str] = None,
        fc_open: typing.Optional[builtins.str] = None,
        fnf: typing.Optional[builtins.str] = None,
        ga: typing.Optional[builtins.str] = None,
        gaplus: typing.Optional[builtins.str] = None,
        gdb: typing.Optional[builtins.str] = None,
        gds: typing.Optional[builtins.str] = None,
        gpdb: typing.Optional[builtins.str] = None,
        gwlb: typing.Optional[builtins.str] = None,
        gwsecd: typing.Optional[builtins.str] = None,
        hbr: typing.Optional[builtins.str] = None,
        hcs_sgw: typing.Optional[builtins.str] = None,
        hitsdb: typing.Optional[builtins.str] = None,
        imm: typing.Optional[builtins.str] = None,
        imp: typing.Optional[builtins.str] = None,
        ims: typing.Optional[builtins.str] = None,
        iot: typing.Optional[builtins.str] = None,
        kms: typing.Optional[builtins.str] = None,
        kvstore: typing.Optional[builtins.str] = None,
        location: typing.Optional[builtins.str] = None,
        log: typing.Optional[builtins.str] = None,
        market: typing.Optional[builtins.str] = None,
        maxcompute: typing.Optional[builtins.str] = None,
        mhub: typing.Optional[builtins.str] = None,
        mns: typing.Optional[builtins.str] = None,
        mns_open: typing.Optional[builtins.str] = None,
        mscopensubscription: typing.Optional[builtins.str] = None,
        mse: typing.Optional[builtins.str] = None,
        nas: typing.Optional[builtins.str] = None,
        nlb: typing.Optional[builtins.str] = None,
        oceanbase: typing.Optional[builtins.str] = None,
        oceanbasepro: typing.Optional[builtins.str] = None,
        ons: typing.Optional[builtins.str] = None,
        onsproxy: typing.Optional[builtins.str] = None,
        oos: typing.Optional[builtins.str] = None,
        opensearch: typing.Optional[builtins.str] = None,
        oss: typing.Optional[builtins.str] = None,
        ots: typing.Optional[builtins.str] = None,
        polardb: typing.Optional[builtins.str] = None,
        polardbx: typing.Optional[builtins.str] = None,
        privatelink: typing.Optional[builtins.str] = None,
        pvtz: typing.Optional[builtins.str] = None,
        quickbi: typing.Optional[builtins.str] = None,
        quickbi_public: typing.Optional[builtins.str] = None,
        quotas: typing.Optional[builtins.str] = None,
        ram: typing.Optional[builtins.str] = None,
        rds: typing.Optional[builtins.str] = None,
        redisa: typing.Optional[builtins.str] = None,
        resourcemanager: typing.Optional[builtins.str] = None,
        resourcesharing: typing.Optional[builtins.str] = None,
        ressharing: typing.Optional[builtins.str] = None,
        r_kvstore: typing.Optional[builtins.str] = None,
        rocketmq: typing.Optional[builtins.str] = None,
        ros: typing.Optional[builtins.str] = None,
        sae: typing.Optional[builtins.str] = None,
        sas: typing.Optional[builtins.str] = None,
        scdn: typing.Optional[builtins.str] = None,
        schedulerx2: typing.Optional[builtins.str] = None,
        sddp: typing.Optional[builtins.str] = None,
        selectdb: typing.Optional[builtins.str] = None,
        serverless: typing.Optional[builtins.str] = None,
        servicecatalog: typing.Optional[builtins.str] = None,
        servicemesh: typing.Optional[builtins.str] = None,
        sgw: typing.Optional[builtins.str] = None,
        slb: typing.Optional[builtins.str] = None,
        smartag: typing.Optional[builtins.str] = None,
        srvcatalog: typing.Optional[builtins.str] = None,
        sts: typing.Optional[builtins.str] = None,
        swas: typing.Optional[builtins.str] = None,
        swas_open: typing.Optional[builtins.str] = None,
        tag: typing.Optional[builtins.str] = None,
        vod: typing.Optional[builtins.str] = None,
        vpc: typing.Optional[builtins.str] = None,
        vpcipam: typing.Optional[builtins.str] = None,
        vpcpeer: typing.Optional[builtins.str] = None,
        vs: typing.Optional[builtins.str] = None,
        waf: typing.Optional[builtins.str] = None,
        waf_openapi: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param acr: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#acr AlicloudProvider#acr}.
        :param actiontrail: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#actiontrail AlicloudProvider#actiontrail}.
        :param adb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#adb AlicloudProvider#adb}.
        :param aiworkspace: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#aiworkspace AlicloudProvider#aiworkspace}.
        :param alb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#alb AlicloudProvider#alb}.
        :param alidfs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#alidfs AlicloudProvider#alidfs}.
        :param alidns: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#alidns AlicloudProvider#alidns}.
        :param alikafka: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#alikafka AlicloudProvider#alikafka}.
        :param amqp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#amqp AlicloudProvider#amqp}.
        :param antiddos_public: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#antiddos_public AlicloudProvider#antiddos_public}.
        :param apig: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#apig AlicloudProvider#apig}.
        :param apigateway: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#apigateway AlicloudProvider#apigateway}.
        :param arms: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#arms AlicloudProvider#arms}.
        :param bastionhost: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#bastionhost AlicloudProvider#bastionhost}.
        :param beebot: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#beebot AlicloudProvider#beebot}.
        :param bpstudio: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#bpstudio AlicloudProvider#bpstudio}.
        :param brain_industrial: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#brain_industrial AlicloudProvider#brain_industrial}.
        :param bssopenapi: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#bssopenapi AlicloudProvider#bssopenapi}.
        :param cas: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cas AlicloudProvider#cas}.
        :param cassandra: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cassandra AlicloudProvider#cassandra}.
        :param cbn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cbn AlicloudProvider#cbn}.
        :param cbs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cbs AlicloudProvider#cbs}.
        :param cddc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cddc AlicloudProvider#cddc}.
        :param cdn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cdn AlicloudProvider#cdn}.
        :param cds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cds AlicloudProvider#cds}.
        :param chatbot: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#chatbot AlicloudProvider#chatbot}.
        :param clickhouse: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#clickhouse AlicloudProvider#clickhouse}.
        :param cloudapi: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cloudapi AlicloudProvider#cloudapi}.
        :param cloudauth: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cloudauth AlicloudProvider#cloudauth}.
        :param cloudfirewall: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cloudfirewall AlicloudProvider#cloudfirewall}.
        :param cloudfw: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cloudfw AlicloudProvider#cloudfw}.
        :param cloudphone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cloudphone AlicloudProvider#cloudphone}.
        :param cloudsso: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cloudsso AlicloudProvider#cloudsso}.
        :param cms: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cms AlicloudProvider#cms}.
        :param computenest: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#computenest AlicloudProvider#computenest}.
        :param config: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#config AlicloudProvider#config}.
        :param cr: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cr AlicloudProvider#cr}.
        :param cs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cs AlicloudProvider#cs}.
        :param das: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#das AlicloudProvider#das}.
        :param datahub: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#datahub AlicloudProvider#datahub}.
        :param dataworkspublic: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dataworkspublic AlicloudProvider#dataworkspublic}.
        :param dataworks_public: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dataworks_public AlicloudProvider#dataworks_public}.
        :param dbfs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dbfs AlicloudProvider#dbfs}.
        :param dbs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dbs AlicloudProvider#dbs}.
        :param dcdn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dcdn AlicloudProvider#dcdn}.
        :param ddosbasic: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ddosbasic AlicloudProvider#ddosbasic}.
        :param ddosbgp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ddosbgp AlicloudProvider#ddosbgp}.
        :param ddoscoo: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ddoscoo AlicloudProvider#ddoscoo}.
        :param dds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dds AlicloudProvider#dds}.
        :param devopsrdc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#devopsrdc AlicloudProvider#devopsrdc}.
        :param devops_rdc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#devops_rdc AlicloudProvider#devops_rdc}.
        :param dfs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dfs AlicloudProvider#dfs}.
        :param dg: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dg AlicloudProvider#dg}.
        :param dm: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dm AlicloudProvider#dm}.
        :param dmsenterprise: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dmsenterprise AlicloudProvider#dmsenterprise}.
        :param dms_enterprise: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dms_enterprise AlicloudProvider#dms_enterprise}.
        :param dns: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dns AlicloudProvider#dns}.
        :param drds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#drds AlicloudProvider#drds}.
        :param dts: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dts AlicloudProvider#dts}.
        :param dysms: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dysms AlicloudProvider#dysms}.
        :param dysmsapi: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dysmsapi AlicloudProvider#dysmsapi}.
        :param eais: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eais AlicloudProvider#eais}.
        :param ebs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ebs AlicloudProvider#ebs}.
        :param ecd: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ecd AlicloudProvider#ecd}.
        :param eci: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eci AlicloudProvider#eci}.
        :param ecs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ecs AlicloudProvider#ecs}.
        :param edas: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#edas AlicloudProvider#edas}.
        :param edasschedulerx: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#edasschedulerx AlicloudProvider#edasschedulerx}.
        :param edsuser: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#edsuser AlicloudProvider#edsuser}.
        :param eds_user: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eds_user AlicloudProvider#eds_user}.
        :param eflo: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eflo AlicloudProvider#eflo}.
        :param eflo_cnp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eflo_cnp AlicloudProvider#eflo_cnp}.
        :param eflo_controller: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eflo_controller AlicloudProvider#eflo_controller}.
        :param ehpc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ehpc AlicloudProvider#ehpc}.
        :param ehs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ehs AlicloudProvider#ehs}.
        :param eipanycast: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eipanycast AlicloudProvider#eipanycast}.
        :param elasticsearch: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#elasticsearch AlicloudProvider#elasticsearch}.
        :param emr: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#emr AlicloudProvider#emr}.
        :param ens: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ens AlicloudProvider#ens}.
        :param esa: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#esa AlicloudProvider#esa}.
        :param ess: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ess AlicloudProvider#ess}.
        :param eventbridge: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eventbridge AlicloudProvider#eventbridge}.
        :param fc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#fc AlicloudProvider#fc}.
        :param fc_open: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#fc_open AlicloudProvider#fc_open}.
        :param fnf: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#fnf AlicloudProvider#fnf}.
        :param ga: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ga AlicloudProvider#ga}.
        :param gaplus: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#gaplus AlicloudProvider#gaplus}.
        :param gdb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#gdb AlicloudProvider#gdb}.
        :param gds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#gds AlicloudProvider#gds}.
        :param gpdb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#gpdb AlicloudProvider#gpdb}.
        :param gwlb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#gwlb AlicloudProvider#gwlb}.
        :param gwsecd: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#gwsecd AlicloudProvider#gwsecd}.
        :param hbr: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#hbr AlicloudProvider#hbr}.
        :param hcs_sgw: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#hcs_sgw AlicloudProvider#hcs_sgw}.
        :param hitsdb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#hitsdb AlicloudProvider#hitsdb}.
        :param imm: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#imm AlicloudProvider#imm}.
        :param imp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#imp AlicloudProvider#imp}.
        :param ims: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ims AlicloudProvider#ims}.
        :param iot: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#iot AlicloudProvider#iot}.
        :param kms: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#kms AlicloudProvider#kms}.
        :param kvstore: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#kvstore AlicloudProvider#kvstore}.
        :param location: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#location AlicloudProvider#location}.
        :param log: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#log AlicloudProvider#log}.
        :param market: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#market AlicloudProvider#market}.
        :param maxcompute: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#maxcompute AlicloudProvider#maxcompute}.
        :param mhub: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mhub AlicloudProvider#mhub}.
        :param mns: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mns AlicloudProvider#mns}.
        :param mns_open: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mns_open AlicloudProvider#mns_open}.
        :param mscopensubscription: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mscopensubscription AlicloudProvider#mscopensubscription}.
        :param mse: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mse AlicloudProvider#mse}.
        :param nas: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#nas AlicloudProvider#nas}.
        :param nlb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#nlb AlicloudProvider#nlb}.
        :param oceanbase: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oceanbase AlicloudProvider#oceanbase}.
        :param oceanbasepro: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oceanbasepro AlicloudProvider#oceanbasepro}.
        :param ons: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ons AlicloudProvider#ons}.
        :param onsproxy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#onsproxy AlicloudProvider#onsproxy}.
        :param oos: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oos AlicloudProvider#oos}.
        :param opensearch: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#opensearch AlicloudProvider#opensearch}.
        :param oss: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oss AlicloudProvider#oss}.
        :param ots: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ots AlicloudProvider#ots}.
        :param polardb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#polardb AlicloudProvider#polardb}.
        :param polardbx: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#polardbx AlicloudProvider#polardbx}.
        :param privatelink: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#privatelink AlicloudProvider#privatelink}.
        :param pvtz: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#pvtz AlicloudProvider#pvtz}.
        :param quickbi: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#quickbi AlicloudProvider#quickbi}.
        :param quickbi_public: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#quickbi_public AlicloudProvider#quickbi_public}.
        :param quotas: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#quotas AlicloudProvider#quotas}.
        :param ram: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ram AlicloudProvider#ram}.
        :param rds: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#rds AlicloudProvider#rds}.
        :param redisa: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#redisa AlicloudProvider#redisa}.
        :param resourcemanager: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#resourcemanager AlicloudProvider#resourcemanager}.
        :param resourcesharing: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#resourcesharing AlicloudProvider#resourcesharing}.
        :param ressharing: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ressharing AlicloudProvider#ressharing}.
        :param r_kvstore: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#r_kvstore AlicloudProvider#r_kvstore}.
        :param rocketmq: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#rocketmq AlicloudProvider#rocketmq}.
        :param ros: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ros AlicloudProvider#ros}.
        :param sae: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sae AlicloudProvider#sae}.
        :param sas: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sas AlicloudProvider#sas}.
        :param scdn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#scdn AlicloudProvider#scdn}.
        :param schedulerx2: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#schedulerx2 AlicloudProvider#schedulerx2}.
        :param sddp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sddp AlicloudProvider#sddp}.
        :param selectdb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#selectdb AlicloudProvider#selectdb}.
        :param serverless: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#serverless AlicloudProvider#serverless}.
        :param servicecatalog: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#servicecatalog AlicloudProvider#servicecatalog}.
        :param servicemesh: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#servicemesh AlicloudProvider#servicemesh}.
        :param sgw: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sgw AlicloudProvider#sgw}.
        :param slb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#slb AlicloudProvider#slb}.
        :param smartag: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#smartag AlicloudProvider#smartag}.
        :param srvcatalog: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#srvcatalog AlicloudProvider#srvcatalog}.
        :param sts: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sts AlicloudProvider#sts}.
        :param swas: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#swas AlicloudProvider#swas}.
        :param swas_open: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#swas_open AlicloudProvider#swas_open}.
        :param tag: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#tag AlicloudProvider#tag}.
        :param vod: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#vod AlicloudProvider#vod}.
        :param vpc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#vpc AlicloudProvider#vpc}.
        :param vpcipam: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#vpcipam AlicloudProvider#vpcipam}.
        :param vpcpeer: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#vpcpeer AlicloudProvider#vpcpeer}.
        :param vs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#vs AlicloudProvider#vs}.
        :param waf: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#waf AlicloudProvider#waf}.
        :param waf_openapi: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#waf_openapi AlicloudProvider#waf_openapi}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a69ed6e206fb2e4a543bc77a6ad7de57bc3251b3f88738c78d2f6b74fe0b5225)
            check_type(argname="argument acr", value=acr, expected_type=type_hints["acr"])
            check_type(argname="argument actiontrail", value=actiontrail, expected_type=type_hints["actiontrail"])
            check_type(argname="argument adb", value=adb, expected_type=type_hints["adb"])
            check_type(argname="argument aiworkspace", value=aiworkspace, expected_type=type_hints["aiworkspace"])
            check_type(argname="argument alb", value=alb, expected_type=type_hints["alb"])
            check_type(argname="argument alidfs", value=alidfs, expected_type=type_hints["alidfs"])
            check_type(argname="argument alidns", value=alidns, expected_type=type_hints["alidns"])
            check_type(argname="argument alikafka", value=alikafka, expected_type=type_hints["alikafka"])
            check_type(argname="argument amqp", value=amqp, expected_type=type_hints["amqp"])
            check_type(argname="argument antiddos_public", value=antiddos_public, expected_type=type_hints["antiddos_public"])
            check_type(argname="argument apig", value=apig, expected_type=type_hints["apig"])
            check_type(argname="argument apigateway", value=apigateway, expected_type=type_hints["apigateway"])
            check_type(argname="argument arms", value=arms, expected_type=type_hints["arms"])
            check_type(argname="argument bastionhost", value=bastionhost, expected_type=type_hints["bastionhost"])
            check_type(argname="argument beebot", value=beebot, expected_type=type_hints["beebot"])
            check_type(argname="argument bpstudio", value=bpstudio, expected_type=type_hints["bpstudio"])
            check_type(argname="argument brain_industrial", value=brain_industrial, expected_type=type_hints["brain_industrial"])
            check_type(argname="argument bssopenapi", value=bssopenapi, expected_type=type_hints["bssopenapi"])
            check_type(argname="argument cas", value=cas, expected_type=type_hints["cas"])
            check_type(argname="argument cassandra", value=cassandra, expected_type=type_hints["cassandra"])
            check_type(argname="argument cbn", value=cbn, expected_type=type_hints["cbn"])
            check_type(argname="argument cbs", value=cbs, expected_type=type_hints["cbs"])
            check_type(argname="argument cddc", value=cddc, expected_type=type_hints["cddc"])
            check_type(argname="argument cdn", value=cdn, expected_type=type_hints["cdn"])
            check_type(argname="argument cds", value=cds, expected_type=type_hints["cds"])
            check_type(argname="argument chatbot", value=chatbot, expected_type=type_hints["chatbot"])
            check_type(argname="argument clickhouse", value=clickhouse, expected_type=type_hints["clickhouse"])
            check_type(argname="argument cloudapi", value=cloudapi, expected_type=type_hints["cloudapi"])
            check_type(argname="argument cloudauth", value=cloudauth, expected_type=type_hints["cloudauth"])
            check_type(argname="argument cloudfirewall", value=cloudfirewall, expected_type=type_hints["cloudfirewall"])
            check_type(argname="argument cloudfw", value=cloudfw, expected_type=type_hints["cloudfw"])
            check_type(argname="argument cloudphone", value=cloudphone, expected_type=type_hints["cloudphone"])
            check_type(argname="argument cloudsso", value=cloudsso, expected_type=type_hints["cloudsso"])
            check_type(argname="argument cms", value=cms, expected_type=type_hints["cms"])
            check_type(argname="argument computenest", value=computenest, expected_type=type_hints["computenest"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument cr", value=cr, expected_type=type_hints["cr"])
            check_type(argname="argument cs", value=cs, expected_type=type_hints["cs"])
            check_type(argname="argument das", value=das, expected_type=type_hints["das"])
            check_type(argname="argument datahub", value=datahub, expected_type=type_hints["datahub"])
            check_type(argname="argument dataworkspublic", value=dataworkspublic, expected_type=type_hints["dataworkspublic"])
            check_type(argname="argument dataworks_public", value=dataworks_public, expected_type=type_hints["dataworks_public"])
            check_type(argname="argument dbfs", value=dbfs, expected_type=type_hints["dbfs"])
            check_type(argname="argument dbs", value=dbs, expected_type=type_hints["dbs"])
            check_type(argname="argument dcdn", value=dcdn, expected_type=type_hints["dcdn"])
            check_type(argname="argument ddosbasic", value=ddosbasic, expected_type=type_hints["ddosbasic"])
            check_type(argname="argument ddosbgp", value=ddosbgp, expected_type=type_hints["ddosbgp"])
            check_type(argname="argument ddoscoo", value=ddoscoo, expected_type=type_hints["ddoscoo"])
            check_type(argname="argument dds", value=dds, expected_type=type_hints["dds"])
            check_type(argname="argument devopsrdc", value=devopsrdc, expected_type=type_hints["devopsrdc"])
            check_type(argname="argument devops_rdc", value=devops_rdc, expected_type=type_hints["devops_rdc"])
            check_type(argname="argument dfs", value=dfs, expected_type=type_hints["dfs"])
            check_type(argname="argument dg", value=dg, expected_type=type_hints["dg"])
            check_type(argname="argument dm", value=dm, expected_type=type_hints["dm"])
            check_type(argname="argument dmsenterprise", value=dmsenterprise, expected_type=type_hints["dmsenterprise"])
            check_type(argname="argument dms_enterprise", value=dms_enterprise, expected_type=type_hints["dms_enterprise"])
            check_type(argname="argument dns", value=dns, expected_type=type_hints["dns"])
            check_type(argname="argument drds", value=drds, expected_type=type_hints["drds"])
            check_type(argname="argument dts", value=dts, expected_type=type_hints["dts"])
            check_type(argname="argument dysms", value=dysms, expected_type=type_hints["dysms"])
            check_type(argname="argument dysmsapi", value=dysmsapi, expected_type=type_hints["dysmsapi"])
            check_type(argname="argument eais", value=eais, expected_type=type_hints["eais"])
            check_type(argname="argument ebs", value=ebs, expected_type=type_hints["ebs"])
            check_type(argname="argument ecd", value=ecd, expected_type=type_hints["ecd"])
            check_type(argname="argument eci", value=eci, expected_type=type_hints["eci"])
            check_type(argname="argument ecs", value=ecs, expected_type=type_hints["ecs"])
            check_type(argname="argument edas", value=edas, expected_type=type_hints["edas"])
            check_type(argname="argument edasschedulerx", value=edasschedulerx, expected_type=type_hints["edasschedulerx"])
            check_type(argname="argument edsuser", value=edsuser, expected_type=type_hints["edsuser"])
            check_type(argname="argument eds_user", value=eds_user, expected_type=type_hints["eds_user"])
            check_type(argname="argument eflo", value=eflo, expected_type=type_hints["eflo"])
            check_type(argname="argument eflo_cnp", value=eflo_cnp, expected_type=type_hints["eflo_cnp"])
            check_type(argname="argument eflo_controller", value=eflo_controller, expected_type=type_hints["eflo_controller"])
            check_type(argname="argument ehpc", value=ehpc, expected_type=type_hints["ehpc"])
            check_type(argname="argument ehs", value=ehs, expected_type=type_hints["ehs"])
            check_type(argname="argument eipanycast", value=eipanycast, expected_type=type_hints["eipanycast"])
            check_type(argname="argument elasticsearch", value=elasticsearch, expected_type=type_hints["elasticsearch"])
            check_type(argname="argument emr", value=emr, expected_type=type_hints["emr"])
            check_type(argname="argument ens", value=ens, expected_type=type_hints["ens"])
            check_type(argname="argument esa", value=esa, expected_type=type_hints["esa"])
            check_type(argname="argument ess", value=ess, expected_type=type_hints["ess"])
            check_type(argname="argument eventbridge", value=eventbridge, expected_type=type_hints["eventbridge"])
            check_type(argname="argument fc", value=fc, expected_type=type_hints["fc"])
            check_type(argname="argument fc_open", value=fc_open, expected_type=type_hints["fc_open"])
            check_type(argname="argument fnf", value=fnf, expected_type=type_hints["fnf"])
            check_type(argname="argument ga", value=ga, expected_type=type_hints["ga"])
            check_type(argname="argument gaplus", value=gaplus, expected_type=type_hints["gaplus"])
            check_type(argname="argument gdb", value=gdb, expected_type=type_hints["gdb"])
            check_type(argname="argument gds", value=gds, expected_type=type_hints["gds"])
            check_type(argname="argument gpdb", value=gpdb, expected_type=type_hints["gpdb"])
            check_type(argname="argument gwlb", value=gwlb, expected_type=type_hints["gwlb"])
            check_type(argname="argument gwsecd", value=gwsecd, expected_type=type_hints["gwsecd"])
            check_type(argname="argument hbr", value=hbr, expected_type=type_hints["hbr"])
            check_type(argname="argument hcs_sgw", value=hcs_sgw, expected_type=type_hints["hcs_sgw"])
            check_type(argname="argument hitsdb", value=hitsdb, expected_type=type_hints["hitsdb"])
            check_type(argname="argument imm", value=imm, expected_type=type_hints["imm"])
            check_type(argname="argument imp", value=imp, expected_type=type_hints["imp"])
            check_type(argname="argument ims", value=ims, expected_type=type_hints["ims"])
            check_type(argname="argument iot", value=iot, expected_type=type_hints["iot"])
            check_type(argname="argument kms", value=kms, expected_type=type_hints["kms"])
            check_type(argname="argument kvstore", value=kvstore, expected_type=type_hints["kvstore"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument log", value=log, expected_type=type_hints["log"])
            check_type(argname="argument market", value=market, expected_type=type_hints["market"])
            check_type(argname="argument maxcompute", value=maxcompute, expected_type=type_hints["maxcompute"])
            check_type(argname="argument mhub", value=mhub, expected_type=type_hints["mhub"])
            check_type(argname="argument mns", value=mns, expected_type=type_hints["mns"])
            check_type(argname="argument mns_open", value=mns_open, expected_type=type_hints["mns_open"])
            check_type(argname="argument mscopensubscription", value=mscopensubscription, expected_type=type_hints["mscopensubscription"])
            check_type(argname="argument mse", value=mse, expected_type=type_hints["mse"])
            check_type(argname="argument nas", value=nas, expected_type=type_hints["nas"])
            check_type(argname="argument nlb", value=nlb, expected_type=type_hints["nlb"])
            check_type(argname="argument oceanbase", value=oceanbase, expected_type=type_hints["oceanbase"])
            check_type(argname="argument oceanbasepro", value=oceanbasepro, expected_type=type_hints["oceanbasepro"])
            check_type(argname="argument ons", value=ons, expected_type=type_hints["ons"])
            check_type(argname="argument onsproxy", value=onsproxy, expected_type=type_hints["onsproxy"])
            check_type(argname="argument oos", value=oos, expected_type=type_hints["oos"])
            check_type(argname="argument opensearch", value=opensearch, expected_type=type_hints["opensearch"])
            check_type(argname="argument oss", value=oss, expected_type=type_hints["oss"])
            check_type(argname="argument ots", value=ots, expected_type=type_hints["ots"])
            check_type(argname="argument polardb", value=polardb, expected_type=type_hints["polardb"])
            check_type(argname="argument polardbx", value=polardbx, expected_type=type_hints["polardbx"])
            check_type(argname="argument privatelink", value=privatelink, expected_type=type_hints["privatelink"])
            check_type(argname="argument pvtz", value=pvtz, expected_type=type_hints["pvtz"])
            check_type(argname="argument quickbi", value=quickbi, expected_type=type_hints["quickbi"])
            check_type(argname="argument quickbi_public", value=quickbi_public, expected_type=type_hints["quickbi_public"])
            check_type(argname="argument quotas", value=quotas, expected_type=type_hints["quotas"])
            check_type(argname="argument ram", value=ram, expected_type=type_hints["ram"])
            check_type(argname="argument rds", value=rds, expected_type=type_hints["rds"])
            check_type(argname="argument redisa", value=redisa, expected_type=type_hints["redisa"])
            check_type(argname="argument resourcemanager", value=resourcemanager, expected_type=type_hints["resourcemanager"])
            check_type(argname="argument resourcesharing", value=resourcesharing, expected_type=type_hints["resourcesharing"])
            check_type(argname="argument ressharing", value=ressharing, expected_type=type_hints["ressharing"])
            check_type(argname="argument r_kvstore", value=r_kvstore, expected_type=type_hints["r_kvstore"])
            check_type(argname="argument rocketmq", value=rocketmq, expected_type=type_hints["rocketmq"])
            check_type(argname="argument ros", value=ros, expected_type=type_hints["ros"])
            check_type(argname="argument sae", value=sae, expected_type=type_hints["sae"])
            check_type(argname="argument sas", value=sas, expected_type=type_hints["sas"])
            check_type(argname="argument scdn", value=scdn, expected_type=type_hints["scdn"])
            check_type(argname="argument schedulerx2", value=schedulerx2, expected_type=type_hints["schedulerx2"])
            check_type(argname="argument sddp", value=sddp, expected_type=type_hints["sddp"])
            check_type(argname="argument selectdb", value=selectdb, expected_type=type_hints["selectdb"])
            check_type(argname="argument serverless", value=serverless, expected_type=type_hints["serverless"])
            check_type(argname="argument servicecatalog", value=servicecatalog, expected_type=type_hints["servicecatalog"])
            check_type(argname="argument servicemesh", value=servicemesh, expected_type=type_hints["servicemesh"])
            check_type(argname="argument sgw", value=sgw, expected_type=type_hints["sgw"])
            check_type(argname="argument slb", value=slb, expected_type=type_hints["slb"])
            check_type(argname="argument smartag", value=smartag, expected_type=type_hints["smartag"])
            check_type(argname="argument srvcatalog", value=srvcatalog, expected_type=type_hints["srvcatalog"])
            check_type(argname="argument sts", value=sts, expected_type=type_hints["sts"])
            check_type(argname="argument swas", value=swas, expected_type=type_hints["swas"])
            check_type(argname="argument swas_open", value=swas_open, expected_type=type_hints["swas_open"])
            check_type(argname="argument tag", value=tag, expected_type=type_hints["tag"])
            check_type(argname="argument vod", value=vod, expected_type=type_hints["vod"])
            check_type(argname="argument vpc", value=vpc, expected_type=type_hints["vpc"])
            check_type(argname="argument vpcipam", value=vpcipam, expected_type=type_hints["vpcipam"])
            check_type(argname="argument vpcpeer", value=vpcpeer, expected_type=type_hints["vpcpeer"])
            check_type(argname="argument vs", value=vs, expected_type=type_hints["vs"])
            check_type(argname="argument waf", value=waf, expected_type=type_hints["waf"])
            check_type(argname="argument waf_openapi", value=waf_openapi, expected_type=type_hints["waf_openapi"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if acr is not None:
            self._values["acr"] = acr
        if actiontrail is not None:
            self._values["actiontrail"] = actiontrail
        if adb is not None:
            self._values["adb"] = adb
        if aiworkspace is not None:
            self._values["aiworkspace"] = aiworkspace
        if alb is not None:
            self._values["alb"] = alb
        if alidfs is not None:
            self._values["alidfs"] = alidfs
        if alidns is not None:
            self._values["alidns"] = alidns
        if alikafka is not None:
            self._values["alikafka"] = alikafka
        if amqp is not None:
            self._values["amqp"] = amqp
        if antiddos_public is not None:
            self._values["antiddos_public"] = antiddos_public
        if apig is not None:
            self._values["apig"] = apig
        if apigateway is not None:
            self._values["apigateway"] = apigateway
        if arms is not None:
            self._values["arms"] = arms
        if bastionhost is not None:
            self._values["bastionhost"] = bastionhost
        if beebot is not None:
            self._values["beebot"] = beebot
        if bpstudio is not None:
            self._values["bpstudio"] = bpstudio
        if brain_industrial is not None:
            self._values["brain_industrial"] = brain_industrial
        if bssopenapi is not None:
            self._values["bssopenapi"] = bssopenapi
        if cas is not None:
            self._values["cas"] = cas
        if cassandra is not None:
            self._values["cassandra"] = cassandra
        if cbn is not None:
            self._values["cbn"] = cbn
        if cbs is not None:
            self._values["cbs"] = cbs
        if cddc is not None:
            self._values["cddc"] = cddc
        if cdn is not None:
            self._values["cdn"] = cdn
        if cds is not None:
            self._values["cds"] = cds
        if chatbot is not None:
            self._values["chatbot"] = chatbot
        if clickhouse is not None:
            self._values["clickhouse"] = clickhouse
        if cloudapi is not None:
            self._values["cloudapi"] = cloudapi
        if cloudauth is not None:
            self._values["cloudauth"] = cloudauth
        if cloudfirewall is not None:
            self._values["cloudfirewall"] = cloudfirewall
        if cloudfw is not None:
            self._values["cloudfw"] = cloudfw
        if cloudphone is not None:
            self._values["cloudphone"] = cloudphone
        if cloudsso is not None:
            self._values["cloudsso"] = cloudsso
        if cms is not None:
            self._values["cms"] = cms
        if computenest is not None:
            self._values["computenest"] = computenest
        if config is not None:
            self._values["config"] = config
        if cr is not None:
            self._values["cr"] = cr
        if cs is not None:
            self._values["cs"] = cs
        if das is not None:
            self._values["das"] = das
        if datahub is not None:
            self._values["datahub"] = datahub
        if dataworkspublic is not None:
            self._values["dataworkspublic"] = dataworkspublic
        if dataworks_public is not None:
            self._values["dataworks_public"] = dataworks_public
        if dbfs is not None:
            self._values["dbfs"] = dbfs
        if dbs is not None:
            self._values["dbs"] = dbs
        if dcdn is not None:
            self._values["dcdn"] = dcdn
        if ddosbasic is not None:
            self._values["ddosbasic"] = ddosbasic
        if ddosbgp is not None:
            self._values["ddosbgp"] = ddosbgp
        if ddoscoo is not None:
            self._values["ddoscoo"] = ddoscoo
        if dds is not None:
            self._values["dds"] = dds
        if devopsrdc is not None:
            self._values["devopsrdc"] = devopsrdc
        if devops_rdc is not None:
            self._values["devops_rdc"] = devops_rdc
        if dfs is not None:
            self._values["dfs"] = dfs
        if dg is not None:
            self._values["dg"] = dg
        if dm is not None:
            self._values["dm"] = dm
        if dmsenterprise is not None:
            self._values["dmsenterprise"] = dmsenterprise
        if dms_enterprise is not None:
            self._values["dms_enterprise"] = dms_enterprise
        if dns is not None:
            self._values["dns"] = dns
        if drds is not None:
            self._values["drds"] = drds
        if dts is not None:
            self._values["dts"] = dts
        if dysms is not None:
            self._values["dysms"] = dysms
        if dysmsapi is not None:
            self._values["dysmsapi"] = dysmsapi
        if eais is not None:
            self._values["eais"] = eais
        if ebs is not None:
            self._values["ebs"] = ebs
        if ecd is not None:
            self._values["ecd"] = ecd
        if eci is not None:
            self._values["eci"] = eci
        if ecs is not None:
            self._values["ecs"] = ecs
        if edas is not None:
            self._values["edas"] = edas
        if edasschedulerx is not None:
            self._values["edasschedulerx"] = edasschedulerx
        if edsuser is not None:
            self._values["edsuser"] = edsuser
        if eds_user is not None:
            self._values["eds_user"] = eds_user
        if eflo is not None:
            self._values["eflo"] = eflo
        if eflo_cnp is not None:
            self._values["eflo_cnp"] = eflo_cnp
        if eflo_controller is not None:
            self._values["eflo_controller"] = eflo_controller
        if ehpc is not None:
            self._values["ehpc"] = ehpc
        if ehs is not None:
            self._values["ehs"] = ehs
        if eipanycast is not None:
            self._values["eipanycast"] = eipanycast
        if elasticsearch is not None:
            self._values["elasticsearch"] = elasticsearch
        if emr is not None:
            self._values["emr"] = emr
        if ens is not None:
            self._values["ens"] = ens
        if esa is not None:
            self._values["esa"] = esa
        if ess is not None:
            self._values["ess"] = ess
        if eventbridge is not None:
            self._values["eventbridge"] = eventbridge
        if fc is not None:
            self._values["fc"] = fc
        if fc_open is not None:
            self._values["fc_open"] = fc_open
        if fnf is not None:
            self._values["fnf"] = fnf
        if ga is not None:
            self._values["ga"] = ga
        if gaplus is not None:
            self._values["gaplus"] = gaplus
        if gdb is not None:
            self._values["gdb"] = gdb
        if gds is not None:
            self._values["gds"] = gds
        if gpdb is not None:
            self._values["gpdb"] = gpdb
        if gwlb is not None:
            self._values["gwlb"] = gwlb
        if gwsecd is not None:
            self._values["gwsecd"] = gwsecd
        if hbr is not None:
            self._values["hbr"] = hbr
        if hcs_sgw is not None:
            self._values["hcs_sgw"] = hcs_sgw
        if hitsdb is not None:
            self._values["hitsdb"] = hitsdb
        if imm is not None:
            self._values["imm"] = imm
        if imp is not None:
            self._values["imp"] = imp
        if ims is not None:
            self._values["ims"] = ims
        if iot is not None:
            self._values["iot"] = iot
        if kms is not None:
            self._values["kms"] = kms
        if kvstore is not None:
            self._values["kvstore"] = kvstore
        if location is not None:
            self._values["location"] = location
        if log is not None:
            self._values["log"] = log
        if market is not None:
            self._values["market"] = market
        if maxcompute is not None:
            self._values["maxcompute"] = maxcompute
        if mhub is not None:
            self._values["mhub"] = mhub
        if mns is not None:
            self._values["mns"] = mns
        if mns_open is not None:
            self._values["mns_open"] = mns_open
        if mscopensubscription is not None:
            self._values["mscopensubscription"] = mscopensubscription
        if mse is not None:
            self._values["mse"] = mse
        if nas is not None:
            self._values["nas"] = nas
        if nlb is not None:
            self._values["nlb"] = nlb
        if oceanbase is not None:
            self._values["oceanbase"] = oceanbase
        if oceanbasepro is not None:
            self._values["oceanbasepro"] = oceanbasepro
        if ons is not None:
            self._values["ons"] = ons
        if onsproxy is not None:
            self._values["onsproxy"] = onsproxy
        if oos is not None:
            self._values["oos"] = oos
        if opensearch is not None:
            self._values["opensearch"] = opensearch
        if oss is not None:
            self._values["oss"] = oss
        if ots is not None:
            self._values["ots"] = ots
        if polardb is not None:
            self._values["polardb"] = polardb
        if polardbx is not None:
            self._values["polardbx"] = polardbx
        if privatelink is not None:
            self._values["privatelink"] = privatelink
        if pvtz is not None:
            self._values["pvtz"] = pvtz
        if quickbi is not None:
            self._values["quickbi"] = quickbi
        if quickbi_public is not None:
            self._values["quickbi_public"] = quickbi_public
        if quotas is not None:
            self._values["quotas"] = quotas
        if ram is not None:
            self._values["ram"] = ram
        if rds is not None:
            self._values["rds"] = rds
        if redisa is not None:
            self._values["redisa"] = redisa
        if resourcemanager is not None:
            self._values["resourcemanager"] = resourcemanager
        if resourcesharing is not None:
            self._values["resourcesharing"] = resourcesharing
        if ressharing is not None:
            self._values["ressharing"] = ressharing
        if r_kvstore is not None:
            self._values["r_kvstore"] = r_kvstore
        if rocketmq is not None:
            self._values["rocketmq"] = rocketmq
        if ros is not None:
            self._values["ros"] = ros
        if sae is not None:
            self._values["sae"] = sae
        if sas is not None:
            self._values["sas"] = sas
        if scdn is not None:
            self._values["scdn"] = scdn
        if schedulerx2 is not None:
            self._values["schedulerx2"] = schedulerx2
        if sddp is not None:
            self._values["sddp"] = sddp
        if selectdb is not None:
            self._values["selectdb"] = selectdb
        if serverless is not None:
            self._values["serverless"] = serverless
        if servicecatalog is not None:
            self._values["servicecatalog"] = servicecatalog
        if servicemesh is not None:
            self._values["servicemesh"] = servicemesh
        if sgw is not None:
            self._values["sgw"] = sgw
        if slb is not None:
            self._values["slb"] = slb
        if smartag is not None:
            self._values["smartag"] = smartag
        if srvcatalog is not None:
            self._values["srvcatalog"] = srvcatalog
        if sts is not None:
            self._values["sts"] = sts
        if swas is not None:
            self._values["swas"] = swas
        if swas_open is not None:
            self._values["swas_open"] = swas_open
        if tag is not None:
            self._values["tag"] = tag
        if vod is not None:
            self._values["vod"] = vod
        if vpc is not None:
            self._values["vpc"] = vpc
        if vpcipam is not None:
            self._values["vpcipam"] = vpcipam
        if vpcpeer is not None:
            self._values["vpcpeer"] = vpcpeer
        if vs is not None:
            self._values["vs"] = vs
        if waf is not None:
            self._values["waf"] = waf
        if waf_openapi is not None:
            self._values["waf_openapi"] = waf_openapi

    @builtins.property
    def acr(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#acr AlicloudProvider#acr}.'''
        result = self._values.get("acr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def actiontrail(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#actiontrail AlicloudProvider#actiontrail}.'''
        result = self._values.get("actiontrail")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def adb(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#adb AlicloudProvider#adb}.'''
        result = self._values.get("adb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aiworkspace(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#aiworkspace AlicloudProvider#aiworkspace}.'''
        result = self._values.get("aiworkspace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def alb(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#alb AlicloudProvider#alb}.'''
        result = self._values.get("alb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def alidfs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#alidfs AlicloudProvider#alidfs}.'''
        result = self._values.get("alidfs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def alidns(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#alidns AlicloudProvider#alidns}.'''
        result = self._values.get("alidns")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def alikafka(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#alikafka AlicloudProvider#alikafka}.'''
        result = self._values.get("alikafka")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def amqp(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#amqp AlicloudProvider#amqp}.'''
        result = self._values.get("amqp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def antiddos_public(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#antiddos_public AlicloudProvider#antiddos_public}.'''
        result = self._values.get("antiddos_public")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def apig(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#apig AlicloudProvider#apig}.'''
        result = self._values.get("apig")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def apigateway(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#apigateway AlicloudProvider#apigateway}.'''
        result = self._values.get("apigateway")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def arms(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#arms AlicloudProvider#arms}.'''
        result = self._values.get("arms")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bastionhost(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#bastionhost AlicloudProvider#bastionhost}.'''
        result = self._values.get("bastionhost")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def beebot(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#beebot AlicloudProvider#beebot}.'''
        result = self._values.get("beebot")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bpstudio(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#bpstudio AlicloudProvider#bpstudio}.'''
        result = self._values.get("bpstudio")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def brain_industrial(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#brain_industrial AlicloudProvider#brain_industrial}.'''
        result = self._values.get("brain_industrial")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bssopenapi(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#bssopenapi AlicloudProvider#bssopenapi}.'''
        result = self._values.get("bssopenapi")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cas(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cas AlicloudProvider#cas}.'''
        result = self._values.get("cas")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cassandra(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cassandra AlicloudProvider#cassandra}.'''
        result = self._values.get("cassandra")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cbn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cbn AlicloudProvider#cbn}.'''
        result = self._values.get("cbn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cbs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cbs AlicloudProvider#cbs}.'''
        result = self._values.get("cbs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cddc(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cddc AlicloudProvider#cddc}.'''
        result = self._values.get("cddc")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cdn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cdn AlicloudProvider#cdn}.'''
        result = self._values.get("cdn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cds(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cds AlicloudProvider#cds}.'''
        result = self._values.get("cds")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def chatbot(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#chatbot AlicloudProvider#chatbot}.'''
        result = self._values.get("chatbot")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def clickhouse(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#clickhouse AlicloudProvider#clickhouse}.'''
        result = self._values.get("clickhouse")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cloudapi(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cloudapi AlicloudProvider#cloudapi}.'''
        result = self._values.get("cloudapi")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cloudauth(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cloudauth AlicloudProvider#cloudauth}.'''
        result = self._values.get("cloudauth")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cloudfirewall(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cloudfirewall AlicloudProvider#cloudfirewall}.'''
        result = self._values.get("cloudfirewall")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cloudfw(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cloudfw AlicloudProvider#cloudfw}.'''
        result = self._values.get("cloudfw")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cloudphone(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cloudphone AlicloudProvider#cloudphone}.'''
        result = self._values.get("cloudphone")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cloudsso(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cloudsso AlicloudProvider#cloudsso}.'''
        result = self._values.get("cloudsso")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cms(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cms AlicloudProvider#cms}.'''
        result = self._values.get("cms")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def computenest(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#computenest AlicloudProvider#computenest}.'''
        result = self._values.get("computenest")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def config(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#config AlicloudProvider#config}.'''
        result = self._values.get("config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cr(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cr AlicloudProvider#cr}.'''
        result = self._values.get("cr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#cs AlicloudProvider#cs}.'''
        result = self._values.get("cs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def das(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#das AlicloudProvider#das}.'''
        result = self._values.get("das")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def datahub(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#datahub AlicloudProvider#datahub}.'''
        result = self._values.get("datahub")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dataworkspublic(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dataworkspublic AlicloudProvider#dataworkspublic}.'''
        result = self._values.get("dataworkspublic")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dataworks_public(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dataworks_public AlicloudProvider#dataworks_public}.'''
        result = self._values.get("dataworks_public")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dbfs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dbfs AlicloudProvider#dbfs}.'''
        result = self._values.get("dbfs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dbs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dbs AlicloudProvider#dbs}.'''
        result = self._values.get("dbs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dcdn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dcdn AlicloudProvider#dcdn}.'''
        result = self._values.get("dcdn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ddosbasic(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ddosbasic AlicloudProvider#ddosbasic}.'''
        result = self._values.get("ddosbasic")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ddosbgp(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ddosbgp AlicloudProvider#ddosbgp}.'''
        result = self._values.get("ddosbgp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ddoscoo(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ddoscoo AlicloudProvider#ddoscoo}.'''
        result = self._values.get("ddoscoo")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dds(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dds AlicloudProvider#dds}.'''
        result = self._values.get("dds")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def devopsrdc(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#devopsrdc AlicloudProvider#devopsrdc}.'''
        result = self._values.get("devopsrdc")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def devops_rdc(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#devops_rdc AlicloudProvider#devops_rdc}.'''
        result = self._values.get("devops_rdc")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dfs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dfs AlicloudProvider#dfs}.'''
        result = self._values.get("dfs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dg(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dg AlicloudProvider#dg}.'''
        result = self._values.get("dg")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dm(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dm AlicloudProvider#dm}.'''
        result = self._values.get("dm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dmsenterprise(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dmsenterprise AlicloudProvider#dmsenterprise}.'''
        result = self._values.get("dmsenterprise")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dms_enterprise(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dms_enterprise AlicloudProvider#dms_enterprise}.'''
        result = self._values.get("dms_enterprise")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dns(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dns AlicloudProvider#dns}.'''
        result = self._values.get("dns")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def drds(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#drds AlicloudProvider#drds}.'''
        result = self._values.get("drds")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dts(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dts AlicloudProvider#dts}.'''
        result = self._values.get("dts")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dysms(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dysms AlicloudProvider#dysms}.'''
        result = self._values.get("dysms")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dysmsapi(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#dysmsapi AlicloudProvider#dysmsapi}.'''
        result = self._values.get("dysmsapi")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def eais(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eais AlicloudProvider#eais}.'''
        result = self._values.get("eais")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ebs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ebs AlicloudProvider#ebs}.'''
        result = self._values.get("ebs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ecd(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ecd AlicloudProvider#ecd}.'''
        result = self._values.get("ecd")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def eci(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eci AlicloudProvider#eci}.'''
        result = self._values.get("eci")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ecs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ecs AlicloudProvider#ecs}.'''
        result = self._values.get("ecs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def edas(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#edas AlicloudProvider#edas}.'''
        result = self._values.get("edas")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def edasschedulerx(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#edasschedulerx AlicloudProvider#edasschedulerx}.'''
        result = self._values.get("edasschedulerx")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def edsuser(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#edsuser AlicloudProvider#edsuser}.'''
        result = self._values.get("edsuser")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def eds_user(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eds_user AlicloudProvider#eds_user}.'''
        result = self._values.get("eds_user")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def eflo(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eflo AlicloudProvider#eflo}.'''
        result = self._values.get("eflo")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def eflo_cnp(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eflo_cnp AlicloudProvider#eflo_cnp}.'''
        result = self._values.get("eflo_cnp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def eflo_controller(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eflo_controller AlicloudProvider#eflo_controller}.'''
        result = self._values.get("eflo_controller")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ehpc(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ehpc AlicloudProvider#ehpc}.'''
        result = self._values.get("ehpc")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ehs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ehs AlicloudProvider#ehs}.'''
        result = self._values.get("ehs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def eipanycast(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eipanycast AlicloudProvider#eipanycast}.'''
        result = self._values.get("eipanycast")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def elasticsearch(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#elasticsearch AlicloudProvider#elasticsearch}.'''
        result = self._values.get("elasticsearch")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def emr(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#emr AlicloudProvider#emr}.'''
        result = self._values.get("emr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ens(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ens AlicloudProvider#ens}.'''
        result = self._values.get("ens")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def esa(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#esa AlicloudProvider#esa}.'''
        result = self._values.get("esa")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ess(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ess AlicloudProvider#ess}.'''
        result = self._values.get("ess")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def eventbridge(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#eventbridge AlicloudProvider#eventbridge}.'''
        result = self._values.get("eventbridge")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fc(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#fc AlicloudProvider#fc}.'''
        result = self._values.get("fc")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fc_open(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#fc_open AlicloudProvider#fc_open}.'''
        result = self._values.get("fc_open")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fnf(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#fnf AlicloudProvider#fnf}.'''
        result = self._values.get("fnf")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ga(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ga AlicloudProvider#ga}.'''
        result = self._values.get("ga")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gaplus(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#gaplus AlicloudProvider#gaplus}.'''
        result = self._values.get("gaplus")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gdb(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#gdb AlicloudProvider#gdb}.'''
        result = self._values.get("gdb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gds(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#gds AlicloudProvider#gds}.'''
        result = self._values.get("gds")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gpdb(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#gpdb AlicloudProvider#gpdb}.'''
        result = self._values.get("gpdb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gwlb(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#gwlb AlicloudProvider#gwlb}.'''
        result = self._values.get("gwlb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gwsecd(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#gwsecd AlicloudProvider#gwsecd}.'''
        result = self._values.get("gwsecd")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hbr(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#hbr AlicloudProvider#hbr}.'''
        result = self._values.get("hbr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hcs_sgw(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#hcs_sgw AlicloudProvider#hcs_sgw}.'''
        result = self._values.get("hcs_sgw")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hitsdb(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#hitsdb AlicloudProvider#hitsdb}.'''
        result = self._values.get("hitsdb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def imm(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#imm AlicloudProvider#imm}.'''
        result = self._values.get("imm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def imp(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#imp AlicloudProvider#imp}.'''
        result = self._values.get("imp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ims(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ims AlicloudProvider#ims}.'''
        result = self._values.get("ims")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def iot(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#iot AlicloudProvider#iot}.'''
        result = self._values.get("iot")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kms(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#kms AlicloudProvider#kms}.'''
        result = self._values.get("kms")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kvstore(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#kvstore AlicloudProvider#kvstore}.'''
        result = self._values.get("kvstore")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def location(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#location AlicloudProvider#location}.'''
        result = self._values.get("location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#log AlicloudProvider#log}.'''
        result = self._values.get("log")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def market(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#market AlicloudProvider#market}.'''
        result = self._values.get("market")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maxcompute(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#maxcompute AlicloudProvider#maxcompute}.'''
        result = self._values.get("maxcompute")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mhub(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mhub AlicloudProvider#mhub}.'''
        result = self._values.get("mhub")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mns(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mns AlicloudProvider#mns}.'''
        result = self._values.get("mns")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mns_open(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mns_open AlicloudProvider#mns_open}.'''
        result = self._values.get("mns_open")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mscopensubscription(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mscopensubscription AlicloudProvider#mscopensubscription}.'''
        result = self._values.get("mscopensubscription")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mse(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#mse AlicloudProvider#mse}.'''
        result = self._values.get("mse")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def nas(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#nas AlicloudProvider#nas}.'''
        result = self._values.get("nas")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def nlb(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#nlb AlicloudProvider#nlb}.'''
        result = self._values.get("nlb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oceanbase(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oceanbase AlicloudProvider#oceanbase}.'''
        result = self._values.get("oceanbase")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oceanbasepro(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oceanbasepro AlicloudProvider#oceanbasepro}.'''
        result = self._values.get("oceanbasepro")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ons(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ons AlicloudProvider#ons}.'''
        result = self._values.get("ons")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def onsproxy(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#onsproxy AlicloudProvider#onsproxy}.'''
        result = self._values.get("onsproxy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oos(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oos AlicloudProvider#oos}.'''
        result = self._values.get("oos")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def opensearch(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#opensearch AlicloudProvider#opensearch}.'''
        result = self._values.get("opensearch")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oss(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oss AlicloudProvider#oss}.'''
        result = self._values.get("oss")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ots(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ots AlicloudProvider#ots}.'''
        result = self._values.get("ots")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def polardb(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#polardb AlicloudProvider#polardb}.'''
        result = self._values.get("polardb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def polardbx(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#polardbx AlicloudProvider#polardbx}.'''
        result = self._values.get("polardbx")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def privatelink(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#privatelink AlicloudProvider#privatelink}.'''
        result = self._values.get("privatelink")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pvtz(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#pvtz AlicloudProvider#pvtz}.'''
        result = self._values.get("pvtz")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def quickbi(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#quickbi AlicloudProvider#quickbi}.'''
        result = self._values.get("quickbi")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def quickbi_public(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#quickbi_public AlicloudProvider#quickbi_public}.'''
        result = self._values.get("quickbi_public")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def quotas(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#quotas AlicloudProvider#quotas}.'''
        result = self._values.get("quotas")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ram(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ram AlicloudProvider#ram}.'''
        result = self._values.get("ram")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rds(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#rds AlicloudProvider#rds}.'''
        result = self._values.get("rds")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redisa(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#redisa AlicloudProvider#redisa}.'''
        result = self._values.get("redisa")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resourcemanager(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#resourcemanager AlicloudProvider#resourcemanager}.'''
        result = self._values.get("resourcemanager")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resourcesharing(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#resourcesharing AlicloudProvider#resourcesharing}.'''
        result = self._values.get("resourcesharing")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ressharing(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ressharing AlicloudProvider#ressharing}.'''
        result = self._values.get("ressharing")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def r_kvstore(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#r_kvstore AlicloudProvider#r_kvstore}.'''
        result = self._values.get("r_kvstore")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rocketmq(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#rocketmq AlicloudProvider#rocketmq}.'''
        result = self._values.get("rocketmq")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ros(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#ros AlicloudProvider#ros}.'''
        result = self._values.get("ros")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sae(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sae AlicloudProvider#sae}.'''
        result = self._values.get("sae")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sas(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sas AlicloudProvider#sas}.'''
        result = self._values.get("sas")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scdn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#scdn AlicloudProvider#scdn}.'''
        result = self._values.get("scdn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def schedulerx2(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#schedulerx2 AlicloudProvider#schedulerx2}.'''
        result = self._values.get("schedulerx2")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sddp(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sddp AlicloudProvider#sddp}.'''
        result = self._values.get("sddp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def selectdb(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#selectdb AlicloudProvider#selectdb}.'''
        result = self._values.get("selectdb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def serverless(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#serverless AlicloudProvider#serverless}.'''
        result = self._values.get("serverless")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servicecatalog(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#servicecatalog AlicloudProvider#servicecatalog}.'''
        result = self._values.get("servicecatalog")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servicemesh(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#servicemesh AlicloudProvider#servicemesh}.'''
        result = self._values.get("servicemesh")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sgw(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sgw AlicloudProvider#sgw}.'''
        result = self._values.get("sgw")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def slb(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#slb AlicloudProvider#slb}.'''
        result = self._values.get("slb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def smartag(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#smartag AlicloudProvider#smartag}.'''
        result = self._values.get("smartag")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def srvcatalog(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#srvcatalog AlicloudProvider#srvcatalog}.'''
        result = self._values.get("srvcatalog")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sts(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sts AlicloudProvider#sts}.'''
        result = self._values.get("sts")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def swas(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#swas AlicloudProvider#swas}.'''
        result = self._values.get("swas")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def swas_open(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#swas_open AlicloudProvider#swas_open}.'''
        result = self._values.get("swas_open")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tag(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#tag AlicloudProvider#tag}.'''
        result = self._values.get("tag")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vod(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#vod AlicloudProvider#vod}.'''
        result = self._values.get("vod")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vpc(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#vpc AlicloudProvider#vpc}.'''
        result = self._values.get("vpc")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vpcipam(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#vpcipam AlicloudProvider#vpcipam}.'''
        result = self._values.get("vpcipam")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vpcpeer(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#vpcpeer AlicloudProvider#vpcpeer}.'''
        result = self._values.get("vpcpeer")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#vs AlicloudProvider#vs}.'''
        result = self._values.get("vs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def waf(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#waf AlicloudProvider#waf}.'''
        result = self._values.get("waf")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def waf_openapi(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#waf_openapi AlicloudProvider#waf_openapi}.'''
        result = self._values.get("waf_openapi")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AlicloudProviderEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="alicloud.provider.AlicloudProviderSignVersion",
    jsii_struct_bases=[],
    name_mapping={"oss": "oss", "sls": "sls"},
)
class AlicloudProviderSignVersion:
    def __init__(
        self,
        *,
        oss: typing.Optional[builtins.str] = None,
        sls: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param oss: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oss AlicloudProvider#oss}.
        :param sls: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sls AlicloudProvider#sls}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__603a863a57a8cf436576f854437d2562837bc6cec97dd3c2cf04e4eae4bc0707)
            check_type(argname="argument oss", value=oss, expected_type=type_hints["oss"])
            check_type(argname="argument sls", value=sls, expected_type=type_hints["sls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if oss is not None:
            self._values["oss"] = oss
        if sls is not None:
            self._values["sls"] = sls

    @builtins.property
    def oss(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#oss AlicloudProvider#oss}.'''
        result = self._values.get("oss")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sls(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/1.283.0/docs#sls AlicloudProvider#sls}.'''
        result = self._values.get("sls")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AlicloudProviderSignVersion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "AlicloudProvider",
    "AlicloudProviderAssumeRole",
    "AlicloudProviderAssumeRoleWithOidc",
    "AlicloudProviderConfig",
    "AlicloudProviderEndpoints",
    "AlicloudProviderSignVersion",
]

publication.publish()

def _typecheckingstub__6a0ed1ac2fad4ebf4c76bc3416e57bfee400871ff717ea9de7225af43ab7a5d5(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    access_key: typing.Optional[builtins.str] = None,
    account_id: typing.Optional[builtins.str] = None,
    account_type: typing.Optional[builtins.str] = None,
    alias: typing.Optional[builtins.str] = None,
    assume_role: typing.Optional[typing.Union[AlicloudProviderAssumeRole, typing.Dict[builtins.str, typing.Any]]] = None,
    assume_role_with_oidc: typing.Optional[typing.Union[AlicloudProviderAssumeRoleWithOidc, typing.Dict[builtins.str, typing.Any]]] = None,
    client_connect_timeout: typing.Optional[jsii.Number] = None,
    client_read_timeout: typing.Optional[jsii.Number] = None,
    configuration_source: typing.Optional[builtins.str] = None,
    credentials_uri: typing.Optional[builtins.str] = None,
    ecs_role_name: typing.Optional[builtins.str] = None,
    endpoints: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AlicloudProviderEndpoints, typing.Dict[builtins.str, typing.Any]]]]] = None,
    fc: typing.Optional[builtins.str] = None,
    log_endpoint: typing.Optional[builtins.str] = None,
    max_retry_timeout: typing.Optional[jsii.Number] = None,
    mns_endpoint: typing.Optional[builtins.str] = None,
    ots_instance_name: typing.Optional[builtins.str] = None,
    profile: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
    secret_key: typing.Optional[builtins.str] = None,
    secure_transport: typing.Optional[builtins.str] = None,
    security_token: typing.Optional[builtins.str] = None,
    security_transport: typing.Optional[builtins.str] = None,
    shared_credentials_file: typing.Optional[builtins.str] = None,
    sign_version: typing.Optional[typing.Union[AlicloudProviderSignVersion, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_region_validation: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    source_ip: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e460d77d7b96170950090f0b45a59550eff84ee54aa82124ef35110c0f403b51(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ffa1fd303d6888d51dc674540f98d8e041a51d9f83dcf9601f7199140eb1dd8d(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35fd6a29768ea37d1683224995cb7d949a2b600e27efb6d6e500bdd4d7fc690a(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49183b1521ef11e70a43a091f94224735f92a4b180680b2aa11ba5f9ca26c9e1(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73b0dbd38f74f98e17ce02199398251996d2e5847aa56fb6ab0675d85dfe72e9(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8f42c29bc746b3720f2b6ba4fdbddc045900e85c3cbb5dd2ef700f1c421f2b0(
    value: typing.Optional[AlicloudProviderAssumeRole],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3495546bd6f73faf4c31d87fd3c08364d989b9dd2f818d7b9c04eb594021d317(
    value: typing.Optional[AlicloudProviderAssumeRoleWithOidc],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3132daa4ae5231c888ed916866b1bee82c89b4a7d8e88e52e156a19f81e67d35(
    value: typing.Optional[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5320ce753d07e9eef50f67a6f4c48d4257d50ae863545caf05e0bb6ce81644eb(
    value: typing.Optional[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7a13622ebbd25df283247695d6fe38a8871b86b69adc224f058157a564ef356(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__795565160ca3903d3f55581e4261278ebe8daa642a97209cb687708c9ce6c542(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1370ba4129bf797955dede8abf80765c69c399999d48358937b21fc2e07b8e6a(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4c7fc8fd8ec63695c4b7f54d801d51d157f767b2c1d33d2c70ac31216f490ae(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AlicloudProviderEndpoints]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ba92a527ff5c9ec690b26bfdf252ad6713d817abe6086307a6ea95777f07cfb(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9dc28d2412dfbdc5b8a0e5e84ca5429a074a6f215da07f0d9949c5c30b88791(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4baa97a35ee11e644c223af9de2233ab7b16bc81e3c9fa6b32d32224e2d3a580(
    value: typing.Optional[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4bbc134283f71b69c2cf58c1b1949160341cc5f71de75a4d1b45c855ce110d4(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__818d5735f9a883d1bc226b734c12f331ade8c3b9a24ea20845e6a46a1c547765(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b618b509a4a7270d4c875d1336433c115b810ee23ce5f08453bd91e21055410(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0062bdddf2c0d7d96c5ec9fb81c6b384a4ca75f73175aec770b6dd89a79cc52e(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02f71c68a8c1d73280d8f3203283d6b0f97ecd45da57e8782b83749b7ed552b0(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af0ea29613e3fb8ed9868f9efa3bd2137f9f69d52a21f5043bb92badf7a7bfc3(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99b515b14606ff761595e9d81c68160bf63614b23f3f74a4c5490cc10b3637ca(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a93a6f0d9cc3837f866470ca8f6f16d82edb8e7403f8c4f88959afce168d735b(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__72bb28f8a0e5884167498635cc97663ab3ef00e5e2623be8db881c51d131a0cd(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__111a1f3f05fae35713f5cf6671a4c34c8cac7819d085144e54f7f1fbdbe94f9a(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38b9355852b37f700c252ef8d700814414b5df773c9f09b83414b4a4502254e2(
    value: typing.Optional[AlicloudProviderSignVersion],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a53ecc52b8e68fde70e9c67e0324c81c9cd0b0f33bb49b6ad3eb117672e4156(
    value: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__123a709600ab2a8eb24f4ab081cf5125ca1c9d6f0ae725c40f2841907dfb7cf3(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8c5001d7054bdb11cfc431e78c95094f9aba49f41ee4c585da9deba4810a541(
    *,
    role_arn: builtins.str,
    external_id: typing.Optional[builtins.str] = None,
    policy: typing.Optional[builtins.str] = None,
    session_expiration: typing.Optional[jsii.Number] = None,
    session_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36e82ed1afac642d4f5808ba18147c4baf9903e7e549d22b65476c91ebfb6775(
    *,
    oidc_provider_arn: builtins.str,
    role_arn: builtins.str,
    oidc_token: typing.Optional[builtins.str] = None,
    oidc_token_file: typing.Optional[builtins.str] = None,
    policy: typing.Optional[builtins.str] = None,
    role_session_name: typing.Optional[builtins.str] = None,
    session_expiration: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8fa4668bae2e322d9e1aaec21c4041af2e602b2c15e26005a58f3295fcf7abd(
    *,
    access_key: typing.Optional[builtins.str] = None,
    account_id: typing.Optional[builtins.str] = None,
    account_type: typing.Optional[builtins.str] = None,
    alias: typing.Optional[builtins.str] = None,
    assume_role: typing.Optional[typing.Union[AlicloudProviderAssumeRole, typing.Dict[builtins.str, typing.Any]]] = None,
    assume_role_with_oidc: typing.Optional[typing.Union[AlicloudProviderAssumeRoleWithOidc, typing.Dict[builtins.str, typing.Any]]] = None,
    client_connect_timeout: typing.Optional[jsii.Number] = None,
    client_read_timeout: typing.Optional[jsii.Number] = None,
    configuration_source: typing.Optional[builtins.str] = None,
    credentials_uri: typing.Optional[builtins.str] = None,
    ecs_role_name: typing.Optional[builtins.str] = None,
    endpoints: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AlicloudProviderEndpoints, typing.Dict[builtins.str, typing.Any]]]]] = None,
    fc: typing.Optional[builtins.str] = None,
    log_endpoint: typing.Optional[builtins.str] = None,
    max_retry_timeout: typing.Optional[jsii.Number] = None,
    mns_endpoint: typing.Optional[builtins.str] = None,
    ots_instance_name: typing.Optional[builtins.str] = None,
    profile: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
    secret_key: typing.Optional[builtins.str] = None,
    secure_transport: typing.Optional[builtins.str] = None,
    security_token: typing.Optional[builtins.str] = None,
    security_transport: typing.Optional[builtins.str] = None,
    shared_credentials_file: typing.Optional[builtins.str] = None,
    sign_version: typing.Optional[typing.Union[AlicloudProviderSignVersion, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_region_validation: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    source_ip: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a69ed6e206fb2e4a543bc77a6ad7de57bc3251b3f88738c78d2f6b74fe0b5225(
    *,
    acr: typing.Optional[builtins.str] = None,
    actiontrail: typing.Optional[builtins.str] = None,
    adb: typing.Optional[builtins.str] = None,
    aiworkspace: typing.Optional[builtins.str] = None,
    alb: typing.Optional[builtins.str] = None,
    alidfs: typing.Optional[builtins.str] = None,
    alidns: typing.Optional[builtins.str] = None,
    alikafka: typing.Optional[builtins.str] = None,
    amqp: typing.Optional[builtins.str] = None,
    antiddos_public: typing.Optional[builtins.str] = None,
    apig: typing.Optional[builtins.str] = None,
    apigateway: typing.Optional[builtins.str] = None,
    arms: typing.Optional[builtins.str] = None,
    bastionhost: typing.Optional[builtins.str] = None,
    beebot: typing.Optional[builtins.str] = None,
    bpstudio: typing.Optional[builtins.str] = None,
    brain_industrial: typing.Optional[builtins.str] = None,
    bssopenapi: typing.Optional[builtins.str] = None,
    cas: typing.Optional[builtins.str] = None,
    cassandra: typing.Optional[builtins.str] = None,
    cbn: typing.Optional[builtins.str] = None,
    cbs: typing.Optional[builtins.str] = None,
    cddc: typing.Optional[builtins.str] = None,
    cdn: typing.Optional[builtins.str] = None,
    cds: typing.Optional[builtins.str] = None,
    chatbot: typing.Optional[builtins.str] = None,
    clickhouse: typing.Optional[builtins.str] = None,
    cloudapi: typing.Optional[builtins.str] = None,
    cloudauth: typing.Optional[builtins.str] = None,
    cloudfirewall: typing.Optional[builtins.str] = None,
    cloudfw: typing.Optional[builtins.str] = None,
    cloudphone: typing.Optional[builtins.str] = None,
    cloudsso: typing.Optional[builtins.str] = None,
    cms: typing.Optional[builtins.str] = None,
    computenest: typing.Optional[builtins.str] = None,
    config: typing.Optional[builtins.str] = None,
    cr: typing.Optional[builtins.str] = None,
    cs: typing.Optional[builtins.str] = None,
    das: typing.Optional[builtins.str] = None,
    datahub: typing.Optional[builtins.str] = None,
    dataworkspublic: typing.Optional[builtins.str] = None,
    dataworks_public: typing.Optional[builtins.str] = None,
    dbfs: typing.Optional[builtins.str] = None,
    dbs: typing.Optional[builtins.str] = None,
    dcdn: typing.Optional[builtins.str] = None,
    ddosbasic: typing.Optional[builtins.str] = None,
    ddosbgp: typing.Optional[builtins.str] = None,
    ddoscoo: typing.Optional[builtins.str] = None,
    dds: typing.Optional[builtins.str] = None,
    devopsrdc: typing.Optional[builtins.str] = None,
    devops_rdc: typing.Optional[builtins.str] = None,
    dfs: typing.Optional[builtins.str] = None,
    dg: typing.Optional[builtins.str] = None,
    dm: typing.Optional[builtins.str] = None,
    dmsenterprise: typing.Optional[builtins.str] = None,
    dms_enterprise: typing.Optional[builtins.str] = None,
    dns: typing.Optional[builtins.str] = None,
    drds: typing.Optional[builtins.str] = None,
    dts: typing.Optional[builtins.str] = None,
    dysms: typing.Optional[builtins.str] = None,
    dysmsapi: typing.Optional[builtins.str] = None,
    eais: typing.Optional[builtins.str] = None,
    ebs: typing.Optional[builtins.str] = None,
    ecd: typing.Optional[builtins.str] = None,
    eci: typing.Optional[builtins.str] = None,
    ecs: typing.Optional[builtins.str] = None,
    edas: typing.Optional[builtins.str] = None,
    edasschedulerx: typing.Optional[builtins.str] = None,
    edsuser: typing.Optional[builtins.str] = None,
    eds_user: typing.Optional[builtins.str] = None,
    eflo: typing.Optional[builtins.str] = None,
    eflo_cnp: typing.Optional[builtins.str] = None,
    eflo_controller: typing.Optional[builtins.str] = None,
    ehpc: typing.Optional[builtins.str] = None,
    ehs: typing.Optional[builtins.str] = None,
    eipanycast: typing.Optional[builtins.str] = None,
    elasticsearch: typing.Optional[builtins.str] = None,
    emr: typing.Optional[builtins.str] = None,
    ens: typing.Optional[builtins.str] = None,
    esa: typing.Optional[builtins.str] = None,
    ess: typing.Optional[builtins.str] = None,
    eventbridge: typing.Optional[builtins.str] = None,
    fc: typing.Optional[builtins.str] = None,
    fc_open: typing.Optional[builtins.str] = None,
    fnf: typing.Optional[builtins.str] = None,
    ga: typing.Optional[builtins.str] = None,
    gaplus: typing.Optional[builtins.str] = None,
    gdb: typing.Optional[builtins.str] = None,
    gds: typing.Optional[builtins.str] = None,
    gpdb: typing.Optional[builtins.str] = None,
    gwlb: typing.Optional[builtins.str] = None,
    gwsecd: typing.Optional[builtins.str] = None,
    hbr: typing.Optional[builtins.str] = None,
    hcs_sgw: typing.Optional[builtins.str] = None,
    hitsdb: typing.Optional[builtins.str] = None,
    imm: typing.Optional[builtins.str] = None,
    imp: typing.Optional[builtins.str] = None,
    ims: typing.Optional[builtins.str] = None,
    iot: typing.Optional[builtins.str] = None,
    kms: typing.Optional[builtins.str] = None,
    kvstore: typing.Optional[builtins.str] = None,
    location: typing.Optional[builtins.str] = None,
    log: typing.Optional[builtins.str] = None,
    market: typing.Optional[builtins.str] = None,
    maxcompute: typing.Optional[builtins.str] = None,
    mhub: typing.Optional[builtins.str] = None,
    mns: typing.Optional[builtins.str] = None,
    mns_open: typing.Optional[builtins.str] = None,
    mscopensubscription: typing.Optional[builtins.str] = None,
    mse: typing.Optional[builtins.str] = None,
    nas: typing.Optional[builtins.str] = None,
    nlb: typing.Optional[builtins.str] = None,
    oceanbase: typing.Optional[builtins.str] = None,
    oceanbasepro: typing.Optional[builtins.str] = None,
    ons: typing.Optional[builtins.str] = None,
    onsproxy: typing.Optional[builtins.str] = None,
    oos: typing.Optional[builtins.str] = None,
    opensearch: typing.Optional[builtins.str] = None,
    oss: typing.Optional[builtins.str] = None,
    ots: typing.Optional[builtins.str] = None,
    polardb: typing.Optional[builtins.str] = None,
    polardbx: typing.Optional[builtins.str] = None,
    privatelink: typing.Optional[builtins.str] = None,
    pvtz: typing.Optional[builtins.str] = None,
    quickbi: typing.Optional[builtins.str] = None,
    quickbi_public: typing.Optional[builtins.str] = None,
    quotas: typing.Optional[builtins.str] = None,
    ram: typing.Optional[builtins.str] = None,
    rds: typing.Optional[builtins.str] = None,
    redisa: typing.Optional[builtins.str] = None,
    resourcemanager: typing.Optional[builtins.str] = None,
    resourcesharing: typing.Optional[builtins.str] = None,
    ressharing: typing.Optional[builtins.str] = None,
    r_kvstore: typing.Optional[builtins.str] = None,
    rocketmq: typing.Optional[builtins.str] = None,
    ros: typing.Optional[builtins.str] = None,
    sae: typing.Optional[builtins.str] = None,
    sas: typing.Optional[builtins.str] = None,
    scdn: typing.Optional[builtins.str] = None,
    schedulerx2: typing.Optional[builtins.str] = None,
    sddp: typing.Optional[builtins.str] = None,
    selectdb: typing.Optional[builtins.str] = None,
    serverless: typing.Optional[builtins.str] = None,
    servicecatalog: typing.Optional[builtins.str] = None,
    servicemesh: typing.Optional[builtins.str] = None,
    sgw: typing.Optional[builtins.str] = None,
    slb: typing.Optional[builtins.str] = None,
    smartag: typing.Optional[builtins.str] = None,
    srvcatalog: typing.Optional[builtins.str] = None,
    sts: typing.Optional[builtins.str] = None,
    swas: typing.Optional[builtins.str] = None,
    swas_open: typing.Optional[builtins.str] = None,
    tag: typing.Optional[builtins.str] = None,
    vod: typing.Optional[builtins.str] = None,
    vpc: typing.Optional[builtins.str] = None,
    vpcipam: typing.Optional[builtins.str] = None,
    vpcpeer: typing.Optional[builtins.str] = None,
    vs: typing.Optional[builtins.str] = None,
    waf: typing.Optional[builtins.str] = None,
    waf_openapi: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__603a863a57a8cf436576f854437d2562837bc6cec97dd3c2cf04e4eae4bc0707(
    *,
    oss: typing.Optional[builtins.str] = None,
    sls: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
