"""`make export`: self-contained, deterministic directories for Terraform teams."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from kms_keystore.handoff.export import export
from kms_keystore.handoff.export_docs import clean_document
from kms_keystore.handoff.stack_graph import short_label

from .support import (
    ABSOLUTE_PATH,
    ROOT,
    terraform_offline,
    terraform_offline_available,
)

SPLIT_WITH_ACCESS = {
    **json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8")),
    "layout": "split",
}


def tree(root):
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    dest = tmp_path_factory.mktemp("first") / "export"
    order = export(SPLIT_WITH_ACCESS, dest, ROOT)
    return dest, order


def test_one_directory_per_stack_with_only_config_and_readme(exported):
    dest, order = exported

    assert order == ["kms-keystore-account", "kms-keystore"]
    files = sorted(tree(dest))
    assert [f for f in files if "/.checkov/" not in f] == [
        "kms-keystore-account/.checkov.yaml",
        "kms-keystore-account/.gitignore",
        "kms-keystore-account/.kms-keystore-export",
        "kms-keystore-account/README.md",
        "kms-keystore-account/main.tf.json",
        "kms-keystore-account/versions.tf.json",
        "kms-keystore/.checkov.yaml",
        "kms-keystore/.gitignore",
        "kms-keystore/.kms-keystore-export",
        "kms-keystore/README.md",
        "kms-keystore/main.tf.json",
        "kms-keystore/secrets/.kms-keystore-key-folder",
    ]
    for name in order:
        assert f"{name}/.checkov/checks/kms_keystore_checks.py" in files


def test_export_is_byte_identical_across_runs_and_places(exported, tmp_path):
    dest, _ = exported
    elsewhere = tmp_path / "some" / "other" / "place"

    export(SPLIT_WITH_ACCESS, elsewhere, ROOT)

    assert tree(elsewhere) == tree(dest)


def test_export_has_no_machine_paths_or_cdktf_metadata(exported):
    dest, _ = exported

    for name, content in tree(dest).items():
        text = content.decode("utf-8")
        assert not ABSOLUTE_PATH.search(text), name
        if name.endswith(".py"):  # the guardrail rules checkov runs know cdktf's metadata
            continue
        assert '"metadata"' not in text, name
        assert "uniqueId" not in text, name


def test_paths_point_into_the_exported_directory(exported):
    dest, _ = exported
    document = json.loads((dest / "kms-keystore" / "main.tf.json").read_text(encoding="utf-8"))
    client_key = next(iter(document["resource"]["alicloud_kms_client_key"].values()))

    assert document["terraform"]["backend"] == {"local": {"path": "terraform.kms-keystore.tfstate"}}
    assert client_key["private_key_data_file"] == "secrets/payments-api.client-key.json"


def test_readme_tells_variables_outputs_provider_backend_and_order(exported):
    dest, _ = exported
    readme = (dest / "kms-keystore" / "README.md").read_text(encoding="utf-8")

    assert "1. `kms-keystore-account`\n2. `kms-keystore` (this stack)" in readme
    assert "| `payments_api_client_key_password` | string | yes |" in readme
    assert "| `payments_db_password_secret_data` | string | yes |" in readme
    assert "| `instance_id` | no |" in readme
    assert "`aliyun/alicloud` version `1.283.0`" in readme
    assert "Terraform 1.x (this stack holds no import or check block)" in readme
    account = (dest / "kms-keystore-account" / "README.md").read_text(encoding="utf-8")
    assert "- Terraform >= 1.5 (import or check blocks)" in account
    assert "Local file `terraform.kms-keystore.tfstate` in this directory" in readme


def mermaid_id(diagram, address):
    line = next(line for line in diagram.splitlines() if f'["{short_label(address)}' in line)
    return line.split("[", 1)[0].strip()


def test_readme_draws_each_stack_and_the_order_terraform_creates_it_in(exported):
    dest, order = exported
    for name in order:
        readme = (dest / name / "README.md").read_text(encoding="utf-8")
        document = json.loads((dest / name / "main.tf.json").read_text(encoding="utf-8"))
        diagram = readme.split("```mermaid\n", 1)[1].split("```", 1)[0]
        addresses = [
            f"{type_name}.{block}"
            for type_name, blocks in document["resource"].items()
            for block in blocks
        ]

        assert diagram.startswith("flowchart TB\n"), name
        for address in addresses:
            assert diagram.count(f'["{short_label(address)}') == 1, (name, address)
            assert f"`{address}`" in readme.split("```", 2)[2], (name, address)
    account = (dest / "kms-keystore-account" / "README.md").read_text(encoding="utf-8")
    diagram = account.split("```mermaid\n", 1)[1].split("```", 1)[0]
    document = json.loads((dest / "kms-keystore-account" / "main.tf.json").read_bytes())
    role = next(iter(document["resource"]["alicloud_resource_manager_service_linked_role"]))
    role_id = mermaid_id(diagram, f"alicloud_resource_manager_service_linked_role.{role}")
    attachments = [
        f"{type_name}.{block}"
        for type_name, blocks in document["resource"].items()
        if type_name.endswith("_policy_attachment")
        for block in blocks
    ]

    assert attachments
    for attachment in attachments:
        assert f"  {mermaid_id(diagram, attachment)} -->|depends_on| {role_id}\n" in diagram
    store = (dest / "kms-keystore" / "README.md").read_text(encoding="utf-8")
    assert "Terraform creates them in these steps" in store


def test_exported_json_is_valid_terraform(exported):
    reason = terraform_offline_available()
    if reason:
        pytest.skip(reason)
    dest, order = exported
    staged = []
    for name in order:
        stack = dest.parent / "validate" / name
        stack.mkdir(parents=True)
        (stack / "cdk.tf.json").write_bytes((dest / name / "main.tf.json").read_bytes())
        for side in ("imports.tf.json", "versions.tf.json"):
            if (dest / name / side).exists():
                (stack / side).write_bytes((dest / name / side).read_bytes())
        staged.append(stack)

    output = terraform_offline(staged)

    for name in order:
        assert f"{name}: valid=True errors=0 warnings=0" in output, output


def test_hcl_export_is_valid_terraform_with_every_block(tmp_path):
    reason = terraform_offline_available()
    if reason:
        pytest.skip(reason)
    context = {**SPLIT_WITH_ACCESS, "roleMode": "reference", "systemPolicyGuard": "check"}
    order = export(context, tmp_path / "hcl", ROOT, hcl=True)
    text = "".join(
        (tmp_path / "hcl" / n / "main.tf").read_text(encoding="utf-8") for n in order
    )  # the check lives in the account stack, the role lookup in the regional one

    output = terraform_offline([tmp_path / "hcl" / n for n in order])  # main.tf, copied as *.tf

    for name in order:
        assert f"{name}: valid=True errors=0 warnings=0" in output, output
    assert 'check "kms_keystore_system_policy_drift"' in text
    readme = (tmp_path / "hcl" / "kms-keystore" / "README.md").read_text(encoding="utf-8")
    assert "checkov --config-file .checkov.yaml\nterraform fmt -check\n" in readme
    assert "postcondition {" in text
    assert 'required_version = ">= 1.5"' in text  # the account stack holds a check block
    assert not ABSOLUTE_PATH.search(text)


def test_make_export_writes_the_reference_stack(tmp_path):
    result = subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "python"),
            str(ROOT / "tools" / "export.py"),
            "--dest",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )

    assert result.returncode == 0, result.stderr
    assert sorted(p for p in tree(tmp_path / "out") if "/." not in p) == [
        "kms-keystore/README.md",
        "kms-keystore/main.tf.json",
        "kms-keystore/versions.tf.json",
    ]
    assert result.stdout == "1. out/kms-keystore/\n"


def test_only_path_arguments_are_pointed_into_the_export():
    document = {
        "terraform": {"backend": {"local": {"path": "../../../terraform.s.tfstate"}}},
        "resource": {
            "alicloud_ram_policy": {"p": {"description": "../../../not a path"}},
            "alicloud_kms_client_key": {"k": {"private_key_data_file": "../../../secrets/a.json"}},
        },
    }

    cleaned = clean_document(document)

    assert cleaned["terraform"]["backend"]["local"]["path"] == "terraform.s.tfstate"
    assert cleaned["resource"]["alicloud_ram_policy"]["p"]["description"] == "../../../not a path"
    key = cleaned["resource"]["alicloud_kms_client_key"]["k"]
    assert key["private_key_data_file"] == "secrets/a.json"


def test_a_re_export_keeps_what_terraform_wrote(exported, tmp_path):
    dest = tmp_path / "export"
    export(SPLIT_WITH_ACCESS, dest, ROOT)
    stack = dest / "kms-keystore"
    written_by_terraform = {
        "terraform.kms-keystore.tfstate": b'{"version": 4}',
        ".terraform/providers/marker": b"provider",
        ".terraform.lock.hcl": b"# lock",
        "secrets/payments-api.client-key.json": b'{"KeyId": "secret"}',
        "notes.txt": b"the team's own file",
    }
    for relative, content in written_by_terraform.items():
        (stack / relative).parent.mkdir(parents=True, exist_ok=True)
        (stack / relative).write_bytes(content)
    (stack / "main.tf.json").write_text("{}", encoding="utf-8")  # an edited export file

    export(SPLIT_WITH_ACCESS, dest, ROOT)

    for relative, content in written_by_terraform.items():
        assert (stack / relative).read_bytes() == content, relative
    assert (stack / "main.tf.json").read_bytes() == (
        exported[0] / stack.name / "main.tf.json"
    ).read_bytes()
    ignored = (stack / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert {"*.tfstate", ".terraform/", "/secrets/payments-api.client-key.json"} <= set(ignored)


def test_files_the_previous_export_wrote_and_this_one_does_not_go(tmp_path):
    dest = tmp_path / "export"
    export(SPLIT_WITH_ACCESS, dest, ROOT)
    assert (dest / "kms-keystore-account" / "versions.tf.json").exists()
    listing = dest / "kms-keystore" / ".kms-keystore-export"
    listing.write_text(listing.read_text(encoding="utf-8") + "old.tf.json\n", encoding="utf-8")
    (dest / "kms-keystore" / "old.tf.json").write_text("{}", encoding="utf-8")

    export(SPLIT_WITH_ACCESS, dest, ROOT)

    assert not (dest / "kms-keystore" / "old.tf.json").exists()


def test_an_export_never_replaces_a_file_of_the_team_it_did_not_write(tmp_path):
    """helper-70 G1: the team's main.tf beside a JSON export, its README.md in a new folder."""
    from kms_keystore.core.problems import ConfigError

    dest = tmp_path / "export"
    export({}, dest, ROOT)
    before = {p: p.read_bytes() for p in dest.rglob("*") if p.is_file()}
    (dest / "kms-keystore" / "main.tf").write_text("# the team's own\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        export({}, dest, ROOT, hcl=True)  # writes main.tf
    assert "export.file = 'export/kms-keystore/main.tf' is not valid: none the export" in str(
        refused.value
    )
    assert (dest / "kms-keystore" / "main.tf").read_text(encoding="utf-8") == "# the team's own\n"
    assert {p: p.read_bytes() for p in before} == before  # the JSON export as it was

    fresh = tmp_path / "fresh"
    (fresh / "kms-keystore").mkdir(parents=True)
    (fresh / "kms-keystore" / "README.md").write_text("# our notes\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"has no list and holds README\.md, so the export"):
        export({}, fresh, ROOT)
    assert [p.name for p in fresh.rglob("*")] == ["kms-keystore", "README.md"]


def test_a_file_where_the_export_needs_a_folder_stops_it_before_anything_moves(tmp_path):
    """helper-71 H2: a team file named .checkov stopped the install halfway."""
    import shutil

    from kms_keystore.core.problems import ConfigError

    dest = tmp_path / "export"
    export({}, dest, ROOT)
    shutil.rmtree(dest / "kms-keystore" / ".checkov")
    (dest / "kms-keystore" / ".checkov").write_text("# the team's\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in dest.rglob("*") if p.is_file()}
    with pytest.raises(ConfigError) as refused:
        export({}, dest, ROOT)
    message = str(refused.value)
    assert message.count("export.folder = 'export/kms-keystore/.checkov' is not valid") == 1
    assert "1 configuration problem; nothing was written" in message
    assert {p: p.read_bytes() for p in dest.rglob("*") if p.is_file()} == before
    (dest / "kms-keystore" / ".checkov").unlink()
    export({}, dest, ROOT)  # moved: the export's own files are still its own
    assert (dest / "kms-keystore" / ".checkov").is_dir()


def test_a_folder_exported_before_the_list_gets_one_message_and_same_bytes_pass(tmp_path):
    """helper-71 H3: an export older than .kms-keystore-export, refused file by file."""
    from kms_keystore.core.problems import ConfigError

    dest = tmp_path / "export"
    export({}, dest, ROOT)
    (dest / "kms-keystore" / ".kms-keystore-export").unlink()
    export({}, dest, ROOT)  # the same bytes where it writes: nothing of anyone's is lost
    (dest / "kms-keystore" / ".kms-keystore-export").unlink()
    (dest / "kms-keystore" / "README.md").write_text("# edited\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        export({}, dest, ROOT)
    message = str(refused.value)
    assert "1 configuration problem; nothing was written" in message
    assert "export.folder = 'export/kms-keystore' is not valid: a folder the export has" in message
    assert "this one has no list and holds README.md, so the export cannot tell" in message


def test_an_install_through_a_linked_folder_keeps_the_list_and_the_link(tmp_path):
    """helper-72 J1: removing a note in a linked secrets folder stopped the install halfway."""
    dest = tmp_path / "export"
    export(SPLIT_WITH_ACCESS, dest, ROOT)
    stack = dest / "kms-keystore"
    outside = tmp_path / "outside" / "keys"
    outside.parent.mkdir()
    (stack / "secrets").rename(outside)
    (stack / "secrets").symlink_to(outside)
    without = {k: v for k, v in SPLIT_WITH_ACCESS.items() if k != "applications"}
    export(without, dest, ROOT)  # the note in secrets/ goes; the team's link stays
    assert (stack / "secrets").is_symlink() and outside.is_dir()
    listed = (stack / ".kms-keystore-export").read_text(encoding="utf-8").splitlines()
    assert "main.tf.json" in listed and "secrets/.kms-keystore-key-folder" not in listed
    export(without, dest, ROOT)  # and the next export knows its files


def test_a_folder_or_link_where_the_export_writes_a_file_stops_it(tmp_path):
    """helper-72 J2: README.md made a folder stopped the install halfway."""
    from kms_keystore.core.problems import ConfigError

    dest = tmp_path / "export"
    export({}, dest, ROOT)
    readme = dest / "kms-keystore" / "README.md"
    readme.unlink()
    readme.mkdir()
    (readme / "notes.txt").write_text("the team's\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in dest.rglob("*") if p.is_file()}
    with pytest.raises(ConfigError) as refused:
        export({}, dest, ROOT)
    assert "export.file = 'export/kms-keystore/README.md' is not valid: a file (or nothing)" in (
        str(refused.value)
    )
    assert {p: p.read_bytes() for p in dest.rglob("*") if p.is_file()} == before


def test_the_list_of_the_export_is_never_left_half_written(tmp_path):
    """helper-73 K9: a folder where the list goes is named; a failed write leaves no file."""
    import shutil

    from kms_keystore.core.problems import ConfigError
    from kms_keystore.handoff import export as export_module

    dest = tmp_path / "export"
    export({}, dest, ROOT)
    listing = dest / "kms-keystore" / ".kms-keystore-export"
    kept = listing.read_text(encoding="utf-8")
    listing.unlink()
    listing.mkdir()
    with pytest.raises(ConfigError, match=r"where the export keeps its list; it is a folder"):
        export({}, dest, ROOT)
    shutil.rmtree(listing)
    listing.write_text(kept, encoding="utf-8")

    # a list that cannot be put in place (here a folder there) leaves no half-written file
    work = tmp_path / "work"
    work.mkdir()
    listing.unlink()
    listing.mkdir()
    with pytest.raises(OSError):
        export_module._write_list(listing.parent, {"main.tf.json"}, work)
    assert list(work.iterdir()) == []
    listing.rmdir()
    listing.write_text(kept, encoding="utf-8")
    # helper-76 N1, N2: the list is written in the work folder, so no file named like it
    # in a stack folder is ever the export's, and each is left as it is
    others = [
        ".kms-keystore-export.20261206",
        f".kms-keystore-export.{os.getpid()}",
        ".kms-keystore-export.1",
    ]
    for name in others:
        (listing.parent / name).write_text(kept, encoding="utf-8")
    export({}, dest, ROOT)
    assert sorted(p.name for p in listing.parent.glob(".kms-keystore-export*")) == sorted(
        [".kms-keystore-export", *others]
    )
    assert all((listing.parent / name).read_text(encoding="utf-8") == kept for name in others)


def test_a_folder_the_export_cannot_write_stops_it_before_anything_moves(tmp_path, monkeypatch):
    """helper-76 N3: an export stopped at a stack folder it could not write, others moved."""
    from kms_keystore.core.problems import ConfigError
    from kms_keystore.handoff import export as export_module

    dest = tmp_path / "export"
    export(SPLIT_WITH_ACCESS, dest, ROOT)
    before = {p: p.read_bytes() for p in dest.rglob("*") if p.is_file()}
    locked = dest / "kms-keystore"
    access = os.access
    monkeypatch.setattr(
        export_module.os,
        "access",
        lambda path, mode, **kw: False if Path(path) == locked else access(path, mode, **kw),
    )
    without = {k: v for k, v in SPLIT_WITH_ACCESS.items() if k != "applications"}
    with pytest.raises(ConfigError, match=r"export\.folder = 'export/kms-keystore' is not"):
        export(without, dest, ROOT)
    assert {p: p.read_bytes() for p in dest.rglob("*") if p.is_file()} == before


def test_work_folders_of_others_beside_the_export_are_left_alone(tmp_path):
    """helper-76 N5: any .export-<digits>* folder of a dead pid went, with its contents."""
    from kms_keystore.handoff.export import remove_abandoned_work

    dead = subprocess.Popen(["true"])
    dead.wait()
    mine = tmp_path / f".export-{dead.pid}-abcd_123"
    for name in (".export-20261206", f".export-0{dead.pid}-abcd_123", f".export-{dead.pid}-x"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "team.txt").write_text("kept\n")
    mine.mkdir()
    assert remove_abandoned_work(tmp_path) == [mine]
    assert len(list(tmp_path.iterdir())) == 3


def test_an_export_folder_that_links_to_nothing_is_refused(tmp_path):
    """helper-72 J7: an unmounted volume's folder was made through the link."""
    from kms_keystore.core.problems import ConfigError

    (tmp_path / "export").symlink_to(tmp_path / "gone" / "export")
    with pytest.raises(ConfigError, match="it is a link to nothing"):
        export({}, tmp_path / "export", ROOT)
    assert not (tmp_path / "gone").exists()


def test_a_killed_exports_work_folder_is_cleared_by_the_next(tmp_path):
    dead = subprocess.Popen(["true"])
    dead.wait()
    left = tmp_path / f".export-{dead.pid}-abc_1234"  # as tempfile names it
    (left / "json").mkdir(parents=True)

    export(SPLIT_WITH_ACCESS, tmp_path / "export", ROOT)

    assert [p.name for p in tmp_path.iterdir()] == ["export"]


def test_a_terminated_export_leaves_no_work_folder(tmp_path):
    process = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "python"),
            str(ROOT / "tools" / "export.py"),
            "--hcl",
            "--dest",
            str(tmp_path / "export"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".export-*")) and process.poll() is None:
        assert time.monotonic() < deadline, "the export never started its work folder"
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=300)

    assert list(tmp_path.glob(".export-*")) == []
    if process.returncode != 0:  # stopped while working (it may have finished first)
        assert process.returncode == 130, err
        assert err == "kms-keystore: export stopped; no work folder is left: run it again\n"
        assert not (tmp_path / "export").exists()


def test_the_client_key_folder_goes_with_the_export_through_git(exported, tmp_path):
    """Git keeps no empty folder; without it the provider would write the private key nowhere."""
    import shutil
    import stat
    import subprocess

    dest, _ = exported
    stack = dest / "kms-keystore"
    assert stat.S_IMODE((stack / "secrets").stat().st_mode) == 0o700
    assert "secrets/.kms-keystore-key-folder" in (stack / ".kms-keystore-export").read_text()
    readme = (stack / "README.md").read_text(encoding="utf-8")
    assert "## Client keys" in readme and "- `secrets/payments-api.client-key.json`" in readme
    assert "## Client keys" not in (dest / "kms-keystore-account" / "README.md").read_text()
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    shutil.copytree(stack, repo)
    (repo / "secrets" / "payments-api.client-key.json").write_text("{}", encoding="utf-8")

    def git(*args: str, cwd: Path = repo) -> str:
        env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "HOME": str(tmp_path)}
        env |= {
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.com",
            "PATH": "/usr/bin:/bin",
        }
        return subprocess.run(
            ["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
        ).stdout

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "export")
    assert "secrets/payments-api.client-key.json" not in git("ls-files")
    git("clone", "-q", str(repo), str(tmp_path / "clone"), cwd=tmp_path)
    assert (tmp_path / "clone" / "secrets").is_dir()


def test_a_key_file_in_the_stack_directory_itself_gets_no_folder_note(tmp_path):
    context = json.loads((ROOT / "examples" / "with-access.json").read_text(encoding="utf-8"))
    context["applications"][0]["privateKeyDataFile"] = "../../../payments-api.client-key.json"
    dest = tmp_path / "export"
    export(context, dest, ROOT)
    stack = dest / "kms-keystore"
    assert not list(stack.rglob(".kms-keystore-key-folder"))
    readme = (stack / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Client keys") :]
    assert "- `payments-api.client-key.json`" in section
    assert "- this directory" in section and ".kms-keystore-key-folder" not in section


def test_a_key_file_the_export_keeps_stays_out_of_git_after_its_application_goes(tmp_path):
    """A re-export keeps the private key of a removed application: its .gitignore line stays."""
    custom = {**SPLIT_WITH_ACCESS["applications"][0], "privateKeyDataFile": "../../../keys/a.json"}
    dest = tmp_path / "export"
    export({**SPLIT_WITH_ACCESS, "applications": [custom]}, dest, ROOT)
    stack = dest / "kms-keystore"
    ignored = (stack / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "/keys/a.json" in ignored and "*.client-key.json" in ignored
    (stack / "keys" / "a.json").write_text('{"KeyId":"K","PrivateKeyData":"P"}')  # as applied

    without = {k: v for k, v in SPLIT_WITH_ACCESS.items() if k != "applications"}
    export(without, dest, ROOT)

    assert (stack / "keys" / "a.json").is_file()  # kept, as handoff.md says
    assert "/keys/a.json" in (stack / ".gitignore").read_text(encoding="utf-8").splitlines()
    (stack / "keys" / "a.json").unlink()
    export(without, dest, ROOT)
    assert "/keys/a.json" not in (stack / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_key_files_with_names_git_reads_as_patterns_are_ignored_by_git(tmp_path):
    """Brackets, a trailing space, '..': the .gitignore line names the very file (helper-67 D3)."""
    import shutil
    import subprocess

    if not shutil.which("git"):
        pytest.skip("git is not on PATH")
    names = ["secrets/pay [prod].pem", "secrets/a*b?.pem", "secrets/ops key.pem "]
    base = SPLIT_WITH_ACCESS["applications"][0]
    applications = [
        {**base, "name": f"app{i}", "privateKeyDataFile": f"../../../{name}"}
        for i, name in enumerate(names)
    ]
    dest = tmp_path / "export"
    export({**SPLIT_WITH_ACCESS, "applications": applications}, dest, ROOT)
    stack = dest / "kms-keystore"
    for name in names:
        (stack / name).parent.mkdir(parents=True, exist_ok=True)
        (stack / name).write_text('{"KeyId":"K","PrivateKeyData":"P"}')  # as applied
    subprocess.run(["git", "init", "-q"], cwd=stack, check=True)
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=stack,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert ".pem" not in status, status
    assert "secrets/.kms-keystore-key-folder" in status  # the folder itself goes to git


def test_a_gitignore_line_of_an_older_export_is_written_again_as_git_reads_names(tmp_path):
    """An export before the escaping named [x].pem as a pattern (helper-68 E7)."""
    from kms_keystore.handoff.export_docs import ignored_files_still_there

    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "[x].pem").write_text("key")
    (tmp_path / "secrets" / "norm.pem").write_text("key")
    (tmp_path / "secrets" / "a.pem ").write_text("key")  # helper-69 F6: a trailing space
    (tmp_path / ".gitignore").write_text(
        "/secrets/[x].pem\n/keys/../secrets/norm.pem\n/gone.pem\n/secrets/a.pem \n"
    )

    assert ignored_files_still_there(tmp_path) == [
        "/secrets/\\[x\\].pem",
        "/secrets/norm.pem",
        "/secrets/a.pem\\ ",
    ]


def test_two_exports_into_one_folder_take_turns(tmp_path):
    """helper-76 N4: a JSON and an HCL export at once left both main.tf files."""
    import sys

    from kms_keystore.handoff.export import _one_export_at_a_time

    probe = (
        "import fcntl, os, sys\n"
        "handle = os.open(sys.argv[1], os.O_RDONLY)\n"
        "try:\n"
        "    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
        "except BlockingIOError:\n"
        "    sys.exit(3)\n"
    )
    with _one_export_at_a_time(tmp_path):
        held = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], check=False)
    free = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], check=False)
    assert (held.returncode, free.returncode) == (3, 0)
