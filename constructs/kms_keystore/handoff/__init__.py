"""What leaves the project for other teams: exports, reviews and reports.

* :mod:`.export` and :mod:`.export_docs`: one self-contained folder per stack;
* :mod:`.review`, :mod:`.policy_review` and :mod:`.stack_graph`: what a change grants and
  in which order Terraform creates things;
* :mod:`.deployer_report`: the deployer's policy and where each action comes from;
* :mod:`.schema_check`: Terraform JSON against the provider schema, offline.
"""
