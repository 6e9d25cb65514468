"""The search panel: typing searches in a worker, hits open at their offsets, every hit can be marked.

Also the helpers the other panel tests share (as tests/core shares ``test_store_support``): a small
compilation written for these tests, imported into a temporary library through the core, a language
switch for the screenshots, and a check that no label is cut off.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.search import segment
from desktop.core.store import Library
from desktop.ui.app import apply_cjk_font, translations
from desktop.ui.mark_all_dialog import MarkAllDialog
from desktop.ui.search_panel import SearchPanel

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"

GRASSROOTS = (
    "同志们：\n"
    "一、提高政治站位，加强基层党组织建设\n"
    "基层党组织是党的全部工作和战斗力的基础。我们要推动基层党组织建设全面进步、全面过硬。\n"
    "习近平总书记强调：“基层是一切工作的落脚点。”各级党委要把抓基层打基础作为长远之计。\n"
    "二、推进基层治理现代化\n"
    "要坚持和发展新时代枫桥经验，推进基层治理体系和治理能力现代化，让群众在家门口办成事。"
)
VILLAGE = (
    "全面推进乡村振兴，是新时代“三农”工作的总抓手。\n"
    "总书记深刻指出：“民族要复兴，乡村必振兴。”我们要坚持以人民为中心的发展思想，推动高质量发展。\n"
    "要加强农村基层组织建设，健全自治、法治、德治相结合的乡村治理体系。"
)
DISCIPLINE = (
    "全面从严治党永远在路上。我们要时刻胸怀国之大者，坚决做到“两个维护”。\n"
    "他说：“打铁必须自身硬。”要锲而不舍落实中央八项规定精神，持续纠治形式主义、官僚主义。\n"
    "习近平总书记明确要求：“以零容忍态度惩治腐败。”各级纪检监察机关要加强基层监督。"
)
COMPILATION_TXT = f"""讲话汇编

在全市基层治理工作会议上的讲话
（2023年3月1日）
王明
{GRASSROOTS}

在乡村振兴推进会上的讲话
（2023年5月8日）
李华
{VILLAGE}

在党风廉政建设工作会议上的讲话
（2023年7月2日）
赵强
{DISCIPLINE}
"""
TEXTS = {1: GRASSROOTS, 2: VILLAGE, 3: DISCIPLINE}


def make_library(folder: Path) -> Path:
    """A library holding the three speeches above (ids 1, 2, 3), imported from a .txt through the core."""
    source = folder / "讲话汇编.txt"
    source.write_text(COMPILATION_TXT, encoding="utf-8")
    path = folder / "library.sqlite3"
    with Library.open(path) as library:
        result = library.compilations.import_file(source)
        assert result.status == "imported" and result.speeches == 3
        assert [library.speeches.text(i) for i in (1, 2, 3)] == [GRASSROOTS, VILLAGE, DISCIPLINE]
    return path


@functools.cache
def compiled_catalogues() -> Path:
    """Both catalogues compiled afresh from i18n/*.ts, once per session."""
    spec = importlib.util.spec_from_file_location("huidu_build_i18n", ROOT / "build" / "i18n.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build
    spec.loader.exec_module(build)
    out = Path(tempfile.mkdtemp(prefix="huidu-qm-"))
    build.lrelease([ROOT / "i18n" / build.ts_name(lang) for lang in ("zh_CN", "en")], out, quiet=True)
    return out


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The interface in ``language`` (switched live, as Settings › Language does), English afterwards.

    The application font is the app's own (the best CJK family first), so screenshots look like the app.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    apply_cjk_font(app)
    current = translations(app)
    current.directory = compiled_catalogues()
    current.apply(language)
    try:
        yield
    finally:
        current.remove()
        current.directory = None
        app.setFont(font)


def clipped_labels(widget: QWidget) -> list[str]:
    """Visible single-line labels whose text is wider than the label."""
    QApplication.processEvents()  # layouts settle after a language switch
    problems = []
    for label in widget.findChildren(QLabel):
        if (
            not label.isVisible()
            or label.wordWrap()
            or not label.text()
            or label.textFormat() == Qt.TextFormat.RichText
        ):
            continue
        shown = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = QFontMetrics(label.font()).horizontalAdvance(shown)
        if needed > label.contentsRect().width():
            problems.append(
                f"{label.objectName() or shown}: needs {needed}px of {label.contentsRect().width()}px"
            )
    return problems


def save_screenshot(
    widget: QWidget, name: str, language: str, artifacts_dir: Path, docs: bool = True
) -> None:
    """tests/_artifacts/<name>_<language>.png; with HUIDU_DOCS_SCREENSHOTS=1 also the README's pictures,
    docs/screenshots/<name>.png (zh_CN) / <name>_en.png (a plain test run leaves tracked files alone)."""
    QApplication.processEvents()
    image = widget.grab()
    assert image.save(str(artifacts_dir / f"{name}_{language}.png"))
    if not docs or os.environ.get("HUIDU_DOCS_SCREENSHOTS") != "1":
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert image.save(str(SCREENSHOTS / (f"{name}.png" if language == "zh_CN" else f"{name}_{language}.png")))


# --- the panel ------------------------------------------------------------------------------------


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return make_library(tmp_path)


@pytest.fixture
def panel(qtbot: QtBot, library_path: Path) -> SearchPanel:
    panel = SearchPanel(library_path)
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    return panel


def search(qtbot: QtBot, panel: SearchPanel, text: str) -> None:
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        panel.set_query(text)


def test_typing_searches_after_a_pause_and_lists_title_and_snippet(qtbot: QtBot, panel: SearchPanel) -> None:
    panel.search_box.setFocus()
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        for character in "落脚点":  # as an input method commits Chinese, one edit each
            commit = QInputMethodEvent()
            commit.setCommitString(character)
            QApplication.sendEvent(panel.search_box, commit)
    assert blocker.args[0].query == "落脚点"  # one search for the whole word, not one per keystroke
    assert panel.model.rowCount() == 1
    shown = panel.model.index(0).data()
    assert shown.startswith("在全市基层治理工作会议上的讲话\n") and "落脚点" in shown
    with speaking("en"):  # English plurals come from huidu_en.ts
        assert panel.status_label.text() == "1 hit in 1 speech"
    assert panel.findChild(QWidget, "searchResults") is panel.view
    assert panel.findChild(QWidget, "searchBox") is panel.search_box


def test_clicking_a_hit_and_enter_open_it_at_its_offsets(qtbot: QtBot, panel: SearchPanel) -> None:
    search(qtbot, panel, "落脚点")
    start = GRASSROOTS.index("落脚点")
    rect = panel.view.visualRect(panel.model.index(0))
    with qtbot.waitSignal(panel.openRequested) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [1, start, start + 3]

    panel.view.setFocus()
    with qtbot.waitSignal(panel.openRequested) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == [1, start, start + 3]

    with qtbot.waitSignal(panel.openRequested) as blocker:  # Enter in the box opens the current hit
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert blocker.args == [1, start, start + 3]


def test_hits_span_speeches_in_rank_order_with_their_offsets(qtbot: QtBot, panel: SearchPanel) -> None:
    search(qtbot, panel, "基层")
    hits = panel.model.hits()
    expected = sum(text.count("基层") for text in TEXTS.values())
    assert len(hits) == expected
    assert {hit.speech_id for hit in hits} == {1, 2, 3}
    assert all(TEXTS[hit.speech_id][hit.start : hit.end] == "基层" for hit in hits)
    assert panel.status_label.text() == f"{expected} hits in 3 speeches"


def test_nothing_found_and_an_empty_box(qtbot: QtBot, panel: SearchPanel) -> None:
    search(qtbot, panel, "量子计算")
    assert panel.model.rowCount() == 0
    assert panel.status_label.text() == "Nothing found for “量子计算”."
    assert not panel.mark_all_button.isEnabled()
    panel.set_query("")
    assert panel.status_label.text() == "Type a word or a phrase to search every speech."


def test_the_first_search_says_the_dictionary_is_loading(
    qtbot: QtBot, panel: SearchPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(segment, "is_loaded", lambda: False)
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        panel.set_query("乡村")
        assert panel.status_label.text() == "Loading the dictionary…"
    monkeypatch.undo()
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        panel.set_query("振兴")
        assert panel.status_label.text() == "Searching…"


def test_a_stale_result_is_dropped(qtbot: QtBot, panel: SearchPanel) -> None:
    panel.set_query("乡村")
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        panel.set_query("枫桥经验")
    assert blocker.args[0].query == "枫桥经验"
    qtbot.waitUntil(lambda: not panel.is_busy())
    assert panel.result() is not None and panel.result().query == "枫桥经验"  # type: ignore[union-attr]
    assert [hit.speech_id for hit in panel.model.hits()] == [1]


def test_mark_every_hit_asks_tag_and_colour_and_marks_the_library(
    qtbot: QtBot, panel: SearchPanel, library_path: Path
) -> None:
    search(qtbot, panel, "治理体系")
    assert panel.mark_all_button.isEnabled()
    qtbot.mouseClick(panel.mark_all_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(MarkAllDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.tag() == "治理体系"
    dialog.tag_combo.setEditText("治理/体系")
    dialog.set_color("green")
    with (
        qtbot.waitSignal(panel.libraryChanged, timeout=10_000),
        qtbot.waitSignal(panel.markAllFinished, timeout=10_000) as blocker,
    ):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert len(blocker.args[0].created) == 2
    with Library.open(library_path) as library:
        marks = library.marks.list(tag="治理/体系")
        assert [(m.speech_id, m.quote, m.color, m.tags) for m in marks] == [
            (1, "治理体系", "green", ("治理/体系",)),
            (2, "治理体系", "green", ("治理/体系",)),
        ]
    assert panel.status_label.text() == "Marked 2 hits with “治理/体系”."

    with qtbot.waitSignal(panel.markAllFinished, timeout=10_000):  # again: nothing new
        panel.mark_every_hit("治理体系", "治理/体系", "green")
    assert panel.status_label.text() == "Marked 0 hits with “治理/体系”. 2 were marked already."
    with Library.open(library_path) as library:
        assert library.marks.count() == 2


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screenshot_search_results(
    language: str, qtbot: QtBot, library_path: Path, artifacts_dir: Path
) -> None:
    panel = SearchPanel(library_path)
    qtbot.addWidget(panel)
    panel.resize(440, 620)
    panel.show()
    qtbot.waitExposed(panel)
    with speaking(language):
        search(qtbot, panel, "基层")
        assert clipped_labels(panel) == []
        if language == "zh_CN":
            expected = sum(text.count("基层") for text in TEXTS.values())
            assert panel.status_label.text() == f"找到 {expected} 处，出自 3 篇讲话"
            assert panel.mark_all_button.text() == "标注全部结果(&E)…"
        save_screenshot(panel, "search_results", language, artifacts_dir)
