"""Each action of the deployer's policy is pinned to the provider's Go source at v1.283.0.

With the provider's git mirror present (PROVIDER_MIRROR, default the session's
mirror), every action is looked up in the Go function the table names, and every
action a resource's CRUD functions name is looked up in the table. Without it
(CI has no mirror) those tests skip, saying so; the table itself is pinned by a
snapshot and by explicit assertions either way.
"""

from __future__ import annotations

import os
import re
import subprocess
from functools import cache
from pathlib import Path

import pytest

from kms_keystore.core.provider_actions import PROVIDER_VERSION, TABLE, BlockActions

MIRROR = Path(
    os.environ.get("PROVIDER_MIRROR", "/work/.mirror/aliyun+terraform-provider-alicloud/repo")
)
TAG = f"v{PROVIDER_VERSION}"
CALLS = [(block, op, call) for block in TABLE for op, call in block.calls()]


@cache
def go_source(file: str) -> str | None:
    """The Go file at the pinned tag, or None when the mirror cannot give it."""
    if not MIRROR.is_dir():
        return None
    result = subprocess.run(
        ["git", "--git-dir", str(MIRROR), "show", f"{TAG}:alicloud/{file}"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout if result.returncode == 0 else None


def go_function(file: str, function: str) -> str | None:
    """The body of one Go function (methods included), or None when absent."""
    source = go_source(file)
    if source is None:
        return None
    start = re.search(rf"^func (?:\([^)]*\) )?{re.escape(function)}\(", source, re.M)
    if start is None:
        return None
    end = re.search(r"^}\s*$", source[start.start() :], re.M)
    return source[start.start() : start.start() + (end.end() if end else len(source))]


def _needs_mirror() -> None:
    if go_source("resource_alicloud_kms_instance.go") is None:
        pytest.skip(f"the provider's git mirror at {TAG} is not here ({MIRROR})")


@pytest.mark.parametrize(
    ("block", "operation", "call"),
    CALLS,
    ids=[f"{b.type_name}.{op}.{c.action}" for b, op, c in CALLS],
)
def test_action_is_named_in_its_go_function(block, operation, call):
    _needs_mirror()
    body = go_function(call.file, call.function)

    assert body is not None, f"{call.function} not in alicloud/{call.file} at {TAG}"
    # RPC calls name the API in a string; SDK calls (GetRole) name it as a method
    assert f'"{call.api}"' in body or f".{call.api}(" in body, (call.file, call.function)


def _crud_functions(block: BlockActions) -> dict[str, str]:
    """Operation -> Go function, from the resource's own schema.Resource in its file."""
    file = next(c.file for _, c in block.calls() if not c.file.startswith("service_"))
    source = go_source(file) or ""
    found = dict(re.findall(r"^\s*(Create|Read|Update|Delete):\s+(\w+),", source, re.M))
    return {op.lower(): fn for op, fn in found.items()} | {"file": file}


@pytest.mark.parametrize("block", TABLE, ids=[b.type_name for b in TABLE])
def test_every_action_a_crud_function_names_is_in_the_table(block):
    _needs_mirror()
    functions = _crud_functions(block)
    listed = {c.api for _, c in block.calls()}

    for operation in ("create", "read", "update", "delete"):
        if operation not in functions:
            continue
        body = go_function(functions["file"], functions[operation]) or ""
        named = set(re.findall(r'\b\w*[aA]ction\w*\s*:?=\s*"(\w+)"', body))
        assert named <= listed, (block.type_name, operation, sorted(named - listed))


def test_table_snapshot(snapshot_json):
    table = {
        f"{b.kind}.{b.type_name}": {
            op: [
                f"{c.action} @ {c.file}:{c.function}"
                + (f" when {','.join(c.when)}" if c.when else "")
                + (f" also {','.join(c.ram_actions[1:])}" if len(c.ram_actions) > 1 else "")
                for c in getattr(b, op)
            ]
            for op in ("create", "read", "update", "delete")
            if getattr(b, op)
        }
        for b in TABLE
    }

    assert table == snapshot_json


def test_the_instance_is_bought_through_bss_and_enabled_through_kms():
    instance = next(b for b in TABLE if b.type_name == "alicloud_kms_instance")
    create = {c.action: c.function for c in instance.create}

    assert create["bssapi:CreateInstance"] == "resourceAliCloudKmsInstanceCreate"
    assert create["kms:ConnectKmsInstance"] == "resourceAliCloudKmsInstanceCreate"
    assert {c.action for c in instance.read} >= {
        "kms:GetKmsInstance",
        "bssapi:QueryAvailableInstances",
    }
    assert {c.action for c in instance.delete} >= {
        "bssapi:RefundInstance",
        "kms:ReleaseKmsInstance",
    }


def test_the_role_is_created_through_resource_manager_with_a_ram_action():
    role = next(b for b in TABLE if b.type_name == "alicloud_resource_manager_service_linked_role")

    assert [c.action for c in role.create] == ["ram:CreateServiceLinkedRole"]
    assert [c.action for c in role.read] == ["ram:GetRole"]
    assert {c.action for c in role.delete} == {
        "ram:DeleteServiceLinkedRole",
        "ram:GetServiceLinkedRoleDeletionStatus",
    }


def test_every_action_has_a_known_service_prefix_and_a_go_file():
    for _, _, call in CALLS:
        assert call.action.split(":")[0] in {"bssapi", "kms", "ram", "vpc"}, call
        assert call.file.endswith(".go") and call.function, call


def test_every_block_type_the_constructs_declare_is_in_the_table():
    import tomllib

    from .support import ROOT

    types = tomllib.loads((ROOT / "bindings" / "types.toml").read_text(encoding="utf-8"))
    used = {
        ("resource", t)
        for t in types["resources"]
        if t
        not in {
            "alicloud_ram_user",
            "alicloud_ram_group",
            "alicloud_ram_role",
            "alicloud_security_group",
        }
    } | {
        ("data", t)
        for t in ("alicloud_ram_roles", "alicloud_ram_policies", "alicloud_kms_instances")
    }

    assert used <= {(b.kind, b.type_name) for b in TABLE}
