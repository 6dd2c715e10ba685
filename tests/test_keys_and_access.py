"""Keys, secrets and one application's access path, with references between them."""

from __future__ import annotations

import json
import stat

import pytest

from kms_keystore import ConfigError
from kms_keystore.app.build import build_app
from kms_keystore.app.key_files import key_file_folders
from kms_keystore.core.key_specs import KEY_USER, SECRET_USER
from kms_keystore.guardrails.secret_scan import find_secret_literals
from kms_keystore.handoff.export import export

from .support import ROOT, only, read_stacks, resources, synth, synth_refusal

EXAMPLE = json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8"))
HARDWARE = json.loads((ROOT / "examples" / "hardware-adopt.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def stack():
    return synth(EXAMPLE)["kms-keystore"]


def ref(stack, type_name, attribute, where=None):
    items = resources(stack, type_name)
    names = [n for n in items if where is None or where in n]
    assert len(names) == 1, names
    return f"${{{type_name}.{names[0]}.{attribute}}}"


def test_example_declares_two_keys_an_alias_a_secret_and_one_access_path(stack):
    declared = {t: len(v) for t, v in stack["resource"].items() if t.startswith("alicloud_kms")}

    assert declared == {
        "alicloud_kms_instance": 1,
        "alicloud_kms_key": 2,
        "alicloud_kms_alias": 1,
        "alicloud_kms_secret": 1,
        "alicloud_kms_network_rule": 1,
        "alicloud_kms_policy": 1,
        "alicloud_kms_application_access_point": 1,
        "alicloud_kms_client_key": 1,
    }


def test_keys_live_in_the_instance_with_its_protection_level(stack):
    instance_id = ref(stack, "alicloud_kms_instance", "id")

    for key in resources(stack, "alicloud_kms_key").values():
        assert key["dkms_instance_id"] == instance_id
        assert key["protection_level"] == "SOFTWARE"
        assert key["deletion_protection"] == "Enabled"
        assert key["lifecycle"] == {"prevent_destroy": True}
        assert key["pending_window_in_days"] == 30


def test_symmetric_key_rotates_and_asymmetric_does_not(stack):
    keys = resources(stack, "alicloud_kms_key")
    symmetric = next(k for k in keys.values() if k["key_spec"] == "Aliyun_AES_256")
    asymmetric = next(k for k in keys.values() if k["key_spec"] == "EC_P256")

    assert symmetric["automatic_rotation"] == "Enabled"
    # seconds, as DescribeKey returns it: "365d" would show a change on every plan
    assert symmetric["rotation_interval"] == "31536000s"
    assert symmetric["key_usage"] == "ENCRYPT/DECRYPT"
    assert asymmetric["automatic_rotation"] == "Disabled"
    assert "rotation_interval" not in asymmetric
    assert asymmetric["key_usage"] == "SIGN/VERIFY"


def test_alias_points_at_its_key(stack):
    _, alias = only(resources(stack, "alicloud_kms_alias"))

    assert alias == {
        **alias,
        "alias_name": "alias/payments",
        "key_id": ref(stack, "alicloud_kms_key", "id", "payments"),
    }


def test_policy_references_network_rule_and_keys(stack):
    _, policy = only(resources(stack, "alicloud_kms_policy"))
    rule_name = ref(stack, "alicloud_kms_network_rule", "network_rule_name")

    assert policy["kms_instance_id"] == ref(stack, "alicloud_kms_instance", "id")
    # the exact list is pinned by the stack snapshot; the behaviour is one template per kind
    assert {KEY_USER, SECRET_USER} <= set(policy["permissions"])
    assert KEY_USER.endswith("/CryptoServiceKeyUser")
    assert SECRET_USER.endswith("/CryptoServiceSecretUser")
    assert policy["resources"] == [
        "key/" + ref(stack, "alicloud_kms_key", "id", "payments"),
        "key/" + ref(stack, "alicloud_kms_key", "id", "signing"),
        "secret/" + ref(stack, "alicloud_kms_secret", "secret_name"),
    ]
    assert policy["access_control_rules"] == (
        '${jsonencode({"NetworkRules" = [' + rule_name[2:-1] + "]})}"
    )


def test_network_rule_holds_the_source_addresses(stack):
    _, rule = only(resources(stack, "alicloud_kms_network_rule"))

    assert rule["source_private_ip"] == ["10.20.1.0/24", "10.20.2.15"]
    assert rule["network_rule_name"] == "payments-api-network"


def test_access_point_and_client_key_chain(stack):
    _, point = only(resources(stack, "alicloud_kms_application_access_point"))
    _, client_key = only(resources(stack, "alicloud_kms_client_key"))

    assert point["policies"] == [ref(stack, "alicloud_kms_policy", "policy_name")]
    assert client_key["aap_name"] == ref(
        stack, "alicloud_kms_application_access_point", "application_access_point_name"
    )
    assert client_key["password"] == "${var.payments_api_client_key_password}"
    assert client_key["private_key_data_file"] == "../../../secrets/payments-api.client-key.json"
    assert client_key["not_after"] == "2028-01-01T00:00:00Z"


def test_secret_value_and_password_are_sensitive_variables(stack):
    _, secret = only(resources(stack, "alicloud_kms_secret"))

    assert secret["secret_data"] == "${var.payments_db_password_secret_data}"
    assert secret["encryption_key_id"] == ref(stack, "alicloud_kms_key", "id", "payments")
    for name in ("payments_db_password_secret_data", "payments_api_client_key_password"):
        assert stack["variable"][name] == {
            **stack["variable"][name],
            "sensitive": True,
            "nullable": False,
            "type": "string",
        }
        assert "default" not in stack["variable"][name]


def test_outputs_carry_no_secret(stack):
    for name, output in stack.get("output", {}).items():
        assert "var." not in json.dumps(output) or output.get("sensitive") is True, name


def test_client_key_file_is_kept_out_of_version_control():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()

    assert "secrets/" in ignored


def test_export_makes_the_client_key_folder_inside_each_stack_directory(tmp_path):
    dest = tmp_path / "export"

    export(EXAMPLE, dest, ROOT)

    document = json.loads((dest / "kms-keystore" / "main.tf.json").read_text())
    _, client_key = only(resources(document, "alicloud_kms_client_key"))
    folder = (dest / "kms-keystore" / client_key["private_key_data_file"]).resolve().parent
    assert folder == dest / "kms-keystore" / "secrets"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_key_file_folders_skip_paths_known_only_at_plan_time(tmp_path):
    document = {
        "resource": {
            "alicloud_kms_client_key": {
                "a": {"private_key_data_file": "${var.where}/a.json"},
                "b": {"private_key_data_file": "keys/$${literal}/b.json"},
                "c": {"private_key_data_file": "~/c.json"},
            }
        }
    }

    assert key_file_folders(document, tmp_path) == [tmp_path / "keys" / "${literal}"]


def test_scanner_finds_planted_literals():
    document = {
        "resource": {
            "alicloud_kms_client_key": {"k": {"password": "hunter2hunter2"}},
            "alicloud_kms_secret": {"s": {"secret_data": "${var.ok}"}},
        },
        "provider": {"alicloud": [{"access_key": "LTAI5tAbCdEfGhIjKlMnOpQr"}]},
        "locals": {"pem": "-----BEGIN PRIVATE KEY-----\nabc"},
    }

    found = find_secret_literals(document)

    assert found == [
        "resource.alicloud_kms_client_key.k.password: sensitive argument set to a literal",
        "provider.alicloud[0].access_key: sensitive argument set to a literal",
        "provider.alicloud[0].access_key: looks like an Alibaba Cloud AccessKey ID",
        "locals.pem: looks like a PEM block",
    ]


def test_stack_with_two_keys_and_one_application_snapshot(stack, snapshot_json):
    assert stack == snapshot_json


WRONG = [
    (
        {**HARDWARE, "layout": "single", "keys": [{"name": "k", "protectionLevel": "SOFTWARE"}]},
        "keys[0].protectionLevel",
        "'HSM' on a hardware instance",
    ),
    (
        {"instance": {"productVersion": "3"}, "keys": [{"name": "k", "protectionLevel": "HSM"}]},
        "keys[0].protectionLevel",
        "'SOFTWARE' on a software instance",
    ),
    (
        {"keys": [{"name": "k", "keySpec": "RSA_2048", "automaticRotation": True}]},
        "keys[0].automaticRotation",
        "asymmetric keys cannot rotate",
    ),
    (
        {"keys": [{"name": "k", "origin": "EXTERNAL", "automaticRotation": True}]},
        "keys[0].automaticRotation",
        "EXTERNAL material cannot rotate",
    ),
    (
        {
            "keys": [{"name": "k"}],
            "applications": [{"name": "a", "sourceIps": ["10.0.0.1"], "keys": ["missing"]}],
        },
        "applications[0].keys[0]",
        "declare the key first",
    ),
    (
        {"keys": [{"name": "k", "keySpec": "EC_P256", "keyUsage": "ENCRYPT/DECRYPT"}]},
        "keys[0].keyUsage",
        "for EC_P256: 'SIGN/VERIFY'",
    ),
    (
        {"keys": [{"name": "k", "pendingWindowInDays": 6}]},
        "keys[0].pendingWindowInDays",
        "from 7 to 366",
    ),
    (
        {"keys": [{"name": "k", "rotationInterval": "400d"}]},
        "keys[0].rotationInterval",
        "7-365 days",
    ),
    (
        {"keys": [{"name": "k", "aliases": ["payments"]}]},
        "keys[0].aliases[0]",
        "'alias/' followed by",
    ),
    (
        {
            "keys": [{"name": "k"}],
            "applications": [{"name": "a", "sourceIps": ["8.8.8.8"], "keys": ["k"]}],
        },
        "applications[0].sourceIps[0]",
        "a private address",
    ),
    (
        {
            "keys": [{"name": "k"}],
            "applications": [
                {
                    "name": "a",
                    "sourceIps": ["10.0.0.1"],
                    "keys": ["k"],
                    "privateKeyDataFile": "/etc/key.json",
                }
            ],
        },
        "applications[0].privateKeyDataFile",
        "a relative path",
    ),
    (
        {
            "keys": [{"name": "k"}],
            "applications": [
                {
                    "name": "a",
                    "sourceIps": ["10.0.0.1"],
                    "keys": ["k"],
                    "notBefore": "2028-01-01Z",
                    "notAfter": "2027-01-01T00:00:00Z",
                }
            ],
        },
        "applications[0].notBefore",
        "RFC 3339",
    ),
    (
        {"keys": [{"name": "k"}], "secrets": [{"name": "s", "encryptionKey": "other"}]},
        "secrets[0].encryptionKey",
        "a key declared in this stack: k",
    ),
    (
        {"keys": [{"name": "k"}, {"name": "k", "keySpec": "Aliyun_SM4"}]},
        "keys[1].name",
        "a name not used before",
    ),
    (
        {"keys": [{"name": "k", "keySpec": "Aliyun_AES_128"}]},
        "keys[0].keySpec",
        "'Aliyun_AES_256' for a software-protected key",
    ),
    (
        {"keys": [{"name": "k", "keySpec": "Aliyun_AES_192", "protectionLevel": "SOFTWARE"}]},
        "keys[0].keySpec",
        "only in the hardware edition",
    ),
]


def test_aes_128_and_192_keys_are_taken_in_the_hardware_edition(tmp_path):
    from kms_keystore.core.key_specs import KeySpec
    from kms_keystore.core.problems import Checker

    for spec, hardware in (
        ("Aliyun_AES_128", True),
        ("Aliyun_AES_192", True),
        ("Aliyun_SM4", False),
    ):
        check = Checker("k")
        KeySpec(name="k", key_spec=spec).validate(check, hardware)
        assert check.problems == [], (spec, check.problems)


@pytest.mark.parametrize(("context", "where", "fix"), WRONG)
def test_wrong_combinations_fail_at_synth_time(context, where, fix, tmp_path):
    with pytest.raises(ConfigError) as caught:
        build_app(context, str(tmp_path / "out"))

    matching = [p for p in caught.value.problems if p.where == where]
    assert matching, caught.value.problems
    assert fix in str(matching[0])
    assert not list(tmp_path.rglob("cdk.tf.json"))


def test_keys_of_an_adopted_hardware_instance_are_protected_by_the_hsm():
    stack = synth(HARDWARE)["kms-keystore"]
    name, instance = only(resources(stack, "alicloud_kms_instance"))

    assert instance["product_version"] == "5"
    assert stack["import"] == [
        {"id": "${var.kms_instance_id}", "to": f"alicloud_kms_instance.{name}"}
    ]
    assert stack["variable"]["kms_instance_id"]["type"] == "string"
    for key in resources(stack, "alicloud_kms_key").values():
        assert key["protection_level"] == "HSM"
        assert key["dkms_instance_id"] == f"${{alicloud_kms_instance.{name}.id}}"


@pytest.mark.parametrize("skip_validation", [False, True])
@pytest.mark.parametrize(
    ("key_file", "folder"),
    [(None, "secrets"), ("../../../keys/web/client-key.json", "keys/web")],
)
def test_a_teams_app_synth_makes_the_client_key_folder(tmp_path, key_file, folder, skip_validation):
    """The provider drops its error when the folder is missing: the private key would be lost.

    ``App(skip_validation=True)`` runs no validation: the folder is made all the same.
    """
    from cdktf import App, TerraformStack

    from kms_keystore import ApplicationSpec, KeySpec, KmsKeyStore
    from kms_keystore.framework.cdk import AlicloudProvider

    app = App(outdir=str(tmp_path / "cdktf.out"), skip_validation=skip_validation)
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    spec = ApplicationSpec(
        name="web", source_ips=("10.0.0.1",), keys=("app",), private_key_data_file=key_file
    )
    KmsKeyStore(
        stack, "KeyStore", region="cn-hangzhou", keys=[KeySpec(name="app")], applications=[spec]
    )
    assert not (tmp_path / folder).exists()  # made when synthesized, not when declared

    app.synth()

    assert stat.S_IMODE((tmp_path / folder).stat().st_mode) == 0o700
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"cdktf.out", folder.split("/")[0]})
    (client_key,) = read_stacks(tmp_path / "cdktf.out")["team"]["resource"][
        "alicloud_kms_client_key"
    ].values()
    written = key_file or "../../../secrets/web.client-key.json"
    assert client_key["private_key_data_file"] == written


def test_two_client_keys_of_an_app_never_write_one_file(tmp_path):
    """The provider writes a private key once: a second key's file would replace the first."""
    from cdktf import App, TerraformStack

    from kms_keystore import ApplicationSpec, KeySpec, KmsKeyStore
    from kms_keystore.framework.cdk import AlicloudProvider

    app = App(outdir=str(tmp_path / "cdktf.out"))
    for id in ("blue", "green"):
        stack = TerraformStack(app, id)
        AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
        spec = ApplicationSpec(name="api", source_ips=("10.0.0.1",), keys=("app",))
        KmsKeyStore(
            stack, "KS", region="cn-hangzhou", keys=[KeySpec(name="app")], applications=[spec]
        )
    assert (
        "green/KS/App-api: private_key_data_file = '../../../secrets/api.client-key.json' is "
        "not valid: a file no other client key writes (blue/KS/App-api writes it"
    ) in synth_refusal(app)


def test_two_client_key_files_differing_only_in_case_are_one_file(tmp_path):
    """On a disk that ignores case (macOS, Windows) the second key would replace the first."""
    from cdktf import App, TerraformStack

    from kms_keystore import ApplicationSpec, KeySpec, KmsKeyStore
    from kms_keystore.framework.cdk import AlicloudProvider

    app = App(outdir=str(tmp_path / "cdktf.out"))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    specs = [
        ApplicationSpec(
            name=name,
            source_ips=("10.0.0.1",),
            keys=("app",),
            private_key_data_file=f"../../../secrets/{file}.json",
        )
        for name, file in (("one", "App"), ("two", "app"))
    ]
    KmsKeyStore(stack, "KS", region="cn-hangzhou", keys=[KeySpec(name="app")], applications=specs)
    assert (
        "team/KS/App-two: private_key_data_file = '../../../secrets/app.json' is not valid: "
        "a file no other client key writes (team/KS/App-one writes it"
    ) in synth_refusal(app)


@pytest.mark.parametrize("leads", ["inside the project", "outside it"])
def test_a_linked_output_folder_gets_its_key_folder_where_terraform_writes(tmp_path, leads):
    """Terraform resolves the stack folder's "../" from where the link leads, not beside it.

    The file is judged there, against the project that holds the link.
    """
    import os

    from cdktf import App, TerraformStack

    from kms_keystore import ApplicationSpec, KeySpec, KmsKeyStore
    from kms_keystore.framework.cdk import AlicloudProvider

    project = tmp_path / "project"
    real = project / "build" / "out" if leads == "inside the project" else tmp_path / "out"
    real.mkdir(parents=True)
    project.mkdir(exist_ok=True)
    os.symlink(real, project / "cdktf.out")
    key_file = "../../../../secrets/web.json" if leads == "inside the project" else None
    app = App(outdir=str(project / "cdktf.out"))
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    spec = ApplicationSpec(
        name="web", source_ips=("10.0.0.1",), keys=("app",), private_key_data_file=key_file
    )
    KmsKeyStore(stack, "KS", region="cn-hangzhou", keys=[KeySpec(name="app")], applications=[spec])
    if leads == "outside it":  # the key would land in tmp_path/secrets, beside no project
        assert "is not valid: a file inside the project directory project/" in synth_refusal(app)
        assert not (tmp_path / "secrets").exists()
        return
    app.synth()

    stack_dir = project / "cdktf.out" / "stacks" / "team"
    (client_key,) = read_stacks(real)["team"]["resource"]["alicloud_kms_client_key"].values()
    # as the system resolves it from the folder Terraform runs in
    where = os.path.realpath(stack_dir / client_key["private_key_data_file"])
    assert where == str(project / "secrets" / "web.json")
    assert stat.S_IMODE((project / "secrets").stat().st_mode) == 0o700


def test_no_client_key_folder_when_nothing_is_written_or_in_the_shared_temporary_folder(
    tmp_path, monkeypatch
):
    from cdktf import App, TerraformStack

    from kms_keystore import ApplicationSpec, KeySpec, KmsKeyStore
    from kms_keystore.framework.cdk import AlicloudProvider

    def app_with_access(outdir: str, bad: bool = False) -> App:
        app = App(outdir=outdir)
        stack = TerraformStack(app, "team")
        AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
        spec = ApplicationSpec(name="web", source_ips=("10.0.0.1",), keys=("app",))
        keys = [KeySpec(name="app"), *([KeySpec(name="Bad Name")] if bad else [])]
        KmsKeyStore(stack, "KS", region="cn-hangzhou", keys=keys, applications=[spec])
        return app

    (tmp_path / "refused").mkdir()
    refused = app_with_access(str(tmp_path / "refused" / "cdktf.out"), bad=True)
    with pytest.raises(RuntimeError):
        refused.synth()
    assert not (tmp_path / "refused" / "secrets").exists()
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    app_with_access(str(tmp_path / "tmp" / "cdktf.outdir.x")).synth()  # as Testing.app() does
    assert not (tmp_path / "tmp" / "secrets").exists()
    app_with_access(str(tmp_path / "tmp" / "out")).synth()  # cdktf synth --output /tmp/out
    assert (tmp_path / "tmp" / "secrets").is_dir()


def test_an_app_skipping_validations_makes_no_client_key_folder_while_it_has_problems(tmp_path):
    from cdktf import App, TerraformStack

    from kms_keystore import ApplicationSpec, KeySpec, KmsKeyStore
    from kms_keystore.framework.cdk import AlicloudProvider

    app = App(outdir=str(tmp_path / "cdktf.out"), skip_validation=True)
    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    spec = ApplicationSpec(name="web", source_ips=("10.0.0.1",), keys=("app",))
    keys = [KeySpec(name="app"), KeySpec(name="Bad Name")]
    KmsKeyStore(stack, "KS", region="cn-hangzhou", keys=keys, applications=[spec])
    with pytest.raises(RuntimeError, match="Bad Name"):
        app.synth()
    assert not (tmp_path / "secrets").exists()
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def _team_key_file_refusal(app, key_file: str) -> str:
    """The error of synthesizing a team stack ``team`` whose one application writes ``key_file``."""
    from cdktf import TerraformStack

    from kms_keystore import ApplicationSpec, KeySpec, KmsKeyStore
    from kms_keystore.framework.cdk import AlicloudProvider

    stack = TerraformStack(app, "team")
    AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    spec = ApplicationSpec(
        name="web", source_ips=("10.0.0.1",), keys=("app",), private_key_data_file=key_file
    )
    KmsKeyStore(stack, "KS", region="cn-hangzhou", keys=[KeySpec(name="app")], applications=[spec])
    with pytest.raises(RuntimeError) as raised:
        app.synth()
    return str(raised.value)


@pytest.mark.parametrize(
    ("key_file", "wanted"),
    [
        ("../../../main.py", "a file of its own, not one of the project's files"),
        ("../../../cdktf.out/keys/web.json", "a file outside the output directory cdktf.out/"),
        ("../../../.git/web.json", "a file outside the folders the project's tools delete"),
        ("../../../node_modules/web.json", "a file outside the folders the project's tools"),
        ("../../../../web.json", "a file inside the project directory"),
        ("../../../main.py/web.json", "a path whose folders can be made (main.py is a file"),
        ("../../../README.md", "a new file (README.md exists and is not a client key"),
        ("../../../secrets/old.json", "a new file (secrets/old.json exists and is not a client"),
        # helper-69 F1: the system takes a '..' after a missing folder not at all
        ("../../../newdir/../secrets/web.json", "a path written as '../' parts and then <folder>"),
        ("../../../secrets/./web.json", "a path written as '../' parts and then <folder>"),
        ("../../../secrets//web.json", "a path written as '../' parts and then <folder>"),
    ],
)
@pytest.mark.parametrize("skip_validation", [False, True])
def test_a_teams_client_key_file_is_judged_as_the_reference_app_judges_it(
    tmp_path, key_file, wanted, skip_validation
):
    """The provider writes the private key once, over a project file or into cdktf.out."""
    from cdktf import App, TerraformOutput, TerraformStack

    project = tmp_path / "project"
    project.mkdir()
    (project / "main.py").write_text("# the team's app\n")
    (project / "README.md").write_text("# the team's readme\n")
    (project / "secrets").mkdir()
    (project / "secrets" / "old.json").write_text('{"KeyId": "key-1"}')  # not the whole key
    app = App(outdir=str(project / "cdktf.out"), skip_validation=skip_validation)
    TerraformOutput(TerraformStack(app, "first"), "x", value="written first, if at all")
    refused = _team_key_file_refusal(app, key_file)
    assert (
        f"team/KS/App-web: private_key_data_file = {key_file!r} is not valid: {wanted}" in refused
    )
    made = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert made == ["project/README.md", "project/main.py", "project/secrets/old.json"]


def test_a_teams_client_key_path_through_a_link_and_up_is_refused(tmp_path):
    """helper-69 F1: ``link/..`` is tidied as text, but the system follows the link first."""
    from cdktf import App

    project = tmp_path / "project"
    (tmp_path / "other" / "deep" / "sub").mkdir(parents=True)
    (tmp_path / "other" / "deep" / "secrets").mkdir()
    victim = tmp_path / "other" / "deep" / "secrets" / "victim.json"
    victim.write_text("TEAM FILE\n")
    project.mkdir()
    (project / "link").symlink_to("../other/deep/sub")
    key_file = "../../../link/../secrets/victim.json"
    refused = _team_key_file_refusal(App(outdir=str(project / "cdktf.out")), key_file)
    assert f"private_key_data_file = {key_file!r} is not valid: a path written as" in refused
    assert victim.read_text() == "TEAM FILE\n"
    assert not (project / "secrets").exists()
    assert [p for p in (project / "cdktf.out").rglob("*") if p.is_file()] == []


def test_a_teams_client_key_path_ending_in_a_slash_is_refused_for_what_it_is(tmp_path):
    """helper-71 H7: the message said a '..' after a folder was the reason."""
    from cdktf import App

    key_file = "../../../secrets/web.json/"
    refused = _team_key_file_refusal(App(outdir=str(tmp_path / "cdktf.out")), key_file)
    assert f"private_key_data_file = {key_file!r} is not valid: a path written as" in refused
    assert "no file at a path ending in '/'" in refused


def test_the_reference_app_makes_client_key_folders_with_hcl_output_too(tmp_path):
    """cdk.tf is not read back: the folders come from the configuration."""
    import os
    import shutil
    import subprocess
    from pathlib import Path

    import kms_keystore

    context = (ROOT / "examples" / "with-access.json").read_text(encoding="utf-8")
    shutil.copy(ROOT / "main.py", tmp_path / "main.py")  # the project is the app's folder
    env = {
        **os.environ,
        "SYNTH_HCL_OUTPUT": "true",
        "CDKTF_OUTDIR": str(tmp_path / "cdktf.out"),
        "CDKTF_CONTEXT_JSON": context,
        "PYTHONPATH": str(Path(kms_keystore.__file__).parent.parent),  # the package tested
    }
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), str(tmp_path / "main.py")],
        env=env,
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stderr
    hcl = (tmp_path / "cdktf.out" / "stacks" / "kms-keystore" / "cdk.tf").read_text()
    assert stat.S_IMODE((tmp_path / "secrets").stat().st_mode) == 0o700
    # cdktf 0.21 writes the version as `0 = "required_version"`, which Terraform refuses
    assert '\n  required_version = ">= 1.5"\n' in hcl
    assert '"required_version"' not in hcl
