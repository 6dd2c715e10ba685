"""The reference app: a complete KMS key store from embedded defaults and cdktf context.

Run by `make synth`, by `npx cdktf synth` (cdktf.json names this file) or directly.
With KMS_KEYSTORE_CDK=terrain it runs on CDK Terrain: started by another
interpreter (as cdktf.json's `.venv/bin/python`, e.g. under `npx cdktn synth`), it
hands over to `.venv-terrain/bin/python`, which `make synth CDK=terrain` installs.
Configuration keys are documented in README.md.
"""

import sys


def _on_uncaught(kind: type[BaseException], error: BaseException, trace: object) -> None:
    """Ctrl-C before ``run`` installs its handler (while Python loads): one line, exit 130."""
    if issubclass(kind, KeyboardInterrupt):
        print("kms-keystore: interrupted; nothing was written", file=sys.stderr)
        sys.stderr.flush()
        import os

        os._exit(130)
    sys.__excepthook__(kind, error, trace)  # type: ignore[arg-type]


sys.excepthook = _on_uncaught

import importlib.util  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent
TERRAIN_PYTHON = ROOT / ".venv-terrain" / "bin" / "python"


def node_available() -> bool:
    """Whether jsii can start Node.js: ``JSII_NODE`` names it, or ``node`` is on PATH."""
    chosen = os.environ.get("JSII_NODE")
    if chosen:
        return os.access(chosen, os.X_OK) or shutil.which(chosen) is not None
    return shutil.which("node") is not None


def run() -> int:
    """Check that Node.js is there (the CDK runtime starts it on import), then synthesize."""
    if not node_available():
        chosen = os.environ.get("JSII_NODE")
        why = (
            f"JSII_NODE={chosen!r} is not an executable"
            if chosen
            else "JSII_NODE unset and no node on PATH"
        )
        print(
            f"kms-keystore: Node.js was not found ({why}); "
            "the CDK runs on it: run `make synth`, which installs the pinned Node 22",
            file=sys.stderr,
        )
        return 1
    try:
        from kms_keystore.app.build import main
    except KeyboardInterrupt:
        print("kms-keystore: interrupted; nothing was written", file=sys.stderr)
        return 130
    except Exception as err:  # a Node.js that does not start, a broken install
        detail = str(err).strip().splitlines()[0][:300] if str(err).strip() else ""
        print(
            f"kms-keystore: cannot start the CDK ({type(err).__name__}: {detail}); "
            "check JSII_NODE and the installation; nothing was written",
            file=sys.stderr,
        )
        return 1
    return main(ROOT)


if __name__ == "__main__":
    wants_terrain = os.environ.get("KMS_KEYSTORE_CDK", "").strip() == "terrain"
    if wants_terrain and importlib.util.find_spec("cdktn") is None and TERRAIN_PYTHON.exists():
        os.execv(TERRAIN_PYTHON, [str(TERRAIN_PYTHON), __file__, *sys.argv[1:]])
    sys.exit(run())
