"""Correcting the split: rename, merge into the previous speech, split at an offset — marks move along."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.store import CorrectionError, InvalidValueError, Library, UnknownSpeechError
from tests.core.test_store_support import DISCIPLINE_TEXT, GRASSROOTS_TEXT, VILLAGE_TEXT, stocked_library


def quotes_are_intact(library: Library) -> None:
    for mark in library.marks.list():
        text = library.speeches.text(mark.speech_id)
        assert text[mark.start : mark.end] == mark.quote
        assert text[max(0, mark.start - 32) : mark.start] == mark.prefix
        assert text[mark.end : mark.end + 32] == mark.suffix


def test_rename(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        assert (
            library.corrections.rename(2, "  在全省乡村振兴  推进会上的讲话 ").title
            == "在全省乡村振兴 推进会上的讲话"
        )
        with pytest.raises(InvalidValueError):
            library.corrections.rename(2, "   ")
        with pytest.raises(UnknownSpeechError):
            library.corrections.rename(99, "x")
        [log] = library.corrections.list(1)
        assert log.kind == "rename" and log.payload["old"] == "在乡村振兴推进会上的讲话"


def test_merge_into_previous_moves_marks_and_reindexes(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        before = library.marks.add(1, len(GRASSROOTS_TEXT) - 6, len(GRASSROOTS_TEXT), tags=["尾"])
        moved = library.marks.add(2, 0, 6, tags=["头"])
        title = library.speeches.get(2).title
        merged = library.corrections.merge_into_previous(2)
        assert merged.id == 1
        assert merged.text == GRASSROOTS_TEXT + "\n" + title + "\n" + VILLAGE_TEXT
        assert [s.id for s in library.speeches.list()] == [1, 3]
        assert [s.position for s in library.speeches.list()] == [0, 1]
        mark = library.marks.get(moved.uuid)
        assert mark.speech_id == 1 and mark.start == len(GRASSROOTS_TEXT) + len(title) + 2
        assert library.marks.get(before.uuid).suffix.startswith("\n" + title)
        quotes_are_intact(library)
        # the index follows: the old speech 2 is gone, its words are now found in speech 1
        hits = library.search("民族要复兴").hits
        assert [(h.speech_id, merged.text[h.start : h.end]) for h in hits] == [(1, "民族要复兴")]
        assert library.corrections.list(1)[-1].kind == "merge"
        assert library.integrity_check() == "ok"


def test_merge_without_the_title_line(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        merged = library.corrections.merge_into_previous(3, keep_title=False)
        assert merged.text == VILLAGE_TEXT + "\n" + DISCIPLINE_TEXT


def test_the_first_speech_cannot_be_merged(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library, pytest.raises(CorrectionError, match="first"):
        library.corrections.merge_into_previous(1)


def test_split_with_the_first_line_as_title(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        offset = GRASSROOTS_TEXT.index("二、推进基层治理现代化")
        tail_body = GRASSROOTS_TEXT[offset:].split("\n", 1)[1]
        early = library.marks.add(1, 0, 3)
        late = library.marks.add(1, GRASSROOTS_TEXT.index("枫桥经验"), GRASSROOTS_TEXT.index("枫桥经验") + 4)
        first, second = library.corrections.split(1, offset)
        assert first.text == GRASSROOTS_TEXT[:offset].rstrip("\n")
        assert second.title == "二、推进基层治理现代化" and second.text == tail_body
        assert [s.id for s in library.speeches.list()] == [1, second.id, 2, 3]
        assert first.outline == library.speeches.get(1).outline and len(first.outline) == 1
        assert library.marks.get(early.uuid).speech_id == 1
        moved = library.marks.get(late.uuid)
        assert (moved.speech_id, moved.quote) == (second.id, "枫桥经验")
        quotes_are_intact(library)
        assert {h.speech_id for h in library.search("枫桥经验").hits} == {second.id}
        assert library.corrections.list(1)[-1].payload["new_speech"] == second.id


def test_split_with_a_given_title_keeps_the_whole_tail(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        offset = VILLAGE_TEXT.index("总书记")
        first, second = library.corrections.split(2, offset, title="下半篇")
        assert (second.title, second.text) == ("下半篇", VILLAGE_TEXT[offset:])
        assert first.text + "\n" + second.text == VILLAGE_TEXT


def test_split_inside_a_line_without_a_title_line(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        offset = DISCIPLINE_TEXT.index("他说")
        _, second = library.corrections.split(3, offset)
        assert second.title == "在党风廉政建设工作会议上的讲话（续）"
        assert second.text == DISCIPLINE_TEXT[offset:]


def test_split_across_a_mark_is_refused(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        library.marks.add(3, 0, 20)
        with pytest.raises(CorrectionError, match="cross"):
            library.corrections.split(3, 10, title="x")
        with pytest.raises(InvalidValueError):
            library.corrections.split(3, 0)
        with pytest.raises(InvalidValueError):
            library.corrections.split(3, len(DISCIPLINE_TEXT))
        assert len(library.speeches.list()) == 3
        assert library.corrections.list(1) == []


def test_split_then_merge_restores_the_text(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        offset = VILLAGE_TEXT.index("总书记")
        _, second = library.corrections.split(2, offset, title="临时")
        library.marks.add(second.id, 0, 3)
        merged = library.corrections.merge_into_previous(second.id, keep_title=False)
        assert merged.text == VILLAGE_TEXT
        quotes_are_intact(library)
