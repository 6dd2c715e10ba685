"""The app's configuration: cdktf context (JSON) read into validated deployment settings.

* :mod:`.fields`: the declarative section tables and the reader that walks them;
* :mod:`.sections`: every configuration key, declared once;
* :mod:`.model`: the frozen settings of one deployment;
* :mod:`.account_scope`: which deployments share an account and its account stack;
* :mod:`.reading`: context from ``cdktf.json`` and ``CDKTF_CONTEXT_JSON``, parsed and checked;
* :mod:`.docs`: the JSON Schema and the table of keys derived from the sections.

Nothing here imports a CDK.
"""

from .model import (
    AccountStackSpec,
    AssumeRoleSpec,
    BackendSpec,
    DeployersSpec,
    DeploymentConfig,
    SuppressionSpec,
)
from .reading import (
    parse_deployment,
    read_context,
    read_deployment,
    read_deployments,
)
from .sections import ATTRIBUTE_KEYS, CONFIGURATION

__all__ = [
    "ATTRIBUTE_KEYS",
    "CONFIGURATION",
    "AccountStackSpec",
    "AssumeRoleSpec",
    "BackendSpec",
    "DeployersSpec",
    "DeploymentConfig",
    "SuppressionSpec",
    "parse_deployment",
    "read_context",
    "read_deployment",
    "read_deployments",
]
