"""The library's tags as a tree by “/”: the nodes, and the model the tag manager shows them in.

Tags are stored flat (金句/排比 is one tag); ``build_tag_tree`` makes every “/” level a node, with the
parents that exist only through their children (金句) as nodes without a tag of their own. The tag
manager shows the tree through ``TagTreeModel`` (name with its colour swatch, marks, marks including
sub-tags) behind ``TagFilterModel``; the export dialog builds its checkable tag list from the same
nodes. Kept apart from the tag manager's dialogs so both read the tree the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desktop.core.store import Tag
from desktop.ui.colors import color_label, swatch_icon

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the tag's full name (金句/排比)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_COLUMN, COUNT_COLUMN, TOTAL_COLUMN = range(3)
IMPLIED_COLOR = "#8a8a8a"

_ROOT = QModelIndex()


# --- the nodes ----------------------------------------------------------------------------------


@dataclass(eq=False)
class TagNode:
    name: str  # full name: 金句/排比
    tag: Tag | None  # None: a parent that exists only through its children
    parent: TagNode | None = None
    children: list[TagNode] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.name.rsplit("/", 1)[-1]

    @property
    def count(self) -> int:
        return self.tag.count if self.tag else 0

    @property
    def color(self) -> str | None:
        return self.tag.color if self.tag else None

    @property
    def total(self) -> int:
        """Marks on this tag and its descendants (what filtering by it selects, counted per tag)."""
        return self.count + sum(child.total for child in self.children)


def build_tag_tree(tags: Iterable[Tag]) -> list[TagNode]:
    """Top-level nodes; every “/” level becomes a node, implied parents included, sorted by name."""
    nodes: dict[str, TagNode] = {}
    roots: list[TagNode] = []

    def node_for(name: str, tag: Tag | None) -> TagNode:
        node = nodes.get(name)
        if node is None:
            parent_name = name.rsplit("/", 1)[0] if "/" in name else None
            parent = node_for(parent_name, None) if parent_name else None
            node = TagNode(name=name, tag=tag, parent=parent)
            nodes[name] = node
            (parent.children if parent else roots).append(node)
        elif tag is not None:
            node.tag = tag
        return node

    for tag in sorted(tags, key=lambda t: t.name):
        node_for(tag.name, tag)
    return roots


def walk(nodes: Sequence[TagNode]) -> Iterator[TagNode]:
    for node in nodes:
        yield node
        yield from walk(node.children)


# --- the model ----------------------------------------------------------------------------------


class TagTreeModel(QAbstractItemModel):
    """The library's tags as a tree: name (with colour swatch), marks, marks including sub-tags.

    Editing a name does not rename anything itself: it emits ``renameRequested(old, new)`` for the
    dialog to carry out, and the tree is rebuilt from the library afterwards.
    """

    renameRequested = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[TagNode] = []

    def set_tags(self, tags: Iterable[Tag]) -> None:
        self.beginResetModel()
        self._roots = build_tag_tree(tags)
        self.endResetModel()

    def nodes(self) -> Iterator[TagNode]:
        return walk(self._roots)

    def node(self, index: QModelIndex | QPersistentModelIndex) -> TagNode | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, TagNode) else None

    def index_of(self, name: str, column: int = NAME_COLUMN) -> QModelIndex:
        for node in self.nodes():
            if node.name == name:
                return self.createIndex(self._row(node), column, node)
        return QModelIndex()

    def _row(self, node: TagNode) -> int:
        return (node.parent.children if node.parent else self._roots).index(node)

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        parent_node = self.node(parent)
        children = parent_node.children if parent_node else self._roots
        if 0 <= row < len(children) and 0 <= column < self.columnCount():
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(self._row(node.parent), 0, node.parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid() and parent.column() != NAME_COLUMN:
            return 0
        node = self.node(parent)
        return len(node.children) if node else len(self._roots)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 3

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == NAME_ROLE:
            return node.name
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME_COLUMN:
                return node.label
            if column == COUNT_COLUMN:
                return str(node.count) if node.tag else "—"
            return str(node.total) if node.children else ""
        if role == Qt.ItemDataRole.EditRole and column == NAME_COLUMN:
            return node.name  # the full name: editing it can also move the tag elsewhere in the tree
        if role == SORT_ROLE:
            return (node.label, node.count, node.total)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == NAME_COLUMN:
            return swatch_icon(node.color)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and node.tag is None:
            return QColor(IMPLIED_COLOR)
        if role == Qt.ItemDataRole.FontRole and node.tag is None and column == NAME_COLUMN:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        return None

    def _tooltip(self, node: TagNode) -> str:
        lines = [node.name]
        if node.tag is None:
            lines.append(self.tr("Exists through its sub-tags only"))
        else:
            lines.append(self.tr("%n marks", "", node.count))
            if node.color:
                lines.append(self.tr("Colour: %1").replace("%1", color_label(node.color)))
        if node.children:
            lines.append(self.tr("%n marks including sub-tags", "", node.total))
        return "\n".join(lines)

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole or index.column() != NAME_COLUMN:
            return False
        new = str(value).strip()
        if new and new != node.name:
            self.renameRequested.emit(node.name, new)
        return False  # the library changes (or not); the dialog rebuilds the tree from it

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Tag"), self.tr("Marks"), self.tr("With sub-tags"))[section]


class TagFilterModel(QSortFilterProxyModel):
    """Filters on the full name (so 排比 finds 金句/排比) and keeps the ancestors of what matches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(NAME_ROLE)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
