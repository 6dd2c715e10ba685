"""CDKTF constructs for a dedicated, HSM-backed KMS key store on Alibaba Cloud.

The domain (policy documents, rules, specs, configuration) lives in
:mod:`kms_keystore.core` and knows nothing of cdktf; the constructs here are a
thin layer over it and the generated provider bindings, both reached through
:mod:`kms_keystore.cdk` (CDKTF by default, CDK Terrain with ``KMS_KEYSTORE_CDK=terrain``).
"""

from .access import ApplicationAccess
from .core.config import (
    AssumeRoleSpec,
    BackendSpec,
    DeploymentConfig,
    SuppressionSpec,
    parse_deployment,
)
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
from .guardrails import apply_guardrails, suppress
from .instance import KeyStoreInstance
from .keys import KeyStoreKey
from .network import KeyStoreNetwork
from .secrets import KeyStoreSecret
from .service_linked_role import KeyStoreServiceLinkedRole
from .stacks import AlicloudStack, KeyStoreStack, PermissionsStack, add_deployment
from .system_policy_guard import SystemPolicyDriftGuard

__all__ = [
    "AlicloudStack",
    "ApplicationAccess",
    "ApplicationSpec",
    "AssumeRoleSpec",
    "BackendSpec",
    "BindVpcSpec",
    "ConfigError",
    "CreatorPolicySpec",
    "DeploymentConfig",
    "ExistingNetworkSpec",
    "GuardMode",
    "InstanceSpec",
    "KeySpec",
    "KeyStoreInstance",
    "KeyStoreKey",
    "KeyStoreNetwork",
    "KeyStoreSecret",
    "KeyStoreServiceLinkedRole",
    "KeyStoreStack",
    "NewNetworkSpec",
    "PermissionsStack",
    "Problem",
    "RoleMode",
    "SecretSpec",
    "ServiceLinkedRoleCreatorPolicy",
    "SuppressionSpec",
    "SystemPolicyDriftGuard",
    "VSwitchSpec",
    "add_deployment",
    "apply_guardrails",
    "parse_deployment",
    "suppress",
]
