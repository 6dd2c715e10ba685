"""The project's Node.js: check it, make a virtualenv use it, and report which one jsii runs.

On Linux the Node is the npm package ``node-linux-<arch>`` pinned in
``package-lock.json`` (a Node 22 LTS binary); elsewhere a system Node of at
least ``MINIMUM`` is required (CDK Terrain's CLI needs 22.19).

    python tools/node_runtime.py check NODE         # exit 1 with a clear message if too old
    VENV/bin/python tools/node_runtime.py hook NODE [CDK]
        # every start of that venv's Python defaults JSII_NODE to NODE (and
        # KMS_KEYSTORE_CDK to CDK); an empty NODE removes the hook
    VENV/bin/python tools/node_runtime.py kernel    # JSON: the Node running the jsii kernel
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINIMUM = (22, 19)
HOOK_NAME = "kms_keystore_node.pth"


def version_of(node: str) -> tuple[int, ...] | None:
    """``node --version`` as numbers, or None when ``node`` cannot be run."""
    try:
        out = subprocess.run([node, "--version"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return tuple(int(part) for part in out.stdout.strip().lstrip("v").split("."))


def check(node: str) -> int:
    """0 when ``node`` is at least MINIMUM; else print what to do and return 1."""
    wanted = ".".join(map(str, MINIMUM))
    found = version_of(node)
    if found is None:
        print(
            f"Node.js >= {wanted} is required and `{node}` cannot be run. On Linux (x64,"
            " arm64) `make` installs a pinned Node 22 from package-lock.json; elsewhere"
            " install Node 22 LTS and put it on PATH.",
            file=sys.stderr,
        )
        return 1
    if found[:2] < MINIMUM:
        shown = ".".join(map(str, found))
        print(
            f"Node.js >= {wanted} is required; `{node}` is {shown}. Install Node 22 LTS"
            " (Linux x64/arm64 get it from package-lock.json through `make`).",
            file=sys.stderr,
        )
        return 1
    return 0


def hook(node: str, cdk: str = "") -> Path:
    """Write (or, for an empty ``node``, remove) this interpreter's start-up hook."""
    target = Path(sysconfig.get_paths()["purelib"]) / HOOK_NAME
    settings = {"JSII_NODE": node} if node else {}
    if cdk:
        settings["KMS_KEYSTORE_CDK"] = cdk
    if not settings:
        target.unlink(missing_ok=True)
        return target
    lines = "; ".join(f"os.environ.setdefault({k!r}, {v!r})" for k, v in settings.items())
    target.write_text(f"import os; {lines}\n", encoding="utf-8")
    return target


def kernel() -> dict[str, str]:
    """Start the jsii kernel as the CDK does and describe the Node process running it.

    Where ``/proc`` exists (Linux) the answer is the running process's own binary;
    elsewhere it is the command jsii starts (``JSII_NODE``, else ``node``).
    """
    from kms_keystore.framework import cdk  # starts the kernel: the CDK's assembly is loaded

    exe = None
    tasks = Path(f"/proc/{os.getpid()}/task")
    if tasks.is_dir():
        children = [
            int(pid) for t in tasks.iterdir() for pid in (t / "children").read_text().split()
        ]
        running = [Path(os.readlink(f"/proc/{pid}/exe")) for pid in children]
        exe = next((str(path) for path in running if path.name.startswith("node")), None)
        if exe is None:
            raise SystemExit("no Node child process found (the jsii kernel did not start?)")
    exe = exe or os.environ.get("JSII_NODE", "node")
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True)
    return {"cdk": cdk.NAME, "node": exe, "version": out.stdout.strip()}


def main(argv: list[str]) -> int:
    """Dispatch ``check``, ``hook`` or ``kernel``."""
    if len(argv) >= 2 and argv[0] == "check":
        return check(argv[1])
    if len(argv) in (2, 3) and argv[0] == "hook":
        path = hook(*argv[1:])
        print(f"{'wrote' if path.exists() else 'removed'} {path}")
        return 0
    if argv == ["kernel"]:
        print(json.dumps(kernel()))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
