"""The search panel's list of hits: a model of one search's hits, and a delegate that draws each one.

A hit is drawn as rich text wrapped to the list's width — the speech's title in bold, then the snippet
with the words found on a highlighter background — which a plain item view cannot do, hence the
delegate. Kept apart from the panel, which only runs searches and says what it is doing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.search.query import SearchHit
from desktop.core.store import COLORS

HIT_BACKGROUND = COLORS["yellow"]
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, HIT_ROLE) -> SearchHit


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
