"""Write the API reference of ``kms_keystore`` with pdoc, one HTML page per module.

    .venv-docs/bin/python tools/api_docs.py [OUT]    # default docs/api; `make docs` runs it

Every module of the package gets a page: pdoc alone follows a package's ``__all__``,
which names the public classes of ``kms_keystore`` and ``kms_keystore.config`` but
not their submodules, so the modules are listed here from the source tree.
Docstrings are reStructuredText (``:class:`` and ``:mod:`` become links). Importing
the package starts the jsii kernel in Node, which pdoc allows only with
``PDOC_ALLOW_EXEC=1``. Any warning pdoc gives (a module that cannot be imported,
a name in ``__all__`` that does not resolve...) fails the build, with the warnings.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "constructs" / "kms_keystore"
DEFAULT_OUT = ROOT / "docs" / "api"


def module_names(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Every module of the package, packages before their modules, by name."""
    base = package_dir.parent
    names = []
    for path in package_dir.rglob("*.py"):
        parts = path.relative_to(base).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sorted(names)


def build(out: Path) -> list[str]:
    """Write the pages into ``out``; return the warnings pdoc gave (none is success)."""
    os.environ["PDOC_ALLOW_EXEC"] = "1"
    sys.path.insert(0, str(PACKAGE_DIR.parent))
    from pdoc import doc, render

    render.configure(docformat="restructuredtext", footer_text="kms_keystore")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        import kms_keystore
        from kms_keystore.core.records import Record

        for name in kms_keystore.__all__:  # names the package loads on first use, loaded now
            getattr(kms_keystore, name)
        for name in module_names():
            importlib.import_module(name)
        # a record compiles its __init__ when first looked up; pdoc reads class dicts instead
        pending = [Record]
        while pending:
            for cls in pending.pop().__subclasses__():
                getattr(cls, "__init__")  # noqa: B009 - the lookup is the point
                pending.append(cls)
        modules = {name: doc.Module.from_name(name) for name in module_names()}
        pages = {name: render.html_module(module, modules) for name, module in modules.items()}
        index = render.html_index(modules)
        search = render.search_index(modules)
    for name, page in pages.items():
        target = out / f"{name.replace('.', '/')}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    (out / "index.html").write_text(index, encoding="utf-8")
    (out / "search.js").write_text(search, encoding="utf-8")
    return [f"{w.category.__name__}: {w.message}" for w in caught]


MARKER = ".kms-keystore-api-docs"
"""Written into the output folder: a folder holding it is one this tool may replace."""


def replaceable(out: Path) -> str | None:
    """Why ``out`` may not be written into, or None (missing, empty, or written here)."""
    if not out.exists():
        return None
    if not out.is_dir():
        return "it is not a folder"
    if any(out.iterdir()) and not (out / MARKER).is_file():
        return "it holds files this tool did not write"
    return None


def main(argv: list[str]) -> int:
    """Build into ``argv[0]`` (default docs/api); exit 1 on any warning, 2 on a wrong folder.

    The folder is replaced only when it is missing, empty or an earlier output of
    this tool, so that a mistyped ``DOCS_OUT`` never deletes anyone's files.
    """
    out = Path(argv[0]) if argv else DEFAULT_OUT
    why = replaceable(out)
    if why is not None:
        print(f"api docs: refusing to write into {out}: {why}; name a new folder", file=sys.stderr)
        return 2
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / MARKER).write_text("Written by tools/api_docs.py: make docs replaces this folder.\n")
    found = build(out)
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"api docs: {len(found)} warning(s); fix the docstrings above", file=sys.stderr)
        return 1
    print(f"API reference: {out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
