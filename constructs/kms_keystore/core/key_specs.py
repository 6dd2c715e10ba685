"""Keys, secrets and application access inside a KMS instance, as validated data."""

from __future__ import annotations

import posixpath
import re
from dataclasses import field
from datetime import UTC, datetime
from pathlib import PurePosixPath

from . import rules
from .api_forms import SECONDS_PER_DAY, rotation_interval_length
from .patterns import lazy_pattern
from .problems import Checker
from .records import Record, record

SYMMETRIC_SPECS = ("Aliyun_AES_256", "Aliyun_AES_128", "Aliyun_AES_192", "Aliyun_SM4")
ASYMMETRIC_SPECS = ("RSA_2048", "RSA_3072", "EC_P256", "EC_SM2", "EC_P256K")
KEY_SPECS = SYMMETRIC_SPECS + ASYMMETRIC_SPECS
HSM_ONLY_SPECS = ("Aliyun_AES_128", "Aliyun_AES_192")
"""Symmetric specs KMS makes for hardware-protected keys only (API-45)."""
ENCRYPT = "ENCRYPT/DECRYPT"
SIGN = "SIGN/VERIFY"
USAGES_BY_SPEC = {
    **{spec: (ENCRYPT,) for spec in SYMMETRIC_SPECS},
    "RSA_2048": (ENCRYPT, SIGN),
    "RSA_3072": (ENCRYPT, SIGN),
    "EC_P256": (SIGN,),
    "EC_P256K": (SIGN,),
    "EC_SM2": (ENCRYPT, SIGN),
}
ORIGINS = ("Aliyun_KMS", "EXTERNAL")
PROTECTION_LEVELS = ("SOFTWARE", "HSM")
PENDING_WINDOW_RANGE = (7, 366)
ROTATION_DAYS_RANGE = (7, 365)
SECRET_RECOVERY_RANGE = (7, 30)
KEY_USER = "RbacPermission/Template/CryptoServiceKeyUser"
SECRET_USER = "RbacPermission/Template/CryptoServiceSecretUser"

_LOGICAL_NAME = lazy_pattern(r"[a-z][a-z0-9-]{0,62}")
_ALIAS = lazy_pattern(r"alias/[A-Za-z0-9:/_-]{1,249}")
RESERVED_ALIAS_PREFIX = "alias/acs"
"""Aliases KMS keeps for Alibaba Cloud services (CreateAlias refuses them)."""
_SECRET_NAME = lazy_pattern(r"[A-Za-z0-9_/+=.@-]{1,192}")
# What Go's time.Parse(time.RFC3339) takes, which the provider applies to the client key's
# not_before/not_after (ValidateRFC3339TimeString, alicloud/validators.go at 1.283.0).
_RFC3339 = lazy_pattern(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})"
)
RESERVED_SECRET_PREFIX = "acs/"
"""CreateSecret: a Generic (or Rds) secret's name cannot start with it (API-47)."""
KMS_NAME_MAX = 64
APPLICATION_SUFFIXES = ("-network", "-policy", "-aap")
"""Suffixes of the KMS objects named after an application (network rule, policy, access point)."""
LEAVES_OUTPUT = "../../../"
"""From ``<outdir>/stacks/<stack>``, the way out of the output directory."""


def check_logical_name(check: Checker, field_name: str, value: object) -> None:
    """Names we give keys, secrets and applications in configuration: lowercase, digits, '-'."""
    if not isinstance(value, str) or not _LOGICAL_NAME.fullmatch(value):
        check.fail(field_name, value, "1-63 characters: a lowercase letter, then a-z, 0-9 or '-'")


def rfc3339(value: object) -> datetime | None:
    """The moment an RFC 3339 time (``2027-01-01T00:00:00Z``) stands for, or None."""
    match = _RFC3339.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    fraction = (match[1] or "")[:7].ljust(7, "0") if match[1] else ""
    zone = "+00:00" if match[2] == "Z" else match[2]
    try:
        moment = datetime.fromisoformat(f"{match.string[:19]}{fraction}{zone}")
        return moment.astimezone(UTC)  # the form written out (api_forms.rfc3339_utc)
    except (ValueError, OverflowError):  # OverflowError: beyond year 1-9999 in UTC
        return None


def check_key_file(check: Checker, field_name: str, path: object) -> None:
    """A client key file: a relative path that leaves the output directory.

    Terraform writes the file relative to ``<outdir>/stacks/<stack>``; a file left
    inside the output directory would be deleted by the next synth.
    """
    if (
        not isinstance(path, str)
        or not path.strip()
        or not path.isprintable()
        or "\\" in path
        or PurePosixPath(path).is_absolute()
    ):
        check.fail(field_name, path, "a relative path (to the stack directory)")
    elif not posixpath.normpath(path).startswith(LEAVES_OUTPUT):
        check.fail(
            field_name,
            path,
            f"a path out of the output directory, starting with '{LEAVES_OUTPUT}' (the "
            "next synth deletes files inside it), like '../../../secrets/app.client-key.json'",
        )


def rotation_days(interval: object) -> float | None:
    """The length of a rotation interval such as ``365d`` or ``604800s``, in days."""
    seconds = rotation_interval_length(interval)
    return None if seconds is None else seconds / SECONDS_PER_DAY


@record
class KeySpec(Record):
    """A key in the instance. Defaults follow the key spec and the instance edition."""

    name: str
    """Logical name, used by applications and secrets to refer to the key."""
    key_spec: str = "Aliyun_AES_256"
    """One of the KMS key specs; changing it replaces the key."""
    key_usage: str | None = None
    """``ENCRYPT/DECRYPT`` or ``SIGN/VERIFY``; default: what the spec allows, encryption first."""
    origin: str = "Aliyun_KMS"
    """``Aliyun_KMS`` or ``EXTERNAL`` (imported key material)."""
    protection_level: str | None = None
    """``HSM`` or ``SOFTWARE``; default: the instance's edition (HSM on hardware)."""
    automatic_rotation: bool | None = None
    """Default: on where the key can rotate (symmetric, KMS-made material), else off."""
    rotation_interval: str = "365d"
    """Interval of automatic rotation, 7-365 days: ``365d`` or seconds such as ``604800s``."""
    deletion_protection: bool = True
    """Refuse deletion through the API (default on)."""
    prevent_destroy: bool = True
    """Terraform ``lifecycle.prevent_destroy`` (default on)."""
    pending_window_in_days: int = 30
    """Days between scheduling deletion and deleting, 7-366."""
    description: str = ""
    """Description of the key."""
    aliases: tuple[str, ...] = ()
    """Aliases such as ``alias/payments``."""
    tags: dict[str, str] = field(default_factory=dict)
    """Tags of the key."""

    @property
    def symmetric(self) -> bool:
        """True for AES and SM4 keys."""
        return self.key_spec in SYMMETRIC_SPECS

    @property
    def can_rotate(self) -> bool:
        """Only symmetric keys whose material KMS made can rotate automatically."""
        return self.symmetric and self.origin == "Aliyun_KMS"

    @property
    def effective_usage(self) -> str:
        """The usage written into Terraform."""
        return self.key_usage or USAGES_BY_SPEC.get(self.key_spec, (ENCRYPT,))[0]

    @property
    def rotates(self) -> bool:
        """Whether automatic rotation is on."""
        return self.can_rotate if self.automatic_rotation is None else self.automatic_rotation

    def effective_protection(self, hardware: bool) -> str:
        """The protection level written into Terraform."""
        return self.protection_level or ("HSM" if hardware else "SOFTWARE")

    def validate(self, check: Checker, hardware: bool | None) -> None:
        """Record problems; ``hardware`` tells the edition of the instance (None: unknown).

        A key's ``protection_level`` is ForceNew and the provider's default is
        ``SOFTWARE``: with the edition unknown (an adopted or referenced instance
        without ``productVersion``) the level must be given, or the edition.
        """
        check_logical_name(check, "name", self.name)
        if hardware is None and self.protection_level is None:
            check.fail(
                "protection_level",
                None,
                "'HSM' or 'SOFTWARE', or the instance's productVersion ('5' hardware, '3' "
                "software): the instance's edition is not known to synth, and a key written "
                "with the provider's default SOFTWARE into a hardware instance differs from "
                "what KMS reports (protection_level is ForceNew)",
            )
        check.one_of("key_spec", self.key_spec, KEY_SPECS)
        level = self.protection_level or (
            None if hardware is None else ("HSM" if hardware else "SOFTWARE")
        )
        if self.origin == "EXTERNAL" and self.key_spec in HSM_ONLY_SPECS:
            check.fail(
                "key_spec",
                self.key_spec,
                "'Aliyun_AES_256' for a key with EXTERNAL material: KMS does not take "
                "imported AES-128 or AES-192 material (API-45)",
            )
        elif level == "SOFTWARE" and self.key_spec in HSM_ONLY_SPECS:
            check.fail(
                "key_spec",
                self.key_spec,
                "'Aliyun_AES_256' for a software-protected key: KMS makes AES-128 and AES-192 "
                "keys only in the hardware edition (product_version '5'), so CreateKey would "
                "fail after the instance is bought (API-45)",
            )
        allowed_usages = USAGES_BY_SPEC.get(self.key_spec, (ENCRYPT, SIGN))
        if self.key_usage is not None and self.key_usage not in allowed_usages:
            check.fail(
                "key_usage",
                self.key_usage,
                f"for {self.key_spec}: " + " or ".join(repr(u) for u in allowed_usages),
            )
        check.one_of("origin", self.origin, ORIGINS)
        if self.protection_level is not None:
            check.one_of("protection_level", self.protection_level, PROTECTION_LEVELS)
            if hardware and self.protection_level == "SOFTWARE":
                check.fail(
                    "protection_level",
                    "SOFTWARE",
                    "'HSM' on a hardware instance (omit it, or use a software instance, "
                    "product_version '3')",
                )
            if hardware is False and self.protection_level == "HSM":
                check.fail(
                    "protection_level",
                    "HSM",
                    "'SOFTWARE' on a software instance (omit it, or use the hardware "
                    "edition, product_version '5')",
                )
        for name in ("deletion_protection", "prevent_destroy"):
            if not isinstance(getattr(self, name), bool):
                check.fail(name, getattr(self, name), "true or false")
        if not isinstance(self.automatic_rotation, bool | None):
            check.fail(
                "automatic_rotation",
                self.automatic_rotation,
                "true, false, or unset (rotation where the key can rotate)",
            )
        elif self.automatic_rotation and not self.can_rotate:
            why = "asymmetric keys" if not self.symmetric else "keys with EXTERNAL material"
            check.fail(
                "automatic_rotation",
                True,
                f"false or unset: {why} cannot rotate automatically",
            )
        if self.rotates:
            days = rotation_days(self.rotation_interval)
            low, high = ROTATION_DAYS_RANGE
            if days is None or not low <= days <= high:
                check.fail(
                    "rotation_interval",
                    self.rotation_interval,
                    f"{low}-{high} days, written like '365d' or '604800s'",
                )
        check.in_range("pending_window_in_days", self.pending_window_in_days, *PENDING_WINDOW_RANGE)
        rules.check_description(check, "description", self.description, 8192)
        aliases = rules.listed(check, "aliases", self.aliases, object, "an alias, 'alias/...'")
        for index, alias in enumerate(aliases):
            if not isinstance(alias, str) or not _ALIAS.fullmatch(alias):
                check.fail(
                    f"aliases[{index}]",
                    alias,
                    "'alias/' followed by 1-249 of letters, digits, ':', '/', '_' or '-'",
                )
            elif (
                alias.lower().startswith(RESERVED_ALIAS_PREFIX)
                or "//" in alias
                or (alias.endswith("/"))
            ):
                check.fail(
                    f"aliases[{index}]",
                    alias,
                    "an alias not starting with 'alias/acs' (reserved for Alibaba Cloud "
                    "services), without '//' and not ending in '/'",
                )
            elif alias in aliases[:index]:
                check.fail(f"aliases[{index}]", alias, "an alias not given before")
        rules.check_tags(check, "tags", self.tags)


@record
class SecretSpec(Record):
    """A secret in the instance; its value comes from a sensitive Terraform variable."""

    name: str
    """Secret name in KMS (also used to refer to it from applications)."""
    encryption_key: str
    """Logical name of the key (declared in the same stack) that encrypts the secret."""
    data_variable: str | None = None
    """Name of the sensitive variable holding the value; default ``<name>_secret_data``."""
    version_id: str = "v1"
    """Version of the secret value."""
    description: str = ""
    """Description of the secret."""
    recovery_window_in_days: int = 30
    """Days a deleted secret can be recovered, 7-30."""
    tags: dict[str, str] = field(default_factory=dict)
    """Tags of the secret."""

    @property
    def variable(self) -> str:
        """The variable that holds the secret value."""
        if self.data_variable is not None:
            return self.data_variable
        return re.sub(r"[^A-Za-z0-9_]", "_", f"{self.name}_secret_data")

    def validate(self, check: Checker, keys: tuple[str, ...]) -> None:
        """Record problems; ``keys`` are the key names declared in the stack."""
        if not isinstance(self.name, str) or not _SECRET_NAME.fullmatch(self.name):
            check.fail("name", self.name, "1-192 characters: letters, digits, _/+=.@-")
        elif self.name.startswith(RESERVED_SECRET_PREFIX):
            check.fail(
                "name",
                self.name,
                f"a name that does not start with {RESERVED_SECRET_PREFIX!r}: CreateSecret "
                "refuses it for a generic secret, which this is (API-47)",
            )
        if self.encryption_key not in keys:
            check.fail(
                "encryption_key",
                self.encryption_key,
                "the name of a key declared in this stack: " + (", ".join(keys) or "(none)"),
            )
        given = self.data_variable is not None
        rules.check_variable_name(check, "data_variable" if given else "name", self.variable)
        if not isinstance(self.version_id, str) or not 1 <= len(self.version_id) <= 64:
            check.fail("version_id", self.version_id, "1-64 characters")
        check.in_range(
            "recovery_window_in_days", self.recovery_window_in_days, *SECRET_RECOVERY_RANGE
        )
        rules.check_description(check, "description", self.description)
        rules.check_tags(check, "tags", self.tags)


def _check_references(
    check: Checker, field_name: str, names: tuple[str, ...], declared: tuple[str, ...], hint: str
) -> None:
    """Each name must be declared in the stack, or be ``*``."""
    kind = field_name.rstrip("s")
    for index, name in enumerate(names):
        if name != "*" and name not in declared:
            check.fail(
                f"{field_name}[{index}]",
                name,
                f"the name of a {kind} declared in this stack ("
                + (", ".join(declared) or "none declared")
                + f"), or '*'{hint}",
            )


@record
class ApplicationSpec(Record):
    """One application's access path: "use these keys and secrets from these addresses"."""

    name: str
    """Logical name; prefixes the network rule, policy and access point names."""
    source_ips: tuple[str, ...]
    """Private addresses or CIDR blocks the application connects from."""
    keys: tuple[str, ...] = ()
    """Logical names of keys in the stack the application may use (``*`` for all)."""
    secrets: tuple[str, ...] = ()
    """Names of secrets in the stack the application may read (``*`` for all)."""
    password_variable: str | None = None
    """Sensitive variable with the client key password; default ``<name>_client_key_password``."""
    private_key_data_file: str | None = None
    """Where Terraform writes the client key, relative to the stack directory.

    Default ``../../../secrets/<name>.client-key.json`` (the project's ``secrets/``,
    which ``.gitignore`` excludes). Keep this file out of version control.
    """
    not_before: str | None = None
    """Start of the client key's validity (RFC 3339)."""
    not_after: str | None = None
    """End of the client key's validity (RFC 3339)."""
    description: str = ""
    """Description shared by the generated objects."""

    @property
    def password(self) -> str:
        """Name of the variable holding the client key password."""
        if self.password_variable is not None:
            return self.password_variable
        return re.sub(r"[^A-Za-z0-9_]", "_", f"{self.name}_client_key_password")

    @property
    def key_file(self) -> str:
        """The client key file path written into Terraform."""
        if self.private_key_data_file is not None:
            return self.private_key_data_file
        return f"../../../secrets/{self.name}.client-key.json"

    def validate(self, check: Checker, keys: tuple[str, ...], secrets: tuple[str, ...]) -> None:
        """Record problems; ``keys``/``secrets`` are the names declared in the stack."""
        before = len(check.problems)
        check_logical_name(check, "name", self.name)
        longest = max(APPLICATION_SUFFIXES, key=len)
        room = KMS_NAME_MAX - len(longest)
        if len(check.problems) == before and len(self.name) > room:
            check.fail(
                "name",
                self.name,
                f"at most {room} characters: its network rule is named '<name>{longest}' "
                f"(at most {KMS_NAME_MAX})",
            )
        source_ips = rules.listed(
            check, "source_ips", self.source_ips, object, "a private address or CIDR block"
        )
        if self.source_ips in ((), []):
            check.fail("source_ips", [], "at least one private address or CIDR block")
        seen: set[object] = set()
        for index, address in enumerate(source_ips):
            rules.check_private_address(check, f"source_ips[{index}]", address)
            network = rules.parse_address(address)  # 10.0.0.1 and 10.0.0.1/32 are one
            if network is not None and network in seen:
                check.fail(f"source_ips[{index}]", address, "an address not already in the list")
            seen.add(network)
        used_keys = rules.listed(check, "keys", self.keys, object, "a key's name, or '*'")
        used_secrets = rules.listed(
            check, "secrets", self.secrets, object, "a secret's name, or '*'"
        )
        if self.keys in ((), []) and self.secrets in ((), []):
            check.fail("keys/secrets", [], "at least one key or secret to use")
        _check_references(check, "keys", used_keys, keys, "; declare the key first")  # type: ignore[arg-type]
        _check_references(check, "secrets", used_secrets, secrets, "")  # type: ignore[arg-type]
        rules.check_variable_name(
            check, "name" if self.password_variable is None else "password_variable", self.password
        )
        check_key_file(check, "private_key_data_file", self.key_file)
        moments = {}
        for name in ("not_before", "not_after"):
            value = getattr(self, name)
            if value is None:
                continue
            moment = rfc3339(value)
            if moment is None:
                check.fail(
                    name,
                    value,
                    "an RFC 3339 time between years 1 and 9999 in UTC, like 2027-01-01T00:00:00Z",
                )
            else:
                moments[name] = moment
        if len(moments) == 2 and moments["not_after"] <= moments["not_before"]:
            check.fail("not_after", self.not_after, f"a time after notBefore ({self.not_before})")
        elif "not_after" in moments and moments["not_after"] <= datetime.now(UTC):
            check.fail(
                "not_after",
                self.not_after,
                "a time in the future: a client key that has expired when it is created "
                "cannot be used",
            )
        rules.check_description(check, "description", self.description)
