"""One configuration for every entry point: `make synth`, the cdktf CLI, export and review.

The cdktf CLI replaces ``CDKTF_CONTEXT_JSON`` with cdktf.json's ``"context"`` when the
file has one (cdktf-cli's config loader), so an environment that says otherwise would
reach `make synth` but not `cdktf deploy`: read_context refuses it, naming the keys.
"""

from __future__ import annotations

import json

import pytest

from kms_keystore.config import read_context
from kms_keystore.core.problems import ConfigError

FILE_CONTEXT = {"region": "cn-hangzhou"}


def project(tmp_path, context=None):
    settings = {"language": "python", "app": "python main.py"}
    if context is not None:
        settings["context"] = context
    (tmp_path / "cdktf.json").write_text(json.dumps(settings), encoding="utf-8")
    return tmp_path


def test_the_environment_alone_configures_when_the_file_has_no_context(tmp_path):
    environ = {"CDKTF_CONTEXT_JSON": json.dumps({"region": "ap-southeast-1"})}

    assert read_context(project(tmp_path), environ) == {"region": "ap-southeast-1"}


def test_the_file_alone_configures(tmp_path):
    assert read_context(project(tmp_path, FILE_CONTEXT), {}) == FILE_CONTEXT


def test_the_cdktf_clis_own_copy_of_the_file_context_passes(tmp_path):
    # what `cdktf synth` hands the app: the file's context plus its internal keys
    environ = {"CDKTF_CONTEXT_JSON": json.dumps({**FILE_CONTEXT, "cdktfRelativeModules": []})}

    assert read_context(project(tmp_path, FILE_CONTEXT), environ) == FILE_CONTEXT


def test_an_environment_the_cdktf_cli_would_ignore_is_refused_naming_the_keys(tmp_path):
    environ = {"CDKTF_CONTEXT_JSON": json.dumps({"region": "ap-southeast-1", "layout": "split"})}

    with pytest.raises(ConfigError) as caught:
        read_context(project(tmp_path, FILE_CONTEXT), environ)

    message = str(caught.value)
    assert "CDKTF_CONTEXT_JSON.region" in message
    assert "ap-southeast-1" in message and '"cn-hangzhou"' in message
    assert "CDKTF_CONTEXT_JSON.layout" in message
    assert "cdktf deploy" in message


def test_a_set_but_empty_environment_is_refused_not_read_as_the_defaults(tmp_path):
    """helper-70 G4: ``"$(cat examples/typo.json)"`` gives '' and would deploy the defaults."""
    with pytest.raises(ConfigError) as caught:
        read_context(project(tmp_path), {"CDKTF_CONTEXT_JSON": ""})

    assert "CDKTF_CONTEXT_JSON = '' is not valid: a JSON object, or the variable unset" in str(
        caught.value
    )
    assert read_context(project(tmp_path), {}) == {}  # unset: the defaults
