"""The main window over a real library: the tree, reading, marking with keys and panels, undo/redo.

Every test works on its own temporary library and settings file and asserts on two things: what the
library stores, and what the widgets show.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent, QInputMethodEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QTextBrowser,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.store import Library
from desktop.ui.commands import Change
from desktop.ui.library_model import COUNT_COLUMN, ID_ROLE
from desktop.ui.library_tree import CompilationReport
from desktop.ui.main_window import MainWindow
from desktop.ui.reading_pane import ReadingStyle
from desktop.ui.tag_editor import TagEditor
from tests.ui.library_data import TITLES, make_compilation

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

pytest_plugins = ["tests.ui.library_fixtures"]  # fixtures: library, settings_file, window, warnings_shown


def activate(window: MainWindow, qtbot: QtBot) -> None:
    """Show the window and make it active: shortcuts only fire in the active window."""
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def loaded(window: MainWindow, qtbot: QtBot) -> MainWindow:
    activate(window, qtbot)
    window.add_compilation(make_compilation())
    window.reading_pane.setFocus()
    return window


def select(window: MainWindow, needle: str) -> tuple[int, int]:
    speech = window.current_speech()
    assert speech is not None
    start = speech.text.index(needle)
    window.reading_pane.select_span(start, start + len(needle))
    return start, start + len(needle)


def key(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Press a key sequence ("1", "T", "Ctrl+Z") on the widget that has the focus."""
    sequence = QKeySequence(text)
    combination = sequence[0]  # type: ignore[index]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def type_text(widget: QWidget, text: str) -> None:
    """Type Chinese as an input method does (QTest can only press ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def tree_titles(window: MainWindow) -> list[str]:
    view = window.findChild(QTreeView, "speechTree")
    assert view is not None
    model = view.model()
    titles = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        view.expand(parent)
        titles += [model.index(child, 0, parent).data() for child in range(model.rowCount(parent))]
    return titles


def mark_count_shown(window: MainWindow, speech_id: int) -> str:
    model = window.library_pane.model
    index = model.speech_index(speech_id)
    return model.index(index.row(), COUNT_COLUMN, index.parent()).data()


# --- the library tree and reading -------------------------------------------------------------


def test_object_names_tests_and_other_panels_rely_on(window: MainWindow) -> None:
    for name in ("speechTree", "readingPane", "marksPanel", "outlineView", "libraryFilter", "markEditor"):
        assert window.findChild(QWidget, name) is not None, name
    for name in ("actionImport", "actionMark", "actionUndo", "actionRedo", "actionExport", "actionFind"):
        assert window.findChild(QAction, name) is not None, name
    assert window.undo_stack is not None and isinstance(window.library, Library)


def test_the_tree_lists_compilations_and_speeches_and_shows_the_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    loaded(window, qtbot)
    assert tree_titles(window) == TITLES
    text = window.findChild(QTextBrowser, "readingPane").toPlainText()  # type: ignore[union-attr]
    assert text.startswith(f"{TITLES[0]}\n在XX市青年干部座谈会上 · 2024年5月\n同志们：")
    assert window.library_pane.summary_label.text() == "Declared 5, found 4"
    assert window.library_pane.warnings_button.isVisible()
    assert window.counts_label.text().startswith("4 speeches · ")
    assert "XX市青年干部座谈会交流发言汇编" in window.windowTitle()


def test_the_warnings_are_one_click_away(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    qtbot.mouseClick(window.library_pane.warnings_button, Qt.MouseButton.LeftButton)
    report = window.findChild(CompilationReport, "compilationReport")
    assert report is not None and report.isVisible()
    text = report.text.toPlainText()
    assert "Declared 5, found 4" in text and "目录列出 5 篇，正文识别出 4 篇" in text


def test_clicking_a_speech_shows_it_and_the_outline_jumps(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    view = window.library_pane.view
    rect = view.visualRect(view.model().index(1, 0, view.model().index(0, 0)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    speech = window.current_speech()
    assert speech is not None and speech.title == TITLES[1]
    assert "a < b && c > d 也照样显示。" in window.reading_pane.toPlainText()
    assert [text for text, _ in window.outline_view.headings()] == [
        "一、把自己当成群众中的一员",
        "二、在解决实际问题中长本事",
    ]
    heading = window.outline_view.index_of_offset(speech.text.index("二、在解决"))
    window.outline_view.clicked.emit(heading)
    assert window.reading_pane.flash_span() == (
        speech.text.index("二、在解决"),
        speech.text.index("\n解决一个"),
    )


def test_the_filter_box_filters_titles(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    window.library_pane.filter_edit.setText("三心")
    assert tree_titles(window) == [TITLES[2]]
    window.library_pane.filter_edit.setText("青年干部座谈会交流")  # the compilation matches: all its speeches
    assert tree_titles(window) == TITLES
    window.library_pane.filter_edit.clear()
    assert tree_titles(window) == TITLES


def test_keyboard_moves_between_speeches_and_panes(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    key(qtbot, window, "Ctrl+PgDown")
    assert window.current_speech().title == TITLES[1]  # type: ignore[union-attr]
    key(qtbot, window, "Alt+Down")
    assert window.current_speech().title == TITLES[2]  # type: ignore[union-attr]
    key(qtbot, window, "Ctrl+PgUp")
    assert window.current_speech().title == TITLES[1]  # type: ignore[union-attr]
    assert window.previous_speech() and not window.previous_speech()  # stops at the first
    window.reading_pane.setFocus()
    key(qtbot, window, "F6")
    assert window.marks_panel.view.hasFocus() or window.library_pane.view.hasFocus()
    key(qtbot, window, "Ctrl+F")
    assert isinstance(QApplication.focusWidget(), QLineEdit)  # the filter box until a search box is set


def test_open_speech_scrolls_to_the_offsets_and_flashes_them(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    window.resize(900, 400)
    second = window.library_pane.model.speeches(1)[1]
    text = window.library.speeches.text(second.id)
    start = text.index("解决一个实实在在的问题")
    assert window.open_speech(second.id, start, start + 11)
    assert window.current_speech().id == second.id  # type: ignore[union-attr]
    assert window.library_pane.current_speech_id() == second.id
    assert window.reading_pane.flash_span() == (start, start + 11)
    assert not window.open_speech(999)


# --- marking ----------------------------------------------------------------------------------


def test_keys_one_to_five_mark_the_selection_in_colours(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    speech_id = window.current_speech_id()
    for number, (needle, color) in enumerate(
        [
            ("召开这次座谈会", "yellow"),
            ("心里话", "green"),
            ("安身立命", "blue"),
            ("摸爬滚打", "pink"),
            ("急难险重", "purple"),
        ],
        1,
    ):
        start, end = select(window, needle)
        key(qtbot, window, str(number))
        marks = window.library.marks.list(speech_id=speech_id)
        assert (marks[-1].start, marks[-1].end, marks[-1].color) == (start, end, color) or any(
            (m.start, m.end, m.color) == (start, end, color) for m in marks
        )
    assert len(window.library.marks.list()) == 5
    assert len(window.marks_panel.marks()) == 5
    assert window.marks_panel.title_label.text() == "Marks (5)"
    assert mark_count_shown(window, speech_id) == "5"  # type: ignore[arg-type]
    assert {layer.background for layer in window.reading_pane.layers()} == {
        "yellow",
        "green",
        "blue",
        "pink",
        "purple",
    }
    assert not window.reading_pane.textCursor().hasSelection()  # so the new colour is visible


def test_the_toolbar_button_and_the_context_menu_mark(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    select(window, "座谈会")
    assert window.action_mark.isEnabled()
    window.action_mark.trigger()
    assert [m.quote for m in window.library.marks.list()] == ["座谈会"]
    select(window, "安身立命")
    menu = window.reading_pane.context_menu(QPoint(10, 10))
    names = [a.objectName() for a in menu.actions()]
    assert "actionMark" in names and "actionMark_green" in names and "actionEditTags" in names
    next(a for a in menu.actions() if a.objectName() == "actionMark_green").trigger()
    assert [m.color for m in window.library.marks.list()] == ["yellow", "green"]


def test_keys_recolour_the_selected_mark_and_undo_redo_it(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    select(window, "心里话")
    key(qtbot, window, "1")
    assert window.current_mark() is not None  # the new mark is selected in the panel
    key(qtbot, window, "3")
    assert window.library.marks.list()[0].color == "blue"
    assert window.reading_pane.layers()[0].background == "blue"
    key(qtbot, window, "Ctrl+Z")
    assert window.library.marks.list()[0].color == "yellow"
    assert window.reading_pane.layers()[0].background == "yellow"
    key(qtbot, window, "Ctrl+Shift+Z")
    assert window.library.marks.list()[0].color == "blue"


def test_undo_and_redo_a_new_mark_and_a_deletion(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    start, end = select(window, "理想信念是干部安身立命的根本")
    key(qtbot, window, "2")
    [mark] = window.library.marks.list()
    key(qtbot, window, "Ctrl+Z")
    assert window.library.marks.list() == [] and window.marks_panel.marks() == []
    assert window.reading_pane.layers() == []
    key(qtbot, window, "Ctrl+Shift+Z")
    [again] = window.library.marks.list()
    assert (again.uuid, again.start, again.end, again.color) == (mark.uuid, start, end, "green")
    window.marks_panel.select_mark(again.uuid)
    window.reading_pane.setFocus()
    key(qtbot, window, "Del")
    assert window.library.marks.list() == []
    assert window.undo_stack.undoText() == "Delete Mark"
    window.action_undo.trigger()
    assert [m.uuid for m in window.library.marks.list()] == [mark.uuid]
    assert window.reading_pane.layers()[0].background == "green"
    window.action_redo.trigger()
    assert window.library.marks.list() == []


def test_t_opens_the_tag_editor_with_completion_and_retagging_undoes(
    window: MainWindow, qtbot: QtBot
) -> None:
    loaded(window, qtbot)
    window.library.marks.add(window.library_pane.model.speeches(1)[1].id, 0, 4, tags=["金句/排比", "基层"])
    select(window, "青春由奋斗书写，未来靠实干开创")
    key(qtbot, window, "T")  # a selection: marked in the last colour, then tagged
    editor = window.findChild(TagEditor, "tagEditor")
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(editor.edit.hasFocus)
    assert set(editor.existing_tags()) == {"基层", "金句/排比"}
    type_text(editor.edit, "排比")
    completer = editor.completer
    assert completer.completionCount() == 1 and completer.currentCompletion() == "金句/排比"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)  # Enter in the list takes the completion
    assert editor.edit.text() == "金句/排比" and editor.isVisible()
    type_text(editor.edit, ", 青春")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert not editor.isVisible()
    mark = next(m for m in window.library.marks.list() if m.quote == "青春由奋斗书写，未来靠实干开创")
    assert mark.tags == ("金句/排比", "青春")
    assert window.marks_panel.editor.tags_label.text() == "#金句/排比  #青春"
    window.action_undo.trigger()
    assert window.library.marks.get(mark.uuid).tags == ()
    window.action_redo.trigger()
    assert window.library.marks.get(mark.uuid).tags == ("金句/排比", "青春")


def test_escape_cancels_the_tag_editor(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    select(window, "心里话")
    key(qtbot, window, "1")
    editor = window.edit_tags()
    assert editor is not None
    type_text(editor.edit, "不要")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Escape)
    assert window.library.marks.list()[0].tags == ()


def test_n_edits_the_note_in_place_and_undo_restores_it(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    select(window, "心里话")
    key(qtbot, window, "1")
    key(qtbot, window, "N")
    note = window.marks_panel.editor.note_edit
    assert note.hasFocus()
    type_text(note, "可作开头")
    qtbot.keyClick(note, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves (leaving the box does too)
    assert window.library.marks.list()[0].note == "可作开头"
    window.reading_pane.setFocus()
    key(qtbot, window, "Ctrl+Z")
    assert window.library.marks.list()[0].note == ""
    assert note.toPlainText() == ""
    key(qtbot, window, "Ctrl+Shift+Z")
    assert window.library.marks.list()[0].note == "可作开头"


def test_state_rating_colour_and_style_from_the_marks_panel(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    select(window, "心里话")
    key(qtbot, window, "1")
    editor = window.marks_panel.editor
    editor.state_combo.setCurrentIndex(editor.state_combo.findData("selected"))
    editor.state_combo.activated.emit(editor.state_combo.currentIndex())
    qtbot.mouseClick(editor.rating_buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.color_buttons["orange"], Qt.MouseButton.LeftButton)
    editor.style_combo.setCurrentIndex(editor.style_combo.findData("wavy"))
    editor.style_combo.activated.emit(editor.style_combo.currentIndex())
    mark = window.library.marks.list()[0]
    assert (mark.state, mark.rating, mark.color, mark.style) == ("selected", 4, "orange", "wavy")
    assert editor.rating_buttons[3].text() == "★" and editor.rating_buttons[4].text() == "☆"
    layer = window.reading_pane.layers()[0]
    assert (layer.background, layer.underline, layer.underline_style) == (None, "orange", "wavy")
    for _ in range(4):
        window.undo_stack.undo()
    mark = window.library.marks.list()[0]
    assert (mark.state, mark.rating, mark.color, mark.style) == ("candidate", 0, "yellow", "highlight")


def test_selecting_a_mark_in_the_panel_scrolls_to_it_and_clicking_it_in_the_text_selects_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    loaded(window, qtbot)
    window.resize(900, 360)
    speech = window.current_speech()
    assert speech is not None
    late = speech.text.index("青春由奋斗书写")
    early = window.library.marks.add(speech.id, 5, 10)
    far = window.library.marks.add(speech.id, late, late + 7, color="blue")
    window.refresh(Change(marks=True, speech_ids=frozenset([speech.id])))
    bar = window.reading_pane.verticalScrollBar()
    assert bar.value() == 0
    view = window.marks_panel.view
    rect = view.visualRect(view.model().index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_mark().uuid == far.uuid  # type: ignore[union-attr]
    assert bar.value() > 0
    assert window.reading_pane.flash_span() == (far.start, far.end)

    bar.setValue(0)
    pane = window.reading_pane
    cursor = pane.textCursor()
    cursor.setPosition(pane.to_document_position(7))
    point = pane.cursorRect(cursor).center()
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.current_mark().uuid == early.uuid  # type: ignore[union-attr]


def test_add_marks_and_mark_span_are_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    from desktop.core.store import MarkSpec

    loaded(window, qtbot)
    speech_id = window.current_speech_id()
    assert speech_id is not None
    changes: list[Change] = []
    window.libraryChanged.connect(changes.append)
    assert window.add_marks([MarkSpec(speech_id, 0, 2), MarkSpec(speech_id, 5, 9, tags=["座谈会"])])
    assert window.mark_span(speech_id, 12, 14, color="red")
    assert len(window.library.marks.list()) == 3 and len(window.marks_panel.marks()) == 3
    assert changes and changes[-1].marks
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.library.marks.list() == []


# --- split corrections ------------------------------------------------------------------------


def test_rename_from_the_tree_menu_and_undo(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded(window, qtbot)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("新的 标题", True))
    view = window.library_pane.view
    index = view.model().index(1, 0, view.model().index(0, 0))
    menu = window.library_pane.context_menu(index)
    assert menu is not None
    next(a for a in menu.actions() if a.objectName() == "actionRenameSpeech").trigger()
    speech_id = index.data(ID_ROLE)
    assert window.library.speeches.get(speech_id).title == "新的 标题"
    assert tree_titles(window)[1] == "新的 标题"
    assert window.reading_pane.toPlainText().startswith("新的 标题")
    window.undo_stack.undo()
    assert window.library.speeches.get(speech_id).title == TITLES[1]
    assert tree_titles(window)[1] == TITLES[1]


def test_merge_into_previous_and_undo_keeps_marks(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    ids = [s.id for s in window.library_pane.model.speeches(1)]
    moved = window.library.marks.add(ids[1], 0, 8, color="green", tags=["基层"])
    view = window.library_pane.view
    menu = window.library_pane.context_menu(view.model().index(1, 0, view.model().index(0, 0)))
    assert menu is not None
    next(a for a in menu.actions() if a.objectName() == "actionMergeSpeech").trigger()
    assert tree_titles(window) == [TITLES[0], TITLES[2], TITLES[3]]
    assert window.current_speech_id() == ids[0]
    assert f"\n{TITLES[1]}\n" in window.reading_pane.toPlainText()
    assert window.library.marks.get(moved.uuid).speech_id == ids[0]
    assert mark_count_shown(window, ids[0]) == "1"

    window.undo_stack.undo()
    assert tree_titles(window) == TITLES
    restored = window.library.marks.get(moved.uuid)
    assert restored.speech_id != ids[0] and (restored.start, restored.end) == (0, 8)
    assert window.library.speeches.get(restored.speech_id).title == TITLES[1]
    assert window.current_speech_id() == restored.speech_id
    window.undo_stack.redo()
    assert tree_titles(window) == [TITLES[0], TITLES[2], TITLES[3]]


def test_split_at_the_cursor_and_undo(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    speech = window.current_speech()
    assert speech is not None
    original = speech.text
    offset = original.index("二、练就过硬本领")
    pane = window.reading_pane
    cursor = pane.textCursor()
    cursor.setPosition(pane.to_document_position(offset + 3))  # anywhere in the paragraph
    pane.setTextCursor(cursor)
    assert window.split_speech()
    titles = tree_titles(window)
    assert titles[:2] == [TITLES[0], "二、练就过硬本领，挑起时代之担"] and len(titles) == 5
    assert window.current_speech().title == "二、练就过硬本领，挑起时代之担"  # type: ignore[union-attr]
    window.undo_stack.undo()
    assert tree_titles(window) == TITLES
    assert window.library.speeches.text(window.library_pane.model.speeches(1)[0].id) == original
    window.undo_stack.redo()
    assert len(tree_titles(window)) == 5


def test_a_refused_correction_says_why_and_is_not_pushed(
    window: MainWindow, qtbot: QtBot, warnings_shown: list[tuple[str, str]]
) -> None:
    loaded(window, qtbot)
    speech_id = window.current_speech_id()
    assert speech_id is not None
    assert not window.merge_speech(speech_id)  # the first speech: nothing to merge into
    assert warnings_shown and "first" in warnings_shown[0][1]
    assert window.undo_stack.count() == 0
    assert not window.split_speech(speech_id, 0)
    assert window.undo_stack.count() == 0


# --- importing --------------------------------------------------------------------------------


def write_sample(folder: Path, name: str = "汇编.txt", extra: str = "") -> Path:
    from desktop.ui.resources import sample_path

    path = folder / name
    path.write_text(sample_path().read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def test_opening_a_file_imports_it_in_a_worker_and_selects_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    activate(window, qtbot)
    path = write_sample(tmp_path)
    with qtbot.waitSignal(window.importFinished, timeout=20_000) as finished:
        window.open_paths([path])
        assert window.is_busy()
    [outcome] = finished.args[0]
    assert outcome.result.status == "imported"
    assert window.current_speech().title == "在全市青年干部座谈会上的讲话"  # type: ignore[union-attr]
    assert len(tree_titles(window)) == 4
    assert not window.is_busy()
    assert window.recent_files()[0] == path.resolve()

    window.select_speech(2)
    with qtbot.waitSignal(window.importFinished, timeout=20_000) as again:
        window.open_paths([path])  # the same content: nothing new, the compilation is shown
    assert again.args[0][0].result.status == "duplicate"
    assert len(window.library.compilations.list()) == 1
    assert window.current_speech().title == "在全市青年干部座谈会上的讲话"  # type: ignore[union-attr]


def test_a_broken_file_is_listed_with_its_reason_and_the_window_stays_usable(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    activate(window, qtbot)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf \x00\xff" * 20)
    good = write_sample(tmp_path)
    with qtbot.waitSignal(window.importFinished, timeout=20_000) as finished:
        window.open_paths([broken, good])
    assert [o.result.status for o in finished.args[0]] == ["failed", "imported"]
    dialog = window.importer.dialog
    assert dialog.isVisible()
    [(name, reason)] = dialog.failure_rows()
    assert name == "broken.pdf" and reason and "\n" not in reason
    assert "1 could not be imported" in dialog.status_label.text()
    dialog.accept()
    assert window.select_speech(1)
    assert window.current_speech().title == "扎根基层沃土 在为民服务中淬炼本领"  # type: ignore[union-attr]


def test_failures_of_a_batch_stay_listed_when_another_batch_follows(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    activate(window, qtbot)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf \x00\xff" * 20)
    good = write_sample(tmp_path)
    with qtbot.waitSignal(window.importer.busyChanged, timeout=30_000, check_params_cb=lambda busy: not busy):
        window.open_paths([broken])
        window.open_paths([good])  # dropped while the first batch still runs
    assert [name for name, _ in window.importer.dialog.failure_rows()] == ["broken.pdf"]
    assert window.importer.dialog.isVisible()
    window.importer.dialog.accept()


def test_cancel_stops_the_import_and_adds_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    activate(window, qtbot)
    files = [write_sample(tmp_path, f"汇编{n}.txt", extra=f"\n第{n}份") for n in range(3)]
    window.importer.dialog.on_file_started = lambda *args: window.importer.cancel()  # type: ignore[method-assign]
    window.importer.dialog.cancelRequested.disconnect()
    with qtbot.waitSignal(window.importFinished, timeout=20_000):
        window.open_paths(files)
    assert window.library.compilations.list() == []
    assert not window.is_busy()


def test_folders_and_dropped_files_are_imported(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    activate(window, qtbot)
    folder = tmp_path / "下载"
    folder.mkdir()
    write_sample(folder, "一.txt")
    (folder / "说明.png").write_bytes(b"\x89PNG")  # not a compilation: skipped
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.importFinished, timeout=20_000) as finished:
        window.dropEvent(event)
    assert [Path(o.result.path).name for o in finished.args[0]] == ["一.txt"]
    assert len(window.library.compilations.list()) == 1


def test_file_open_asks_for_supported_files(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    opened: list[list[Path]] = []

    def fake_dialog(_parent: object, _caption: str, _dir: str, filters: str) -> tuple[list[str], str]:
        asked.append(filters)
        return ["/data/汇编.docx"], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_dialog)
    monkeypatch.setattr(window, "open_paths", lambda paths: opened.append(list(paths)))
    assert window.action_import.shortcut() == QKeySequence("Ctrl+O")
    window.action_import.trigger()
    assert all(pattern in asked[0].split(";;")[0] for pattern in ("*.txt", "*.docx", "*.pdf"))
    assert opened == [[Path("/data/汇编.docx")]]


# --- typography and what is remembered --------------------------------------------------------


def test_ctrl_wheel_and_ctrl_plus_zoom_the_text(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    pane = window.reading_pane
    before = pane.point_size()
    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(50, 50),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(pane.viewport(), wheel)
    assert pane.point_size() > before
    key(qtbot, window, "Ctrl+-")
    key(qtbot, window, "Ctrl+-")
    assert pane.point_size() < before
    key(qtbot, window, "Ctrl+0")
    assert pane.point_size() == pytest.approx(before)


def test_layout_last_speech_scroll_and_font_are_remembered(
    qtbot: QtBot, settings_file: Path, library: Library
) -> None:
    first = MainWindow(library)
    qtbot.addWidget(first)
    loaded(first, qtbot)
    first.resize(760, 420)  # the offscreen screen is 800 pixels wide: restoring clamps to it
    first.select_speech(0)
    first.set_reading_style(ReadingStyle(point_size=15.0, line_spacing=2.0))
    speech_id = first.current_speech_id()
    text = library.speeches.text(speech_id)  # type: ignore[arg-type]
    target = text.index("二、练就过硬本领")
    first.splitter.setSizes([200, 360, 190])
    sizes = first.splitter.sizes()
    first.reading_pane.scroll_to_offset(target, anchor=0.0)
    top = first.reading_pane.top_offset()
    assert top is not None and top > 0
    first.close()

    second = MainWindow(library)
    qtbot.addWidget(second)
    second.restore_state()
    second.show()
    qtbot.waitExposed(second)
    assert second.current_speech_id() == speech_id
    assert second.reading_pane.reading_style() == ReadingStyle(point_size=15.0, line_spacing=2.0)
    assert second.spacing_actions[2.0].isChecked()
    assert second.size().width() == 760 and second.splitter.sizes() == sizes
    qtbot.waitUntil(lambda: abs((second.reading_pane.top_offset() or 0) - top) < 40)
    second.close()


def test_status_bar_counts_follow_the_marks(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    # (English singulars come from huidu_en.ts, which test_i18n loads; here the source strings speak)
    assert window.counts_label.text().endswith(" · 0 marks")
    assert window.library_label.text().startswith("Library: 1 compilation")
    assert window.library_label.text().endswith(" · 0 marks")
    select(window, "心里话")
    key(qtbot, window, "1")
    assert window.counts_label.text().endswith(" · 1 marks")
    assert window.library_label.text().endswith(" · 1 marks")


def test_the_empty_library_invites_to_open_a_file(window: MainWindow) -> None:
    assert window.library_pane.empty_label.isVisibleTo(window)
    assert "Open a compilation" in window.reading_pane.toPlainText()
    assert window.counts_label.text() == "No compilation open"
    assert not window.action_mark.isEnabled()


def test_hooks_for_other_panels(window: MainWindow, qtbot: QtBot) -> None:
    loaded(window, qtbot)
    panel = QLineEdit()
    panel.setObjectName("searchBox")
    window.add_side_panel(panel, "Search", left=True)
    window.set_search_widget(panel)
    key(qtbot, window, "Ctrl+F")
    assert panel.hasFocus() and window.left_tabs.currentWidget() is panel
    seen: list[Change] = []
    window.libraryChanged.connect(seen.append)
    window.refresh()
    assert seen and seen[0].marks and seen[0].speeches


def test_a_note_typed_then_left_for_another_mark_is_saved_on_the_right_mark(
    window: MainWindow, qtbot: QtBot
) -> None:
    loaded(window, qtbot)
    speech_id = window.current_speech_id()
    assert speech_id is not None
    first = window.library.marks.add(speech_id, 5, 10)
    second = window.library.marks.add(speech_id, 20, 25, color="blue")
    window.refresh(Change(marks=True, speech_ids=frozenset([speech_id])))
    window.marks_panel.select_mark(first.uuid)
    note = window.marks_panel.editor.note_edit
    note.setFocus()
    type_text(note, "第一条的批注")
    window.marks_panel.view.setCurrentIndex(window.marks_panel.model.index(1, 0))  # no focus change
    assert window.library.marks.get(first.uuid).note == "第一条的批注"
    assert window.library.marks.get(second.uuid).note == ""
    assert window.current_mark().uuid == second.uuid  # type: ignore[union-attr]
    assert window.marks_panel.view.currentIndex().row() == 1
    assert note.toPlainText() == ""


def test_the_recent_menu_lists_imported_files(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    activate(window, qtbot)
    path = write_sample(tmp_path, "最近.txt")
    with qtbot.waitSignal(window.importFinished, timeout=20_000):
        window.open_paths([path])
    window.menu_recent.aboutToShow.emit()
    texts = [a.text() for a in window.menu_recent.actions() if not a.isSeparator()]
    assert texts[0] == "&1 最近.txt" and window.action_clear_recent.isEnabled()
    window.action_clear_recent.trigger()
    assert window.recent_files() == []
