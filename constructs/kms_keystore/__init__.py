"""CDKTF constructs for a dedicated KMS key store on Alibaba Cloud.

Put :class:`KmsKeyStore` into your own ``TerraformStack``, beside your own
provider and backend, or build the reference app's stacks from configuration
(:func:`add_deployments`). The default instance is a software one that Terraform
buys; a hardware (HSM) instance is adopted or referenced by ID.

The package, lowest layer first:

* :mod:`kms_keystore.core`: provider facts, policy documents, rules and specs (no CDK);
* :mod:`kms_keystore.config`: configuration read into deployment settings (no CDK);
* :mod:`kms_keystore.framework`: the one door to the CDK and the bindings, validations;
* the constructs, here at the top, one module each;
* :mod:`kms_keystore.guardrails`: rules over every synthesized block, and their checkov form;
* :mod:`kms_keystore.app`: the reference app, synthesized atomically;
* :mod:`kms_keystore.handoff`: exports, reviews and reports for other teams.

The CDK is CDKTF by default, CDK Terrain with ``KMS_KEYSTORE_CDK=terrain``.
"""

from importlib.metadata import PackageNotFoundError, version

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
from kms_keystore.keystore import KmsKeyStore
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

try:
    __version__ = version("alicloud-kms-keystore")
    """The installed distribution's version: pyproject.toml's ``version``, the only one."""
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

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
    "KmsKeyStore",
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
