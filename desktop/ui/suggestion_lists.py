"""The suggestions panel's two lists: quotations to accept as marks, and keywords to use as tags.

A quotation is drawn as wrapped rich text — who said it muted, the quotation itself plain — with an
Accept button painted at its right, which the delegate reports as ``acceptClicked(row)``; a keyword
already a tag in the library is shown in bold with a tick. Kept apart from the panel, which only
fetches the suggestions and says what it is doing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

from desktop.core.search.suggest import QuotationSuggestion, TagSuggestion

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1


class QuotationModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[QuotationSuggestion] = []

    def set_suggestions(self, items: Sequence[QuotationSuggestion]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def suggestions(self) -> list[QuotationSuggestion]:
        return list(self._items)

    def suggestion(self, row: int) -> QuotationSuggestion | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def remove(self, suggestion: QuotationSuggestion) -> None:
        if suggestion in self._items:
            row = self._items.index(suggestion)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        item = self.suggestion(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == SUGGESTION_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{item.speaker}{item.verb}：“{item.quote}”"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("SuggestionsPanel", "Double-click or press Enter to mark it")
        return None


class KeywordModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[TagSuggestion] = []

    def set_suggestions(self, items: Sequence[TagSuggestion]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def suggestions(self) -> list[TagSuggestion]:
        return list(self._items)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        item = self._items[index.row()] if index.isValid() and index.row() < len(self._items) else None
        if item is None:
            return None
        if role == SUGGESTION_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return f"✓ {item.name}" if item.exists else item.name
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.exists:
                return QCoreApplication.translate("SuggestionsPanel", "Already a tag in the library")
            return QCoreApplication.translate("SuggestionsPanel", "A keyword of this speech")
        if role == Qt.ItemDataRole.FontRole and item.exists:
            font = QFont()
            font.setBold(True)
            return font
        return None


def quotation_html(item: QuotationSuggestion, text_color: str, lead_color: str) -> str:
    lead = html.escape(f"{item.speaker}{item.verb}：")
    return f'<div style="color:{text_color}"><span style="color:{lead_color}">{lead}</span>“{html.escape(item.quote)}”</div>'


class QuotationDelegate(QStyledItemDelegate):
    """A quotation as wrapped rich text, with an Accept button drawn at its right."""

    acceptClicked = Signal(int)  # the row whose button was clicked
    PADDING = 6
    GAP = 8

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def button_text(self) -> str:
        return QCoreApplication.translate("SuggestionsPanel", "Accept")

    def _button_size(self) -> QSize:
        metrics = self._view.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.button_text()) + 24, metrics.height() + 10)

    def button_rect(self, item_rect: QRect) -> QRect:
        size = self._button_size()
        return QRect(
            item_rect.right() - self.PADDING - size.width() + 1,
            item_rect.top() + self.PADDING,
            size.width(),
            size.height(),
        )

    def _text_width(self) -> int:
        return max(
            40, self._view.viewport().width() - 2 * self.PADDING - self.GAP - self._button_size().width()
        )

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        item = index.data(SUGGESTION_ROLE)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        lead = (
            text
            if selected
            else QColor(  # the speaker and verb muted, halfway to the background
                (text.red() + base.red()) // 2,
                (text.green() + base.green()) // 2,
                (text.blue() + base.blue()) // 2,
            )
        )
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        if isinstance(item, QuotationSuggestion):
            document.setHtml(quotation_html(item, text.name(), lead.name()))
        document.setTextWidth(self._text_width())
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        document = self._document(option, index)
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect: QRect = option.rect
        painter.save()
        painter.translate(rect.left() + self.PADDING, rect.top() + self.PADDING)
        painter.setClipRect(0, 0, self._text_width(), rect.height())
        document.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()
        button = QStyleOptionButton()
        button.rect = self.button_rect(rect)
        button.text = self.button_text()
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        button.palette = self._view.palette()
        button.fontMetrics = self._view.fontMetrics()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        height = max(round(self._document(option, index).size().height()), self._button_size().height())
        return QSize(self._view.viewport().width(), height + 2 * self.PADDING)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self.button_rect(option.rect).contains(event.position().toPoint())
        ):
            self.acceptClicked.emit(index.row())
            return True
        return super().editorEvent(event, model, option, index)
