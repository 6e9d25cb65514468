"""Background work: one core call on a ``QThreadPool`` thread, its outcome reported by signal.

The idea is Anki's ``QueryOp``: the GUI hands a single core function to the pool and gets either a
result or an error back on the GUI thread; the GUI thread never waits. A ``QRunnable`` is not a
``QObject``, so each worker carries a small ``QObject`` whose signals cross threads (queued, because
the receivers live on the GUI thread). Connect them to methods of ``QObject`` receivers, not to
lambdas: a lambda has no thread affinity and would run on the worker thread.

Errors a user caused (``HuiduError``) travel as their one-sentence message; anything else is a bug,
logged here with its traceback and the file it concerned, and reported as "unexpected".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from desktop.core import parse
from desktop.core.errors import HuiduError
from desktop.core.model import Compilation

logger = logging.getLogger(__name__)

ParseFunction = Callable[..., Compilation]


class ParseSignals(QObject):
    finished = Signal(object, object)  # path: Path, compilation: Compilation
    failed = Signal(object, str, bool)  # path: Path, message: str, expected: bool (a HuiduError)


class ParseWorker(QRunnable):
    """Parse one file through ``desktop.core.parse.parse_file`` off the GUI thread."""

    def __init__(self, path: Path, encoding: str | None = None, parse_function: ParseFunction | None = None):
        super().__init__()
        self.setAutoDelete(False)  # the window keeps the worker (and its signals) alive until it reports
        self.path = path
        self.encoding = encoding
        self.signals = ParseSignals()
        self._parse_function = parse_function

    def run(self) -> None:
        parse_function = self._parse_function or parse.parse_file  # looked up late: tests patch it
        try:
            compilation = parse_function(self.path, encoding=self.encoding)
        except HuiduError as error:
            logger.info("Could not open %s: %s", self.path, error)
            self.signals.failed.emit(self.path, str(error), True)
        except Exception as error:
            logger.exception("Unexpected error while parsing %s", self.path)
            self.signals.failed.emit(self.path, f"{type(error).__name__}: {error}", False)
        else:
            self.signals.finished.emit(self.path, compilation)
