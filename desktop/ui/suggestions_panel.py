"""Suggestions for the speech being read: its quotations as ready-made marks, its keywords as tags.

Speeches quote their authorities in a fixed form (习近平总书记强调：“……”); ``desktop.core.search.suggest``
finds every such quotation no mark covers yet, and the speech's top keywords by jieba's TF-IDF. Both
are read by ``LibraryJob``s on the panel's own pool — the quotations at once, the keywords once jieba is
loaded (about a second, the first time), so the slow half never holds up the fast one.

Accepting a quotation (its Accept button, a double-click or Enter) does not write anything here: it
emits ``acceptRequested(speech_id, start, end)`` for the main window to make the mark through its undo
stack, and the suggestion leaves the list. A keyword is offered through ``keywordActivated(name)``.
The two lists' models and the quotations' delegate are ``desktop.ui.suggestion_lists``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from desktop.core.search import segment
from desktop.core.search.suggest import (
    QuotationSuggestion,
    TagSuggestion,
    quotation_suggestions,
    tag_suggestions,
)
from desktop.core.store import Library
from desktop.ui.suggestion_lists import SUGGESTION_ROLE, KeywordModel, QuotationDelegate, QuotationModel
from desktop.ui.workers import JobRunner, LibraryJob

KEYWORD_COUNT = 8


def read_quotations(speech_id: int) -> Callable[[Library, LibraryJob], list[QuotationSuggestion]]:
    def work(library: Library, _job: LibraryJob) -> list[QuotationSuggestion]:
        return quotation_suggestions(library, speech_id)

    return work


def read_keywords(speech_id: int, count: int) -> Callable[[Library, LibraryJob], list[TagSuggestion]]:
    def work(library: Library, _job: LibraryJob) -> list[TagSuggestion]:
        return tag_suggestions(library, speech_id, count)

    return work


class SuggestionsPanel(QWidget):
    """Quotations to mark and keywords to tag with, for one speech (``set_speech``)."""

    acceptRequested = Signal(int, int, int)  # speech_id, start, end of the quotation (lead-in included)
    keywordActivated = Signal(str)
    quotationsShown = Signal()  # the quotations of the current speech are in the list
    keywordsShown = Signal()
    libraryChanged = Signal()  # never emitted here (the panel only reads); kept for a uniform interface

    def __init__(self, library_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.library_path = Path(library_path)
        self.speech_id: int | None = None
        self._runner = JobRunner(self, threads=2)
        self._quotation_token = 0
        self._keyword_token = 0
        self._quotations_state = "none"  # none | loading | shown | failed
        self._keywords_state = "none"  # none | loading-dictionary | loading | shown | failed
        self._error = ""

        self.quotations_label = QLabel(self)
        self.quotations_label.setObjectName("quotationsHeading")
        self.quotation_model = QuotationModel(self)
        self.quotation_view = QListView(self)
        self.quotation_view.setObjectName("quotationList")
        self.quotation_view.setModel(self.quotation_model)
        self.delegate = QuotationDelegate(self.quotation_view)
        self.quotation_view.setItemDelegate(self.delegate)
        self.quotation_view.setUniformItemSizes(False)
        self.quotation_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.quotation_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.quotation_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.quotation_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quotation_view.setMouseTracking(True)
        self.quotation_status = QLabel(self)
        self.quotation_status.setObjectName("quotationsStatus")
        self.quotation_status.setWordWrap(True)
        self.quotation_status.setStyleSheet("color: palette(placeholder-text);")

        self.keywords_label = QLabel(self)
        self.keywords_label.setObjectName("keywordsHeading")
        self.keyword_model = KeywordModel(self)
        self.keyword_view = QListView(self)
        self.keyword_view.setObjectName("keywordList")
        self.keyword_view.setModel(self.keyword_model)
        self.keyword_view.setFlow(QListView.Flow.LeftToRight)
        self.keyword_view.setWrapping(True)
        self.keyword_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.keyword_view.setSpacing(3)
        self.keyword_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keyword_view.setMaximumHeight(self.fontMetrics().height() * 5)
        self.keyword_status = QLabel(self)
        self.keyword_status.setObjectName("keywordsStatus")
        self.keyword_status.setWordWrap(True)
        self.keyword_status.setStyleSheet("color: palette(placeholder-text);")

        for heading in (self.quotations_label, self.keywords_label):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.quotations_label)
        layout.addWidget(self.quotation_status)
        layout.addWidget(self.quotation_view, 1)
        layout.addSpacing(6)
        layout.addWidget(self.keywords_label)
        layout.addWidget(self.keyword_status)
        layout.addWidget(self.keyword_view)

        self.delegate.acceptClicked.connect(self.accept_row)
        self.quotation_view.doubleClicked.connect(self.accept)
        self.quotation_view.installEventFilter(self)
        self.keyword_view.activated.connect(self._on_keyword_activated)
        self.retranslateUi()

    # --- public -----------------------------------------------------------------------------

    def set_speech(self, speech_id: int | None) -> None:
        """Show the suggestions for this speech (None: none)."""
        self.speech_id = speech_id
        self.refresh()

    def refresh(self) -> None:
        """Read the suggestions again (after marks or tags changed)."""
        self._runner.drop_queued("quotations")
        self._runner.drop_queued("keywords")
        speech_id = self.speech_id
        if speech_id is None:
            self._quotation_token = self._keyword_token = 0
            self.quotation_model.set_suggestions([])
            self.keyword_model.set_suggestions([])
            self._quotations_state = self._keywords_state = "none"
            self._update_status()
            return
        self._quotations_state = "loading"
        self._keywords_state = "loading" if segment.is_loaded() else "loading-dictionary"
        self._update_status()
        self._quotation_token = self._runner.start(
            self.library_path,
            read_quotations(speech_id),
            self._on_quotations,
            self._on_failed,
            kind="quotations",
        ).token
        self._keyword_token = self._runner.start(
            self.library_path,
            read_keywords(speech_id, KEYWORD_COUNT),
            self._on_keywords,
            self._on_failed,
            kind="keywords",
        ).token

    def set_library_path(self, library_path: Path) -> None:
        self.library_path = Path(library_path)
        self.refresh()

    def quotations(self) -> list[QuotationSuggestion]:
        return self.quotation_model.suggestions()

    def keywords(self) -> list[TagSuggestion]:
        return self.keyword_model.suggestions()

    def is_busy(self) -> bool:
        return self._runner.busy()

    def accept_row(self, row: int) -> None:
        self.accept(self.quotation_model.index(row))

    def accept(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Ask for the quotation at ``index`` to be marked, and take it off the list."""
        item = self.quotation_model.suggestion(index.row()) if index.isValid() else None
        if item is None or self.speech_id is None:
            return
        self.quotation_model.remove(item)
        self._update_status()
        self.acceptRequested.emit(self.speech_id, item.start, item.end)

    # --- results ----------------------------------------------------------------------------

    def _on_quotations(self, token: int, result: object) -> None:
        if token != self._quotation_token or not isinstance(result, list):
            return
        self._quotation_token = 0
        self.quotation_model.set_suggestions(result)
        self._quotations_state = "shown"
        self._update_status()
        self.quotationsShown.emit()

    def _on_keywords(self, token: int, result: object) -> None:
        if token != self._keyword_token or not isinstance(result, list):
            return
        self._keyword_token = 0
        self.keyword_model.set_suggestions(result)
        self._keywords_state = "shown"
        self._update_status()
        self.keywordsShown.emit()

    def _on_failed(self, token: int, message: str, expected: bool) -> None:
        if token not in (self._quotation_token, self._keyword_token):
            return
        self._error = message if expected else self.tr("Unexpected error: %1").replace("%1", message)
        if token == self._quotation_token:
            self._quotation_token = 0
            self._quotations_state = "failed"
        else:
            self._keyword_token = 0
            self._keywords_state = "failed"
        self._update_status()

    def _on_keyword_activated(self, index: QModelIndex) -> None:
        item = index.data(SUGGESTION_ROLE)
        if isinstance(item, TagSuggestion):
            self.keywordActivated.emit(item.name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.quotation_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.accept(self.quotation_view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    # --- texts ------------------------------------------------------------------------------

    def _update_status(self) -> None:
        quotation_text = {
            "none": self.tr("Open a speech to see the quotations it holds."),
            "loading": self.tr("Looking for quotations…"),
            "failed": self._error,
        }.get(self._quotations_state)
        if self._quotations_state == "shown":
            count = self.quotation_model.rowCount()
            quotation_text = self.tr("No quotations left to mark in this speech.") if count == 0 else ""
        self.quotation_status.setText(quotation_text or "")
        self.quotation_status.setVisible(bool(quotation_text))
        keyword_text = {
            "none": "",
            "loading-dictionary": self.tr("Loading the dictionary…"),
            "loading": self.tr("Finding keywords…"),
            "failed": self._error,
        }.get(self._keywords_state)
        if self._keywords_state == "shown" and not self.keyword_model.rowCount():
            keyword_text = self.tr("No keywords found.")
        self.keyword_status.setText(keyword_text or "")
        self.keyword_status.setVisible(bool(keyword_text))
        count = self.quotation_model.rowCount()
        self.quotations_label.setText(
            self.tr("Quotations (%1)").replace("%1", str(count))
            if self._quotations_state == "shown"
            else self.tr("Quotations")
        )

    def retranslateUi(self) -> None:
        self.keywords_label.setText(self.tr("Keywords"))
        self.keyword_view.setToolTip(self.tr("Double-click a keyword to use it as a tag"))
        self._update_status()
        self.quotation_view.viewport().update()  # the Accept buttons are drawn in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
