"""The Export dialog: the preview count follows the filters, Export writes the file in a worker, Cancel
leaves none, and the result offers its folder."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.export import ExportOptions
from desktop.core.export import export as real_export
from desktop.core.store import Library
from desktop.ui import export_dialog as export_module
from desktop.ui.export_dialog import ExportDialog
from tests.ui.test_search_panel import (
    DISCIPLINE,
    GRASSROOTS,
    VILLAGE,
    clipped_labels,
    make_library,
    save_screenshot,
    speaking,
)


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = make_library(tmp_path)
    with Library.open(path) as library:
        library.marks.add(
            1, *span(GRASSROOTS, "基层是一切工作的落脚点"), tags=["金句"], state="selected", rating=4
        )
        library.marks.add(1, *span(GRASSROOTS, "枫桥经验"), tags=["金句/排比"], color="green")
        library.marks.add(
            2, *span(VILLAGE, "民族要复兴，乡村必振兴"), tags=["金句"], state="selected", color="red"
        )
        library.marks.add(2, *span(VILLAGE, "高质量发展"), tags=["方法"], note="新发展理念")
        library.marks.add(3, *span(DISCIPLINE, "打铁必须自身硬"), state="rejected")
    return path


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    library = Library.open(library_path)
    yield library
    library.close()


@pytest.fixture
def dialog(qtbot: QtBot, library: Library, library_path: Path, tmp_path: Path) -> ExportDialog:
    dialog = ExportDialog(library, library_path)
    qtbot.addWidget(dialog)
    dialog.set_output_path(tmp_path / "out" / "摘录.docx")
    (tmp_path / "out").mkdir()
    dialog.show()
    return dialog


def changed_count(qtbot: QtBot, dialog: ExportDialog, change: Any) -> int:
    with qtbot.waitSignal(dialog.countChanged) as blocker:
        change()
    return int(blocker.args[0])


def test_the_preview_count_follows_the_filters(qtbot: QtBot, dialog: ExportDialog) -> None:
    assert dialog.marks_selected() == 5
    assert dialog.count_label.text() == "5 marks will be exported."
    assert changed_count(qtbot, dialog, lambda: dialog.set_checked_tags(["金句"])) == 3  # with 金句/排比
    assert changed_count(qtbot, dialog, lambda: dialog.state_checks["selected"].setChecked(True)) == 2
    assert changed_count(qtbot, dialog, lambda: dialog.color_buttons["red"].setChecked(True)) == 1
    assert changed_count(qtbot, dialog, lambda: dialog.color_buttons["red"].setChecked(False)) == 2
    assert changed_count(qtbot, dialog, lambda: dialog.min_rating.setValue(4)) == 1
    assert changed_count(qtbot, dialog, lambda: dialog.set_checked_tags([])) == 1
    assert changed_count(qtbot, dialog, lambda: dialog.min_rating.setValue(5)) == 0
    assert dialog.count_label.text() == "No marks match these filters."
    assert not dialog.export_button.isEnabled()
    dialog.min_rating.setValue(0)
    dialog.state_checks["selected"].setChecked(False)
    assert changed_count(qtbot, dialog, lambda: dialog.text_filter.setText("发展")) == 1
    assert dialog.selection().text == "发展"


def test_the_tag_tree_is_hierarchical_with_counts(dialog: ExportDialog) -> None:
    root = dialog.tag_model.invisibleRootItem()
    top = [root.child(row).text() for row in range(root.rowCount())]
    assert top == ["方法  (1)", "金句  (3)"]
    jin = root.child(1)
    assert jin.child(0).text() == "排比  (1)"


def test_export_csv_writes_the_selected_marks(qtbot: QtBot, dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.set_format("csv")
    assert dialog.output_path() == tmp_path / "out" / "摘录.csv"  # the suffix follows the format
    dialog.set_checked_tags(["金句"])
    dialog.update_count()
    with qtbot.waitSignal(dialog.exportFinished, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    result = blocker.args[0]
    assert result is not None and result.path == tmp_path / "out" / "摘录.csv"
    with result.path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted(row["摘录"] for row in rows) == sorted(
        ["基层是一切工作的落脚点", "枫桥经验", "民族要复兴，乡村必振兴"]
    )
    assert dialog.status_label.text() == f"Exported 3 marks to {result.path}"
    assert dialog.open_folder_button.isVisible()
    assert not dialog.progress.isVisible()


def test_open_folder_shows_where_the_file_is(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(export_module, "open_folder", opened.append)
    dialog.set_format("md")
    with qtbot.waitSignal(dialog.exportFinished, timeout=10_000):
        dialog.start_export()
    assert (tmp_path / "out" / "摘录.md").read_text(encoding="utf-8").startswith("# ")
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path / "out"]


def test_export_docx_in_the_gongwen_style(qtbot: QtBot, dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.title_edit.setText("金句摘编")
    dialog.state_checks["rejected"].setChecked(True)
    dialog.update_count()
    with qtbot.waitSignal(dialog.exportFinished, timeout=20_000) as blocker:
        dialog.start_export()
    result = blocker.args[0]
    assert result.excerpts == 1 and result.path.suffix == ".docx"
    import docx

    text = "\n".join(p.text for p in docx.Document(str(result.path)).paragraphs)
    assert "金句摘编" in text and "打铁必须自身硬" in text and "落脚点" not in text


def test_cancel_stops_the_export_and_writes_no_file(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()

    def held_export(
        library: Library, options: ExportOptions, out: Path, progress: Any, cancelled: Any
    ) -> Any:
        def held_progress(done: int, total: int) -> None:
            progress(done, total)
            if done == 0:
                assert gate.wait(10)  # until the test has pressed Cancel

        return real_export(library, options, out, progress=held_progress, cancelled=cancelled)

    monkeypatch.setattr(export_module, "export", held_export)
    dialog.set_format("json")
    with qtbot.waitSignal(dialog.progressChanged, timeout=10_000):
        dialog.start_export()
    assert dialog.is_exporting() and not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "Cancelling…"
    with qtbot.waitSignal(dialog.exportFinished, timeout=10_000) as blocker:
        gate.set()
    assert blocker.args == [None]
    assert dialog.status_label.text() == "The export was cancelled; no file was written."
    assert list((tmp_path / "out").iterdir()) == []
    assert not dialog.is_exporting() and dialog.export_button.isEnabled()
    assert not dialog.open_folder_button.isVisible()


def test_a_template_is_required_for_the_template_style(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.style_combo.setCurrentIndex(dialog.style_combo.findData("template"))
    assert dialog.template_path.isEnabled()
    assert not dialog.export_button.isEnabled()
    dialog.template_path.setText(str(tmp_path / "模板.docx"))
    assert dialog.export_button.isEnabled()
    dialog.set_format("csv")
    assert not dialog.template_path.isEnabled() and not dialog.style_combo.isEnabled()


def test_an_unwritable_folder_is_reported(qtbot: QtBot, dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.set_output_path(tmp_path / "no-such-folder" / "x.docx")
    with qtbot.waitSignal(dialog.exportFailed, timeout=10_000) as blocker:
        dialog.start_export()
    assert "does not exist" in blocker.args[0]
    assert dialog.status_label.text() == blocker.args[0]


def test_refresh_reads_new_tags_and_keeps_the_checked_ones(
    qtbot: QtBot, dialog: ExportDialog, library: Library
) -> None:
    dialog.set_checked_tags(["方法"])
    library.marks.add(3, 0, 4, tags=["纪律"])
    dialog.refresh()
    assert dialog.checked_tags() == ["方法"]
    root = dialog.tag_model.invisibleRootItem()
    assert "纪律  (1)" in [root.child(row).text() for row in range(root.rowCount())]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screenshot_export_dialog(
    language: str, qtbot: QtBot, dialog: ExportDialog, artifacts_dir: Path
) -> None:
    qtbot.waitExposed(dialog)
    with speaking(language):
        dialog.set_checked_tags(["金句"])
        dialog.state_checks["selected"].setChecked(True)
        dialog.update_count()
        documents = "文档" if language == "zh_CN" else "Documents"
        dialog.set_output_path(
            Path("~", documents, dialog.title_edit.text() + ".docx")
        )  # not a temporary path
        assert clipped_labels(dialog) == []
        if language == "zh_CN":
            assert dialog.count_label.text() == "将导出 2 条标注。"
        save_screenshot(dialog, "export_dialog", language, artifacts_dir)
