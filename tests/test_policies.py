"""The policies in the output follow Alibaba Cloud's page; their exact text is a snapshot.

The page is the pin for the creator statement and the system policy, in exactly
one test (``test_output_agrees_with_alibaba_clouds_page``); everything else here
is behaviour of our code or a snapshot.
"""

from __future__ import annotations

import copy
import json

import pytest

from kms_keystore.core import policy_documents

from . import documented
from .support import only, resources


def creator_document(stack):
    _, policy = only(resources(stack, "alicloud_ram_policy"))
    return json.loads(policy["policy_document"])


OUTPUT = {
    documented.CREATOR_STATEMENT: lambda stack: creator_document(stack)["Statement"],
    documented.SYSTEM_POLICY: lambda stack: stack["locals"]["kms_keystore_pinned_system_policy"],
}


def disagreement_with_page(kind, stack):
    """None when the stack's output agrees with the page, else the failure message."""
    page = documented.documented(kind)
    if kind == documented.CREATOR_STATEMENT:
        code, page = {"Statement": OUTPUT[kind](stack)}, {"Statement": [page]}
    else:
        code = OUTPUT[kind](stack)
    if policy_documents.same_policy(code, page):
        return None
    return documented.disagreement(kind, code, page)


@pytest.mark.parametrize("kind", sorted(OUTPUT))
def test_output_agrees_with_alibaba_clouds_page(kind, reference_stack):
    message = disagreement_with_page(kind, reference_stack)

    if message:
        pytest.fail(message, pytrace=False)


def test_a_widened_creator_policy_is_reported_as_disagreeing_with_the_page(reference_stack):
    stack = copy.deepcopy(reference_stack)
    _, policy = only(resources(stack, "alicloud_ram_policy"))
    document = json.loads(policy["policy_document"])
    document["Statement"][0]["Action"] = ["ram:CreateServiceLinkedRole", "ram:GetRole"]
    policy["policy_document"] = json.dumps(document)

    message = disagreement_with_page(documented.CREATOR_STATEMENT, stack)

    assert message.startswith("The code now disagrees with Alibaba Cloud's page ")
    assert "`make snapshots` will not accept it" in message
    assert "  only in the code: Allow ram:GetRole on * when " in message


def test_committed_copy_of_the_page_is_current():
    if not documented.PAGE.is_file():
        pytest.skip("../shared/docs is absent: the committed copy is what the tests use")
    page = documented.parse_page(documented.PAGE.read_text(encoding="utf-8"))

    for kind, document in page.items():
        copy = json.loads(documented.fixture_path(kind).read_text(encoding="utf-8"))
        assert copy == document, (
            f"Alibaba Cloud's page changed {documented.WHAT[kind]}: run `make snapshots` to "
            "refresh tests/fixtures/ from it, then make the code follow the page"
        )


def test_page_parser_finds_the_policy_and_the_lone_statement():
    statement = {"Action": "a:B", "Resource": "*", "Effect": "Allow"}
    text = (
        "Intro {not json}\n"
        + json.dumps({"Version": "1", "Statement": [statement]}, indent=2)
        + "\nProse between.\n"
        + json.dumps(statement, indent=2)
        + "\nThe end.\n"
    )

    assert documented.parse_page(text) == {
        documented.SYSTEM_POLICY: {"Version": "1", "Statement": [statement]},
        documented.CREATOR_STATEMENT: statement,
    }
    with pytest.raises(ValueError, match="no longer shows the statement a RAM user needs"):
        documented.parse_page(text.split("Prose")[0])


def test_disagreement_names_the_page_and_each_differing_permission():
    page = {"Statement": [{"Action": "a:B", "Resource": "*", "Effect": "Allow"}]}
    code = {"Statement": [{"Action": ["a:B", "a:C"], "Resource": "*", "Effect": "Allow"}]}

    message = documented.disagreement(documented.SYSTEM_POLICY, code, page)

    assert message.startswith("The code now disagrees with Alibaba Cloud's page")
    assert "not a snapshot" in message
    assert message.endswith("  only in the code: Allow a:C on *")


def test_creator_policy_text_is_exact(reference_stack, snapshot_json):
    _, policy = only(resources(reference_stack, "alicloud_ram_policy"))
    text = policy["policy_document"]

    assert text == policy_documents.render(json.loads(text))
    assert " " not in text and "\n" not in text
    assert text == snapshot_json


def test_same_policy_ignores_order_but_not_content():
    pinned = policy_documents.system_policy_document()
    reordered = json.loads(json.dumps(pinned))
    reordered["Statement"].reverse()
    reordered["Statement"][1]["Action"].reverse()
    reordered["Statement"][0]["Action"] = [reordered["Statement"][0]["Action"]]
    widened = json.loads(json.dumps(pinned))
    widened["Statement"][1]["Action"].append("vpc:DeleteVpc")
    unconditioned = json.loads(json.dumps(pinned))
    del unconditioned["Statement"][3]["Condition"]

    assert policy_documents.same_policy(pinned, reordered)
    assert not policy_documents.same_policy(pinned, widened)
    assert not policy_documents.same_policy(pinned, unconditioned)


def test_permission_lines_are_one_per_effect_action_resource_and_condition():
    document = {
        "Statement": [
            {"Effect": "Allow", "Action": ["x:B", "x:A"], "Resource": ["r2", "r1"]},
            {"Effect": "Deny", "Action": "x:A", "Resource": "r1", "Condition": {"C": {"k": 1}}},
        ]
    }

    assert policy_documents.permission_lines(document) == [
        "Allow x:A on r1",
        "Allow x:A on r2",
        "Allow x:B on r1",
        "Allow x:B on r2",
        'Deny x:A on r1 when {"C": {"k": 1}}',
    ]
