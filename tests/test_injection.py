"""No configuration text is ever evaluated by Terraform: it reaches the JSON escaped."""

from __future__ import annotations

import json
import re

import pytest

from kms_keystore import ConfigError
from kms_keystore.config import read_deployments
from kms_keystore.core.terraform_text import literal

from .support import ROOT, synth_dir, terraform_offline, terraform_offline_available

EXPRESSION = '${file("/etc/passwd")}'
DIRECTIVE = "%{ if true }yes%{ endif }"
BOTH = f"{EXPRESSION} {DIRECTIVE}"
KEY = {"name": "k"}
APP = {"name": "a", "sourceIps": ["10.0.0.1"], "keys": ["k"]}

EVERYTHING = {
    "profile": f"p{EXPRESSION}",
    "creatorPolicy": {"description": BOTH},
    "instance": {"tags": {EXPRESSION: BOTH}},
    "keys": [{**KEY, "description": BOTH, "tags": {"t": BOTH}}],
    "secrets": [
        {
            "name": "s",
            "encryptionKey": "k",
            "versionId": EXPRESSION,
            "description": BOTH,
            "tags": {"t": BOTH},
        }
    ],
    "applications": [
        {**APP, "description": BOTH, "privateKeyDataFile": f"../../../secrets/{EXPRESSION}"}
    ],
}
OSS = {"backend": {"type": "oss", "bucket": "state-bucket", "prefix": f"kms/{EXPRESSION}"}}
OSS_LOCKS = {
    "backend": {
        "type": "oss",
        "bucket": "state-bucket",
        "tablestoreEndpoint": f"https://{EXPRESSION}",
        "tablestoreTable": EXPRESSION,
    }
}
CLOUD = {"backend": {"type": "cloud", "organization": EXPRESSION, "workspacePrefix": DIRECTIVE}}


def resource(stack, type_name):
    (block,) = stack["resource"][type_name].values()
    return block


# (field as written, context, where it lands in cdk.tf.json, the text written)
FIELDS = [
    ("profile", "all", lambda s: s["provider"]["alicloud"][0]["profile"], f"p{EXPRESSION}"),
    (
        "creatorPolicy.description",
        "all",
        lambda s: resource(s, "alicloud_ram_policy")["description"],
        BOTH,
    ),
    (
        "instance.tags (key and value)",
        "all",
        lambda s: resource(s, "alicloud_kms_instance")["tags"],
        {EXPRESSION: BOTH},
    ),
    ("keys[].description", "all", lambda s: resource(s, "alicloud_kms_key")["description"], BOTH),
    ("keys[].tags", "all", lambda s: resource(s, "alicloud_kms_key")["tags"], {"t": BOTH}),
    (
        "secrets[].versionId",
        "all",
        lambda s: resource(s, "alicloud_kms_secret")["version_id"],
        EXPRESSION,
    ),
    (
        "secrets[].description",
        "all",
        lambda s: resource(s, "alicloud_kms_secret")["description"],
        BOTH,
    ),
    ("secrets[].tags", "all", lambda s: resource(s, "alicloud_kms_secret")["tags"], {"t": BOTH}),
    (
        "applications[].description (network rule)",
        "all",
        lambda s: resource(s, "alicloud_kms_network_rule")["description"],
        BOTH,
    ),
    (
        "applications[].description (policy)",
        "all",
        lambda s: resource(s, "alicloud_kms_policy")["description"],
        BOTH,
    ),
    (
        "applications[].description (access point)",
        "all",
        lambda s: resource(s, "alicloud_kms_application_access_point")["description"],
        BOTH,
    ),
    (
        "applications[].privateKeyDataFile",
        "all",
        lambda s: resource(s, "alicloud_kms_client_key")["private_key_data_file"],
        f"../../../secrets/{EXPRESSION}",
    ),
]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    contexts = {"all": EVERYTHING}
    found = {}
    for name, context in contexts.items():
        out = synth_dir(context, tmp_path_factory.mktemp(name))
        found[name] = out
    return found


def stack_of(outputs, name):
    path = outputs[name] / "stacks" / "kms-keystore" / "cdk.tf.json"
    return json.loads(path.read_text(encoding="utf-8"))


def escaped(value):
    if isinstance(value, dict):
        return {literal(k): literal(v) for k, v in value.items()}
    return literal(value)


def test_literal_escapes_both_template_sequences():
    assert literal("${a} %{b} $${c} x$y {z}") == "$${a} %%{b} $$${c} x$y {z}"


@pytest.mark.parametrize(
    ("context", "locate", "written"), [f[1:] for f in FIELDS], ids=[f[0] for f in FIELDS]
)
def test_each_configuration_text_reaches_terraform_escaped(outputs, context, locate, written):
    assert locate(stack_of(outputs, context)) == escaped(written)


def test_no_unescaped_template_sequence_anywhere_in_the_output(outputs):
    bare = re.compile(r"(?<![$%])(\$\$)*[$%]\{(?=file|\s*(if|endif))")
    for out in outputs.values():
        for path in out.rglob("*.json"):
            assert not bare.search(path.read_text(encoding="utf-8").replace('\\"', '"')), path


@pytest.mark.parametrize(
    ("context", "named"),
    [
        (OSS, {"backend.prefix"}),
        (OSS_LOCKS, {"backend.tablestoreEndpoint", "backend.tablestoreTable"}),
        (CLOUD, {"backend.organization", "backend.workspacePrefix"}),
    ],
    ids=["oss", "oss-locks", "cloud"],
)
def test_backend_text_terraform_never_evaluates_is_refused_not_escaped(context, named):
    """Terraform keeps ``$${`` as is in a backend: escaping would change the text written."""
    _, check = read_deployments(context)

    assert {p.where for p in check.problems} == named


def test_backend_settings_reach_terraform_exactly_as_given(tmp_path):
    oss = {
        "backend": {
            "type": "oss",
            "bucket": "state-bucket",
            "prefix": "teams/kms.prod",
            "tablestoreEndpoint": "https://state-lock.cn-hangzhou.ots.aliyuncs.com",
            "tablestoreTable": "kms_locks",
        }
    }
    cloud = {"backend": {"type": "cloud", "organization": "acme_org", "workspacePrefix": "kms-"}}
    stack = stack_of({"o": synth_dir(oss, tmp_path / "o")}, "o")
    backend = stack["terraform"]["backend"]["oss"]
    assert backend["prefix"] == "teams/kms.prod"
    assert backend["tablestore_endpoint"] == oss["backend"]["tablestoreEndpoint"]
    assert backend["tablestore_table"] == "kms_locks"
    stack = stack_of({"c": synth_dir(cloud, tmp_path / "c")}, "c")
    assert stack["terraform"]["cloud"]["organization"] == "acme_org"
    assert stack["terraform"]["cloud"]["workspaces"]["name"] == "kms-kms-keystore"


def test_hcl_export_refuses_text_cdktf_would_change(tmp_path):
    from kms_keystore.handoff.export import export

    with pytest.raises(ConfigError) as caught:
        export(EVERYTHING, tmp_path / "export", ROOT, hcl=True)

    named = {p.where for p in caught.value.problems}
    assert {"creatorPolicy.description", "keys[0].description", "profile"} <= named
    assert "instance.tags['${file(\"/etc/passwd\")}']" in named
    assert not (tmp_path / "export").exists()


@pytest.mark.terraform
def test_terraform_plans_injected_expressions_as_literal_text(tmp_path):
    reason = terraform_offline_available()
    if reason:
        pytest.skip(reason)
    marker = tmp_path / "marker.txt"
    marker.write_text("FILE-CONTENT-MUST-NOT-BE-PLANNED", encoding="utf-8")
    injected = '${file("' + str(marker) + '")}'
    context = {
        "keys": [{**KEY, "description": injected, "tags": {injected: injected}}],
        "secrets": [{"name": "s", "encryptionKey": "k", "versionId": '${upper("v1")}'}],
        "applications": [{**APP, "description": f"{injected} %{{ if true }}x%{{ endif }}"}],
    }
    variables = {"s_secret_data": "value", "a_client_key_password": "password"}
    stack = synth_dir(context, tmp_path / "out") / "stacks" / "kms-keystore"

    plan = terraform_offline([stack], "plan", variables=variables)

    assert "Plan: " in plan, plan
    assert "FILE-CONTENT-MUST-NOT-BE-PLANNED" not in plan
    shown = injected.replace('"', '\\"')
    assert plan.count(f'description            = "{shown}"') == 1, plan
    assert f'= "{shown} %{{ if true }}x%{{ endif }}"' in plan
    assert 'version_id                    = "${upper(\\"v1\\")}"' in plan
    assert '"V1"' not in plan

    # the control: the same stack without the escapes would read the file
    document = (stack / "cdk.tf.json").read_text(encoding="utf-8")
    (stack / "cdk.tf.json").write_text(document.replace("$${", "${"), encoding="utf-8")
    assert "FILE-CONTENT-MUST-NOT-BE-PLANNED" in terraform_offline(
        [stack], "plan", variables=variables
    )
