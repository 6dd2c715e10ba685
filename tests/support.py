"""Helpers shared by the tests: synthesize an app from context and read its stacks."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any

from kms_keystore.app.build import build_app, synthesize
from kms_keystore.guardrails.secret_scan import find_secret_literals
from kms_keystore.handoff.review import Documents, committed, synthesize_project

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCHEMA = SHARED / "provider-schema" / "alicloud@1.283.0.json"
TERRAFORM_OFFLINE = SHARED / "tools" / "terraform-offline" / "run.sh"
ABSOLUTE_PATH = re.compile(r'"/(?:[A-Za-z0-9._-]+/)+')


def synth(context: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """Synthesize the app for ``context``; return each stack's Terraform JSON by stack name."""
    with tempfile.TemporaryDirectory(prefix="kms-synth-") as outdir:
        synthesize(build_app(context or {}, outdir))
        stacks = read_stacks(Path(outdir))
    assert_no_secret_literals(stacks)
    return stacks


@functools.cache
def _project_documents() -> tuple[Documents, Exception | None]:
    try:
        documents = synthesize_project(ROOT)
    except Exception as err:  # handed to every test that needs the stacks, see below
        return {}, err
    assert_no_secret_literals(documents)
    return documents, None


def project_documents() -> Documents:
    """Every stack of the reference app and of each example, synthesized once per session.

    A synthesis error is raised here, in each test that needs the stacks, never
    while pytest collects the tests.
    """
    documents, error = _project_documents()
    if error is not None:
        raise error
    return documents


def ids_for_collection(select: Any, pin: tuple[str, str]) -> list[str]:
    """IDs to parametrize over: ``select(documents)``'s keys from the working tree.

    When the project does not synthesize, the IDs pinned on disk stand in, so
    that each of those tests runs and fails with the synthesis error.
    """
    documents, error = _project_documents()
    return sorted(committed(ROOT, pin) if error is not None else select(documents))


def assert_no_secret_literals(stacks: dict[str, dict[str, Any]]) -> None:
    """Every synthesized document of every test passes through here."""
    for name, document in stacks.items():
        found = find_secret_literals(document)
        assert not found, f"{name}: {found}"


def synth_dir(context: dict[str, Any] | None, outdir: Path) -> Path:
    """Synthesize into ``outdir`` and return it (for tools that read files)."""
    synthesize(build_app(context or {}, str(outdir)))
    assert_no_secret_literals(read_stacks(outdir))
    return outdir


def read_stacks(outdir: Path) -> dict[str, dict[str, Any]]:
    """Every ``stacks/<name>/cdk.tf.json`` below ``outdir``, parsed."""
    return {
        path.parent.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((outdir / "stacks").glob("*/cdk.tf.json"))
    }


def synth_refusal(app: Any) -> str:
    """The text of the error ``app.synth()`` stops with (it must stop)."""
    import pytest

    with pytest.raises(RuntimeError) as raised:
        app.synth()
    return str(raised.value)


def resources(stack: dict[str, Any], type_name: str) -> dict[str, Any]:
    """The resources of one type in a stack, by logical name."""
    return stack.get("resource", {}).get(type_name, {})


def data_sources(stack: dict[str, Any], type_name: str) -> dict[str, Any]:
    """The data sources of one type in a stack, by logical name."""
    return stack.get("data", {}).get(type_name, {})


def only(mapping: dict[str, Any]) -> tuple[str, Any]:
    """The single (name, value) of a mapping; fails when there is not exactly one."""
    assert len(mapping) == 1, f"expected exactly one, got {sorted(mapping)}"
    return next(iter(mapping.items()))


def counts(stack: dict[str, Any]) -> dict[str, int]:
    """How many resources and data sources of each type a stack holds."""
    found = {t: len(v) for t, v in stack.get("resource", {}).items()}
    found.update({f"data.{t}": len(v) for t, v in stack.get("data", {}).items()})
    return found


def terraform_offline_available() -> str | None:
    """None when the offline Terraform runner can be used, else why not."""
    if not TERRAFORM_OFFLINE.is_file() or not SCHEMA.is_file():
        return "../shared/tools/terraform-offline or the provider schema is absent"
    if not shutil.which("terraform"):
        return "terraform is not on PATH"
    return None


TF_OFFLINE_IMPORTS = (
    "msgpack",
    "tf.gen.tfplugin_pb2",
    "tf.gen.tfplugin_pb2_grpc",
    "tf.types",
    "tf.utils",
    "tf.provider",
    "tf.runner",
    # what tf.runner imports only when it serves (run_provider) and makes its certificate
    "grpc",
    "tf.gen.grpc_controller_pb2",
    "tf.gen.grpc_controller_pb2_grpc",
    "tf.gen.grpc_stdio_pb2_grpc",
    "cryptography.x509",
    "cryptography.hazmat.primitives.hashes",
    "cryptography.hazmat.primitives.serialization",
    "cryptography.hazmat.primitives.asymmetric.rsa",
)
"""What the runner's ``provider.py`` imports, and what its server (``tf.runner``) imports
when it starts: a venv where one of them fails to import cannot serve a plan."""
TF_OFFLINE_READY = ".kms-keystore-ready"
"""Written into the runner's venv (or one made here) once all of :data:`TF_OFFLINE_IMPORTS`
import from it, holding the check it passed and the version of the python that passed it;
with anything else in it (an older list, a python upgraded since) it is checked again."""
TF_OFFLINE_MADE = ".kms-keystore-made"
"""Written into a folder before this module makes a venv there: a venv that
``TF_OFFLINE_VENV`` names is repaired or marked ready only when it holds this mark."""
_VERSION = "import sys; print(sys.version)"


def terraform_offline_venv() -> Path:
    """The runner's cached virtual environment (``run.sh`` picks the same folder).

    :raises RuntimeError: when the setting that names it is relative and the working
        folder is gone.
    """
    named = os.environ.get("TF_OFFLINE_VENV")
    folder = Path(named or Path(os.environ.get("TMPDIR") or "/tmp") / "terraform-offline-venv")
    try:  # one name for the cache, the lock and run.sh, from any working folder
        return folder.absolute()
    except OSError as err:
        setting = "TF_OFFLINE_VENV" if named else "TMPDIR"
        raise RuntimeError(
            f"naming the offline Terraform runner's venv from the working folder: {err}; "
            f"set {setting} (now {os.environ.get(setting)!r}) to an absolute path, "
            "or run from a folder that exists"
        ) from None


_PREPARED: dict[Path, str | None] = {}
"""Per venv folder, in this process: None once ready, else why it could not be made ready
(raised again at once: a failure is not retried by every test that needs the runner)."""


def prepare_terraform_offline() -> None:
    """:func:`make_terraform_offline_ready` once per process and folder, failures included.

    :raises RuntimeError: when the venv cannot be made ready, at every call.
    """
    venv = terraform_offline_venv()
    if venv not in _PREPARED:
        try:
            make_terraform_offline_ready(venv)
            _PREPARED[venv] = None
        except RuntimeError as err:
            _PREPARED[venv] = str(err)
    failure = _PREPARED[venv]
    if failure is not None:
        raise RuntimeError(failure)


RUNNER_UNSET = ("PYTHONPATH", "PYTHONHOME", "PYTHONPLATLIBDIR")
"""Left out of ``run.sh``'s environment: the settings that move where Python finds modules.
The venv's check imports under ``python -I``, which ignores them, so the runner's provider
looks in the same places (the tests' own ``PYTHONPATH`` is for our package, not for the
runner). Other ``PYTHON*`` settings, and the provider's own folder, still reach it."""

RUNNER_SETTINGS = ("SCHEMA_JSON", "LIVE_POLICY_JSON")
"""``run.sh``'s settings that do not start with ``TF_``. These, and every ``TF_*`` setting
(``run.sh``'s others, and Terraform's: ``TF_CLI_ARGS*``, ``TF_WORKSPACE``, ``TF_DATA_DIR``,
``TF_LOG``, ``TF_VAR_*``...), come only from the test: a ``SCHEMA_JSON`` left exported in the
shell that started pytest would replace the whole schema, a ``TF_CLI_ARGS`` change each run."""


def _inherited(name: str) -> bool:
    return name not in RUNNER_UNSET and name not in RUNNER_SETTINGS and not name.startswith("TF_")


def runner_environment(**settings: str) -> dict[str, str]:
    """The environment for ``run.sh``, after :func:`prepare_terraform_offline`: the venv the
    tests prepared, named by its absolute path (found so from any folder), and ``settings``;
    without :data:`RUNNER_UNSET`, so that the runner imports what the check imported, and
    without the runner's and Terraform's settings (:data:`RUNNER_SETTINGS`, ``TF_*``) that
    ``settings`` does not give."""
    prepare_terraform_offline()
    env = {name: value for name, value in os.environ.items() if _inherited(name)}
    return {**env, "TF_OFFLINE_VENV": str(terraform_offline_venv()), **settings}


def terraform_offline_lock(venv: Path) -> Path:
    """The lock of ``venv``'s preparation: in the temporary folder, named by the user and
    the venv's absolute path, so that nothing is written beside the venv."""
    key = hashlib.sha256(os.fsencode(venv.absolute())).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"kms-keystore-venv-{os.getuid()}-{key}.lock"


def make_terraform_offline_ready(venv: Path) -> None:
    """Make the runner's cached virtual environment ready, under a lock.

    ``run.sh`` installs the package ``tf`` only when the venv's python is missing:
    two runs started at once on a fresh machine (pytest's workers) race there, and
    a run stopped half way leaves a venv it would trust for ever. Here the venv
    counts as ready only after every module of :data:`TF_OFFLINE_IMPORTS` has
    imported from it with the python it has now, which writes a mark.

    Until then it is made, or repaired without deleting a file: pip restored with
    ``ensurepip`` when missing, then ``tf`` and its dependencies reinstalled. Only
    the runner's own folder (``$TMPDIR/terraform-offline-venv``, when it is this
    user's and not a symbolic link) or one made here (:data:`TF_OFFLINE_MADE`) is
    repaired or marked: another venv that ``TF_OFFLINE_VENV`` names is left as it
    is (checked at each run; the lock lives in the temporary folder), and the
    error says what fails to import there. A venv whose python no longer starts
    (the Python it was made from gone, its link left dangling) is not touched
    either: the error names the folder to remove.

    :raises RuntimeError: when the venv cannot be made ready, with pip's or Python's words.
    """
    import fcntl
    import subprocess

    python, ready, made = venv / "bin" / "python", venv / TF_OFFLINE_READY, venv / TF_OFFLINE_MADE
    runners_own = not os.environ.get("TF_OFFLINE_VENV")
    check = "import " + ", ".join(TF_OFFLINE_IMPORTS)
    where = f"preparing {venv} for the offline Terraform runner"
    elsewhere = "set TF_OFFLINE_VENV to a folder of your own"

    def run(*command: str | Path) -> subprocess.CompletedProcess[str] | None:
        """The finished command (one stopped after 900 s failed); None when it cannot start."""
        words = list(map(str, command))
        try:
            return subprocess.run(words, capture_output=True, text=True, timeout=900)
        except subprocess.TimeoutExpired:
            return subprocess.CompletedProcess(words, 1, "", "stopped after 900 s\n")
        except OSError:
            return None

    def stamp(version: str) -> bytes:
        """What the ready mark holds: the check passed, and the python that passed it."""
        return f"{check}\n{version}\n".encode()

    def said(done: subprocess.CompletedProcess[str] | None) -> str:
        return f":\n{done.stdout}{done.stderr}" if done is not None else ": it did not start"

    def step(*command: str | Path) -> None:
        done = run(*command)
        if done is None or done.returncode != 0:
            raise RuntimeError(f"{where}: {' '.join(map(str, command))} failed{said(done)}")

    def there_and_allowed() -> bool:
        """Whether the folder is there; the runner's own, in a shared temporary folder, only
        when it is this user's and not a link. A folder found missing is only ever made by
        ``os.mkdir`` (which fails on anything that appeared since), never looked into."""
        if not os.path.lexists(venv):
            return False
        found = venv.lstat()
        if runners_own and found.st_uid != os.getuid():
            raise RuntimeError(f"{where}: the folder belongs to another user; {elsewhere}")
        if runners_own and stat.S_ISLNK(found.st_mode) and not made.is_file():
            raise RuntimeError(f"{where}: it is a symbolic link, not the runner's; {elsewhere}")
        return True

    def ready_under_lock() -> None:
        """The work, once this process holds the lock."""
        present = there_and_allowed()
        # a folder found missing is not looked into, even for the mark: it may be a link
        # planted since the check (see there_and_allowed)
        ours = runners_own or (present and made.is_file())
        version = ""
        if present and os.path.lexists(python):
            started = run(python, "-I", "-c", _VERSION)
            if started is None or started.returncode != 0:
                fix = (
                    f"remove {venv} and run again"
                    if ours
                    else "recreate it, or unset TF_OFFLINE_VENV"
                )
                raise RuntimeError(
                    f"{python} does not start (the Python it was made from may be gone): {fix}"
                )
            version = started.stdout.strip()
            if ready.is_file() and ready.read_bytes() == stamp(version):  # else: checked again
                return
        elif present and any(venv.iterdir()) and not ours:
            raise RuntimeError(
                f"{where}: the folder holds files but no bin/python; it was not made here, "
                "so it is left as it is: name a venv, or unset TF_OFFLINE_VENV"
            )
        checked = run(python, "-I", "-c", check) if version else None
        if version and (checked is None or checked.returncode != 0) and not ours:
            raise RuntimeError(
                f"{where}: {check!r} fails there{said(checked)}\n"
                "It was not made here, so it is left as it is: install tf into it, "
                "or unset TF_OFFLINE_VENV"
            )
        if checked is None or checked.returncode != 0:
            if not version:  # no python yet: make the venv, marked as ours first
                venv.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.mkdir(venv, 0o700)
                    appeared = False
                except FileExistsError:  # there already, or made since the check above
                    appeared = True
                if appeared:
                    there_and_allowed()
                    if not present:  # someone else's making (run.sh by hand?), or a link
                        raise RuntimeError(
                            f"{where}: the folder appeared while it was being made here; "
                            "it is left as it is: run again"
                        )
                made.touch()
                step("python3", "-m", "venv", venv)
            pip = run(python, "-I", "-m", "pip", "--version")
            if pip is None or pip.returncode != 0:  # made by a run stopped before ensurepip ended
                step(python, "-I", "-m", "ensurepip", "--upgrade")
            step(python, "-I", "-m", "pip", "install", "-q", "--force-reinstall", "tf")
            started = run(python, "-I", "-c", _VERSION)
            version = started.stdout.strip() if started is not None else ""
            checked = run(python, "-I", "-c", check)
            if checked is None or checked.returncode != 0:
                raise RuntimeError(f"{where}: {check!r} fails after installing tf{said(checked)}")
        if ours or made.is_file():  # nothing is written into a venv the tests did not make
            with contextlib.suppress(OSError):  # one this user cannot write to: ready for now
                ready.write_bytes(stamp(version))

    try:
        # opened without following a link, and used only if it is this user's
        name = terraform_offline_lock(venv)
        try:
            handle = os.open(name, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        except OSError as err:  # a link planted under the lock's name, an unwritable folder
            raise RuntimeError(
                f"{where}: its lock {name} cannot be opened ({err}); set TMPDIR "
                "(where the lock lives) to a folder of your own"
            ) from None
        with os.fdopen(handle, "r+") as lock:
            if os.fstat(lock.fileno()).st_uid != os.getuid():
                raise RuntimeError(
                    f"{where}: its lock {name} belongs to another user; set TMPDIR "
                    "(where the lock lives) to a folder of your own"
                )
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also on error
            ready_under_lock()
    except (OSError, ValueError) as err:  # unwritable, not a folder, a link, a corrupt mark...
        raise RuntimeError(f"{where}: {err}; {elsewhere}") from None


PROVIDER_ADDRESS = "registry.terraform.io/aliyun/alicloud"
_TYPE_NAME = re.compile(r"alicloud_[a-z0-9_]+")
"""A provider type name as it is spelled in configuration (each one in the schema is)."""


@functools.cache
def _full_schema() -> dict[str, Any]:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


_UNUSED_TYPE: dict[str, Any] = {"version": 0, "block": {}}
"""What the cut schema holds for a type the files do not name: its name, no attributes."""


def schema_for_files(texts: list[str]) -> dict[str, Any]:
    """The provider schema cut to the resource and data source types ``texts`` name.

    Terraform reads a provider's schema of a type only where configuration uses
    that type, and every use spells the type's name, so the cut schema checks
    those files as the whole one does. The other types keep their names with an
    empty schema: Terraform reads the names to suggest one for a misspelled type
    ("Did you mean"). A type the files name that the schema lacks stays absent
    and is reported as unsupported, as it would be. The whole schema costs each
    provider start about 0.4 s and Terraform about 1 s more per run.

    The result shares the cached whole schema's inner objects: read it, never change it.
    """
    named = {name for text in texts for name in _TYPE_NAME.findall(text)}
    doc = _full_schema()
    provider = doc["provider_schemas"][PROVIDER_ADDRESS]
    cut = dict(provider)
    for kind in ("resource_schemas", "data_source_schemas"):
        cut[kind] = {
            t: s if t in named else _UNUSED_TYPE for t, s in provider.get(kind, {}).items()
        }
    return {**doc, "provider_schemas": {**doc["provider_schemas"], PROVIDER_ADDRESS: cut}}


@contextlib.contextmanager
def runner_schema(stack_dirs: list[Path]) -> Any:
    """A file holding :func:`schema_for_files` of the configuration files ``run.sh`` copies
    from ``stack_dirs`` (``*.tf.json`` and ``*.tf``), removed afterwards."""
    texts = [
        f.read_text(encoding="utf-8")
        for d in stack_dirs
        for pattern in ("*.tf.json", "*.tf")
        for f in sorted(Path(d).glob(pattern))
        if f.is_file()
    ]
    with tempfile.TemporaryDirectory(prefix="kms-keystore-schema-") as work:
        path = Path(work) / SCHEMA.name
        path.write_text(json.dumps(schema_for_files(texts)), encoding="utf-8")
        yield path


def terraform_offline(
    stack_dirs: list[Path],
    mode: str = "validate",
    live_policy: str = "",
    data: Path | None = None,
    strict: bool = False,
    variables: dict[str, str] | None = None,
) -> str:
    """Run ../shared/tools/terraform-offline/run.sh; return its output (raises on failure).

    ``data`` names a file of data source fixtures (``TF_OFFLINE_DATA``); with
    ``strict`` a failed plan is a failure too (``TF_PLAN_STRICT``); ``variables``
    gives the stacks' input variables (``TF_VAR_<name>``, the only ones set).
    """
    import subprocess

    settings = {"TF_MODE": mode, **{f"TF_VAR_{n}": v for n, v in (variables or {}).items()}}
    if live_policy:
        settings["LIVE_POLICY_JSON"] = live_policy
    if data is not None:
        settings["TF_OFFLINE_DATA"] = str(data)
    if strict:
        settings["TF_PLAN_STRICT"] = "1"
    env = runner_environment(**settings)
    with runner_schema(stack_dirs) as schema:
        result = subprocess.run(
            ["bash", str(TERRAFORM_OFFLINE), *map(str, stack_dirs)],
            capture_output=True,
            text=True,
            env={**env, "SCHEMA_JSON": str(schema)},
            timeout=600,
        )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return output
