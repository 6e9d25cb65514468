"""The main window's actions, menus and toolbar, and the texts they show.

Building some forty actions and a dozen menus is a job of its own, apart from what the window does
with them: ``MainWindow.__init__`` calls ``create_actions``, ``create_menus`` and ``create_toolbar``
once, and its ``retranslateUi`` calls ``retranslate_actions``. What they build stays an attribute of
the window (``window.action_export``, ``window.menu_file``, ``window.language_actions`` …), declared
there, because the panels, the tests and the screenshots use them by name.

The texts are translated in the context "MainWindow" — ``QCoreApplication.translate("MainWindow", …)``
rather than the window's ``self.tr`` — so they keep the context (and the translations) they had when
this code was part of the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QStyle, QToolBar, QToolButton, QWidget

from desktop.core.store.records import COLORS, DEFAULT_COLOR
from desktop.ui.colors import color_label
from desktop.ui.marks_panel import color_icon
from desktop.ui.reading_pane import LINE_HEIGHT_EM
from desktop.ui.settings_dialog import LANGUAGE_CHOICES, apply_language_choice, choice_label, saved_choice

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

KEY_COLORS = tuple(COLORS)[:5]  # keys 1–5
LINE_SPACINGS = (1.5, LINE_HEIGHT_EM, 2.0, 2.25)


def new_action(
    window: MainWindow,
    name: str,
    slot: Callable[[], object] | None = None,
    shortcuts: Sequence[QKeySequence | str] = (),
) -> QAction:
    action = QAction(window)
    action.setObjectName(name)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) if isinstance(s, str) else s for s in shortcuts])
    if slot is not None:
        action.triggered.connect(slot)
    return action


def create_actions(window: MainWindow) -> None:
    std = QKeySequence.StandardKey
    icon = window.style().standardIcon
    window.action_import = new_action(window, "actionImport", window.choose_files, [QKeySequence(std.Open)])
    window.action_import.setIcon(
        QIcon.fromTheme("document-open", icon(QStyle.StandardPixmap.SP_DialogOpenButton))
    )
    window.action_import_folder = new_action(window, "actionImportFolder", window.choose_folder)
    window.action_clear_recent = new_action(window, "actionClearRecent", window.clear_recent)
    window.action_export = new_action(window, "actionExport", shortcuts=["Ctrl+E"])
    window.action_export.setIcon(
        QIcon.fromTheme("document-save-as", icon(QStyle.StandardPixmap.SP_DialogSaveButton))
    )
    window.action_export.setEnabled(False)  # the export dialog connects here and enables it
    window.action_quit = new_action(window, "actionQuit", window.close, [QKeySequence(std.Quit), "Ctrl+Q"])
    window.action_quit.setMenuRole(QAction.MenuRole.QuitRole)

    # Our own undo/redo actions rather than QUndoStack's: their texts are translated here
    undo_stack = window.undo_stack
    window.action_undo = new_action(window, "actionUndo", undo_stack.undo, [QKeySequence(std.Undo)])
    window.action_undo.setIcon(QIcon.fromTheme("edit-undo", icon(QStyle.StandardPixmap.SP_ArrowBack)))
    window.action_undo.setEnabled(False)
    window.action_redo = new_action(window, "actionRedo", undo_stack.redo)
    redo_keys = [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(std.Redo)]
    window.action_redo.setShortcuts(list(dict.fromkeys(redo_keys)))
    window.action_redo.setIcon(QIcon.fromTheme("edit-redo", icon(QStyle.StandardPixmap.SP_ArrowForward)))
    window.action_redo.setEnabled(False)
    undo_stack.canUndoChanged.connect(window.action_undo.setEnabled)
    undo_stack.canRedoChanged.connect(window.action_redo.setEnabled)
    window.action_find = new_action(window, "actionFind", window.focus_search, [QKeySequence(std.Find)])

    # Marking: single keys, active while the text or the marks list has the focus
    window.action_mark = new_action(window, "actionMark", lambda: window.mark_selection())
    window.action_mark.setIcon(color_icon(DEFAULT_COLOR))
    window.color_actions = {}
    for number, name in enumerate(KEY_COLORS, 1):
        action = new_action(window, f"actionMark_{name}", shortcuts=[str(number)])
        action.setIcon(color_icon(name))
        action.setData(name)
        action.triggered.connect(lambda _checked=False, name=name: window.apply_color(name))
        window.color_actions[name] = action
    window.action_tags = new_action(window, "actionEditTags", lambda: window.edit_tags(), ["T"])
    window.action_note = new_action(window, "actionEditNote", window.edit_note, ["N"])
    window.action_delete_mark = new_action(
        window, "actionDeleteMark", lambda: window.delete_mark(), [QKeySequence(std.Delete)]
    )
    window.marking_actions = [
        *window.color_actions.values(),
        window.action_tags,
        window.action_note,
        window.action_delete_mark,
    ]
    for action in window.marking_actions:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.reading_pane.addActions(window.marking_actions)
    window.marks_panel.view.addActions(window.marking_actions)

    window.action_next = new_action(
        window, "actionNextSpeech", window.next_speech, ["Ctrl+PgDown", "Alt+Down"]
    )
    window.action_previous = new_action(
        window, "actionPreviousSpeech", window.previous_speech, ["Ctrl+PgUp", "Alt+Up"]
    )
    window.action_focus_library = new_action(window, "actionFocusLibrary", window.focus_library, ["Ctrl+L"])
    window.action_next_pane = new_action(window, "actionNextPane", window.focus_next_pane, ["F6"])

    pane = window.reading_pane
    window.action_zoom_in = new_action(
        window, "actionZoomIn", pane.zoom_in, [QKeySequence(std.ZoomIn), "Ctrl+="]
    )
    window.action_zoom_out = new_action(window, "actionZoomOut", pane.zoom_out, [QKeySequence(std.ZoomOut)])
    window.action_zoom_reset = new_action(window, "actionZoomReset", pane.reset_zoom, ["Ctrl+0"])
    window.action_font = new_action(window, "actionReadingFont", window.choose_font)
    window.spacing_group = QActionGroup(window)
    window.spacing_actions = {}
    for spacing in LINE_SPACINGS:
        action = QAction(window.spacing_group)
        action.setObjectName(f"actionLineSpacing_{spacing:g}")
        action.setCheckable(True)
        action.setData(spacing)
        window.spacing_actions[spacing] = action
    window.spacing_group.triggered.connect(lambda action: choose_line_spacing(window, action))
    window.action_show_old = new_action(window, "actionShowOldVersions")
    window.action_show_old.setCheckable(True)
    window.action_show_old.toggled.connect(window.library_pane.model.set_show_superseded)
    window.action_show_outline = new_action(window, "actionShowOutline")
    window.action_show_outline.setCheckable(True)
    window.action_show_outline.setChecked(True)
    window.action_show_outline.toggled.connect(window.outline_box.setVisible)

    window.action_tag_manager = new_action(window, "actionTagManager")
    window.action_tag_manager.setEnabled(False)  # the tag manager connects here and enables it

    window.action_about = new_action(window, "actionAbout", window.show_about)
    window.action_about.setMenuRole(QAction.MenuRole.AboutRole)
    window.action_settings = new_action(
        window, "actionSettings", window.show_settings, [QKeySequence(std.Preferences)]
    )
    window.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.language_group = QActionGroup(window)
    window.language_group.setExclusive(True)
    window.language_actions = {}
    for choice in LANGUAGE_CHOICES:
        action = QAction(window.language_group)
        action.setObjectName(f"actionLanguage_{choice}")
        action.setCheckable(True)
        action.setData(choice)
        window.language_actions[choice] = action
    window.language_group.triggered.connect(lambda action: apply_language_choice(str(action.data())))


def create_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    window.menu_file = bar.addMenu("")
    window.menu_file.setObjectName("menuFile")
    window.menu_recent = QMenu(window.menu_file)
    window.menu_recent.setObjectName("menuRecent")
    window.menu_recent.aboutToShow.connect(lambda: fill_recent_menu(window))
    window.menu_file.addActions([window.action_import, window.action_import_folder])
    window.menu_file.addMenu(window.menu_recent)
    window.menu_file.addSeparator()
    window.menu_file.addAction(window.action_export)
    window.menu_file.addSeparator()
    window.menu_file.addAction(window.action_quit)

    window.menu_edit = bar.addMenu("")
    window.menu_edit.setObjectName("menuEdit")
    window.menu_edit.addActions([window.action_undo, window.action_redo])
    window.menu_edit.addSeparator()
    window.menu_edit.addAction(window.action_find)

    tree = window.library_pane
    window.menu_mark = bar.addMenu("")
    window.menu_mark.setObjectName("menuMark")
    window.menu_mark.addAction(window.action_mark)
    window.menu_mark.addActions(list(window.color_actions.values()))
    window.menu_mark.addSeparator()
    window.menu_mark.addActions([window.action_tags, window.action_note, window.action_delete_mark])
    window.menu_mark.addSeparator()
    window.menu_mark.addActions([tree.action_rename, tree.action_merge, tree.action_split])

    window.menu_go = bar.addMenu("")
    window.menu_go.setObjectName("menuGo")
    window.menu_go.addActions([window.action_previous, window.action_next])
    window.menu_go.addSeparator()
    window.menu_go.addActions([window.action_focus_library, window.action_next_pane])

    window.menu_view = bar.addMenu("")
    window.menu_view.setObjectName("menuView")
    window.menu_view.addActions([window.action_zoom_in, window.action_zoom_out, window.action_zoom_reset])
    window.menu_view.addAction(window.action_font)
    window.menu_spacing = QMenu(window.menu_view)
    window.menu_spacing.setObjectName("menuLineSpacing")
    window.menu_spacing.addActions(window.spacing_group.actions())
    window.menu_view.addMenu(window.menu_spacing)
    window.menu_view.addSeparator()
    window.menu_view.addActions([window.action_show_outline, window.action_show_old])

    window.menu_tools = bar.addMenu("")
    window.menu_tools.setObjectName("menuTools")
    window.menu_tools.addAction(window.action_tag_manager)

    window.menu_settings = bar.addMenu("")
    window.menu_settings.setObjectName("menuSettings")
    window.menu_language = QMenu(window.menu_settings)
    window.menu_language.setObjectName("menuLanguage")
    window.menu_language.addActions(window.language_group.actions())
    window.menu_language.aboutToShow.connect(lambda: check_language_choice(window))
    window.menu_settings.addMenu(window.menu_language)
    window.menu_settings.addSeparator()
    window.menu_settings.addAction(window.action_settings)

    window.menu_help = bar.addMenu("")
    window.menu_help.setObjectName("menuHelp")
    window.menu_help.addAction(window.action_about)

    window.reading_pane.set_context_actions(
        [window.action_mark, *window.color_actions.values(), window.action_tags]
    )


def create_toolbar(window: MainWindow) -> None:
    toolbar = window.toolbar = QToolBar(window)
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    toolbar.addAction(window.action_import)
    toolbar.addSeparator()
    window.mark_menu = QMenu(window)
    window.mark_menu.addActions(list(window.color_actions.values()))
    window.action_mark.setMenu(window.mark_menu)
    toolbar.addAction(window.action_mark)
    button = toolbar.widgetForAction(window.action_mark)
    if isinstance(button, QToolButton):
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    toolbar.addAction(window.action_tags)
    toolbar.addSeparator()
    toolbar.addActions([window.action_undo, window.action_redo])
    for action in (window.action_undo, window.action_redo):  # icons only: their texts change length
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.addSeparator()
    toolbar.addActions([window.action_export])
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    window.search_anchor = toolbar.addSeparator()  # add_toolbar_widget puts the search box here


# --- what the menus do themselves ---------------------------------------------------------------


def fill_recent_menu(window: MainWindow) -> None:
    menu = window.menu_recent
    menu.clear()
    recent = window.recent_files()
    for number, path in enumerate(recent, 1):
        action = menu.addAction(f"&{number % 10} {path.name}")
        action.setToolTip(str(path))
        action.setData(str(path))
        action.setEnabled(path.exists())
        action.triggered.connect(lambda _checked=False, path=path: window.open_paths([path]))
    if recent:
        menu.addSeparator()
    menu.addAction(window.action_clear_recent)
    window.action_clear_recent.setEnabled(bool(recent))


def choose_line_spacing(window: MainWindow, action: QAction) -> None:
    style = window.reading_pane.reading_style()
    window.set_reading_style(replace(style, line_spacing=float(action.data())))


def check_line_spacing(window: MainWindow, line_spacing: float) -> None:
    for spacing, action in window.spacing_actions.items():
        action.setChecked(abs(spacing - line_spacing) < 0.01)


def check_language_choice(window: MainWindow) -> None:
    window.language_actions[saved_choice()].setChecked(True)


# --- texts --------------------------------------------------------------------------------------


def retranslate_actions(window: MainWindow) -> None:
    """Set the texts of every action and menu, and the toolbar's title, in the current language."""
    window.action_import.setText(QCoreApplication.translate("MainWindow", "&Open…"))
    window.action_import.setStatusTip(
        QCoreApplication.translate("MainWindow", "Import compilations (.txt, .docx, .pdf) into the library")
    )
    window.action_import_folder.setText(QCoreApplication.translate("MainWindow", "Import &Folder…"))
    window.menu_recent.setTitle(QCoreApplication.translate("MainWindow", "Open &Recent"))
    window.action_clear_recent.setText(QCoreApplication.translate("MainWindow", "&Clear Recent Files"))
    window.action_export.setText(QCoreApplication.translate("MainWindow", "&Export…"))
    window.action_quit.setText(QCoreApplication.translate("MainWindow", "&Quit"))
    update_undo_texts(window)
    window.action_find.setText(QCoreApplication.translate("MainWindow", "&Find…"))
    window.action_mark.setText(
        QCoreApplication.translate("MainWindow", "&Mark", "action: mark the selected passage")
    )
    window.action_mark.setToolTip(
        QCoreApplication.translate("MainWindow", "Mark the selected passage (keys 1–5 choose the colour)")
    )
    for name, action in window.color_actions.items():
        action.setText(
            QCoreApplication.translate("MainWindow", "Mark in %1").replace("%1", color_label(name))
        )
    window.action_tags.setText(QCoreApplication.translate("MainWindow", "&Tags…"))
    window.action_tags.setToolTip(QCoreApplication.translate("MainWindow", "Edit the tags of the mark (T)"))
    window.action_note.setText(QCoreApplication.translate("MainWindow", "&Note"))
    window.action_delete_mark.setText(QCoreApplication.translate("MainWindow", "&Delete Mark"))
    window.action_next.setText(QCoreApplication.translate("MainWindow", "&Next Speech"))
    window.action_previous.setText(QCoreApplication.translate("MainWindow", "&Previous Speech"))
    window.action_focus_library.setText(QCoreApplication.translate("MainWindow", "Filter the &Library"))
    window.action_next_pane.setText(QCoreApplication.translate("MainWindow", "Next &Pane"))
    window.action_zoom_in.setText(QCoreApplication.translate("MainWindow", "Zoom &In"))
    window.action_zoom_out.setText(QCoreApplication.translate("MainWindow", "Zoom &Out"))
    window.action_zoom_reset.setText(QCoreApplication.translate("MainWindow", "&Actual Size"))
    window.action_font.setText(QCoreApplication.translate("MainWindow", "Reading &Font…"))
    window.menu_spacing.setTitle(QCoreApplication.translate("MainWindow", "&Line Spacing"))
    for spacing, action in window.spacing_actions.items():
        action.setText(
            QCoreApplication.translate("MainWindow", "%1 characters").replace("%1", f"{spacing:g}")
        )
    window.action_show_old.setText(QCoreApplication.translate("MainWindow", "Show &Older Versions"))
    window.action_show_outline.setText(QCoreApplication.translate("MainWindow", "Show O&utline"))
    window.action_tag_manager.setText(QCoreApplication.translate("MainWindow", "&Tag Manager…"))
    window.action_about.setText(QCoreApplication.translate("MainWindow", "&About Huidu"))
    window.action_settings.setText(QCoreApplication.translate("MainWindow", "&Preferences…"))
    window.menu_file.setTitle(QCoreApplication.translate("MainWindow", "&File"))
    window.menu_edit.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
    window.menu_mark.setTitle(QCoreApplication.translate("MainWindow", "&Mark", "menu"))
    window.menu_go.setTitle(QCoreApplication.translate("MainWindow", "&Go"))
    window.menu_view.setTitle(QCoreApplication.translate("MainWindow", "&View"))
    window.menu_tools.setTitle(QCoreApplication.translate("MainWindow", "&Tools"))
    window.menu_settings.setTitle(QCoreApplication.translate("MainWindow", "&Settings"))
    window.menu_language.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
    window.menu_help.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
    window.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Toolbar"))
    for choice, action in window.language_actions.items():
        action.setText(choice_label(choice))
    check_language_choice(window)


def update_undo_texts(window: MainWindow) -> None:
    """Edit › Undo/Redo name what they would undo or redo (“Undo Mark in Yellow”)."""
    undo, redo = window.undo_stack.undoText(), window.undo_stack.redoText()
    window.action_undo.setText(
        QCoreApplication.translate("MainWindow", "&Undo %1").replace("%1", undo)
        if undo
        else QCoreApplication.translate("MainWindow", "&Undo")
    )
    window.action_redo.setText(
        QCoreApplication.translate("MainWindow", "&Redo %1").replace("%1", redo)
        if redo
        else QCoreApplication.translate("MainWindow", "&Redo")
    )
    window.action_undo.setToolTip(window.action_undo.text().replace("&", ""))
    window.action_redo.setToolTip(window.action_redo.text().replace("&", ""))
