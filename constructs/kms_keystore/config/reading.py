"""Configuration read and checked: cdktf context (a JSON object) turned into deployments.

The keys are declared once, in :mod:`.sections`; this module walks those tables.
Unknown keys are errors, so a typo never silently falls back to a default. All
problems are collected and raised together, each named by the path the user
wrote (``deployments[1].instance.keyNum``).
"""

from __future__ import annotations

import dataclasses
import json
import operator
import os
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..core import rules
from ..core.checked import mark_checked
from ..core.instance_lifecycle import (
    ADOPT_NEEDS_EXISTING_NETWORK,
    REFERENCE_TAKES_NO_NETWORK,
    InstanceMode,
)
from ..core.key_specs import LEAVES_OUTPUT
from ..core.problems import ConfigError, ConfigProblem
from ..core.specs import (
    NewNetworkSpec,
)
from ..core.terraform_text import TOKEN_ALLOWED, cdktf_token_places
from ..core.terraform_values import object_without_duplicates
from .account_scope import group_by_account
from .fields import ConfigChecker, read_values
from .model import (
    _CDKTF_INTERNAL_KEYS,
    CONTEXT_ENV,
    DEFAULT_REGION,
    DeploymentConfig,
)
from .sections import ATTRIBUTE_KEYS, CONFIGURATION, DEPLOYMENT


def read_context(project_dir: Path, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Context as cdktf would give it: ``cdktf.json``'s ``"context"``, then ``CDKTF_CONTEXT_JSON``.

    ``python main.py`` run alone does not get the file's context from cdktf, so
    it is read here. Where the file has no ``"context"``, the environment variable
    gives it (as it does under the cdktf CLI); where the file has one, the variable
    must say the same (the cdktf CLI replaces it with the file's), else this refuses,
    naming the keys the CLI would ignore. A file or variable
    that is not strict JSON (a byte order mark, ``NaN``, a key given twice, nesting
    too deep to read) is a configuration problem like any other.
    """
    environ = os.environ if environ is None else environ
    merged: dict[str, Any] = {}
    file_context: dict[str, Any] | None = None
    config_file = project_dir / "cdktf.json"
    if config_file.is_file():
        try:
            text = config_file.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise _unreadable("cdktf.json", "", f"a readable UTF-8 file ({err})") from None
        settings = _strict_json(text, "cdktf.json")
        if not isinstance(settings, dict):
            raise _unreadable("cdktf.json", settings, "a JSON object")
        context = settings.get("context", {})
        if not isinstance(context, dict):
            raise _unreadable("cdktf.json", context, 'a JSON object as "context"', "context")
        merged.update(context)
        if "context" in settings:
            file_context = context
    raw = environ.get(CONTEXT_ENV)
    if raw == "":  # what "$(cat examples/typo.json)" gives: the defaults would be deployed
        raise _unreadable(
            CONTEXT_ENV,
            raw,
            "a JSON object, or the variable unset for the defaults: it is set but empty "
            "(did the command that gives it fail, such as $(cat <file>) naming no file?)",
        )
    if raw is not None:
        override = _strict_json(raw, CONTEXT_ENV)
        if not isinstance(override, dict):
            raise _unreadable(CONTEXT_ENV, override, "a JSON object")
        if file_context is not None:
            _refuse_two_sources(file_context, override)
        merged.update(override)
    for key in _CDKTF_INTERNAL_KEYS:
        merged.pop(key, None)
    return merged


def _refuse_two_sources(file_context: Mapping[str, Any], override: Mapping[str, Any]) -> None:
    """Refuse a ``CDKTF_CONTEXT_JSON`` that the cdktf CLI would silently ignore.

    When ``cdktf.json`` holds a ``"context"`` object, ``cdktf synth`` and ``cdktf deploy``
    replace ``CDKTF_CONTEXT_JSON`` with that object before they start the app, so a
    configuration given in the environment would reach `make synth`, export and review
    but not the deployment. The CLI's own copy (the file's context plus its internal
    keys) passes.
    """
    given = {k: v for k, v in override.items() if k not in _CDKTF_INTERNAL_KEYS}
    if given == {k: v for k, v in file_context.items() if k not in _CDKTF_INTERNAL_KEYS}:
        return
    differing = sorted(
        key
        for key in set(given) | set(file_context)
        if key not in _CDKTF_INTERNAL_KEYS and given.get(key) != file_context.get(key)
    )
    raise ConfigError(
        [
            ConfigProblem(
                CONTEXT_ENV,
                key,
                given.get(key, "(not set)"),
                f'the same as cdktf.json\'s "context" ({key} = '
                f"{json.dumps(file_context[key]) if key in file_context else 'not set'}): "
                f"`cdktf synth`/`cdktf deploy` replace {CONTEXT_ENV} with cdktf.json's "
                '"context", so they would deploy another configuration than `make synth`, '
                f"export and review show; move the key into cdktf.json or unset {CONTEXT_ENV}",
            )
            for key in differing
        ]
    )


def _unreadable(source: str, value: object, allowed: str, field: str = "") -> ConfigError:
    return ConfigError([ConfigProblem(source, field, value, allowed)])


def _strict_json(text: str, source: str) -> Any:
    """``text`` parsed as strict JSON, or a ConfigError naming ``source``."""

    def no_constants(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    if text.startswith("\ufeff"):
        raise _unreadable(source, text[:1], "JSON without a byte order mark (save as UTF-8)")
    try:
        return json.loads(
            text, parse_constant=no_constants, object_pairs_hook=object_without_duplicates
        )
    except RecursionError:
        raise _unreadable(source, text[:40], "JSON nested less deeply") from None
    except ValueError as err:  # JSONDecodeError is a ValueError
        reason = err.msg if isinstance(err, json.JSONDecodeError) else str(err)
        raise _unreadable(source, text[:40], f"valid JSON ({reason})") from None


def parse_deployment(context: Mapping[str, Any], path: str = "") -> DeploymentConfig:
    """Turn context into a :class:`DeploymentConfig`; raise ConfigError listing every problem."""
    config, check = read_deployment(context, path)
    check.raise_if_any()
    return config


def read_deployment(
    context: Mapping[str, Any], path: str = ""
) -> tuple[DeploymentConfig, ConfigChecker]:
    """Like :func:`parse_deployment`, but return the problems instead of raising.

    Where a value is unusable, its default stands in, so that every further
    problem is found in the same run.
    """
    check = ConfigChecker(path, ATTRIBUTE_KEYS)
    if not isinstance(context, Mapping):
        check.fail(
            "" if path else "context",
            rules.shown_kind(context),
            "a mapping of the deployment's settings, such as {'name': 'kms'}",
        )
        return DeploymentConfig(), check
    refuse_cdktf_tokens(check, context)
    _refuse_reference_settings(check, context.get("instance"), "instance")
    values = read_values(check, dict(context), DEPLOYMENT)
    config = _deployment(values, {key: check for key in context}, check, None)
    return config, check


def read_deployments(
    context: Mapping[str, Any],
    path: str = "",
    outdir: Path = Path("cdktf.out"),
    project_dir: Path | None = None,
) -> tuple[list[DeploymentConfig], ConfigChecker]:
    """All deployments of an app: ``deployments`` entries over the shared top-level keys.

    Without ``deployments`` the context describes one deployment. Each entry
    overrides top-level keys (shallowly) and must have its own ``name``; stack
    names of all deployments must differ. A problem in a shared key is named
    once, at the top level. ``outdir`` is where the app is synthesized and
    ``project_dir`` the project (default: the folder holding ``outdir``); client key
    files must lie inside the project, outside ``outdir`` (:func:`key_file_problem`).
    """
    check = ConfigChecker(path, ATTRIBUTE_KEYS)
    if not isinstance(context, Mapping):
        check.fail("", context, "a JSON object")
        return [], check
    refuse_cdktf_tokens(check, context)
    _refuse_reference_settings(check, context.get("instance"), "instance")
    entries = context.get("deployments")
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if isinstance(entry, dict) and "instance" in entry:
            _refuse_reference_settings(check, entry["instance"], f"deployments[{index}].instance")
    shared = {k: v for k, v in context.items() if k != "deployments"}
    shared_values = read_values(check, shared, DEPLOYMENT)
    if "deployments" not in context:
        configs = [_deployment(shared_values, {k: check for k in shared}, check, None)]
        check_key_files(configs, check, outdir, project_dir)
        group_by_account(configs, check, remember=not check.problems)
        _mark_checked(configs, check)
        return configs, check
    entries = context["deployments"]
    if not isinstance(entries, list) or not entries:
        check.fail("deployments", entries, "a non-empty list of deployment objects")
        return [], check
    entry_section = CONFIGURATION.field("deployments").section
    assert entry_section is not None
    configs = []
    # the specs no entry gives are made once, for all (as those given at the top level),
    # so that each is checked once (``clean``)
    defaults = {f.name: f.default_factory() for f in _FACTORY_FIELDS if f.name not in shared_values}
    clean: ValidSpecs = {}
    for index, entry in enumerate(entries):
        inner = check.child(f"deployments[{index}]")
        values = read_values(inner, entry, entry_section)
        if not isinstance(entry, dict) or not isinstance(values.get("name"), str):
            continue
        origin = {k: check for k in shared} | {k: inner for k in entry}
        config = _deployment({**defaults, **shared_values, **values}, origin, inner, clean)
        if config.name != entry.get("name"):
            # its name was reported as invalid; a distinct stand-in keeps the rest checkable
            config = dataclasses.replace(config, name=f"{DeploymentConfig.name}-{index}")
        configs.append(config)
    stacks = [n for c in configs for n in stack_names(c)]
    duplicates = sorted(n for n, count in Counter(stacks).items() if count > 1)
    if duplicates:
        check.fail("deployments", duplicates, "distinct stack names for every deployment")
    check_key_files(configs, check, outdir, project_dir)
    # one account stack per account, names distinct
    group_by_account(configs, check, remember=not check.problems)
    seen: set[str] = set()
    distinct = []
    for config in configs:
        if not seen.intersection(stack_names(config)):
            distinct.append(config)
            seen.update(stack_names(config))
    _mark_checked(distinct, check)
    return distinct, check


_FACTORY_FIELDS = tuple(
    f for f in dataclasses.fields(DeploymentConfig) if f.default_factory is not dataclasses.MISSING
)
"""The fields of a deployment whose default is a new spec: made once for a whole fleet."""


def _mark_checked(configs: list[DeploymentConfig], check: ConfigChecker) -> None:
    """Mark the specs the constructs check again as checked, when nothing had a problem.

    Each is marked with the arguments its construct checks it with (:mod:`..core.checked`).
    """
    if check.problems:
        return
    settings: dict[int, object] = {}  # what AlicloudStack checks; a fleet shares most
    for config in configs:
        mark_checked(config)  # its fields' kinds, which the stacks check in one made by hand
        mark_checked(config.instance)
        mark_checked(config.network, config.region)
        account = config.account_stack
        for spec in (config.backend, config.assume_role, account.backend, account.assume_role):
            settings[id(spec)] = spec
        for key in config.keys:
            mark_checked(key, config.instance.edition)
    settings.pop(id(None), None)
    for spec in settings.values():
        mark_checked(spec)


def refuse_cdktf_tokens(check: ConfigChecker, context: object) -> None:
    """Record every cdktf token encoding in ``context``, keys and values alike.

    Configuration is text and numbers, never a reference: cdktf would resolve a
    token written here to whatever construct holds that number, in any stack of
    the app (and add outputs and remote-state reads to carry it across).
    """
    for where, value in cdktf_token_places(context):
        check.fail(where, value, TOKEN_ALLOWED, as_written=True)


REFERENCE_KEYS = ("mode", "id", "idVariable", "productVersion")
"""What a referenced instance reads: every other instance key would do nothing."""


def _refuse_reference_settings(check: ConfigChecker, instance: object, where: str) -> None:
    """An instance in mode ``reference`` is only read: purchase and settings keys are refused."""
    if not isinstance(instance, dict) or instance.get("mode") != "reference":
        return
    for key, value in instance.items():
        if key not in REFERENCE_KEYS and isinstance(key, str):
            check.fail(
                f"{where}.{key}",
                value,
                "unset: mode 'reference' only reads the instance, so this setting would do "
                f"nothing (a referenced instance takes {', '.join(REFERENCE_KEYS)})",
                as_written=True,
            )


def _deployment(
    values: dict[str, Any],
    origin: Mapping[str, ConfigChecker],
    home: ConfigChecker,
    clean: ValidSpecs | None,
) -> DeploymentConfig:
    """Build one deployment and check every value under the path it was written at.

    ``origin`` tells, for each top-level key, the checker of the place it was
    written (the top level, or an entry of ``deployments``); ``home`` is the
    deployment's own place, for what is not written anywhere; ``clean`` is
    handed to :func:`validate_deployment`, and also remembers the objects a
    check read while no problem at all had been recorded in the read, so that a
    later deployment of those very objects is not checked again.
    """

    def at(key: str) -> ConfigChecker:
        return origin.get(key, home)

    region = values.get("region", DEFAULT_REGION)
    rules.check_region(at("region"), "region", region)
    if "name" in values:
        before = len(home.problems)
        rules.check_resource_name(at("name"), "name", values["name"])
        if len(home.problems) > before:
            values["name"] = DeploymentConfig.name  # reported; a usable stack name stands in
    config = DeploymentConfig(**values)
    # what validate_deployment reads: a fleet's entries share these objects, so one
    # that checked with no problem at all stands for every later entry made of them
    read = _validated_fields(config)
    memo = (id(_validated_fields), tuple(map(id, read)))
    known = clean.get(memo) if clean is not None else None
    if known is not None and all(map(operator.is_, known, read)):  # no spec has that id
        return config
    validate_deployment(config, lambda spec, key: at(key.split("[")[0]).at(spec, key), clean)
    if clean is not None and not home.problems:  # one list for the whole read
        clean[memo] = read
    return config


_validated_fields = operator.attrgetter(
    "assume_role",
    "backend",
    "creator_policy",
    "region",
    "network",
    "instance",
    "account_stack",
    "keys",
    "secrets",
    "applications",
)
"""The fields of a deployment :func:`validate_deployment` reads (not its name or account)."""


ValidSpecs = dict[tuple[int, tuple[object, ...]], object]
"""What a read of the configuration found valid: each spec, by identity and the arguments
checked with (:func:`_validate`); and the objects a deployment's check read, by their
identities (:func:`_deployment`)."""


def _validate(
    spec: Any,
    key: str,
    place: Callable[[object, str], ConfigChecker],
    clean: ValidSpecs | None,
    *args: object,
) -> None:
    """``spec.validate(place(spec, key), *args)``, unless ``clean`` holds it with ``args``.

    A spec's check is a function of the spec and ``args``: the specs every
    deployment of a fleet shares (the top-level ones, the defaults) are checked
    once. Only a check made while no problem at all was recorded is remembered,
    so a spec with a problem is checked, and reported, at every place it is used.
    """
    memo = (id(spec), args)
    if clean is not None and clean.get(memo) is spec:
        return
    check = place(spec, key)
    spec.validate(check, *args)
    if clean is not None and not check.problems:  # one list for the whole read
        clean[memo] = spec


def validate_deployment(
    config: DeploymentConfig,
    place: Callable[[object, str], ConfigChecker],
    clean: ValidSpecs | None = None,
) -> None:
    """Check every value of ``config``; ``place(spec, key)`` is where ``spec`` was written.

    ``clean`` (one dict for all the deployments of one read) saves checking again
    a spec already found valid with the same arguments (:func:`_validate`).
    """
    if config.assume_role is not None:
        _validate(config.assume_role, "assumeRole", place, clean)
    _validate(config.backend, "backend", place, clean)
    _validate(config.creator_policy, "creatorPolicy", place, clean)
    region = config.region if rules.is_region(config.region) else None  # else reported
    _validate(config.network, "network", place, clean, region)
    mode = config.instance.mode
    if mode == InstanceMode.REFERENCE and config.network != NewNetworkSpec():
        place(config.network, "network").fail("", "given", REFERENCE_TAKES_NO_NETWORK)
    if mode == InstanceMode.ADOPT and isinstance(config.network, NewNetworkSpec):
        place(config.network, "network").fail("", "a new network", ADOPT_NEEDS_EXISTING_NETWORK)
    _validate_account_stack(config, place)
    _validate(config.instance, "instance", place, clean)
    own_vpc = getattr(config.network, "vpc_id", None)
    for index, bind in enumerate(config.instance.bind_vpcs):
        if own_vpc is not None and bind.vpc_id == own_vpc:
            place(config.instance, "instance").fail(
                f"bind_vpcs[{index}].vpc_id",
                bind.vpc_id,
                "another VPC than the instance's own (network.vpcId), which it reaches already",
            )
    hardware = config.instance.edition
    key_names = tuple(k.name for k in config.keys)
    secret_names = tuple(s.name for s in config.secrets)
    for index, key in enumerate(config.keys):
        _validate(key, f"keys[{index}]", place, clean, hardware)
    for index, secret in enumerate(config.secrets):
        _validate(secret, f"secrets[{index}]", place, clean, key_names)
    for index, app in enumerate(config.applications):
        _validate(app, f"applications[{index}]", place, clean, key_names, secret_names)
    _check_cross_references(config, place)
    for key, names in (
        ("keys", key_names),
        ("secrets", secret_names),
        ("applications", tuple(a.name for a in config.applications)),
    ):
        duplicates = sorted({n for n in names if names.count(n) > 1})
        for index, name in enumerate(names):
            if name in duplicates and names.index(name) != index:
                place(config, f"{key}[{index}]").fail("name", name, "a name not used before")


def _validate_account_stack(
    config: DeploymentConfig, place: Callable[[object, str], ConfigChecker]
) -> None:
    spec = config.account_stack
    check = place(spec, "accountStack")
    if spec.name is not None:
        rules.check_resource_name(check, "name", spec.name)
    if spec.region is not None:
        rules.check_region(check, "region", spec.region)
    if spec.assume_role is not None:
        spec.assume_role.validate(check.at(spec.assume_role, "assumeRole"))
    if spec.backend is not None:
        spec.backend.validate(check.at(spec.backend, "backend"))
    if spec.deployers is not None:
        spec.deployers.validate(check.at(spec.deployers, "deployers"))


def _check_cross_references(
    config: DeploymentConfig, place: Callable[[object, str], ConfigChecker]
) -> None:
    """What no single entry shows: key kinds, shared variables and aliases, quotas."""
    keys = {k.name: k for k in config.keys}
    for index, secret in enumerate(config.secrets):
        key = keys.get(secret.encryption_key)
        if key is not None and not key.symmetric:
            place(secret, f"secrets[{index}]").fail(
                "encryption_key",
                secret.encryption_key,
                "a symmetric key (AES or SM4): KMS encrypts secrets with symmetric keys only",
            )
    variables: dict[str, str] = {}
    owners: list[tuple[Any, str, object, str]] = []
    if config.instance.id_variable is not None:  # the instance ID's variable counts too
        owners.append((config.instance, "instance", config.instance.id_variable, "id_variable"))
    owners += [
        (s, f"secrets[{i}]", s.variable, "name" if s.data_variable is None else "data_variable")
        for i, s in enumerate(config.secrets)
    ] + [
        (
            a,
            f"applications[{i}]",
            a.password,
            "password_variable" if a.password_variable else "name",
        )
        for i, a in enumerate(config.applications)
    ]
    for spec, where, variable, field_name in owners:
        if variable in variables:
            place(spec, where).fail(
                field_name,
                getattr(spec, field_name),
                f"a distinct Terraform variable: {variable!r} is already the variable of "
                f"{variables[variable]} (names differing only in '.', '-' or '/' share one; "
                "give dataVariable or passwordVariable)",
            )
        variables.setdefault(variable, where)
    aliases: dict[str, str] = {}
    for index, key in enumerate(config.keys):
        for position, alias in enumerate(key.aliases):
            if alias in aliases and aliases[alias] != key.name:
                place(key, f"keys[{index}]").fail(
                    f"aliases[{position}]", alias, f"an alias not taken by key {aliases[alias]!r}"
                )
            aliases.setdefault(alias, key.name)
    instance = config.instance
    for field, quota, wanted in instance.quota_shortfalls(len(config.keys), len(config.secrets)):
        place(instance, "instance").fail(field, quota, wanted)


KEY_FILE_TOOL_FOLDERS = ("node_modules",)
"""Top folders of the project that its tools delete or replace, besides hidden ones and
``cdktf.out*`` (every output folder, its staging and the ``make synth-all`` one)."""
KEY_FILE_PROJECT_FILES = frozenset(
    {"main.py", "cdktf.json", "package.json", "package-lock.json", "pyproject.toml", "Makefile"}
)
KEY_FILE_PROJECT_SUFFIXES = (".py", ".tf", ".tfstate", ".backup", ".hcl", ".tfvars")
KEY_FILE_PATH_MAX = 1024
KEY_FILE_NAME_MAX = 255


def key_file_problem(target: Path, project: Path, outdir: Path) -> str | None:
    """Why a client key file may not be written at ``target`` (absolute, normalised), or None.

    The one rule: a key file is a new file of its own inside the project directory,
    outside every folder the project's tools delete or replace (the output folder,
    ``cdktf.out*``, hidden folders such as ``.cdktf.out.*`` staging or ``.git``,
    ``node_modules``), and is none of the project's own files (sources, state,
    ``cdktf.json``...), nor a directory or a symbolic link: the provider writes it once,
    ignores a failed write, and the key's only private copy would be lost.
    """
    if len(str(target)) > KEY_FILE_PATH_MAX or any(
        len(part.encode("utf-8")) > KEY_FILE_NAME_MAX for part in target.parts
    ):
        return (
            f"a path of at most {KEY_FILE_PATH_MAX} characters, each name at most "
            f"{KEY_FILE_NAME_MAX} bytes (the file system refuses longer ones)"
        )
    if target == outdir or outdir in target.parents:
        return f"a file outside the output directory {outdir.name}/ (the next synth replaces it)"
    if project not in target.parents:
        return (
            f"a file inside the project directory {project.name}/ (relative to the stack "
            f"directory {outdir.name}/stacks/<stack>, '../../../secrets/<name>.client-key.json' "
            "is the project's secrets/ folder)"
        )
    parts = target.relative_to(project).parts
    top = parts[0]
    if (
        top.startswith("cdktf.out")
        or top in KEY_FILE_TOOL_FOLDERS
        or any(part.startswith(".") for part in parts)
    ):
        return (
            "a file outside the folders the project's tools delete or replace (cdktf.out*, "
            "hidden folders such as .cdktf.out.* or .git, node_modules), such as secrets/"
        )
    if target.name in KEY_FILE_PROJECT_FILES or target.suffix in KEY_FILE_PROJECT_SUFFIXES:
        return "a file of its own, not one of the project's files (sources, state, settings)"
    try:
        for place in (target, *[p for p in target.parents if project in p.parents]):
            if place.is_symlink():
                return f"a path without symbolic links ({place.relative_to(project)} is one)"
        if target.exists():
            if not target.is_file():
                return (
                    "a file, not a directory or other special file: the provider's write would fail"
                )
            if not is_client_key_file(target):
                return (
                    f"a new file ({target.relative_to(project)} exists and is not a client key "
                    "an earlier apply wrote: the provider would write the private key over it), "
                    "such as secrets/<name>.client-key.json"
                )
        for place in target.parents:  # the nearest that exists must hold folders
            if place.exists():
                where = place.relative_to(project)
                if not place.is_dir():
                    return f"a path whose folders can be made ({where} is a file, not a folder)"
                if not os.access(place, os.W_OK | os.X_OK):
                    return (
                        f"a path whose folders and file can be made ({where}/ cannot be "
                        "written by this user: the provider's write would fail)"
                    )
                break
    except OSError as err:
        return f"a path the file system can use ({err.strerror or err})"
    return None


CLIENT_KEY_FILE_FIELDS = ("KeyId", "PrivateKeyData")
"""The fields of the JSON object the provider writes into a client key file."""
CLIENT_KEY_FILE_MAX = 64 * 1024


def is_client_key_file(path: Path) -> bool:
    """Whether ``path`` holds what the provider writes: ``{"KeyId": .., "PrivateKeyData": ..}``.

    Such a file is the private key of an earlier apply; the provider writes over it
    only when it makes the client key again.
    """
    try:
        if path.stat().st_size > CLIENT_KEY_FILE_MAX:
            return False
        value = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return False
    return (
        isinstance(value, dict)
        and tuple(sorted(value)) == CLIENT_KEY_FILE_FIELDS
        and all(isinstance(field, str) for field in value.values())
    )


def file_key(path: str) -> str:
    """What two paths naming one file on a disk that ignores case have in common.

    macOS (APFS, HFS+) and Windows (NTFS) ignore letter case, letter for letter
    (the Greek final and medial small sigma and the capital are one letter; German
    sharp s is not ``ss``), and macOS also the composition of accented letters
    (``é`` as one character or two).
    """
    text = unicodedata.normalize("NFD", path)
    if text.isascii():
        return text.lower()
    # each letter folded alone: a fold into several letters (ß -> ss) is no file system's
    return "".join(folded if len(folded := char.casefold()) == 1 else char.lower() for char in text)


def key_file_form_problem(key_file: str, *, any_depth: bool = False) -> str | None:
    """What a client key path must be, unless ``../../../`` and then a plain path.

    None when ``key_file`` is that. The system takes a ``..`` after a linked folder
    from where the link leads, and after a missing folder not at all (the provider
    then writes the key nowhere), while the path is judged as text; an export
    rewrites that prefix only. With ``any_depth`` (a team's app, whose output
    folder may sit deeper in its project, and which no export hands over), any
    number of leading ``../`` is taken.
    """
    if any_depth:
        rest = key_file
        while rest.startswith("../"):
            rest = rest[3:]
        prefix_ok = rest != key_file
    else:
        rest = key_file[len(LEAVES_OUTPUT) :]
        prefix_ok = key_file.startswith(LEAVES_OUTPUT)
    if prefix_ok and all(p not in ("", ".", "..") for p in rest.split("/")):
        return None
    written = "'../' parts and then" if any_depth else f"{LEAVES_OUTPUT} and then"
    return (
        f"a path written as {written} <folder>/<file> (no '.', '..' or empty part), such "
        f"as {LEAVES_OUTPUT}secrets/<name>.client-key.json: the path is judged as written, "
        "and the system reads some paths otherwise (a '..' after a linked folder from where "
        "the link leads, after a missing folder not at all; no file at a path ending in '/')"
        + ("" if any_depth else "; an export rewrites that prefix only")
    )


def check_key_files(
    configs: list[DeploymentConfig],
    check: ConfigChecker,
    outdir: Path,
    project_dir: Path | None = None,
) -> None:
    """Client key files: where :func:`key_file_problem` allows, one per application.

    Terraform writes each file relative to ``<outdir>/stacks/<stack>``; paths are
    compared once normalised, across every deployment of the app. ``project_dir``
    defaults to the folder that holds ``outdir`` (``cdktf.out`` sits in the project).
    """
    outdir = Path(os.path.normpath(outdir.absolute()))
    project = Path(os.path.normpath(project_dir.absolute())) if project_dir else outdir.parent
    owners: dict[str, str] = {}
    for config in configs:
        if not config.applications:
            continue  # the common case: no key file, and no path to build for one
        stack_dir = outdir / "stacks" / config.name
        for index, app in enumerate(config.applications):
            if not isinstance(app.key_file, str):
                continue
            where = check.at(app, f"applications[{index}]")
            if app.key_file.startswith("~") or not app.key_file.strip():
                where.fail(
                    "private_key_data_file",
                    app.key_file,
                    "a path relative to the stack directory (Terraform does not expand '~')",
                )
                continue
            target = Path(os.path.normpath(stack_dir / app.key_file))
            same = file_key(str(target))
            problem = key_file_problem(target, project, outdir)
            if problem is None:
                problem = key_file_form_problem(app.key_file)
            if problem is not None:
                where.fail("private_key_data_file", app.key_file, problem)
            elif same in owners:
                where.fail(
                    "private_key_data_file",
                    app.key_file,
                    f"a file of its own: {owners[same]} writes its client key there too",
                )
            owners.setdefault(same, f"{config.name}/{app.name}")


def stack_names(config: DeploymentConfig) -> list[str]:
    """The regional stack of one deployment (account stacks are named by account_scope)."""
    return [config.name]
