"""The floor: the reference stack's construct tree built with the raw bindings, and nothing else.

    python benchmarks/floor_app.py OUTDIR STACK_NAME [STACK_NAME ...]

For each name, one stack with exactly the constructs our app declares for a
default deployment (same ids, same nesting, same arguments), so that its
``cdktf.out`` is byte-identical to ours (``tests/test_bench_floor.py`` proves
it) while doing none of our work: no configuration, validation, guardrails or
staging. Literal values are read from the reference stack's snapshot, so the
floor follows a change of defaults; a change of structure fails that test.
"""

import json
import sys
from pathlib import Path
from typing import Any

from cdktf import (
    App,
    LocalBackend,
    TerraformLocal,
    TerraformOutput,
    TerraformResourceLifecycle,
    TerraformStack,
)
from cdktf_cdktf_provider_alicloud.kms_instance import KmsInstance
from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider
from cdktf_cdktf_provider_alicloud.ram_policy import RamPolicy
from cdktf_cdktf_provider_alicloud.resource_manager_service_linked_role import (
    ResourceManagerServiceLinkedRole,
)
from cdktf_cdktf_provider_alicloud.vpc import Vpc
from cdktf_cdktf_provider_alicloud.vswitch import Vswitch

from constructs import Construct

SNAPSHOT = (
    Path(__file__).resolve().parent.parent
    / "__snapshots__"
    / "test_reference_app"
    / "test_reference_stack_snapshot.json"
)
REFERENCE: dict[str, Any] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def only(type_name: str) -> dict[str, Any]:
    """The single block of ``type_name`` in the reference stack."""
    (block,) = REFERENCE["resource"][type_name].values()
    return block


def literal(block: dict[str, Any]) -> dict[str, Any]:
    """The block's arguments that are plain values (no reference, no meta-argument)."""
    return {
        key: value
        for key, value in block.items()
        if key not in ("//", "depends_on", "lifecycle") and "${" not in json.dumps(value)
    }


def key_store_stack(app: App, name: str) -> None:
    """One stack as our KeyStoreStack declares it for a default deployment."""
    stack = TerraformStack(app, name)
    AlicloudProvider(stack, "alicloud", **REFERENCE["provider"]["alicloud"][0])
    LocalBackend(stack, path=f"../../../terraform.{name}.tfstate")
    store = Construct(stack, "Default")  # our KmsKeyStore's place in the stack
    RamPolicy(Construct(store, "CreatorPolicy"), "Resource", **literal(only("alicloud_ram_policy")))
    role_block = only("alicloud_resource_manager_service_linked_role")
    role = ResourceManagerServiceLinkedRole(
        Construct(store, "ServiceLinkedRole"),
        "Resource",
        **literal(role_block),
        lifecycle=TerraformResourceLifecycle(**role_block["lifecycle"]),
    )
    guard = Construct(store, "SystemPolicyGuard")
    for local_name, value in REFERENCE["locals"].items():
        TerraformLocal(guard, "Pinned", value).override_logical_id(local_name)
    if "required_version" in REFERENCE["terraform"]:
        stack.add_override("terraform.required_version", REFERENCE["terraform"]["required_version"])
    for check_name, body in REFERENCE["check"].items():
        stack.add_override(f"check.{check_name}", body)
    network = Construct(store, "Network")
    vpc_id = Vpc(network, "Vpc", **literal(only("alicloud_vpc"))).id
    instance_block = only("alicloud_kms_instance")
    switches = REFERENCE["resource"]["alicloud_vswitch"]
    switch_ids = []
    for reference in instance_block["vswitch_ids"]:
        block = switches[reference.split(".")[1]]
        construct_id = block["//"]["metadata"]["path"].rsplit("/", 1)[1]
        switch_ids.append(Vswitch(network, construct_id, vpc_id=vpc_id, **literal(block)).id)
    instance = KmsInstance(
        Construct(store, "Instance"),
        "Resource",
        **literal(instance_block),
        vpc_id=vpc_id,
        vswitch_ids=switch_ids,
        depends_on=[role],
        lifecycle=TerraformResourceLifecycle(**instance_block["lifecycle"]),
    )
    TerraformOutput(stack, "instance_id", value=instance.id)
    for output_name, output in REFERENCE["output"].items():
        if output_name != "instance_id":
            TerraformOutput(stack, output_name, value=output["value"])


def main(outdir: str, names: list[str]) -> None:
    """Synthesize one stack per name into ``outdir``."""
    app = App(outdir=outdir)
    for name in names:
        key_store_stack(app, name)
    app.synth()
    # the same marker our output folder carries (it lets the next run replace the folder)
    (Path(outdir) / ".kms-keystore-output").write_text(
        "Written by kms-keystore: the next run replaces this whole folder.\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
