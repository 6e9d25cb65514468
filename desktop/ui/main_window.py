"""The first window: open compilations, pick a speech, read it.

Opening a file is one core call (``desktop.core.parse.parse_file``) run by a ``ParseWorker`` on the
window's thread pool; this window only starts it and shows the outcome — the compilation, or one
clear sentence when the file cannot be read. The GUI thread never waits for a parse.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from desktop import __version__
from desktop.core.formats import SUPPORTED_SUFFIXES
from desktop.core.model import Compilation, Speech
from desktop.ui.compilation_pane import CompilationPane, display_name
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.workers import ParseWorker

logger = logging.getLogger(__name__)


def count_characters(compilation: Compilation) -> int:
    """Characters a reader would count (字数): everything but whitespace."""
    return sum(sum(1 for ch in speech.text if not ch.isspace()) for speech in compilation.speeches)


class MainWindow(QMainWindow):
    compilationOpened = Signal(object)  # Compilation, after a file was parsed and added
    openFailed = Signal(object, str)  # Path, the sentence shown to the user
    busyChanged = Signal(bool)  # True while any file is being read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Huidu 汇读")
        self.setAcceptDrops(True)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._workers: dict[Path, ParseWorker] = {}  # files being read, keyed by resolved path
        self._select_when_read: set[Path] = set()
        self._last_dir: Path | None = None

        self.compilation_pane = CompilationPane(self)
        self.reading_pane = ReadingPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.compilation_pane)
        self.splitter.addWidget(self.reading_pane)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.setCentralWidget(self.splitter)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addWidget(self.counts_label, 1)

        self._create_actions()
        self._create_menus()
        self.compilation_pane.currentCompilationChanged.connect(self._on_compilation_changed)
        self.compilation_pane.currentSpeechChanged.connect(self._on_speech_changed)
        self.resize(1180, 760)
        self._on_compilation_changed(None)

    # --- actions and menus --------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.action_import = QAction(self.tr("&Open…"), self)
        self.action_import.setObjectName("actionImport")
        self.action_import.setShortcut(QKeySequence.StandardKey.Open)
        self.action_import.setStatusTip(self.tr("Open a compilation (.txt, .docx, .pdf)"))
        self.action_import.triggered.connect(self.choose_files)

        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setObjectName("actionQuit")
        self.action_quit.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit), QKeySequence("Ctrl+Q")])
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)

        self.action_next = QAction(self.tr("&Next Speech"), self)
        self.action_next.setObjectName("actionNextSpeech")
        self.action_next.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Alt+Down")])
        self.action_next.triggered.connect(self.next_speech)

        self.action_previous = QAction(self.tr("&Previous Speech"), self)
        self.action_previous.setObjectName("actionPreviousSpeech")
        self.action_previous.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Alt+Up")])
        self.action_previous.triggered.connect(self.previous_speech)

        self.action_about = QAction(self.tr("&About Huidu"), self)
        self.action_about.setObjectName("actionAbout")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self.show_about)

    def _create_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")
        file_menu.addAction(self.action_import)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        go_menu = menu_bar.addMenu(self.tr("&Go"))
        go_menu.setObjectName("menuGo")
        go_menu.addAction(self.action_previous)
        go_menu.addAction(self.action_next)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menuHelp")
        help_menu.addAction(self.action_about)

    # --- opening files ------------------------------------------------------------------------

    def choose_files(self) -> None:
        """File › Open…: ask for one or more files, then open them."""
        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        filters = ";;".join([self.tr("Compilations (%1)").replace("%1", patterns), self.tr("All files (*)")])
        start = str(self._last_dir) if self._last_dir else ""
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Open Compilation"), start, filters)
        if names:
            self._last_dir = Path(names[0]).parent
            self.open_paths([Path(name) for name in names])

    def open_paths(self, paths: Iterable[Path | str]) -> None:
        """Open each file in the background; the first one is shown when it has been read."""
        for number, path in enumerate(paths):
            self.open_path(path, select=number == 0)

    def open_path(self, path: Path | str, *, select: bool = True, encoding: str | None = None) -> None:
        """Start reading one file; a file already open is shown again rather than read twice.

        ``encoding`` overrides detection for text files (the CLI's ``--encoding``).
        """
        path = Path(path).expanduser().resolve()
        open_index = self.compilation_pane.index_of_source(str(path))
        if open_index >= 0:
            if select:
                self.compilation_pane.set_current_index(open_index)
            return
        if select:
            self._select_when_read.add(path)
        if path in self._workers:
            return
        worker = ParseWorker(path, encoding=encoding)
        worker.signals.finished.connect(self._on_parsed)
        worker.signals.failed.connect(self._on_parse_failed)
        was_busy = self.is_busy()
        self._workers[path] = worker
        self._update_busy_message()
        if not was_busy:
            self.busyChanged.emit(True)
        self._pool.start(worker)

    def add_compilation(self, compilation: Compilation, *, select: bool = True) -> None:
        """Show an already parsed compilation (tests, screenshots, and later the library)."""
        self.compilation_pane.add_compilation(compilation, select=select)

    def is_busy(self) -> bool:
        return bool(self._workers)

    def _finish(self, path: Path) -> bool:
        """Forget a finished worker; ``True`` if the file was asked to be shown."""
        self._workers.pop(path, None)
        selected = path in self._select_when_read
        self._select_when_read.discard(path)
        self._update_busy_message()
        if not self._workers:
            self.busyChanged.emit(False)
        return selected

    def _on_parsed(self, path: Path, compilation: Compilation) -> None:
        select = self._finish(path)
        self.add_compilation(compilation, select=select)
        self.compilationOpened.emit(compilation)

    def _on_parse_failed(self, path: Path, detail: str, expected: bool) -> None:
        self._finish(path)
        if expected:
            message = detail
        else:
            message = self.tr(
                "%1 could not be opened because of an unexpected error. Details are in the log."
            )
            message = message.replace("%1", path.name)
        QMessageBox.critical(self, self.tr("Cannot Open File"), message)
        self.openFailed.emit(path, message)

    def _update_busy_message(self) -> None:
        if self._workers:
            names = "、".join(path.name for path in self._workers)
            self.statusBar().showMessage(self.tr("Reading %1…").replace("%1", names))
        else:
            self.statusBar().clearMessage()

    # --- reading ------------------------------------------------------------------------------

    def current_compilation(self) -> Compilation | None:
        return self.compilation_pane.current_compilation()

    def current_speech(self) -> Speech | None:
        return self.compilation_pane.current_speech()

    def select_speech(self, row: int) -> bool:
        return self.compilation_pane.select_row(row)

    def next_speech(self) -> bool:
        return self.compilation_pane.move_selection(+1)

    def previous_speech(self) -> bool:
        return self.compilation_pane.move_selection(-1)

    def _on_compilation_changed(self, compilation: Compilation | None) -> None:
        if compilation is None:
            self.setWindowTitle("Huidu 汇读")
            self.counts_label.setText(self.tr("No compilation open"))
        else:
            self.setWindowTitle(f"{display_name(compilation)} — Huidu 汇读")
            counts = self.tr("%1 speeches · %2 characters")
            counts = counts.replace("%1", str(len(compilation.speeches)))
            self.counts_label.setText(counts.replace("%2", f"{count_characters(compilation):,}"))
        has_speeches = bool(compilation and compilation.speeches)
        self.action_next.setEnabled(has_speeches)
        self.action_previous.setEnabled(has_speeches)

    def _on_speech_changed(self, speech: Speech | None) -> None:
        self.reading_pane.show_speech(speech)

    # --- the rest -----------------------------------------------------------------------------

    def show_about(self) -> None:
        text = self.tr(
            "<b>Huidu %1</b><p>A reader and excerpt workbench for Chinese speech compilations.</p>"
        )
        QMessageBox.about(self, self.tr("About Huidu"), text.replace("%1", __version__))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._pool.clear()  # drop files not started yet; a parse already running finishes on its own
        super().closeEvent(event)
