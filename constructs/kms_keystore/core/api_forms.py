"""Values written in the form the APIs return them, so that no plan shows a change after apply.

The provider copies some values into state exactly as the API returns them, with
no diff suppression; a configuration that writes them differently shows a change
on every plan after the first apply.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .patterns import lazy_pattern

_INTERVAL = lazy_pattern(r"([1-9][0-9]*)([ds])")

SECONDS_PER_DAY = 86_400


def rotation_interval_length(interval: object) -> int | None:
    """The seconds a rotation interval (``365d``, ``604800s``) stands for, or None.

    The one reading of the format, shared by validation and by the seconds form
    below: a number without leading zeros, then ``d`` (days) or ``s`` (seconds).
    """
    match = _INTERVAL.fullmatch(interval) if isinstance(interval, str) else None
    if match is None:
        return None
    number, unit = int(match.group(1)), match.group(2)
    return number * SECONDS_PER_DAY if unit == "d" else number


def rotation_interval_seconds(interval: str) -> str:
    """``365d`` -> ``31536000s``; ``604800s`` stays as it is.

    ``resourceAliCloudKmsKeyRead`` (``resource_alicloud_kms_key.go`` at 1.283.0)
    stores ``RotationInterval`` as DescribeKey returns it, in seconds with an
    ``s``; the provider's own tests write ``"605800s"``.
    """
    seconds = rotation_interval_length(interval)
    if seconds is None:
        raise ValueError(f"not a rotation interval: {interval!r}")
    return f"{seconds}s"


RENEWAL_UNIT_ON_CREATE = (
    "renewal_period_unit {unit!r} is not applied when the instance is bought: the provider "
    "passes renew_period to BSS CreateInstance (in months) and calls SetRenewal only on a "
    "later update of renew_status or renew_period, so the instance renews every "
    "{period} month(s) until then"
)
"""Warning for a yearly renewal unit on a new instance (resourceAliCloudKmsInstanceUpdate)."""


def rfc3339_utc(moment: str | None) -> str | None:
    """An RFC 3339 time in UTC: ``2027-01-01T08:00:00+08:00`` -> ``2027-01-01T00:00:00Z``.

    ``resourceAliCloudKmsClientKeyRead`` (``resource_alicloud_kms_client_key.go``
    at 1.283.0) stores ``NotBefore``/``NotAfter`` as GetClientKey returns them; the
    provider's tests write and read back the UTC ``Z`` form. Both arguments are
    ForceNew, so another spelling of the same moment would replace the client key.
    A value that is not such a time is returned as it is (validation reports it).
    """
    if moment is None:
        return None
    try:
        parsed = datetime.fromisoformat(moment).astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: beyond year 1-9999 once in UTC
        return moment
    text = parsed.isoformat(timespec="microseconds" if parsed.microsecond else "seconds")
    return text.replace("+00:00", "Z")
