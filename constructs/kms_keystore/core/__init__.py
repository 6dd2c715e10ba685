"""The framework-independent core: provider facts, policy documents, rules and specs.

Nothing in this package imports cdktf or constructs.
"""
