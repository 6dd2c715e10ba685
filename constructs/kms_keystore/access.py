"""Application access to the instance: network rule, policy, access point and client key."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import jsii

from constructs import Construct, IValidation

from .core import rules
from .core.api_forms import rfc3339_utc
from .core.key_specs import KEY_USER, SECRET_USER, ApplicationSpec
from .core.problems import Checker, ConfigError, Problem, a_kind
from .core.terraform_text import literal, optional_literal
from .framework.cdk import Fn, IStringProducer
from .framework.state import STACK_ID
from .framework.terraform_version import remember_stack, stack_of
from .framework.validation import (
    READING_STACKS,
    REFERENCE_APP,
    DeclaredWhenBuilt,
    app_of,
    built,
    checker_for,
    claim_by_hand,
    declared_when_built,
    kinds_ok,
    problems_of,
    refuse_tokens,
    report,
    visible_path,
)
from .instance import KeyStoreInstance
from .keys import KeyStoreKey
from .secrets import KeyStoreSecret, sensitive_variable


@declared_when_built("spec", "network_rule", "policy", "access_point", "password", "client_key")
class ApplicationAccess(Construct, DeclaredWhenBuilt):
    """Lets one application use the given keys and secrets from the given addresses.

    Produces, with references between them:

    * ``NetworkRule``: ``alicloud_kms_network_rule`` with the source addresses;
    * ``Policy``: ``alicloud_kms_policy`` granting the key-user and/or secret-user
      template on ``key/<id>`` / ``secret/<name>`` (or ``key/*``, ``secret/*``),
      restricted by ``{"NetworkRules": [<rule>]}``;
    * ``AccessPoint``: ``alicloud_kms_application_access_point`` with that policy;
    * ``ClientKey``: ``alicloud_kms_client_key`` whose password is a sensitive
      variable and whose key material Terraform writes to ``spec.key_file``
      (relative to the stack directory; keep it out of version control).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        instance: KeyStoreInstance,
        spec: ApplicationSpec,
        keys: dict[str, KeyStoreKey] | None = None,
        secrets: dict[str, KeyStoreSecret] | None = None,
    ) -> None:
        """Declare the access path.

        :param instance: the instance the application reaches.
        :param spec: addresses, key and secret names, client key settings.
        :param keys: the stack's keys by logical name (``spec.keys`` are looked up here).
        :param secrets: the stack's secrets by name (``spec.secrets`` are looked up here).
        """
        super().__init__(scope, id)
        remember_stack(self, scope)
        if not kinds_ok(
            self,
            ("instance", instance, KeyStoreInstance, "a KeyStoreInstance construct"),
            ("spec", spec, ApplicationSpec, "an ApplicationSpec"),
            ("keys", keys, (dict, type(None)), "None or the stack's keys by name"),
            ("secrets", secrets, (dict, type(None)), "None or the stack's secrets by name"),
        ):
            return
        keys = keys or {}
        secrets = secrets or {}
        self.spec = spec
        """The validated application description."""
        check = checker_for(self)
        spec.validate(check, tuple(keys), tuple(secrets))
        refuse_tokens(check, spec)
        claim_by_hand(
            self,
            scope,
            check,
            ("name", "KMS application", spec.name, "rename the application"),
            ("password_variable", "variable", spec.password, "set password_variable"),
        )
        referenced = _referenced(check, "keys", spec.keys, keys, KeyStoreKey)
        referenced += _referenced(check, "secrets", spec.secrets, secrets, KeyStoreSecret)
        if not report(self, check) or not built(instance, *referenced):
            return
        # bindings imported here: an app without applications does not pay for them
        from .framework.cdk import (
            KmsApplicationAccessPoint,
            KmsClientKey,
            KmsNetworkRule,
            KmsPolicy,
        )

        self.network_rule = KmsNetworkRule(
            self,
            "NetworkRule",
            network_rule_name=f"{spec.name}-network",
            source_private_ip=list(spec.source_ips),
            description=optional_literal(spec.description),
        )
        """The generated ``alicloud_kms_network_rule``."""
        permissions, resources = [], []
        if spec.keys:
            permissions.append(KEY_USER)
            resources += [
                "key/*" if name == "*" else f"key/{keys[name].key_id}" for name in spec.keys
            ]
        if spec.secrets:
            permissions.append(SECRET_USER)
            resources += [
                "secret/*" if name == "*" else f"secret/{secrets[name].resource.secret_name}"
                for name in spec.secrets
            ]
        self.policy = KmsPolicy(
            self,
            "Policy",
            policy_name=f"{spec.name}-policy",
            kms_instance_id=instance.instance_id,
            permissions=permissions,
            resources=resources,
            access_control_rules=Fn.jsonencode(
                {"NetworkRules": [self.network_rule.network_rule_name]}
            ),
            description=optional_literal(spec.description),
        )
        """The generated ``alicloud_kms_policy``."""
        self.access_point = KmsApplicationAccessPoint(
            self,
            "AccessPoint",
            application_access_point_name=f"{spec.name}-aap",
            policies=[self.policy.policy_name],
            description=optional_literal(spec.description),
        )
        """The generated ``alicloud_kms_application_access_point``."""
        self.password = sensitive_variable(
            self, spec.password, f"Password of the client key of {spec.name} (sensitive)."
        )
        """The sensitive variable holding the client key password."""
        key_file, folder = _key_file_value(self, spec.key_file)
        self.client_key = KmsClientKey(
            self,
            "ClientKey",
            aap_name=self.access_point.application_access_point_name,
            password=self.password.string_value,
            private_key_data_file=key_file,
            not_before=rfc3339_utc(spec.not_before),
            not_after=rfc3339_utc(spec.not_after),
        )
        """The generated ``alicloud_kms_client_key``."""
        if folder is not None:
            self.node.add_validation(folder)
        _one_writer(self, spec.key_file)


def _key_file_value(access: Construct, key_file: str) -> tuple[str, _KeyFileFolder | None]:
    """The client key's ``private_key_data_file``, and the validation that makes its folder.

    The reference app judges the files as it reads the configuration and makes
    the folders itself, after its synthesis: neither. In a team's app the file
    is judged here, from the app's output folder, as the reference app judges
    it: a new file of its own in the project (the folder holding the output
    folder), outside the folders the project's tools replace. The provider
    writes the private key once, over whatever is there (``main.py``), and a
    copy inside ``cdktf.out`` is deleted by the next synthesis. An app that
    skips validations (``App(skip_validation=True)``) runs none: the value is
    then a lazy one that makes the folder as the stack is written.
    """
    state = vars(app_of(access))
    if state.get(REFERENCE_APP):
        return literal(key_file), None
    outdir = _deployed_outdir(access, state)
    if outdir is None:  # a Testing folder: nothing is deployed from there, no folder made
        return literal(key_file), None
    from .config.reading import key_file_form_problem, key_file_problem  # applications only

    # Terraform runs in <outdir>/stacks/<stack>, and the system resolves its "../" from
    # the folder links lead to: the file is judged where it is written, against the project
    # that holds the output folder the team named
    real = os.path.realpath(outdir)
    target = _key_file_path(access, real, key_file)
    project = os.path.realpath(os.path.dirname(outdir))
    wanted = key_file_problem(Path(target), Path(project), Path(real))
    wanted = wanted or key_file_form_problem(key_file, any_depth=True)
    if wanted is not None:
        check = checker_for(access)
        check.fail("private_key_data_file", key_file, wanted)
        report(access, check)
        return literal(key_file), None
    folder = _KeyFileFolder(access, key_file, os.path.dirname(target))
    if not state[_SKIPS_VALIDATION]:
        return literal(key_file), folder
    from .framework.cdk import Lazy

    return Lazy.string_value(folder), None  # type: ignore[no-any-return]


def _deployed_outdir(access: Construct, state: dict[str, Any]) -> str | None:
    """The app's output folder (absolute), or None for one of cdktf's Testing folders.

    cdktf's ``Testing.app()`` synthesizes into a folder of the machine's temporary
    one, and nothing is deployed from there: ``/tmp/secrets`` would be shared by
    every user of the machine. Asked of Node once per app.
    """
    if _OUTDIR not in state:
        app = app_of(access)
        outdir = os.path.abspath(app.outdir)  # type: ignore[attr-defined]
        temporary = os.path.normpath(tempfile.gettempdir())
        testing = os.path.basename(outdir).startswith("cdktf.outdir.")
        state[_OUTDIR] = None if testing and os.path.dirname(outdir) == temporary else outdir
        state[_SKIPS_VALIDATION] = bool(app.skip_validation)  # type: ignore[attr-defined]
    return state[_OUTDIR]  # type: ignore[no-any-return]


_OUTDIR = "_kms_keystore_deployed_outdir"
"""On a team's app: its output folder, or None for a Testing folder."""
_SKIPS_VALIDATION = "_kms_keystore_skips_validation"
"""On a team's app: whether it was made with ``skip_validation``."""
_KEY_FILES = "_kms_keystore_key_files"
"""On the app: each client key file (from the output folder) and the access that writes it."""


def _key_file_path(access: Construct, outdir: str, key_file: str) -> str:
    """Where the provider writes ``key_file``: it is relative to the stack's folder."""
    stack = stack_of(access)
    stack_id = stack.__dict__.get(STACK_ID) or stack.node.id  # ours know it
    return os.path.normpath(os.path.join(outdir, "stacks", stack_id, key_file))


def _one_writer(access: Construct, key_file: str) -> None:
    """Refuse a client key file another access of the app writes: one private key would be lost.

    The path is relative to the stack's folder, so ``../../../secrets/x.json`` is
    one file for every stack of the app.
    """
    from .config.reading import file_key  # only applications need it

    # App.json and app.json: one file on a disk that ignores case (macOS, Windows)
    where = file_key(_key_file_path(access, "", key_file))
    files: dict[str, Construct] = vars(app_of(access)).setdefault(_KEY_FILES, {})
    first = files.setdefault(where, access)
    if first is not access:
        check = checker_for(access)
        check.fail(
            "private_key_data_file",
            key_file,
            f"a file no other client key writes ({visible_path(first.node.path)} writes it, "
            "and the provider writes each private key once, when its key is created): set "
            "private_key_data_file",
        )
        report(access, check)


@jsii.implements(IValidation, IStringProducer)
class _KeyFileFolder:
    """Makes the folder of a client key file when the stack is synthesized.

    The provider writes the private key there once, when it creates the client
    key, and ignores the error when the folder is missing: the key would then
    exist with no copy of its private key anywhere (API-19 in
    docs/alibaba-cloud-facts.md). The reference app makes these folders after its
    synthesis; in a team's app, ``app.synth()`` (and ``cdktf synth``) makes them here.
    """

    def __init__(self, access: Construct, key_file: str, folder: str) -> None:
        self._access = access
        self._key_file = key_file
        self._folder = folder

    def validate(self) -> list[str]:
        """Create the folder (mode 0700, with its parents); a message if the file is refused."""
        problem = self._make_folder()
        return [] if problem is None else [str(problem)]

    def produce(self, context: Any) -> str:
        """The file, escaped for Terraform; the folder is made as the stack is written."""
        if not context.preparing and not vars(app_of(self._access)).get(READING_STACKS):
            problem = self._make_folder()
            if problem is not None:
                raise ConfigError([problem], outcome="this stack was not written")
        return literal(self._key_file)

    def _make_folder(self) -> Problem | None:
        """Make the folder (mode 0700, with its parents) unless nothing is written.

        :returns: the problem when the folder cannot be made, or None.
        """
        if problems_of(self._access):  # nothing is written: no folder either
            return None
        try:
            Path(self._folder).mkdir(mode=0o700, parents=True, exist_ok=True)  # as the app's
        except OSError as err:
            where = visible_path(self._access.node.path)
            wanted = f"a file in a folder that can be made ({self._folder}: {err.strerror}); "
            return Problem(where, "private_key_data_file", self._key_file, wanted + _NOWHERE)
        return None


_NOWHERE = (
    "the provider would write the client key's private key nowhere: make the folder, or "
    "choose another private_key_data_file"
)


def _referenced(
    check: Checker, field: str, names: object, table: dict[str, Any], kind: type
) -> list[Any]:
    """The constructs of ``table`` that ``names`` (the spec's list) refers to.

    A name the table lacks is the spec's problem, a list that is none too; an
    entry of the wrong kind (a name or a spec where the construct belongs) is
    recorded here, since the access would otherwise be left out without a word.
    """
    found = []
    for name in names if isinstance(names, list | tuple) else ():
        if isinstance(name, str) and name in table:
            entry = table[name]
            if rules.check_kind(check, f"{field}[{name!r}]", entry, kind, a_kind(kind.__name__)):
                found.append(entry)
    return found
