"""Zone IDs of a region, and the zones a KMS instance defaults to.

Alibaba Cloud writes a zone ID as the region ID followed by the zone letter.
Where the region ID ends in a letter (mainland China: ``cn-hangzhou``) a hyphen
separates them (``cn-hangzhou-k``); where it ends in a digit (``ap-southeast-1``)
the letter follows directly (``ap-southeast-1a``). Sources: the API reference
page "ConnectKmsInstance" gives ``cn-hangzhou-k,cn-hangzhou-j`` and
``ap-southeast-1a,ap-southeast-1b`` as ``ZoneIds``; the provider's acceptance
tests at 1.283.0 (``resource_alicloud_kms_instance_test.go``,
``AlicloudKmsInstanceBasicDependence4048`` and ``..._intl``) use the same pairs.
"""

from __future__ import annotations

import functools

from .problems import Checker

DEFAULT_ZONES: dict[str, tuple[str, str]] = {
    "cn-hangzhou": ("cn-hangzhou-k", "cn-hangzhou-j"),
    "ap-southeast-1": ("ap-southeast-1a", "ap-southeast-1b"),
}
"""The two zones the provider's own KMS instance tests use, per region."""


def zone_example(region: str) -> str:
    """A well-formed zone ID of ``region`` (its first zone letter ``a``)."""
    if not isinstance(region, str) or not region:
        return "cn-hangzhou-k"
    return f"{region}a" if region[-1:].isdigit() else f"{region}-a"


def is_zone_of(region: str, value: object) -> bool:
    """True when ``value`` is a zone ID of ``region`` in the form the API uses."""
    if not isinstance(region, str) or not region or not isinstance(value, str):
        return False
    return _is_zone_text(region, value)


@functools.lru_cache(maxsize=1024)
def _is_zone_text(region: str, value: str) -> bool:
    """:func:`is_zone_of` for text, remembered: a fleet repeats its regions and zones."""
    if not value.startswith(region):
        return False
    suffix = value[len(region) :]
    if region[-1].isdigit():
        return _is_zone_letter(suffix)
    return suffix.startswith("-") and _is_zone_letter(suffix[1:])


def _is_zone_letter(text: str) -> bool:
    """One letter from a to z: the zone's letter after its region."""
    return len(text) == 1 and "a" <= text <= "z"


def check_zone(check: Checker, field: str, value: object, region: str) -> None:
    """Record a zone ID not of ``region`` or not written the way the API writes it."""
    if not is_zone_of(region, value):
        check.fail(
            field, value, f"a zone ID of region {region!r}, such as {zone_example(region)!r}"
        )


def default_zones(region: str) -> tuple[str, str] | None:
    """The default pair of zones for ``region``, or None where the project knows none."""
    return DEFAULT_ZONES.get(region) if isinstance(region, str) else None
