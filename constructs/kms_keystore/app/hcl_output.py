"""What cdktf 0.21's HCL output cannot hold, found in a stack's JSON form.

With ``SYNTH_HCL_OUTPUT=true`` (``cdktf synth --hcl``) cdktf 0.21 writes a
lifecycle ``precondition`` or ``postcondition`` as a list, and a ``lifecycle``
given as a list as an argument, both of which Terraform refuses, and it leaves
``check`` blocks out. :func:`hcl_findings` reads a stack's JSON form for them:
the first two are problems, which ``kms_keystore.app.build.synthesize`` refuses
before anything is written, the last a warning (:mod:`kms_keystore.framework.hcl_notes`).
"""

from __future__ import annotations

from typing import Any

from ..core.problems import Problem
from ..core.terraform_values import named_items
from ..guardrails.engine import terraform_blocks


def hcl_findings(
    path: str, document: dict[str, Any], export_hint: str = ""
) -> tuple[list[Problem], list[tuple[str, str]]]:
    """The problems and the (key, text) warnings of the stack at ``path`` written as HCL.

    Each warning's text follows ``HCL output:``
    (:func:`kms_keystore.framework.hcl_notes.warn_hcl_once`).

    ``export_hint`` names another way to HCL that writes conditions right (the
    reference app's ``make export HCL=1``).
    """
    problems = []
    json_output = f"JSON output (synthesize without --hcl and SYNTH_HCL_OUTPUT){export_hint}"
    for _, address, config, resource_or_data in terraform_blocks(document):
        lifecycle = config.get("lifecycle") if resource_or_data else None
        if isinstance(lifecycle, list):
            allowed = (
                f"an object, or {json_output}: cdktf 0.21 writes a lifecycle given as a list "
                "into HCL as an argument, which Terraform refuses"
            )
            problems.append(Problem(f"{path}/{address}", "lifecycle", lifecycle, allowed))
            continue
        for kind in ("precondition", "postcondition"):
            conditions = lifecycle.get(kind) if isinstance(lifecycle, dict) else None
            if conditions is None:
                continue
            if conditions == []:  # no condition: the key can go, and HCL stays
                allowed = (
                    f"no empty {kind} list (leave the key out; it holds no condition), or "
                    f"{json_output}: cdktf 0.21 writes it into HCL as `{kind} = [ ]`, which "
                    "Terraform refuses"
                )
            else:
                allowed = (
                    f"{json_output}: cdktf 0.21 writes a condition into HCL as a list, which "
                    "Terraform refuses"
                )
            problems.append(Problem(f"{path}/{address}", "lifecycle", kind, allowed))
    warnings = [
        (
            f"check:{name}",
            f"cdktf 0.21 leaves the check block {name} out of cdk.tf; synthesize "
            f"JSON{export_hint} to keep it",
        )
        for name, _ in named_items(document.get("check"))
    ]
    return problems, warnings
