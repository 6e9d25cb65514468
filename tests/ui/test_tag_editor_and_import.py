"""The tag editor on its own, and the import worker and dialog without the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.core.store import ImportResult, Library
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.resources import sample_path
from desktop.ui.tag_editor import TagEditor, parse_tags
from desktop.ui.workers import ImportOutcome, ImportWorker, expand_paths

pytest_plugins = ["tests.ui.library_fixtures"]  # fixtures: library, settings_file, window, warnings_shown


@pytest.mark.parametrize(
    ("typed", "tags"),
    [
        ("金句, 排比", ["金句", "排比"]),
        ("金句，排比、基层；作风", ["金句", "排比", "基层", "作风"]),
        (" 金句 / 排比 ,, 金句/排比", ["金句/排比"]),
        ("金句/ /排比, ", []),
        ("", []),
    ],
)
def test_parse_tags(typed: str, tags: list[str]) -> None:
    assert parse_tags(typed) == tags


def test_the_editor_completes_the_tag_being_typed(qtbot: QtBot) -> None:
    editor = TagEditor(["基层", "金句", "金句/排比"])
    qtbot.addWidget(editor)
    editor.set_tags(["基层"])
    editor.popup_at(QPoint(20, 20))
    assert editor.isVisible() and editor.edit.text() == "基层, "
    editor.edit.setText("基层, 排")
    editor.completer.setCompletionPrefix(editor.completer.splitPath(editor.edit.text())[0])
    assert editor.completer.completionCount() == 1
    assert editor.completer.currentIndex().data() == "金句/排比"
    assert editor.completer.currentCompletion() == "基层, 金句/排比"  # the line with the tag completed
    with qtbot.waitSignal(editor.tagsAccepted) as accepted:
        editor.edit.setText("基层, 金句/排比")
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert accepted.args[0] == ["基层", "金句/排比"]


def test_expand_paths_walks_folders_for_compilations(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "一.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "二.DOCX").write_bytes(b"x")
    (tmp_path / "a" / "图.png").write_bytes(b"x")
    (tmp_path / "a" / ".隐藏.txt").write_text("x", encoding="utf-8")
    single = tmp_path / "三.pdf"
    single.write_bytes(b"x")
    found = expand_paths([tmp_path / "a", single, single])
    assert [p.name for p in found] == ["一.txt", "二.DOCX", "三.pdf"]


def test_the_worker_imports_with_its_own_connection_and_reports(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    good = tmp_path / "汇编.txt"
    good.write_text(sample_path().read_text(encoding="utf-8"), encoding="utf-8")
    missing = tmp_path / "不存在.txt"
    worker = ImportWorker(library.path, [good, missing])  # type: ignore[arg-type]
    started: list[str] = []
    worker.signals.fileStarted.connect(lambda number, total, name: started.append(name))
    with qtbot.waitSignal(worker.signals.finished, timeout=20_000) as finished:
        worker.run()  # on this thread: the signals are the same
    outcomes, cancelled = finished.args
    assert not cancelled and started == ["汇编.txt", "不存在.txt"]
    assert [o.result.status for o in outcomes] == ["imported", "failed"]
    assert outcomes[1].expected and "不存在.txt" in (outcomes[1].result.error or "")
    assert [c.title for c in library.compilations.list()] == ["XX市青年干部座谈会交流发言汇编"]


def test_the_dialog_lists_failures_and_counts(qtbot: QtBot) -> None:
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.is_running() and "Preparing" in dialog.status_label.text()
    dialog.on_file_started(0, 2, "一.txt")
    assert dialog.status_label.text() == "Importing 一.txt (1 of 2)…"
    dialog.on_progress(3, 10)
    assert (dialog.progress.value(), dialog.progress.maximum()) == (3, 10)
    ok = ImportOutcome(ImportResult("/a/一.txt", "imported", 1, 4))
    bad = ImportOutcome(ImportResult("/a/二.pdf", "failed", error="二.pdf: 扫描版 PDF，没有可提取的文字"))
    bug = ImportOutcome(ImportResult("/a/三.txt", "failed", error="ZeroDivisionError: x"), expected=False)
    for outcome in (ok, bad, bug):
        dialog.on_file_finished(outcome)
    dialog.on_finished([ok, bad, bug], False)
    assert dialog.isVisible() and not dialog.is_running()
    rows = dialog.failure_rows()
    assert rows[0] == ("二.pdf", "二.pdf: 扫描版 PDF，没有可提取的文字")
    assert rows[1][0] == "三.txt" and "unexpected" in rows[1][1] and "ZeroDivision" not in rows[1][1]
    assert "2 could not be imported" in dialog.status_label.text()


def test_cancel_while_running_asks_the_worker_and_stays_open(qtbot: QtBot) -> None:
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.start()
    with qtbot.waitSignal(dialog.cancelRequested):
        dialog.reject()
    assert dialog.status_label.text() == "Cancelling…"
    dialog.on_finished([], True)
    assert not dialog.isVisible()
