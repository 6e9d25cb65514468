"""Suggestions: quotations as ready-made marks, keywords as tags."""

from __future__ import annotations

from pathlib import Path

from desktop.core.search.suggest import find_quotations, keywords, quotation_suggestions, tag_suggestions
from tests.core.test_store_support import GRASSROOTS_TEXT, stocked_library


def test_quotations_are_found_with_speaker_and_quote() -> None:
    text = (
        "会议指出，要加强基层治理。习近平总书记强调：“坚持以人民为中心。”他说：“要真抓实干。”"
        "在座谈会上，总书记深刻指出：“全面从严治党永远在路上。”这不是引语：“没有动词”。"
    )
    found = find_quotations(text)
    assert [(q.speaker, q.verb, q.quote) for q in found] == [
        ("习近平总书记", "强调", "坚持以人民为中心。"),
        ("他", "说", "要真抓实干。"),
        ("总书记", "深刻指出", "全面从严治党永远在路上。"),
    ]
    first = found[0]
    assert text[first.start : first.end] == "习近平总书记强调：“坚持以人民为中心。”"
    assert text[first.quote_start : first.quote_end] == first.quote


def test_quotation_suggestions_skip_what_is_already_marked(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        [suggestion] = quotation_suggestions(library, 1)
        assert (
            GRASSROOTS_TEXT[suggestion.start : suggestion.end]
            == "习近平总书记强调：“基层是一切工作的落脚点。”"
        )
        library.marks.add(1, suggestion.start, suggestion.end)
        assert quotation_suggestions(library, 1) == []


def test_keywords_become_tag_suggestions(tmp_path: Path) -> None:
    words = [word for word, _ in keywords(GRASSROOTS_TEXT * 3, 5)]
    assert "基层党组织" in words and len(words) == 5
    with stocked_library(tmp_path) as library:
        library.tags.create("基层党组织")
        suggestions = tag_suggestions(library, 1, 5)
        assert [s.name for s in suggestions] == words
        assert {s.name for s in suggestions if s.exists} == {"基层党组织"}
        assert all(s.weight > 0 for s in suggestions)
