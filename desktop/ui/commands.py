"""Undoable actions: each is one core call (and its inverse) wrapped in a ``QUndoCommand``.

The window keeps one ``QUndoStack``. A command is *executed* once before it is pushed
(``MainWindow.push_command``): if the core refuses (a mark crossing a split point, an empty title)
the error is shown and nothing lands on the stack. ``redo`` after that repeats the action, ``undo``
reverses it; both report what they changed (a ``Change``, like Anki's ``OpChanges``) so the window
emits ``libraryChanged`` and the widgets re-read the library — the library is the truth.

Speech ids and undo: the store has no inverse of a merge or a split, so undoing one is the opposite
correction (a merge is undone by a split at the same place, a split by a merge), which gives the
restored speech a new id. ``SpeechIds`` remembers old id → new id, and every command asks it for
the current id of the speeches it names, so commands further down the stack still find their
speech. Marks keep their UUIDs through merges and splits.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.core.errors import HuiduError
from desktop.core.store import Library, Mark, MarkSpec
from desktop.core.store.corrections import MAX_TITLE_LINE

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """What an action changed, so views re-read only that (``MainWindow.libraryChanged``)."""

    marks: bool = False  # marks were added, removed or edited
    edited_only: bool = False  # the marks were only edited: none added or removed, counts unchanged
    speeches: bool = False  # speech titles, texts or the list of speeches changed
    compilations: bool = False  # compilations were added (an import)
    tags: bool = False  # tag names or colours changed (the tag manager)
    speech_ids: frozenset[int] = frozenset()  # the speeches concerned
    focus_speech: int | None = None  # the speech to show afterwards (after a merge or a split)
    focus_mark: str | None = None  # the mark to select afterwards


EVERYTHING = Change(marks=True, speeches=True, compilations=True, tags=True)


@dataclass
class SpeechIds:
    """Speech ids that an undone merge or split replaced: old id → the id the speech has now."""

    moved: dict[int, int] = field(default_factory=dict)

    def current(self, speech_id: int) -> int:
        seen = set()
        while speech_id in self.moved and speech_id not in seen:
            seen.add(speech_id)
            speech_id = self.moved[speech_id]
        return speech_id

    def move(self, old: int, new: int) -> None:
        if old != new:
            self.moved[old] = new


@dataclass
class CommandContext:
    """What every command needs: the library, the id map, and whom to tell about changes and errors."""

    library: Library
    notify: Callable[[Change], None]
    report_error: Callable[[str, Exception], None]
    ids: SpeechIds = field(default_factory=SpeechIds)


class LibraryCommand(QUndoCommand):
    """Base: ``execute`` does it the first time (may raise), ``_redo``/``_undo`` after that."""

    def __init__(self, context: CommandContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.library = context.library
        self._skip_redo = False
        self._first_change = Change()

    def execute(self) -> Change:
        """Do it the first time; raises what the core raises (then the command is not pushed)."""
        change = self._redo()
        self._skip_redo = True  # QUndoStack.push calls redo(): that one only reports the change
        self._first_change = change
        return change

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            self.context.notify(self._first_change)
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Change]) -> None:
        try:
            change = step()
        except Exception as error:  # a stale stack (e.g. the library changed elsewhere): report it
            if not isinstance(error, HuiduError):
                logger.exception("Undo/redo of %r failed", self.text())
            self.setObsolete(True)
            self.context.report_error(self.text(), error)
            return
        self.context.notify(change)

    def _redo(self) -> Change:
        raise NotImplementedError

    def _undo(self) -> Change:
        raise NotImplementedError

    def _restore(self, mark: Mark) -> Mark:
        return self.library.marks.restore(
            dataclasses.replace(mark, speech_id=self.context.ids.current(mark.speech_id))
        )


# --- marks -----------------------------------------------------------------------------------


class AddMarksCommand(LibraryCommand):
    """Create one or more marks (a selection, every search hit, an accepted suggestion)."""

    def __init__(self, context: CommandContext, specs: Sequence[MarkSpec], text: str) -> None:
        super().__init__(context, text)
        self.specs = list(specs)
        self.marks: list[Mark] = []

    def _redo(self) -> Change:
        if not self.marks:
            self.marks = self.library.marks.add_many(self.specs)
        else:
            self.marks = [self._restore(mark) for mark in self.marks]
        return Change(
            marks=True,
            speech_ids=frozenset(m.speech_id for m in self.marks),
            focus_mark=self.marks[0].uuid if len(self.marks) == 1 else None,
        )

    def _undo(self) -> Change:
        self.marks = [self.library.marks.get(m.uuid) for m in self.marks]  # as they are now
        self.library.marks.remove_many([m.uuid for m in self.marks])
        return Change(marks=True, speech_ids=frozenset(m.speech_id for m in self.marks))


class AdoptMarksCommand(AddMarksCommand):
    """Marks a worker has already created ("mark every hit" runs off the GUI thread): pushing only
    records them, undo removes them and redo restores them, like any other new marks."""

    def __init__(self, context: CommandContext, marks: Sequence[Mark], text: str) -> None:
        super().__init__(context, [], text)
        self.marks = list(marks)
        self._adopting = True

    def _redo(self) -> Change:
        if self._adopting:
            self._adopting = False
            return Change(marks=True, speech_ids=frozenset(m.speech_id for m in self.marks))
        return super()._redo()


class RemoveMarksCommand(LibraryCommand):
    def __init__(self, context: CommandContext, uuids: Sequence[str], text: str) -> None:
        super().__init__(context, text)
        self.uuids = list(uuids)
        self.removed: list[Mark] = []

    def _redo(self) -> Change:
        self.removed = self.library.marks.get_many(self.uuids)
        self.library.marks.remove_many([m.uuid for m in self.removed])
        return Change(marks=True, speech_ids=frozenset(m.speech_id for m in self.removed))

    def _undo(self) -> Change:
        restored = [self._restore(mark) for mark in self.removed]
        return Change(
            marks=True,
            speech_ids=frozenset(m.speech_id for m in restored),
            focus_mark=restored[0].uuid if len(restored) == 1 else None,
        )


MARK_FIELDS = ("color", "style", "tags", "note", "state", "rating")


class UpdateMarkCommand(LibraryCommand):
    """Change a mark's colour, style, tags, note, state or rating (``marks.update``)."""

    def __init__(self, context: CommandContext, uuid: str, changes: dict[str, Any], text: str) -> None:
        super().__init__(context, text)
        unknown = set(changes) - set(MARK_FIELDS)
        if unknown:
            raise ValueError(f"not a mark field: {sorted(unknown)}")
        self.uuid = uuid
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}

    def execute(self) -> Change:
        # The first time, the mark being edited is where the user is: leave the selection alone
        # (a note saved on leaving a mark must not pull the selection back to it)
        change = dataclasses.replace(super().execute(), focus_mark=None)
        self._first_change = change
        return change

    def _redo(self) -> Change:
        old = self.library.marks.get(self.uuid)
        self.before = {name: getattr(old, name) for name in self.changes}
        mark = self.library.marks.update(self.uuid, **self.changes)
        return Change(
            marks=True,
            edited_only=True,
            tags="tags" in self.changes,
            speech_ids=frozenset([mark.speech_id]),
            focus_mark=mark.uuid,
        )

    def _undo(self) -> Change:
        mark = self.library.marks.update(self.uuid, **self.before)
        return Change(
            marks=True,
            edited_only=True,
            tags="tags" in self.changes,
            speech_ids=frozenset([mark.speech_id]),
            focus_mark=mark.uuid,
        )


# --- split corrections -----------------------------------------------------------------------


class RenameSpeechCommand(LibraryCommand):
    def __init__(self, context: CommandContext, speech_id: int, title: str, text: str) -> None:
        super().__init__(context, text)
        self.speech_id = speech_id
        self.title = title
        self.old_title = ""

    def _redo(self) -> Change:
        speech_id = self.context.ids.current(self.speech_id)
        self.old_title = self.library.speeches.get(speech_id).title
        self.library.corrections.rename(speech_id, self.title)
        return Change(speeches=True, speech_ids=frozenset([speech_id]), focus_speech=speech_id)

    def _undo(self) -> Change:
        speech_id = self.context.ids.current(self.speech_id)
        self.library.corrections.rename(speech_id, self.old_title)
        return Change(speeches=True, speech_ids=frozenset([speech_id]), focus_speech=speech_id)


class MergeSpeechCommand(LibraryCommand):
    """Merge a speech into the one before it; undone by splitting there again.

    The title becomes a line of the merged text when it is short enough to be recognised as a
    title again by the split that undoes the merge (``MAX_TITLE_LINE``); a longer one is kept
    aside and given back as the title.
    """

    def __init__(self, context: CommandContext, speech_id: int, text: str) -> None:
        super().__init__(context, text)
        self.speech_id = speech_id  # the speech merged away (its id changes when an undo recreates it)
        self.into = 0
        self.offset = 0
        self.title = ""
        self.meta: dict[str, str] = {}
        self.keep_title = True

    def _redo(self) -> Change:
        ids = self.context.ids
        speech = self.library.speeches.get(ids.current(self.speech_id))
        self.title = speech.title
        self.meta = dict(speech.meta)  # the merge drops them; the undoing split gives them back
        self.keep_title = 0 < len(speech.title) <= MAX_TITLE_LINE
        merged = self.library.corrections.merge_into_previous(speech.id, keep_title=self.keep_title)
        self.into = merged.id
        self.offset = len(merged.text) - len(speech.text) - (len(speech.title) + 1 if self.keep_title else 0)
        return Change(
            speeches=True, marks=True, speech_ids=frozenset([speech.id, merged.id]), focus_speech=merged.id
        )

    def _undo(self) -> Change:
        into = self.context.ids.current(self.into)
        first, second = self.library.corrections.split(
            into, self.offset, title=None if self.keep_title else self.title, meta=self.meta
        )
        self.context.ids.move(self.context.ids.current(self.speech_id), second.id)
        return Change(
            speeches=True, marks=True, speech_ids=frozenset([first.id, second.id]), focus_speech=second.id
        )


class SplitSpeechCommand(LibraryCommand):
    """Split a speech at an offset; undone by merging the new part back."""

    def __init__(self, context: CommandContext, speech_id: int, offset: int, text: str) -> None:
        super().__init__(context, text)
        self.speech_id = speech_id
        self.offset = offset
        self.new_id: int | None = None
        self.keep_title = True

    def _redo(self) -> Change:
        ids = self.context.ids
        speech_id = ids.current(self.speech_id)
        original = self.library.speeches.text(speech_id)
        first, second = self.library.corrections.split(speech_id, self.offset)
        if self.new_id is not None:
            ids.move(ids.current(self.new_id), second.id)
        self.new_id = second.id
        # Merging back gives the original text if the new title was taken from the text's line
        with_title = first.text + "\n" + second.title + "\n" + second.text
        self.keep_title = with_title == original or (first.text + "\n" + second.text) != original
        return Change(
            speeches=True, marks=True, speech_ids=frozenset([first.id, second.id]), focus_speech=second.id
        )

    def _undo(self) -> Change:
        assert self.new_id is not None
        merged = self.library.corrections.merge_into_previous(
            self.context.ids.current(self.new_id), keep_title=self.keep_title
        )
        return Change(speeches=True, marks=True, speech_ids=frozenset([merged.id]), focus_speech=merged.id)
