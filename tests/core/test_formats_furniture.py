"""Page-furniture rules on plain lists of page lines (no PDFs needed)."""

from __future__ import annotations

import pytest

from desktop.core.formats.pdf_furniture import PAGE_NUMBER, RUNNING_HEADER, find_furniture, page_number_kind

NUMERALS = "一二三四五六七八九十"


def body(n: int) -> list[str]:
    """Four lines of text that differ from page to page (digits would not do: keys ignore them)."""
    cn = NUMERALS[n - 1]
    return [f"第{cn}部分", f"植树造林第{cn}项工作。", f"狠抓落实第{cn}条。", f"确保按时完成第{cn}批。"]


BODY = body(1)


def pages_with(
    top: list[str] | None = None, bottom: list[str] | None = None, count: int = 4
) -> list[list[str]]:
    return [
        [*(t.format(n=n) for t in top or []), *body(n), *(b.format(n=n) for b in bottom or [])]
        for n in range(1, count + 1)
    ]


def reasons(pages: list[list[str]]) -> dict[tuple[int, int], str]:
    return find_furniture(pages)


@pytest.mark.parametrize(
    "footer",
    [
        "- {n} -",
        "— {n} —",
        "－{n}－",
        "·{n}·",
        "第{n}页",
        "第 {n} 页 共 4 页",
        "第{n}页，共4页",
        "共4页 第{n}页",
        "{n} / 4",
        "{n}/4",
        "Page {n}",
        "page {n} of 4",
        "{n}",
    ],
)
def test_page_number_styles(footer: str) -> None:
    pages = pages_with(bottom=[footer])
    assert reasons(pages) == {(p, len(BODY)): PAGE_NUMBER for p in range(4)}


def test_page_numbers_at_the_top_and_with_blank_lines() -> None:
    pages = [["", f"- {n} -", *body(n), "", ""] for n in range(1, 4)]
    assert reasons(pages) == {(p, 1): PAGE_NUMBER for p in range(3)}


def test_full_width_digits() -> None:
    pages = [[*body(n), "－" + chr(0xFF10 + n) + "－"] for n in range(1, 4)]  # "－１－", "－２－" …
    assert reasons(pages) == {(p, len(BODY)): PAGE_NUMBER for p in range(3)}


def test_bare_number_must_follow_the_page_index() -> None:
    pages = [[*body(1), "7"], [*body(2), "3"], [*body(3), "12"]]
    assert reasons(pages) == {}
    offset = [[*body(n), str(n + 4)] for n in range(1, 4)]  # 5, 6, 7: printed numbering starts later
    assert reasons(offset) == {(p, len(BODY)): PAGE_NUMBER for p in range(3)}


def test_single_page_bare_number() -> None:
    assert reasons([[*BODY, "1"]]) == {(0, len(BODY)): PAGE_NUMBER}
    assert reasons([[*BODY, "2"]]) == {}


def test_numbers_in_the_middle_of_a_page_stay() -> None:
    pages = [[*body(n)[:2], "- 5 -", "第2页", *body(n)[2:]] for n in range(1, 4)]
    assert reasons(pages) == {}


def test_fraction_must_not_exceed_total() -> None:
    assert page_number_kind("2024/5") is None
    assert page_number_kind("3/10") == ("labelled", 3)


def test_running_header_and_footer_with_changing_digits() -> None:
    pages = pages_with(top=["讲话汇编 2024年第{n}期"], bottom=["内部资料 注意保存", "- {n} -"])
    found = reasons(pages)
    last = len(BODY) + 1
    for p in range(4):
        assert found[(p, 0)] == RUNNING_HEADER
        assert found[(p, last)] == RUNNING_HEADER
        assert found[(p, last + 1)] == PAGE_NUMBER
    assert len(found) == 12


def test_two_line_header() -> None:
    pages = pages_with(top=["讲话汇编", "2024年第{n}期"])
    assert reasons(pages) == {(p, i): RUNNING_HEADER for p in range(4) for i in (0, 1)}


def test_header_needs_half_of_the_pages_and_at_least_three() -> None:
    pages = [["讲话汇编", *body(n)] if n <= 3 else body(n) for n in range(1, 9)]  # 3 of 8 pages
    assert reasons(pages) == {}
    pages = [["讲话汇编", *body(n)] if n <= 4 else body(n) for n in range(1, 9)]  # 4 of 8 pages
    assert set(reasons(pages)) == {(p, 0) for p in range(4)}
    assert reasons(pages_with(top=["讲话汇编"], count=2)) == {}


def test_repeated_sentences_are_content() -> None:
    pages = [[f"在第{NUMERALS[n]}次会议上的讲话", "同志们：", *body(n + 1), "谢谢大家！"] for n in range(4)]
    assert reasons(pages) == {}
