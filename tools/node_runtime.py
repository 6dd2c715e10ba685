"""The project's Node.js: check it, make a virtualenv use it, and report which one jsii runs.

On Linux the Node is the npm package ``node-linux-<arch>`` pinned in
``package-lock.json`` (a Node 22 LTS binary); elsewhere a system Node of at
least ``MINIMUM`` is required (CDK Terrain's CLI needs 22.19).

    python tools/node_runtime.py check NODE         # exit 1 with a clear message if too old
    VENV/bin/python tools/node_runtime.py hook NODE [CDK]
        # every start of that venv's Python defaults JSII_NODE to NODE (none
        # when NODE is empty) and KMS_KEYSTORE_CDK to CDK, and makes jsii print
        # its Node's plain stderr lines as text (kms_keystore_jsii_stderr.py)
    VENV/bin/python tools/node_runtime.py kernel    # JSON: the Node running the jsii kernel
    python tools/node_runtime.py prune              # after npm ci: drop what no target runs
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINIMUM = (22, 19)
HOOK_NAME = "kms_keystore_node.pth"
# Copied beside the hook: Node's own stderr lines (an end-of-life banner) as text.
STDERR_MODULE = Path(__file__).with_name("kms_keystore_jsii_stderr.py")


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


def hook(node: str, cdk: str = "", site_dir: Path | None = None) -> Path:
    """Write this interpreter's start-up hook (into ``site_dir``, default its purelib).

    The hook defaults ``JSII_NODE`` to ``node`` (unless empty) and
    ``KMS_KEYSTORE_CDK`` to ``cdk`` (unless empty), and always imports the module
    that makes jsii print its Node's plain stderr lines, such as the end-of-life
    banner of an old Node, as readable text.
    """
    site_dir = site_dir or Path(sysconfig.get_paths()["purelib"])
    target = site_dir / HOOK_NAME
    settings = {"JSII_NODE": node} if node else {}
    if cdk:
        settings["KMS_KEYSTORE_CDK"] = cdk
    (site_dir / STDERR_MODULE.name).write_text(
        STDERR_MODULE.read_text(encoding="utf-8"), encoding="utf-8"
    )
    lines = [f"os.environ.setdefault({k!r}, {v!r})" for k, v in settings.items()]
    lines.append(f"import {STDERR_MODULE.stem}")
    target.write_text(f"import os; {'; '.join(lines)}\n", encoding="utf-8")
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


def _tree_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def prune(modules: Path = ROOT / "node_modules") -> int:
    """Remove from a fresh ``npm ci`` what no target here runs; returns the bytes freed.

    * native prebuilds for other systems (``prebuilds/<os>-<arch>`` of packages such
      as node-pty, whose Windows builds alone are 158 MB): this machine's stay;
    * the C headers of the pinned Node package (``node-<os>-<arch>/include``), used
      only to compile native addons, which nothing here compiles.

    A symlinked ``node_modules`` (shared with other checkouts) is left alone.
    """
    if modules.is_symlink() or not modules.is_dir():
        print(f"prune: {modules} is a symlink or missing; left as it is")
        return 0
    system = sys.platform if sys.platform != "win32" else "win32"
    machine = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64"}.get(
        platform.machine().lower(), platform.machine().lower()
    )
    here = f"{system}-{machine}"
    doomed = [
        build
        for prebuilds in [*modules.glob("*/prebuilds"), *modules.glob("@*/*/prebuilds")]
        for build in prebuilds.iterdir()
        if build.is_dir() and not build.name.startswith(here)
    ]
    doomed += [p for p in modules.glob("node-*-*/include") if p.is_dir()]
    freed = 0
    for path in doomed:
        freed += _tree_bytes(path)
        shutil.rmtree(path)
    print(f"prune: removed {freed / 2**20:.0f} MiB ({len(doomed)} folders) no target here runs")
    return freed


def main(argv: list[str]) -> int:
    """Dispatch ``check``, ``hook``, ``kernel`` or ``prune``."""
    if argv == ["prune"]:
        prune()
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        return check(argv[1])
    if len(argv) in (2, 3) and argv[0] == "hook":
        print(f"wrote {hook(*argv[1:])}")
        return 0
    if argv == ["kernel"]:
        print(json.dumps(kernel()))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
