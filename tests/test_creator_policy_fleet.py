"""A fleet's creator policies: one that validated is not validated again, others always are."""

from __future__ import annotations

import uuid

import pytest
from cdktf import App

from kms_keystore import AlicloudStack, ServiceLinkedRoleCreatorPolicy
from kms_keystore.app.build import synthesize
from kms_keystore.core.problems import ConfigError
from kms_keystore.core.specs import CreatorPolicySpec

from .support import read_stacks, resources


class _Name(str):
    """A name that compares equal to its text: a subclass may check apart from it."""


def _fleet(tmp_path, *props: dict) -> App:
    app = App(outdir=str(tmp_path / "out"))
    for index, each in enumerate(props):
        stack = AlicloudStack(app, f"stack-{index}", region="cn-hangzhou")
        ServiceLinkedRoleCreatorPolicy(stack, "Creator", **each)
    return app


@pytest.fixture
def validations(monkeypatch) -> list[CreatorPolicySpec]:
    seen: list[CreatorPolicySpec] = []
    validate = CreatorPolicySpec.validate

    def counted(self, check):
        seen.append(self)
        return validate(self, check)

    monkeypatch.setattr(CreatorPolicySpec, "validate", counted)
    return seen


def test_an_equal_policy_is_validated_once_and_written_in_every_stack(tmp_path, validations):
    props = {"description": f"fleet {uuid.uuid4()}", "users": ["kms-deployer"]}
    app = _fleet(tmp_path, props, props, props)
    synthesize(app, tmp_path / "out")

    assert len(validations) == 1
    for stack in read_stacks(tmp_path / "out").values():
        (policy,) = resources(stack, "alicloud_ram_policy").values()
        assert policy["description"] == props["description"]


def test_a_name_of_a_str_subclass_is_validated_each_time(tmp_path, validations):
    description = f"fleet {uuid.uuid4()}"
    app = _fleet(
        tmp_path,
        {"description": description},
        {"description": description, "policy_name": _Name(CreatorPolicySpec.name)},
        {"description": description, "users": (_Name("kms-deployer"),)},
    )
    synthesize(app, tmp_path / "out")

    assert len(validations) == 3


def test_an_invalid_policy_is_refused_in_every_stack(tmp_path):
    bad = {"policy_name": "no spaces allowed", "description": f"fleet {uuid.uuid4()}"}
    app = _fleet(tmp_path, bad, bad)

    with pytest.raises(ConfigError) as raised:
        synthesize(app, tmp_path / "out")

    message = str(raised.value)
    assert "stack-0/Creator" in message and "stack-1/Creator" in message
    assert message.count("no spaces allowed") >= 2


def test_a_token_after_a_valid_policy_is_refused(tmp_path):
    good = {"description": f"fleet {uuid.uuid4()}"}
    app = App(outdir=str(tmp_path / "out"))
    first = AlicloudStack(app, "stack-0", region="cn-hangzhou")
    ServiceLinkedRoleCreatorPolicy(first, "Creator", **good)
    second = AlicloudStack(app, "stack-1", region="cn-hangzhou")
    ServiceLinkedRoleCreatorPolicy(second, "Creator", description="stack-0${TfToken[TOKEN.1]}")

    with pytest.raises(ConfigError) as raised:
        synthesize(app, tmp_path / "out")

    assert "stack-1/Creator" in str(raised.value)
