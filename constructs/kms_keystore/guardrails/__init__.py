"""Guardrails: rules over every synthesized Terraform block, and their checkov form.

* :mod:`.rules`: the KS-* rules, pure functions over one block (no CDK);
* :mod:`.secret_scan`: literal credentials and key material in Terraform JSON (no CDK);
* :mod:`.checkov`: the same rules as checkov custom policies for a team's own scanner (no CDK);
* :mod:`.engine`: runs the rules over a synthesized app and records waivers on constructs.
"""
