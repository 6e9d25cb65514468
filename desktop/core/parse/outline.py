"""A speech's outline: its 小标题, standalone or run-in.

Chinese speeches structure themselves with enumerators whose family gives the level:
一、 (1), （一） (2), 1. (3), （1） and ① (4), and the run-in enumerations 第一，/ 一是 / 一要 / 首先 (5).
A paragraph that starts with one of them is a heading: the whole paragraph when it is short, otherwise
its first sentence (the run-in heading, "一是转变身份、迅速融入，一如既往勤学习。"). A short paragraph
without any closing punctuation between longer ones is an unnumbered heading (level 1).
"""

from __future__ import annotations

import re

from desktop.core.model import OutlineHeading
from desktop.core.parse.text import CN_NUM, is_finished

_N = f"[{CN_NUM}]{{1,3}}"
_ENUMERATORS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(f"^{_N}[、．.]")),
    (2, re.compile(f"^[（(]{_N}[）)]")),
    (3, re.compile(r"^[0-9０-９]{1,2}[、．.](?![0-9０-９])")),
    (4, re.compile(r"^(?:[（(][0-9０-９]{1,2}[）)]|[①-⑳])")),
    (5, re.compile(f"^(?:第{_N}[，,、：:是]|{_N}[是要]|(?:首先|其次|再次)[，,、：:])")),
)
# "最后，" closes a 首先/其次 sequence; on its own it is just a paragraph's first word.
_LAST_RE = re.compile("^最后[，,、：:]")
_ANY_ENUMERATOR_RE = re.compile("|".join(p.pattern for _, p in _ENUMERATORS))
_SENTENCE_RE = re.compile(r"^.+?[。！？!?；;](?:[”’」』）)]*)")
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
STANDALONE_MAX = 60  # a heading paragraph longer than this is a run-in heading plus its body
UNNUMBERED_MAX = 30


def starts_with_enumerator(text: str) -> bool:
    return bool(_ANY_ENUMERATOR_RE.match(text))


def heading_level(text: str) -> int | None:
    for level, pattern in _ENUMERATORS:
        if pattern.match(text):
            return level
    return None


def outline(paragraphs: list[str], offsets: list[int]) -> tuple[OutlineHeading, ...]:
    """Headings of a speech whose paragraphs start at ``offsets`` in its text."""
    headings: list[OutlineHeading] = []
    count = len(paragraphs)
    sequence_open = False  # a 首先/其次 sequence is running, so 最后 closes it
    for index, (text, offset) in enumerate(zip(paragraphs, offsets, strict=True)):
        first = text[:1]
        if not first:
            continue
        level = heading_level(text) if first in _FIRST_CHARS else None
        if level == 5 and text.startswith(("首先", "其次")):
            sequence_open = True
        elif level is None and sequence_open and first == "最" and _LAST_RE.match(text):
            level, sequence_open = 5, False
        if level is not None:
            inner_end = _SENTENCE_END_RE.search(text, 0, len(text) - 1)
            if len(text) <= STANDALONE_MAX and inner_end is None:
                headings.append(OutlineHeading(level, text, offset))
                continue
            sentence = _SENTENCE_RE.match(text[: STANDALONE_MAX * 2])
            if sentence is not None:
                headings.append(OutlineHeading(level, sentence.group(), offset, run_in=True))
            continue
        if (
            len(text) <= UNNUMBERED_MAX
            and not is_finished(text)
            and 0 < index < count - 1
            and len(paragraphs[index + 1]) > UNNUMBERED_MAX
        ):
            headings.append(OutlineHeading(1, text, offset))
    return tuple(headings)


_FIRST_CHARS = frozenset(CN_NUM + "（(0123456789０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳第首其再最另此")
