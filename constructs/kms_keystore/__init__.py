"""CDKTF constructs for a dedicated KMS key store on Alibaba Cloud.

The default instance is a software one that Terraform buys; a hardware (HSM)
instance is adopted or referenced by ID.

The domain (policy documents, rules, specs, configuration) lives in
:mod:`kms_keystore.core` and knows nothing of cdktf; the constructs here are a
thin layer over it and the generated provider bindings, both reached through
:mod:`kms_keystore.cdk` (CDKTF by default, CDK Terrain with ``KMS_KEYSTORE_CDK=terrain``).
"""

from kms_keystore.access import ApplicationAccess
from kms_keystore.config import (
    AssumeRoleSpec,
    BackendSpec,
    DeploymentConfig,
    SuppressionSpec,
    parse_deployment,
)
from kms_keystore.config.model import AccountStackSpec, DeployersSpec
from kms_keystore.core.instance_lifecycle import InstanceMode
from kms_keystore.core.key_specs import ApplicationSpec, KeySpec, SecretSpec
from kms_keystore.core.problems import ConfigError, Problem
from kms_keystore.core.specs import (
    BindVpcSpec,
    CreatorPolicySpec,
    ExistingNetworkSpec,
    GuardMode,
    InstanceSpec,
    NewNetworkSpec,
    RoleMode,
    VSwitchSpec,
)
from kms_keystore.creator_policy import ServiceLinkedRoleCreatorPolicy
from kms_keystore.deployer_policy import KeyStoreDeployerPolicy
from kms_keystore.guardrails.engine import apply_guardrails, suppress
from kms_keystore.instance import KeyStoreInstance
from kms_keystore.keys import KeyStoreKey
from kms_keystore.network import KeyStoreNetwork
from kms_keystore.secrets import KeyStoreSecret
from kms_keystore.service_linked_role import KeyStoreServiceLinkedRole
from kms_keystore.stacks import (
    AccountStack,
    AlicloudStack,
    KeyStoreStack,
    add_deployment,
    add_deployments,
)
from kms_keystore.system_policy_guard import SystemPolicyDriftGuard

__all__ = [
    "AccountStack",
    "AccountStackSpec",
    "AlicloudStack",
    "ApplicationAccess",
    "ApplicationSpec",
    "AssumeRoleSpec",
    "BackendSpec",
    "BindVpcSpec",
    "ConfigError",
    "CreatorPolicySpec",
    "DeployersSpec",
    "DeploymentConfig",
    "ExistingNetworkSpec",
    "GuardMode",
    "InstanceMode",
    "InstanceSpec",
    "KeySpec",
    "KeyStoreDeployerPolicy",
    "KeyStoreInstance",
    "KeyStoreKey",
    "KeyStoreNetwork",
    "KeyStoreSecret",
    "KeyStoreServiceLinkedRole",
    "KeyStoreStack",
    "NewNetworkSpec",
    "Problem",
    "RoleMode",
    "SecretSpec",
    "ServiceLinkedRoleCreatorPolicy",
    "SuppressionSpec",
    "SystemPolicyDriftGuard",
    "VSwitchSpec",
    "add_deployment",
    "add_deployments",
    "apply_guardrails",
    "parse_deployment",
    "suppress",
]
