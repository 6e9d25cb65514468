"""Importing files: the controller that runs ``ImportWorker``s, and the window that shows progress.

``ImportController`` queues imports and runs them one at a time on its own pool thread (each worker
opens its own connection to the library file), so the main window stays usable; ``ImportDialog``
displays what the worker reports — progress and Cancel, then what failed and why — and is not modal. Short imports finish
before the dialog is due to appear (``SHOW_AFTER_MS``) and show nothing; an import with failures
always ends with the list of files that could not be imported, each with its reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.messages import user_text
from desktop.ui.workers import ImportOutcome, ImportWorker

SHOW_AFTER_MS = 400


class ImportDialog(QDialog):
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._running = False
        self._cancelled = False
        self._file = ("", 0, 0)  # name, number, files in all
        self.outcomes: list[ImportOutcome] = []

        self.status_label = QLabel(self)
        self.status_label.setObjectName("importStatus")
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.failures = QStandardItemModel(0, 2, self)
        self.failures_view = QTreeView(self)
        self.failures_view.setObjectName("importFailures")
        self.failures_view.setModel(self.failures)
        self.failures_view.setRootIsDecorated(False)
        self.failures_view.setWordWrap(True)
        self.failures_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.failures_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.failures_view.header().setStretchLastSection(True)
        self.failures_view.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.failures_view, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(round(self.fontMetrics().horizontalAdvance("中") * 32))
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_if_running)
        self.retranslateUi()

    # --- texts --------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Importing") if self._running else self.tr("Import Finished"))
        self.failures.setHorizontalHeaderLabels([self.tr("File"), self.tr("Why it was not imported")])
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _update_status(self) -> None:
        if self._running:
            name, number, total = self._file
            if self._cancelled:
                text = self.tr("Cancelling…")
            elif not name:
                text = self.tr("Preparing…")
            elif total > 1:
                text = self.tr("Importing %1 (%2 of %3)…").replace("%1", name)
                text = text.replace("%2", str(number + 1)).replace("%3", str(total))
            else:
                text = self.tr("Importing %1…").replace("%1", name)
            self.status_label.setText(text)
            return
        added = sum(1 for o in self.outcomes if o.result.status in ("imported", "new-version"))
        known = sum(1 for o in self.outcomes if o.result.status == "duplicate")
        failed = sum(1 for o in self.outcomes if o.failed)
        parts = [self.tr("%n files imported", "", added)]
        if known:
            parts.append(self.tr("%n already in the library", "", known))
        if failed:
            parts.append(self.tr("%n could not be imported", "", failed))
        text = "; ".join(parts)
        if self._cancelled:
            text = self.tr("Cancelled. %1").replace("%1", text)
        self.status_label.setText(text)

    # --- what the worker reports --------------------------------------------------------------

    def start(self, fresh: bool = True) -> None:
        """An import began: show the dialog if it is still running after a moment.

        ``fresh=False`` continues a queued batch: the failures listed so far stay listed."""
        self._running = True
        self._cancelled = False
        self._file = ("", 0, 0)
        if fresh:
            self.outcomes = []
            self.failures.removeRows(0, self.failures.rowCount())
            self.failures_view.setVisible(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)  # busy until the first speeches are counted
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
        self.retranslateUi()
        self._show_timer.start(SHOW_AFTER_MS)

    def is_running(self) -> bool:
        return self._running

    def on_file_started(self, number: int, total: int, name: str) -> None:
        self._file = (name, number, total)
        self.progress.setRange(0, 0)
        self._update_status()

    def on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def on_file_finished(self, outcome: ImportOutcome) -> None:
        self.outcomes.append(outcome)
        if outcome.failed:
            self._add_failure(outcome)

    def _add_failure(self, outcome: ImportOutcome) -> None:
        if outcome.expected:
            reason = user_text(outcome.result.error or "")
        else:
            reason = self.tr("An unexpected error; details are in the log.")
        name = QStandardItem(Path(outcome.result.path).name)
        name.setToolTip(outcome.result.path)
        why = QStandardItem(reason)
        why.setToolTip(user_text(outcome.result.error or ""))
        self.failures.appendRow([name, why])

    def on_finished(self, outcomes: Sequence[ImportOutcome], cancelled: bool) -> None:
        """Done: close, or — when something failed — stay open with the failures listed."""
        self._running = False
        self._cancelled = cancelled
        self._show_timer.stop()
        self.absorb(outcomes)
        self.retranslateUi()
        if not any(o.failed for o in self.outcomes):
            self.hide()
            return
        self.progress.setVisible(False)
        self.failures_view.setVisible(True)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.resize(max(self.width(), 620), max(self.height(), 320))
        self.show()
        self.raise_()

    def absorb(self, outcomes: Sequence[ImportOutcome]) -> None:
        """Outcomes not reported one by one (the library could not be opened) join the list."""
        for outcome in outcomes:
            if outcome not in self.outcomes:
                self.on_file_finished(outcome)

    def failure_rows(self) -> list[tuple[str, str]]:
        """(file name, reason) of every file that failed, as listed (tests)."""
        return [
            (self.failures.item(row, 0).text(), self.failures.item(row, 1).text())
            for row in range(self.failures.rowCount())
        ]

    # --- cancel and close ---------------------------------------------------------------------

    def _show_if_running(self) -> None:
        if self._running:
            self.show()

    def reject(self) -> None:
        if self._running:
            self._cancelled = True
            self._update_status()
            self.buttons.setEnabled(True)
            self.cancelRequested.emit()
            return  # stays open until the worker stops, then reports what was done
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)


class ImportController(QObject):
    """Runs imports into the library at ``library_path`` one batch at a time; the GUI never waits."""

    fileImported = Signal(object)  # ImportOutcome, as each file is done
    finished = Signal(list, bool)  # list[ImportOutcome] of the batch, cancelled
    busyChanged = Signal(bool)

    def __init__(self, library_path: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.library_path = library_path
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.dialog = ImportDialog(parent)
        self.dialog.cancelRequested.connect(self.cancel)
        self._worker: ImportWorker | None = None
        self._queue: list[tuple[list[Path], str | None]] = []

    def is_busy(self) -> bool:
        return self._worker is not None

    def import_paths(self, paths: Sequence[Path], encoding: str | None = None) -> None:
        self._queue.append((list(paths), encoding))
        if self._worker is None:
            self._start_next()

    def _start_next(self, continuing: bool = False) -> None:
        if not self._queue:
            return
        paths, encoding = self._queue.pop(0)
        worker = ImportWorker(self.library_path, paths, encoding)
        worker.signals.fileStarted.connect(self.dialog.on_file_started)
        worker.signals.progress.connect(self.dialog.on_progress)
        worker.signals.fileFinished.connect(self._on_file_finished)
        worker.signals.finished.connect(self._on_finished)
        self._worker = worker
        self.dialog.start(fresh=not continuing)
        self.busyChanged.emit(True)
        self.pool.start(worker)

    def _on_file_finished(self, outcome: ImportOutcome) -> None:
        self.dialog.on_file_finished(outcome)
        self.fileImported.emit(outcome)

    def _on_finished(self, outcomes: list[ImportOutcome], cancelled: bool) -> None:
        self._worker = None
        if cancelled:
            self._queue.clear()
        if self._queue:  # more batches were dropped in meanwhile: one list of failures at the end
            self.dialog.absorb(outcomes)
            self.finished.emit(outcomes, cancelled)
            self._start_next(continuing=True)
            return
        self.dialog.on_finished(outcomes, cancelled)
        self.finished.emit(outcomes, cancelled)
        self.busyChanged.emit(False)

    def cancel(self) -> None:
        """Stop the running import (the file in progress is not added) and forget the queued ones."""
        self._queue.clear()
        if self._worker is not None:
            self._worker.cancel()

    def shut_down(self, wait_ms: int = 10_000) -> None:
        """Cancel and wait for the worker to stop (the window is closing)."""
        self.cancel()
        self.pool.waitForDone(wait_ms)
