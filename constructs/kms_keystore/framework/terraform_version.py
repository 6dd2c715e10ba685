"""Raise a stack's ``terraform.required_version`` to what its blocks need."""

from __future__ import annotations

from constructs import Construct

from ..core.terraform_requirements import required_version
from .cdk import TerraformStack

_ATTRIBUTE = "_kms_keystore_terraform_version"


def require_terraform(scope: Construct, version: tuple[int, int]) -> None:
    """Make the stack of ``scope`` ask for Terraform ``>= version`` (the highest asked wins).

    cdktf has no setting for ``required_version``; it is written as an override
    of the stack's ``terraform`` block.
    """
    stack = scope if isinstance(scope, TerraformStack) else TerraformStack.of(scope)
    if version <= getattr(stack, _ATTRIBUTE, (0, 0)):
        return
    setattr(stack, _ATTRIBUTE, version)
    stack.add_override("terraform.required_version", required_version(version))
