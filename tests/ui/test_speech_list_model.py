"""SpeechListModel: a well-behaved Qt model over a compilation's speeches."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core.model import Compilation, Speech
from desktop.ui.speech_list_model import SPEECH_ROLE, SpeechListModel


def make_compilation() -> Compilation:
    speeches = (
        Speech(title="在全市青年干部座谈会上的讲话", text="同志们：", meta={"date": "2024年5月"}),
        Speech(title="", text="没有标题的一篇。"),
    )
    return Compilation(
        source="/tmp/汇编.txt",
        format="txt",
        encoding="utf-8",
        title="汇编",
        declared_count=2,
        speeches=speeches,
    )


def test_rows_titles_tooltips_and_the_speech_role(qtbot: QtBot) -> None:
    model = SpeechListModel()
    assert model.rowCount() == 0
    compilation = make_compilation()
    with qtbot.waitSignal(model.modelReset):
        model.set_compilation(compilation)
    assert model.rowCount() == 2
    first, second = model.index(0, 0), model.index(1, 0)
    assert model.data(first, Qt.ItemDataRole.DisplayRole) == "在全市青年干部座谈会上的讲话"
    assert model.data(first, Qt.ItemDataRole.ToolTipRole) == "在全市青年干部座谈会上的讲话\n2024年5月"
    assert model.data(second, Qt.ItemDataRole.DisplayRole) == "(untitled)"
    assert model.data(second, SPEECH_ROLE) is compilation.speeches[1]
    assert model.speech(5) is None
    assert model.rowCount(first) == 0  # a list: no children


def test_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = SpeechListModel()
    model.set_compilation(make_compilation())
    qtmodeltester.check(model)
    model.set_compilation(None)
    assert model.rowCount(QModelIndex()) == 0
