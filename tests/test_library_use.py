"""The constructs composed by hand, without the configuration layer."""

from __future__ import annotations

import os
import subprocess
import sys

from cdktf import App
from cdktf_cdktf_provider_alicloud.ram_group import RamGroup
from cdktf_cdktf_provider_alicloud.ram_user import RamUser

from kms_keystore import (
    AlicloudStack,
    ApplicationAccess,
    ApplicationSpec,
    ExistingNetworkSpec,
    KeySpec,
    KeyStoreInstance,
    KeyStoreKey,
    KeyStoreNetwork,
    KeyStoreServiceLinkedRole,
    ServiceLinkedRoleCreatorPolicy,
    SystemPolicyDriftGuard,
)
from kms_keystore.app.build import synthesize

from .support import only, read_stacks, resources


def test_hand_built_stack_attaches_principals_given_as_constructs(tmp_path):
    app = App(outdir=str(tmp_path))
    stack = AlicloudStack(app, "custom", region="cn-hangzhou")
    deployer = RamUser(stack, "Deployer", name="kms-deployer")
    admins = RamGroup(stack, "Admins", group_name="kms-admins")
    creator = ServiceLinkedRoleCreatorPolicy(
        stack, "Creator", policy_name="kms-slr-creator", users=[deployer], groups=[admins]
    )
    role = KeyStoreServiceLinkedRole(stack, "Role", mode="adopt")
    SystemPolicyDriftGuard(stack, "Guard", mode="off")
    network = KeyStoreNetwork(
        stack,
        "Network",
        region="cn-hangzhou",
        existing=ExistingNetworkSpec(
            vpc_id="vpc-bp1abc",
            vswitch_id="vsw-bp1a",
            zone_ids=("cn-hangzhou-k", "cn-hangzhou-j"),
        ),
    )
    instance = KeyStoreInstance(
        stack, "Instance", network=network, depends_on=[role.resource, *creator.attachments]
    )
    key = KeyStoreKey(stack, "Key", instance=instance, spec=KeySpec(name="orders"))
    ApplicationAccess(
        stack,
        "Orders",
        instance=instance,
        keys={"orders": key},
        spec=ApplicationSpec(name="orders-api", source_ips=("10.1.0.0/16",), keys=("orders",)),
    )

    synthesize(app)
    document = read_stacks(tmp_path)["custom"]

    _, user_attachment = only(resources(document, "alicloud_ram_user_policy_attachment"))
    _, group_attachment = only(resources(document, "alicloud_ram_group_policy_attachment"))
    user_name, _ = only(resources(document, "alicloud_ram_user"))
    group_name, _ = only(resources(document, "alicloud_ram_group"))
    assert user_attachment["user_name"] == f"${{alicloud_ram_user.{user_name}.name}}"
    assert group_attachment["group_name"] == f"${{alicloud_ram_group.{group_name}.group_name}}"
    _, instance_block = only(resources(document, "alicloud_kms_instance"))
    role_name, _ = only(resources(document, "alicloud_resource_manager_service_linked_role"))
    user_attachment_name, _ = only(resources(document, "alicloud_ram_user_policy_attachment"))
    group_attachment_name, _ = only(resources(document, "alicloud_ram_group_policy_attachment"))
    assert instance_block["depends_on"] == [
        f"alicloud_resource_manager_service_linked_role.{role_name}",
        f"alicloud_ram_user_policy_attachment.{user_attachment_name}",
        f"alicloud_ram_group_policy_attachment.{group_attachment_name}",
    ]
    assert document["import"][0]["id"] == (
        "keystore.kms.aliyuncs.com:AliyunServiceRoleForKMSKeyStore"
    )
    _, policy = only(resources(document, "alicloud_kms_policy"))
    assert policy["resources"] == [
        f"key/${{alicloud_kms_key.{only(resources(document, 'alicloud_kms_key'))[0]}.id}}"
    ]
    assert "check" not in document
    _, key_block = only(resources(document, "alicloud_kms_key"))
    assert instance_block["lifecycle"]["prevent_destroy"] is True
    # the existing vSwitch is checked at plan, before the purchase (API-30)
    (check,) = instance_block["lifecycle"]["precondition"]
    assert "data.alicloud_vswitches." in check["condition"]
    assert key_block["lifecycle"] == {"prevent_destroy": True}
    _, role_block = only(resources(document, "alicloud_resource_manager_service_linked_role"))
    assert role_block["lifecycle"]["prevent_destroy"] is True


def test_every_public_name_is_importable():
    import kms_keystore

    assert [name for name in kms_keystore.__all__ if not hasattr(kms_keystore, name)] == []


def test_package_and_readme_say_the_default_instance_is_software():
    import kms_keystore

    from .support import ROOT

    intro = (ROOT / "README.md").read_text(encoding="utf-8").split("### Layout")[0]
    assert "HSM-backed" not in kms_keystore.__doc__
    assert "The default instance is a software one" in kms_keystore.__doc__
    assert "HSM-backed" not in intro
    assert "Terraform buys a software instance" in intro


def test_a_default_synthesis_loads_no_module_it_does_not_use(tmp_path):
    """Keys, secrets, access and deployer grants load when asked for, and work the same."""
    program = (
        "import sys, kms_keystore\n"
        "from kms_keystore.app.build import main\n"
        "from pathlib import Path\n"
        f"assert main(Path({str(tmp_path)!r})) == 0\n"
        "lazy = ('keys', 'secrets', 'access', 'deployer_policy')\n"
        "print(sorted(m for m in lazy if f'kms_keystore.{m}' in sys.modules))\n"
        "print(kms_keystore.KeyStoreKey.__module__, 'ApplicationAccess' in dir(kms_keystore))\n"
    )
    (tmp_path / "cdktf.json").write_text('{"context": {}}', encoding="utf-8")
    env = {**os.environ, "CDKTF_OUTDIR": str(tmp_path / "cdktf.out")}
    env.pop("CDKTF_CONTEXT_JSON", None)
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=env, check=False
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "kms_keystore.keys True"]
