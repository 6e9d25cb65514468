"""Quote selectors: a passage found again after the text around it changed."""

from __future__ import annotations

import pytest

from desktop.core.anchor import QuoteSelector, locate, occurrences, select

TEXT = "我们要抓基层。基层是一切工作的落脚点。抓基层打基础是长远之计。"


def test_select_keeps_quote_and_up_to_32_characters_around() -> None:
    long = "甲" * 40 + "基层" + "乙" * 40
    selector = select(long, 40, 42)
    assert selector == QuoteSelector(exact="基层", prefix="甲" * 32, suffix="乙" * 32)
    assert select(TEXT, 0, 2) == QuoteSelector("我们", "", TEXT[2:34])


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 3), (0, len(TEXT) + 1)])
def test_select_refuses_bad_spans(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        select(TEXT, start, end)


def test_locate_uses_context_to_pick_the_right_occurrence() -> None:
    second = TEXT.index("基层", 5)
    selector = select(TEXT, second, second + 2)
    edited = "前言。" + TEXT.replace("我们要", "我们一定要")
    found = locate(edited, selector)
    assert found is not None
    start, end = found
    assert edited[start - 1 : end + 1] == "。基层是"


def test_locate_falls_back_to_the_nearest_occurrence() -> None:
    selector = QuoteSelector("基层", "", "")
    assert locate(TEXT, selector, hint=20) == (20, 22)
    assert locate(TEXT, selector) is not None


def test_locate_reports_a_vanished_quote() -> None:
    assert locate(TEXT, QuoteSelector("乡村振兴", "", "")) is None


def test_occurrences() -> None:
    assert occurrences("哈哈哈", "哈哈") == [0, 1]
    assert occurrences("abc", "") == []
