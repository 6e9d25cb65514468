"""Marks: offsets, quote and context, colour, style, tags, note, review state, rating, overlap."""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path

import pytest

from desktop.core.store import (
    COLORS,
    STYLES,
    InvalidValueError,
    MarkSpec,
    UnknownMarkError,
    UnknownSpeechError,
)
from tests.core.test_store_support import GRASSROOTS_TEXT, stocked_library

PASSAGE = "各级党委要把抓基层打基础作为长远之计"
START = GRASSROOTS_TEXT.index(PASSAGE)
END = START + len(PASSAGE)


def test_a_mark_keeps_its_quote_and_32_characters_of_context(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        mark = library.marks.add(1, START, END)
        assert mark.quote == PASSAGE
        assert mark.prefix == GRASSROOTS_TEXT[START - 32 : START]
        assert mark.suffix == GRASSROOTS_TEXT[END : END + 32]
        assert uuidlib.UUID(mark.uuid).version == 4
        assert mark.created_at == mark.updated_at
        assert (mark.color, mark.style, mark.state, mark.rating, mark.note, mark.tags) == (
            "yellow",
            "highlight",
            "candidate",
            0,
            "",
            (),
        )


def test_context_is_shorter_at_the_edges(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        mark = library.marks.add(1, 0, 3)
        assert (mark.prefix, mark.quote) == ("", "同志们")
        end = library.marks.add(1, len(GRASSROOTS_TEXT) - 3, len(GRASSROOTS_TEXT))
        assert end.suffix == ""


def test_every_attribute_is_stored(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        mark = library.marks.add(
            1,
            START,
            END,
            color="#12AB9f",
            style="wavy",
            tags=["金句/排比", "党建", "党建"],
            note="第一行\n第二行",
            state="入选",
            rating=5,
        )
        again = library.marks.get(mark.uuid)
        assert again == mark
        assert (again.color, again.style, again.state, again.rating) == ("#12ab9f", "wavy", "selected", 5)
        assert again.tags == ("党建", "金句/排比")
        assert again.note == "第一行\n第二行"
        assert again.to_json() == {
            "uuid": mark.uuid,
            "speech_id": 1,
            "start": START,
            "end": END,
            "quote": PASSAGE,
            "color": "#12ab9f",
            "style": "wavy",
            "tags": ["党建", "金句/排比"],
            "note": "第一行\n第二行",
            "state": "selected",
            "rating": 5,
        }


def test_at_least_five_colours_and_three_styles() -> None:
    assert len(COLORS) >= 5
    assert STYLES == ("highlight", "underline", "wavy")


@pytest.mark.parametrize(
    ("start", "end"),
    [(-1, 3), (5, 5), (7, 3), (0, len(GRASSROOTS_TEXT) + 1)],
)
def test_bad_offsets_are_refused(tmp_path: Path, start: int, end: int) -> None:
    with stocked_library(tmp_path) as library:
        with pytest.raises(InvalidValueError, match="not a passage of speech 1"):
            library.marks.add(1, start, end)
        assert library.marks.count() == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [("color", "chartreuse"), ("style", "bold"), ("state", "maybe"), ("rating", 6), ("rating", -1)],
)
def test_bad_values_are_refused(tmp_path: Path, field: str, value: object) -> None:
    with stocked_library(tmp_path) as library:
        with pytest.raises(InvalidValueError):
            library.marks.add(1, 0, 3, **{field: value})  # type: ignore[arg-type]
        assert library.marks.count() == 0


def test_unknown_speech_and_mark(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        with pytest.raises(UnknownSpeechError):
            library.marks.add(99, 0, 3)
        with pytest.raises(UnknownMarkError):
            library.marks.get("nope")
        with pytest.raises(UnknownMarkError):
            library.marks.remove("nope")


def test_marks_may_overlap(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        a = library.marks.add(1, START, END)
        b = library.marks.add(1, START + 2, END + 5, color="green")
        c = library.marks.add(1, START, END)
        assert [m.uuid for m in library.marks.list(speech_id=1)] == [a.uuid, c.uuid, b.uuid]


def test_update_changes_only_what_is_given(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        mark = library.marks.add(1, START, END, tags=["金句"], note="旧")
        changed = library.marks.update(mark.uuid, state="rejected", rating=2, note="新的\n笔记")
        assert (changed.state, changed.rating, changed.note, changed.color, changed.tags) == (
            "rejected",
            2,
            "新的\n笔记",
            "yellow",
            ("金句",),
        )
        assert changed.updated_at >= mark.updated_at and changed.created_at == mark.created_at
        retagged = library.marks.update(mark.uuid, tags=["引语", "金句/对仗"])
        assert retagged.tags == ("引语", "金句/对仗")
        assert library.marks.add_tags(mark.uuid, ["新"]).tags == ("引语", "新", "金句/对仗")
        assert library.marks.remove_tags(mark.uuid, ["引语"]).tags == ("新", "金句/对仗")


def test_remove_and_restore(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        mark = library.marks.add(1, START, END, tags=["金句"], note="笔记")
        removed = library.marks.remove(mark.uuid)
        assert removed == mark and library.marks.count() == 0
        assert library.tags.get("金句").count == 0
        assert library.marks.restore(removed) == mark
        assert library.search_marks("笔记") == [mark]


def test_filtering_by_tag_state_colour_and_speech(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        a = library.marks.add(1, 0, 3, tags=["金句"], state="selected")
        b = library.marks.add(1, 5, 9, tags=["金句/排比"], color="green")
        c = library.marks.add(2, 0, 4, tags=["金句排比"])
        d = library.marks.add(3, 0, 4, tags=["引语"], state="rejected")

        def uuids(**kwargs: object) -> list[str]:
            return [m.uuid for m in library.marks.list(**kwargs)]  # type: ignore[arg-type]

        assert uuids(tag="金句") == [a.uuid, b.uuid]  # includes the sub-tag, not 金句排比
        assert uuids(tag="金句/排比") == [b.uuid]
        assert uuids(state="入选") == [a.uuid]
        assert uuids(state="rejected") == [d.uuid]
        assert uuids(color="green") == [b.uuid]
        assert uuids(speech_id=2) == [c.uuid]
        assert uuids() == [a.uuid, b.uuid, c.uuid, d.uuid]


def test_add_many_is_one_action(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        specs = [MarkSpec(1, 0, 3, tags=("批量",)), MarkSpec(2, 0, 3), MarkSpec(3, 0, 10_000)]
        with pytest.raises(InvalidValueError):
            library.marks.add_many(specs)
        assert library.marks.count() == 0 and library.tags.list() == []
        created = library.marks.add_many(specs[:2])
        assert [m.speech_id for m in created] == [1, 2]


def test_speech_listing_counts_marks(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        library.marks.add(1, 0, 3)
        library.marks.add(1, 2, 6)
        assert [s.marks for s in library.speeches.list()] == [2, 0, 0]
