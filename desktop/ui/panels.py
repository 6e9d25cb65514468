"""Puts the search, suggestions, tag manager and export into the main window and wires them up.

The window knows nothing of these widgets and they know nothing of it: each emits what the user asked
for (open a speech at a hit, accept a suggestion, the library changed) and this module connects that to
the window's one way of doing things — its undoable commands and ``refresh``. Kept apart so the window
stays about reading and marking, and so a test can build a window with or without the panels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject

from desktop.core.search.query import MarkAllResult
from desktop.core.store import SpeechRecord
from desktop.ui.commands import Change
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.search_panel import SearchPanel
from desktop.ui.suggestions_panel import SuggestionsPanel
from desktop.ui.tag_manager import TagManagerDialog

TAG_CHANGE = Change(marks=True, tags=True)


class Panels(QObject):
    """Owns the panels of one main window (``install_panels``)."""

    def __init__(self, window: MainWindow, library_path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.library_path = library_path
        self.search = SearchPanel(library_path, window)
        self.suggestions = SuggestionsPanel(library_path, window)
        self._tag_manager: TagManagerDialog | None = None
        self._export: ExportDialog | None = None
        self._search_tab = window.add_side_panel(self.search, "", left=True)
        self._suggestions_tab = window.add_side_panel(self.suggestions, "")
        window.set_search_widget(self.search)

        # Suggestions need the segmenter (keywords): computed only while their tab is shown, so that
        # start-up (which reopens the last speech) never loads jieba, and hidden work is not done.
        self._suggestions_for: int | None = None  # the speech the suggestions should be about
        self._suggestions_stale = True
        window.side_tabs.currentChanged.connect(self._side_tab_changed)

        self.search.openRequested.connect(self._open_hit)
        self.search.markAllFinished.connect(self._adopt_hits)
        self.suggestions.acceptRequested.connect(self._accept_suggestion)
        self.suggestions.keywordActivated.connect(self._search_keyword)
        window.speechOpened.connect(self._speech_opened)
        window.libraryChanged.connect(self._library_changed)
        window.importFinished.connect(self._import_finished)  # once a batch, not once a file

        window.action_tag_manager.triggered.connect(self.open_tag_manager)
        window.action_tag_manager.setEnabled(True)
        window.action_export.triggered.connect(self.open_export)
        window.action_export.setEnabled(True)

        window.installEventFilter(self)
        self.retranslate()
        self._speech_opened(window.current_speech())

    # --- what the panels ask for -----------------------------------------------------------------

    def _open_hit(self, speech_id: int, start: int, end: int) -> None:
        self.window.open_speech(speech_id, start, end, flash=True)

    def _adopt_hits(self, result: MarkAllResult) -> None:
        # The marks exist already (made in the search worker); this makes them one undoable step.
        text = self.tr("Mark every hit of “%1”").replace("%1", result.search.query)
        self.window.adopt_marks(result.created, text)

    def _accept_suggestion(self, speech_id: int, start: int, end: int) -> None:
        self.window.mark_span(speech_id, start, end)

    def _search_keyword(self, word: str) -> None:
        self.window.focus_search()
        self.search.set_query(word)

    def _speech_opened(self, speech: SpeechRecord | None) -> None:
        self._suggestions_for = speech.id if speech is not None else None
        self._suggestions_stale = True
        self._update_suggestions()

    def _library_changed(self, change: Change) -> None:
        if change.speeches:
            self.search.refresh()  # the texts searched changed (a correction)
        if change.marks or change.tags or change.speeches:
            self._suggestions_stale = True  # a quotation just marked is no longer suggested
            self._update_suggestions()

    def _import_finished(self, _outcomes: object) -> None:
        self.search.refresh()

    def _side_tab_changed(self, _index: int) -> None:
        self._update_suggestions()

    def _update_suggestions(self) -> None:
        if not self._suggestions_stale or self.window.side_tabs.currentWidget() is not self.suggestions:
            return
        self._suggestions_stale = False
        if self.suggestions.speech_id == self._suggestions_for:
            self.suggestions.refresh()
        else:
            self.suggestions.set_speech(self._suggestions_for)

    # --- dialogs ---------------------------------------------------------------------------------

    def open_tag_manager(self) -> TagManagerDialog:
        if self._tag_manager is None:
            self._tag_manager = TagManagerDialog(self.window.library, self.window)
            self._tag_manager.libraryChanged.connect(self._tags_changed)
        self._tag_manager.refresh()
        self._tag_manager.open()
        return self._tag_manager

    def _tags_changed(self) -> None:
        # Tag renames, merges and deletions are not undoable, and commands on the stack hold marks
        # with the old tag names: undoing one of them would bring a deleted tag back. So, as Anki does
        # after an operation it cannot undo, the stack is cleared.
        self.window.undo_stack.clear()
        self.window.refresh(TAG_CHANGE)

    def open_export(self) -> ExportDialog:
        if self._export is None:  # one dialog per window: its choices stay for the next export
            self._export = ExportDialog(self.window.library, self.library_path, self.window)
        self._export.refresh()
        mark = self.window.current_mark()
        if mark is not None and mark.tags:
            self._export.set_checked_tags(mark.tags)
        self._export.open()
        return self._export

    # --- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.window.left_tabs.setTabText(self._search_tab, self.tr("Search"))
        self.window.side_tabs.setTabText(self._suggestions_tab, self.tr("Suggestions"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install_panels(window: MainWindow) -> Panels:
    path = window.library.path
    if path is None:
        raise ValueError("the panels need a library file: their workers open their own connection")
    return Panels(window, path)
