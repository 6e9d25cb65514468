"""speech_html: what a speech looks like, decided without a widget."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.model import OutlineHeading, Speech
from desktop.core.store.records import STYLES
from desktop.ui.speech_html import (
    Layer,
    Typography,
    empty_html,
    header_blocks,
    mark_layers,
    meta_line,
    speech_html,
    split_paragraphs,
)

TEXT = "\n".join(
    [
        "一、提高站位<抓落实>",
        "一是强化责任。各单位要把任务分解到人，X镇&Y村同步推进。",
        "我们在****年就提出了这个目标。",
    ]
)


def make_speech() -> Speech:
    run_in = "一是强化责任。"
    return Speech(
        title="在A&B会议上的<讲话>",
        text=TEXT,
        meta={"subtitle": "——在XX市工作会议上", "date": "2024年5月", "empty": ""},
        outline=(
            OutlineHeading(1, "一、提高站位<抓落实>", 0),
            OutlineHeading(5, run_in, TEXT.index(run_in), run_in=True),
        ),
        placeholders=((TEXT.index("****"), TEXT.index("****") + 4),),
    )


def test_everything_from_the_speech_is_escaped() -> None:
    page = speech_html(make_speech())
    assert "在A&amp;B会议上的&lt;讲话&gt;" in page
    assert "一、提高站位&lt;抓落实&gt;" in page
    assert "X镇&amp;Y村" in page
    assert "<讲话>" not in page and "<抓落实>" not in page


def test_metadata_values_are_joined_with_a_middle_dot_and_greyed() -> None:
    typo = Typography()
    page = speech_html(make_speech(), typo)
    meta = re.search(r'<p class="meta"[^>]*>(.*?)</p>', page)
    assert meta is not None
    assert meta.group(1) == "——在XX市工作会议上 · 2024年5月"
    assert typo.meta_color in meta.group(0)


def test_no_metadata_line_without_metadata() -> None:
    page = speech_html(Speech(title="标题", text="正文。"))
    assert 'class="meta"' not in page


def test_standalone_heading_paragraph_is_bold_and_run_in_heading_only_its_sentence() -> None:
    page = speech_html(make_speech())
    heading = re.search(r'<p class="heading level1"[^>]*>(.*?)</p>', page)
    assert heading is not None and "font-weight:bold" in heading.group(0)
    assert "<b>一是强化责任。</b>各单位要把任务分解到人" in page


def test_placeholders_are_greyed_spans() -> None:
    typo = Typography()
    page = speech_html(make_speech(), typo)
    assert f'<span class="placeholder" style="color:{typo.placeholder_color}">****</span>年' in page


def test_overlapping_heading_and_placeholder_are_both_applied() -> None:
    text = "一是XX市先行。其余照常。"
    speech = Speech(
        title="t",
        text=text,
        outline=(OutlineHeading(5, "一是XX市先行。", 0, run_in=True),),
        placeholders=((2, 5),),
    )
    page = speech_html(speech)
    assert "<b>一是</b><b><span" in page and "XX市</span></b><b>先行。</b>其余照常。" in page


def test_body_paragraphs_carry_indent_line_height_and_spacing() -> None:
    typo = Typography(indent_px=30, line_height_percent=170, paragraph_gap_px=9)
    page = speech_html(make_speech(), typo)
    body = re.findall(r'<p style="([^"]*)">', page)
    assert body, page
    for style in body:
        assert "text-indent:30px" in style
        assert "line-height:170%" in style
        assert "margin-bottom:9px" in style


def test_split_paragraphs_keeps_offsets_into_the_text() -> None:
    speech = make_speech()
    paragraphs = split_paragraphs(speech)
    assert [speech.text[p.start : p.end] for p in paragraphs] == TEXT.split("\n")
    assert [p.heading_level for p in paragraphs] == [1, None, None]


def test_empty_html_escapes_its_message() -> None:
    assert "Open &lt;file&gt;" in empty_html("Open <file>")


def test_metadata_reads_speaker_occasion_subtitle_date_first() -> None:
    speech = Speech(
        title="t",
        text="x",
        meta={"date": "2024年5月", "extra": "附", "speaker": "张三", "occasion": "在会上"},
    )
    assert meta_line(speech.meta) == "张三 · 在会上 · 2024年5月 · 附"
    assert header_blocks(speech) == 2 and header_blocks(Speech(title="t", text="x")) == 1


# --- mark layers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class M:
    start: int
    end: int
    color: str = "yellow"
    style: str = "highlight"
    state: str = "candidate"


def test_a_single_mark_is_one_layer() -> None:
    assert mark_layers([M(2, 5, "green")], 10) == [Layer(2, 5, "green")]


def test_shortest_highlight_wins_and_neighbours_merge() -> None:
    layers = mark_layers([M(0, 10, "yellow"), M(3, 5, "green")], 20)
    assert layers == [Layer(0, 3, "yellow"), Layer(3, 5, "green"), Layer(5, 10, "yellow")]
    assert mark_layers([M(0, 3), M(3, 6)], 10) == [Layer(0, 6, "yellow")]  # same look: one stretch


def test_underline_and_highlight_both_show_where_they_overlap() -> None:
    layers = mark_layers([M(0, 6, "yellow"), M(4, 9, "red", "wavy")], 10)
    assert layers == [
        Layer(0, 4, "yellow"),
        Layer(4, 6, "yellow", "red", "wavy"),
        Layer(6, 9, None, "red", "wavy"),
    ]


def test_rejected_marks_are_dotted_and_marks_outside_the_text_ignored() -> None:
    assert mark_layers([M(0, 2, "green", state="rejected"), M(5, 50)], 10) == [
        Layer(0, 2, None, "green", "dotted")
    ]
    assert mark_layers([], 10) == []


@given(
    st.lists(
        st.tuples(
            st.integers(0, 30),
            st.integers(1, 10),
            st.sampled_from(["yellow", "green"]),
            st.sampled_from(STYLES),
        ),
        max_size=12,
    )
)
def test_layers_cover_exactly_the_marked_characters(specs: list[tuple[int, int, str, str]]) -> None:
    marks = [M(start, min(40, start + size), color, style) for start, size, color, style in specs]
    layers = mark_layers(marks, 40)
    covered = {i for m in marks for i in range(m.start, m.end)}
    drawn = [i for layer in layers for i in range(layer.start, layer.end)]
    assert sorted(drawn) == sorted(covered)  # each marked character once, nothing else
    for layer in layers:
        for i in range(layer.start, layer.end):
            highlights = [m for m in marks if m.start <= i < m.end and m.style == "highlight"]
            assert (layer.background is None) == (not highlights)
            if highlights:
                shortest = min(m.end - m.start for m in highlights)
                assert layer.background in {m.color for m in highlights if m.end - m.start == shortest}
