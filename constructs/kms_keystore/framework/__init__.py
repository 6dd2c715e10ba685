"""How the constructs meet a CDK: the one import door, validations and version needs.

* :mod:`.cdk`: every CDK class and generated binding, for CDKTF or CDK Terrain;
* :mod:`.validation`: problems recorded on constructs, which stop synthesis;
* :mod:`.terraform_version`: the oldest Terraform a stack's blocks need.
"""
