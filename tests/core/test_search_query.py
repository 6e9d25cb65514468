"""Search finds what a reader expects: every occurrence, inside longer words, whatever jieba made of it."""

from __future__ import annotations

from pathlib import Path

from desktop.core.model import Speech
from desktop.core.search import query as q
from desktop.core.search import segment
from desktop.core.search.query import mark_all, parse_query
from desktop.core.store import Library
from tests.core.test_store_support import GRASSROOTS_TEXT, VILLAGE_TEXT, compilation, stocked_library


def found(library: Library, query: str) -> list[tuple[int, str]]:
    """(speech id, hit text) of every hit, checking offsets against the stored text."""
    out = []
    for hit in library.search(query, limit=None).hits:
        text = library.speeches.text(hit.speech_id)
        out.append((hit.speech_id, text[hit.start : hit.end]))
    return out


def test_a_two_character_word_finds_every_occurrence_even_inside_longer_words(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        hits = library.search("基层", limit=None).hits
        expected = {(1, i) for i in range(len(GRASSROOTS_TEXT)) if GRASSROOTS_TEXT.startswith("基层", i)}
        expected |= {(2, i) for i in range(len(VILLAGE_TEXT)) if VILLAGE_TEXT.startswith("基层", i)}
        assert {(h.speech_id, h.start) for h in hits} == expected
        assert len(expected) == 8  # 基层党组织 ×2, 抓基层打基础, 基层治理 ×3, 基层组织 …
        assert all(h.end - h.start == 2 for h in hits)


def test_a_fragment_is_found_where_jieba_segments_it_differently(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        fragment = "民为中心的发展思"  # cuts through 人民 and 思想: its own tokens are not the text's
        assert set(segment.query_tokens(fragment)) - set(segment.index_tokens(VILLAGE_TEXT))
        assert found(library, fragment) == [(2, fragment)]
        assert found(library, "党的全部工作和战斗力的基础。我们要推动") == [
            (1, "党的全部工作和战斗力的基础。我们要推动")
        ]


def test_single_characters_and_ascii(tmp_path: Path) -> None:
    with open_text(tmp_path, "GDP增长5.2%，gdp总量稳居前列。稳字当头。") as library:
        assert [t for _, t in found(library, "稳")] == ["稳", "稳"]
        assert [t for _, t in found(library, "gdp")] == ["GDP", "gdp"]
        assert [t for _, t in found(library, "5.2%")] == ["5.2%"]


def open_text(tmp_path: Path, text: str) -> Library:
    library = Library.open(tmp_path / "one.sqlite3")
    library.compilations.import_parsed(compilation(Speech(title="测试", text=text)))
    return library


def test_hits_have_offsets_snippets_and_the_json_shape(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        [hit] = library.search("枫桥经验").hits
        assert GRASSROOTS_TEXT[hit.start : hit.end] == "枫桥经验"
        assert hit.snippet[hit.snippet_start : hit.snippet_end] == "枫桥经验"
        assert "\n" not in hit.snippet and len(hit.snippet) <= 2 * q.SNIPPET_CONTEXT + len("枫桥经验") + 2
        assert hit.to_json() == {
            "speech_id": 1,
            "title": "在全市基层治理工作会议上的讲话",
            "start": hit.start,
            "end": hit.end,
            "snippet": hit.snippet,
        }


def test_several_terms_must_all_occur(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        hits = found(library, "基层 乡村")
        assert {s for s, _ in hits} == {2}
        assert {t for _, t in hits} == {"基层", "乡村"}
        assert found(library, "基层 两个维护") == []


def test_quoted_phrases_keep_spaces_together(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        assert parse_query('"推动 高质量发展" 乡村') == (
            q.Term("推动 高质量发展", ("推动 高质量发展",)),
            q.Term("乡村", ("乡村",)),
        )
        # a space in a phrase matches any spacing, none included (Chinese has no spaces between words)
        assert found(library, '"推动 高质量发展"') == [(2, "推动高质量发展")]


def test_wildcard_finds_whole_quotations(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        assert found(library, "习近平总书记强调：“……”") == [
            (1, "习近平总书记强调：“基层是一切工作的落脚点。”")
        ]
        assert found(library, "指出：“...”") == [(2, "指出：“民族要复兴，乡村必振兴。”")]


def test_nothing_found(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        assert library.search("核潜艇").hits == ()
        assert library.search("   ").hits == ()
        assert library.search('""').hits == ()


def test_limit_and_truncation(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        result = library.search("基层", limit=3)
        assert len(result.hits) == 3 and result.truncated
        assert not library.search("基层", limit=None).truncated


def test_ranking_puts_the_densest_speech_first(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        assert library.search("基层").hits[0].speech_id == 1


def test_words_go_through_jieba_and_fragments_through_bigrams(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        assert library.search("基层").ranked_by == "words"
        assert library.search("基层党组织 乡村").ranked_by == "words"
        assert library.search("民为中心的发展思").ranked_by == "fragments"
        assert library.search("习近平总书记强调：“……”").ranked_by == "fragments"
        assert library.search("：“").ranked_by == "scan"
        assert [t for _, t in found(library, "：“")] == ["：“"] * 3


def test_a_word_is_found_where_jieba_cut_it_into_other_words(tmp_path: Path) -> None:
    assert "才能" not in segment.index_tokens("加强人才能力建设")  # 人才 能力
    with Library.open(tmp_path / "w.sqlite3") as library:
        library.compilations.import_parsed(
            compilation(
                Speech(title="甲", text="加强人才能力建设。"),
                Speech(title="乙", text="他很有才能，也有才能。"),
            )
        )
        result = library.search("才能", limit=None)
        assert result.ranked_by == "words"
        assert [(h.speech_id, h.start) for h in result.hits] == [(2, 3), (2, 8), (1, 3)]
        assert result.speeches == 2


def test_mark_quotes_and_notes_are_searchable(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        a = library.marks.add(1, 0, 3, note="这里讲的是基层减负")
        b = library.marks.add(2, VILLAGE_TEXT.index("乡村必振兴"), VILLAGE_TEXT.index("乡村必振兴") + 5)
        library.marks.add(3, 0, 4, note="无关")
        assert [m.uuid for m in library.search_marks("基层减负")] == [a.uuid]
        assert [m.uuid for m in library.search_marks("振兴")] == [b.uuid]
        assert library.search_marks("减负 振兴") == []
        library.marks.update(a.uuid, note="改了")
        assert library.search_marks("基层减负") == []


def test_mark_every_hit(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        result = mark_all(library, "基层治理", tag="主题/基层治理", color="green")
        assert len(result.created) == 2 and result.already_marked == 0
        assert all(m.quote == "基层治理" and m.color == "green" for m in result.created)
        assert all(m.tags == ("主题/基层治理",) for m in result.created)
        again = mark_all(library, "基层治理", tag="主题/基层治理", color="green")
        assert again.created == () and again.already_marked == 2
        quotes = mark_all(library, "习近平总书记强调：“……”", tag="引语")
        assert [m.quote for m in quotes.created] == ["习近平总书记强调：“基层是一切工作的落脚点。”"]
        assert library.tags.get("主题/基层治理").count == 2
