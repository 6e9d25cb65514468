"""speech_html: what a speech looks like, decided without a widget."""

from __future__ import annotations

import re

from desktop.core.model import OutlineHeading, Speech
from desktop.ui.speech_html import Typography, empty_html, speech_html, split_paragraphs

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
