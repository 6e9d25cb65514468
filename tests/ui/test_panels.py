"""The panels wired into the main window: what each asks for lands in the window and its undo stack."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.core.store import Library, MarkSpec
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.panels import Panels, install_panels
from desktop.ui.tag_manager import TagManagerDialog
from tests.ui.test_search_panel import DISCIPLINE, GRASSROOTS, make_library


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv(i18n.SETTINGS_ENV, str(tmp_path / "settings.ini"))
    library = Library.open(make_library(tmp_path))
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.close()
    library.close()


@pytest.fixture
def panels(window: MainWindow) -> Panels:
    return install_panels(window)


def search(qtbot: QtBot, panels: Panels, text: str) -> None:
    with qtbot.waitSignal(panels.search.searchFinished, timeout=10_000):
        panels.search.set_query(text)


def test_the_panels_take_their_places(window: MainWindow, panels: Panels) -> None:
    assert window.left_tabs.indexOf(panels.search) >= 0
    assert window.side_tabs.indexOf(panels.suggestions) >= 0
    assert window.left_tabs.tabText(window.left_tabs.indexOf(panels.search)) == "Search"
    assert window.action_export.isEnabled() and window.action_tag_manager.isEnabled()
    window.focus_search()
    assert window.left_tabs.currentWidget() is panels.search


def test_a_search_hit_opens_its_speech_at_the_hit(qtbot: QtBot, window: MainWindow, panels: Panels) -> None:
    search(qtbot, panels, "打铁必须自身硬")
    start = DISCIPLINE.index("打铁必须自身硬")
    panels.search.openRequested.emit(3, start, start + 7)
    assert window.current_speech_id() == 3


def test_mark_every_hit_is_one_undoable_step(qtbot: QtBot, window: MainWindow, panels: Panels) -> None:
    search(qtbot, panels, "治理体系")
    with qtbot.waitSignal(panels.search.markAllFinished, timeout=10_000):
        panels.search.mark_every_hit("治理体系", "治理/体系", "green")
    library = window.library
    assert len(library.marks.list(tag="治理/体系")) == 2
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert library.marks.list(tag="治理/体系") == []
    window.undo_stack.redo()
    assert [m.quote for m in library.marks.list(tag="治理/体系")] == ["治理体系", "治理体系"]


def test_suggestions_are_computed_only_while_their_tab_is_shown(
    qtbot: QtBot, window: MainWindow, panels: Panels
) -> None:
    window.side_tabs.setCurrentIndex(0)  # the marks
    window.open_speech(3)
    assert panels.suggestions.speech_id is None  # nothing computed behind a hidden tab
    with qtbot.waitSignal(panels.suggestions.quotationsShown, timeout=10_000):
        window.side_tabs.setCurrentWidget(panels.suggestions)
    assert panels.suggestions.speech_id == 3


def test_accepting_a_suggestion_marks_it_undoably(qtbot: QtBot, window: MainWindow, panels: Panels) -> None:
    window.side_tabs.setCurrentWidget(panels.suggestions)
    with qtbot.waitSignal(panels.suggestions.quotationsShown, timeout=10_000):
        window.open_speech(1)
    quotation = "习近平总书记强调：“基层是一切工作的落脚点。”"
    start = GRASSROOTS.index(quotation)
    panels.suggestions.acceptRequested.emit(1, start, start + len(quotation))
    assert [m.quote for m in window.library.marks.list(speech_id=1)] == [quotation]
    window.undo_stack.undo()
    assert window.library.marks.list(speech_id=1) == []


def test_tag_manager_changes_reach_the_window(
    qtbot: QtBot, window: MainWindow, panels: Panels, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window.library.marks.add(1, 0, 4, tags=["金句"])
    window.refresh()
    window.action_tag_manager.trigger()
    dialog = window.findChild(TagManagerDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(window.libraryChanged) as blocker:
        dialog.rename_tag("金句", "名句/开头")
    assert blocker.args[0].tags
    assert [t.name for t in window.library.tags.list()] == ["名句/开头"]
    assert shown == []
    dialog.close()


def test_export_opens_the_dialog_on_this_library(window: MainWindow, panels: Panels) -> None:
    window.library.marks.add(3, 0, 8, tags=["纪律"])
    window.action_export.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_a_tag_change_clears_the_undo_stack_and_dialogs_are_kept(
    qtbot: QtBot, window: MainWindow, panels: Panels
) -> None:
    window.add_marks([MarkSpec(1, 5, 9, tags=("金句",))])
    assert window.undo_stack.count() == 1
    dialog = panels.open_tag_manager()
    assert dialog.set_tag_color(["金句"], "red")
    assert window.undo_stack.count() == 0  # undoing an older step could bring an old tag name back
    assert panels.open_tag_manager() is dialog  # one dialog per window
    dialog.close()
    export = panels.open_export()
    export.close()
    assert panels.open_export() is export  # its choices stay for the next export
    export.close()
