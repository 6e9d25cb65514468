"""Splitting: every layout the issue names, on synthetic compilations."""

from __future__ import annotations

from desktop.core.parse import parse_text
from tests.core.speeches import P1, P2, P3, blank_separated, body, numbered_series, with_toc


def titles(text: str, **kwargs: str) -> list[str]:
    return [speech.title for speech in parse_text(text, **kwargs).speeches]


def test_numbered_series_without_blank_lines() -> None:
    compilation = parse_text(numbered_series(4))
    assert [s.title for s in compilation.speeches] == [f"青年干部座谈会交流发言{n}" for n in range(1, 5)]
    for speech in compilation.speeches:
        assert speech.text.startswith(P1[:20])
        assert speech.text.endswith(P3[-20:])
        assert "交流发言" not in speech.text


def test_numbered_series_with_full_width_numbers_and_dots() -> None:
    text = "\n".join(f"学习心得交流材料{n}．" + "\n" + "\n".join(body(i)) for i, n in enumerate("１２３"))
    assert titles(text) == ["学习心得交流材料１．", "学习心得交流材料２．", "学习心得交流材料３．"]


def test_numbers_in_front_of_titles_are_taken_off() -> None:
    names = ["在全市青年干部座谈会上的讲话", "在全区基层治理推进会上的发言", "在全县乡村振兴工作会议上的讲话"]
    text = "\n".join(f"{n}．{name}\n" + "\n".join(body(n)) for n, name in enumerate(names, 1))
    assert titles(text) == names


def test_numbered_outline_of_a_single_speech_is_not_a_split() -> None:
    text = "\n".join(
        ["关于加强学习的几点体会", P1, "1．坚定理想信念", P2, "2．提高履职能力", P3, "3．锤炼过硬作风", P2]
    )
    compilation = parse_text(text)
    assert [s.title for s in compilation.speeches] == ["关于加强学习的几点体会"]
    assert [h.text for h in compilation.speeches[0].outline] == [
        "1．坚定理想信念",
        "2．提高履职能力",
        "3．锤炼过硬作风",
    ]


def test_heading_with_declared_count_on_its_own_line() -> None:
    names = ["踔厉奋发勇毅前行", "不负韶华砥砺前行", "立足岗位建功立业"]
    compilation = parse_text(blank_separated(names, heading="某市青年干部培训班交流发言汇编", declared=3))
    assert compilation.title == "某市青年干部培训班交流发言汇编"
    assert compilation.declared_count == 3
    assert [s.title for s in compilation.speeches] == names
    assert compilation.warnings == ()
    assert all("汇编" not in s.text and "3篇" not in s.text for s in compilation.speeches)


def test_declared_count_inline_and_mismatch_warning() -> None:
    names = ["踔厉奋发勇毅前行", "不负韶华砥砺前行"]
    compilation = parse_text(blank_separated(names, heading="青年干部交流发言汇编（3篇）"))
    assert compilation.title == "青年干部交流发言汇编"
    assert compilation.declared_count == 3
    assert len(compilation.speeches) == 2
    assert any("declared 3" in w for w in compilation.warnings)


def test_chinese_numeral_count() -> None:
    compilation = parse_text(
        blank_separated(["踔厉奋发勇毅前行", "不负韶华砥砺前行"], heading="交流发言汇编（共二篇）")
    )
    assert compilation.declared_count == 2


def test_declared_count_picks_the_strongest_titles() -> None:
    # A short unnumbered line set off by a blank line inside speech 1 competes with the real titles;
    # the count (and the 讲话 vocabulary) keeps the real ones.
    text = blank_separated(
        ["在全市青年干部座谈会上的讲话", "在全区基层治理推进会上的讲话"], heading="讲话汇编", declared=2
    ).replace(P2[:10], "\n凝心聚力\n" + P2[:10], 1)
    compilation = parse_text(text)
    assert [s.title for s in compilation.speeches] == [
        "在全市青年干部座谈会上的讲话",
        "在全区基层治理推进会上的讲话",
    ]


def test_table_of_contents_locates_titles_and_is_dropped() -> None:
    names = ["在全市挂职干部座谈会上的讲话", "在全区青年干部培训班上的讲话", "挂职锻炼工作情况汇报"]
    compilation = parse_text(with_toc(names))
    assert [s.title for s in compilation.speeches] == names
    assert compilation.declared_count == 3
    assert all("目" not in s.text[:3] and "…" not in s.text for s in compilation.speeches)
    assert [r.reason for r in compilation.removed].count("toc") == 4
    assert all(s.text.startswith("同志们：") for s in compilation.speeches)


def test_toc_without_numbers_or_pages() -> None:
    names = ["凝心聚力谋发展", "实干担当促振兴"]
    text = (
        "目录\n"
        + "\n".join(names)
        + "\n\n"
        + "\n\n".join(n + "\n" + "\n".join(body(i)) for i, n in enumerate(names))
    )
    assert titles(text) == names


def test_toc_title_wrapped_over_two_lines_in_the_body() -> None:
    names = ["在全市挂职干部座谈会暨工作推进会上的讲话", "在全区青年干部培训班上的讲话"]
    text = with_toc(names).replace(
        "\n在全市挂职干部座谈会暨工作推进会上的讲话\n", "\n在全市挂职干部座谈会暨\n工作推进会上的讲话\n"
    )
    assert titles(text) == names


def test_missing_toc_entry_is_a_warning() -> None:
    names = ["在全市挂职干部座谈会上的讲话", "在全区青年干部培训班上的讲话"]
    text = with_toc(names).replace("1在全市挂职干部座谈会上的讲话", "1在全市挂职干部座谈会上的讲话", 1)
    text = text.replace("\n在全区青年干部培训班上的讲话\n", "\n在全区青年干部培训会上的发言\n")
    compilation = parse_text(text)
    assert any("not found" in w for w in compilation.warnings)


def test_titles_separated_by_blank_lines_without_heading() -> None:
    names = ["踔厉奋发勇毅前行", "不负韶华砥砺前行", "立足岗位建功立业"]
    assert titles(blank_separated(names)) == names


def test_paragraphs_all_separated_by_blank_lines() -> None:
    parts = []
    for number, name in enumerate(["在全市青年干部座谈会上的讲话", "在全区基层治理推进会上的讲话"]):
        parts += ["", "", name] + [f"\n{p}" for p in body(number)]
    compilation = parse_text("\n".join(parts))
    assert [s.title for s in compilation.speeches] == [
        "在全市青年干部座谈会上的讲话",
        "在全区基层治理推进会上的讲话",
    ]
    assert compilation.speeches[0].text.split("\n")[0].startswith(P1[:10])


def test_title_vocabulary_and_metadata_without_blank_lines() -> None:
    text = "\n".join(
        [
            "在全市青年干部座谈会上的讲话",
            "——在2024年全市青年干部座谈会上",
            "（2024年5月）",
            *body(0),
            "在全区基层治理推进会上的讲话",
            "区委书记 王建国",
            *body(1),
        ]
    )
    compilation = parse_text(text)
    first, second = compilation.speeches
    assert first.title == "在全市青年干部座谈会上的讲话"
    assert first.meta == {"occasion": "在2024年全市青年干部座谈会上", "date": "2024年5月"}
    assert first.text.startswith(P1[:10])
    assert second.meta == {"speaker": "区委书记 王建国"}
    assert "王建国" not in second.text


def test_single_speech_with_its_own_heading() -> None:
    text = "坚定理想信念 勇于担当作为\n\n" + "\n".join(body(0))
    compilation = parse_text(text, name="文件名")
    assert [s.title for s in compilation.speeches] == ["坚定理想信念 勇于担当作为"]
    assert compilation.title == "坚定理想信念 勇于担当作为"


def test_single_speech_falls_back_to_the_file_name() -> None:
    compilation = parse_text("\n".join(body(0)), name="党课讲稿")
    assert [s.title for s in compilation.speeches] == ["党课讲稿"]
    assert compilation.speeches[0].text.startswith(P1[:10])


def test_repeated_title_is_not_body() -> None:
    names = ["踔厉奋发勇毅前行", "不负韶华砥砺前行"]
    text = "目录\n" + "\n".join(names) + "\n\n"
    text += "\n\n".join(f"{n}\n{n}\n" + "\n".join(body(i)) for i, n in enumerate(names))
    compilation = parse_text(text)
    assert [s.title for s in compilation.speeches] == names
    assert all(s.text.startswith(P1[:10]) for s in compilation.speeches)


def test_front_matter_before_the_first_title_is_reported() -> None:
    text = "编者按：本汇编收录了青年干部座谈会上的交流发言，供学习参考。\n\n" + numbered_series(2)
    compilation = parse_text(text)
    assert len(compilation.speeches) == 2
    assert any(r.reason == "front-matter" for r in compilation.removed)


def test_spans_point_into_the_source() -> None:
    text = numbered_series(3)
    compilation = parse_text(text)
    for speech in compilation.speeches:
        start, end = speech.span
        assert text[start:end].startswith(speech.title)
        assert text[start:end].rstrip().endswith(speech.text[-10:])


def test_empty_text_gives_no_speech_and_a_warning() -> None:
    compilation = parse_text("\n \n")
    assert compilation.speeches == ()
    assert compilation.warnings


def series(titles_: list[str]) -> str:
    return "\n".join(f"{title}\n" + "\n".join(body(i)) for i, title in enumerate(titles_))


def test_series_numbered_with_chinese_numerals_at_the_end() -> None:
    names = ["学习贯彻精神交流发言一", "学习贯彻精神交流发言二", "学习贯彻精神交流发言三"]
    assert titles(series(names)) == names


def test_series_numbered_in_brackets() -> None:
    names = ["主题教育心得体会（一）", "主题教育心得体会（二）"]
    assert titles(series(names)) == names


def test_series_of_di_n_pian() -> None:
    names = ["第一篇 坚定理想信念", "第二篇 勇于担当作为", "第三篇 锤炼过硬作风"]
    compilation = parse_text(series(names), name="x")
    assert [s.title for s in compilation.speeches] == ["坚定理想信念", "勇于担当作为", "锤炼过硬作风"]


def test_series_number_is_the_last_of_several_numbers() -> None:
    names = [f"学习贯彻党的20大精神交流发言{n}" for n in (1, 2, 3)]
    assert titles(series(names)) == names


def test_rules_and_end_markers_separate_speeches() -> None:
    names = ["坚定理想信念", "勇于担当作为"]
    text = "\n".join([names[0], *body(0), "（完）", "—————————", names[1], *body(1), "【全文完】"])
    compilation = parse_text(text)
    assert [s.title for s in compilation.speeches] == names
    assert not any("完" in s.text[-3:] or "——" in s.text for s in compilation.speeches)
    assert {r.reason for r in compilation.removed} == {"separator", "end-marker"}


def test_toc_entry_with_speaker_finds_the_plain_title() -> None:
    names = ["在全市挂职干部座谈会上的讲话", "在全区青年干部培训班上的讲话"]
    text = with_toc(names).replace("1在全市挂职干部座谈会上的讲话", "1在全市挂职干部座谈会上的讲话（王建国）")
    compilation = parse_text(text)
    assert [s.title for s in compilation.speeches] == names
    assert compilation.warnings == ()
