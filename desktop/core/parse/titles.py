"""Where the speeches start: finding the title lines of a compilation.

Evidence, strongest first:
1. a 目录 whose entries are found in the body (``toc``);
2. a numbered series: lines sharing a prefix and numbered 1, 2, 3 … in order ("……交流发言1", "……2"),
   or numbered titles "1．在……上的讲话" when something corroborates them (the declared count, title
   vocabulary, blank lines);
3. title lines by layout and vocabulary: short, unfinished, followed by a body, set off by more blank
   lines than the paragraphs are, named like a speech (在……上的讲话, ……心得体会, ……交流发言), marked as a
   heading by the .docx, or followed by speaker/occasion lines. The declared count keeps the best ones.
A file with no such evidence is one speech.
"""

from __future__ import annotations

import re
from collections import defaultdict
from statistics import median

from desktop.core.parse.lines import Line
from desktop.core.parse.meta import meta_field
from desktop.core.parse.outline import starts_with_enumerator
from desktop.core.parse.text import CN_NUM, to_int

TITLE_MAX = 50
SERIES_LINE_MAX = 60
_TITLE_WORDS_RE = re.compile(
    r"(?:讲话|发言|致辞|报告|主持词|讲稿|党课|心得体会|学习体会|体会|感悟|交流材料|发言材料|发言稿|讲话稿|署名文章|"
    r"述职报告|汇报|演讲稿?|表态发言|研讨材料|思政课|开班式|动员会)(?:稿|材料|提纲|摘要)?$"
)
_HARD_STOP_RE = re.compile(r"[。！？!?；;]")
_SERIES_NUMBER_RE = re.compile(
    rf"(?P<num>(?<![0-9０-９])[0-9０-９]{{1,3}}(?![0-9０-９年月日号届期次个项名位万亿元%％])"  # 发言1, 1．……
    rf"|^[{CN_NUM}]{{1,3}}(?=[、．.])"  # 一、在……上的讲话
    rf"|(?<=^第)[{CN_NUM}0-9０-９]{{1,3}}(?=篇)"  # 第一篇
    rf"|(?<=[^{CN_NUM}（(])[{CN_NUM}]{{1,3}}$"  # 交流发言一
    rf"|(?<=[（(])[{CN_NUM}0-9０-９]{{1,3}}(?=[）)]$))"  # 心得体会（一）
)
_LEADING_NUMBER_RE = re.compile(
    rf"^(?:(?:[0-9０-９]{{1,3}}|[{CN_NUM}]{{1,3}})\s*[、．.]|第[{CN_NUM}0-9０-９]{{1,3}}篇[：:、.．]?)\s*"
)


def is_title_like(text: str) -> bool:
    if not text or len(text) > TITLE_MAX or _HARD_STOP_RE.search(text) or text[-1] in "：:，,、":
        return False
    return not starts_with_enumerator(text) and meta_field(text) is None


def has_title_words(text: str) -> bool:
    return bool(_TITLE_WORDS_RE.search(text))


def strip_leading_number(title: str) -> str:
    """ "1．在……上的讲话" → "在……上的讲话" (a series numbered in front names its speeches without the number)."""
    return _LEADING_NUMBER_RE.sub("", title, count=1) or title


def numbered_series(
    lines: list[Line], region: list[int], declared: int | None
) -> tuple[list[int], bool] | None:
    """Title lines that form a 1, 2, 3 … series and whether they are numbered in front, or None."""
    groups: dict[tuple[str, bool], list[tuple[int, int]]] = defaultdict(list)
    for index in region:
        text = lines[index].text
        if len(text) > SERIES_LINE_MAX or _HARD_STOP_RE.search(text) or text[-1] in "：:，,":
            continue
        # A line can carry several numbers ("学习20大精神交流发言3"): each may be the series' one.
        for match in _SERIES_NUMBER_RE.finditer(text):
            number = to_int(match.group("num"))
            prefix = text[: match.start()]
            at_end = match.end() >= len(text.rstrip(".．、）)"))
            if number is None or (not prefix and at_end):
                continue
            groups[(prefix, at_end)].append((number, index))
    best: tuple[list[int], bool] | None = None
    for (prefix, _), members in groups.items():
        numbers = [number for number, _ in members]
        if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
            continue
        indices = [index for _, index in members]
        if not prefix and not _corroborated(lines, indices, region, declared):
            continue
        if best is None or len(indices) > len(best[0]):
            best = (indices, not prefix or prefix == "第")
    return best


def _corroborated(lines: list[Line], indices: list[int], region: list[int], declared: int | None) -> bool:
    """Numbered lines "1．……" could be an outline; accept them as titles only with other evidence."""
    if declared == len(indices):
        return True
    named = sum(has_title_words(lines[index].text) for index in indices)
    if named * 2 >= len(indices):
        return True
    gaps = _gaps(lines, region)
    typical = median(gaps.values()) if gaps else 0
    return all(gaps.get(index, 0) > typical for index in indices)


def _gaps(lines: list[Line], region: list[int]) -> dict[int, int]:
    """Blank or removed lines before each live line of the region (the first line gets a large gap)."""
    gaps: dict[int, int] = {}
    previous = None
    for index in region:
        gaps[index] = 99 if previous is None else index - previous - 1
        previous = index
    return gaps


def layout_titles(lines: list[Line], region: list[int], declared: int | None) -> list[int]:
    """Title lines found by layout and vocabulary, best kept to the declared count."""
    if not region:
        return []
    gaps = _gaps(lines, region)
    inner = [gap for index, gap in gaps.items() if index != region[0]]
    typical = median(inner) if inner else 0
    scored: list[tuple[int, int]] = []
    for position, index in enumerate(region):
        line = lines[index]
        if not is_title_like(line.text):
            continue
        following = region[position + 1 : position + 1 + 5]
        meta_after, body_after = _after(lines, following)
        if not body_after:
            continue
        score = 0
        if line.title_hint:
            score += 3
        if has_title_words(line.text):
            score += 2
        if gaps[index] > typical:
            score += 2
        if meta_after:
            score += 2
        if score >= 2:
            scored.append((score, index))
    if declared and len(scored) > declared:
        keep = sorted(scored, key=lambda item: (-item[0], item[1]))[:declared]
        scored = sorted(keep, key=lambda item: item[1])
    return [index for _, index in scored]


def _after(lines: list[Line], following: list[int]) -> tuple[bool, bool]:
    """Whether a candidate title is followed by metadata lines, and then by a body paragraph."""
    meta_seen = False
    for index in following:
        text = lines[index].text
        if meta_field(text) is not None:
            meta_seen = True
            continue
        return meta_seen, not is_title_like(text)
    return meta_seen, False
