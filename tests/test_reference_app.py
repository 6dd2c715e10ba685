"""The reference app: what it declares, in which order, pinned by snapshot."""

from __future__ import annotations

from kms_keystore.core import policy_documents

from .support import ABSOLUTE_PATH, counts, only, resources


def address(type_name, stack):
    name, _ = only(resources(stack, type_name))
    return f"{type_name}.{name}"


def test_reference_app_has_one_stack_named_kms_keystore(reference):
    assert list(reference) == ["kms-keystore"]


def test_reference_stack_declares_the_key_store(reference_stack):
    assert counts(reference_stack) == {
        "alicloud_kms_instance": 1,
        "alicloud_ram_policy": 1,
        "alicloud_resource_manager_service_linked_role": 1,
        "alicloud_vpc": 1,
        "alicloud_vswitch": 1,
    }


def test_provider_has_region_and_no_credentials(reference_stack):
    assert reference_stack["provider"]["alicloud"] == [{"region": "cn-hangzhou"}]


def test_backend_is_local_with_a_relative_path(reference_stack):
    path = reference_stack["terraform"]["backend"]["local"]["path"]

    assert path == "../../../terraform.kms-keystore.tfstate"
    assert reference_stack["terraform"]["required_providers"]["alicloud"] == {
        "source": "aliyun/alicloud",
        "version": "1.283.0",
    }


def test_service_linked_role_is_for_the_key_store_service(reference_stack):
    _, role = only(resources(reference_stack, "alicloud_resource_manager_service_linked_role"))

    assert role["service_name"] == "keystore.kms.aliyuncs.com"
    assert reference_stack["output"]["service_linked_role_name"]["value"] == (
        "AliyunServiceRoleForKMSKeyStore"
    )


def test_instance_is_software_edition_that_terraform_can_enable_and_protected(reference_stack):
    _, instance = only(resources(reference_stack, "alicloud_kms_instance"))

    # ConnectKmsInstance enables software instances only; a hardware default would be
    # bought and then fail to connect (docs/alibaba-cloud-facts.md).
    assert instance["product_version"] == "3"
    assert instance["period"] == 1
    assert instance["deletion_protection"] is True
    assert instance["lifecycle"] == {"prevent_destroy": True}
    assert instance["payment_type"] == "Subscription"
    assert instance["renew_status"] == "AutoRenewal"
    assert instance["renew_period"] == 1
    assert instance["renewal_period_unit"] == "M"


def test_instance_spans_two_zones_with_one_vswitch_in_one_of_them(reference_stack):
    _, instance = only(resources(reference_stack, "alicloud_kms_instance"))
    name, vswitch = only(resources(reference_stack, "alicloud_vswitch"))

    assert instance["zone_ids"] == ["cn-hangzhou-k", "cn-hangzhou-j"]
    assert vswitch["zone_id"] == "cn-hangzhou-k"
    assert instance["vswitch_ids"] == [f"${{alicloud_vswitch.{name}.id}}"]
    assert instance["vpc_id"] == f"${{{address('alicloud_vpc', reference_stack)}.id}}"


def test_service_linked_role_is_protected_from_destroy(reference_stack):
    _, role = only(resources(reference_stack, "alicloud_resource_manager_service_linked_role"))

    assert role["lifecycle"] == {"prevent_destroy": True}


def test_instance_depends_on_the_service_linked_role(reference_stack):
    _, instance = only(resources(reference_stack, "alicloud_kms_instance"))

    assert instance["depends_on"] == [
        address("alicloud_resource_manager_service_linked_role", reference_stack)
    ]


def test_drift_guard_is_a_check_block_reading_the_system_policy(reference_stack):
    check = reference_stack["check"]["kms_keystore_system_policy_drift"]
    lookup = check["data"]["alicloud_ram_policies"]["kms_keystore_system_policy"]

    assert lookup == {
        "type": "System",
        "name_regex": f"^{policy_documents.SYSTEM_POLICY_NAME}$",
        "enable_details": True,
    }
    condition = check["assert"][0]["condition"]
    assert "data.alicloud_ram_policies.kms_keystore_system_policy" in condition
    assert "local.kms_keystore_pinned_system_policy" in condition


def test_no_machine_paths_in_output(reference_stack):
    import json

    assert not ABSOLUTE_PATH.search(json.dumps(reference_stack))


def test_reference_stack_snapshot(reference_stack, snapshot_json):
    assert reference_stack == snapshot_json
