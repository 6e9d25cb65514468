"""The suggestions panel: a speech's quotations to accept as marks, and its keywords, read in workers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.core.store import Library
from desktop.ui.suggestions_panel import SuggestionsPanel
from tests.ui.test_search_panel import DISCIPLINE, GRASSROOTS, make_library, save_screenshot, speaking


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return make_library(tmp_path)


@pytest.fixture
def panel(qtbot: QtBot, library_path: Path) -> SuggestionsPanel:
    panel = SuggestionsPanel(library_path)
    qtbot.addWidget(panel)
    panel.resize(380, 520)
    panel.show()
    return panel


def show_speech(qtbot: QtBot, panel: SuggestionsPanel, speech_id: int) -> None:
    with (
        qtbot.waitSignal(panel.quotationsShown, timeout=10_000),
        qtbot.waitSignal(panel.keywordsShown, timeout=10_000),
    ):
        panel.set_speech(speech_id)


def test_the_quotations_of_a_speech_are_listed(qtbot: QtBot, panel: SuggestionsPanel) -> None:
    show_speech(qtbot, panel, 3)
    shown = [panel.quotation_model.index(row).data() for row in range(panel.quotation_model.rowCount())]
    assert shown == ["他说：“打铁必须自身硬。”", "习近平总书记明确要求：“以零容忍态度惩治腐败。”"]
    assert panel.quotations_label.text() == "Quotations (2)"
    assert panel.quotation_status.isHidden()


def test_accepting_emits_the_offsets_of_the_whole_quotation(qtbot: QtBot, panel: SuggestionsPanel) -> None:
    show_speech(qtbot, panel, 3)
    second = DISCIPLINE.index("习近平总书记明确要求")
    view = panel.quotation_view
    rect = view.visualRect(panel.quotation_model.index(1))
    text_point = QPoint(rect.left() + 20, rect.center().y())
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=text_point
    )  # a double-click's first click
    with qtbot.waitSignal(panel.acceptRequested) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=text_point)
    speech_id, start, end = blocker.args
    assert (speech_id, DISCIPLINE[start:end]) == (3, "习近平总书记明确要求：“以零容忍态度惩治腐败。”")
    assert start == second
    assert [q.quote for q in panel.quotations()] == ["打铁必须自身硬。"]  # accepted: off the list

    button = panel.delegate.button_rect(view.visualRect(panel.quotation_model.index(0)))
    with qtbot.waitSignal(panel.acceptRequested) as blocker:  # the row's own Accept button
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=button.center())
    assert DISCIPLINE[blocker.args[1] : blocker.args[2]] == "他说：“打铁必须自身硬。”"
    assert panel.quotations() == []
    assert panel.quotation_status.text() == "No quotations left to mark in this speech."


def test_enter_accepts_the_current_quotation(qtbot: QtBot, panel: SuggestionsPanel) -> None:
    show_speech(qtbot, panel, 1)
    panel.quotation_view.setFocus()
    panel.quotation_view.setCurrentIndex(panel.quotation_model.index(0))
    with qtbot.waitSignal(panel.acceptRequested) as blocker:
        qtbot.keyClick(panel.quotation_view, Qt.Key.Key_Return)
    _, start, end = blocker.args
    assert GRASSROOTS[start:end] == "习近平总书记强调：“基层是一切工作的落脚点。”"


def test_a_marked_quotation_is_not_suggested_again(
    qtbot: QtBot, panel: SuggestionsPanel, library_path: Path
) -> None:
    show_speech(qtbot, panel, 3)
    first = panel.quotations()[0]
    with Library.open(library_path) as library:  # what the main window's mark command does on accept
        library.marks.add(3, first.start, first.end)
    with qtbot.waitSignal(panel.quotationsShown, timeout=10_000):
        panel.refresh()
    assert [q.quote for q in panel.quotations()] == ["以零容忍态度惩治腐败。"]


def test_keywords_are_suggested_and_existing_tags_recognised(
    qtbot: QtBot, panel: SuggestionsPanel, library_path: Path
) -> None:
    with Library.open(library_path) as library:
        library.tags.create("基层党组织")
    show_speech(qtbot, panel, 1)
    keywords = panel.keywords()
    assert 0 < len(keywords) <= 8
    assert "基层党组织" in [k.name for k in keywords]
    assert [k.name for k in keywords if k.exists] == ["基层党组织"]
    row = [k.name for k in keywords].index("基层党组织")
    index = panel.keyword_model.index(row)
    assert index.data() == "✓ 基层党组织"
    with qtbot.waitSignal(panel.keywordActivated) as blocker:
        panel.keyword_view.activated.emit(index)
    assert blocker.args == ["基层党组织"]


def test_switching_speeches_keeps_only_the_latest(qtbot: QtBot, panel: SuggestionsPanel) -> None:
    panel.set_speech(1)
    show_speech(qtbot, panel, 2)
    qtbot.waitUntil(lambda: not panel.is_busy())
    assert [q.quote for q in panel.quotations()] == ["民族要复兴，乡村必振兴。"]
    panel.set_speech(None)
    assert panel.quotations() == [] and panel.keywords() == []
    assert panel.quotation_status.text() == "Open a speech to see the quotations it holds."


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screenshot_suggestions(
    language: str, qtbot: QtBot, panel: SuggestionsPanel, artifacts_dir: Path
) -> None:
    qtbot.waitExposed(panel)
    with speaking(language):
        show_speech(qtbot, panel, 3)
        if language == "zh_CN":
            assert panel.quotations_label.text() == "引语（2）"
            assert panel.delegate.button_text() == "采用"
        save_screenshot(panel, "suggestions", language, artifacts_dir, docs=False)
