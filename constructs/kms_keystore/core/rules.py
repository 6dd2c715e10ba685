"""Value rules of Alibaba Cloud and of the pinned provider, checked at synth time.

The provider applies these at plan time (enums, ranges, name patterns) or not at
all (zones and vSwitches of an instance); we apply them while the app is built.
"""

from __future__ import annotations

import functools
import ipaddress
import string
from typing import Any, TypeAlias, TypeVar

from .patterns import lazy_pattern
from .problems import Checker, a_kind

_T = TypeVar("_T")
Listed: TypeAlias = list[_T] | tuple[_T, ...]
"""A list or tuple of ``_T``: what :func:`listed` takes (a string is no list of names)."""

# alicloud_kms_instance (provider 1.283.0)
PRODUCT_VERSIONS = {"3": "software key management", "5": "hardware key management (HSM)"}
PAYMENT_TYPES = ("Subscription", "PayAsYouGo")
SPECS = (0, 200, 1000, 2000, 4000)
PERIODS = (0, 1, 2, 3, 6, 12, 24, 36)
RENEW_STATUSES = ("AutoRenewal", "ManualRenewal")
RENEWAL_PERIOD_UNITS = ("M", "Y")
KEY_NUM_RANGE = (100, 100_000)
SECRET_NUM_RANGE = (0, 100_000)
VPC_NUM_RANGE = (0, 10_000)
RENEW_PERIOD_RANGE = (0, 36)
LOG_STORAGE_RANGE = (0, 500_000)
INSTANCE_ZONE_COUNT = 2
RESOURCE_NAME_MAX = 128

_ASCII_LETTERS_DIGITS = frozenset(string.ascii_letters + string.digits)
_RAM_POLICY_NAME_CHARACTERS = _ASCII_LETTERS_DIGITS | {"-"}
_RAM_POLICY_NAME_MAX = 128
_RAM_PRINCIPAL_NAME = lazy_pattern(r"[A-Za-z0-9._@-]{1,64}")
_RAM_DESCRIPTION_MAX = 1024
_NAME_PUNCTUATION = frozenset("._-")
_ASCII_NAME_CHARACTERS = _ASCII_LETTERS_DIGITS | _NAME_PUNCTUATION
_LOWER_LETTERS = frozenset(string.ascii_lowercase)
_LOWER_LETTERS_DIGITS = _LOWER_LETTERS | frozenset(string.digits)
_ID = lazy_pattern(r"[a-z][a-z0-9]*-[A-Za-z0-9]+")
# KMS TagResources (API reference): up to 20 tags, keys and values up to 128 characters,
# keys not starting with "aliyun" or "acs:".
TAGS_MAX = 20
_TAG_KEY_MAX = 128
_TAG_VALUE_MAX = 128
_VARIABLE = lazy_pattern(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
# Names Terraform keeps for itself in a variable block ("Invalid variable name" otherwise).
RESERVED_VARIABLE_NAMES = (
    "count",
    "depends_on",
    "for_each",
    "lifecycle",
    "locals",
    "providers",
    "source",
    "version",
)


_PLAIN = (str, int, float, bool, type(None))


def shown_kind(value: object) -> object:
    """A plain value as itself; any other object by its type (never its ``repr``)."""
    return value if isinstance(value, _PLAIN) else kind_name(value)


def kind_name(value: object) -> str:
    """``'a Vpc'``, ``'an int'``: what ``value`` is, for a message."""
    return a_kind(type(value).__name__)


def indexed(value: object, kind: type | tuple[type, ...]) -> list[tuple[int, Any]]:
    """(position as given, item) of each ``kind`` item of the list or tuple ``value``.

    What follows :func:`listed` when messages name positions: the items it
    refused are skipped, not closed up, so each keeps the position the user wrote.
    """
    items = value if isinstance(value, list | tuple) else ()
    return [(index, item) for index, item in enumerate(items) if isinstance(item, kind)]


def check_kind(
    check: Checker, field: str, value: object, kind: type | tuple[type, ...], expected: str
) -> bool:
    """True when ``value`` is a ``kind``; records the problem otherwise.

    For props composed by hand: a spec of the wrong class would otherwise fail
    later, far from its cause, on an attribute it lacks.
    """
    if isinstance(value, kind):
        return True
    check.fail(field, shown_kind(value), expected)
    return False


def listed(
    check: Checker, field: str, value: object, kind: type | tuple[type, ...], expected: str
) -> tuple[object, ...]:
    """The items of the list or tuple ``value`` that are a ``kind``.

    A single string is no list here: iterated, it would give its characters as
    names. It, any other value that is no sequence, and each item that is no
    ``kind`` are recorded (``expected`` says what an item must be); the rest is
    returned so that what follows still checks it.
    """
    if not isinstance(value, (list, tuple)):
        check.fail(field, shown_kind(value), f"a list or tuple, each item {expected}")
        return ()
    if not value:
        return ()
    if kind is object or all(isinstance(item, kind) for item in value):  # the usual case
        return tuple(value)
    kept: list[object] = []
    for index, item in enumerate(value):
        if check_kind(check, f"{field}[{index}]", item, kind, expected):
            kept.append(item)
    return tuple(kept)


def check_ram_policy_name(check: Checker, field: str, value: object) -> None:
    """RAM policy names: 1-128 letters, digits and hyphens."""
    if not (
        isinstance(value, str)
        and 1 <= len(value) <= _RAM_POLICY_NAME_MAX
        and _RAM_POLICY_NAME_CHARACTERS.issuperset(value)
    ):
        check.fail(field, value, "1-128 characters: letters, digits and hyphens")


def check_ram_principal_name(check: Checker, field: str, value: object) -> None:
    """RAM user, group and role names: 1-64 letters, digits, '.', '_', '-' and '@'."""
    if not isinstance(value, str) or not _RAM_PRINCIPAL_NAME.fullmatch(value):
        check.fail(field, value, "1-64 characters: letters, digits, '.', '_', '-' or '@'")


def check_description(check: Checker, field: str, value: object, limit: int = 1024) -> None:
    """Free text up to ``limit`` characters; not only spaces (the cloud trims it to nothing)."""
    if not isinstance(value, str) or len(value) > limit:
        check.fail(field, value, f"a string of at most {limit} characters")
    elif value and not value.strip():
        check.fail(field, value, "text with visible characters, or no description at all")


def check_variable_name(check: Checker, field: str, value: object) -> None:
    """A Terraform variable name: a letter or '_', then letters, digits and '_', not reserved."""
    if not isinstance(value, str) or not _VARIABLE.fullmatch(value):
        check.fail(field, value, "a Terraform variable name: a letter or '_', then [A-Za-z0-9_]")
    elif value in RESERVED_VARIABLE_NAMES:
        check.fail(
            field,
            value,
            "a variable name Terraform does not reserve (not "
            + ", ".join(RESERVED_VARIABLE_NAMES)
            + ")",
        )


def check_resource_name(check: Checker, field: str, value: object) -> None:
    """VPC, vSwitch and KMS names: 2-128 characters, starting with a letter."""
    if not isinstance(value, str) or not is_resource_name(value):
        check.fail(
            field,
            value,
            "2-128 characters starting with a letter; letters, digits, '.', '_' and '-'",
        )


def _is_name_letter(char: str) -> bool:
    """An ASCII letter or a CJK unified ideograph of U+4E00-U+9FA5."""
    return (char.isascii() and char.isalpha()) or "\u4e00" <= char <= "\u9fa5"


def is_resource_name(value: str) -> bool:
    """2-128 characters: a letter (ASCII or CJK U+4E00-U+9FA5), then those, digits, ``._-``.

    The same set as ``[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5._-]{1,127}``,
    checked without a regular expression: compiling that character class costs
    about 5 ms, at every start of the app.
    """
    if not 2 <= len(value) <= RESOURCE_NAME_MAX or not _is_name_letter(value[0]):
        return False
    if value.isascii():  # the common case, settled by one set operation
        return _ASCII_NAME_CHARACTERS.issuperset(value)
    return all(
        _is_name_letter(char) or (char.isascii() and char.isdigit()) or char in _NAME_PUNCTUATION
        for char in value[1:]
    )


KNOWN_REGIONS = frozenset(
    {
        *("cn-hangzhou", "cn-qingdao", "cn-beijing", "cn-hongkong", "cn-shenzhen"),
        *("cn-shanghai", "cn-zhangjiakou", "cn-huhehaote", "cn-chengdu", "cn-heyuan"),
        *("cn-wulanchabu", "cn-guangzhou", "cn-nanjing", "cn-fuzhou", "cn-zhongwei"),
        *("ap-southeast-1", "ap-northeast-1", "ap-northeast-2", "ap-southeast-2"),
        *("ap-southeast-3", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7"),
        *("ap-south-1", "us-west-1", "us-east-1", "us-southeast-1", "me-east-1"),
        *("me-central-1", "eu-central-1", "eu-west-1", "rus-west-1", "cn-north-2-gov-1"),
        *("cn-hangzhou-finance", "cn-hzfinance", "cn-hzjbp", "cn-beijing-finance-1"),
        *("cn-beijing-finance-1-pub", "cn-shanghai-finance-1", "cn-shanghai-finance-1-pub"),
        *("cn-shenzhen-finance-1", "cn-szfinance", "cn-shenzhen-finance"),
    }
)
"""The region IDs the pinned provider names (``alicloud/connectivity/regions.go``, API-46)."""


def is_region(value: object) -> bool:
    """True for a well-formed region ID such as ``cn-hangzhou`` that is no misspelt known one."""
    if type(value) is str and value in KNOWN_REGIONS:  # the usual case: one set lookup
        return True
    return isinstance(value, str) and _is_region_text(value) and _misspelt_region(value) is None


@functools.lru_cache(maxsize=256)
def _is_region_text(value: str) -> bool:
    """``[a-z]{2,3}(-[a-z0-9]+)+``, checked without compiling it; a fleet repeats its regions."""
    first, dash, rest = value.partition("-")
    return (
        bool(dash)
        and 2 <= len(first) <= 3
        and _LOWER_LETTERS.issuperset(first)
        and all(part and _LOWER_LETTERS_DIGITS.issuperset(part) for part in rest.split("-"))
    )


@functools.lru_cache(maxsize=256)
def _misspelt_region(value: str) -> str | None:
    """The known region ``value`` misspells (API-46), or None.

    A region the provider does not name is taken as a new one, unless one
    letter (or dash) added, left out, changed or swapped with the next makes it a
    known region: ``cn-hangzou``, ``cn-hang-zhou`` and ``ap-southeast1`` are
    misspelt, as are ``ap-southeast-l`` and ``ap-southeastt1`` (a letter for a
    digit or a dash), while ``ap-southeast-8`` or ``ap-northeast-3`` may open
    after the pinned provider was released. A digit changed for a digit, or one
    added, is never taken for a misspelling.
    """
    if value in KNOWN_REGIONS:
        return None
    for known in sorted(KNOWN_REGIONS):
        if abs(len(known) - len(value)) <= 1 and _one_letter_apart(value, known):
            return known
    return None


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether one letter or ``-`` added, left out, changed or swapped turns ``a`` into ``b``.

    A changed character counts unless both are digits: a letter typed for a digit
    (``ap-southeast-l``, ``-q``), a dash for anything, or anything for a dash.
    """
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) < len(b):  # one letter, or a dash, left out of a
        return a[start:] == b[start + 1 :] and (b[start].isalpha() or b[start] == "-")
    rest_a, rest_b = a[start + 1 :], b[start + 1 :]
    if rest_a == rest_b:  # one character changed: a digit for a digit may be a new region
        return not (a[start].isdigit() and b[start].isdigit())
    return (  # two neighbours swapped
        start + 1 < len(a)
        and a[start] == b[start + 1]
        and a[start + 1] == b[start]
        and a[start + 2 :] == b[start + 2 :]
    )


def check_region(check: Checker, field: str, value: object) -> None:
    """A region ID such as ``cn-hangzhou`` or ``ap-southeast-1``, not a misspelt known one."""
    if type(value) is str and value in KNOWN_REGIONS:
        return
    if not (isinstance(value, str) and _is_region_text(value)):
        check.fail(field, value, "a region ID such as 'cn-hangzhou' or 'ap-southeast-1'")
    elif (known := _misspelt_region(value)) is not None:
        check.fail(
            field,
            value,
            f"a region of Alibaba Cloud: did you mean {known!r}? ({value!r} is no region "
            "the provider names, and one letter from that one)",
        )


def check_resource_id(check: Checker, field: str, value: object, prefix: str) -> None:
    """An existing resource ID such as ``vpc-bp1...`` or ``vsw-bp1...``."""
    if not isinstance(value, str) or not value.startswith(f"{prefix}-") or not _ID.fullmatch(value):
        check.fail(field, value, f"an ID of the form '{prefix}-xxxxxxxx'")


def parse_cidr(check: Checker, field: str, value: object) -> ipaddress.IPv4Network | None:
    """An IPv4 CIDR block in canonical form (host bits zero), or None after a failure."""
    network = parse_address(value)
    if network is None:
        check.fail(field, value, "an IPv4 CIDR block with host bits zero, such as '10.0.0.0/24'")
    return network


RFC1918 = tuple(
    ipaddress.IPv4Network(block) for block in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)
"""The private address blocks of RFC 1918, section 3; ``is_private`` also admits loopback,
``0.0.0.0/8``, link-local and reserved blocks, which no VPC or client can use."""


def is_rfc1918(network: ipaddress.IPv4Network) -> bool:
    """True when ``network`` lies inside one of the three RFC 1918 blocks."""
    return any(network.subnet_of(block) for block in RFC1918)


def parse_address(value: object) -> ipaddress.IPv4Network | None:
    """An IPv4 address or CIDR block (host bits zero) as a network, or None."""
    if not isinstance(value, str) or not value.isascii():
        return None
    return _parsed_address(value)


@functools.lru_cache(maxsize=1024)
def _parsed_address(value: str) -> ipaddress.IPv4Network | None:
    """``parse_address`` of text, remembered: a fleet's deployments repeat the same blocks.

    ``IPv4Network`` is immutable, so handing out one object for equal text is safe.
    """
    try:
        return ipaddress.IPv4Network(value, strict=True)
    except ValueError:
        return None


def check_private_address(check: Checker, field: str, value: object) -> None:
    """A private IPv4 address or CIDR block: inside 10/8, 172.16/12 or 192.168/16 (RFC 1918)."""
    network = parse_address(value)
    if network is None:
        check.fail(field, value, "a private IPv4 address or CIDR block, such as '10.0.1.15'")
    elif not is_rfc1918(network):
        check.fail(field, value, "a private address (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)")


def check_vpc_cidr(check: Checker, field: str, value: object) -> ipaddress.IPv4Network | None:
    """A VPC CIDR: inside an RFC 1918 block, with a prefix from /8 to /28 (VPC's own limits)."""
    network = parse_cidr(check, field, value)
    if network is None:
        return None
    if not is_rfc1918(network) or not 8 <= network.prefixlen <= 28:
        check.fail(field, value, "a private CIDR block from /8 to /28, such as '10.0.0.0/16'")
        return None
    return network


def check_subnets(
    check: Checker,
    vpc: ipaddress.IPv4Network | None,
    subnets: list[tuple[str, object]],
) -> None:
    """VSwitch CIDRs: valid, /16 to /29, inside the VPC, and not overlapping each other."""
    parsed: list[tuple[str, ipaddress.IPv4Network]] = []
    for field, value in subnets:
        network = parse_cidr(check, field, value)
        if network is None:
            continue
        if not 16 <= network.prefixlen <= 29:
            check.fail(field, value, "a vSwitch CIDR block from /16 to /29")
            continue
        if vpc is not None and not network.subnet_of(vpc):
            check.fail(field, value, f"a block inside the VPC CIDR {vpc}")
            continue
        for other_field, other in parsed:
            if network.overlaps(other):
                check.fail(field, value, f"a block that does not overlap {other_field} ({other})")
                break
        parsed.append((field, network))


def check_tags(check: Checker, field: str, tags: object) -> None:
    """Tags: string keys and values, keys not starting with 'aliyun' or 'acs:'."""
    if not isinstance(tags, dict):
        check.fail(field, tags, "a mapping of tag keys to string values")
        return
    if len(tags) > TAGS_MAX:
        check.fail(field, f"{len(tags)} tags", f"at most {TAGS_MAX} tags (KMS TagResources)")
    for key, value in tags.items():
        if (
            not isinstance(key, str)
            or not 1 <= len(key) <= _TAG_KEY_MAX
            or key.lower().startswith(("aliyun", "acs:"))
            or "://" in key
        ):
            check.fail(
                f"{field}[{key!r}]",
                key,
                "a key of 1-128 characters not starting with 'aliyun' or 'acs:'",
            )
        if not isinstance(value, str) or len(value) > _TAG_VALUE_MAX:
            check.fail(f"{field}[{key!r}]", value, "a string value of at most 128 characters")
