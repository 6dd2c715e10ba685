"""CDKTF constructs for a dedicated KMS key store on Alibaba Cloud.

The default instance is a software one that Terraform buys; a hardware (HSM)
instance is adopted or referenced by ID.

The domain (policy documents, rules, specs, configuration) lives in
:mod:`kms_keystore.core` and knows nothing of cdktf; the constructs here are a
thin layer over it and the generated provider bindings, both reached through
:mod:`kms_keystore.cdk` (CDKTF by default, CDK Terrain with ``KMS_KEYSTORE_CDK=terrain``).
"""

from .access import ApplicationAccess
from .core.account_scope import AccountStackSpec, DeployersSpec
from .core.config import (
    AssumeRoleSpec,
    BackendSpec,
    DeploymentConfig,
    SuppressionSpec,
    parse_deployment,
)
from .core.instance_lifecycle import InstanceMode
from .core.key_specs import ApplicationSpec, KeySpec, SecretSpec
from .core.problems import ConfigError, Problem
from .core.specs import (
    BindVpcSpec,
    CreatorPolicySpec,
    ExistingNetworkSpec,
    GuardMode,
    InstanceSpec,
    NewNetworkSpec,
    RoleMode,
    VSwitchSpec,
)
from .creator_policy import ServiceLinkedRoleCreatorPolicy
from .deployer_policy import KeyStoreDeployerPolicy
from .guardrails import apply_guardrails, suppress
from .instance import KeyStoreInstance
from .keys import KeyStoreKey
from .network import KeyStoreNetwork
from .secrets import KeyStoreSecret
from .service_linked_role import KeyStoreServiceLinkedRole
from .stacks import AccountStack, AlicloudStack, KeyStoreStack, add_deployment, add_deployments
from .system_policy_guard import SystemPolicyDriftGuard

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
