"""The tag editor (T): a small popup to type a mark's tags, completing the tags the library has.

Tags are written one after another, separated by commas (, ， 、 ; ；); "/" nests them (金句/排比).
The completer works on the tag being typed, not on the whole line, and offers every existing tag that
contains what was typed (so 排比 finds 金句/排比). Enter saves, Esc cancels. The editor only reports
the tags (``tagsAccepted``); the window makes the change undoable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

SEPARATORS = re.compile(r"[,，、;；]")
JOINER = ", "
WIDTH_EM = 26


def parse_tags(text: str) -> list[str]:
    """The tags in what was typed, each once, in order; spaces around "/" and at the ends dropped."""
    tags: dict[str, None] = {}
    for piece in SEPARATORS.split(text):
        name = "/".join(part.strip() for part in piece.split("/"))
        if name and all(name.split("/")):
            tags.setdefault(name, None)
    return list(tags)


class TagCompleter(QCompleter):
    """Completes the last tag of a comma-separated line."""

    def splitPath(self, path: str) -> list[str]:
        return [SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        pieces = SEPARATORS.split(text)
        done = [p.strip() for p in pieces[:-1] if p.strip()]
        return JOINER.join([*done, str(index.data())])


class TagEditor(QDialog):
    tagsAccepted = Signal(list)  # list[str]: the tags the mark should have

    def __init__(self, existing: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagEditor")
        self.setWindowFlag(Qt.WindowType.Popup, True)
        self.quote_label = QLabel(self)
        self.quote_label.setObjectName("tagEditorQuote")
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quote_label.setStyleSheet("color: palette(placeholder-text);")
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("tagEditorHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("tagEdit")
        self.completer = TagCompleter(self)
        self.completer.setModel(QStringListModel(list(existing), self.completer))
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.edit.setCompleter(self.completer)
        popup = self.completer.popup()
        if popup is not None:
            popup.installEventFilter(self)  # after the completer's own filter, so asked first
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(round(self.fontMetrics().horizontalAdvance("中") * WIDTH_EM))
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Tags"))
        self.edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.hint_label.setText(self.tr("Enter saves, Esc cancels. Use / to nest: 金句/排比"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_quote(self, quote: str) -> None:
        quote = " ".join(quote.split())
        width = self.minimumWidth() - 20
        self.quote_label.setText(
            self.fontMetrics().elidedText(f"“{quote}”", Qt.TextElideMode.ElideMiddle, width)
        )

    def set_tags(self, tags: Sequence[str]) -> None:
        self.edit.setText(JOINER.join(tags) + (JOINER if tags else ""))

    def tags(self) -> list[str]:
        return parse_tags(self.edit.text())

    def existing_tags(self) -> list[str]:
        model = self.completer.model()
        return model.stringList() if isinstance(model, QStringListModel) else []

    def popup_at(self, position: QPoint) -> None:
        """Show next to ``position`` (global), kept on the screen, with the cursor in the box."""
        self.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() else None
        x, y = position.x(), position.y()
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.width()))
            y = max(screen.top(), min(y, screen.bottom() - self.height()))
        self.move(x, y)
        self.show()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edit.end(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.completer.popup()
        if watched is popup and popup is not None and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and not popup.currentIndex().isValid() and self.completer.completionCount():
                # Enter takes the first completion, as one expects, rather than none
                first = self.completer.completionModel().index(0, 0)
                self.edit.setText(self.completer.pathFromIndex(first))
                popup.hide()
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():  # Enter picked a completion: keep editing
            popup.hide()
            return
        self.tagsAccepted.emit(self.tags())
        super().accept()
