"""A team's own CDKTF app that installs the key store as a library.

It keeps its own provider, network and deployer user and hands them to
:class:`kms_keystore.KmsKeyStore`. Nothing here comes from this repository but
the two wheels: copy this folder, put the path of your virtual environment's
Python into ``cdktf.json`` and run ``cdktf synth`` (see docs/own-app.md).
"""

from __future__ import annotations

import sys

from cdktf import App, TerraformStack
from cdktf_cdktf_provider_alicloud.provider import AlicloudProvider
from cdktf_cdktf_provider_alicloud.ram_user import RamUser
from cdktf_cdktf_provider_alicloud.vpc import Vpc
from cdktf_cdktf_provider_alicloud.vswitch import Vswitch

from constructs import Construct
from kms_keystore import ConfigError, KeySpec, KmsKeyStore
from kms_keystore.app.build import synthesize

REGION = "cn-hangzhou"
ZONES = ["cn-hangzhou-k", "cn-hangzhou-j"]


class PaymentsStack(TerraformStack):
    """The team's stack: its provider, VPC, vSwitch and deployer, then the key store."""

    def __init__(self, scope: Construct, id: str) -> None:
        """Declare everything the team owns and the key store that uses it."""
        super().__init__(scope, id)
        AlicloudProvider(self, "alicloud", region=REGION)
        vpc = Vpc(self, "Vpc", vpc_name="payments", cidr_block="10.40.0.0/16")
        vswitch = Vswitch(
            self,
            "VSwitch",
            vpc_id=vpc.id,
            cidr_block="10.40.1.0/24",
            zone_id=ZONES[0],
            vswitch_name="payments-kms",
        )
        deployer = RamUser(self, "Deployer", name="payments-deployer")
        self.keystore = KmsKeyStore(
            self,
            "KeyStore",
            region=REGION,
            vpc=vpc,
            vswitch=vswitch,
            zone_ids=ZONES,
            users=[deployer],
            keys=[KeySpec(name="app")],
        )


def main() -> None:
    """Synthesize the app into cdktf.out (``cdktf synth`` runs this).

    ``synthesize`` checks the package's guardrails over the whole app too; a
    mistake ends the run with one message naming each problem, not a traceback.
    """
    app = App()
    try:
        PaymentsStack(app, "payments")  # a stack cdktf could not make is refused here
        synthesize(app)
    except ConfigError as err:
        sys.exit(f"kms-keystore: {err}")


if __name__ == "__main__":
    main()
