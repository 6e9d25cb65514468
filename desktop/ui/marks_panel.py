"""The right pane: the marks of the current speech, and an editor for the one selected.

The list (``marksList``) is a ``MarksModel`` drawn by ``MarkDelegate``: colour, quote, tags, state,
rating and note of every mark, in reading order, at a fixed row height so a speech with a thousand
marks lists at once. Below it ``markEditor`` edits the selected mark in place — colour, style,
state, rating, tags (through the tag editor) and note. The panel never writes to the library: it
asks (``changeRequested``, ``deleteRequested``, ``tagsRequested``) and the window turns each request
into an undoable command; when the library changed the window hands the panel the marks again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.store.records import COLORS, MAX_RATING, STATES, STYLES, Mark
from desktop.ui.colors import color_label
from desktop.ui.reading_pane import mark_color

MARK_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
ROW_LINES = 4  # two lines of quote, one of tags/state/rating, one of note
PADDING = 6
BAR_WIDTH = 5


class MarksModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marks: list[Mark] = []

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_marks(self, marks: Sequence[Mark]) -> None:
        new = list(marks)
        if [m.uuid for m in new] == [m.uuid for m in self._marks]:
            changed = [row for row, (a, b) in enumerate(zip(self._marks, new, strict=True)) if a != b]
            self._marks = new
            if changed:
                self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
            return
        self.beginResetModel()
        self._marks = new
        self.endResetModel()

    def row_of(self, uuid: str) -> int:
        return next((row for row, mark in enumerate(self._marks) if mark.uuid == uuid), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._marks)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._marks):
            return None
        mark = self._marks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return mark.quote
        if role == Qt.ItemDataRole.ToolTipRole:
            return mark.quote + (f"\n\n{mark.note}" if mark.note else "")
        if role == MARK_ROLE:
            return mark
        return None


def state_label(state: str) -> str:
    """A review state in the interface language (候选/入选/弃用 in Chinese)."""
    labels = {
        "candidate": QApplication.translate("MarksPanel", "Candidate"),
        "selected": QApplication.translate("MarksPanel", "Selected"),
        "rejected": QApplication.translate("MarksPanel", "Rejected"),
    }
    return labels.get(state, state)


def style_label(style: str) -> str:
    labels = {
        "highlight": QApplication.translate("MarksPanel", "Highlight"),
        "underline": QApplication.translate("MarksPanel", "Underline"),
        "wavy": QApplication.translate("MarksPanel", "Wavy Underline"),
    }
    return labels.get(style, style)


def stars(rating: int) -> str:
    return "★" * rating + "☆" * (MAX_RATING - rating) if rating else ""


def color_icon(name: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(mark_color(name))
    painter.setPen(mark_color(name).darker(140))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def _two_lines(text: str, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """Break ``text`` into a full first line and an elided second one (CJK breaks anywhere)."""
    text = " ".join(text.split())
    if metrics.horizontalAdvance(text) <= width:
        return text, ""
    low, high = 1, len(text)
    while low < high:  # the longest prefix that fits
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low], metrics.elidedText(text[low:], Qt.TextElideMode.ElideRight, width)


class MarkDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, ROW_LINES * line + 2 * PADDING + 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        mark: Mark | None = index.data(MARK_ROLE)
        if mark is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        faint = QColor(text_color)
        faint.setAlpha(150)
        if mark.state == "rejected":
            text_color = faint

        painter.save()
        bar = QRect(rect.left() + PADDING, rect.top() + PADDING, BAR_WIDTH, rect.height() - 2 * PADDING)
        painter.fillRect(bar, mark_color(mark.color))
        font: QFont = opt.font
        metrics = QFontMetrics(font)
        line = metrics.lineSpacing()
        left = bar.right() + PADDING + 2
        width = rect.right() - PADDING - left
        top = rect.top() + PADDING
        painter.setFont(font)
        painter.setPen(text_color)
        first, second = _two_lines(mark.quote, metrics, width)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.drawText(QRect(left, top, width, line), flags, first)
        painter.drawText(QRect(left, top + line, width, line), flags, second)

        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.9 if font.pointSizeF() > 0 else 9)
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(faint)
        state = state_label(mark.state)
        rating = stars(mark.rating)
        right_text = f"{rating}  {state}" if rating else state
        right_width = small_metrics.horizontalAdvance(right_text)
        painter.drawText(
            QRect(left, top + 2 * line, width, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            right_text,
        )
        tags = "  ".join(f"#{tag}" for tag in mark.tags)
        tags = small_metrics.elidedText(tags, Qt.TextElideMode.ElideRight, max(0, width - right_width - 8))
        painter.setPen(palette.color(QPalette.ColorRole.Link) if not selected else text_color)
        painter.drawText(QRect(left, top + 2 * line, width, line), flags, tags)
        if mark.note:
            note_font = QFont(small)
            note_font.setItalic(True)
            painter.setFont(note_font)
            painter.setPen(faint)
            note = QFontMetrics(note_font).elidedText(
                " ".join(mark.note.split()), Qt.TextElideMode.ElideRight, width
            )
            painter.drawText(QRect(left, top + 3 * line, width, line), flags, note)
        painter.restore()


class MarkEditor(QWidget):
    """Edits the selected mark: every change is a request the window makes undoable."""

    changeRequested = Signal(str, dict)  # uuid, {field: value} for marks.update
    deleteRequested = Signal(str)
    tagsRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markEditor")
        self._mark: Mark | None = None
        self._loading = False

        self.color_group = QButtonGroup(self)
        self.color_group.setExclusive(True)
        self.color_buttons: dict[str, QToolButton] = {}
        colors = QHBoxLayout()
        colors.setSpacing(2)
        for number, name in enumerate(COLORS, 1):
            button = QToolButton(self)
            button.setObjectName(f"colorButton_{name}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setIcon(color_icon(name))
            button.setProperty("color", name)
            button.setProperty("key", number if number <= 5 else None)
            self.color_group.addButton(button)
            self.color_buttons[name] = button
            colors.addWidget(button)
        colors.addStretch(1)
        self.color_group.buttonClicked.connect(self._on_color_clicked)

        self.style_combo = QComboBox(self)
        self.style_combo.setObjectName("styleCombo")
        for style in STYLES:
            self.style_combo.addItem("", style)
        self.style_combo.activated.connect(self._on_style_chosen)

        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("stateCombo")
        for state in STATES:
            self.state_combo.addItem("", state)
        self.state_combo.activated.connect(self._on_state_chosen)

        self.rating_buttons: list[QToolButton] = []
        rating = QHBoxLayout()
        rating.setSpacing(0)
        for value in range(1, MAX_RATING + 1):
            button = QToolButton(self)
            button.setObjectName(f"ratingButton_{value}")
            button.setAutoRaise(True)
            button.setText("☆")
            button.clicked.connect(lambda _checked=False, value=value: self._on_rating_clicked(value))
            self.rating_buttons.append(button)
            rating.addWidget(button)
        rating.addStretch(1)

        self.tags_label = QLabel(self)
        self.tags_label.setObjectName("tagsLabel")
        self.tags_label.setWordWrap(True)
        self.tags_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tags_button = QToolButton(self)
        self.tags_button.setObjectName("editTagsButton")
        self.tags_button.clicked.connect(self._on_tags_clicked)

        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.note_edit.installEventFilter(self)

        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteMarkButton")
        self.delete_button.clicked.connect(self._on_delete_clicked)

        self.style_label = QLabel(self)
        self.state_label = QLabel(self)
        self.rating_label = QLabel(self)
        self.tags_title = QLabel(self)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note_edit)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addLayout(colors, 0, 0, 1, 2)
        grid.addWidget(self.style_label, 1, 0)
        grid.addWidget(self.style_combo, 1, 1)
        grid.addWidget(self.state_label, 2, 0)
        grid.addWidget(self.state_combo, 2, 1)
        grid.addWidget(self.rating_label, 3, 0)
        grid.addLayout(rating, 3, 1)
        grid.addWidget(self.tags_title, 4, 0, Qt.AlignmentFlag.AlignTop)
        tags = QHBoxLayout()
        tags.addWidget(self.tags_label, 1)
        tags.addWidget(self.tags_button, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(tags, 4, 1)
        grid.addWidget(self.note_label, 5, 0, 1, 2)
        grid.addWidget(self.note_edit, 6, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(grid)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.delete_button)
        layout.addLayout(bottom)
        self.retranslateUi()
        self.set_mark(None)

    def retranslateUi(self) -> None:
        for name, button in self.color_buttons.items():
            key = button.property("key")
            tip = color_label(name) + (f" ({key})" if key else "")
            button.setToolTip(tip)
        for row in range(self.style_combo.count()):
            self.style_combo.setItemText(row, style_label(str(self.style_combo.itemData(row))))
        for row in range(self.state_combo.count()):
            self.state_combo.setItemText(row, state_label(str(self.state_combo.itemData(row))))
        for value, button in enumerate(self.rating_buttons, 1):
            button.setToolTip(self.tr("%n stars (click again to clear)", "", value))
        self.style_label.setText(self.tr("Style:"))
        self.state_label.setText(self.tr("State:"))
        self.rating_label.setText(self.tr("Rating:"))
        self.tags_title.setText(self.tr("Tags:"))
        self.tags_button.setText(self.tr("Edit…"))
        self.tags_button.setToolTip(self.tr("Edit the tags (T)"))
        self.note_label.setText(self.tr("&Note (N):"))
        self.note_edit.setPlaceholderText(self.tr("A note on this passage; saved when you leave the box"))
        self.delete_button.setText(self.tr("Delete Mark"))
        self._show_tags()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def mark(self) -> Mark | None:
        return self._mark

    def set_mark(self, mark: Mark | None) -> None:
        """Show a mark's values (``None``: nothing selected, the editor is disabled)."""
        same = mark is not None and self._mark is not None and mark.uuid == self._mark.uuid
        # Leaving a mark saves its note, as leaving the box does — reported once this mark is
        # shown, so the refresh that the save causes finds the editor on the new mark
        pending = None if same else self._unsaved_note()
        self._mark = mark
        self._loading = True
        try:
            self.setEnabled(mark is not None)
            if mark is None:
                self.color_group.setExclusive(False)
                for button in self.color_buttons.values():
                    button.setChecked(False)
                self.color_group.setExclusive(True)
                self.style_combo.setCurrentIndex(-1)
                self.state_combo.setCurrentIndex(-1)
                self.note_edit.setPlainText("")
            else:
                chosen = self.color_buttons.get(mark.color)
                if chosen is not None:
                    chosen.setChecked(True)
                self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(mark.style)))
                self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(mark.state)))
                editing = self.note_edit.hasFocus() and same
                if not editing:
                    self.note_edit.setPlainText(mark.note)
            for value, star in enumerate(self.rating_buttons, 1):
                star.setText("★" if mark is not None and value <= mark.rating else "☆")
            self._show_tags()
        finally:
            self._loading = False
        if pending is not None:
            self.changeRequested.emit(*pending)

    def _show_tags(self) -> None:
        mark = self._mark
        if mark is None or not mark.tags:
            self.tags_label.setText(self.tr("(none)") if mark is not None else "")
        else:
            self.tags_label.setText("  ".join(f"#{tag}" for tag in mark.tags))

    def _request(self, **changes: Any) -> None:
        if self._mark is not None and not self._loading:
            self.changeRequested.emit(self._mark.uuid, changes)

    def _on_color_clicked(self, button: QToolButton) -> None:
        name = str(button.property("color"))
        if self._mark is not None and name != self._mark.color:
            self._request(color=name)

    def _on_style_chosen(self, row: int) -> None:
        style = str(self.style_combo.itemData(row))
        if self._mark is not None and style != self._mark.style:
            self._request(style=style)

    def _on_state_chosen(self, row: int) -> None:
        state = str(self.state_combo.itemData(row))
        if self._mark is not None and state != self._mark.state:
            self._request(state=state)

    def _on_rating_clicked(self, value: int) -> None:
        if self._mark is not None:
            self._request(rating=0 if value == self._mark.rating else value)

    def _on_tags_clicked(self) -> None:
        if self._mark is not None:
            self.tagsRequested.emit(self._mark.uuid)

    def _on_delete_clicked(self) -> None:
        if self._mark is not None:
            self.deleteRequested.emit(self._mark.uuid)

    def _unsaved_note(self) -> tuple[str, dict[str, Any]] | None:
        """(uuid, change) for a note typed but not saved yet; the box counts as saved afterwards."""
        mark = self._mark
        document = self.note_edit.document()
        if mark is None or not document.isModified() or self.note_edit.toPlainText() == mark.note:
            return None
        document.setModified(False)
        return mark.uuid, {"note": self.note_edit.toPlainText()}

    def commit_note(self) -> None:
        """Save the note being edited, if it changed."""
        pending = self._unsaved_note()
        if pending is not None:
            self.changeRequested.emit(*pending)

    def focus_note(self) -> None:
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        cursor = self.note_edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.note_edit.setTextCursor(cursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note_edit:
            if event.type() == QEvent.Type.FocusOut:
                self.commit_note()
            elif event.type() == QEvent.Type.KeyPress:
                key = event
                assert isinstance(key, QKeyEvent)
                enter = key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                if enter and key.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.commit_note()
                    return True
                if key.key() == Qt.Key.Key_Escape and self._mark is not None:
                    self.note_edit.setPlainText(self._mark.note)  # Esc: forget the edit
                    return True
        return super().eventFilter(watched, event)


class MarksPanel(QWidget):
    markSelected = Signal(str)  # the user chose a mark in the list: show it in the text
    changeRequested = Signal(str, dict)
    deleteRequested = Signal(str)
    tagsRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marksPanel")
        self._quiet = False

        self.title_label = QLabel(self)
        self.title_label.setObjectName("marksTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)

        self.model = MarksModel(self)
        self.view = QListView(self)
        self.view.setObjectName("marksList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(MarkDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("marksEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")

        self.editor = MarkEditor(self)
        self.editor.changeRequested.connect(self.changeRequested)
        self.editor.deleteRequested.connect(self.deleteRequested)
        self.editor.tagsRequested.connect(self.tagsRequested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.editor)
        self.retranslateUi()
        self._update_empty()

    def retranslateUi(self) -> None:
        self._update_title()
        self.empty_label.setText(
            self.tr("No marks in this speech yet.\nSelect a passage and press 1–5 to mark it in a colour.")
        )
        self.view.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _update_title(self) -> None:
        self.title_label.setText(self.tr("Marks (%1)").replace("%1", str(self.model.rowCount())))

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)

    def marks(self) -> list[Mark]:
        return self.model.marks()

    def set_marks(self, marks: Sequence[Mark], *, select: str | None = None) -> None:
        """Show these marks; the selected one stays selected (or ``select`` is)."""
        current = self.current_mark()
        keep = select or (current.uuid if current else None)
        self._quiet = True
        try:
            self.model.set_marks(marks)
            row = self.model.row_of(keep) if keep else -1
            if row >= 0:
                index = self.model.index(row)
                if self.view.currentIndex() != index or not self.view.selectionModel().isSelected(index):
                    self.view.setCurrentIndex(index)
                self.editor.set_mark(self.model.marks()[row])
            else:
                self.view.clearSelection()
                self.view.setCurrentIndex(QModelIndex())
                self.editor.set_mark(None)
        finally:
            self._quiet = False
        self._update_title()
        self._update_empty()

    def current_mark(self) -> Mark | None:
        return self.editor.mark()

    def select_mark(self, uuid: str | None, *, scroll: bool = True) -> bool:
        """Select a mark without asking the reading pane to jump to it (it is already in view)."""
        row = self.model.row_of(uuid) if uuid else -1
        self._quiet = True
        try:
            if row < 0:
                self.view.clearSelection()
                self.editor.set_mark(None)
                return False
            index = self.model.index(row)
            self.view.setCurrentIndex(index)
            if scroll:
                self.view.scrollTo(index)
            self.editor.set_mark(self.model.marks()[row])
            return True
        finally:
            self._quiet = False

    def focus_note(self) -> None:
        if self.current_mark() is not None:
            self.editor.focus_note()

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            if not self.view.selectionModel().hasSelection():
                self.editor.set_mark(None)
            return
        mark: Mark = indexes[0].data(MARK_ROLE)
        self.editor.set_mark(mark)
        if not self._quiet:
            self.markSelected.emit(mark.uuid)
