"""“Mark every hit…”: the dialog asking which tag and colour every hit of a search gets.

The search panel opens it over its results and, once it is accepted, runs ``mark_all`` in a worker;
the dialog itself only collects a tag (one already in the library or a new one, the query by default)
and one of the palette's colours.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.store import COLORS
from desktop.core.store.records import DEFAULT_COLOR
from desktop.ui.colors import color_label, swatch_icon


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
