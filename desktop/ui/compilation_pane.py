"""The left pane: which compilation is open, what it declares, and its speeches.

A combo box lists the opened compilations (shown once there are two); the header names the current
one and compares the declared count with the speeches found; the list below is ``speechTree``
(a flat list for now — the library tree replaces it later, under the same object name).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QListView, QVBoxLayout, QWidget

from desktop.core.model import Compilation, Speech
from desktop.ui.speech_list_model import SpeechListModel

WARNING_COLOR = "#b35c00"


def display_name(compilation: Compilation) -> str:
    """The compilation's own title, else its file name."""
    return compilation.title or Path(compilation.source).stem or compilation.source


class CompilationPane(QWidget):
    currentCompilationChanged = Signal(object)  # Compilation | None
    currentSpeechChanged = Signal(object)  # Speech | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compilationPane")
        self._compilations: list[Compilation] = []

        self.combo = QComboBox(self)
        self.combo.setObjectName("compilationCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.combo.setVisible(False)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("compilationTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.title_label.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.08)
        self.title_label.setFont(title_font)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("compilationSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("compilationWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setStyleSheet(f"color: {WARNING_COLOR};")

        self.model = SpeechListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("speechTree")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setStyleSheet("QListView#speechTree::item { padding: 5px 4px; }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warnings_label)
        layout.addSpacing(2)
        layout.addWidget(self.view, 1)

        self.combo.currentIndexChanged.connect(self._on_combo_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._update_header()

    # --- compilations -------------------------------------------------------------------------

    def compilations(self) -> list[Compilation]:
        return list(self._compilations)

    def current_compilation(self) -> Compilation | None:
        return self.model.compilation()

    def add_compilation(self, compilation: Compilation, *, select: bool = True) -> None:
        self._compilations.append(compilation)
        with QSignalBlocker(self.combo):  # adding the first item would otherwise select it early
            self.combo.addItem(display_name(compilation))
        self.combo.setItemData(self.combo.count() - 1, compilation.source, Qt.ItemDataRole.ToolTipRole)
        self.combo.setVisible(self.combo.count() > 1)
        if select or self.model.compilation() is None:
            self.set_current_index(self.combo.count() - 1)

    def set_current_index(self, index: int) -> None:
        if self.combo.currentIndex() == index:
            self._on_combo_changed(index)
        else:
            self.combo.setCurrentIndex(index)  # emits currentIndexChanged → _on_combo_changed

    def index_of_source(self, source: str) -> int:
        return next((i for i, c in enumerate(self._compilations) if c.source == source), -1)

    def _on_combo_changed(self, index: int) -> None:
        compilation = self._compilations[index] if 0 <= index < len(self._compilations) else None
        self.model.set_compilation(compilation)
        self._update_header()
        self.currentCompilationChanged.emit(compilation)
        if self.model.rowCount() > 0:
            self.select_row(0)
        else:
            self.currentSpeechChanged.emit(None)

    def _update_header(self) -> None:
        compilation = self.model.compilation()
        if compilation is None:
            self.title_label.setText(self.tr("No compilation open"))
            self.summary_label.clear()
            self.summary_label.setVisible(False)
            self.warnings_label.setVisible(False)
            return
        self.title_label.setText(display_name(compilation))
        found = len(compilation.speeches)
        if compilation.declared_count is None:
            summary = self.tr("%n speeches found", "", found)
        else:
            summary = (
                self.tr("Declared %1, found %2")
                .replace("%1", str(compilation.declared_count))
                .replace("%2", str(found))
            )
        mismatch = compilation.declared_count is not None and compilation.declared_count != found
        self.summary_label.setText(summary)
        self.summary_label.setStyleSheet(f"color: {WARNING_COLOR};" if mismatch else "")
        self.summary_label.setVisible(True)
        warnings = compilation.warnings
        if warnings:
            first = warnings[0] if len(warnings[0]) <= 80 else warnings[0][:79] + "…"
            more = len(warnings) - 1
            text = (
                first if more == 0 else self.tr("%1 (+%2 more)").replace("%1", first).replace("%2", str(more))
            )
            self.warnings_label.setText("⚠ " + text)
            self.warnings_label.setToolTip("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))

    def retranslateUi(self) -> None:
        """Texts in the current language; the selection and the list's scroll position stay."""
        self._update_header()
        rows = self.model.rowCount()
        if rows:  # the list re-reads its texts ("(untitled)" is translated) without a reset
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(rows - 1, 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # --- speeches -----------------------------------------------------------------------------

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current_speech(self) -> Speech | None:
        return self.model.speech(self.current_row())

    def select_row(self, row: int) -> bool:
        if not 0 <= row < self.model.rowCount():
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)  # selects it (single selection) and makes it current
        self.view.scrollTo(index)
        return True

    def move_selection(self, delta: int) -> bool:
        """Select the speech ``delta`` rows away; ``False`` at either end."""
        row = self.current_row()
        return self.select_row(0 if row < 0 else row + delta)

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes: list[QModelIndex] = selected.indexes()
        if indexes:
            self.currentSpeechChanged.emit(self.model.speech(indexes[0].row()))
        elif not self.view.selectionModel().hasSelection():
            self.currentSpeechChanged.emit(None)
