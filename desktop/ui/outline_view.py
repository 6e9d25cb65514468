"""The outline of the current speech: its headings as a tree; clicking one jumps to it.

Standalone headings (一、 （一） 1. …) nest by level; run-in headings (一是… 第一，…) hang under the
heading before them. The view only reports the offset (``headingActivated``); the window scrolls the
reading pane there.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from desktop.core.model import OutlineHeading

OFFSET_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
RUN_IN_DEPTH = 99  # run-in headings sit below every standalone level
MAX_TITLE_CHARS = 60


def heading_depth(heading: OutlineHeading) -> int:
    return RUN_IN_DEPTH if heading.run_in else heading.level


def outline_tree(outline: tuple[OutlineHeading, ...]) -> QStandardItemModel:
    """A model of the headings, each item under the nearest earlier heading of a higher rank."""
    model = QStandardItemModel()
    stack: list[tuple[int, QStandardItem]] = []
    for heading in sorted(outline, key=lambda h: h.offset):
        text = " ".join(heading.text.split())
        item = QStandardItem(text if len(text) <= MAX_TITLE_CHARS else text[: MAX_TITLE_CHARS - 1] + "…")
        item.setEditable(False)
        item.setToolTip(text)
        item.setData(heading.offset, OFFSET_ROLE)
        item.setData(heading.level, LEVEL_ROLE)
        depth = heading_depth(heading)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1] if stack else model.invisibleRootItem()
        parent.appendRow(item)
        stack.append((depth, item))
    return model


class OutlineView(QTreeView):
    headingActivated = Signal(int)  # offset of the heading in the speech's text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlineView")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.clicked.connect(self._on_activated)
        self.activated.connect(self._on_activated)

    def set_outline(self, outline: tuple[OutlineHeading, ...]) -> None:
        old = self._model
        self._model = outline_tree(outline)
        self._model.setParent(self)
        self.setModel(self._model)
        old.deleteLater()
        self.expandToDepth(0)

    def headings(self) -> list[tuple[str, int]]:
        """(text, offset) of every heading, depth first (tests)."""
        found: list[tuple[str, int]] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self._model.rowCount(parent)):
                index = self._model.index(row, 0, parent)
                found.append((index.data(Qt.ItemDataRole.ToolTipRole), index.data(OFFSET_ROLE)))
                walk(index)

        walk(QModelIndex())
        return found

    def index_of_offset(self, offset: int) -> QModelIndex:
        def walk(parent: QModelIndex) -> QModelIndex:
            for row in range(self._model.rowCount(parent)):
                index = self._model.index(row, 0, parent)
                if index.data(OFFSET_ROLE) == offset:
                    return index
                found = walk(index)
                if found.isValid():
                    return found
            return QModelIndex()

        return walk(QModelIndex())

    def _on_activated(self, index: QModelIndex) -> None:
        offset = index.data(OFFSET_ROLE)
        if offset is not None:
            self.headingActivated.emit(int(offset))
