"""Keys inside the KMS instance, with aliases, rotation and protection by default."""

from __future__ import annotations

from constructs import Construct

from .core.api_forms import rotation_interval_seconds
from .core.checked import checked_already
from .core.key_specs import KeySpec
from .core.terraform_text import literal_tags, optional_literal
from .framework.cdk import TerraformResourceLifecycle
from .framework.terraform_version import remember_stack
from .framework.validation import (
    CLAIMED_BY_SCOPE,
    DeclaredWhenBuilt,
    built,
    checker_for,
    claim_by_hand,
    declared_when_built,
    kinds_ok,
    refuse_tokens,
    report,
)
from .instance import KeyStoreInstance, count_held


@declared_when_built("spec", "name", "resource", "key_id", "aliases")
class KeyStoreKey(Construct, DeclaredWhenBuilt):
    """An ``alicloud_kms_key`` in a :class:`KeyStoreInstance` (``dkms_instance_id``).

    Defaults follow the key spec and the edition: protection level ``HSM`` on a
    hardware instance (the provider's own default, ``SOFTWARE``, does not follow
    the edition), automatic rotation every 365 days where the key can rotate
    (symmetric keys with KMS-made material), written in seconds (``31536000s``) as
    the API returns it so that no plan shows a change after apply, deletion protection and Terraform
    ``prevent_destroy`` on, a 30-day pending-deletion window.

    The key is the child ``Resource``; each alias is a child ``Alias<n>``.
    """

    def __init__(
        self, scope: Construct, id: str, *, instance: KeyStoreInstance, spec: KeySpec
    ) -> None:
        """Declare the key and its aliases.

        :param instance: the instance that holds the key.
        :param spec: key spec, usage, origin, protection, rotation, deletion and aliases.
        """
        super().__init__(scope, id)
        remember_stack(self, scope)
        if not kinds_ok(
            self,
            ("instance", instance, KeyStoreInstance, "a KeyStoreInstance construct"),
            ("spec", spec, KeySpec, "a KeySpec, such as KeySpec(name='app')"),
        ):
            return
        self.spec = spec
        """The validated key description."""
        self.name = spec.name
        """Logical name of the key."""
        check = checker_for(self)
        if not checked_already(spec, instance.spec.edition):  # the reader's: checked once
            spec.validate(check, hardware=instance.spec.edition)
            refuse_tokens(check, spec)
        aliases = spec.aliases if isinstance(spec.aliases, list | tuple) else ()
        claims = [
            (f"aliases[{i}]", "KMS alias", a, "choose another alias") for i, a in enumerate(aliases)
        ]
        claim_by_hand(self, scope, check, *claims)
        count_held(instance, "key", check, CLAIMED_BY_SCOPE not in scope.__dict__)
        if not report(self, check) or not built(instance):
            return
        # bindings imported here: an app without keys does not pay for them
        from .framework.cdk import KmsAlias, KmsKey

        self.resource = KmsKey(
            self,
            "Resource",
            dkms_instance_id=instance.instance_id,
            key_spec=spec.key_spec,
            key_usage=spec.effective_usage,
            origin=spec.origin,
            protection_level=spec.effective_protection(instance.spec.hardware),
            automatic_rotation="Enabled" if spec.rotates else "Disabled",
            rotation_interval=rotation_interval_seconds(spec.rotation_interval)
            if spec.rotates
            else None,
            deletion_protection="Enabled" if spec.deletion_protection else "Disabled",
            pending_window_in_days=spec.pending_window_in_days,
            description=optional_literal(spec.description),
            tags=literal_tags(spec.tags),
            lifecycle=TerraformResourceLifecycle(prevent_destroy=spec.prevent_destroy),
        )
        """The generated ``alicloud_kms_key``."""
        self.key_id: str = self.resource.id
        """ID of the key (a reference)."""
        self.aliases = [
            KmsAlias(self, f"Alias{index + 1}", alias_name=alias, key_id=self.key_id)
            for index, alias in enumerate(spec.aliases)
        ]
        """The generated ``alicloud_kms_alias`` resources."""
