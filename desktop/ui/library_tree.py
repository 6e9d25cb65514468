"""The left pane: the library as a tree, a filter box, and the current compilation's header.

The header names the compilation the current speech belongs to, compares the count its table of
contents declares with the speeches found, and puts its warnings and what cleaning removed one
click away (the warnings button opens ``CompilationReport``). The tree is ``speechTree`` over a
``LibraryModel`` through a recursive ``QSortFilterProxyModel``; the filter box filters titles.

The pane emits requests (rename, merge, split) from its context menu and leaves carrying them out
to the window, which turns each into an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.store import CompilationRecord, Library
from desktop.ui.library_model import (
    COMPILATION,
    COUNT_COLUMN,
    ID_ROLE,
    KIND_ROLE,
    SPEECH,
    TITLE_COLUMN,
    LibraryModel,
    compilation_name,
    has_warnings,
)
from desktop.ui.messages import user_text

WARNING_COLOR = "#b35c00"


class CompilationReport(QDialog):
    """What the parser said about a compilation: declared and found counts, warnings, removals."""

    def __init__(self, record: CompilationRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compilationReport")
        self.record = record
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("compilationReportText")
        self.text.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        record = self.record
        self.setWindowTitle(self.tr("About This Compilation"))
        lines = [compilation_name(record), record.source.path, ""]
        if record.declared_count is not None:
            lines.append(
                self.tr("Declared %1, found %2")
                .replace("%1", str(record.declared_count))
                .replace("%2", str(record.speech_count))
            )
        else:
            lines.append(self.tr("%n speeches found", "", record.speech_count))
        if record.warnings:
            lines += ["", self.tr("Warnings:"), *(f"• {user_text(w)}" for w in record.warnings)]
        if record.removed:
            lines += ["", self.tr("Removed while cleaning (%n passages):", "", len(record.removed))]
            for removal in record.removed:
                text = " ".join(removal.text.split())
                text = text if len(text) <= 120 else text[:119] + "…"
                lines.append(f"• [{removal.reason}] {text}")
        self.text.setPlainText("\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class _RoomyRows(QStyledItemDelegate):
    """Rows a little taller than the text, easier to hit and to read."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)


class LibraryFilter(QSortFilterProxyModel):
    """Keeps speeches whose title contains the text, and every speech of a compilation that does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(TITLE_COLUMN)


class LibraryTreePane(QWidget):
    currentSpeechChanged = Signal(object)  # speech id (int) or None
    currentCompilationChanged = Signal(object)  # CompilationRecord or None
    renameRequested = Signal(int)  # speech id
    mergeRequested = Signal(int)  # speech id: merge into the previous one
    splitRequested = Signal(int)  # speech id: split at the reading pane's cursor

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPane")
        self._compilation: CompilationRecord | None = None
        self._current_speech: int | None = None

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

        self.warnings_button = QToolButton(self)
        self.warnings_button.setObjectName("warningsButton")
        self.warnings_button.setAutoRaise(True)
        self.warnings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.warnings_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.warnings_button.setStyleSheet(f"QToolButton {{ color: {WARNING_COLOR}; }}")
        self.warnings_button.clicked.connect(self.show_report)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("libraryFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.set_filter)

        self.model = LibraryModel(library, self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView(self)
        self.view.setObjectName("speechTree")
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # A fixed width for the counts: ResizeToContents would read every row of a 1,000-speech compilation
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COUNT_COLUMN, self.fontMetrics().horizontalAdvance("00000") + 8)
        self.view.setItemDelegate(_RoomyRows(self.view))  # not a style sheet: it would freeze the palette

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("libraryEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")

        self.action_rename = QAction(self)
        self.action_rename.setObjectName("actionRenameSpeech")
        self.action_merge = QAction(self)
        self.action_merge.setObjectName("actionMergeSpeech")
        self.action_split = QAction(self)
        self.action_split.setObjectName("actionSplitSpeech")
        self.action_report = QAction(self)
        self.action_report.setObjectName("actionCompilationReport")
        self.action_report.triggered.connect(self.show_report)
        self._menu_speech: int | None = None  # the speech a context menu was opened on
        self.action_rename.triggered.connect(lambda: self._emit_for_menu_speech(self.renameRequested))
        self.action_merge.triggered.connect(lambda: self._emit_for_menu_speech(self.mergeRequested))
        self.action_split.triggered.connect(lambda: self._emit_for_menu_speech(self.splitRequested))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warnings_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(2)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)

        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)
        self.model.rowsRemoved.connect(self._update_empty)
        self.retranslateUi()
        self._update_empty()

    # --- texts --------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by title"))
        self.empty_label.setText(
            self.tr("The library is empty.\nOpen a compilation with File › Open…\nor drop files here.")
        )
        self.action_rename.setText(self.tr("&Rename Speech…"))
        self.action_merge.setText(self.tr("&Merge into Previous Speech"))
        self.action_split.setText(self.tr("&Split Here (at the Cursor's Paragraph)"))
        self.action_report.setText(self.tr("&Warnings and Removed Text…"))
        self._update_header()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)
        self.filter_edit.setVisible(not empty)

    def _update_header(self) -> None:
        record = self._compilation
        if record is None:
            self.title_label.setText(self.tr("No compilation open"))
            self.summary_label.setVisible(False)
            self.warnings_button.setVisible(False)
            return
        self.title_label.setText(compilation_name(record))
        found = record.speech_count
        if record.declared_count is None:
            summary = self.tr("%n speeches found", "", found)
        else:
            summary = (
                self.tr("Declared %1, found %2")
                .replace("%1", str(record.declared_count))
                .replace("%2", str(found))
            )
        mismatch = record.declared_count is not None and record.declared_count != found
        self.summary_label.setText(summary)
        self.summary_label.setStyleSheet(f"color: {WARNING_COLOR};" if mismatch else "")
        self.summary_label.setVisible(True)
        count = len(record.warnings) + (1 if record.removed else 0)
        if has_warnings(record) or record.removed:
            if record.warnings:
                text = self.tr("%n warnings", "", len(record.warnings))
            else:
                text = self.tr("%n passages removed", "", len(record.removed))
            self.warnings_button.setText(text)
            self.warnings_button.setToolTip("\n".join(user_text(w) for w in record.warnings))
        self.warnings_button.setVisible(count > 0 or has_warnings(record))

    def show_report(self) -> CompilationReport | None:
        """The current compilation's warnings and removed text, in a window (one click away)."""
        if self._compilation is None:
            return None
        report = CompilationReport(self._compilation, self)
        report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        report.show()
        return report

    # --- filter -------------------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        if self.filter_edit.text() != text:
            self.filter_edit.setText(text)  # comes back here through textChanged
            return
        if text:
            self.model.fetch_all()
        self.proxy.setFilterFixedString(text)
        if text:
            self.view.expandAll()
        current = self._current_speech
        if current is not None:
            self._scroll_to(current)

    # --- selection ----------------------------------------------------------------------------

    def current_speech_id(self) -> int | None:
        return self._current_speech

    def current_compilation(self) -> CompilationRecord | None:
        return self._compilation

    def _view_index(self, speech_id: int) -> QModelIndex:
        source = self.model.speech_index(speech_id)
        return self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()

    def select_speech(self, speech_id: int) -> bool:
        """Select a speech (expanding its compilation); False if it is not in the tree."""
        index = self._view_index(speech_id)
        if not index.isValid():
            if self.proxy.filterRegularExpression().pattern():
                self.set_filter("")  # hidden by the filter: show everything rather than refuse
                index = self._view_index(speech_id)
            if not index.isValid():
                return False
        self.view.expand(index.parent())
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _scroll_to(self, speech_id: int) -> None:
        index = self._view_index(speech_id)
        if index.isValid():
            self.view.scrollTo(index)

    def select_compilation(self, compilation_id: int) -> bool:
        """Select the first speech of a compilation."""
        speeches = self.model.speeches(compilation_id)
        return bool(speeches) and self.select_speech(speeches[0].id)

    def speech_ids_in_view_order(self) -> list[int]:
        """Every speech the tree lists (under the filter), top to bottom."""
        ids: list[int] = []
        for row in range(self.proxy.rowCount()):
            parent = self.proxy.index(row, 0)
            source = self.proxy.mapToSource(parent)
            if self.model.canFetchMore(source):
                self.model.fetchMore(source)
            for child in range(self.proxy.rowCount(parent)):
                ids.append(self.proxy.index(child, 0, parent).data(ID_ROLE))
        return ids

    def move_selection(self, delta: int) -> bool:
        """Select the speech ``delta`` places away in the tree (across compilations); False at an end."""
        current = self._current_speech
        if current is not None and self._compilation is not None:
            ids = [s.id for s in self.model.speeches(self._compilation.id)]
            if current in ids and 0 <= ids.index(current) + delta < len(ids):
                return self.select_speech(ids[ids.index(current) + delta])  # the usual case: no full walk
        ids = self.speech_ids_in_view_order()
        if not ids:
            return False
        if current not in ids:
            return self.select_speech(ids[0])
        position = ids.index(current) + delta
        return 0 <= position < len(ids) and self.select_speech(ids[position])

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = [i for i in selected.indexes() if i.column() == 0]
        if not indexes:
            return
        index = indexes[0]
        if index.data(KIND_ROLE) == COMPILATION:
            source = self.proxy.mapToSource(index)
            self.model.fetchMore(source)
            self._set_compilation(self.model.compilation(index.data(ID_ROLE)))
            return
        speech_id = int(index.data(ID_ROLE))
        compilation = self.model.compilation(int(self.proxy.mapToSource(index).internalId()))
        self._set_compilation(compilation)
        if speech_id != self._current_speech:
            self._current_speech = speech_id
            self.currentSpeechChanged.emit(speech_id)

    def _set_compilation(self, record: CompilationRecord | None) -> None:
        changed = (record.id if record else None) != (self._compilation.id if self._compilation else None)
        self._compilation = record
        self._update_header()
        if changed:
            self.currentCompilationChanged.emit(record)

    def clear_current(self) -> None:
        """Nothing selected (the speech shown went away)."""
        self._current_speech = None
        self.view.clearSelection()

    def refresh(self) -> None:
        """Re-read the library (after any change); the selection and the expansion stay."""
        self.model.refresh()
        if self._compilation is not None:
            self._compilation = self.model.compilation(self._compilation.id) or self._compilation
        self._update_header()
        if self._current_speech is not None:
            index = self._view_index(self._current_speech)
            if index.isValid() and self.view.currentIndex() != index:
                self.view.expand(index.parent())
                self.view.setCurrentIndex(index)

    # --- context menu -------------------------------------------------------------------------

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu for a row (tests call this; the view shows it on right-click)."""
        if not index.isValid():
            return None
        menu = QMenu(self)
        if index.data(KIND_ROLE) == SPEECH:
            self._menu_speech = int(index.data(ID_ROLE))
            self.select_speech(self._menu_speech)
            menu.addActions([self.action_rename, self.action_merge, self.action_split])
            self.action_merge.setEnabled(index.row() > 0)
            menu.addSeparator()
        else:
            self.view.setCurrentIndex(index)
        menu.addAction(self.action_report)
        self.action_report.setEnabled(self._compilation is not None)
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        menu = self.context_menu(self.view.indexAt(position))
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(position))
            menu.deleteLater()

    def _emit_for_menu_speech(self, signal: SignalInstance) -> None:
        speech = self._menu_speech if self._menu_speech is not None else self._current_speech
        if speech is not None:
            signal.emit(speech)
