"""Specs the configuration reader checked are not checked again, and nothing else is let by.

The constructs skip their own check of a spec only for the very object the
reader made and checked, with the same arguments and the same tags
(``kms_keystore.core.checked``). These tests change what the mark must notice
and expect the constructs' check to run and stop the synthesis.
"""

from __future__ import annotations

import collections
import dataclasses
import enum
import gc
import json
import types
from pathlib import Path

import pytest
from cdktf import App, TerraformStack

from kms_keystore.app.build import _build_app
from kms_keystore.config import read_deployments
from kms_keystore.core import checked
from kms_keystore.core.problems import ConfigError
from kms_keystore.core.specs import InstanceSpec
from kms_keystore.core.terraform_text import cdktf_token_places
from kms_keystore.network import KeyStoreNetwork

from .support import ROOT

TOKEN = "${TfToken[TOKEN.1]}"


def _read(tmp_path: Path, context: dict) -> list:
    configs, check = read_deployments(context, outdir=tmp_path / "out", project_dir=tmp_path)
    assert not check.problems
    return configs


def _synth_problems(configs: list, context: dict, tmp_path: Path) -> str:
    with pytest.raises(ConfigError) as raised:
        _build_app(context, configs, str(tmp_path / "out"))
    return str(raised.value)


def test_the_reader_marks_the_specs_it_checked(tmp_path):
    (config,) = _read(tmp_path, {"keys": [{"name": "k"}]})
    assert checked.checked_already(config.instance)
    assert checked.checked_already(config.network, config.region)
    assert checked.checked_already(config.keys[0], config.instance.edition)
    # another region, another edition, an equal object made anew: not marked
    assert not checked.checked_already(config.network, "eu-central-1")
    assert not checked.checked_already(config.keys[0], "hardware")
    assert not checked.checked_already(dataclasses.replace(config.instance))
    assert not checked.checked_already(InstanceSpec())


def test_the_reader_marks_the_stack_settings_it_checked(tmp_path):
    """AlicloudStack checks a backend or an assumed role made by hand, not the reader's."""
    context = {
        "backend": {"type": "oss", "bucket": "team-state"},
        "assumeRole": {"roleArn": "acs:ram::1234567890123456:role/kms-deployer"},
    }
    (config,) = _read(tmp_path, context)
    assert checked.checked_already(config.backend)
    assert checked.checked_already(config.assume_role)
    assert not checked.checked_already(dataclasses.replace(config.backend))


def test_nothing_is_marked_when_the_configuration_has_a_problem(tmp_path):
    configs, check = read_deployments(
        {"instance": {"tags": {"team": "payments"}}, "region": "Mars"},
        outdir=tmp_path / "out",
        project_dir=tmp_path,
    )
    assert check.problems
    assert not checked.checked_already(configs[0].instance)


def test_tags_changed_after_reading_are_checked_by_the_construct(tmp_path):
    context = {"instance": {"tags": {"team": "payments"}}}
    configs = _read(tmp_path, context)
    configs[0].instance.tags["leak"] = TOKEN  # the one mutable field of a spec
    assert not checked.checked_already(configs[0].instance)
    message = _synth_problems(configs, context, tmp_path)
    assert "tags.leak" in message and "TfToken" in message


def test_a_spec_changed_by_replace_is_checked_by_the_construct(tmp_path):
    context: dict = {}
    configs = _read(tmp_path, context)
    bad = dataclasses.replace(configs[0].instance, key_num=7)
    message = _synth_problems([dataclasses.replace(configs[0], instance=bad)], context, tmp_path)
    assert "key_num = 7" in message


def test_a_marked_network_given_another_region_is_checked(tmp_path):
    (config,) = _read(tmp_path, {"region": "cn-hangzhou"})
    stack = TerraformStack(App(outdir=str(tmp_path / "x")), "s")
    network = KeyStoreNetwork(stack, "Net", region="cn-shanghai", new=config.network)
    problems = stack.node.root.__dict__["_kms_keystore_problems"]
    assert network.vpc_id == "" and any("zone" in str(p) for p in problems)


def test_a_mark_goes_with_its_spec():
    spec = InstanceSpec(tags={"a": "b"})
    checked.mark_checked(spec)
    key = id(spec)
    assert checked.checked_already(spec)
    del spec
    gc.collect()
    assert key not in checked._MARKS


def _mutable_places(value: object, path: str) -> list[str]:
    """Where ``value`` holds something that can change after the reader checked it."""
    if value is None or isinstance(value, (str, int, float, bool, enum.Enum)):
        return []
    if type(value) is tuple:
        return [p for i, item in enumerate(value) for p in _mutable_places(item, f"{path}[{i}]")]
    if dataclasses.is_dataclass(value) and type(value).__dataclass_params__.frozen:
        return [
            p
            for field in dataclasses.fields(value)
            for p in _mutable_places(getattr(value, field.name), f"{path}.{field.name}")
        ]
    return [f"{path}: {type(value).__name__}"]


@pytest.mark.parametrize(
    "example", [*sorted(p.name for p in (ROOT / "examples").glob("*.json")), "default"]
)
def test_a_marked_spec_holds_nothing_mutable_but_its_tags(tmp_path, example):
    """The mark snapshots a spec's ``tags`` only: everything else must be unable to change."""
    context = {} if example == "default" else json.loads((ROOT / "examples" / example).read_text())
    context = {**context, "instance": {**context.get("instance", {}), "tags": {"team": "x"}}}
    marked = []
    for config in _read(tmp_path, context):
        marked += [config.instance, config.network, *config.keys]
    assert checked.checked_already(marked[0])  # the instance: marked with no arguments
    places = []
    for spec in marked:
        for field in dataclasses.fields(spec):
            value = getattr(spec, field.name)
            if field.name == "tags" and type(value) is dict:
                assert all(type(k) is str and type(v) is str for k, v in value.items())
                continue
            places += _mutable_places(value, f"{type(spec).__name__}.{field.name}")
    assert places == []


@pytest.mark.parametrize(
    "wrap",
    [
        types.MappingProxyType,
        collections.UserDict,
        lambda context: {"keys": tuple(context["keys"])},
        lambda context: {"keys": [types.MappingProxyType(context["keys"][0])]},
    ],
    ids=["MappingProxyType", "UserDict", "tuple", "nested proxy"],
)
def test_a_token_in_a_context_built_in_python_stops_the_reader_and_marks_nothing(tmp_path, wrap):
    context = {"keys": [{"name": "k1", "description": TOKEN, "tags": {"team": TOKEN}}]}
    configs, check = read_deployments(wrap(context), outdir=tmp_path / "out", project_dir=tmp_path)
    problems = "\n".join(map(str, check.problems))
    assert "keys[0].description = '${TfToken[TOKEN.1]}'" in problems
    assert "keys[0].tags.team = '${TfToken[TOKEN.1]}'" in problems
    assert not any(
        checked.checked_already(key, config.instance.edition)
        for config in configs
        for key in config.keys
    )


def test_the_token_walk_reads_a_container_that_holds_itself_once():
    looped: list = [TOKEN]
    looped.append(looped)
    assert cdktf_token_places({"tags": {"a": looped}}) == [("tags.a[0]", TOKEN)]
