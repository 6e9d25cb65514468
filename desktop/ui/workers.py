"""Background work: core calls on a ``QThreadPool`` thread, their outcome reported by signal.

The idea is Anki's ``QueryOp``: the GUI hands core work to the pool and gets results or errors back
on the GUI thread; the GUI thread never waits. A ``QRunnable`` is not a ``QObject``, so each worker
carries a small ``QObject`` whose signals cross threads (queued, because the receivers live on the
GUI thread). Connect them to methods of ``QObject`` receivers, not to lambdas: a lambda has no
thread affinity and would run on the worker thread.

A worker that touches the library opens its **own** ``Library`` on the same file: a SQLite
connection must not be shared between threads, and WAL lets the worker write while the window reads.

Errors a user caused (``HuiduError``: an unreadable file, a scanned PDF) travel as their one-sentence
message; anything else is a bug, logged here with its traceback and the file it concerned, and
reported as "unexpected".

Two kinds of worker: ``ImportWorker`` imports files one after another (``ImportController`` runs it);
``LibraryJob`` runs any one function of an open library — a search, "mark every hit", a speech's
suggestions, an export — with progress and a cancel flag, started and kept alive by a widget's
``JobRunner``.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.core.errors import HuiduError
from desktop.core.formats import SUPPORTED_SUFFIXES
from desktop.core.store import ImportCancelledError, ImportResult, Library
from desktop.ui.messages import user_message

logger = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05  # at most twenty progress signals a second: the GUI only needs to look alive


# --- importing files ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportOutcome:
    """One file's result; ``expected`` is False when it failed because of a bug (see the log)."""

    result: ImportResult
    expected: bool = True

    @property
    def failed(self) -> bool:
        return self.result.status == "failed"


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files to import: files as given, folders walked for supported files (sorted, hidden skipped)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                        found.append(Path(folder) / name)
        else:
            found.append(path)
    return list(dict.fromkeys(p.resolve() for p in found))


class ImportSignals(QObject):
    fileStarted = Signal(int, int, str)  # number (from 0), files in all, file name
    progress = Signal(int, int)  # speeches done, speeches in the current file
    fileFinished = Signal(object)  # ImportOutcome
    finished = Signal(list, bool)  # list[ImportOutcome], cancelled


class ImportWorker(QRunnable):
    """Import files into the library at ``library_path``, one after another, until done or cancelled."""

    def __init__(self, library_path: Path, paths: Iterable[Path | str], encoding: str | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the window keeps the worker (and its signals) alive until it reports
        self.library_path = library_path
        self.paths = list(paths)
        self.encoding = encoding
        self.signals = ImportSignals()
        self._cancelled = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        """Stop after the speech being segmented now; the file in progress is not added."""
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.signals.progress.emit(done, total)

    def run(self) -> None:
        outcomes: list[ImportOutcome] = []
        try:
            files = expand_paths(self.paths)
            library = Library.open(self.library_path)
        except HuiduError as error:
            failed = ImportResult(path=str(self.library_path), status="failed", error=str(error))
            self.signals.finished.emit([ImportOutcome(failed)], False)
            return
        except Exception as error:  # never leave the importer waiting for a report that cannot come
            logger.exception("Could not start importing %s", self.paths)
            failed = ImportResult(
                path=str(self.library_path), status="failed", error=f"{type(error).__name__}: {error}"
            )
            self.signals.finished.emit([ImportOutcome(failed, expected=False)], False)
            return
        try:
            for number, path in enumerate(files):
                if self.is_cancelled():
                    break
                self.signals.fileStarted.emit(number, len(files), path.name)
                outcome = self._import_one(library, path)
                if outcome is None:  # cancelled in the middle of this file
                    break
                outcomes.append(outcome)
                self.signals.fileFinished.emit(outcome)
        finally:
            library.close()
        self.signals.finished.emit(outcomes, self.is_cancelled())

    def _import_one(self, library: Library, path: Path) -> ImportOutcome | None:
        try:
            result = library.compilations.import_file(
                path, encoding=self.encoding, progress=self._progress, cancelled=self.is_cancelled
            )
        except ImportCancelledError:
            return None
        except HuiduError as error:
            logger.info("Could not import %s: %s", path, error)
            return ImportOutcome(ImportResult(path=str(path), status="failed", error=str(error)))
        except Exception as error:
            logger.exception("Unexpected error while importing %s", path)
            failed = ImportResult(path=str(path), status="failed", error=f"{type(error).__name__}: {error}")
            return ImportOutcome(failed, expected=False)
        return ImportOutcome(result)


# --- any call on the library: search, mark every hit, suggestions, export -----------------------


class JobSignals(QObject):
    finished = Signal(int, object)  # token, the work's result
    failed = Signal(int, str, bool)  # token, message, expected (a HuiduError: one sentence for the user)
    progress = Signal(int, int, int)  # token, done, total


class LibraryJob(QRunnable):
    """``work(library, job)`` on a pool thread, with a ``Library`` of its own opened on ``library_path``.

    The token travels with every signal so the receiver can tell a current job from a stale one.
    ``work`` reports progress with ``job.report_progress(done, total)`` and polls ``job.is_cancelled()``.
    Connect the signals to methods of ``QObject`` receivers (not lambdas): they then run on the GUI thread.
    """

    def __init__(self, token: int, library_path: Path, work: Callable[[Library, LibraryJob], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the widget keeps the job (and its signals) until it reports
        self.token = token
        self.library_path = library_path
        self.signals = JobSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report_progress(self, done: int, total: int) -> None:
        self.signals.progress.emit(self.token, done, total)

    def run(self) -> None:
        try:
            with Library.open(self.library_path) as library:
                result = self._work(library, self)
        except HuiduError as error:
            logger.info("Library job %s failed: %s", self.token, error)
            self.signals.failed.emit(self.token, user_message(error), True)
        except Exception as error:
            logger.exception("Unexpected error in a library job on %s", self.library_path)
            self.signals.failed.emit(self.token, f"{type(error).__name__}: {error}", False)
        else:
            self.signals.finished.emit(self.token, result)


class JobRunner(QObject):
    """Starts ``LibraryJob``s on a pool owned by a widget and keeps them alive until they report.

    The pool is a child of the widget: destroying the widget waits for a job still running.
    """

    def __init__(self, parent: QObject, threads: int = 1) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._jobs: dict[int, tuple[str, LibraryJob]] = {}
        self._next = 0

    def start(
        self,
        library_path: Path,
        work: Callable[[Library, LibraryJob], object],
        finished: Callable[[int, object], None],
        failed: Callable[[int, str, bool], None],
        progress: Callable[[int, int, int], None] | None = None,
        kind: str = "",
    ) -> LibraryJob:
        self._next += 1
        job = LibraryJob(self._next, library_path, work)
        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        job.signals.finished.connect(self._forget)
        job.signals.failed.connect(self._forget)
        if progress is not None:
            job.signals.progress.connect(progress)
        self._jobs[job.token] = (kind, job)
        self.pool.start(job)
        return job

    def drop_queued(self, kind: str) -> None:
        """Forget the jobs of this kind that have not started yet (a newer query replaces them)."""
        for token, (job_kind, job) in list(self._jobs.items()):
            if job_kind == kind and self.pool.tryTake(job):
                del self._jobs[token]

    def busy(self) -> bool:
        return bool(self._jobs)

    def _forget(self, token: int, *_args: Any) -> None:
        self._jobs.pop(token, None)


# --- the word segmenter -------------------------------------------------------------------------


class SegmenterWarmUp(QRunnable):
    """Load the word segmenter (jieba/rjieba, ~0.1–1 s) in the background after start-up, so the
    first import or search does not pay for it; the GUI never loads it itself."""

    def run(self) -> None:
        from desktop.core.search import segment

        try:
            segment.load()
        except Exception:
            logger.exception("Could not load the word segmenter")
