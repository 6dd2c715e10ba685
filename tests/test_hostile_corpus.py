"""A generated hostile corpus over issue 19's classes, judged in one process.

Thousands of configurations and granting blocks are built from small generators
(seeded, so every run sees the same cases). Each configuration is read by the
configuration layer and each block is judged by every guardrail rule, in plain
Python; only a small sample is synthesized, into a previous output that must stay
exactly as it was when the synthesis is refused. The corpus asserts four things:
no traceback, no wrong exit code, no output changed on refusal, and no grant that
passes the judge.
"""

from __future__ import annotations

import copy
import itertools
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kms_keystore.app.build import main
from kms_keystore.app.output_dir import NotAnOutput, build_into
from kms_keystore.config import read_deployments
from kms_keystore.core.problems import ConfigError
from kms_keystore.guardrails.rules import RULES, Level

SEED = 19
KEY = {"name": "k"}
APP = {"name": "a", "sourceIps": ["10.0.0.1"], "keys": ["k"]}
BASE: dict[str, Any] = {
    "backend": {"type": "oss", "bucket": "state-bucket"},
    "instance": {"tags": {"team": "payments"}},
    "keys": [{**KEY, "description": "payments", "aliases": ["alias/payments"]}],
    "secrets": [{"name": "s", "encryptionKey": "k", "description": "db"}],
    "applications": [{**APP, "description": "api"}],
}
TEXT_PLACES = [
    ("keys", 0, "description"),
    ("keys", 0, "aliases", 0),
    ("secrets", 0, "description"),
    ("applications", 0, "description"),
    ("instance", "tags", "team"),
    ("backend", "bucket"),
    ("name",),
    ("profile",),
]

# --- generators ------------------------------------------------------------------------


def put(context: dict[str, Any], place: tuple[Any, ...], value: Any) -> dict[str, Any]:
    """A copy of ``context`` with ``value`` at ``place`` (made where missing)."""
    result = copy.deepcopy(context)
    node: Any = result
    for step, following in itertools.pairwise(place):
        if isinstance(node, dict) and step not in node:
            node[step] = [] if isinstance(following, int) else {}
        node = node[step]
    node[place[-1]] = value
    return result


def tokens(rng: random.Random) -> Iterator[str]:
    """cdktf token encodings: string, list and map markers, any number, in any case, in text.

    cdktf itself matches ``TfToken`` exactly; other letter cases are refused as well.
    """
    for marker, name, number in itertools.product(
        "$#&", ["TfToken", "tftoken", "TFTOKEN", "Tftoken"], [0, 1, 10, 99, 123456]
    ):
        body = f"{marker}{{{name}[TOKEN.{number}]}}"
        yield body
        yield f"prefix {body} suffix"
        yield f"{marker}{{ {name}[TOKEN.{number}]}}"


def token_cases(rng: random.Random) -> Iterator[tuple[str, dict[str, Any]]]:
    for token, place in itertools.product(list(tokens(rng)), TEXT_PLACES):
        yield "token", put(BASE, place, token)
    for token in list(tokens(rng))[:12]:
        yield "token-key", put(BASE, ("instance", "tags"), {token: "v"})
    for number in (
        -1.8881545897087626e289,  # an element of a number list (top bits 0xFBFF)
        -1.888154589708762e289,
        -8.109562212591379e298,  # a number token, as Token.as_number makes (0xFDFF)
        -8.10956221259138e298,
    ):
        yield "token-number", put(BASE, ("instance", "keyNum"), number)
    # just above the list tokens: no token, refused only as a count that is no integer
    yield "near-token-number", put(BASE, ("instance", "keyNum"), -1.8881545897087e289)


KEY_FILE_PARTS = [
    "../../../../../../home/u/.ssh/authorized_keys",
    "../../../../outside.json",
    "../../../.cdktf.out.staging-1/k.json",
    "../../../.git/k.json",
    "../../../.venv/k.json",
    "../../../cdktf.out/k.json",
    "../../../cdktf.out.all/reference/k.json",
    "../../../node_modules/k.json",
    "../../../main.py",
    "../../../cdktf.json",
    "../../../terraform.kms-keystore.tfstate",
    "../../../terraform.kms-keystore.tfstate.backup",
    "../../../secrets",
    "../../../secrets/" + "x" * 300,
    "k.json",
    "/etc/k.json",
    "~/k.json",
    "",
]


def key_file_cases(rng: random.Random) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, prefix in itertools.product(KEY_FILE_PARTS, ["", "./", "../../../secrets/./"]):
        if prefix and (path.startswith(("/", "~")) or not path):
            continue
        if prefix.startswith("../") and not path.startswith("../"):
            continue  # secrets/./k.json is a good key file
        app = {**APP, "privateKeyDataFile": prefix + path}
        yield "key-file", {"keys": [KEY], "applications": [app]}


BACKENDS = [
    {"type": "local", "bucket": "state-bucket"},
    {"type": "local", "encrypt": False},
    {"type": "local", "prefix": "p"},
    {"type": "local", "organization": "o"},
    {"type": "cloud", "organization": "o", "bucket": "state-bucket"},
    {"type": "cloud", "organization": "o", "tablestoreTable": "t"},
    {"type": "oss", "bucket": "state-bucket", "organization": "o"},
    {"type": "oss", "bucket": "state-bucket", "workspacePrefix": "w"},
    {"type": "oss", "bucket": "state-bucket", "tablestoreEndpoint": "", "tablestoreTable": "t"},
    {"type": "oss", "bucket": "state-bucket", "tablestoreEndpoint": " ", "tablestoreTable": "t"},
]
UNSAFE_TEXT = ['${file("/etc/passwd")}', "$${x}", "%{ if true }x%{ endif }", " ", "", "a b", "x\n"]


def backend_cases(rng: random.Random) -> Iterator[tuple[str, dict[str, Any]]]:
    for backend in BACKENDS:
        yield "backend-ignored", {"backend": backend}
    oss = {"type": "oss", "bucket": "state-bucket"}
    for text in UNSAFE_TEXT:
        yield "backend-text", {"backend": {**oss, "prefix": text}}
        yield (
            "backend-text",
            {"backend": {**oss, "tablestoreEndpoint": text, "tablestoreTable": "t"}},
        )
        yield (
            "backend-text",
            {"backend": {**oss, "tablestoreEndpoint": "https://a.b", "tablestoreTable": text}},
        )
        yield "backend-text", {"backend": {"type": "cloud", "organization": text or " "}}
        yield (
            "backend-text",
            {"backend": {"type": "cloud", "organization": "o", "workspacePrefix": text or " "}},
        )


BIND = {"vpcId": "vpc-bp1other", "vswitchId": "vsw-bp1o", "regionId": "cn-hangzhou"}
REFERENCE = {"mode": "reference", "id": "kst-abcdefgh1234"}


def cloud_value_cases(rng: random.Random) -> Iterator[tuple[str, dict[str, Any]]]:
    for prefix in ("alias/acs", "alias/ACS", "alias/Acs", "alias/aCs"):
        for rest in ("", "/kms", "mine", ":x"):
            yield "alias", {"keys": [{**KEY, "aliases": [prefix + rest]}]}
    for alias in ("alias/a//b", "alias/a/", "alias/ a", "alias/a\n", "alias/é", "alias/"):
        yield "alias", {"keys": [{**KEY, "aliases": [alias]}]}
    yield "bind", {"instance": {"bindVpcs": [BIND, BIND]}}
    for digits in ("\u0661\u0662\u0663", "\uff11\uff12", "12a", "", " 12"):
        yield "bind", {"instance": {"bindVpcs": [{**BIND, "vpcOwnerId": digits}]}}
    for moment in ("2000-01-01T00:00:00Z", "1999-12-31T23:59:59+08:00", "2020-06-01T00:00:00Z"):
        yield "expired", {"keys": [KEY], "applications": [{**APP, "notAfter": moment}]}
    for text in (" ", "\t", "   \n ", "x" * 9000):
        yield "blank-or-huge", {"keys": [{**KEY, "description": text}]}
    for key, value in (
        ("keyNum", 2000),
        ("paymentType", "PayAsYouGo"),
        ("renewStatus", "ManualRenewal"),
        ("tags", {"a": "b"}),
        ("bindVpcs", [BIND]),
        ("deletionProtection", True),
        ("name", "kms-x"),
    ):
        yield "reference-setting", {"instance": {**REFERENCE, key: value}}
    yield "deployers", {"layout": "split", "accountStack": {"deployers": {"roles": ["r", "r"]}}}
    yield "unknown-key", {"instance": {"key_num": 100}}


JUNK: list[Any] = [None, True, -1, 1.5, "", " ", "x" * 5000, [], {}, [[]], {"k": {}}, "\x00", "é"]


def junk_cases(rng: random.Random) -> Iterator[tuple[str, dict[str, Any]]]:
    places = [*TEXT_PLACES, ("keys",), ("applications", 0), ("backend",), ("instance",)]
    for place, junk in itertools.product(places, JUNK):
        yield "junk", put(BASE, place, junk)


def configuration_corpus() -> list[tuple[str, dict[str, Any]]]:
    rng = random.Random(SEED)
    return [
        *token_cases(rng),
        *key_file_cases(rng),
        *backend_cases(rng),
        *cloud_value_cases(rng),
        *junk_cases(rng),
    ]


MUST_REFUSE = {
    "token",
    "token-key",
    "token-number",
    "near-token-number",
    "key-file",
    "backend-ignored",
    "backend-text",
    "alias",
    "bind",
    "expired",
    "blank-or-huge",
    "reference-setting",
    "deployers",
    "unknown-key",
}

# --- granting blocks --------------------------------------------------------------------

WILD_ACTIONS: list[Any] = ["*", "ram:*", "ecs:Describe*", "ram:CreateServiceLinked????", "RAM:*"]
GRANTING_ARGUMENTS = [
    ("alicloud_ram_policy", "policy_document"),
    ("alicloud_resource_manager_policy", "policy_document"),
    ("alicloud_ram_role", "assume_role_policy_document"),
    ("alicloud_ram_role", "document"),
    ("alicloud_oss_bucket_policy", "policy"),
    ("alicloud_kms_key", "policy"),
    ("alicloud_some_future_type", "anything"),
]


def encodings(document: dict[str, Any]) -> Iterator[Any]:
    text = json.dumps(document)
    yield text
    yield json.dumps(document, indent=2)
    yield "${jsonencode(" + json.dumps(document).replace('":', '" =') + ")}"
    yield text.replace("${", "$${")


def statements(rng: random.Random) -> Iterator[dict[str, Any]]:
    for action, key in itertools.product(WILD_ACTIONS, ["Action", "NotAction"]):
        yield {"Effect": "Allow", key: action, "Resource": "*"}
        yield {"Effect": "Allow", key: ["ecs:DescribeInstances", action], "Resource": "*"}
    yield {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"RAM": "*"}}
    yield {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": "*"}
    yield {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": ["*"]}}
    yield {"Effect": "Allow", "Action": "sts:AssumeRole", "NotPrincipal": {"RAM": "x"}}
    yield {"Effect": "Allow", "Action": "ram:CreateServiceLinkedRole", "Resource": "*"}


def ambiguous_texts() -> Iterator[str]:
    """Documents a reader can take two ways: duplicates, letter case, padding, odd Effect."""
    base = '{"Version": "1", "Statement": [{"Effect": "Allow", %s, "Resource": "*"}]}'
    yield base % '"Action": "ecs:Describe*", "Action": "ecs:DescribeInstances"'
    for name in ("action", "ACTION", "Actions", "notaction"):
        yield base % f'"{name}": "*"'
    for padded in (" ram:*", "ram:* ", "ram: *", "ram:Create\tRole"):
        yield base % f'"Action": "{padded}"'
    for effect in ("allow", "ALLOW", "Allow ", "Permit"):
        yield base.replace('"Effect": "Allow"', f'"Effect": "{effect}"') % '"Action": "ecs:X"'
    yield '{"Version": "1", "statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}'
    yield '{"Version": "1", "Statement": [], "Statement": [{"Effect": "Allow", "Action": "*"}]}'


def granting_corpus() -> list[tuple[str, dict[str, Any]]]:
    rng = random.Random(SEED)
    blocks: list[tuple[str, dict[str, Any]]] = []
    for statement, (type_name, argument) in itertools.product(
        list(statements(rng)), GRANTING_ARGUMENTS
    ):
        document = {"Version": "1", "Statement": [statement]}
        for encoded in encodings(document):
            blocks.append((type_name, {argument: encoded}))
            blocks.append((type_name, {"nested": {argument: encoded}}))
    for text, (type_name, argument) in itertools.product(
        list(ambiguous_texts()), GRANTING_ARGUMENTS
    ):
        blocks.append((type_name, {argument: text}))
    for kind, name, policy_type in itertools.product(
        ["role", "user", "group"],
        ["AdministratorAccess", "AliyunECSFullAccess", "administratoraccess", "${var.p}", ""],
        ["System", "system", "${var.t}"],
    ):
        config = {f"{kind}_name": "x", "policy_name": name, "policy_type": policy_type}
        blocks.append((f"alicloud_ram_{kind}_policy_attachment", config))
    for resources in (["*"], ["key/*"], ["secret/*", "key/k"], ["key/k?"]):
        blocks.append(("alicloud_kms_policy", {"permissions": ["x"], "resources": resources}))
    for source in ("./local", "registry/x/alicloud", "git::https://e.com/m.git"):
        blocks.append(("module", {"source": source}))
    for ignored in (["deletion_protection"], ["all"], "all"):
        lifecycle = {"prevent_destroy": True, "ignore_changes": ignored}
        blocks.append(
            ("alicloud_kms_instance", {"deletion_protection": True, "lifecycle": lifecycle})
        )
        blocks.append(
            ("alicloud_kms_key", {"deletion_protection": "Enabled", "lifecycle": lifecycle})
        )
    return blocks


SAFE_BLOCKS = [
    (
        "alicloud_ram_policy",
        {
            "policy_document": json.dumps(
                {
                    "Version": "1",
                    "Statement": [
                        {"Effect": "Allow", "Action": ["kms:Encrypt"], "Resource": "*"},
                        {"Effect": "Deny", "Action": "*", "Resource": "acs:kms:*:*:key/x"},
                    ],
                }
            )
        },
    ),
    (
        "alicloud_ram_role_policy_attachment",
        {"role_name": "r", "policy_name": "AliyunKMSCryptoUserAccess", "policy_type": "System"},
    ),
]

# --- the tests --------------------------------------------------------------------------


def test_every_hostile_configuration_is_refused_by_name_without_a_traceback(tmp_path):
    corpus = configuration_corpus()
    assert len(corpus) > 1000, len(corpus)
    (tmp_path / "secrets").mkdir()  # a key file path naming it names a folder
    where = {"outdir": tmp_path / "cdktf.out", "project_dir": tmp_path}
    slipped: list[tuple[str, Any]] = []
    for kind, context in corpus:
        try:
            _, check = read_deployments(context, **where)
        except Exception as err:  # the failure this corpus exists to catch
            pytest.fail(f"{kind}: {json.dumps(context)[:200]}: {type(err).__name__}: {err}")
        for problem in check.problems:
            text = str(problem)
            assert "Traceback" not in text and len(text) < 2000, text[:300]
        if kind in MUST_REFUSE and not check.problems:
            slipped.append((kind, json.dumps(context)[:160]))
        if kind.startswith("token") and not any(
            "cdktf token" in str(getattr(p, "allowed", "")) for p in check.problems
        ):  # refused for what it is, not only for another fault of the same value
            slipped.append((f"{kind} not named a token", json.dumps(context)[:160]))
    assert slipped == []


def test_no_granting_block_passes_the_judge():
    blocks = granting_corpus()
    assert len(blocks) > 1500, len(blocks)
    errors = [rule for rule in RULES if rule.level is Level.ERROR]
    passed = []
    for type_name, config in blocks:
        reasons = [rule.check(type_name, config) for rule in errors]
        if not any(reasons):
            passed.append((type_name, json.dumps(config)[:160]))
    assert passed == []
    for type_name, config in SAFE_BLOCKS:
        assert [r.id for r in errors if r.check(type_name, config)] == [], type_name


OUTPUT_CONTENTS = [
    {"notes.txt": "mine"},
    {"manifest.json": "{}", "thesis.tex": "x"},
    {"stacks/a.json": "{}", "draft.md": "x"},
    {".hidden": "x"},
]


def test_an_output_folder_that_is_not_an_output_is_never_replaced(tmp_path):
    cases = 0
    for index, contents in enumerate(OUTPUT_CONTENTS):
        outdir = tmp_path / f"o{index}"
        for name, text in contents.items():
            (outdir / name).parent.mkdir(parents=True, exist_ok=True)
            (outdir / name).write_text(text, encoding="utf-8")
        with pytest.raises(NotAnOutput):
            build_into(outdir, lambda staging: None)
        assert {str(p.relative_to(outdir)) for p in outdir.rglob("*") if p.is_file()} == set(
            contents
        )
        cases += 1
    assert cases == len(OUTPUT_CONTENTS)


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_a_sample_synthesized_end_to_end_keeps_the_previous_output(tmp_path, monkeypatch, capsys):
    """A few refused cases through main(): exit 2, one message, the output byte for byte."""
    rng = random.Random(SEED)
    refused = [c for k, c in configuration_corpus() if k in MUST_REFUSE and k != "key-file"]
    sample = rng.sample(refused, 4)
    project = tmp_path / "project"
    project.mkdir()
    outdir = project / "cdktf.out"
    monkeypatch.setenv("CDKTF_OUTDIR", str(outdir))
    monkeypatch.delenv("CDKTF_CONTEXT_JSON", raising=False)
    (project / "cdktf.json").write_text(json.dumps({"context": {}}), encoding="utf-8")
    assert main(project) == 0
    before = tree(outdir)
    capsys.readouterr()
    for context in sample:
        (project / "cdktf.json").write_text(json.dumps({"context": context}), encoding="utf-8")
        assert main(project) == 2, json.dumps(context)[:200]
        err = capsys.readouterr().err
        assert "Traceback" not in err and err.startswith("kms-keystore:"), err[:300]
        assert tree(outdir) == before


def test_refusals_raise_config_error_before_anything_is_made(tmp_path):
    from kms_keystore.app.build import synth_to

    for kind, context in configuration_corpus()[::97]:
        if kind not in MUST_REFUSE:
            continue
        with pytest.raises(ConfigError):
            synth_to(context, tmp_path / "never")
        assert not (tmp_path / "never").exists()
