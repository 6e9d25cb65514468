"""LibraryModel and the tree pane: a well-behaved lazy tree that follows the library without resets."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core.store import Library
from desktop.ui.library_model import COMPILATION, COUNT_COLUMN, ID_ROLE, KIND_ROLE, SPEECH, LibraryModel
from desktop.ui.library_tree import LibraryTreePane
from desktop.ui.resources import sample_path
from tests.ui.library_data import TITLES, make_compilation

pytest_plugins = ["tests.ui.library_fixtures"]  # fixtures: library, settings_file, window, warnings_shown


def stock(library: Library) -> tuple[int, int]:
    first = library.compilations.import_parsed(make_compilation()).compilation_id
    second = library.compilations.import_parsed(
        make_compilation("/b/另一本.txt", title="另一本汇编")
    ).compilation_id
    assert first is not None and second is not None
    return first, second


def test_the_model_passes_qt_s_model_tester(qtmodeltester: ModelTester, library: Library) -> None:
    stock(library)
    model = LibraryModel(library)
    qtmodeltester.check(model, force_py=True)
    model.fetch_all()
    qtmodeltester.check(model, force_py=True)


def test_speeches_are_read_only_when_asked(library: Library) -> None:
    stock(library)
    model = LibraryModel(library)
    assert model.rowCount() == 2
    parent = model.index(0, 0)
    assert parent.data() == "XX市青年干部座谈会交流发言汇编（5篇）" and parent.data(KIND_ROLE) == COMPILATION
    assert model.hasChildren(parent) and model.canFetchMore(parent) and model.rowCount(parent) == 0
    model.fetchMore(parent)
    assert [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))] == TITLES
    child = model.index(1, 0, parent)
    assert child.data(KIND_ROLE) == SPEECH and model.parent(child) == parent
    assert model.index(1, COUNT_COLUMN, parent).data() == ""  # no marks yet
    assert model.index(0, COUNT_COLUMN).data() == "4"  # a compilation counts its speeches
    assert model.speech_index(child.data(ID_ROLE)) == child


def test_refresh_updates_counts_and_titles_in_place(qtbot: QtBot, library: Library) -> None:
    stock(library)
    model = LibraryModel(library)
    model.fetch_all()
    speech_id = model.index(2, 0, model.index(0, 0)).data(ID_ROLE)
    library.marks.add(speech_id, 0, 4)
    library.marks.add(speech_id, 5, 8)
    library.corrections.rename(speech_id, "改过的标题")
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged):
        model.refresh()
    row = model.speech_index(speech_id)
    assert row.data() == "改过的标题"
    assert model.index(row.row(), COUNT_COLUMN, row.parent()).data() == "2"
    assert resets == []


def test_refresh_after_a_merge_and_an_import(qtbot: QtBot, library: Library) -> None:
    stock(library)
    model = LibraryModel(library)
    model.fetch_all()
    second_speech = model.index(1, 0, model.index(0, 0)).data(ID_ROLE)
    library.corrections.merge_into_previous(second_speech)
    library.compilations.import_parsed(make_compilation("/c/第三本.txt", title="第三本"))
    with qtbot.waitSignal(model.rowsInserted):
        model.refresh()
    parent = model.index(0, 0)
    assert model.rowCount(parent) == 3
    assert model.rowCount() == 3 and model.index(2, 0).data() == "第三本"
    assert not model.speech_index(second_speech).isValid()


def test_older_versions_are_hidden_or_listed_greyed(tmp_path: Path, library: Library) -> None:
    source = tmp_path / "汇编.txt"
    source.write_text(sample_path().read_text(encoding="utf-8"), encoding="utf-8")
    library.compilations.import_file(source)
    source.write_text(sample_path().read_text(encoding="utf-8") + "\n补充一句。", encoding="utf-8")
    assert library.compilations.import_file(source).status == "new-version"
    model = LibraryModel(library)
    assert model.rowCount() == 1
    model.set_show_superseded(True)
    assert model.rowCount() == 2
    assert "(version 1, replaced)" in model.index(1, 0).data()


def test_the_pane_filters_and_moves_across_compilations(qtbot: QtBot, library: Library) -> None:
    first, second = stock(library)
    pane = LibraryTreePane(library)
    qtbot.addWidget(pane)
    seen: list[int | None] = []
    pane.currentSpeechChanged.connect(seen.append)
    assert pane.select_compilation(first)
    assert pane.current_compilation().id == first  # type: ignore[union-attr]
    for _ in range(3):
        assert pane.move_selection(+1)
    assert pane.move_selection(+1)  # from the last speech of the first into the second compilation
    assert pane.current_compilation().id == second  # type: ignore[union-attr]
    assert len(seen) == 5
    pane.set_filter("三心")
    assert pane.speech_ids_in_view_order() == [s.id for s in library.speeches.list() if s.title == TITLES[2]]
    assert pane.summary_label.text() == "Declared 5, found 4"
