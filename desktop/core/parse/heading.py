"""The compilation's own heading and the number of speeches it declares.

"XX市直机关……交流发言汇编（6篇）", with the count inline or on the next line, or "共6篇", or a bare
heading that names itself a 汇编/合集/选编. The declared count is evidence for the split and a check on
it: a mismatch becomes a warning the reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.parse.lines import Line
from desktop.core.parse.text import CN_NUM, is_finished, to_int

_COUNT = rf"([0-9０-９]{{1,3}}|[{CN_NUM}]{{1,4}})\s*篇"
_COUNT_INLINE_RE = re.compile(
    rf"\s*(?:[（(【\[]\s*(?:共|计|合计)?\s*{_COUNT}\s*[）)】\]]|(?:共|计)\s*{_COUNT})\s*$"
)
_COUNT_LINE_RE = re.compile(
    rf"^(?:[（(【\[]\s*(?:共|计|合计)?\s*{_COUNT}\s*[）)】\]]|(?:共|计)\s*{_COUNT}|{_COUNT})$"
)
_TRAILING_COUNT_RE = re.compile(rf"(?:范文|精选|合集|汇编|大全){_COUNT}$")
_COLLECTION_WORDS_RE = re.compile(r"汇编|合集|选编|文集|汇总|集锦|合辑|专辑|精选|大全|选集|汇集|摘编")
HEADING_MAX = 70


@dataclass
class Heading:
    title: str | None = None
    declared_count: int | None = None
    lines: tuple[int, ...] = ()  # indices of the lines the heading occupies


def find_heading(lines: list[Line], live: list[int]) -> Heading:
    """Look at the first live lines for a compilation heading and a declared count."""
    if not live:
        return Heading()
    first = lines[live[0]].text
    if len(first) > HEADING_MAX or is_finished(first):
        return Heading()
    following = lines[live[1]].text if len(live) > 1 else ""
    count_line = _COUNT_LINE_RE.match(following)
    inline = _COUNT_INLINE_RE.search(first) or _TRAILING_COUNT_RE.search(first)
    if inline:
        title = first[: inline.start()].strip() if _COUNT_INLINE_RE.search(first) else first
        return Heading(title or None, _count_any(inline), (live[0],))
    if count_line:
        return Heading(first, _count_any(count_line), (live[0], live[1]))
    if _COLLECTION_WORDS_RE.search(first):
        return Heading(first, None, (live[0],))
    if lines[live[0]].hint_level == 0 and any(lines[i].hint_level is not None for i in live[1:]):
        return Heading(first, None, (live[0],))  # a .docx Title above the speeches' headings
    return Heading()


def _count_any(match: re.Match[str]) -> int | None:
    for value in match.groups():
        if value:
            return to_int(value)
    return None
