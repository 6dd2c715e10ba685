"""Make jsii print what its Node process writes to stderr as text, not as b'...' literals.

``tools/node_runtime.py hook`` copies this module next to its start-up hook in a
virtualenv. The jsii Python runtime reads its Node process's stderr line by line:
JSON console records it decodes and writes out, any other line it hands to
``print`` as bytes, so Node's end-of-life banner on an unsupported Node (20, for
instance) shows as ``b'!!  Node 20 is end-of-life ...'``. When jsii's process
module is first imported, this wraps its stderr sink so that such lines are
written to ``sys.stderr`` as the text Node wrote. Every line is still printed:
nothing here hides a warning.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the module runs at every start of the interpreter: import little
    from collections.abc import Callable, Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType
    from typing import IO

MODULE = "jsii._kernel.providers.process"


def is_console_record(line: bytes) -> bool:
    """Whether ``line`` is one of jsii's JSON console records."""
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


class TextLines:
    """A reader of jsii's stderr that writes plain lines out as text and returns the rest."""

    def __init__(self, reader: IO[bytes]) -> None:
        self._reader = reader

    def readline(self) -> bytes:
        """The next console record, or ``b""`` at the end of the stream."""
        while True:
            line = self._reader.readline()
            if not line or is_console_record(line):
                return line
            sys.stderr.write(line.decode("utf-8", "replace"))
            sys.stderr.flush()


def readable(sink: Callable[[IO[bytes]], None]) -> Callable[[IO[bytes]], None]:
    """The given jsii ``stderr_sink``, reading through ``TextLines``."""

    def stderr_sink(reader: IO[bytes]) -> None:
        sink(TextLines(reader))

    stderr_sink.readable_text = True  # type: ignore[attr-defined]
    return stderr_sink


def patch(module: ModuleType) -> None:
    """Wrap the stderr sink of jsii's process module, once."""
    if not getattr(module.stderr_sink, "readable_text", False):
        module.stderr_sink = readable(module.stderr_sink)


class PatchOnImport(importlib.abc.MetaPathFinder):
    """Finds jsii's process module as usual and patches it right after it runs."""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        """The ordinary spec of ``MODULE``, its loader patching the module; else None."""
        if name != MODULE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is None or spec.loader is None:
            return spec
        exec_module = spec.loader.exec_module

        def exec_and_patch(module: ModuleType) -> None:
            exec_module(module)
            patch(module)

        spec.loader.exec_module = exec_and_patch  # type: ignore[method-assign]
        return spec


def install() -> None:
    """Patch jsii now if it is already imported, else when it is."""
    if MODULE in sys.modules:
        patch(sys.modules[MODULE])
    elif not any(isinstance(finder, PatchOnImport) for finder in sys.meta_path):
        sys.meta_path.insert(0, PatchOnImport())


install()
