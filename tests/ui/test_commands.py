"""Undoable commands against a real library: each one done, undone and redone, the stack kept sound."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.core.store import Library, MarkSpec
from desktop.ui.commands import (
    AddMarksCommand,
    Change,
    CommandContext,
    LibraryCommand,
    MergeSpeechCommand,
    RemoveMarksCommand,
    RenameSpeechCommand,
    SpeechIds,
    SplitSpeechCommand,
    UpdateMarkCommand,
)
from tests.ui.library_data import TITLES, make_compilation

pytest_plugins = ["tests.ui.library_fixtures"]  # fixtures: library, settings_file, window, warnings_shown


class Harness:
    def __init__(self, library: Library) -> None:
        self.changes: list[Change] = []
        self.errors: list[str] = []
        self.context = CommandContext(
            library, self.changes.append, lambda title, e: self.errors.append(str(e))
        )
        self.stack = QUndoStack()
        library.compilations.import_parsed(make_compilation())
        self.library = library
        self.ids = [s.id for s in library.speeches.list()]

    def push(self, command: LibraryCommand) -> None:
        command.execute()
        self.stack.push(command)


def test_speech_ids_follow_chains() -> None:
    ids = SpeechIds()
    ids.move(2, 7)
    ids.move(7, 9)
    ids.move(3, 3)
    assert (ids.current(2), ids.current(7), ids.current(3), ids.current(4)) == (9, 9, 3, 4)


def test_push_after_execute_reports_once_and_does_not_run_twice(qtbot: QtBot, library: Library) -> None:
    h = Harness(library)
    h.push(AddMarksCommand(h.context, [MarkSpec(h.ids[0], 0, 4)], "mark"))
    assert len(library.marks.list()) == 1 and len(h.changes) == 1 and h.changes[0].marks
    h.stack.undo()
    h.stack.redo()
    assert len(library.marks.list()) == 1 and len(h.changes) == 3


def test_update_remembers_every_field_it_changes(qtbot: QtBot, library: Library) -> None:
    h = Harness(library)
    mark = library.marks.add(h.ids[0], 0, 4, tags=["甲"], note="旧")
    h.push(UpdateMarkCommand(h.context, mark.uuid, {"tags": ["乙", "丙"], "note": "新", "rating": 3}, "edit"))
    assert set(library.marks.get(mark.uuid).tags) == {"乙", "丙"}
    h.stack.undo()
    back = library.marks.get(mark.uuid)
    assert (back.tags, back.note, back.rating) == (("甲",), "旧", 0)


def test_a_mark_made_before_a_merge_survives_undoing_both(qtbot: QtBot, library: Library) -> None:
    """add a mark in speech 2, merge 2 into 1, undo the merge (2 comes back with a new id), undo the
    mark, redo the mark: it must land in the re-created speech, where its text is."""
    h = Harness(library)
    text = library.speeches.text(h.ids[1])
    add = AddMarksCommand(h.context, [MarkSpec(h.ids[1], 5, 12, color="green")], "mark")
    h.push(add)
    uuid = add.marks[0].uuid
    h.push(MergeSpeechCommand(h.context, h.ids[1], "merge"))
    assert library.marks.get(uuid).speech_id == h.ids[0]
    h.stack.undo()  # the merge
    recreated = library.marks.get(uuid).speech_id
    assert recreated != h.ids[1] and library.speeches.text(recreated) == text
    assert library.speeches.get(recreated).title == TITLES[1]
    h.stack.undo()  # the mark
    assert library.marks.list() == []
    h.stack.redo()  # the mark again: into the re-created speech
    again = library.marks.get(uuid)
    assert (again.speech_id, again.quote) == (recreated, text[5:12])
    h.stack.redo()  # the merge again
    assert library.marks.get(uuid).speech_id == h.ids[0]
    assert [s.title for s in library.speeches.list()] == [TITLES[0], TITLES[2], TITLES[3]]
    assert h.errors == []


def test_split_then_undo_gives_the_text_back(qtbot: QtBot, library: Library) -> None:
    h = Harness(library)
    original = library.speeches.text(h.ids[0])
    offset = original.index("二、练就")
    mark = library.marks.add(h.ids[0], offset + 20, offset + 25)
    h.push(SplitSpeechCommand(h.context, h.ids[0], offset, "split"))
    second = library.speeches.list()[1]
    assert (
        second.title == "二、练就过硬本领，挑起时代之担"
        and library.marks.get(mark.uuid).speech_id == second.id
    )
    h.stack.undo()
    assert library.speeches.text(h.ids[0]) == original
    assert library.marks.get(mark.uuid).speech_id == h.ids[0]
    h.stack.redo()
    assert library.speeches.list()[1].title == "二、练就过硬本领，挑起时代之担"
    h.stack.undo()
    assert library.speeches.text(h.ids[0]) == original and h.errors == []


def test_rename_is_undone_by_renaming_back(qtbot: QtBot, library: Library) -> None:
    h = Harness(library)
    h.push(RenameSpeechCommand(h.context, h.ids[2], "新标题", "rename"))
    assert library.speeches.get(h.ids[2]).title == "新标题"
    h.stack.undo()
    assert library.speeches.get(h.ids[2]).title == TITLES[2]


def test_a_stale_command_reports_instead_of_crashing(qtbot: QtBot, library: Library) -> None:
    h = Harness(library)
    mark = library.marks.add(h.ids[0], 0, 4)
    h.push(UpdateMarkCommand(h.context, mark.uuid, {"color": "red"}, "recolour"))
    library.marks.remove(mark.uuid)  # another program deleted it behind the stack's back
    h.stack.undo()
    assert len(h.errors) == 1 and "no mark" in h.errors[0]
    assert h.stack.count() == 0  # the obsolete command left the stack


def test_delete_is_undone_with_the_same_mark(qtbot: QtBot, library: Library) -> None:
    h = Harness(library)
    mark = library.marks.add(h.ids[0], 0, 4, tags=["甲"], note="批注")
    h.push(RemoveMarksCommand(h.context, [mark.uuid], "delete"))
    assert library.marks.list() == []
    h.stack.undo()
    assert library.marks.get(mark.uuid) == mark  # same UUID, tags, note and times
    h.stack.redo()
    assert library.marks.list() == []


def test_undoing_a_merge_gives_the_speech_its_metadata_back(qtbot: QtBot, library: Library) -> None:
    from desktop.core.model import Compilation
    from tests.ui.library_data import FIRST, SECOND, make_speech

    meta = {"speaker": "王建国", "date": "2024年5月"}
    speeches = (make_speech(TITLES[0], FIRST), make_speech(TITLES[1], SECOND, meta))
    library.compilations.import_parsed(Compilation("/x/汇编.txt", "txt", "utf-8", "汇编", None, speeches))
    first, second = (s.id for s in library.speeches.list())
    context = CommandContext(library, lambda change: None, lambda title, error: None)
    stack = QUndoStack()
    merge = MergeSpeechCommand(context, second, "merge")
    merge.execute()
    stack.push(merge)
    assert [s.id for s in library.speeches.list()] == [first]
    stack.undo()
    restored = library.speeches.list()[1]
    assert library.speeches.get(restored.id).meta == meta
    assert library.speeches.get(restored.id).title == TITLES[1]
