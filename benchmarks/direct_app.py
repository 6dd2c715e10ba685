"""Floor 2: the reference stack's resources written directly with the generated bindings.

Same provider, backend, resources, dependency, lifecycle, local and check block as
the reference app, with none of our constructs, validation or guardrails.
"""

import json
import sys

from cdktf import App, LocalBackend, TerraformLocal, TerraformResourceLifecycle, TerraformStack
from cdktf_cdktf_provider_alicloud.kms_instance import KmsInstance
from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider
from cdktf_cdktf_provider_alicloud.ram_policy import RamPolicy
from cdktf_cdktf_provider_alicloud.resource_manager_service_linked_role import (
    ResourceManagerServiceLinkedRole,
)
from cdktf_cdktf_provider_alicloud.vpc import Vpc
from cdktf_cdktf_provider_alicloud.vswitch import Vswitch

SERVICE = "keystore.kms.aliyuncs.com"
CONDITION = {"StringEquals": {"ram:ServiceName": SERVICE}}
CREATOR = {
    "Version": "1",
    "Statement": [
        {
            "Action": "ram:CreateServiceLinkedRole",
            "Resource": "*",
            "Effect": "Allow",
            "Condition": CONDITION,
        }
    ],
}
SYSTEM = {
    "Version": "1",
    "Statement": [
        {"Action": ["ecs:CreateNetworkInterface"], "Resource": "*", "Effect": "Allow"},
        {
            "Action": ["vpc:DescribeVSwitches", "vpc:DescribeVpcs"],
            "Resource": "*",
            "Effect": "Allow",
        },
        {"Action": ["yundun-hsm:DescribeInstances"], "Resource": "*", "Effect": "Allow"},
        {
            "Action": "ram:DeleteServiceLinkedRole",
            "Resource": "*",
            "Effect": "Allow",
            "Condition": CONDITION,
        },
    ],
}

app = App(outdir=sys.argv[1])
stack = TerraformStack(app, "kms-keystore")
AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
LocalBackend(stack, path="../../../terraform.kms-keystore.tfstate")
RamPolicy(
    stack,
    "CreatorPolicy",
    policy_name="AllowCreateKmsKeyStoreServiceLinkedRole",
    policy_document=json.dumps(CREATOR),
    rotate_strategy="DeleteOldestNonDefaultVersionWhenLimitExceeded",
    force=True,
)
role = ResourceManagerServiceLinkedRole(
    stack,
    "ServiceLinkedRole",
    service_name=SERVICE,
    lifecycle=TerraformResourceLifecycle(prevent_destroy=True),
)
TerraformLocal(stack, "kms_keystore_pinned_system_policy", SYSTEM)
stack.add_override(
    "check.drift",
    {
        "data": {"alicloud_ram_policies": {"live": {"type": "System", "enable_details": True}}},
        "assert": [{"condition": "${true}", "error_message": "drift"}],
    },
)
vpc = Vpc(stack, "Vpc", vpc_name="kms-keystore", cidr_block="10.20.0.0/16")
switch = Vswitch(
    stack, "VSwitch", vpc_id=vpc.id, cidr_block="10.20.1.0/24", zone_id="cn-hangzhou-k"
)
KmsInstance(
    stack,
    "Instance",
    instance_name="kms-keystore",
    product_version="3",
    payment_type="Subscription",
    period=1,
    spec=1000,
    key_num=1000,
    secret_num=100,
    vpc_num=1,
    renew_status="AutoRenewal",
    renew_period=1,
    renewal_period_unit="M",
    deletion_protection=True,
    vpc_id=vpc.id,
    vswitch_ids=[switch.id],
    zone_ids=["cn-hangzhou-k", "cn-hangzhou-j"],
    depends_on=[role],
    lifecycle=TerraformResourceLifecycle(prevent_destroy=True),
)
app.synth()
