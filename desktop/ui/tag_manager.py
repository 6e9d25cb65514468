"""The tag manager: every tag of the library as a tree by “/”, with its colour and how many marks carry it.

Each action is one call on ``library.tags`` (rename, merge, delete, set_color) and the tree is then read
again from the library, which stays the truth; ``libraryChanged`` tells the main window to refresh its
views. The core has no inverse for merge and delete (the marks' old tags are gone), so those two ask
first and say how many marks they touch; rename and colour are undone by doing them again.

A parent such as 金句 may exist only through its children (金句/排比): it is shown in grey italics, can be
renamed (its children move with it), but carries no marks, colour or row of its own to delete.

Also here, because the search panel and the export dialog draw tags and colours the same way: the tag
tree built from flat “/” names, colour swatches, and the palette's translated colour names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import HuiduError
from desktop.core.store import COLORS, Library, Tag, TagExistsError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.ui.messages import user_message

# The palette's names as the reader sees them (the store keeps the English keys).
COLOR_NAMES: dict[str, str] = {
    "yellow": QT_TRANSLATE_NOOP("Colors", "Yellow"),
    "green": QT_TRANSLATE_NOOP("Colors", "Green"),
    "blue": QT_TRANSLATE_NOOP("Colors", "Blue"),
    "pink": QT_TRANSLATE_NOOP("Colors", "Pink"),
    "purple": QT_TRANSLATE_NOOP("Colors", "Purple"),
    "orange": QT_TRANSLATE_NOOP("Colors", "Orange"),
    "red": QT_TRANSLATE_NOOP("Colors", "Red"),
    "grey": QT_TRANSLATE_NOOP("Colors", "Grey"),
}

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the tag's full name (金句/排比)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_COLUMN, COUNT_COLUMN, TOTAL_COLUMN = range(3)
IMPLIED_COLOR = "#8a8a8a"

_ROOT = QModelIndex()


def color_label(color: str) -> str:
    """“Yellow”/“黄色” for a palette name, the hex code itself for any other colour."""
    source = COLOR_NAMES.get(color)
    return QCoreApplication.translate("Colors", source) if source else color


def color_hex(color: str | None) -> str | None:
    if not color:
        return None
    return COLORS.get(color, color)


def swatch_icon(color: str | None, size: int = 14, *, outline_if_none: bool = False) -> QIcon:
    """A rounded square of the colour; for “no colour”, nothing (names stay aligned) or an empty outline."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    value = color_hex(color)
    if value or outline_if_none:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 90))
        painter.setBrush(QColor(value) if value else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
        painter.end()
    return QIcon(pixmap)


# --- the tree of tags -------------------------------------------------------------------------


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


# --- dialogs ----------------------------------------------------------------------------------


class MergeTagsDialog(QDialog):
    """Which tag the selected ones become: one of them, or a new name."""

    def __init__(self, names: Sequence[str], marks: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeTagsDialog")
        self._names = list(names)
        self._marks = marks
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.target_label = QLabel(self)
        self.target = QComboBox(self)
        self.target.setObjectName("mergeTarget")
        self.target.setEditable(True)
        self.target.addItems(self._names)
        self.target.setMinimumContentsLength(16)
        self.target_label.setBuddy(self.target)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.target_label)
        row.addWidget(self.target, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.target.currentTextChanged.connect(self._update_ok)
        self.retranslateUi()
        self.setMinimumWidth(round(self.fontMetrics().horizontalAdvance("中") * 26))

    def target_name(self) -> str:
        return self.target.currentText().strip()

    def sources(self) -> list[str]:
        return [name for name in self._names if name != self.target_name()]

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.target_name()))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Merge Tags"))
        self.intro.setText(
            self.tr(
                "Merge %n tags into one. Their %1 marks will carry the tag chosen here instead.",
                "",
                len(self._names),
            ).replace("%1", str(self._marks))
        )
        self.target_label.setText(self.tr("&Merge into:"))
        self.warning.setText(self.tr("The other tags are deleted. This cannot be undone."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self._update_ok()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class TagManagerDialog(QDialog):
    """Rename, merge, delete and colour the library's tags; the counts shown are read from the library."""

    libraryChanged = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagManager")
        self.library = library

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("tagFilter")
        self.filter_edit.setClearButtonEnabled(True)

        self.model = TagTreeModel(self)
        self.proxy = TagFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView(self)
        self.view.setObjectName("tagTree")
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setIconSize(QSize(14, 14))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TOTAL_COLUMN, QHeaderView.ResizeMode.ResizeToContents)

        self.rename_button = QPushButton(self)
        self.rename_button.setObjectName("renameTagButton")
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("mergeTagsButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteTagsButton")
        self.color_button = QToolButton(self)
        self.color_button.setObjectName("tagColorButton")
        self.color_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.color_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.color_menu = QMenu(self.color_button)
        self.color_button.setMenu(self.color_menu)
        self._color_actions: dict[str, QAction] = {}
        for name in COLORS:
            action = self.color_menu.addAction(swatch_icon(name), "")
            action.triggered.connect(self._on_palette_action)
            action.setData(name)
            self._color_actions[name] = action
        self.color_menu.addSeparator()
        self.other_color_action = self.color_menu.addAction("")
        self.other_color_action.triggered.connect(self.choose_other_color)
        self.no_color_action = self.color_menu.addAction(swatch_icon(None, outline_if_none=True), "")
        self.no_color_action.setData("")
        self.no_color_action.triggered.connect(self._on_palette_action)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("tagSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        actions = QVBoxLayout()
        for button in (self.rename_button, self.merge_button, self.delete_button, self.color_button):
            actions.addWidget(button)
        self.color_button.setSizePolicy(self.rename_button.sizePolicy())  # as wide as the push buttons
        actions.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addLayout(middle, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.model.renameRequested.connect(self.rename_tag)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.rename_button.clicked.connect(self.edit_selected)
        self.merge_button.clicked.connect(self.ask_merge)
        self.delete_button.clicked.connect(self.ask_delete)

        self._pending_delete: list[str] = []
        self.refresh()
        self.retranslateUi()
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(round(em * 34), round(em * 30))

    # --- reading ----------------------------------------------------------------------------

    def refresh(self, select: Sequence[str] = ()) -> None:
        """Read the tags again; ``select`` names the tags to select afterwards (else the same ones)."""
        keep = list(select) or self.selected_names(existing_only=False)
        self.model.set_tags(self.library.tags.list())
        self.view.expandAll()
        selection = self.view.selectionModel()
        found = [self.proxy.mapFromSource(self.model.index_of(name)) for name in keep]
        for number, index in enumerate(i for i in found if i.isValid()):
            if number == 0:
                self.view.setCurrentIndex(index)  # selects its row alone
            else:
                selection.select(
                    index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                )
        self._update_summary()
        self._update_buttons()

    def tag_row(self, name: str) -> tuple[str, str, str] | None:
        """What the tree shows for ``name``: (label, marks, marks with sub-tags) — for tests and scripts."""
        index = self.model.index_of(name)
        if not index.isValid():
            return None
        label, marks, total = (
            str(self.model.index(index.row(), column, index.parent()).data() or "") for column in range(3)
        )
        return label, marks, total

    def selected_nodes(self) -> list[TagNode]:
        rows = self.view.selectionModel().selectedRows(NAME_COLUMN)
        nodes = [self.model.node(self.proxy.mapToSource(index)) for index in rows]
        return [node for node in nodes if node is not None]

    def selected_names(self, *, existing_only: bool = True) -> list[str]:
        return [n.name for n in self.selected_nodes() if n.tag is not None or not existing_only]

    def select_names(self, names: Iterable[str]) -> None:
        self.view.selectionModel().clearSelection()
        self.refresh(select=list(names))

    # --- actions: each one core call --------------------------------------------------------

    def rename_tag(self, old: str, new: str) -> bool:
        """Rename ``old`` (and its sub-tags); onto an existing tag, offer to merge instead."""
        try:
            renamed = self.library.tags.rename(old, new)
        except TagExistsError:
            answer = QMessageBox.question(
                self,
                self.tr("Tag Exists"),
                self.tr("There is already a tag “%1”. Merge “%2” into it? This cannot be undone.")
                .replace("%1", new)
                .replace("%2", old),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return self.merge_tags([old], new)
        except HuiduError as error:
            self._show_error(user_message(error))
            return False
        self._changed(select=[renamed.name])
        return True

    def merge_tags(self, sources: Sequence[str], target: str) -> bool:
        """Give the marks of every tag in ``sources`` the tag ``target`` instead (one action)."""
        try:
            with self.library.transaction():
                for source in sources:
                    if source != target:
                        self.library.tags.merge(source, target)
        except HuiduError as error:
            self._show_error(user_message(error))
            return False
        self._changed(select=[target.strip()])
        return True

    def delete_tags(self, names: Sequence[str]) -> int:
        """Delete the tags (their marks stay, without them); returns how many marks carried them."""
        try:
            with self.library.transaction():
                carried = sum(self.library.tags.delete(name) for name in names)
        except HuiduError as error:
            self._show_error(user_message(error))
            return 0
        self._changed()
        return carried

    def set_tag_color(self, names: Sequence[str], color: str | None) -> bool:
        try:
            with self.library.transaction():
                for name in names:
                    self.library.tags.set_color(name, color or None)
        except HuiduError as error:
            self._show_error(user_message(error))
            return False
        self._changed(select=list(names))
        return True

    def _changed(self, select: Sequence[str] = ()) -> None:
        self.refresh(select=select)
        self.libraryChanged.emit()

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Tags"), message)

    # --- the buttons --------------------------------------------------------------------------

    def edit_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index.siblingAtColumn(NAME_COLUMN))

    def ask_merge(self) -> MergeTagsDialog | None:
        names = self.selected_names()
        if len(names) < 2:
            return None
        marks = sum(node.count for node in self.selected_nodes() if node.tag is not None)
        dialog = MergeTagsDialog(names, marks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_merge_accepted)
        dialog.open()
        return dialog

    def _on_merge_accepted(self) -> None:
        dialog = self.sender()
        if isinstance(dialog, MergeTagsDialog) and dialog.target_name():
            self.merge_tags(dialog.sources(), dialog.target_name())

    def ask_delete(self) -> QMessageBox | None:
        nodes = [node for node in self.selected_nodes() if node.tag is not None]
        if not nodes:
            return None
        marks = sum(node.count for node in nodes)
        if len(nodes) == 1:
            question = self.tr("Delete the tag “%1”?").replace("%1", nodes[0].name)
        else:
            question = self.tr("Delete %n tags?", "", len(nodes))
        if len(nodes) == 1:
            detail = self.tr(
                "%n marks carry it. They stay in the library, without this tag. This cannot be undone.",
                "",
                marks,
            )
        else:
            detail = self.tr(
                "%n marks carry them. They stay in the library, without these tags. This cannot be undone.",
                "",
                marks,
            )
        if any(node.children for node in nodes):
            detail += "\n" + self.tr("Sub-tags are not deleted.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete Tags"), question, parent=self)
        box.setObjectName("deleteTagsConfirmation")
        box.setInformativeText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._pending_delete = [node.name for node in nodes]
        box.buttonClicked.connect(self._on_delete_answer)
        box.open()
        return box

    def _on_delete_answer(self, button: QPushButton) -> None:
        names, self._pending_delete = self._pending_delete, []
        if button.objectName() == "confirmDeleteButton" and names:
            self.delete_tags(names)

    def _on_palette_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.set_tag_color(self.selected_names(), str(action.data()) or None)

    def choose_other_color(self) -> None:
        names = self.selected_names()
        if not names:
            return
        current = color_hex(self.library.tags.get(names[0]).color) or COLORS["yellow"]
        chosen = QColorDialog.getColor(QColor(current), self, self.tr("Tag Colour"))
        if chosen.isValid():
            self.set_tag_color(names, chosen.name())

    def _update_buttons(self) -> None:
        nodes = self.selected_nodes()
        existing = [node for node in nodes if node.tag is not None]
        self.rename_button.setEnabled(len(nodes) == 1)
        self.merge_button.setEnabled(len(existing) >= 2)
        self.delete_button.setEnabled(bool(existing))
        self.color_button.setEnabled(bool(existing))

    def _update_summary(self) -> None:
        tags = [node for node in self.model.nodes() if node.tag is not None]
        self.summary_label.setText(self.tr("%n tags", "", len(tags)))

    def _on_filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.view.expandAll()

    # --- language -----------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Tags"))
        self.filter_edit.setPlaceholderText(self.tr("Filter tags"))
        self.rename_button.setText(self.tr("&Rename"))
        self.rename_button.setToolTip(self.tr("Rename the tag; “/” places it under another (金句/排比)"))
        self.merge_button.setText(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.tr("Merge the selected tags into one"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.color_button.setText(self.tr("&Colour"))
        for name, action in self._color_actions.items():
            action.setText(color_label(name))
        self.other_color_action.setText(self.tr("Other Colour…"))
        self.no_color_action.setText(self.tr("No Colour"))
        self._update_summary()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
