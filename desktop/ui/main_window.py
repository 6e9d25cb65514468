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

What persists between runs (QSettings, the INI file ``desktop.i18n.settings_path()`` names):
window geometry and splitters, the last speech and the passage at the top of the pane, recent
files, and the reading font, size and line spacing. ``restore_state()`` reads it (``run_app``
calls it; tests start from defaults), ``closeEvent`` writes it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QPoint, QSettings, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeySequence,
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
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.errors import HuiduError
from desktop.core.formats import SUPPORTED_SUFFIXES
from desktop.core.model import Compilation
from desktop.core.store import CompilationRecord, ImportResult, Library, Mark, MarkSpec, SpeechRecord
from desktop.core.store.records import COLORS, DEFAULT_COLOR
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
from desktop.ui.marks_panel import MarksPanel, color_icon, color_label
from desktop.ui.messages import user_message
from desktop.ui.outline_view import OutlineView
from desktop.ui.reading_pane import LINE_HEIGHT_EM, ReadingPane, ReadingStyle
from desktop.ui.settings_dialog import (
    LANGUAGE_CHOICES,
    SettingsDialog,
    apply_language_choice,
    choice_label,
    open_settings,
    saved_choice,
)
from desktop.ui.tag_editor import TagEditor
from desktop.ui.workers import ImportOutcome, SegmenterWarmUp

logger = logging.getLogger(__name__)

KEY_COLORS = tuple(COLORS)[:5]  # keys 1–5
LINE_SPACINGS = (1.5, LINE_HEIGHT_EM, 2.0, 2.25)
MAX_RECENT = 10
SPLITTER_SIZES = [290, 690, 300]


def _settings() -> QSettings:
    return open_settings()


def _as_list(value: object) -> list[str]:
    """A QSettings list from an INI file: one item comes back as a str, none as None."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


class MainWindow(QMainWindow):
    libraryChanged = Signal(object)  # Change: after any change to the library, so other widgets refresh
    speechOpened = Signal(object)  # SpeechRecord | None: the speech the reading pane shows now
    importFinished = Signal(list)  # list[ImportOutcome], after each batch of files
    busyChanged = Signal(bool)  # True while files are being imported

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
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
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

    def _action(
        self, name: str, slot: object = None, shortcuts: Sequence[QKeySequence | str] = ()
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) if isinstance(s, str) else s for s in shortcuts])
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        std = QKeySequence.StandardKey
        icon = self.style().standardIcon
        self.action_import = self._action("actionImport", self.choose_files, [QKeySequence(std.Open)])
        self.action_import.setIcon(
            QIcon.fromTheme("document-open", icon(QStyle.StandardPixmap.SP_DialogOpenButton))
        )
        self.action_import_folder = self._action("actionImportFolder", self.choose_folder)
        self.action_clear_recent = self._action("actionClearRecent", self.clear_recent)
        self.action_export = self._action("actionExport", shortcuts=["Ctrl+E"])
        self.action_export.setIcon(
            QIcon.fromTheme("document-save-as", icon(QStyle.StandardPixmap.SP_DialogSaveButton))
        )
        self.action_export.setEnabled(False)  # the export dialog connects here and enables it
        self.action_quit = self._action("actionQuit", self.close, [QKeySequence(std.Quit), "Ctrl+Q"])
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)

        # Our own undo/redo actions rather than QUndoStack's: their texts are translated here
        self.action_undo = self._action("actionUndo", self.undo_stack.undo, [QKeySequence(std.Undo)])
        self.action_undo.setIcon(QIcon.fromTheme("edit-undo", icon(QStyle.StandardPixmap.SP_ArrowBack)))
        self.action_undo.setEnabled(False)
        self.action_redo = self._action("actionRedo", self.undo_stack.redo)
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(std.Redo)]
        self.action_redo.setShortcuts(list(dict.fromkeys(redo_keys)))
        self.action_redo.setIcon(QIcon.fromTheme("edit-redo", icon(QStyle.StandardPixmap.SP_ArrowForward)))
        self.action_redo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.action_undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.action_redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._update_undo_texts)
        self.undo_stack.redoTextChanged.connect(self._update_undo_texts)
        self.action_find = self._action("actionFind", self.focus_search, [QKeySequence(std.Find)])

        # Marking: single keys, active while the text or the marks list has the focus
        self.action_mark = self._action("actionMark", lambda: self.mark_selection(self._last_color))
        self.action_mark.setIcon(color_icon(DEFAULT_COLOR))
        self.color_actions: dict[str, QAction] = {}
        for number, name in enumerate(KEY_COLORS, 1):
            action = self._action(f"actionMark_{name}", shortcuts=[str(number)])
            action.setIcon(color_icon(name))
            action.setData(name)
            action.triggered.connect(lambda _checked=False, name=name: self.apply_color(name))
            self.color_actions[name] = action
        self.action_tags = self._action("actionEditTags", lambda: self.edit_tags(), ["T"])
        self.action_note = self._action("actionEditNote", self.edit_note, ["N"])
        self.action_delete_mark = self._action(
            "actionDeleteMark", lambda: self.delete_mark(), [QKeySequence(std.Delete)]
        )
        self.marking_actions = [
            *self.color_actions.values(),
            self.action_tags,
            self.action_note,
            self.action_delete_mark,
        ]
        for action in self.marking_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reading_pane.addActions(self.marking_actions)
        self.marks_panel.view.addActions(self.marking_actions)

        self.action_next = self._action("actionNextSpeech", self.next_speech, ["Ctrl+PgDown", "Alt+Down"])
        self.action_previous = self._action(
            "actionPreviousSpeech", self.previous_speech, ["Ctrl+PgUp", "Alt+Up"]
        )
        self.action_focus_library = self._action("actionFocusLibrary", self.focus_library, ["Ctrl+L"])
        self.action_next_pane = self._action("actionNextPane", self.focus_next_pane, ["F6"])

        self.action_zoom_in = self._action(
            "actionZoomIn", self.reading_pane.zoom_in, [QKeySequence(std.ZoomIn), "Ctrl+="]
        )
        self.action_zoom_out = self._action(
            "actionZoomOut", self.reading_pane.zoom_out, [QKeySequence(std.ZoomOut)]
        )
        self.action_zoom_reset = self._action("actionZoomReset", self.reading_pane.reset_zoom, ["Ctrl+0"])
        self.action_font = self._action("actionReadingFont", self.choose_font)
        self.spacing_group = QActionGroup(self)
        self.spacing_actions: dict[float, QAction] = {}
        for spacing in LINE_SPACINGS:
            action = QAction(self.spacing_group)
            action.setObjectName(f"actionLineSpacing_{spacing:g}")
            action.setCheckable(True)
            action.setData(spacing)
            self.spacing_actions[spacing] = action
        self.spacing_group.triggered.connect(self._on_spacing_chosen)
        self.action_show_old = self._action("actionShowOldVersions")
        self.action_show_old.setCheckable(True)
        self.action_show_old.toggled.connect(self.library_pane.model.set_show_superseded)
        self.action_show_outline = self._action("actionShowOutline")
        self.action_show_outline.setCheckable(True)
        self.action_show_outline.setChecked(True)
        self.action_show_outline.toggled.connect(self.outline_box.setVisible)

        self.action_tag_manager = self._action("actionTagManager")
        self.action_tag_manager.setEnabled(False)  # the tag manager connects here and enables it

        self.action_about = self._action("actionAbout", self.show_about)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_settings = self._action(
            "actionSettings", self.show_settings, [QKeySequence(std.Preferences)]
        )
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for choice in LANGUAGE_CHOICES:
            action = QAction(self.language_group)
            action.setObjectName(f"actionLanguage_{choice}")
            action.setCheckable(True)
            action.setData(choice)
            self.language_actions[choice] = action
        self.language_group.triggered.connect(self._on_language_chosen)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.setObjectName("menuFile")
        self.menu_recent = QMenu(self.menu_file)
        self.menu_recent.setObjectName("menuRecent")
        self.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        self.menu_file.addActions([self.action_import, self.action_import_folder])
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_export)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)

        self.menu_edit = bar.addMenu("")
        self.menu_edit.setObjectName("menuEdit")
        self.menu_edit.addActions([self.action_undo, self.action_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.action_find)

        self.menu_mark = bar.addMenu("")
        self.menu_mark.setObjectName("menuMark")
        self.menu_mark.addAction(self.action_mark)
        self.menu_mark.addActions(list(self.color_actions.values()))
        self.menu_mark.addSeparator()
        self.menu_mark.addActions([self.action_tags, self.action_note, self.action_delete_mark])
        self.menu_mark.addSeparator()
        self.menu_mark.addActions(
            [self.library_pane.action_rename, self.library_pane.action_merge, self.library_pane.action_split]
        )

        self.menu_go = bar.addMenu("")
        self.menu_go.setObjectName("menuGo")
        self.menu_go.addActions([self.action_previous, self.action_next])
        self.menu_go.addSeparator()
        self.menu_go.addActions([self.action_focus_library, self.action_next_pane])

        self.menu_view = bar.addMenu("")
        self.menu_view.setObjectName("menuView")
        self.menu_view.addActions([self.action_zoom_in, self.action_zoom_out, self.action_zoom_reset])
        self.menu_view.addAction(self.action_font)
        self.menu_spacing = QMenu(self.menu_view)
        self.menu_spacing.setObjectName("menuLineSpacing")
        self.menu_spacing.addActions(self.spacing_group.actions())
        self.menu_view.addMenu(self.menu_spacing)
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.action_show_outline, self.action_show_old])

        self.menu_tools = bar.addMenu("")
        self.menu_tools.setObjectName("menuTools")
        self.menu_tools.addAction(self.action_tag_manager)

        self.menu_settings = bar.addMenu("")
        self.menu_settings.setObjectName("menuSettings")
        self.menu_language = QMenu(self.menu_settings)
        self.menu_language.setObjectName("menuLanguage")
        self.menu_language.addActions(self.language_group.actions())
        self.menu_language.aboutToShow.connect(self._check_language_choice)
        self.menu_settings.addMenu(self.menu_language)
        self.menu_settings.addSeparator()
        self.menu_settings.addAction(self.action_settings)

        self.menu_help = bar.addMenu("")
        self.menu_help.setObjectName("menuHelp")
        self.menu_help.addAction(self.action_about)

        self.reading_pane.set_context_actions(
            [self.action_mark, *self.color_actions.values(), self.action_tags]
        )

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.addAction(self.action_import)
        self.toolbar.addSeparator()
        self.mark_menu = QMenu(self)
        self.mark_menu.addActions(list(self.color_actions.values()))
        self.action_mark.setMenu(self.mark_menu)
        self.toolbar.addAction(self.action_mark)
        button = self.toolbar.widgetForAction(self.action_mark)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.toolbar.addAction(self.action_tags)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.action_undo, self.action_redo])
        for action in (self.action_undo, self.action_redo):  # icons only: their texts change length
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.action_export])
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self._search_anchor = self.toolbar.addSeparator()  # set_search_widget puts the search box here

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

    # --- texts --------------------------------------------------------------------------------

    def retranslateUi(self) -> None:  # Qt's name for it, as uic writes it
        """Set every text the window shows, in the current language (see the module docstring)."""
        self.action_import.setText(self.tr("&Open…"))
        self.action_import.setStatusTip(self.tr("Import compilations (.txt, .docx, .pdf) into the library"))
        self.action_import_folder.setText(self.tr("Import &Folder…"))
        self.menu_recent.setTitle(self.tr("Open &Recent"))
        self.action_clear_recent.setText(self.tr("&Clear Recent Files"))
        self.action_export.setText(self.tr("&Export…"))
        self.action_quit.setText(self.tr("&Quit"))
        self._update_undo_texts()
        self.action_find.setText(self.tr("&Find…"))
        self.action_mark.setText(self.tr("&Mark", "action: mark the selected passage"))
        self.action_mark.setToolTip(self.tr("Mark the selected passage (keys 1–5 choose the colour)"))
        for name, action in self.color_actions.items():
            action.setText(self.tr("Mark in %1").replace("%1", color_label(name)))
        self.action_tags.setText(self.tr("&Tags…"))
        self.action_tags.setToolTip(self.tr("Edit the tags of the mark (T)"))
        self.action_note.setText(self.tr("&Note"))
        self.action_delete_mark.setText(self.tr("&Delete Mark"))
        self.action_next.setText(self.tr("&Next Speech"))
        self.action_previous.setText(self.tr("&Previous Speech"))
        self.action_focus_library.setText(self.tr("Filter the &Library"))
        self.action_next_pane.setText(self.tr("Next &Pane"))
        self.action_zoom_in.setText(self.tr("Zoom &In"))
        self.action_zoom_out.setText(self.tr("Zoom &Out"))
        self.action_zoom_reset.setText(self.tr("&Actual Size"))
        self.action_font.setText(self.tr("Reading &Font…"))
        self.menu_spacing.setTitle(self.tr("&Line Spacing"))
        for spacing, action in self.spacing_actions.items():
            action.setText(self.tr("%1 characters").replace("%1", f"{spacing:g}"))
        self.action_show_old.setText(self.tr("Show &Older Versions"))
        self.action_show_outline.setText(self.tr("Show O&utline"))
        self.action_tag_manager.setText(self.tr("&Tag Manager…"))
        self.action_about.setText(self.tr("&About Huidu"))
        self.action_settings.setText(self.tr("&Preferences…"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_mark.setTitle(self.tr("&Mark", "menu"))
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.left_tabs.setTabText(0, self.tr("Library"))
        self.side_tabs.setTabText(0, self.tr("Marks"))
        self.outline_label.setText(self.tr("Outline"))
        self.reading_pane.set_empty_hint(
            self.tr("Open a compilation with File › Open… (Ctrl+O), or drop files on the window")
        )
        for choice, action in self.language_actions.items():
            action.setText(choice_label(choice))
        self._check_language_choice()
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.action_undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.action_redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))
        self.action_undo.setToolTip(self.action_undo.text().replace("&", ""))
        self.action_redo.setToolTip(self.action_redo.text().replace("&", ""))

    # --- hooks for other panels ---------------------------------------------------------------

    def add_toolbar_widget(self, widget: QWidget) -> None:
        """Put a widget (a search box) at the right end of the toolbar."""
        self.toolbar.insertWidget(self._search_anchor, widget)

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
        if change.compilations or change.speeches or change.marks:
            self.library_pane.refresh()
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
            settings = _settings()
            settings.setValue("reading/lastSpeech", speech.id)
            settings.setValue("reading/topOffset", 0)
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
            return next(
                (m for m in self.marks_panel.marks() if m.uuid == uuid), None
            ) or self.library.marks.get(uuid)
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
        self._remember_recent(chosen)
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
        return [Path(p) for p in _as_list(_settings().value("files/recent"))]

    def _remember_recent(self, paths: Sequence[Path]) -> None:
        recent = [str(p) for p in paths] + [str(p) for p in self.recent_files()]
        _settings().setValue("files/recent", list(dict.fromkeys(recent))[:MAX_RECENT])

    def clear_recent(self) -> None:
        _settings().setValue("files/recent", [])

    def _fill_recent_menu(self) -> None:
        self.menu_recent.clear()
        recent = self.recent_files()
        for number, path in enumerate(recent, 1):
            action = self.menu_recent.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.setData(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, path=path: self.open_paths([path]))
        if recent:
            self.menu_recent.addSeparator()
        self.menu_recent.addAction(self.action_clear_recent)
        self.action_clear_recent.setEnabled(bool(recent))

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

    def _on_spacing_chosen(self, action: QAction) -> None:
        self.set_reading_style(replace(self.reading_pane.reading_style(), line_spacing=float(action.data())))

    def _on_style_changed(self, style: ReadingStyle) -> None:
        for spacing, action in self.spacing_actions.items():
            action.setChecked(abs(spacing - style.line_spacing) < 0.01)
        settings = _settings()
        settings.setValue("reading/fontFamily", style.family or "")
        settings.setValue("reading/pointSize", style.point_size or 0)
        settings.setValue("reading/lineSpacing", style.line_spacing)

    # --- remembering the layout between runs --------------------------------------------------

    def save_state(self) -> None:
        settings = _settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/leftSplitter", self.left_splitter.saveState())
        settings.setValue("window/showOutline", self.action_show_outline.isChecked())
        settings.setValue("library/showOlderVersions", self.action_show_old.isChecked())
        speech = self._speech
        settings.setValue("reading/lastSpeech", speech.id if speech else 0)
        settings.setValue("reading/topOffset", self.reading_pane.top_offset() or 0)
        settings.sync()

    def restore_state(self) -> None:
        """Geometry, splitters, reading style, and the last speech at the passage it was read at."""
        settings = _settings()

        def number(key: str, default: float) -> float:
            try:
                return float(settings.value(key, default))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return default

        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/splitter", self.splitter.restoreState),
            ("window/leftSplitter", self.left_splitter.restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray | bytes):
                restore(QByteArray(value))
        self.action_show_outline.setChecked(
            str(settings.value("window/showOutline", "true")).lower() != "false"
        )
        self.action_show_old.setChecked(
            str(settings.value("library/showOlderVersions", "false")).lower() == "true"
        )
        style = ReadingStyle(
            family=str(settings.value("reading/fontFamily", "") or "") or None,
            point_size=number("reading/pointSize", 0) or None,
            line_spacing=number("reading/lineSpacing", LINE_HEIGHT_EM) or LINE_HEIGHT_EM,
        )
        self.reading_pane.set_reading_style(style)
        self._on_style_changed(style)
        last = int(number("reading/lastSpeech", 0))
        top = int(number("reading/topOffset", 0))
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

    def _on_language_chosen(self, action: QAction) -> None:
        apply_language_choice(str(action.data()))

    def _check_language_choice(self) -> None:
        self.language_actions[saved_choice()].setChecked(True)

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
        self.importer.shut_down()  # the worker stops between speeches; nothing half-imported is kept
        self._warm_pool.waitForDone(5000)
        self._closed = True
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._closed = False
        super().showEvent(event)
