"""Shortcuts taken for speed decide exactly what the plain definitions decide.

Each check below was made cheaper for the common case (docs/speed.md); each test
compares it with the definition it replaced, on the cases where a shortcut could
go wrong.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import struct
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

import pytest

from kms_keystore.core.problems import Checker
from kms_keystore.core.terraform_text import is_cdktf_token
from kms_keystore.framework.validation import _token_places, refuse_tokens
from kms_keystore.guardrails.secret_scan import find_secret_literals

from .support import ROOT
from .test_bench_floor import HOSTILE, _plain_secret_scan

NUMBER_MARKER_BITS = 0xFDFF  # cdktf's DOUBLE_TOKEN_MARKER_BITS
LIST_MARKER_BITS = 0xFBFF  # cdktf's DOUBLE_LIST_TOKEN_MARKER_BITS


def _plain_number_is_token(value: float) -> bool:
    try:
        bits = struct.unpack(">Q", struct.pack(">d", float(value)))[0]
    except OverflowError:
        return False
    return bits >> 48 in (NUMBER_MARKER_BITS, LIST_MARKER_BITS)


def _number(bits: int) -> float:
    return struct.unpack(">d", struct.pack(">Q", bits))[0]


LOWEST_TOKEN = _number(LIST_MARKER_BITS << 48)
HIGHEST_TOKEN = _number((LIST_MARKER_BITS << 48) | 0xFFFF_FFFF_FFFF)
NUMBER_TOKEN = _number(NUMBER_MARKER_BITS << 48)
NUMBERS = [
    NUMBER_TOKEN,
    _number((NUMBER_MARKER_BITS << 48) | 0xFFFF_FFFF_FFFF),
    _number((NUMBER_MARKER_BITS << 48) - 1),
    _number(0xFCFF << 48),
    0,
    1,
    -1,
    1.5,
    -(2.0**960),
    math.nextafter(-(2.0**960), -math.inf),
    LOWEST_TOKEN,
    HIGHEST_TOKEN,
    _number((LIST_MARKER_BITS << 48) | 0x1234),
    math.nextafter(LOWEST_TOKEN, 0.0),
    math.nextafter(HIGHEST_TOKEN, -math.inf),
    -(2.0**1000),
    math.inf,
    -math.inf,
    math.nan,
    -(2**961),  # an int below the bound, still within float range
    -(10**400),  # an int no float can hold
    10**400,
]


@pytest.mark.parametrize("value", NUMBERS, ids=repr)
def test_a_number_is_a_token_exactly_when_its_top_bits_say_so(value):
    assert is_cdktf_token(value) == _plain_number_is_token(value)


def test_token_numbers_made_by_cdktf_are_recognised():
    from cdktf import Token

    assert is_cdktf_token(Token.as_number("${var.x}"))
    assert all(is_cdktf_token(n) for n in Token.as_number_list("${var.x}"))
    assert is_cdktf_token(LOWEST_TOKEN) and is_cdktf_token(HIGHEST_TOKEN)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("plain text", False),
        ("${TfToken[TOKEN.1]}", True),
        ("#{ TfToken[x]", True),
        ("&{tftoken[", True),
        ("{TfToken[", False),
        ("${var.x}", False),
        ("", False),
    ],
)
def test_text_is_a_token_exactly_as_the_pattern_says(text, expected):
    assert is_cdktf_token(text) is expected


@dataclass(frozen=True)
class _Inner:
    name: str = "x"
    values: tuple[object, ...] = ()


@dataclass(frozen=True)
class _Outer:
    description: str = ""
    inner: _Inner = field(default_factory=_Inner)
    items: list[object] = field(default_factory=list)
    tags: dict[str, object] = field(default_factory=dict)
    count: float | None = None
    flag: bool = False


def _plain_token_places(value, path):
    """The walk as first written: recursive, every leaf through the JSON walk."""
    import dataclasses

    from kms_keystore.core.terraform_text import cdktf_token_places

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            inner = getattr(value, item.name)
            yield from _plain_token_places(inner, f"{path}.{item.name}" if path else item.name)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _plain_token_places(item, f"{path}[{index}]")
    else:
        yield from cdktf_token_places(value, path)


TOKEN = "${TfToken[TOKEN.7]}"
SPECS = [
    _Outer(),
    _Outer(description=TOKEN),
    _Outer(inner=_Inner(name=TOKEN, values=("a", TOKEN, LOWEST_TOKEN))),
    _Outer(items=[TOKEN, [TOKEN, {"k": TOKEN}], _Inner(name=TOKEN)], count=LOWEST_TOKEN),
    _Outer(tags={TOKEN: "v", "b": TOKEN, "a": {"deep": [TOKEN]}}, flag=True),
    # numbers on both sides of the bound below which token numbers lie, and odd ones
    _Outer(items=[float("nan"), float("-inf"), -(2.0**960), -(10**400), 5, True, -0.0]),
    _Outer(items=[LOWEST_TOKEN, int(LOWEST_TOKEN), -(2.0**960) * 1.0000001], count=-(2.0**961)),
]


@pytest.mark.parametrize("spec", SPECS, ids=range(len(SPECS)))
def test_token_places_in_a_spec_are_those_of_the_plain_walk(spec):
    assert _token_places(spec) == list(_plain_token_places(spec, ""))


class _Mode(StrEnum):
    PLAIN = "create"
    TOKEN = "${TfToken[TOKEN.9]}"


class _Level(IntEnum):
    TOKEN_NUMBER = int(LOWEST_TOKEN)


class _Text(str):
    """Text of a subclass: walked in full, whatever it holds."""


MORE_SPECS = [
    _Outer(items=[_Mode.PLAIN, _Mode.TOKEN]),
    _Outer(items=[_Level.TOKEN_NUMBER]),
    _Outer(description=_Text(TOKEN)),
    _Outer(description=_Text("plain")),
    _Outer(count=float("nan")),
    _Outer(items=[int(LOWEST_TOKEN), (("deep", (TOKEN,)),)]),
    _Outer(tags={"k": "v", "z": _Inner(values=({"in": TOKEN},))}),
    _Outer(description="{ braces but no token }", tags={"{": "}"}),
    _Outer(inner=_Inner(name="ok", values=(1, 2.5, None, True, -(2.0**960)))),
]


@pytest.mark.parametrize("spec", SPECS + MORE_SPECS, ids=range(len(SPECS + MORE_SPECS)))
def test_refusing_tokens_reports_the_places_of_the_plain_walk(spec):
    """The one-pass precheck (no paths) never hides a token the full walk finds."""
    check = Checker("c")
    refuse_tokens(check, spec)
    found = [(problem.field, problem.value) for problem in check.problems]
    assert found == list(_plain_token_places(spec, ""))


TEXTS = [
    json.dumps(HOSTILE["resource"]),
    json.dumps({"t": {"n": {"note": "\\u004cTAI" + "z" * 16}}}),  # an escaped marker
    '{"t": {"n": {"note": "\\u004cTAI' + "z" * 16 + '"}}}',
    '{"t": {"n": {"password": "hunter2", "description": "-----BEGIN X-----"}}}',
    '{"t": {"n": {"description": "plain", "items": ["a", {"token": ""}]}}}',
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
@pytest.mark.parametrize("references_allowed", [True, False])
def test_the_secret_scan_finds_what_the_plain_scan_finds(text, references_allowed):
    document = json.loads(text)
    expected = _plain_secret_scan(document, references_allowed)
    assert find_secret_literals(document, references_allowed) == expected
    assert find_secret_literals(document, references_allowed) == expected  # keys now known


def test_an_escaped_marker_still_reads_as_a_secret():
    text = '{"t": {"n": {"note": "\\u004cTAI' + "z" * 16 + '"}}}'
    assert find_secret_literals(json.loads(text)) == [
        "t.n.note: looks like an Alibaba Cloud AccessKey ID"
    ]


class _OddKey(str):
    """A key that is text but not plain text: equal to everything, hashed like a credential."""

    def __eq__(self, other: object) -> bool:
        return True

    def __hash__(self) -> int:
        return hash("password")


def test_keys_that_are_not_plain_text_are_not_remembered():
    from kms_keystore.guardrails.secret_scan import _PLAIN_KEYS

    for document in ({"n": {_OddKey("note"): "x"}}, {"n": {1: {"password": "p"}, 2: "x"}}):
        assert find_secret_literals(document) == _plain_secret_scan(document)
    assert all(type(key) is str for key in _PLAIN_KEYS)
    assert find_secret_literals({"n": {"password": "hunter2"}}) == [
        "n.password: sensitive argument set to a literal"
    ]


def test_the_memo_of_read_documents_belongs_to_one_thread():
    import threading

    from kms_keystore.guardrails.rules import _LAST_READ, one_block_at_a_time

    seen = []
    with one_block_at_a_time():
        assert _LAST_READ.get() is not None
        thread = threading.Thread(target=lambda: seen.append(_LAST_READ.get()))
        thread.start()
        thread.join()
    assert seen == [None]
    assert _LAST_READ.get() is None


@pytest.mark.parametrize(
    "key",
    [
        *("keyNum", "KeyNum", "vpcCIDRBlock", "a", "", "x1Y", "already_snake", "Éa", "aÉb"),
        *("_A", "_", "A", "AB", "\u212aey", "a\u212a", "ABC_d", "a\nB", "__init__"),
    ],
)
def test_snake_case_is_what_its_pattern_makes(key):
    from kms_keystore.config.fields import snake_case

    assert snake_case(key) == re.sub(r"(?<!^)([A-Z])", r"_\1", key).lower()


def _every_block(document):
    for section in ("resource", "data"):
        for type_name, by_name in (document.get(section) or {}).items():
            for config in by_name.values():
                yield type_name, config


CONFIGS = [
    {},
    {"deletion_protection": False, "lifecycle": {}},
    {"payment_type": "Subscription", "renew_status": "ManualRenewal"},
    {"key_spec": "Aliyun_AES_256", "automatic_rotation": "Disabled"},
    {"source": "./module"},
]


def test_the_engine_skips_only_rules_that_cannot_fire(reference_stack):
    from kms_keystore.guardrails.rules import RULES, rules_for

    blocks = list(_every_block(reference_stack))
    types = {t for t, _ in blocks} | {
        "alicloud_kms_instance",
        "alicloud_kms_key",
        "module",
        "alicloud_ram_policy",
        "provider.alicloud",
        "variable",
    }
    configs = [config for _, config in blocks] + CONFIGS
    for type_name in sorted(types):
        asked = rules_for(type_name)
        assert [r.id for r in asked] == [r.id for r in RULES if r in asked]  # report order
        for rule in RULES:
            if rule in asked:
                continue
            for config in configs:
                assert rule.check(type_name, config) is None, (rule.id, type_name)
    assert rules_for("alicloud_kms_instance") != RULES  # something is skipped somewhere


def _plain_documents(config):
    """Where policy documents stand in a block, as first written: the name read from the path."""
    from kms_keystore.guardrails import rules

    found = []
    pending = [(k, v) for k, v in config.items() if k not in rules._SKIPPED_ARGUMENTS]
    while pending:
        where, value = pending.pop()
        name = where.rsplit(".", 1)[-1].split("[")[0]
        named = name in rules.DOCUMENT_ARGUMENTS and isinstance(value, str | dict)
        if named or rules._looks_like_document(value):
            statements = (
                rules._read_allow_statements(value)
                if isinstance(value, str)
                else rules._allow_in(value)
            )
            if isinstance(statements, str):
                return (), f"{where}: {statements}"
            found.append(rules._Document(where, statements))
            continue
        if isinstance(value, dict):
            pending += [(f"{where}.{k}", v) for k, v in value.items()]
        elif isinstance(value, list):
            pending += [(f"{where}[{i}]", v) for i, v in enumerate(value)]
    return tuple(found), None


ALLOW = {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "*"}]}
DOCUMENT_PLACES = [
    {"policy_document": json.dumps(ALLOW)},
    {"policy_document": "${var.p}"},
    {"policy": ALLOW, "other": [json.dumps(ALLOW), {"x.policy[0]": [json.dumps(ALLOW)]}]},
    {"statement": [{"policy": "not json {"}]},
    {"a.document": ["plain", {"b[1]": {"STATEMENT": []}}], "n": 1, "t": True, "z": None},
    {"note": ' ${jsonencode({"Statement": []})}', "list": [[["{statement"]]]},
]


@pytest.mark.parametrize("config", DOCUMENT_PLACES, ids=range(len(DOCUMENT_PLACES)))
def test_documents_are_found_where_the_plain_walk_finds_them(config):
    from kms_keystore.guardrails.rules import _documents

    assert _documents(config) == _plain_documents(config)


def test_documents_of_the_reference_stack_are_those_of_the_plain_walk(reference_stack):
    from kms_keystore.guardrails.rules import _documents

    for _, config in _every_block(reference_stack):
        assert _documents(config) == _plain_documents(config)


SENSITIVE_PATTERN = re.compile(
    r"(?:^|_)(?:password|passwd|pwd|secret|token|secret_key|access_key|access_key_secret|"
    r"private_key|key_material|credentials?|passphrase|secret_data|secret_string)$",
    re.IGNORECASE,
)
NAMES = [
    "password",
    "db_password",
    "dbPassword",
    "DBPassword",
    "A1B",
    "accessKeySecret",
    "secretKey",
    "xsecret_key",
    "secret-data",
    "keyMaterial",
    "Credentials",
    "credential",
    "password\n",
    "password\n\n",
    "tokens",
    "sessionToken",
    "my_TOKEN",
    "secret_num",
    "description",
    "",
    "_",
    "pass\u212aword",  # Kelvin sign: case-blind matching beyond ASCII
    "\u212aey_material",
    "se\u017fret",  # long s
    "PWD",
    "x_pwd",
    "1Password",
    "a9Token",
    "x_secret_string",
    "secret_stringy",
    "old_passphrase",
    "_token",
    "token_",
    "passwd_hash",
    "apiToken\n",
]


@pytest.mark.parametrize("name", NAMES, ids=repr)
def test_a_sensitive_name_is_one_the_pattern_finds(name):
    from kms_keystore.guardrails.secret_scan import SENSITIVE_ARGUMENTS, is_sensitive_argument

    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_")
    expected = name in SENSITIVE_ARGUMENTS or SENSITIVE_PATTERN.search(snake) is not None
    assert is_sensitive_argument(name) is expected


REGIONS = ["cn-hangzhou", "ap-southeast-1", "us-east-1", "c-x", "cnn-a", "cnnn-a", "cn-", "cn--a"]
REGIONS += ["cn", "CN-hangzhou", "cn-Hangzhou", "cn-hang_zhou", "cn-hangzhou\n", "1n-a"]
REGIONS += ["cn-\u0661"]
REGIONS += ["", "-a", "cn-a-", "cn-a-b-c9", "cn-\u00e9"]


@pytest.mark.parametrize("value", REGIONS, ids=repr)
def test_a_region_is_what_its_pattern_says(value):
    from kms_keystore.core.rules import is_region

    assert is_region(value) is bool(re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]+)+", value))


POLICY_NAMES = ["a", "A-1", "a" * 128, "a" * 129, "", "a_b", "a b", "a\n", "\u0661", "Ω"]


@pytest.mark.parametrize("value", POLICY_NAMES, ids=repr)
def test_a_ram_policy_name_is_what_its_pattern_says(value):
    from kms_keystore.core.problems import Checker
    from kms_keystore.core.rules import check_ram_policy_name

    check = Checker("p")
    check_ram_policy_name(check, "name", value)
    assert (not check.problems) is bool(re.fullmatch(r"[A-Za-z0-9-]{1,128}", value))


ZONES = ["cn-hangzhou-k", "cn-hangzhou-", "cn-hangzhou-kk", "cn-hangzhou-K", "ap-southeast-1a"]
ZONES += ["ap-southeast-1-a", "ap-southeast-1", "cn-hangzhouk", "cn-hangzhou-\u00e9"]


@pytest.mark.parametrize("zone", ZONES, ids=repr)
def test_a_zone_is_what_its_pattern_says(zone):
    from kms_keystore.core.zones import is_zone_of

    region = "ap-southeast-1" if zone.startswith("ap-") else "cn-hangzhou"
    suffix = zone[len(region) :]
    if region[-1].isdigit():
        expected = re.fullmatch(r"[a-z]", suffix) is not None
    else:
        expected = suffix.startswith("-") and re.fullmatch(r"[a-z]", suffix[1:]) is not None
    assert is_zone_of(region, zone) is (zone.startswith(region) and expected)


ACTIONS = ["ram:CreateServiceLinkedRole", "RAM:createservicelinkedrole", "ram:Create*", "*"]
ACTIONS += ["ram:CreateServiceLinkedRole2", "ram:?reateServiceLinkedRole", "kms:*", "ram:Create.*"]


@pytest.mark.parametrize("pattern", ACTIONS)
def test_an_action_pattern_covers_what_its_regular_expression_covers(pattern):
    from kms_keystore.guardrails.rules import _matches

    lower = pattern.lower()
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in lower)
    action = "ram:CreateServiceLinkedRole"
    assert _matches(pattern, action) is (re.fullmatch(regex, action.lower()) is not None)


def _two_in_one_account(first_aliases, second_aliases):
    from kms_keystore.config.model import DeploymentConfig
    from kms_keystore.core.key_specs import KeySpec

    return [
        DeploymentConfig(
            name=name, account="1", layout="split", keys=(KeySpec(name="k", aliases=aliases),)
        )
        for name, aliases in (("a", first_aliases), ("b", second_aliases))
    ]


def test_deployments_built_by_hand_are_grouped_afresh_every_time():
    """A list inside a hand-built deployment can change between two groupings."""
    from kms_keystore.config.account_scope import group_by_account

    mine = ["alias/b"]
    configs = _two_in_one_account(("alias/a",), mine)
    first = Checker("")
    assert [g.stack_name for g in group_by_account(configs, first)] == ["a-account"]
    assert not first.problems
    mine[0] = "alias/a"  # now both deployments declare one alias in one account and region
    second = Checker("")
    group_by_account(configs, second)
    assert [p.field for p in second.problems] == ["deployments"]
    assert "alias name of its own" in second.problems[0].allowed


def test_a_grouping_the_reader_remembers_is_the_grouping_done_afresh(tmp_path):
    """The reader's deployments are grouped once; asking again gives the same groups."""
    from kms_keystore.config import read_deployments
    from kms_keystore.config.account_scope import _group_by_account, group_by_account

    context = json.loads((ROOT / "examples" / "two-regions.json").read_text(encoding="utf-8"))
    configs, check = read_deployments(context, outdir=tmp_path / "out", project_dir=tmp_path)
    assert not check.problems and len(configs) == 2
    again = Checker("")
    assert group_by_account(configs, again) == _group_by_account(configs, Checker(""))
    assert not again.problems
    # other objects with the same values are grouped afresh, and a problem is still found
    other = dataclasses.replace(configs[1].creator_policy, name="AnotherCreatorPolicy")
    clash = [configs[0], dataclasses.replace(configs[1], creator_policy=other)]
    found = Checker("")
    group_by_account(clash, found)
    assert found.problems


def test_block_contents_that_json_tells_apart_get_distinct_memo_keys():
    """The guardrail memo's key tells apart every two values JSON text does."""
    from kms_keystore.core import stable_json
    from kms_keystore.guardrails.engine import _content_key

    texts = ["1", "1.0", "1.00", "true", '"1"', "[1]", '{"1": 1}', "null", '"\\u0031 "', "-0.0"]
    texts += ["[1.0]", "[true]", '{"1": 1.0}', "0", "false", "[]", "{}", '""']
    keys = {_content_key("t", {"x": stable_json.loads(text)}) for text in texts}
    assert len(keys) == len(texts) - 1  # 1.00 and 1.0: one number to every rule
    assert _content_key("t", {"a": 1, "b": 2}) != _content_key("t", {"b": 2, "a": 1})
    assert _content_key("t", {"a": 1}) != _content_key("u", {"a": 1})


class _Note(str):
    """Text of a subclass, as a value: scanned in full, whatever it holds."""


class _Mapping(dict):
    """A mapping of a subclass, as a value: scanned in full."""


@pytest.mark.parametrize(
    "document",
    [
        {"n": {"note": _Note("LTAI5tAbCdEfGhIjKlMn")}},
        {"n": _Mapping(password="hunter2")},
        {"n": [{"note": "x"}, _Mapping(note="-----BEGIN RSA PRIVATE KEY-----")]},
        {"n": {"note": "plain", "deep": [[{"secret": "s3cr3t"}]]}},
        {"n": {"note": "plain", "items": ["LTAI5tAbCdEfGhIjKlMn"]}},  # text in a list: not read
        [{"password": "p"}],
        "LTAI5tAbCdEfGhIjKlMn",
    ],
    ids=range(7),
)
def test_the_scan_reads_subclasses_and_nesting_as_the_plain_scan_does(document):
    """With every key already known as plain, values of subclasses and deep ones still count."""
    find_secret_literals({"note": "x", "deep": "y", "items": "z"})  # keys now known as plain
    for references_allowed in (True, False):
        expected = _plain_secret_scan(document, references_allowed)
        assert find_secret_literals(document, references_allowed) == expected


def _read_every_spec_afresh(monkeypatch) -> None:
    """The reader as it was: every deployment makes its default specs and checks each one."""
    from kms_keystore.config import reading

    plain, deployment = reading._validate, reading._deployment

    def every_time(spec, key, place, clean, *args):
        plain(spec, key, place, None, *args)

    def each_deployment(values, origin, home, clean):
        return deployment(values, origin, home, None)

    monkeypatch.setattr(reading, "_FACTORY_FIELDS", ())
    monkeypatch.setattr(reading, "_validate", every_time)
    monkeypatch.setattr(reading, "_deployment", each_deployment)


HANGZHOU_ZONES = {"zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"]}


def _entries(*extras: dict) -> list[dict]:
    """Deployment entries with valid names, each in its own account, with ``extras`` merged."""
    return [
        {"name": f"kms-{i}", "account": f"account-{i}", **extra} for i, extra in enumerate(extras)
    ]


FLEETS = {
    "valid": {"deployments": _entries({}, {}, {})},
    "a shared instance with a problem": {
        "instance": {"keyNum": 99},
        "deployments": _entries({}, {}),
    },
    "one entry's instance with a problem": {
        "deployments": _entries({}, {"instance": {"keyNum": 99}}, {}),
    },
    "equal problems in two entries": {
        "deployments": _entries(*[{"keys": [{"name": "k", "keySpec": "NOPE"}]}] * 2),
    },
    "a shared network valid in one region only": {
        "network": HANGZHOU_ZONES,
        "deployments": _entries(
            {"region": "cn-hangzhou"}, {"region": "cn-shanghai"}, {"region": "cn-hangzhou"}
        ),
    },
    "a problem in the last entry only": {
        "deployments": _entries({}, {}, {"instance": {"keyNum": 99}}),
    },
    "a last entry with keys of its own": {
        "deployments": _entries({}, {}, {"keys": [{"name": "k", "keySpec": "NOPE"}]}),
    },
    "a last entry in a region of its own": {
        "deployments": _entries({}, {}, {"region": "mars-north-1"}),
    },
    "a last entry with a backend of its own": {
        "deployments": _entries({}, {}, {"backend": {"type": "oss"}}),
    },
    "a last entry that adopts its instance": {
        "deployments": _entries({}, {}, {"instance": {"mode": "adopt", "id": "kst-x"}}),
    },
}


@pytest.mark.parametrize("context", FLEETS.values(), ids=list(FLEETS))
def test_a_fleet_is_read_as_if_each_spec_were_made_and_checked_for_each_deployment(
    context, tmp_path, monkeypatch
):
    """Specs the deployments share are checked once; the problems and specs stay the same."""
    from kms_keystore.config import read_deployments

    where = {"outdir": tmp_path / "out", "project_dir": tmp_path}
    configs, check = read_deployments(context, **where)
    with monkeypatch.context() as patched:
        _read_every_spec_afresh(patched)
        plain_configs, plain_check = read_deployments(context, **where)

    assert [p.where for p in check.problems] == [p.where for p in plain_check.problems]
    assert check.problems == plain_check.problems
    assert configs == plain_configs
    if context is FLEETS["valid"]:  # the defaults are made once, for all the deployments
        assert len({id(c.instance) for c in configs}) == 1
        assert len({id(c.instance) for c in plain_configs}) == 3
    assert bool(check.problems) == (context is not FLEETS["valid"])


def _plain_template_parts(text: str) -> tuple[str, bool]:
    """The template reader's literal part, read token by token with a regular expression."""
    literal = []
    for token in re.findall(r"\$\$\{|%%\{|\$\{|%\{|.", text, re.DOTALL):
        if token in ("${", "%{"):
            return "".join(literal), True
        literal.append(token[1:] if token in ("$${", "%%{") else token)
    return "".join(literal), False


TEMPLATES = [
    '{"Version":"1","Statement":[{"Effect":"Allow"}]}',
    "plain",
    "",
    "{",
    "$",
    "%",
    "${",
    "%{",
    "a $${b} c",
    "a %%{b} c",
    "{$}{%}",
    "$ {x}",
    "$${var.x} and ${var.y}",
    '{"a": "%%{ if x }"}',
    "tail ${",
    "$$${x}",
]


@pytest.mark.parametrize("text", TEMPLATES, ids=repr)
def test_a_template_reads_as_the_character_walk_reads_it(text):
    from kms_keystore.core.terraform_values import _template_parts

    assert _template_parts(text, 0, len(text)) == _plain_template_parts(text)
    framed = "${x}" + text + "%{y}"  # a part of a longer text: only that part counts
    assert _template_parts(framed, 4, 4 + len(text)) == _plain_template_parts(text)


def test_the_package_makes_no_protocol_class_at_run_time():
    """Each class jsii hands to cattrs for the first time is checked against every
    ``typing.Protocol`` subclass alive; ours are for type checkers only."""
    import importlib
    import pkgutil
    import typing

    import kms_keystore

    for module in pkgutil.walk_packages(kms_keystore.__path__, "kms_keystore."):
        importlib.import_module(module.name)
    pending, ours = list(typing.Protocol.__subclasses__()), []
    while pending:
        cls = pending.pop()
        pending += cls.__subclasses__()
        if cls.__module__.startswith("kms_keystore"):
            ours.append(cls.__qualname__)
    assert ours == []


def _plain_terraform_blocks(document: dict) -> list:
    """Every block of a document, walked section after section as the engine once did."""
    from kms_keystore.core.terraform_values import named_items
    from kms_keystore.guardrails.engine import _bodies, _each_body, _object, _objects

    found = []
    for section, prefix in (("resource", ""), ("data", "data.")):
        for type_name, by_name in named_items(document.get(section)):
            for name, body in named_items(by_name):
                for _, config in _bodies({name: body}):
                    found.append((type_name, f"{prefix}{type_name}.{name}", config, True))
    for type_name, configs in named_items(document.get("provider")):
        for index, config in enumerate(configs if type(configs) is list else [configs]):
            found.append(
                (f"provider.{type_name}", f"provider.{type_name}[{index}]", _object(config), False)
            )
    for terraform in _objects(document.get("terraform")):
        for type_name, config in named_items(terraform.get("backend")):
            found.append(
                (f"terraform.backend.{type_name}", f"backend.{type_name}", _object(config), False)
            )
        if "cloud" in terraform:
            found.append(("terraform.cloud", "cloud", _object(terraform["cloud"]), False))
    for kind in ("module", "variable", "output", "check"):
        for name, config in named_items(document.get(kind)):
            for body in _each_body(config):
                found.append((kind, f"{kind}.{name}", body, False))
    for name, value in named_items(document.get("locals")):
        found.append(("locals", f"local.{name}", {name: value}, False))
    return found


BLOCK_DOCUMENTS = [
    {},
    {"locals": {"a": 1}, "resource": {"t": {"n": {"x": 1}}}, "terraform": {"backend": {}}},
    {
        "check": [{"c": {"assert": []}}, {"d": [{"x": 1}, 5]}],
        "output": {"o": {"value": "v"}},
        "variable": {"v": [], "w": "junk"},
        "module": {"m": {"source": "./m"}},
        "terraform": [{"backend": {"local": {"path": "p"}}}, {"cloud": 3}, "junk"],
        "provider": {"alicloud": [{"region": "cn-hangzhou"}, "junk"], "other": {"a": 1}},
        "data": [{"alicloud_x": {"y": [{"a": 1}, {"b": 2}]}}, {"alicloud_z": [{"w": 7}]}],
        "resource": {"t": [{"n": {"x": 1}}], "u": {"m": None}},
        "//": {"metadata": {}},
    },
    {"resource": None, "data": 7, "provider": "p", "terraform": None, "locals": [{"a": 1}, 2]},
]


@pytest.mark.parametrize("document", BLOCK_DOCUMENTS)
def test_blocks_are_listed_as_the_plain_walk_lists_them(document):
    from kms_keystore.guardrails.engine import section_blocks, terraform_blocks

    assert terraform_blocks(document) == _plain_terraform_blocks(document)
    for section, value in document.items():
        assert section_blocks(section, value) == _plain_terraform_blocks({section: value})


def test_the_statements_context_is_entered_once():
    from kms_keystore.guardrails.rules import one_block_at_a_time

    context = one_block_at_a_time()
    with context, pytest.raises(RuntimeError, match="entered once"):
        context.__enter__()
    with pytest.raises(RuntimeError, match="entered once"), context:
        pass
    with one_block_at_a_time(), one_block_at_a_time():  # each its own: nested is fine
        pass
    with pytest.raises(RuntimeError, match="after it is entered"):
        one_block_at_a_time().__exit__(None, None, None)


def test_blocks_of_a_document_that_is_no_mapping_are_refused_as_before():
    from kms_keystore.guardrails.engine import terraform_blocks

    for document in ([1], "abc", 5):
        with pytest.raises(AttributeError):
            terraform_blocks(document)
