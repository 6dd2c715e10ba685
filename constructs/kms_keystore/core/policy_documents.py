"""RAM policy documents of the KMS key store, as plain data.

Facts from Alibaba Cloud's page "Service-linked role for dedicated KMS":
the role ``AliyunServiceRoleForKMSKeyStore`` of the service
``keystore.kms.aliyuncs.com`` carries the system policy
``AliyunServiceRolePolicyForKMSKeyStore``; a RAM user needs
``ram:CreateServiceLinkedRole`` restricted to that service to have it created.
"""

from __future__ import annotations

import json
from typing import Any

SERVICE_NAME = "keystore.kms.aliyuncs.com"
ROLE_NAME = "AliyunServiceRoleForKMSKeyStore"
SYSTEM_POLICY_NAME = "AliyunServiceRolePolicyForKMSKeyStore"
POLICY_VERSION = "1"


def _service_condition() -> dict[str, Any]:
    """A fresh ``Condition`` that restricts a statement to the key store service."""
    return {"StringEquals": {"ram:ServiceName": SERVICE_NAME}}


ECS_ACTIONS = (
    "ecs:CreateNetworkInterfacePermission",
    "ecs:DeleteNetworkInterfacePermission",
    "ecs:CreateNetworkInterface",
    "ecs:DescribeNetworkInterfaces",
    "ecs:DescribeSecurityGroups",
    "ecs:CreateSecurityGroup",
    "ecs:DeleteSecurityGroup",
    "ecs:AuthorizeSecurityGroup",
    "ecs:AuthorizeSecurityGroupEgress",
    "ecs:RevokeSecurityGroup",
    "ecs:RevokeSecurityGroupEgress",
    "ecs:DescribeSecurityGroupAttribute",
)
VPC_ACTIONS = ("vpc:DescribeVSwitches", "vpc:DescribeVpcs")
HSM_ACTIONS = ("yundun-hsm:DescribeInstances", "yundun-hsm:DescribeClusters")


def creator_statement() -> dict[str, Any]:
    """The statement a RAM user needs so that the key store role can be created for it."""
    return {
        "Action": "ram:CreateServiceLinkedRole",
        "Resource": "*",
        "Effect": "Allow",
        "Condition": _service_condition(),
    }


def creator_policy_document() -> dict[str, Any]:
    """The custom policy document that holds :func:`creator_statement`."""
    return {"Version": POLICY_VERSION, "Statement": [creator_statement()]}


def system_policy_document() -> dict[str, Any]:
    """The pinned document of the system policy ``AliyunServiceRolePolicyForKMSKeyStore``.

    Four statement groups: ECS network interfaces and security groups, VPC
    describes, Data Encryption Service (``yundun-hsm``) describes, and deletion of
    the role itself, restricted to the key store service.
    """
    return {
        "Version": POLICY_VERSION,
        "Statement": [
            {"Action": list(ECS_ACTIONS), "Resource": "*", "Effect": "Allow"},
            {"Action": list(VPC_ACTIONS), "Resource": "*", "Effect": "Allow"},
            {"Action": list(HSM_ACTIONS), "Resource": "*", "Effect": "Allow"},
            {
                "Action": "ram:DeleteServiceLinkedRole",
                "Resource": "*",
                "Effect": "Allow",
                "Condition": _service_condition(),
            },
        ],
    }


_COMPACT = json.JSONEncoder(separators=(",", ":"))


def render(document: dict[str, Any]) -> str:
    """The exact JSON text written into Terraform: compact, keys in document order."""
    return _COMPACT.encode(document)


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def canonical_statement(statement: dict[str, Any]) -> tuple[Any, ...]:
    """A hashable form of one statement in which order does not matter.

    RAM treats a single string and a one-element list alike for ``Action`` and
    ``Resource``, and the order of actions carries no meaning.
    """
    condition = statement.get("Condition", {})
    return (
        statement.get("Effect", "Allow"),
        tuple(sorted(_as_list(statement.get("Action", [])))),
        tuple(sorted(_as_list(statement.get("Resource", [])))),
        json.dumps(condition, sort_keys=True),
    )


def canonical_document(document: dict[str, Any]) -> tuple[str, tuple[tuple[Any, ...], ...]]:
    """A form of a policy document that equals another's when RAM would treat them alike."""
    statements = document.get("Statement", [])
    return (
        str(document.get("Version", POLICY_VERSION)),
        tuple(sorted(canonical_statement(s) for s in _as_list(statements))),
    )


def same_policy(left: dict[str, Any], right: dict[str, Any]) -> bool:
    """True when two documents grant the same permissions (order-insensitive)."""
    return canonical_document(left) == canonical_document(right)


def permission_lines(document: dict[str, Any]) -> list[str]:
    """One sorted line per effect, action, resource and condition: a reviewable form."""
    lines = set()
    for statement in _as_list(document.get("Statement", [])):
        condition = statement.get("Condition")
        suffix = f" when {json.dumps(condition, sort_keys=True)}" if condition else ""
        for action in _as_list(statement.get("Action", [])):
            for resource in _as_list(statement.get("Resource", [])):
                lines.add(f"{statement.get('Effect', 'Allow')} {action} on {resource}{suffix}")
    return sorted(lines)
