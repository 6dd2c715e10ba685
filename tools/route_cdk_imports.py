"""Route every CDK import of the construct modules through ``kms_keystore.framework.cdk``.

The constructs must run on CDKTF and on CDK Terrain, so none of them may name
``cdktf``, ``cdktn`` or a generated bindings package directly. This rewrites
each ``from cdktf import ...`` and ``from cdktf_cdktf_provider_alicloud.<module>
import ...`` (and the CDK Terrain equivalents) in ``constructs/kms_keystore/**.py``
to ``from kms_keystore.framework.cdk import ...``, then lets ruff merge and sort the
imports. Running it again changes nothing. Re-run it after merging a branch that added such imports:

    .venv/bin/python tools/route_cdk_imports.py           # rewrite in place
    .venv/bin/python tools/route_cdk_imports.py --check   # list offenders, exit 1 if any
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "constructs" / "kms_keystore"
DOOR = PACKAGE / "framework" / "cdk.py"
CDK_MODULES = ("cdktf", "cdktn", "cdktf_cdktf_provider_alicloud", "cdktn_provider_alicloud")
_ALTERNATIVES = "|".join(re.escape(m) for m in CDK_MODULES)
FROM_IMPORT = re.compile(
    rf"^(?P<indent>[ \t]*)from (?:{_ALTERNATIVES})(?:\.\w+)* import ", re.MULTILINE
)


def is_cdk_module(name: str | None) -> bool:
    """True for a CDK core module or a bindings package, or any submodule of one."""
    return bool(name) and name.split(".")[0] in CDK_MODULES


def offenders(package: Path = PACKAGE) -> list[str]:
    """``file:line: import`` for every direct CDK import outside ``cdk.py``."""
    found = []
    for path in sorted(package.rglob("*.py")):
        if path == DOOR:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if is_cdk_module(name):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
    return found


def rewrite(package: Path = PACKAGE) -> list[Path]:
    """Rewrite the package modules' CDK imports; return the files changed."""
    changed = []
    for path in sorted(package.rglob("*.py")):
        if path == DOOR:
            continue
        text = path.read_text(encoding="utf-8")
        new = FROM_IMPORT.sub(r"\g<indent>from kms_keystore.framework.cdk import ", text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed


def tidy(paths: list[Path]) -> None:
    """Merge the now-duplicate door imports and format, with the project's ruff."""
    ruff = Path(sys.executable).with_name("ruff")
    command = [str(ruff)] if ruff.exists() else [sys.executable, "-m", "ruff"]
    files = [str(p) for p in paths]
    fix = [*command, "check", "--quiet", "--fix", "--select", "I,F401", *files]
    subprocess.run(fix, check=True)
    subprocess.run([*command, "format", "--quiet", *files], check=True)


def main(argv: list[str] | None = None) -> int:
    """Rewrite (default) or check; 1 when direct CDK imports remain."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list direct CDK imports")
    args = parser.parse_args(argv)
    if not args.check:
        changed = rewrite()
        if changed:
            tidy(changed)
        for path in changed:
            print(f"routed through kms_keystore.framework.cdk: {path.relative_to(ROOT)}")
    remaining = offenders()
    for line in remaining:
        print(f"direct CDK import (import it from kms_keystore.framework.cdk instead): {line}")
    return 1 if remaining else 0


if __name__ == "__main__":
    sys.exit(main())
