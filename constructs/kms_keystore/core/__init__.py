"""The framework-independent core: policy documents, rules, specs and configuration.

Nothing in this package imports cdktf or constructs.
"""
