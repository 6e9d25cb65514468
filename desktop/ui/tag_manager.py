"""The tag manager: every tag of the library as a tree by “/”, with its colour and how many marks carry it.

Each action is one call on ``library.tags`` (rename, merge, delete, set_color) and the tree is then read
again from the library, which stays the truth; ``libraryChanged`` tells the main window to refresh its
views. The core has no inverse for merge and delete (the marks' old tags are gone), so those two ask
first and say how many marks they touch; rename and colour are undone by doing them again.

A parent such as 金句 may exist only through its children (金句/排比): it is shown in grey italics, can be
renamed (its children move with it), but carries no marks, colour or row of its own to delete. The
tree and its model are ``desktop.ui.tag_tree``; colour names and swatches, ``desktop.ui.colors``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor
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
from desktop.core.store import COLORS, Library, TagExistsError
from desktop.ui.colors import color_hex, color_label, swatch_icon
from desktop.ui.messages import user_message
from desktop.ui.tag_tree import (
    COUNT_COLUMN,
    NAME_COLUMN,
    TOTAL_COLUMN,
    TagFilterModel,
    TagNode,
    TagTreeModel,
)

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
