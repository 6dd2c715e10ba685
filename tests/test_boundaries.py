"""The app's boundaries with the outside: cdktf tokens, key files, output folders, backends.

One test (or a few) per class of issue 19's attack; each failed on the code before it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kms_keystore.app.build import main
from kms_keystore.app.output_dir import MARKER, NotAnOutput, build_into
from kms_keystore.config import read_deployments

from .support import ROOT

KEY = {"name": "k"}
APP = {"name": "a", "sourceIps": ["10.0.0.1"], "keys": ["k"]}


def problems(context, **kwargs):
    _, check = read_deployments(context, **kwargs)
    return {p.where: p for p in check.problems}


# class 2: cdktf's own token syntax in configuration text


@pytest.mark.parametrize(
    "token",
    [
        "${TfToken[TOKEN.10]}",
        "x #{TfToken[TOKEN.3]} y",
        "&{TfToken[TOKEN.1]}",
        "${TfToken[TOKEN.99999]}",
        "${ tftoken[TOKEN.1]}",
    ],
)
def test_cdktf_token_text_is_refused_wherever_it_stands(token):
    context = {
        "keys": [{**KEY, "description": token, "tags": {token: "v"}}],
        "deployments": [{"name": "kms-a", "instance": {"tags": {"t": token}}}],
    }
    found = problems(context)

    assert "keys[0].description" in found
    assert f"keys[0].tags.{token}" in found
    assert "deployments[0].instance.tags.t" in found
    assert "cdktf token" in found["keys[0].description"].allowed


@pytest.mark.parametrize(
    "number",
    [
        -1.8881545897087626e289,  # an element of a number list (DOUBLE_LIST_TOKEN_MARKER_BITS)
        -8.109562212591379e298,  # a number, as Token.as_number makes (DOUBLE_TOKEN_MARKER_BITS)
    ],
)
def test_a_number_cdktf_reads_as_a_token_is_refused(number):
    found = problems({"instance": {"keyNum": number}})

    assert "cdktf token" in found["instance.keyNum"].allowed


# class 3: client key files stay in the project, out of the tools' folders


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("../../../../../../home/someone/.ssh/authorized_keys", "inside the project"),
        ("../../../.cdktf.out.staging-x/k.json", "tools delete"),
        ("../../../cdktf.out.all/k.json", "tools delete"),
        ("../../../node_modules/k.json", "tools delete"),
        ("../../../.git/k.json", "tools delete"),
        ("../../../terraform.kms-keystore.tfstate", "project's files"),
        ("../../../main.py", "project's files"),
        ("../../../cdktf.json", "project's files"),
        ("../../../secrets", "not a directory"),
        ("~/k.json", "../../../"),
        ("../../../secrets/" + "x" * 300, "at most"),
    ],
)
def test_key_files_are_confined_to_the_project(tmp_path, path, why):
    (tmp_path / "secrets").mkdir()
    context = {"keys": [KEY], "applications": [{**APP, "privateKeyDataFile": path}]}
    found = problems(context, outdir=tmp_path / "cdktf.out", project_dir=tmp_path)

    assert why in found["applications[0].privateKeyDataFile"].allowed


def test_key_file_through_a_symbolic_link_is_refused(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "secrets").symlink_to(tmp_path / "elsewhere")
    context = {"keys": [KEY], "applications": [{**APP}]}
    found = problems(context, outdir=tmp_path / "cdktf.out", project_dir=tmp_path)

    assert "symbolic link" in found["applications[0].privateKeyDataFile"].allowed


def test_the_default_key_file_and_an_export_folder_are_allowed(tmp_path):
    for path in (None, "../../../export/keys/a.json", "../../../secrets/team/a.pem"):
        app = {**APP} if path is None else {**APP, "privateKeyDataFile": path}
        context = {"keys": [KEY], "applications": [app]}
        assert problems(context, outdir=tmp_path / "cdktf.out", project_dir=tmp_path) == {}


# class 4: the output folder is only ever a missing, empty or previous output


def build(staging: Path) -> None:
    (staging / "manifest.json").write_text("{}", encoding="utf-8")


def test_output_folder_with_other_files_is_refused_and_kept(tmp_path):
    outdir = tmp_path / "mine"
    outdir.mkdir()
    (outdir / "notes.txt").write_text("keep me", encoding="utf-8")

    with pytest.raises(NotAnOutput, match="holds other files"):
        build_into(outdir, build)
    assert (outdir / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_a_regular_file_and_a_symlink_are_not_replaced(tmp_path):
    file = tmp_path / "file"
    file.write_text("x", encoding="utf-8")
    target = tmp_path / "real"
    target.mkdir()
    link = tmp_path / "cdktf.out"
    link.symlink_to(target)

    with pytest.raises(NotAnOutput, match="not a folder"):
        build_into(file, build)
    with pytest.raises(NotAnOutput, match="symbolic link"):
        build_into(link, build)
    assert file.read_text(encoding="utf-8") == "x" and link.is_symlink()


def test_missing_empty_and_previous_outputs_are_replaced(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    for outdir in (tmp_path / "missing", empty, tmp_path / "missing"):
        build_into(outdir, build)
        assert (outdir / MARKER).is_file() and (outdir / "manifest.json").is_file()
    legacy = tmp_path / "legacy"
    (legacy / "stacks").mkdir(parents=True)
    (legacy / "manifest.json").write_text("{}", encoding="utf-8")
    build_into(legacy, build)
    assert (legacy / MARKER).is_file()


def project(tmp_path: Path, context: dict) -> Path:
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "cdktf.json").write_text(json.dumps({"context": context}), encoding="utf-8")
    return folder


def test_main_refuses_an_output_folder_with_other_files_with_exit_2(tmp_path, monkeypatch, capsys):
    folder = project(tmp_path, {})
    outdir = tmp_path / "busy"
    outdir.mkdir()
    (outdir / "report.pdf").write_text("x", encoding="utf-8")
    monkeypatch.setenv("CDKTF_OUTDIR", str(outdir))
    monkeypatch.delenv("CDKTF_CONTEXT_JSON", raising=False)

    assert main(folder) == 2
    assert "holds other files" in capsys.readouterr().err
    assert sorted(p.name for p in outdir.iterdir()) == ["report.pdf"]


# class 5 is in test_injection.py (backend text written as given, refused when unsafe)

# class 6: settings that do nothing are refused


@pytest.mark.parametrize(
    ("backend", "named"),
    [
        ({"type": "local", "bucket": "b-bucket"}, "backend.bucket"),
        ({"type": "local", "encrypt": False}, "backend.encrypt"),
        ({"type": "local", "prefix": "p"}, "backend.prefix"),
        ({"type": "oss", "bucket": "bucket-1", "organization": "o"}, "backend.organization"),
        ({"type": "cloud", "organization": "o", "bucket": "bucket-1"}, "backend.bucket"),
        (
            {"type": "oss", "bucket": "bucket-1", "tablestoreEndpoint": "", "tablestoreTable": "t"},
            "backend.tablestoreEndpoint",
        ),
    ],
)
def test_backend_settings_that_do_nothing_are_refused(backend, named):
    assert named in problems({"backend": backend})


# class 8: tracebacks and wrong messages


def test_an_unknown_key_is_named_as_written():
    found = problems({"instance": {"key_num": 100}})

    assert "instance.key_num" in found and "instance.keyNum" not in found


def run_main_py(env_changes: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CDKTF_CONTEXT_JSON"}
    env.update(env_changes)
    env["CDKTF_OUTDIR"] = str(tmp_path / "out")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_broken_jsii_node_is_named_not_called_unset(tmp_path):
    result = run_main_py({"JSII_NODE": str(tmp_path / "no-such-node")}, tmp_path)

    assert result.returncode == 1
    assert "JSII_NODE unset" not in result.stderr
    assert "no-such-node" in result.stderr and "Traceback" not in result.stderr


# class 7: values the cloud rejects are refused (names differing only in case: issue 20)

EXISTING_NETWORK = {
    "vpcId": "vpc-bp1existing",
    "vswitchId": "vsw-bp1a",
    "zoneIds": ["cn-hangzhou-k", "cn-hangzhou-j"],
}
BIND = {"vpcId": "vpc-bp1other", "vswitchId": "vsw-bp1o", "regionId": "cn-hangzhou"}


@pytest.mark.parametrize(
    ("context", "named"),
    [
        ({"keys": [{**KEY, "aliases": ["alias/acs/kms"]}]}, "keys[0].aliases[0]"),
        ({"keys": [{**KEY, "aliases": ["alias/ACSmine"]}]}, "keys[0].aliases[0]"),
        ({"keys": [{**KEY, "aliases": ["alias/a//b"]}]}, "keys[0].aliases[0]"),
        ({"instance": {"bindVpcs": [BIND, BIND]}}, "instance.bindVpcs[1].vpcId"),
        (
            {
                "network": EXISTING_NETWORK,
                "instance": {
                    "mode": "adopt",
                    "id": "kst-abcdefgh1234",
                    "bindVpcs": [{**BIND, "vpcId": "vpc-bp1existing"}],
                },
            },
            "instance.bindVpcs[0].vpcId",
        ),
        (
            {"instance": {"bindVpcs": [{**BIND, "vpcOwnerId": "١٢٣٤٥٦"}]}},
            "instance.bindVpcs[0].vpcOwnerId",
        ),
        (
            {
                "keys": [KEY],
                "applications": [{**APP, "notAfter": "2001-01-01T00:00:00Z"}],
            },
            "applications[0].notAfter",
        ),
        ({"keys": [{**KEY, "description": "   "}]}, "keys[0].description"),
        ({"keys": [{**KEY, "description": "x" * 9000}]}, "keys[0].description"),
        (
            {"instance": {"mode": "reference", "id": "kst-abcdefgh1234", "keyNum": 2000}},
            "instance.keyNum",
        ),
        (
            {
                "instance": {
                    "mode": "reference",
                    "id": "kst-abcdefgh1234",
                    "paymentType": "PayAsYouGo",
                }
            },
            "instance.paymentType",
        ),
    ],
)
def test_values_the_cloud_rejects_or_ignores_are_refused(context, named):
    assert named in problems(context)


def test_a_suppression_reason_has_a_length_limit():
    from kms_keystore.guardrails.rules import reason_problem

    assert "at most" in reason_problem("a reviewed reason " * 100)


def test_duplicate_deployer_principals_are_refused_not_a_traceback():
    context = {"layout": "split", "accountStack": {"deployers": {"users": ["ci", "ci"]}}}

    assert "accountStack.deployers.users[1]" in problems(context)


def test_tools_end_in_one_message_and_a_documented_code(capsys):
    from kms_keystore.app.build import run_tool
    from kms_keystore.core.problems import ConfigError, ConfigProblem

    def refused():
        raise ConfigError([ConfigProblem("examples/x.json", "", "x", "a JSON object")])

    def read_only():
        raise PermissionError(13, "Permission denied", "/readonly/export")

    def broken():
        raise RuntimeError("node exited\nwith more lines")

    assert [run_tool(f) for f in (refused, read_only, broken)] == [2, 1, 1]
    err = capsys.readouterr().err
    assert "examples/x.json" in err and "/readonly/export" in err and "node exited" in err
    assert "Traceback" not in err and "with more lines" not in err


def test_a_bad_example_is_named(tmp_path):
    from kms_keystore.app.build import project_configurations
    from kms_keystore.core.problems import ConfigError

    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "broken.json").write_text("{nope", encoding="utf-8")

    with pytest.raises(ConfigError, match=r"examples/broken\.json"):
        project_configurations(tmp_path)


def test_a_resource_body_given_as_a_list_is_judged():
    from kms_keystore.guardrails.engine import terraform_blocks

    document = {
        "resource": {
            "alicloud_ram_policy": {"p": [{"policy_document": "{}"}, "junk"]},
            "alicloud_kms_key": {"k": 7},
        }
    }

    found = [(address, config) for _, address, config, _ in terraform_blocks(document)]

    assert found == [
        ("alicloud_ram_policy.p", {"policy_document": "{}"}),
        ("alicloud_ram_policy.p", {}),
        ("alicloud_kms_key.k", {}),
    ]


def test_a_resource_type_given_as_a_list_of_objects_is_judged(tmp_path):
    """Terraform JSON allows a list of objects of named blocks; each one is judged."""
    from cdktf import App

    from kms_keystore.guardrails.engine import _judge_document, terraform_blocks

    document = {
        "variable": {"pw": {"default": "hunter2hunter2"}},
        "resource": {
            "alicloud_kms_instance": [{"a": {"force_delete_without_backup": "true"}}],
            "alicloud_db_account": [{"b": {"account_password": "${var.pw}"}}, "junk"],
        },
    }

    found = [(address, config) for _, address, config, _ in terraform_blocks(document)]
    app = App(outdir=str(tmp_path / "out"))  # not ./cdktf.out, which parallel tests share
    findings = _judge_document(app, "s", document, [], str(tmp_path / "x"), True, None)

    assert [address for address, _ in found] == [
        "alicloud_kms_instance.a",
        "alicloud_db_account.b",
        "variable.pw",
    ]
    fired = {(f.rule_id, f.path.rsplit("/", 1)[-1]) for f in findings}
    assert ("KS-KMS-1", "alicloud_kms_instance.a") in fired
    assert ("KS-SEC-1", "alicloud_db_account.b") in fired  # fed by a variable's default


def test_every_section_given_as_a_list_of_objects_is_judged(tmp_path):
    """Terraform's JSON syntax takes a list of objects wherever it takes an object."""
    from cdktf import App

    from kms_keystore.guardrails.engine import _judge_document, terraform_blocks

    document = {
        "variable": [
            {"pw": {"default": "hunter2hunter2"}},
            {"token": [{"sensitive": True, "default": "literal-token-value"}]},
        ],
        "resource": [{"alicloud_db_account": {"b": {"account_password": "${var.pw}"}}}],
        "provider": [{"alicloud": {"region": "cn-hangzhou", "secret_key": "literal-secret"}}],
        "output": [{"o": {"value": "1"}}],
        "locals": [{"l": "x"}],
        "terraform": [{"backend": [{"local": {"path": "x.tfstate"}}]}],
        "module": [{"m": {"source": "example/anything"}}],
    }

    found = [address for _, address, _, _ in terraform_blocks(document)]
    app = App(outdir=str(tmp_path / "out"))  # not ./cdktf.out, which parallel tests share
    findings = _judge_document(app, "s", document, [], str(tmp_path / "x"), True, None)

    assert found == [
        "alicloud_db_account.b",
        "provider.alicloud[0]",
        "backend.local",
        "module.m",
        "variable.pw",
        "variable.token",
        "output.o",
        "local.l",
    ]
    fired = {(f.rule_id, f.path.rsplit("/", 1)[-1]) for f in findings}
    assert ("KS-SEC-1", "alicloud_db_account.b") in fired  # fed by a variable's default
    assert ("KS-SEC-1", "provider.alicloud[0]") in fired
    assert ("KS-MOD-1", "module.m") in fired
    assert ("KS-SEC-1", "variable.token") in fired  # a body given as a list of objects


def test_an_interrupt_after_the_swap_does_not_claim_nothing_was_written(
    tmp_path, monkeypatch, capsys
):
    from kms_keystore.app import key_files

    def interrupted(stack_files):
        raise KeyboardInterrupt

    # an application's client key: the key file folders are made after the swap
    context = json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8"))
    folder = project(tmp_path, context)
    monkeypatch.setenv("CDKTF_OUTDIR", str(folder / "cdktf.out"))
    monkeypatch.delenv("CDKTF_CONTEXT_JSON", raising=False)
    monkeypatch.setattr(key_files, "make_key_file_folders", interrupted)

    assert main(folder) == 130
    err = capsys.readouterr().err
    assert "nothing was written" not in err and "was replaced by the new output" in err
