"""The search panel: type a word or a phrase, see every hit in the library, open one in the reader.

Searching is one core call (``desktop.core.search.query.search``) run by a ``LibraryJob``
(``desktop.ui.workers``) on the panel's own one-thread pool: the job opens its own ``Library`` on the
library's path (a SQLite connection belongs to the thread that uses it) and jieba is loaded there the
first time, which takes about a second — the panel says “Loading the dictionary…” meanwhile. Typing is
debounced; a result that arrives after the query changed is dropped. “Mark every hit…” asks for a tag
and a colour (``MarkAllDialog``) and runs ``mark_all`` the same way, then emits ``libraryChanged``.
The list of hits, its model and its delegate, is ``desktop.ui.search_results``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import HuiduError
from desktop.core.search import segment
from desktop.core.search.query import MarkAllResult, SearchResult, mark_all, search
from desktop.core.store import Library
from desktop.ui.mark_all_dialog import MarkAllDialog
from desktop.ui.messages import user_message
from desktop.ui.search_results import SearchHitDelegate, SearchResultsModel
from desktop.ui.workers import JobRunner, LibraryJob

DEBOUNCE_MS = 250
RESULT_LIMIT = 500


# --- the panel ----------------------------------------------------------------------------------


def run_search(query: str) -> Callable[[Library, LibraryJob], SearchResult]:
    def work(library: Library, _job: LibraryJob) -> SearchResult:
        segment.load()
        return search(library, query, limit=RESULT_LIMIT)

    return work


def run_mark_all(query: str, tag: str, color: str) -> Callable[[Library, LibraryJob], MarkAllResult]:
    def work(library: Library, _job: LibraryJob) -> MarkAllResult:
        return mark_all(library, query, tag=tag, color=color)

    return work


class SearchPanel(QWidget):
    """Full-text search over the library; emits ``openRequested(speech_id, start, end)`` for a hit."""

    openRequested = Signal(int, int, int)
    libraryChanged = Signal()
    searchFinished = Signal(object)  # SearchResult, once shown (tests and the status bar)
    searchFailed = Signal(str)
    markAllFinished = Signal(object)  # MarkAllResult

    def __init__(self, library_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.library_path = Path(library_path)
        self._runner = JobRunner(self)
        self._search_token = 0  # the job whose result is wanted
        self._shown: SearchResult | None = None
        self._state = "idle"  # idle | loading | searching | results | failed | marking | marked
        self._message = ""
        self._marked: MarkAllResult | None = None
        self._marked_tag = ""

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.mark_all_button = QPushButton(self)
        self.mark_all_button.setObjectName("markAllButton")
        self.mark_all_button.setEnabled(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("searchStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setStyleSheet("color: palette(placeholder-text);")

        self.model = SearchResultsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchHitDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.mark_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)

        self.search_box.textEdited.connect(self._on_text_edited)
        self.search_box.returnPressed.connect(self._on_return)
        self.search_box.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.clicked.connect(self.open_hit)
        self.mark_all_button.clicked.connect(self.ask_mark_all)
        self.retranslateUi()

    # --- public -----------------------------------------------------------------------------

    def query(self) -> str:
        return self.search_box.text().strip()

    def set_query(self, text: str) -> None:
        """Search for ``text`` at once (e.g. “search for the selection”)."""
        self.search_box.setText(text)
        self.search_now()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def refresh(self) -> None:
        """Run the current query again (the library changed)."""
        if self.query():
            self.search_now()

    def set_library_path(self, library_path: Path) -> None:
        self.library_path = Path(library_path)
        self.model.set_hits(())
        self._shown = None
        self.refresh()

    def result(self) -> SearchResult | None:
        """What the list shows."""
        return self._shown

    def is_busy(self) -> bool:
        return self._runner.busy()

    # --- searching --------------------------------------------------------------------------

    def _on_text_edited(self, _text: str) -> None:
        self._debounce.start()

    def _on_return(self) -> None:
        shown = self._shown
        if shown is not None and shown.query == self.query() and not self._debounce.isActive():
            self.open_hit(
                self.view.currentIndex() if self.view.currentIndex().isValid() else self.model.index(0)
            )
        else:
            self.search_now()

    def search_now(self) -> None:
        self._debounce.stop()
        query = self.query()
        self._runner.drop_queued("search")
        if not query:
            self._search_token = 0
            self._shown = None
            self.model.set_hits(())
            self._set_state("idle")
            return
        self._set_state("searching" if segment.is_loaded() else "loading")
        job = self._runner.start(
            self.library_path, run_search(query), self._on_search_done, self._on_search_failed, kind="search"
        )
        self._search_token = job.token

    def _on_search_done(self, token: int, result: object) -> None:
        if token != self._search_token or not isinstance(result, SearchResult):
            return  # a query typed since replaced it
        self._search_token = 0
        self._shown = result
        self.model.set_hits(result.hits)
        if result.hits:
            self.view.setCurrentIndex(self.model.index(0))
            self.view.scrollToTop()
        self._set_state("results")
        self.searchFinished.emit(result)

    def _on_search_failed(self, token: int, message: str, expected: bool) -> None:
        if token != self._search_token:
            return
        self._search_token = 0
        self._message = message if expected else self.tr("Unexpected error: %1").replace("%1", message)
        self._set_state("failed")
        self.searchFailed.emit(message)

    def open_hit(self, index: QModelIndex | QPersistentModelIndex) -> None:
        hit = self.model.hit(index.row()) if index.isValid() else None
        if hit is not None:
            self.openRequested.emit(hit.speech_id, hit.start, hit.end)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_hit(self.view.currentIndex())
                return True
            if watched is self.search_box and key == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.model.index(0))
                return True
        return super().eventFilter(watched, event)

    # --- marking every hit ------------------------------------------------------------------

    def ask_mark_all(self) -> MarkAllDialog | None:
        shown = self._shown
        if shown is None or not shown.hits:
            return None
        try:
            with Library.open(self.library_path) as library:  # a quick read on the GUI thread
                tags = [tag.name for tag in library.tags.list()]
        except HuiduError as error:
            self._message = user_message(error)
            self._set_state("failed")
            return None
        dialog = MarkAllDialog(shown.query, len(shown.hits), shown.truncated, tags, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_mark_all_accepted)
        dialog.open()
        return dialog

    def _on_mark_all_accepted(self) -> None:
        dialog = self.sender()
        shown = self._shown
        if isinstance(dialog, MarkAllDialog) and shown is not None and dialog.tag():
            self.mark_every_hit(shown.query, dialog.tag(), dialog.color())

    def mark_every_hit(self, query: str, tag: str, color: str) -> None:
        """Mark every hit of ``query`` in the library with ``tag`` and ``color`` (in the background)."""
        self._marked_tag = tag
        self._set_state("marking")
        self.mark_all_button.setEnabled(False)
        self._runner.start(
            self.library_path,
            run_mark_all(query, tag, color),
            self._on_mark_all_done,
            self._on_mark_all_failed,
        )

    def _on_mark_all_done(self, _token: int, result: object) -> None:
        if not isinstance(result, MarkAllResult):
            return
        self._marked = result
        self._set_state("marked")
        self.markAllFinished.emit(result)
        if result.created:
            self.libraryChanged.emit()

    def _on_mark_all_failed(self, _token: int, message: str, expected: bool) -> None:
        self._message = message if expected else self.tr("Unexpected error: %1").replace("%1", message)
        self._set_state("failed")

    # --- texts ------------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self._state = state
        self._update_status()

    def _update_status(self) -> None:
        state, shown = self._state, self._shown
        text = ""
        if state == "idle":
            text = self.tr("Type a word or a phrase to search every speech.")
        elif state == "loading":
            text = self.tr("Loading the dictionary…")
        elif state == "searching":
            text = self.tr("Searching…")
        elif state == "marking":
            text = self.tr("Marking every hit…")
        elif state == "failed":
            text = self._message
        elif state == "marked" and self._marked is not None:
            text = self.tr("Marked %n hits with “%1”.", "", len(self._marked.created)).replace(
                "%1", self._marked_tag
            )
            if self._marked.already_marked:
                text += " " + self.tr("%n were marked already.", "", self._marked.already_marked)
        elif state == "results" and shown is not None:
            if not shown.hits:
                text = self.tr("Nothing found for “%1”.").replace("%1", shown.query)
            else:
                hits = (
                    self.tr("more than %n hits", "", len(shown.hits))
                    if shown.truncated
                    else self.tr("%n hits", "", len(shown.hits))
                )
                speeches = self.tr("%n speeches", "", shown.speeches)
                text = self.tr("%1 in %2").replace("%1", hits).replace("%2", speeches)
        self.status_label.setText(text)
        self.mark_all_button.setEnabled(
            state in ("results", "marked") and shown is not None and bool(shown.hits)
        )

    def retranslateUi(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search the library"))
        self.search_box.setToolTip(
            self.tr("Words or phrases, all of which must occur; “……” stands for the rest of a line.")
        )
        self.mark_all_button.setText(self.tr("Mark &Every Hit…"))
        self.mark_all_button.setToolTip(self.tr("Mark every hit of this search with a tag and a colour"))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
