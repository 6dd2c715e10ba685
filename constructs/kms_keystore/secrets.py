"""Secrets inside the KMS instance; values come from sensitive variables, never literals."""

from __future__ import annotations

from constructs import Construct

from .core import rules
from .core.key_specs import KeySpec, SecretSpec
from .core.terraform_text import literal, literal_tags, optional_literal
from .framework.cdk import TerraformVariable
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
from .framework.variables import declare_variable
from .instance import KeyStoreInstance, count_held
from .keys import KeyStoreKey


def sensitive_variable(scope: Construct, name: str, description: str) -> TerraformVariable:
    """A required, sensitive string variable named exactly ``name``."""
    return declare_variable(
        scope, name, name, type="string", sensitive=True, nullable=False, description=description
    )


@declared_when_built("spec", "value", "resource")
class KeyStoreSecret(Construct, DeclaredWhenBuilt):
    """An ``alicloud_kms_secret`` in the instance, encrypted with a key of the stack.

    The value is the sensitive variable ``spec.variable`` (give it with
    ``TF_VAR_<name>`` at plan time); it never appears in the synthesized JSON.
    Deleted secrets stay recoverable for ``recovery_window_in_days``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        instance: KeyStoreInstance,
        keys: dict[str, KeyStoreKey],
        spec: SecretSpec,
    ) -> None:
        """Declare the secret.

        :param instance: the instance that holds the secret.
        :param keys: the stack's keys by logical name; ``spec.encryption_key`` must be one.
        :param spec: name, key, variable, version, recovery window, tags.
        """
        super().__init__(scope, id)
        remember_stack(self, scope)
        if not kinds_ok(
            self,
            ("instance", instance, KeyStoreInstance, "a KeyStoreInstance construct"),
            ("keys", keys, dict, "the stack's keys by name, such as {'app': KeyStoreKey(...)}"),
            (
                "spec",
                spec,
                SecretSpec,
                "a SecretSpec, such as SecretSpec(name='db', encryption_key='app')",
            ),
        ):
            return
        self.spec = spec
        """The validated secret description."""
        check = checker_for(self)
        spec.validate(check, tuple(keys))
        refuse_tokens(check, spec)
        claim_by_hand(
            self,
            scope,
            check,
            ("name", "KMS secret", spec.name, "name the secret differently"),
            ("data_variable", "variable", spec.variable, "set data_variable"),
        )
        count_held(instance, "secret", check, CLAIMED_BY_SCOPE not in scope.__dict__)
        name = spec.encryption_key
        listed = isinstance(name, str) and name in keys  # if not, the spec's problem (above)
        key = keys[name] if listed else None
        if listed:  # a name, a spec or None there would leave the secret out unsaid
            right = rules.check_kind(
                check, f"keys[{name!r}]", key, KeyStoreKey, "a KeyStoreKey construct"
            )
            key_spec = vars(key).get("spec") if right else None
            if isinstance(key_spec, KeySpec) and not key_spec.symmetric:
                check.fail(
                    "encryption_key",
                    name,
                    f"a symmetric key (AES or SM4): KMS encrypts secrets with symmetric keys "
                    f"only, and {name!r} is {key_spec.key_spec}",
                )
        if not report(self, check) or not built(instance, key):  # type: ignore[arg-type]
            return
        self.value = sensitive_variable(
            self, spec.variable, f"Value of the KMS secret {spec.name} (sensitive)."
        )
        """The sensitive variable holding the value."""
        # binding imported here: an app without secrets does not pay for it
        from .framework.cdk import KmsSecret

        self.resource = KmsSecret(
            self,
            "Resource",
            secret_name=spec.name,
            secret_data=self.value.string_value,
            version_id=literal(spec.version_id),
            dkms_instance_id=instance.instance_id,
            encryption_key_id=keys[spec.encryption_key].key_id,
            recovery_window_in_days=spec.recovery_window_in_days,
            force_delete_without_recovery=False,
            description=optional_literal(spec.description),
            tags=literal_tags(spec.tags),
        )
        """The generated ``alicloud_kms_secret``."""
