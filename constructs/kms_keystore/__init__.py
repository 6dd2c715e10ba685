"""CDKTF constructs for a dedicated KMS key store on Alibaba Cloud.

Put :class:`KmsKeyStore` into your own ``TerraformStack``, beside your own
provider and backend, or build the reference app's stacks from configuration
(:func:`add_deployments`). The default instance is a software one that Terraform
buys; a hardware (HSM) instance is adopted or referenced by ID.

The package, lowest layer first:

* :mod:`kms_keystore.core`: provider facts, policy documents, rules and specs (no CDK);
* :mod:`kms_keystore.config`: configuration read into deployment settings (no CDK);
* :mod:`kms_keystore.framework`: the one door to the CDK and the bindings, validations;
* the constructs, here at the top, one module each: :mod:`.keystore` (:class:`KmsKeyStore`),
  :mod:`.stacks`, :mod:`.instance`, :mod:`.network`, :mod:`.keys`, :mod:`.secrets`,
  :mod:`.access`, :mod:`.creator_policy`, :mod:`.service_linked_role`,
  :mod:`.system_policy_guard` and :mod:`.deployer_policy`;
* :mod:`kms_keystore.guardrails`: rules over every synthesized block, and their checkov form;
* :mod:`kms_keystore.app`: the reference app, synthesized atomically;
* :mod:`kms_keystore.handoff`: exports, reviews and reports for other teams.

The CDK is CDKTF by default, CDK Terrain with ``KMS_KEYSTORE_CDK=terrain``.
"""

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from .config import (
    AssumeRoleSpec,
    BackendSpec,
    DeploymentConfig,
    SuppressionSpec,
    parse_deployment,
)
from .config.model import AccountStackSpec, DeployersSpec
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
from .guardrails.engine import apply_guardrails, suppress
from .instance import KeyStoreInstance
from .keystore import KmsKeyStore
from .network import KeyStoreNetwork
from .service_linked_role import KeyStoreServiceLinkedRole
from .stacks import (
    AccountStack,
    AlicloudStack,
    KeyStoreStack,
    add_deployment,
    add_deployments,
)
from .system_policy_guard import SystemPolicyDriftGuard


def _version() -> str:
    """The installed distribution's version: pyproject.toml's ``version``, the only one."""
    try:
        return version("alicloud-kms-keystore")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


if TYPE_CHECKING:  # what type checkers see; at run time __getattr__ loads them
    from .access import ApplicationAccess
    from .deployer_policy import KeyStoreDeployerPolicy
    from .keys import KeyStoreKey
    from .secrets import KeyStoreSecret

_ON_FIRST_USE = {
    "KeyStoreDeployerPolicy": "deployer_policy",
    "KeyStoreKey": "keys",
    "KeyStoreSecret": "secrets",
    "ApplicationAccess": "access",
}
"""Constructs a default app never makes, and their modules: loaded when first asked for."""


def __getattr__(name: str) -> object:
    """The constructs of :data:`_ON_FIRST_USE` and ``__version__``, on first use.

    A default app declares no keys, secrets or applications and grants no
    deployers; loading those modules (and with the deployer policy, the
    provider's action table), and reading the package metadata for
    ``__version__``, at every start of the app cost milliseconds of each synthesis.
    """
    if name in _ON_FIRST_USE:
        found = getattr(importlib.import_module(f".{_ON_FIRST_USE[name]}", __name__), name)
        globals()[name] = found
        return found
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """The module's names, with those loaded on first use."""
    return sorted({*globals(), *_ON_FIRST_USE, "__version__"})


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
