"""The search panel: type a word or a phrase, see every hit in the library, open one in the reader.

Searching is one core call (``desktop.core.search.query.search``) run by a ``LibraryJob`` on the
panel's own one-thread pool: the job opens its own ``Library`` on the library's path (a SQLite
connection belongs to the thread that uses it) and jieba is loaded there the first time, which takes
about a second — the panel says “Loading the dictionary…” meanwhile. Typing is debounced; a result
that arrives after the query changed is dropped. “Mark every hit…” asks for a tag and a colour and
runs ``mark_all`` the same way, then emits ``libraryChanged``.

``LibraryJob`` is the generic worker the other panels (suggestions, export) use too: one function of
an open library, run off the GUI thread, with progress and a cancel flag.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import HuiduError
from desktop.core.search import segment
from desktop.core.search.query import MarkAllResult, SearchHit, SearchResult, mark_all, search
from desktop.core.store import COLORS, Library
from desktop.core.store.records import DEFAULT_COLOR
from desktop.ui.tag_manager import color_label, swatch_icon, user_message

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 250
RESULT_LIMIT = 500
HIT_BACKGROUND = COLORS["yellow"]
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, HIT_ROLE) -> SearchHit


# --- the worker ---------------------------------------------------------------------------------


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


# --- the results list ---------------------------------------------------------------------------


class SearchResultsModel(QAbstractListModel):
    """The hits of one search, in rank order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[SearchHit, ...] = ()

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = tuple(hits)
        self.endResetModel()

    def hits(self) -> tuple[SearchHit, ...]:
        return self._hits

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.title}\n{hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.title
        return None


def hit_html(hit: SearchHit, text_color: str, hit_color: str = HIT_BACKGROUND) -> str:
    """The title in bold, then the snippet with the hit on a highlighter background."""
    snippet = hit.snippet
    start, end = hit.snippet_start, hit.snippet_end
    if not 0 <= start < end <= len(snippet):
        start = end = 0
    before, found, after = (
        html.escape(part) for part in (snippet[:start], snippet[start:end], snippet[end:])
    )
    return (
        f'<div style="color:{text_color}"><b>{html.escape(hit.title)}</b><br>'
        f'{before}<span style="background-color:{hit_color}; color:#000000; font-weight:600">{found}</span>'
        f"{after}</div>"
    )


class SearchHitDelegate(QStyledItemDelegate):
    """Draws a hit as rich text, wrapped to the view's width (the title, then the snippet)."""

    PADDING = 6

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        hit = index.data(HIT_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(hit_html(hit, palette.color(role).name()) if isinstance(hit, SearchHit) else "")
        document.setTextWidth(max(40, self._view.viewport().width() - 2 * self.PADDING))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        document = self._document(option, index)
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect: QRect = option.rect
        painter.save()
        painter.translate(rect.left() + self.PADDING, rect.top() + self.PADDING)
        painter.setClipRect(0, 0, rect.width() - self.PADDING, rect.height() - self.PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(self._view.viewport().width(), round(document.size().height()) + 2 * self.PADDING)


# --- marking every hit --------------------------------------------------------------------------


class MarkAllDialog(QDialog):
    """Which tag and colour every hit gets."""

    def __init__(
        self, query: str, hits: int, truncated: bool, tags: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("markAllDialog")
        self._query = query
        self._hits = hits
        self._truncated = truncated
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.tag_label = QLabel(self)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setObjectName("markAllTag")
        self.tag_combo.setEditable(True)
        self.tag_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag_combo.addItems(list(tags))
        self.tag_combo.setEditText(query.strip().strip('"'))
        self.tag_combo.setMinimumContentsLength(16)
        self.tag_label.setBuddy(self.tag_combo)
        self.color_label = QLabel(self)
        self.color_group = QButtonGroup(self)
        self.color_group.setExclusive(True)
        colors = QHBoxLayout()
        colors.setSpacing(2)
        for name in COLORS:
            button = QToolButton(self)
            button.setObjectName(f"markAllColor_{name}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setIcon(swatch_icon(name, 18))
            button.setIconSize(QSize(18, 18))
            button.setProperty("colorName", name)
            button.setChecked(name == DEFAULT_COLOR)
            self.color_group.addButton(button)
            colors.addWidget(button)
        colors.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tag_label, self.tag_combo)
        form.addRow(self.color_label, colors)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.tag_combo.editTextChanged.connect(self._update_ok)
        self.retranslateUi()
        self.setMinimumWidth(round(self.fontMetrics().horizontalAdvance("中") * 28))

    def tag(self) -> str:
        return self.tag_combo.currentText().strip()

    def color(self) -> str:
        button = self.color_group.checkedButton()
        return str(button.property("colorName")) if button else DEFAULT_COLOR

    def set_color(self, name: str) -> None:
        for button in self.color_group.buttons():
            button.setChecked(button.property("colorName") == name)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.tag()))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Mark Every Hit"))
        if self._truncated:
            count = self.tr("more than %n hits", "", self._hits)
        else:
            count = self.tr("%n hits", "", self._hits)
        self.intro.setText(
            self.tr("Every hit of “%1” in the library (%2) becomes a mark with this tag and colour.")
            .replace("%1", self._query)
            .replace("%2", count)
        )
        self.tag_label.setText(self.tr("&Tag:"))
        self.color_label.setText(self.tr("Colour:"))
        for button in self.color_group.buttons():
            button.setToolTip(color_label(str(button.property("colorName"))))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark"))
        self._update_ok()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


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
