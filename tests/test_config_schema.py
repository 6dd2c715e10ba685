"""One declaration of the configuration drives parsing, the JSON Schema and the table of keys."""

from __future__ import annotations

import dataclasses
import json

import fastjsonschema
import pytest

from kms_keystore.config import CONFIGURATION
from kms_keystore.config.docs import TABLE_BEGIN, TABLE_DOCUMENT, configuration_table, schema_files
from kms_keystore.config.fields import sections

from .support import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


@pytest.fixture(scope="module")
def validate():
    schema = json.loads((ROOT / "schema" / "kms-keystore-config.schema.json").read_text("utf-8"))
    return fastjsonschema.compile(schema)


def test_committed_schema_files_equal_the_code():
    for name, text in schema_files().items():
        assert (ROOT / "schema" / name).read_text(encoding="utf-8") == text, (
            f"schema/{name} is out of date: run make schema"
        )


def test_documented_table_equals_the_code():
    document = (ROOT / TABLE_DOCUMENT).read_text(encoding="utf-8")

    assert f"{TABLE_BEGIN}\n{configuration_table()}\n" in document, (
        f"the table in {TABLE_DOCUMENT} is out of date: make schema"
    )


def test_every_declared_key_fills_an_attribute_of_its_spec():
    for section in sections(CONFIGURATION):
        spec = section.spec or section.build
        names = {f.name for f in dataclasses.fields(spec)}
        for field in section:
            if field.key != "deployments":
                assert field.attr in names, (section.name, field.key)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_examples_validate_against_the_schema(path, validate):
    validate(json.loads(path.read_text(encoding="utf-8")))


def test_a_full_configuration_validates_against_the_schema(validate):
    from .test_hostile_values import FULL

    validate(FULL)


def test_project_context_validates_against_the_cdktf_json_schema(validate):
    settings = json.loads((ROOT / "cdktf.json").read_text(encoding="utf-8"))

    validate(settings.get("context", {}))


@pytest.mark.parametrize(
    "context",
    [
        {"instance": {"keyNum": "1000"}},
        {"regoin": "cn-hangzhou"},
        {"backend": {}},
        {"deployments": [{"name": "a", "deployments": []}]},
        {"keys": [{"keySpec": "Aliyun_AES_256"}]},
        {"layout": "triple"},
        {"instance": {"productVersion": "4"}},
        {"keys": [{"name": "k", "keySpec": "AES"}]},
        {"instance": {"keyNum": 99}},
    ],
    ids=[
        "wrong-type",
        "unknown-key",
        "backend-without-type",
        "nested",
        "no-name",
        "choice",
        "product-version",
        "key-spec",
        "key-quota",
    ],
)
def test_schema_and_parser_refuse_the_same_mistakes(context, validate):
    from kms_keystore.config import read_deployments

    with pytest.raises(fastjsonschema.JsonSchemaException):
        validate(context)
    _, check = read_deployments(context)
    assert check.problems


def test_require_makes_only_the_named_keys_required_and_leaves_the_section_as_it_was():
    from kms_keystore.config.sections import DEPLOYMENT

    before = {f.key: f.required for f in DEPLOYMENT}
    optional = next(f.key for f in DEPLOYMENT if not f.required)
    copy = DEPLOYMENT.require(optional)

    assert {f.key: f.required for f in copy} == {**before, optional: True}
    assert [f.key for f in copy] == [f.key for f in DEPLOYMENT]
    assert {f.key: f.required for f in DEPLOYMENT} == before  # the original is untouched
    names = [f.name for f in dataclasses.fields(copy.fields[0]) if f.name != "required"]
    for old, new in zip(DEPLOYMENT, copy, strict=True):  # everything else is equal
        assert [getattr(new, n) for n in names] == [getattr(old, n) for n in names]
    assert copy.name == DEPLOYMENT.name and copy.renamed("other").name == "other"
