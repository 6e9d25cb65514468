"""Page furniture in PDF text: running page numbers and repeated headers/footers.

Pure functions over the lines of each page, so the rules are testable without building PDFs. Only the
edges of a page are looked at (the first and last two non-blank lines): furniture lives there, and a
number or a repeated phrase in the middle of a page is content.

- Page numbers: a number decorated with dashes ("- 3 -", "— 3 —"), a labelled number ("第3页",
  "第 3 页 共 10 页", "3 / 10", "Page 3"), or a bare number that equals the page's index plus an
  offset shared by at least two pages (so a lone "2" at the top of page 7 stays).
- Running headers/footers: the first or last remaining line of a page, compared with digits and spaces
  removed (so "汇编 第3期" matches "汇编 第4期"), that occurs on at least half of the pages and on at
  least three. Checked twice, for two-line headers. A line ending like a sentence ("。！？：…") is never
  one: one-page speeches that all end with "谢谢大家！" are content, not a footer.

The result says *which* lines to drop and why; the reader builds the text and the ``Removal`` records.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

PAGE_NUMBER = "page-number"
RUNNING_HEADER = "running-header"

EDGE_LINES = 2  # non-blank lines looked at, at the top and at the bottom of each page
MIN_HEADER_PAGES = 3
MIN_HEADER_SHARE = 0.5
_HEADER_ROUNDS = 2

_SENTENCE_ENDS = tuple("。！？：；…!?:;")  # NFKC turns full-width ！？：； into ASCII
_DECORATION = "-—–―－~～·•_=*"
_DIGITS = re.compile(r"[0-9]{1,4}")
_LABELLED = (
    re.compile(r"第\s*([0-9]{1,4})\s*页(?:\s*[,，/、]?\s*共\s*[0-9]{1,4}\s*页)?"),
    re.compile(r"共\s*[0-9]{1,4}\s*页\s*[,，/、]?\s*第\s*([0-9]{1,4})\s*页"),
    re.compile(r"([0-9]{1,4})\s*/\s*([0-9]{1,4})"),
    re.compile(r"(?:page|p\.?)\s*([0-9]{1,4})(?:\s*(?:of|/)\s*[0-9]{1,4})?", re.IGNORECASE),
)

LineKey = tuple[int, int]  # (page index, line index)


def find_furniture(pages: Sequence[Sequence[str]]) -> dict[LineKey, str]:
    """Map (page, line) → reason for every line that is page furniture."""
    dropped = _page_numbers(pages)
    for _ in range(_HEADER_ROUNDS):
        found = _running_headers(pages, dropped)
        if not found:
            break
        dropped.update(found)
    return dropped


def _edge_indices(lines: Sequence[str], dropped: dict[LineKey, str], page: int, depth: int) -> list[int]:
    """Indices of the first and last ``depth`` non-blank, not yet dropped lines of a page."""
    kept = [i for i, line in enumerate(lines) if line.strip() and (page, i) not in dropped]
    if len(kept) <= 2 * depth:
        return kept
    return kept[:depth] + kept[-depth:]


def _page_numbers(pages: Sequence[Sequence[str]]) -> dict[LineKey, str]:
    dropped: dict[LineKey, str] = {}
    bare: list[tuple[LineKey, int]] = []  # (line, number - page number)
    for page, lines in enumerate(pages):
        for i in _edge_indices(lines, {}, page, EDGE_LINES):
            kind = page_number_kind(lines[i])
            if kind is None:
                continue
            if kind[0] == "bare":
                bare.append(((page, i), kind[1] - (page + 1)))
            else:
                dropped[(page, i)] = PAGE_NUMBER
    offsets = Counter(offset for _, offset in bare)
    for key, offset in bare:
        if offsets[offset] >= 2 or (len(pages) == 1 and offset == 0):
            dropped[key] = PAGE_NUMBER
    return dropped


def page_number_kind(line: str) -> tuple[str, int] | None:
    """("decorated" | "labelled" | "bare", number) if ``line`` reads as a page number."""
    text = unicodedata.normalize("NFKC", line).strip()
    core = text.strip(_DECORATION + " \t")
    if not core:
        return None
    if _DIGITS.fullmatch(core):
        return ("decorated" if core != text else "bare"), int(core)
    for pattern in _LABELLED:
        match = pattern.fullmatch(core)
        if match is None:
            continue
        number = int(match.group(1))
        if match.lastindex == 2 and number > int(match.group(2)):  # "12 / 3" is not page 12 of 3
            return None
        return "labelled", number
    return None


def _header_key(line: str) -> str:
    """Digits and spaces removed; "" (never a header) for a line that ends like a sentence."""
    key = re.sub(r"[\s0-9]+", "", unicodedata.normalize("NFKC", line))
    return "" if key.endswith(_SENTENCE_ENDS) else key


def _running_headers(pages: Sequence[Sequence[str]], dropped: dict[LineKey, str]) -> dict[LineKey, str]:
    threshold = max(MIN_HEADER_PAGES, math.ceil(MIN_HEADER_SHARE * len(pages)))
    candidates: dict[str, list[LineKey]] = {}
    for page, lines in enumerate(pages):
        edges = _edge_indices(lines, dropped, page, 1)
        for i in {edges[0], edges[-1]} if edges else set():
            key = _header_key(lines[i])
            if key:
                candidates.setdefault(key, []).append((page, i))
    found: dict[LineKey, str] = {}
    for lines_with_key in candidates.values():
        if len({page for page, _ in lines_with_key}) >= threshold:
            found.update(dict.fromkeys(lines_with_key, RUNNING_HEADER))
    return found
