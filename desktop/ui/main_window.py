"""The main window: the library on the left, the reading pane in the centre, the marks on the right.

The window works on one open ``Library`` (``self.library``) and follows Anki's shape: every action a
user takes is one core call wrapped in an undoable command (``desktop.ui.commands``) pushed on
``self.undo_stack``; when it has run, the window emits ``libraryChanged`` with what changed and the
widgets re-read the library — the library is the truth, the widgets hold no state of their own.
Imports run in ``ImportController``'s worker (its own connection to the library file); the window
refreshes from its connection as each file is done. The GUI thread never waits for a worker.

Hooks for the parts built elsewhere (search, tag manager, export, quotation suggestions):
``open_speech(speech_id, start, end, flash)``, ``library``, ``undo_stack``, ``push_command``,
``add_marks``, ``libraryChanged``, ``refresh()``, ``set_search_widget``, ``add_side_panel``,
``action_export``, ``action_tag_manager``, ``action_find``, ``current_speech()``.

Every text the window shows is set in ``retranslateUi()``, called once at the end of ``__init__``
and again on ``QEvent.LanguageChange`` (Settings › Language switches live): widgets are built
without text, and anything computed (counts, status) is recomputed from the current state, so a
language switch keeps the open speech, the selection and the scroll position.

The actions, menus and toolbar are built, and their texts set, by ``desktop.ui.window_actions``;
what persists between runs (geometry and splitters, the last speech and the passage at the top of
the pane, recent files, the reading style) is read and written by ``desktop.ui.window_state``.
``restore_state()`` restores it (``run_app`` calls it; tests start from defaults), ``closeEvent``
saves it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QThreadPool, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFontDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.errors import HuiduError
from desktop.core.formats import SUPPORTED_SUFFIXES
from desktop.core.model import Compilation
from desktop.core.store import CompilationRecord, ImportResult, Library, Mark, MarkSpec, SpeechRecord
from desktop.core.store.records import DEFAULT_COLOR
from desktop.ui import window_actions, window_state
from desktop.ui.colors import color_label
from desktop.ui.commands import (
    EVERYTHING,
    AddMarksCommand,
    AdoptMarksCommand,
    Change,
    CommandContext,
    LibraryCommand,
    MergeSpeechCommand,
    RemoveMarksCommand,
    RenameSpeechCommand,
    SplitSpeechCommand,
    UpdateMarkCommand,
)
from desktop.ui.import_dialog import ImportController
from desktop.ui.library_model import compilation_name
from desktop.ui.library_tree import LibraryTreePane
from desktop.ui.marks_panel import MarksPanel, color_icon
from desktop.ui.messages import user_message
from desktop.ui.outline_view import OutlineView
from desktop.ui.reading_pane import ReadingPane, ReadingStyle
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tag_editor import TagEditor
from desktop.ui.workers import ImportOutcome, SegmenterWarmUp

logger = logging.getLogger(__name__)

SPLITTER_SIZES = [290, 690, 300]


class MainWindow(QMainWindow):
    libraryChanged = Signal(object)  # Change: after any change to the library, so other widgets refresh
    speechOpened = Signal(object)  # SpeechRecord | None: the speech the reading pane shows now
    importFinished = Signal(list)  # list[ImportOutcome], after each batch of files
    busyChanged = Signal(bool)  # True while files are being imported

    # Built by desktop.ui.window_actions; the panels, the tests and the screenshots use them by name.
    action_import: QAction
    action_import_folder: QAction
    action_clear_recent: QAction
    action_export: QAction
    action_quit: QAction
    action_undo: QAction
    action_redo: QAction
    action_find: QAction
    action_mark: QAction
    color_actions: dict[str, QAction]  # keys 1–5
    action_tags: QAction
    action_note: QAction
    action_delete_mark: QAction
    marking_actions: list[QAction]
    action_next: QAction
    action_previous: QAction
    action_focus_library: QAction
    action_next_pane: QAction
    action_zoom_in: QAction
    action_zoom_out: QAction
    action_zoom_reset: QAction
    action_font: QAction
    spacing_group: QActionGroup
    spacing_actions: dict[float, QAction]
    action_show_old: QAction
    action_show_outline: QAction
    action_tag_manager: QAction
    action_about: QAction
    action_settings: QAction
    language_group: QActionGroup
    language_actions: dict[str, QAction]
    menu_file: QMenu
    menu_recent: QMenu
    menu_edit: QMenu
    menu_mark: QMenu
    menu_go: QMenu
    menu_view: QMenu
    menu_spacing: QMenu
    menu_tools: QMenu
    menu_settings: QMenu
    menu_language: QMenu
    menu_help: QMenu
    toolbar: QToolBar
    mark_menu: QMenu
    search_anchor: QAction  # where add_toolbar_widget puts a widget

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Huidu 汇读")
        self.setAcceptDrops(True)
        self.library = library
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self._context = CommandContext(library, self._on_command_change, self._on_command_error)
        self._speech: SpeechRecord | None = None
        self._last_color = DEFAULT_COLOR
        self._last_dir: Path | None = None
        self._select_after_import = False
        self.search_widget: QWidget | None = None
        self.tag_editor: TagEditor | None = None
        self._warm_pool = QThreadPool(self)
        self._closed = False

        self.importer = ImportController(library.path or Path(":memory:"), self)
        self.importer.fileImported.connect(self._on_file_imported)
        self.importer.finished.connect(self._on_import_finished)
        self.importer.busyChanged.connect(self._on_busy_changed)

        self._create_widgets()
        window_actions.create_actions(self)
        window_actions.create_menus(self)
        window_actions.create_toolbar(self)
        self._connect_widgets()
        self.resize(1280, 800)
        self.retranslateUi()
        self._show_speech(None)
        self._update_counts()

    # --- building -----------------------------------------------------------------------------

    def _create_widgets(self) -> None:
        self.library_pane = LibraryTreePane(self.library, self)
        self.left_tabs = QTabWidget(self)
        self.left_tabs.setObjectName("libraryTabs")
        self.left_tabs.setTabBarAutoHide(True)  # one tab until another panel (search results) joins
        self.left_tabs.setDocumentMode(True)
        self.left_tabs.addTab(self.library_pane, "")

        self.outline_view = OutlineView(self)
        self.outline_label = QLabel(self)
        self.outline_label.setObjectName("outlineTitle")
        font = self.outline_label.font()
        font.setBold(True)
        self.outline_label.setFont(font)
        self.outline_box = QWidget(self)
        self.outline_box.setObjectName("outlineBox")
        box = QVBoxLayout(self.outline_box)
        box.setContentsMargins(8, 4, 4, 0)
        box.setSpacing(2)
        box.addWidget(self.outline_label)
        box.addWidget(self.outline_view)

        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.left_tabs)
        self.left_splitter.addWidget(self.outline_box)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 1)
        self.left_splitter.setSizes([520, 200])

        self.reading_pane = ReadingPane(self)
        self.marks_panel = MarksPanel(self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setTabBarAutoHide(True)
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.marks_panel, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.left_splitter)
        self.splitter.addWidget(self.reading_pane)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes(SPLITTER_SIZES)
        self.setCentralWidget(self.splitter)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setContentsMargins(6, 0, 6, 0)
        self.library_label = QLabel(self)
        self.library_label.setObjectName("libraryCountsLabel")
        self.library_label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.library_label)

    def _connect_widgets(self) -> None:
        self.library_pane.currentSpeechChanged.connect(self._on_tree_speech_changed)
        self.library_pane.currentCompilationChanged.connect(self._on_compilation_changed)
        self.library_pane.renameRequested.connect(self.rename_speech)
        self.library_pane.mergeRequested.connect(self.merge_speech)
        self.library_pane.splitRequested.connect(self.split_speech)
        self.reading_pane.markClicked.connect(self._on_mark_clicked)
        self.reading_pane.styleChanged.connect(self._on_style_changed)
        self.reading_pane.selectionChanged.connect(self._update_mark_actions)
        self.marks_panel.markSelected.connect(self._on_panel_mark_selected)
        self.marks_panel.changeRequested.connect(self.update_mark)
        self.marks_panel.deleteRequested.connect(self.delete_mark)
        self.marks_panel.tagsRequested.connect(self.edit_tags)
        self.outline_view.headingActivated.connect(self._on_heading_activated)
        self.undo_stack.indexChanged.connect(self._update_mark_actions)
        self.undo_stack.undoTextChanged.connect(self._update_undo_texts)
        self.undo_stack.redoTextChanged.connect(self._update_undo_texts)

    # --- texts --------------------------------------------------------------------------------

    def retranslateUi(self) -> None:  # Qt's name for it, as uic writes it
        """Set every text the window shows, in the current language (see the module docstring)."""
        window_actions.retranslate_actions(self)
        self.left_tabs.setTabText(0, self.tr("Library"))
        self.side_tabs.setTabText(0, self.tr("Marks"))
        self.outline_label.setText(self.tr("Outline"))
        self.reading_pane.set_empty_hint(
            self.tr("Open a compilation with File › Open… (Ctrl+O), or drop files on the window")
        )
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _update_undo_texts(self) -> None:
        window_actions.update_undo_texts(self)

    # --- hooks for other panels ---------------------------------------------------------------

    def add_toolbar_widget(self, widget: QWidget) -> None:
        """Put a widget (a search box) at the right end of the toolbar."""
        self.toolbar.insertWidget(self.search_anchor, widget)

    def set_search_widget(self, widget: QWidget) -> None:
        """What Edit › Find (Ctrl+F) focuses: the search panel (its ``searchBox``) or a box itself."""
        self.search_widget = widget

    def add_side_panel(self, widget: QWidget, title: str, *, left: bool = False) -> int:
        """Add a tab beside Marks (right: suggestions) or beside Library (left: search results)."""
        tabs = self.left_tabs if left else self.side_tabs
        return tabs.addTab(widget, title)

    def focus_search(self) -> None:
        """Ctrl+F: the search box if one was set (its tab raised), else the library's filter box."""
        widget = self.search_widget
        if widget is None:
            self.focus_library()
            return
        for tabs in (self.left_tabs, self.side_tabs):
            if tabs.indexOf(widget) >= 0:
                tabs.setCurrentWidget(widget)
        box = widget if isinstance(widget, QLineEdit) else widget.findChild(QLineEdit, "searchBox")
        target = box or widget
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(target, QLineEdit):
            target.selectAll()

    def focus_library(self) -> None:
        self.library_pane.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.library_pane.filter_edit.selectAll()

    def focus_next_pane(self) -> None:
        panes: list[QWidget] = [self.library_pane.view, self.reading_pane, self.marks_panel.view]
        current = next((i for i, p in enumerate(panes) if p.hasFocus()), -1)
        for step in range(1, len(panes) + 1):
            pane = panes[(current + step) % len(panes)]
            if pane.isVisible():
                pane.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def push_command(self, command: LibraryCommand) -> bool:
        """Do ``command`` and put it on the undo stack; a refusal is shown and nothing is pushed."""
        try:
            command.execute()
        except HuiduError as error:
            self.show_error(command.text(), user_message(error))
            return False
        except Exception as error:
            logger.exception("%s failed", command.text())
            self.show_error(command.text(), self.tr("An unexpected error: %1").replace("%1", str(error)))
            return False
        self.undo_stack.push(command)
        return True

    def add_marks(self, specs: Sequence[MarkSpec], text: str | None = None) -> bool:
        """Create marks in one undoable step ("mark every hit", an accepted suggestion)."""
        if not specs:
            return False
        label = text or self.tr("Mark %n passages", "", len(specs))
        return self.push_command(AddMarksCommand(self._context, specs, label))

    def adopt_marks(self, marks: Sequence[Mark], text: str) -> bool:
        """Put marks made elsewhere (a worker's "mark every hit") on the undo stack as one step."""
        if not marks:
            return False
        return self.push_command(AdoptMarksCommand(self._context, marks, text))

    def mark_span(
        self, speech_id: int, start: int, end: int, color: str | None = None, tags: Sequence[str] = ()
    ) -> bool:
        """Mark a passage given by offsets (an accepted quotation suggestion), undoably."""
        spec = MarkSpec(speech_id, start, end, color=color or self._last_color, tags=tuple(tags))
        return self.add_marks([spec], self.tr("Mark in %1").replace("%1", color_label(spec.color)))

    def refresh(self, change: Change = EVERYTHING) -> None:
        """Re-read the library after a change made elsewhere (tag manager, another process)."""
        self._apply_change(change)
        self.libraryChanged.emit(change)

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def _on_command_change(self, change: Change) -> None:
        self._apply_change(change)
        self.libraryChanged.emit(change)

    def _on_command_error(self, title: str, error: Exception) -> None:
        self.show_error(title, user_message(error))
        self.refresh()

    def _apply_change(self, change: Change) -> None:
        if change.compilations or change.speeches or (change.marks and not change.edited_only):
            self.library_pane.refresh()  # the tree shows mark counts: an edited mark changes none
        speech = self._speech
        if change.focus_speech is not None and (speech is None or change.focus_speech != speech.id):
            self.open_speech(change.focus_speech, flash=False)
            return
        if speech is None:
            if change.compilations and self.library_pane.current_speech_id() is None:
                self._select_first_speech()
            self._update_counts()
            return
        if not self.library.speeches.exists(speech.id):
            self._show_speech(None)
            self.library_pane.clear_current()
        elif change.speeches and (speech.id in change.speech_ids or not change.speech_ids):
            self._show_speech(speech.id, keep_place=True)
        elif change.marks and (speech.id in change.speech_ids or not change.speech_ids):
            marks = self.library.marks.list(speech_id=speech.id)
            self.reading_pane.set_marks(marks)
            self.marks_panel.set_marks(marks, select=change.focus_mark)
        self._update_counts()
        self._update_mark_actions()

    # --- reading ------------------------------------------------------------------------------

    def current_speech(self) -> SpeechRecord | None:
        return self._speech

    def current_speech_id(self) -> int | None:
        return self._speech.id if self._speech else None

    def current_compilation(self) -> CompilationRecord | None:
        return self.library_pane.current_compilation()

    def current_mark(self) -> Mark | None:
        return self.marks_panel.current_mark()

    def open_speech(
        self, speech_id: int, start: int | None = None, end: int | None = None, flash: bool = True
    ) -> bool:
        """Show a speech, scroll to ``start`` and flash [start, end); False if there is no such speech."""
        if not self.library.speeches.exists(speech_id):
            return False
        if self.current_speech_id() != speech_id and not self.library_pane.select_speech(speech_id):
            self._show_speech(speech_id)  # an old version, hidden in the tree
        if start is not None:
            self.reading_pane.scroll_to_offset(start)
            if flash:
                self.reading_pane.flash(start, end if end is not None and end > start else start + 1)
        return True

    def select_speech(self, row: int) -> bool:
        """Show the ``row``-th speech of the current compilation."""
        compilation = self.current_compilation()
        speeches = self.library_pane.model.speeches(compilation.id) if compilation else []
        return 0 <= row < len(speeches) and self.library_pane.select_speech(speeches[row].id)

    def next_speech(self) -> bool:
        return self.library_pane.move_selection(+1)

    def previous_speech(self) -> bool:
        return self.library_pane.move_selection(-1)

    def _select_first_speech(self) -> bool:
        compilations = self.library_pane.model.compilations()
        return any(self.library_pane.select_compilation(c.id) for c in compilations)

    def _on_tree_speech_changed(self, speech_id: int | None) -> None:
        if speech_id != self.current_speech_id():
            self._show_speech(speech_id)

    def _show_speech(self, speech_id: int | None, *, keep_place: bool = False) -> None:
        self.marks_panel.editor.commit_note()
        top = self.reading_pane.top_offset() if keep_place else None
        speech = self.library.speeches.get(speech_id) if speech_id is not None else None
        marks = self.library.marks.list(speech_id=speech_id) if speech_id is not None else []
        self._speech = speech
        self.reading_pane.show_speech(speech, marks)
        if top is not None:
            self.reading_pane.scroll_to_offset(top, anchor=0.0)
        self.marks_panel.set_marks(marks)
        self.outline_view.set_outline(speech.outline if speech else ())
        self._update_counts()
        self._update_mark_actions()
        has_speech = speech is not None
        for action in (self.action_next, self.action_previous):
            action.setEnabled(has_speech)
        if speech is not None and not keep_place:
            window_state.remember_speech_opened(speech.id)
        self.speechOpened.emit(speech)

    def _on_compilation_changed(self, record: CompilationRecord | None) -> None:
        title = "Huidu 汇读"
        self.setWindowTitle(f"{compilation_name(record)} — {title}" if record else title)
        self._update_counts()

    def _update_counts(self) -> None:
        if self._closed:  # the library may be closed after the window (tests, the end of run_app)
            return
        record = self.current_compilation()
        if record is None:
            self.counts_label.setText(self.tr("No compilation open"))
        else:
            speeches = self.library_pane.model.speeches(record.id)
            chars = sum(s.chars for s in speeches)
            marks = sum(s.marks for s in speeches)
            self.counts_label.setText(
                " · ".join(
                    [
                        self.tr("%n speeches", "", len(speeches)),
                        self.tr("%1 characters").replace("%1", f"{chars:,}"),
                        self.tr("%n marks", "", marks),
                    ]
                )
            )
        compilations = len(self.library_pane.model.compilations())
        self.library_label.setText(
            self.tr("Library: %n compilations", "", compilations)
            + " · "
            + self.tr("%n marks", "", self.library.marks.count())
        )

    def _on_heading_activated(self, offset: int) -> None:
        self.reading_pane.scroll_to_offset(offset, anchor=0.1)
        speech = self._speech
        if speech is not None:
            end = speech.text.find("\n", offset)
            self.reading_pane.flash(offset, end if end > offset else len(speech.text))

    # --- marking ------------------------------------------------------------------------------

    def mark_selection(self, color: str | None = None) -> Mark | None:
        """Mark the selected passage in ``color``; the new mark is selected in the marks panel."""
        speech = self._speech
        span = self.reading_pane.selection_span()
        if speech is None or span is None:
            self.statusBar().showMessage(self.tr("Select a passage to mark first"), 4000)
            return None
        color = color or self._last_color
        self._last_color = color
        self.action_mark.setIcon(color_icon(color))
        spec = MarkSpec(speech.id, span[0], span[1], color=color)
        command = AddMarksCommand(
            self._context, [spec], self.tr("Mark in %1").replace("%1", color_label(color))
        )
        if not self.push_command(command):
            return None
        cursor = self.reading_pane.textCursor()
        cursor.clearSelection()  # the selection would hide the colour just applied
        self.reading_pane.setTextCursor(cursor)
        return command.marks[0]

    def apply_color(self, color: str) -> None:
        """Keys 1–5: mark the selection in that colour, or recolour the selected mark."""
        if self.reading_pane.selection_span() is not None:
            self.mark_selection(color)
            return
        mark = self.current_mark()
        if mark is not None:
            self._last_color = color
            if color != mark.color:
                self.update_mark(mark.uuid, {"color": color})
        else:
            self.statusBar().showMessage(self.tr("Select a passage to mark first"), 4000)

    def _mark_for_editing(self, uuid: str | None) -> Mark | None:
        """The mark to edit: the one named, else a new one from the selection, else the selected one."""
        if uuid:
            shown = next((m for m in self.marks_panel.marks() if m.uuid == uuid), None)
            if shown is not None:
                return shown
            try:
                return self.library.marks.get(uuid)
            except HuiduError:  # deleted meanwhile (undo, another window): nothing to edit
                return None
        if self.reading_pane.selection_span() is not None:
            return self.mark_selection()
        return self.current_mark()

    def update_mark(self, uuid: str, changes: dict[str, object]) -> bool:
        if not self.library.marks.get_many([uuid]):  # gone meanwhile (a note saved on leaving it)
            logger.info("Not updating mark %s: it no longer exists", uuid)
            return False
        texts = {
            "color": self.tr("Recolour Mark"),
            "style": self.tr("Change Mark Style"),
            "tags": self.tr("Edit Tags"),
            "note": self.tr("Edit Note"),
            "state": self.tr("Change Mark State"),
            "rating": self.tr("Rate Mark"),
        }
        text = texts.get(next(iter(changes), ""), self.tr("Edit Mark"))
        return self.push_command(UpdateMarkCommand(self._context, uuid, dict(changes), text))

    def delete_mark(self, uuid: str | None = None) -> bool:
        mark = self.current_mark() if uuid is None else None
        target = uuid or (mark.uuid if mark else None)
        if target is None:
            return False
        return self.push_command(RemoveMarksCommand(self._context, [target], self.tr("Delete Mark")))

    def edit_tags(self, uuid: str | None = None) -> TagEditor | None:
        """T: the tag editor for a mark (a new one from the selection, or the selected one)."""
        mark = self._mark_for_editing(uuid)
        if mark is None:
            self.statusBar().showMessage(self.tr("Select a passage or a mark first"), 4000)
            return None
        if self.tag_editor is not None:
            self.tag_editor.close()
        editor = TagEditor([t.name for t in self.library.tags.list()], self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.set_quote(mark.quote)
        editor.set_tags(mark.tags)
        editor.tagsAccepted.connect(lambda tags, uuid=mark.uuid: self._on_tags_accepted(uuid, tags))
        editor.destroyed.connect(self._forget_tag_editor)
        self.tag_editor = editor
        editor.popup_at(self._popup_position(mark))
        return editor

    def _forget_tag_editor(self) -> None:
        self.tag_editor = None

    def _popup_position(self, mark: Mark) -> QPoint:
        pane = self.reading_pane
        if self._speech is not None and mark.speech_id == self._speech.id:
            cursor = pane.textCursor()
            cursor.setPosition(min(pane.document().characterCount() - 1, pane.to_document_position(mark.end)))
            rect = pane.cursorRect(cursor)
            if pane.viewport().rect().contains(rect.center()):
                return pane.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 6))
        return self.marks_panel.mapToGlobal(self.marks_panel.editor.geometry().topLeft())

    def _on_tags_accepted(self, uuid: str, tags: list[str]) -> None:
        try:
            current = self.library.marks.get(uuid)
        except HuiduError:
            return
        if list(current.tags) != tags and sorted(current.tags) != sorted(tags):
            self.update_mark(uuid, {"tags": tags})

    def edit_note(self) -> None:
        """N: edit the note of the selected mark (a new one from the selection) in the marks panel."""
        mark = self._mark_for_editing(None)
        if mark is None:
            self.statusBar().showMessage(self.tr("Select a passage or a mark first"), 4000)
            return
        self.marks_panel.select_mark(mark.uuid)
        self.marks_panel.focus_note()

    def _on_mark_clicked(self, uuid: str) -> None:
        self.marks_panel.select_mark(uuid)
        self._update_mark_actions()

    def _on_panel_mark_selected(self, uuid: str) -> None:
        mark = self.current_mark()
        if mark is not None and mark.uuid == uuid:
            self.reading_pane.scroll_to_offset(mark.start)
            self.reading_pane.flash(mark.start, mark.end)
        self._update_mark_actions()

    def _update_mark_actions(self) -> None:
        has_text = self._speech is not None
        can_mark = has_text and self.reading_pane.textCursor().hasSelection()
        has_mark = self.current_mark() is not None
        self.action_mark.setEnabled(can_mark)
        for action in self.color_actions.values():
            action.setEnabled(can_mark or has_mark)
        self.action_tags.setEnabled(can_mark or has_mark)
        self.action_note.setEnabled(can_mark or has_mark)
        self.action_delete_mark.setEnabled(has_mark)

    # --- split corrections --------------------------------------------------------------------

    def rename_speech(self, speech_id: int) -> bool:
        try:
            old = self.library.speeches.get(speech_id).title
        except HuiduError as error:
            self.show_error(self.tr("Rename Speech"), user_message(error))
            return False
        title, ok = QInputDialog.getText(
            self, self.tr("Rename Speech"), self.tr("New title:"), QLineEdit.EchoMode.Normal, old
        )
        if not ok or " ".join(title.split()) == old:
            return False
        return self.push_command(
            RenameSpeechCommand(self._context, speech_id, title, self.tr("Rename Speech"))
        )

    def merge_speech(self, speech_id: int) -> bool:
        """Append a speech to the one before it (the parser split where it should not have)."""
        return self.push_command(MergeSpeechCommand(self._context, speech_id, self.tr("Merge Speeches")))

    def split_speech(self, speech_id: int | None = None, offset: int | None = None) -> bool:
        """Split a speech where a new one begins: at ``offset``, else at the cursor's paragraph."""
        speech_id = speech_id if speech_id is not None else self.current_speech_id()
        if speech_id is None:
            return False
        if offset is None:
            cursor = self.reading_pane.cursor_offset() if speech_id == self.current_speech_id() else None
            offset = self.reading_pane.paragraph_start(cursor) if cursor is not None else 0
        if offset <= 0:
            self.show_error(
                self.tr("Split Speech"),
                self.tr(
                    "Click in the paragraph where the new speech begins (not the first one), then split."
                ),
            )
            return False
        return self.push_command(
            SplitSpeechCommand(self._context, speech_id, offset, self.tr("Split Speech"))
        )

    # --- importing ----------------------------------------------------------------------------

    def choose_files(self) -> None:
        """File › Open…: ask for one or more files, then import them."""
        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        filters = ";;".join([self.tr("Compilations (%1)").replace("%1", patterns), self.tr("All files (*)")])
        start = str(self._last_dir) if self._last_dir else ""
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Open Compilation"), start, filters)
        if names:
            self._last_dir = Path(names[0]).parent
            self.open_paths([Path(name) for name in names])

    def choose_folder(self) -> None:
        start = str(self._last_dir) if self._last_dir else ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import Folder"), start)
        if folder:
            self._last_dir = Path(folder)
            self.open_paths([Path(folder)])

    def open_paths(self, paths: Iterable[Path | str], encoding: str | None = None) -> None:
        """Import files and folders in the background; the first compilation is shown when it is in."""
        chosen = [Path(p).expanduser().resolve() for p in paths]
        if not chosen:
            return
        window_state.remember_recent(chosen)
        self._select_after_import = True
        self.importer.import_paths(chosen, encoding)
        self.statusBar().showMessage(self.tr("Importing…"))

    def open_path(self, path: Path | str, *, encoding: str | None = None) -> None:
        """Import one file (``encoding`` overrides detection for text files: the CLI's ``--encoding``)."""
        self.open_paths([path], encoding)

    def add_compilation(self, compilation: Compilation, *, select: bool = True) -> ImportResult:
        """Store an already parsed compilation at once, on this thread (tests, screenshots)."""
        result = self.library.compilations.import_parsed(compilation)
        self.refresh(Change(compilations=True))
        if select and result.compilation_id is not None:
            self.library_pane.select_compilation(result.compilation_id)
        return result

    def is_busy(self) -> bool:
        return self.importer.is_busy()

    def _on_file_imported(self, outcome: ImportOutcome) -> None:
        result = outcome.result
        if result.compilation_id is None:
            return
        self.refresh(Change(compilations=True))
        if self._select_after_import:
            self._select_after_import = False
            self.library_pane.select_compilation(result.compilation_id)

    def _on_import_finished(self, outcomes: list[ImportOutcome], cancelled: bool) -> None:
        self._select_after_import = False
        added = sum(1 for o in outcomes if o.result.status in ("imported", "new-version"))
        failed = sum(1 for o in outcomes if o.failed)
        message = self.tr("%n compilations imported", "", added)
        if failed:
            message += " · " + self.tr("%n failed", "", failed)
        self.statusBar().showMessage(message, 6000)
        self.importFinished.emit(outcomes)

    def _on_busy_changed(self, busy: bool) -> None:
        self.busyChanged.emit(busy)

    def warm_up(self) -> None:
        """Load the word segmenter in the background (after start-up; see ``SegmenterWarmUp``)."""
        self._warm_pool.start(SegmenterWarmUp())

    # --- recent files -------------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        return window_state.recent_files()

    def clear_recent(self) -> None:
        window_state.clear_recent()

    # --- typography ---------------------------------------------------------------------------

    def choose_font(self) -> None:
        current = QFont(self.reading_pane.font())
        style = self.reading_pane.reading_style()
        if style.family:
            current.setFamily(style.family)
        current.setPointSizeF(self.reading_pane.point_size())
        ok, font = QFontDialog.getFont(current, self, self.tr("Reading Font"))
        if ok:
            self.set_reading_style(replace(style, family=font.family(), point_size=font.pointSizeF()))

    def set_reading_style(self, style: ReadingStyle) -> None:
        self.reading_pane.set_reading_style(style)
        self._on_style_changed(style)

    def _on_style_changed(self, style: ReadingStyle) -> None:
        window_actions.check_line_spacing(self, style.line_spacing)
        window_state.save_reading_style(style)

    # --- remembering the layout between runs (desktop.ui.window_state) -------------------------

    def save_state(self) -> None:
        window_state.save_window_state(self)

    def restore_state(self) -> None:
        """Geometry, splitters, reading style, and the last speech at the passage it was read at."""
        window_state.restore_layout(self)
        self.set_reading_style(window_state.saved_reading_style())
        last, top = window_state.last_place()
        if last and self.open_speech(last, flash=False):
            if top:
                self.reading_pane.restore_top_offset(top)
        else:
            self._select_first_speech()

    # --- the rest -----------------------------------------------------------------------------

    def show_settings(self) -> None:
        """Settings › Preferences…: the settings window (modal; changes apply at once)."""
        dialog = SettingsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        text = self.tr(
            "<b>Huidu %1</b><p>A reader and excerpt workbench for Chinese speech compilations.</p>"
        )
        QMessageBox.about(self, self.tr("About Huidu"), text.replace("%1", __version__))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.marks_panel.editor.commit_note()
        self.save_state()
        self.hide()  # gone at once for the user, while a running import stops cleanly below
        self.importer.shut_down()  # the worker stops between speeches; nothing half-imported is kept
        self._warm_pool.waitForDone(5000)
        self._closed = True
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._closed = False
        super().showEvent(event)
