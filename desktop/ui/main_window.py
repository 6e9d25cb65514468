"""The first window: open compilations, pick a speech, read it.

Opening a file is one core call (``desktop.core.parse.parse_file``) run by a ``ParseWorker`` on the
window's thread pool; this window only starts it and shows the outcome — the compilation, or one
clear sentence when the file cannot be read. The GUI thread never waits for a parse.

Every text the window shows is set in ``retranslateUi()``, called once at the end of ``__init__`` and
again on ``QEvent.LanguageChange`` (Settings › Language switches live): widgets are built without
text, and anything computed (counts, status) is recomputed from the current state, so a language
switch keeps the open compilation, the selected speech and the scroll position. Windows and panes
added later follow the same pattern.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QSplitter, QWidget

from desktop import __version__
from desktop.core.formats import SUPPORTED_SUFFIXES
from desktop.core.model import Compilation, Speech
from desktop.ui.compilation_pane import CompilationPane, display_name
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.settings_dialog import (
    LANGUAGE_CHOICES,
    SettingsDialog,
    apply_language_choice,
    choice_label,
    saved_choice,
)
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
        self.retranslateUi()
        self._on_compilation_changed(None)

    # --- actions and menus --------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.action_import = QAction(self)
        self.action_import.setObjectName("actionImport")
        self.action_import.setShortcut(QKeySequence.StandardKey.Open)
        self.action_import.triggered.connect(self.choose_files)

        self.action_quit = QAction(self)
        self.action_quit.setObjectName("actionQuit")
        self.action_quit.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit), QKeySequence("Ctrl+Q")])
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)

        self.action_next = QAction(self)
        self.action_next.setObjectName("actionNextSpeech")
        self.action_next.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Alt+Down")])
        self.action_next.triggered.connect(self.next_speech)

        self.action_previous = QAction(self)
        self.action_previous.setObjectName("actionPreviousSpeech")
        self.action_previous.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Alt+Up")])
        self.action_previous.triggered.connect(self.previous_speech)

        self.action_about = QAction(self)
        self.action_about.setObjectName("actionAbout")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self.show_about)

        self.action_settings = QAction(self)
        self.action_settings.setObjectName("actionSettings")
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_settings.setShortcut(QKeySequence.StandardKey.Preferences)
        self.action_settings.triggered.connect(self.show_settings)

        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for choice in LANGUAGE_CHOICES:
            action = QAction(self.language_group)
            action.setObjectName(f"actionLanguage_{choice}")
            action.setCheckable(True)
            action.setData(choice)
            self.language_actions[choice] = action
        self.language_group.triggered.connect(self._on_language_chosen)

    def _create_menus(self) -> None:
        menu_bar = self.menuBar()
        self.menu_file = menu_bar.addMenu("")
        self.menu_file.setObjectName("menuFile")
        self.menu_file.addAction(self.action_import)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_go = menu_bar.addMenu("")
        self.menu_go.setObjectName("menuGo")
        self.menu_go.addAction(self.action_previous)
        self.menu_go.addAction(self.action_next)
        self.menu_settings = menu_bar.addMenu("")
        self.menu_settings.setObjectName("menuSettings")
        self.menu_language = QMenu(self.menu_settings)
        self.menu_language.setObjectName("menuLanguage")
        self.menu_language.addActions(self.language_group.actions())
        self.menu_language.aboutToShow.connect(self._check_language_choice)
        self.menu_settings.addMenu(self.menu_language)
        self.menu_settings.addSeparator()
        self.menu_settings.addAction(self.action_settings)
        self.menu_help = menu_bar.addMenu("")
        self.menu_help.setObjectName("menuHelp")
        self.menu_help.addAction(self.action_about)

    def retranslateUi(self) -> None:  # Qt's name for it, as uic writes it
        """Set every text the window shows, in the current language (see the module docstring)."""
        self.action_import.setText(self.tr("&Open…"))
        self.action_import.setStatusTip(self.tr("Open a compilation (.txt, .docx, .pdf)"))
        self.action_quit.setText(self.tr("&Quit"))
        self.action_next.setText(self.tr("&Next Speech"))
        self.action_previous.setText(self.tr("&Previous Speech"))
        self.action_about.setText(self.tr("&About Huidu"))
        self.action_settings.setText(self.tr("&Preferences…"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        for choice, action in self.language_actions.items():
            action.setText(choice_label(choice))
        self._check_language_choice()
        self._update_counts(self.current_compilation())
        self._update_busy_message()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

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
        else:
            self.setWindowTitle(f"{display_name(compilation)} — Huidu 汇读")
        self._update_counts(compilation)
        has_speeches = bool(compilation and compilation.speeches)
        self.action_next.setEnabled(has_speeches)
        self.action_previous.setEnabled(has_speeches)

    def _update_counts(self, compilation: Compilation | None) -> None:
        if compilation is None:
            self.counts_label.setText(self.tr("No compilation open"))
            return
        speeches = self.tr("%n speeches", "", len(compilation.speeches))
        characters = self.tr("%1 characters").replace("%1", f"{count_characters(compilation):,}")
        self.counts_label.setText(f"{speeches} · {characters}")

    def _on_speech_changed(self, speech: Speech | None) -> None:
        self.reading_pane.show_speech(speech)

    # --- the rest -----------------------------------------------------------------------------

    def show_settings(self) -> None:
        """Settings › Preferences…: the settings window (modal; changes apply at once)."""
        dialog = SettingsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def _on_language_chosen(self, action: QAction) -> None:
        apply_language_choice(str(action.data()))

    def _check_language_choice(self) -> None:
        self.language_actions[saved_choice()].setChecked(True)

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
