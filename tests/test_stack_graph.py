"""Each stack's blocks and creation order, from the synthesized dependencies, pinned as text."""

from __future__ import annotations

import shutil

import pytest

from kms_keystore.handoff.policy_review import render_lines
from kms_keystore.handoff.review import GRAPH_PIN, graphs_of, review_project, snapshot_path
from kms_keystore.handoff.stack_graph import (
    Edge,
    creation_steps,
    describe_graph_changes,
    graph_lines,
    render_mermaid,
    short_label,
    stack_edges,
)

from .support import ROOT, ids_for_collection, project_documents

ROLE = "alicloud_resource_manager_service_linked_role.Role"
INSTANCE = "alicloud_kms_instance.Instance"
VPC = "alicloud_vpc.Vpc"
ROLES = "data.alicloud_ram_roles.Existing"
KEY = "alicloud_kms_key.Key"
HAND_MADE = {
    "resource": {
        "alicloud_kms_instance": {
            "Instance": {
                "vpc_id": "${alicloud_vpc.Vpc.id}",
                "depends_on": [ROLE, ROLES],
                "//": {"note": "${alicloud_kms_key.Key.id} in a comment is no reference"},
            }
        },
        "alicloud_kms_key": {"Key": {"dkms_instance_id": "${alicloud_kms_instance.Instance.id}"}},
        "alicloud_resource_manager_service_linked_role": {"Role": {"service_name": "x"}},
        "alicloud_vpc": {"Vpc": {"cidr_block": "10.0.0.0/16"}},
    },
    "data": {"alicloud_ram_roles": {"Existing": {"name_regex": "^r$"}}},
    "import": [{"id": "x:r", "to": ROLE}],
}


def test_edges_come_from_depends_on_and_references_only():
    assert stack_edges(HAND_MADE) == [
        Edge(INSTANCE, KEY, "reference"),
        Edge(ROLE, INSTANCE, "depends_on"),
        Edge(VPC, INSTANCE, "reference"),
        Edge(ROLES, INSTANCE, "depends_on"),
    ]


def test_steps_put_each_block_after_everything_it_waits_for():
    assert creation_steps(HAND_MADE) == [[ROLE, VPC, ROLES], [INSTANCE], [KEY]]


def test_a_cycle_is_named():
    cyclic = {
        "resource": {
            "a": {"x": {"v": "${b.y.id}"}},
            "b": {"y": {"v": "${a.x.id}"}},
        }
    }

    with pytest.raises(ValueError, match=r"dependency cycle: a\.x -> b\.y -> a\.x"):
        creation_steps(cyclic)


def test_mermaid_has_one_box_per_step_and_labels_declared_order():
    assert render_mermaid(HAND_MADE) == (
        "flowchart TB\n"
        '  subgraph step1["step 1"]\n'
        '    n2["Role<br/>resource_manager_service_linked_role (imported)"]\n'
        '    n3["Vpc<br/>vpc"]\n'
        '    n4["Existing<br/>data ram_roles"]\n'
        "  end\n"
        '  subgraph step2["step 2"]\n'
        '    n0["Instance<br/>kms_instance"]\n'
        "  end\n"
        '  subgraph step3["step 3"]\n'
        '    n1["Key<br/>kms_key"]\n'
        "  end\n"
        "  n0 --> n1\n"
        "  n2 -->|depends_on| n0\n"
        "  n3 --> n0\n"
        "  n4 -->|depends_on| n0\n"
    )


def test_labels_are_short_construct_paths_that_fit_a_page():
    address = "alicloud_kms_client_key.App-payments-api_ClientKey_EBFE47C7"

    assert short_label(address) == "App-payments-api/ClientKey<br/>kms_client_key"
    for document in project_documents().values():
        for line in render_mermaid(document).splitlines():
            if '["' in line:  # a box: at most ~40 characters on its longest line
                label = line.split('["', 1)[1].rsplit('"]', 1)[0]
                assert max(len(part) for part in label.split("<br/>")) <= 48, line


def test_graph_changes_are_told_in_words():
    before = {"s": graph_lines(HAND_MADE)}
    reordered = {
        "resource": {k: dict(v) for k, v in HAND_MADE["resource"].items()},
        "data": HAND_MADE["data"],
    }
    reordered["resource"]["alicloud_kms_instance"] = {
        "Instance": {"vpc_id": "${alicloud_vpc.Vpc.id}", "depends_on": [ROLES]}
    }

    assert describe_graph_changes(before, {"s": graph_lines(reordered)}) == [
        "s:",
        f"  - resource no longer declared: {ROLE} (imported)",
        f"  - no longer ordered: {ROLE} before {INSTANCE} (depends_on)",
        f"  + new resource: {ROLE}",
    ]
    assert describe_graph_changes(before, before) == []
    assert describe_graph_changes(before, {}) == ["s: stack removed"]


@pytest.fixture(scope="session")
def graphs():
    return graphs_of(project_documents())


@pytest.mark.parametrize("stack_id", ids_for_collection(graphs_of, GRAPH_PIN))
def test_stack_graph(stack_id, graphs, snapshot_text):
    assert stack_id in graphs, f"{stack_id} is pinned but no longer synthesized"
    assert render_lines(graphs[stack_id]) == snapshot_text


def test_reference_stack_creates_the_role_before_the_instance(graphs):
    lines = graphs["reference.kms-keystore"]
    role = next(line for line in lines if line.startswith("alicloud_resource_manager_service"))
    instance = next(line for line in lines if line.startswith("alicloud_kms_instance."))

    assert f"{role} -> {instance} (depends_on)" in lines


def test_review_shows_an_order_change_with_the_diagram(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "__snapshots__", project / "__snapshots__")
    shutil.copytree(ROOT / "examples", project / "examples")
    pin = snapshot_path(project, "reference.kms-keystore", GRAPH_PIN)
    kept = [
        line for line in pin.read_text(encoding="utf-8").splitlines() if "depends_on" not in line
    ]
    pin.write_text("\n".join(kept) + "\n", encoding="utf-8")

    result = review_project(project)

    assert result.policies == []
    assert result.graphs[0] == "reference.kms-keystore:"
    assert result.graphs[1].startswith("  + now ordered: alicloud_resource_manager_service")
    assert result.graphs[1].endswith(" (depends_on)")
    assert list(result.diagrams) == ["reference.kms-keystore"]
    assert "-->|depends_on|" in result.diagrams["reference.kms-keystore"]
