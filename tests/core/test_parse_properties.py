"""Property tests: the parser never crashes, and what it reports is consistent with its input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.model import SourceText
from desktop.core.parse import parse_source

# Pieces that steer the parser into its different paths, mixed with arbitrary text.
FRAGMENTS = [
    "目录",
    "目  录",
    "汇编",
    "（3篇）",
    "共2篇",
    "交流发言1",
    "交流发言2",
    "1．",
    "一、",
    "（一）",
    "一是",
    "第一，",
    "首先，",
    "在全市会议上的讲话",
    "——在座谈会上",
    "（2024年5月）",
    "区委书记 王建国",
    "同志们：",
    "下载文档",
    "温馨提示：",
    "1. 本站",
    "页数:3页",
    "##paidbegin##",
    "##paidend##",
    "小编为大家整理的发言，供大家参考。",
    "XX市",
    "****年",
    "*",
    "。",
    "，",
    " ",
    "\u3000",
    "\u200b",
    "\t",
    "…………12",
    "  7",
    "\n",
    "\n\n",
    "\r\n",
]
text_pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30),
    st.text(alphabet="我们坚持学习贯彻基层治理发展青年干部工作。，、；：！？“”　 \n", max_size=60),
)
documents = st.lists(text_pieces, max_size=60).map("".join)


def check(source: str, fmt: str) -> None:
    compilation = parse_source(SourceText(text=source, format=fmt, name="t"))
    previous_end = -1
    for speech in compilation.speeches:
        start, end = speech.span
        assert 0 <= start <= end <= len(source)
        assert start > previous_end or (start == previous_end == 0)
        previous_end = end
        assert speech.title
        for heading in speech.outline:
            assert 0 <= heading.offset < max(1, len(speech.text))
            assert speech.text[heading.offset :].startswith(heading.text)
        last = -1
        for a, b in speech.placeholders:
            assert last <= a < b <= len(speech.text)
            last = b
    for removal in compilation.removed:
        assert 0 <= removal.span[0] <= removal.span[1] <= len(source)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_txt_never_crashes_and_spans_are_consistent(source: str) -> None:
    check(source.replace("\r\n", "\n").replace("\r", "\n"), "txt")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_pdf_repair_never_crashes(source: str) -> None:
    check(source.replace("\r\n", "\n").replace("\r", "\n"), "pdf")
