"""The main window with real widgets: list, reading pane, opening files in the background."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from desktop.core import parse
from desktop.core.errors import UnreadableFileError
from desktop.core.model import Compilation, OutlineHeading, Speech
from desktop.ui.main_window import MainWindow


def make_speech(title: str, paragraphs: list[str], meta: dict[str, str] | None = None) -> Speech:
    """A speech whose outline and placeholders are found in its text, as the parser would."""
    text = "\n".join(paragraphs)
    outline: list[OutlineHeading] = []
    offset = 0
    for paragraph in paragraphs:
        if paragraph[:2] in ("一、", "二、", "三、"):
            outline.append(OutlineHeading(1, paragraph, offset))
        elif paragraph[:2] in ("一是", "二是", "三是"):
            outline.append(OutlineHeading(5, paragraph[: paragraph.index("。") + 1], offset, run_in=True))
        offset += len(paragraph) + 1
    placeholders = []
    for mark in ("XX", "****", "*镇"):
        start = text.find(mark)
        while start >= 0:
            placeholders.append((start, start + (1 if mark == "*镇" else len(mark))))
            start = text.find(mark, start + len(mark))
    return Speech(
        title=title, text=text, meta=meta or {}, outline=tuple(outline), placeholders=tuple(placeholders)
    )


def make_compilation(source: str = "/samples/青年干部座谈会.txt") -> Compilation:
    speeches = (
        make_speech(
            "在全市青年干部座谈会上的讲话",
            [
                "同志们：",
                "今天召开这次座谈会，主要是听听大家的心里话，也对全市青年干部提几点希望。",
                "一、坚定理想信念，把稳思想之舵",
                "理想信念是干部安身立命的根本。信念坚定，遇到风浪就不会迷失方向。",
                "一是读原著学原理。不满足于看摘要、听转述，要在原原本本中把道理弄懂弄透。",
                "二是带着问题学。把工作中的难点当作学习的起点，学一点、用一点、悟一点。",
                "二、练就过硬本领，挑起时代之担",
                "本领不是天生的，是在摸爬滚打中练出来的；担当不是喊出来的，是在急难险重中扛出来的。",
                "去年我们在*镇开展蹲点调研，发现的问题条条都来自群众最真实的声音。",
                "同志们，青春由奋斗书写，未来靠实干开创。希望大家在XX市高质量发展的新征程上跑出青春的加速度！",
            ],
            {"subtitle": "——在XX市青年干部座谈会上", "date": "2024年5月"},
        ),
        make_speech(
            "扎根基层沃土 在为民服务中淬炼本领",
            [
                "****年夏天，我从XX大学毕业，来到*镇工作。老书记说：“基层是一本读不完的书。”",
                "一、把自己当成群众中的一员",
                "鞋底沾了多少泥，心里就装了多少民情。把群众的小事当作自己的大事，把群众的难事当作自己的要事。",
                "二、在解决实际问题中长本事",
                "解决一个实实在在的问题，胜过写十份漂亮的材料。a < b && c > d 也照样显示。",
            ],
        ),
        make_speech("以“三心”涵养担当底气", ["参加工作六年，我最深的体会是：干部的底气，在于心里装着什么。"]),
        make_speech("把论文写在乡村振兴的大地上", ["论文可以写在期刊上，也可以写在大地上。"]),
    )
    return Compilation(
        source=source,
        format="txt",
        encoding="utf-8",
        title="XX市青年干部座谈会交流发言汇编（5篇）",
        declared_count=5,
        speeches=speeches,
        warnings=("目录列出 5 篇，正文识别出 4 篇",),
    )


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    return win


@pytest.fixture
def criticals(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Replace the modal error box with a recorder, so no test waits for a click."""
    calls: list[tuple[str, str]] = []

    def fake_critical(_parent: object, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        calls.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", fake_critical)
    return calls


def speech_list(window: MainWindow) -> QListView:
    view = window.findChild(QListView, "speechTree")
    assert view is not None
    return view


def reading_text(window: MainWindow) -> str:
    pane = window.findChild(QTextBrowser, "readingPane")
    assert pane is not None
    return pane.toPlainText()


def test_lists_the_speeches_and_shows_the_first(window: MainWindow) -> None:
    window.add_compilation(make_compilation())
    model = speech_list(window).model()
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles == [s.title for s in make_compilation().speeches]
    assert reading_text(window).startswith(
        "在全市青年干部座谈会上的讲话\n——在XX市青年干部座谈会上 · 2024年5月"
    )


def test_header_and_status_bar_show_title_counts_and_warnings(window: MainWindow) -> None:
    window.add_compilation(make_compilation())
    pane = window.compilation_pane
    assert pane.title_label.text() == "XX市青年干部座谈会交流发言汇编（5篇）"
    assert pane.summary_label.text() == "Declared 5, found 4"
    assert not pane.warnings_label.isHidden()
    assert "正文识别出 4 篇" in pane.warnings_label.text()
    chars = sum(len("".join(s.text.split())) for s in make_compilation().speeches)
    assert window.counts_label.text() == f"4 speeches · {chars:,} characters"
    assert "XX市青年干部座谈会交流发言汇编" in window.windowTitle()


def test_clicking_the_second_speech_shows_it(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.add_compilation(make_compilation())
    view = speech_list(window)
    rect = view.visualRect(view.model().index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = reading_text(window)
    assert text.startswith("扎根基层沃土 在为民服务中淬炼本领\n")
    assert "a < b && c > d 也照样显示。" in text
    assert window.current_speech() is make_compilation_speech(window, 1)


def make_compilation_speech(window: MainWindow, row: int) -> Speech:
    compilation = window.current_compilation()
    assert compilation is not None
    return compilation.speeches[row]


def test_selecting_through_the_selection_model_updates_the_pane(window: MainWindow) -> None:
    window.add_compilation(make_compilation())
    view = speech_list(window)
    view.selectionModel().select(view.model().index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert reading_text(window).startswith("把论文写在乡村振兴的大地上")


def test_keyboard_moves_between_speeches(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # shortcuts only fire in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.add_compilation(make_compilation())
    assert QKeySequence("Ctrl+PgDown") in window.action_next.shortcuts()
    assert QKeySequence("Alt+Up") in window.action_previous.shortcuts()
    window.reading_pane.setFocus()
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.compilation_pane.current_row() == 1
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.compilation_pane.current_row() == 2
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.compilation_pane.current_row() == 1
    assert window.previous_speech() and not window.previous_speech()  # stops at the first
    assert window.compilation_pane.current_row() == 0


def test_opening_parses_in_a_worker_thread_while_the_gui_keeps_working(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    release = threading.Event()
    parsed_on: list[threading.Thread] = []

    def slow_parse(path: Path, encoding: str | None = None) -> Compilation:
        parsed_on.append(threading.current_thread())
        assert release.wait(timeout=10), "the test never released the parser"
        return make_compilation(source=str(path))

    monkeypatch.setattr(parse, "parse_file", slow_parse)
    window.add_compilation(make_compilation(source="/already/open.txt"))
    path = tmp_path / "讲话汇编.txt"
    path.write_text("内容", encoding="utf-8")

    window.open_paths([path])  # returns at once: the parse is waiting on `release`
    qtbot.waitUntil(lambda: bool(parsed_on))
    assert parsed_on[0] is not threading.main_thread()
    assert window.is_busy()
    assert "Reading 讲话汇编.txt" in window.statusBar().currentMessage()
    window.select_speech(2)  # the GUI still answers while the file is being read
    assert reading_text(window).startswith("以“三心”涵养担当底气")

    with qtbot.waitSignal(window.compilationOpened, timeout=5000) as opened:
        release.set()
    assert opened.args[0].source == str(path.resolve())
    assert window.current_compilation() is opened.args[0]
    assert not window.is_busy()
    assert window.statusBar().currentMessage() == ""
    assert window.compilation_pane.combo.count() == 2
    assert not window.compilation_pane.combo.isHidden()


def test_a_broken_file_shows_one_clear_error_and_the_window_stays_usable(
    window: MainWindow, qtbot: QtBot, criticals: list[tuple[str, str]], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00\x01" * 64)
    with qtbot.waitSignal(window.openFailed, timeout=5000) as failed:
        window.open_path(broken)
    assert failed.args[0] == broken.resolve()
    assert len(criticals) == 1
    title, message = criticals[0]
    assert title == "Cannot Open File"
    assert message.startswith("broken.txt")
    assert "\n" not in message
    assert not window.is_busy()
    assert window.action_import.isEnabled()
    window.add_compilation(make_compilation())
    assert window.select_speech(1)
    assert reading_text(window).startswith("扎根基层沃土")


def test_a_huidu_error_from_the_parser_is_shown_as_its_sentence(
    window: MainWindow, qtbot: QtBot, criticals: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, encoding: str | None = None) -> Compilation:
        raise UnreadableFileError(path, "扫描版 PDF，没有可提取的文字")

    monkeypatch.setattr(parse, "parse_file", refuse)
    with qtbot.waitSignal(window.openFailed, timeout=5000):
        window.open_path(Path("/nowhere/扫描件.pdf"))
    assert criticals == [("Cannot Open File", "扫描件.pdf: 扫描版 PDF，没有可提取的文字")]


def test_an_unexpected_error_is_logged_and_shown_generically(
    window: MainWindow,
    qtbot: QtBot,
    criticals: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def crash(path: Path, encoding: str | None = None) -> Compilation:
        raise ZeroDivisionError("parser bug")

    monkeypatch.setattr(parse, "parse_file", crash)
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(window.openFailed, timeout=5000):
        window.open_path(Path("/somewhere/汇编.txt"))
    assert len(criticals) == 1
    assert "汇编.txt" in criticals[0][1] and "unexpected" in criticals[0][1]
    assert "parser bug" not in criticals[0][1]
    record = next(r for r in caplog.records if "汇编.txt" in r.getMessage())
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


def test_open_paths_shows_the_first_file_and_does_not_reread_open_ones(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[Path] = []

    def fake_parse(path: Path, encoding: str | None = None) -> Compilation:
        calls.append(path)
        return make_compilation(source=str(path))

    monkeypatch.setattr(parse, "parse_file", fake_parse)
    first, second = tmp_path / "一.txt", tmp_path / "二.txt"
    window.open_paths([first, second])
    qtbot.waitUntil(lambda: len(window.compilation_pane.compilations()) == 2 and not window.is_busy())
    current = window.current_compilation()
    assert current is not None and current.source == str(first.resolve())
    window.open_path(second)  # already open: shown, not read again
    current = window.current_compilation()
    assert current is not None and current.source == str(second.resolve())
    assert sorted(calls) == sorted([first.resolve(), second.resolve()])


def test_file_open_action_asks_for_supported_files(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    opened: list[list[Path]] = []

    def fake_dialog(_parent: object, _caption: str, _dir: str, filters: str) -> tuple[list[str], str]:
        asked.append(filters)
        return ["/data/汇编.docx"], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_dialog)
    monkeypatch.setattr(window, "open_paths", lambda paths: opened.append(list(paths)))
    action = window.action_import
    assert action.objectName() == "actionImport"
    assert action.shortcut() == QKeySequence("Ctrl+O")
    action.trigger()
    supported = asked[0].split(";;")[0]
    assert all(pattern in supported for pattern in ("*.txt", "*.docx", "*.pdf"))
    assert opened == [[Path("/data/汇编.docx")]]


def test_screenshot_1280x800(window: MainWindow, qtbot: QtBot, artifacts_dir: Path) -> None:
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.add_compilation(make_compilation())
    window.add_compilation(make_compilation(source="/samples/另一本.txt"), select=False)
    QApplication.processEvents()  # let the layouts settle before taking the picture
    assert window.counts_label.width() >= window.counts_label.sizeHint().width()
    image = window.grab()
    assert image.width() == 1280 and image.height() == 800
    assert image.save(str(artifacts_dir / "main_window.png"))
