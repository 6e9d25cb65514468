"""A 目录 (table of contents): its entries name the speeches and locate their titles in the body.

Entries come with or without leading numbers, with dot leaders and trailing page numbers, or bare. The
table ends where its lines stop looking like entries, or where the body begins: the first line that
repeats an entry's title without a page number. Each entry is then looked for in the body in order;
the entry lines themselves belong to no speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from desktop.core.parse.lines import Line
from desktop.core.parse.text import squash

_TOC_HEADER_RE = re.compile(r"^(?:目\s*录|目\s*次|contents|table of contents)[:：]?$", re.IGNORECASE)
_ENTRY_RE = re.compile(
    r"^(?P<body>.+?)(?:\s*[.．。…·•\-—_]{2,}\s*|\s+|(?<=[^\d\s]))(?P<page>[0-9０-９]{1,4})$"
)
_LEADING_NUMBER_RE = re.compile(r"^(?P<num>[0-9０-９]{1,3})(?![0-9０-９年月日号届期次个项名位])[\s.．、]*")
ENTRY_MAX = 80
SEARCH_WINDOW = 400  # the table sits near the top


@dataclass
class TocEntry:
    title: str
    line: int
    number: int | None = None
    with_number: str = ""  # the entry text before its leading number was taken off
    raw: str = ""  # the whole entry line, in case a title ends in a digit taken for a page number


@dataclass
class Toc:
    header: int
    entries: list[TocEntry] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # all lines of the table, header included
    located: list[int | None] = field(default_factory=list)  # body line of each entry's title


def find_toc(lines: list[Line], live: list[int]) -> Toc | None:
    for position, index in enumerate(live[:SEARCH_WINDOW]):
        if _TOC_HEADER_RE.match(lines[index].text):
            toc = _read_entries(lines, live, position)
            if toc is not None and len(toc.entries) >= 2:
                return toc
    return None


def _read_entries(lines: list[Line], live: list[int], header_position: int) -> Toc | None:
    toc = Toc(header=live[header_position], lines=[live[header_position]])
    seen: set[str] = set()
    paged = 0
    for index in live[header_position + 1 :]:
        text = lines[index].text
        if len(text) > ENTRY_MAX or text[-1] in "：:":
            break
        match = _ENTRY_RE.match(text)
        if match is None and paged * 2 > len(toc.entries):
            break  # the entries carried page numbers; a line without one is the body
        paged += match is not None
        title = match.group("body").strip() if match else text
        title = title.rstrip(" .．。…·•-—_")
        key = squash(_LEADING_NUMBER_RE.sub("", title))
        if not match and (key in seen or squash(title) in seen or text[-1] in "。！？；"):
            break  # the body has begun: a title repeated without its page number, or a sentence
        if not key:
            break
        seen.add(key)
        seen.add(squash(title))
        toc.entries.append(TocEntry(title=title, line=index, raw=text))
        toc.lines.append(index)
    _strip_sequential_numbers(toc.entries)
    return toc


def _strip_sequential_numbers(entries: list[TocEntry]) -> None:
    """Take "1" off "1在全市……的讲话" only when the entries are numbered 1, 2, 3 … in order."""
    numbers = []
    for entry in entries:
        match = _LEADING_NUMBER_RE.match(entry.title)
        if match is None:
            return
        numbers.append(int(match.group("num").translate(str.maketrans("０１２３４５６７８９", "0123456789"))))
    if not numbers or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return
    for entry, number in zip(entries, numbers, strict=True):
        entry.with_number = entry.title
        entry.title = _LEADING_NUMBER_RE.sub("", entry.title, count=1)
        entry.number = number


def locate(toc: Toc, lines: list[Line], live: list[int]) -> None:
    """Find each entry's title in the body after the table, in order (titles may wrap over two lines)."""
    body = [index for index in live if index > toc.lines[-1]]
    keys = [squash(lines[index].text) for index in body]
    singles: dict[str, list[int]] = {}  # title key → body positions, ascending
    pairs: dict[str, list[int]] = {}  # two short lines that together make a title key → first position
    for position, key in enumerate(keys):
        if key and len(key) <= ENTRY_MAX:
            singles.setdefault(key, []).append(position)
            following = keys[position + 1] if position + 1 < len(keys) else ""
            if following and len(following) <= ENTRY_MAX:
                pairs.setdefault(key + following, []).append(position)
    cursor = 0
    for entry in toc.entries:
        wanted = {squash(entry.title), squash(entry.raw)}
        if entry.with_number:
            wanted.add(squash(entry.with_number))
        wanted.discard("")
        single = _first_from(singles, wanted, cursor)
        pair = _first_from(pairs, wanted, cursor)
        found = single
        if pair is not None and (single is None or pair < single):
            _merge_title_lines(lines[body[pair]], lines[body[pair + 1]])
            found = pair
        toc.located.append(body[found] if found is not None else None)
        if found is not None:
            cursor = found + 1
    _locate_loosely(toc, lines, body, keys)


def _first_from(positions: dict[str, list[int]], wanted: set[str], cursor: int) -> int | None:
    """The first position at or after ``cursor`` of any of the ``wanted`` keys."""
    best = None
    for key in wanted:
        found = positions.get(key)
        if found:
            at = bisect_left(found, cursor)
            if at < len(found) and (best is None or found[at] < best):
                best = found[at]
    return best


def _similar(key: str, wanted: str) -> bool:
    """An entry that adds or drops a speaker or subtitle ("……讲话（张三）") still names the body's title."""
    shorter, longer = sorted((key, wanted), key=len)
    return len(shorter) >= 6 and len(shorter) * 5 >= len(longer) * 3 and shorter in longer


def _locate_loosely(toc: Toc, lines: list[Line], body: list[int], keys: list[str]) -> None:
    """Entries not found word for word: look between their found neighbours for a similar title line."""
    positions = {index: position for position, index in enumerate(body)}
    for number, found in enumerate(toc.located):
        if found is not None:
            continue
        before = next((toc.located[i] for i in range(number - 1, -1, -1) if toc.located[i] is not None), None)
        after = next(
            (toc.located[i] for i in range(number + 1, len(toc.located)) if toc.located[i] is not None), None
        )
        start = positions[before] + 1 if before is not None else 0
        stop = positions[after] if after is not None else len(body)
        wanted = squash(toc.entries[number].title)
        for position in range(start, stop):
            if len(keys[position]) <= ENTRY_MAX and _similar(keys[position], wanted):
                toc.located[number] = body[position]
                break


def _merge_title_lines(first: Line, second: Line) -> None:
    first.text += second.text
    first.end = second.end
    second.removed = "joined"
