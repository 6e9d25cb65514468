"""Export selection, citations and grouping, on a real library file built with the store's public API.

``make_library`` is shared by the other ``test_export_*`` modules.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.core.export import ExportOptions, Selection, count, nearest_heading
from desktop.core.export.excerpts import UNTAGGED, build
from desktop.core.export.selection import select
from desktop.core.model import Compilation, OutlineHeading, Speech
from desktop.core.store import InvalidValueError, Library, Mark

OPENING = "同志们：\n今天我们召开全市工作会议。\n"
H1 = "一、总体要求"
P1 = "要坚持稳中求进工作总基调，把握好时度效。"
H2 = "（一）抓好落实"
P2 = "抓落实，关键在“实”。一分部署，九分落实。"
H3 = "二、重点任务"
P3 = "推动2024年各项任务落地见效。"
P4 = "要以钉钉子精神抓好各项工作。"


def _outline(text: str, *headings: tuple[int, str]) -> tuple[OutlineHeading, ...]:
    return tuple(OutlineHeading(level, heading, text.index(heading)) for level, heading in headings)


def speech_one() -> Speech:
    text = OPENING + "\n".join([H1, P1, H2, P2, H3, P3, P4])
    return Speech(
        title="在全市工作会议上的讲话",
        text=text,
        meta={"speaker": "张三", "occasion": "在全市工作会议上", "date": "2024年3月"},
        outline=_outline(text, (1, H1), (2, H2), (1, H3)),
    )


def speech_two() -> Speech:
    text = "一、现状\n基层治理\x0c面临新情况。\n二、对策\n织密网格，压实责任。"
    return Speech(
        title="关于基层治理的报告", text=text, outline=_outline(text, (1, "一、现状"), (1, "二、对策"))
    )


def speech_three() -> Speech:
    text = "青年干部要在实践中增长本领。\n要甘于坐冷板凳。"
    return Speech(title="青年干部座谈会发言", text=text, meta={"speaker": "李四"})


def _compilation(title: str, *speeches: Speech) -> Compilation:
    return Compilation(
        source=f"{title}.txt",
        format="txt",
        encoding="utf-8",
        title=title,
        declared_count=None,
        speeches=speeches,
    )


def _span(library: Library, speech_id: int, passage: str) -> tuple[int, int]:
    start = library.speeches.text(speech_id).index(passage)
    return start, start + len(passage)


def make_library(path: Path) -> Library:
    """Two compilations, three speeches, eight marks covering tags, colours, states, ratings and notes.

    Marks in reading order (compilation, speech position, offset):
      m_open  甲 s1 opening line, before any heading      no tags, rejected
      m_p1    甲 s1 under 一、总体要求                       金句, selected, rating 3, note
      m_p2    甲 s1 under （一）抓好落实                     金句/排比, green, candidate
      m_span  甲 s1 P3+P4 across two paragraphs           金句, 方法; note with control characters
      m_p4    甲 s1 P4 only                                方法, selected, rating 5
      m_s2    甲 s2 over a form feed                       基层, blue
      m_s3a   乙 s3                                        金句, rating 4, note mentions “Policy”
      m_s3b   乙 s3                                        none, created 2023-06-01
    """
    library = Library.open(path)
    first = library.compilations.import_parsed(_compilation("甲汇编", speech_one(), speech_two()))
    second = library.compilations.import_parsed(_compilation("乙汇编", speech_three()))
    assert first.compilation_id and second.compilation_id
    s1, s2 = (s.id for s in library.speeches.list(compilation_id=first.compilation_id))
    (s3,) = (s.id for s in library.speeches.list(compilation_id=second.compilation_id))
    add = library.marks.add
    # Added out of reading order on purpose: the export must sort them.
    add(s3, *_span(library, s3, "要甘于坐冷板凳。"))
    add(
        s3,
        *_span(library, s3, "青年干部要在实践中增长本领。"),
        tags=["金句"],
        rating=4,
        note="See Policy 文件",
    )
    add(s2, *_span(library, s2, "基层治理\x0c面临新情况。"), tags=["基层"], color="blue")
    add(s1, *_span(library, s1, P4), tags=["方法"], state="selected", rating=5)
    span_start = library.speeches.text(s1).index(P3)
    add(
        s1,
        span_start,
        span_start + len(P3) + 1 + len(P4),
        tags=["金句", "方法"],
        note="跨段\x0b批注\x00。\n第二行",
        color="#ff0000",
    )
    add(s1, *_span(library, s1, P2), tags=["金句/排比"], color="green")
    add(s1, *_span(library, s1, P1), tags=["金句"], state="入选", rating=3, note="可作开头")
    add(s1, *_span(library, s1, "今天我们召开全市工作会议。"), state="rejected")
    old = next(m for m in library.marks.list(speech_id=s3) if m.quote == "要甘于坐冷板凳。")
    library.marks.remove(old.uuid)
    library.marks.restore(dataclasses.replace(old, created_at="2023-06-01T12:00:00.000+00:00"))
    return library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = make_library(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


def quotes(marks: list[Mark] | tuple[Mark, ...]) -> list[str]:
    return [m.quote for m in marks]


def test_everything_in_reading_order(library: Library) -> None:
    marks = select(library, Selection()).marks
    assert quotes(marks) == [
        "今天我们召开全市工作会议。",
        P1,
        P2,
        P3 + "\n" + P4,
        P4,
        "基层治理\x0c面临新情况。",
        "青年干部要在实践中增长本领。",
        "要甘于坐冷板凳。",
    ]


def test_a_tag_includes_its_descendants_but_not_its_parent(library: Library) -> None:
    assert quotes(select(library, Selection(tags=("金句",))).marks) == [
        P1,
        P2,
        P3 + "\n" + P4,
        "青年干部要在实践中增长本领。",
    ]
    assert quotes(select(library, Selection(tags=("金句/排比",))).marks) == [P2]


def test_several_tags_match_any_or_all(library: Library) -> None:
    assert len(select(library, Selection(tags=("金句/排比", "基层"))).marks) == 2
    assert quotes(select(library, Selection(tags=("金句", "方法"), all_tags=True)).marks) == [P3 + "\n" + P4]


def test_colour_state_rating_filters(library: Library) -> None:
    assert quotes(select(library, Selection(colors=("green", "blue"))).marks) == [
        P2,
        "基层治理\x0c面临新情况。",
    ]
    assert quotes(select(library, Selection(states=("入选",))).marks) == [P1, P4]
    assert (
        quotes(select(library, Selection(states=("selected", "rejected"))).marks)[0]
        == "今天我们召开全市工作会议。"
    )
    assert quotes(select(library, Selection(min_rating=4)).marks) == [P4, "青年干部要在实践中增长本领。"]


def test_compilation_and_speech_filters(library: Library) -> None:
    compilations = library.compilations.list()
    second = next(c for c in compilations if c.title == "乙汇编")
    assert len(select(library, Selection(compilation_ids=(second.id,))).marks) == 2
    speech = next(s for s in library.speeches.list() if s.title == "关于基层治理的报告")
    assert quotes(select(library, Selection(speech_ids=(speech.id,))).marks) == ["基层治理\x0c面临新情况。"]


def test_date_range_uses_the_day_the_mark_was_made(library: Library) -> None:
    old = Selection(created_to=date(2023, 12, 31))
    assert quotes(select(library, old).marks) == ["要甘于坐冷板凳。"]
    assert (
        len(select(library, Selection(created_from=date(2023, 6, 1), created_to=date(2023, 6, 1))).marks) == 1
    )
    assert len(select(library, Selection(created_from=date(2024, 1, 1))).marks) == 7


def test_text_query_searches_quote_and_note(library: Library) -> None:
    assert quotes(select(library, Selection(text="钉钉子")).marks) == [P3 + "\n" + P4, P4]
    assert quotes(select(library, Selection(text="policy")).marks) == ["青年干部要在实践中增长本领。"]
    assert quotes(select(library, Selection(text="可作开头")).marks) == [P1]


def test_count_matches_selection(library: Library) -> None:
    options = ExportOptions(selection=Selection(tags=("金句",), min_rating=3))
    assert count(library, options) == 2


def test_bad_filter_values_are_typed_errors(library: Library) -> None:
    with pytest.raises(InvalidValueError):
        count(library, ExportOptions(selection=Selection(states=("maybe",))))
    with pytest.raises(InvalidValueError):
        count(library, ExportOptions(selection=Selection(colors=("mauve-ish",))))


def test_citation_names_compilation_speech_meta_and_nearest_heading(library: Library) -> None:
    document = build(library, ExportOptions(grouping="speech"))
    by_quote = {e.mark.quote: e.citation for e in document.excerpts}
    assert by_quote["今天我们召开全市工作会议。"].heading is None
    p1 = by_quote[P1]
    assert (p1.compilation, p1.speech, p1.speaker, p1.occasion, p1.date, p1.heading) == (
        "甲汇编",
        "在全市工作会议上的讲话",
        "张三",
        "在全市工作会议上",
        "2024年3月",
        H1,
    )
    assert (
        p1.text()
        == "《甲汇编》 · 《在全市工作会议上的讲话》 · 张三 · 在全市工作会议上 · 2024年3月 · 一、总体要求"
    )
    assert by_quote[P2].heading == H2
    assert by_quote[P4].heading == H3
    assert by_quote["青年干部要在实践中增长本领。"].text() == "《乙汇编》 · 《青年干部座谈会发言》 · 李四"


def test_nearest_heading_is_the_last_one_at_or_before_the_offset() -> None:
    outline = (OutlineHeading(1, "一、", 10), OutlineHeading(2, "（一）", 20), OutlineHeading(1, "二、", 40))
    assert nearest_heading(outline, 9) is None
    assert nearest_heading(outline, 10) == outline[0]
    assert nearest_heading(outline, 39) == outline[1]
    assert nearest_heading(reversed(outline), 99) == outline[2]  # type: ignore[arg-type]


def test_group_by_tag_then_speech(library: Library) -> None:
    document = build(library, ExportOptions(grouping="tag"))
    # Families in order of first appearance (金句 at P1, 方法 at P3, 基层 in speech two); parents first.
    assert [g.title for g in document.groups] == ["金句", "金句/排比", "方法", "基层", UNTAGGED]
    golden = document.groups[0]
    assert [c.title for c in golden.children] == ["在全市工作会议上的讲话", "青年干部座谈会发言"]
    assert [e.mark.quote for e in golden.children[0].excerpts] == [P1, P3 + "\n" + P4]
    assert [e.mark.quote for e in document.groups[2].children[0].excerpts] == [P3 + "\n" + P4, P4]
    assert len(document.excerpts) == 8
    assert document.entries == 9  # the P3+P4 mark is under 金句 and 方法


def test_group_by_tag_follows_the_selected_tags_order(library: Library) -> None:
    document = build(library, ExportOptions(grouping="tag", selection=Selection(tags=("方法", "金句"))))
    assert [g.title for g in document.groups] == ["方法", "金句", "金句/排比"]


def test_group_by_speech_and_by_compilation(library: Library) -> None:
    by_speech = build(library, ExportOptions(grouping="speech"))
    assert [g.title for g in by_speech.groups] == [
        "在全市工作会议上的讲话",
        "关于基层治理的报告",
        "青年干部座谈会发言",
    ]
    assert [len(g.excerpts) for g in by_speech.groups] == [5, 1, 2]
    by_compilation = build(library, ExportOptions(grouping="compilation"))
    assert [g.title for g in by_compilation.groups] == ["甲汇编", "乙汇编"]
    assert [c.title for c in by_compilation.groups[0].children] == [
        "在全市工作会议上的讲话",
        "关于基层治理的报告",
    ]
    assert by_compilation.entries == 8
