"""Repair of text extracted from PDF: stray spaces between Chinese characters, lines broken mid-sentence.

PDF text extraction inserts a space wherever two glyph runs meet ("很有信 心") and breaks a paragraph
wherever the page's line (or the page itself) ended. We only repair when the document shows that damage
(it came from a PDF, or its long lines carry spaces between CJK characters), because in clean text a
space or a line break is the author's.

A line is joined to the next when it cannot be the end of a paragraph: it stops without finishing its
sentence, it is not short enough to be a title, and the next line does not start a heading. In
hard-wrapped text (most lines the same width) a line of that width is a wrapped line whatever its length.
"""

from __future__ import annotations

import re
from collections import Counter

from desktop.core.parse.lines import Line
from desktop.core.parse.outline import starts_with_enumerator
from desktop.core.parse.text import CJK, CJK_PUNCT, is_finished

_CJK_SPACE_RE = re.compile(f"([{CJK}{CJK_PUNCT}]) +(?=[{CJK}{CJK_PUNCT}])")
_CJK_SPACE_PROBE_RE = re.compile(f"[{CJK}{CJK_PUNCT}] +[{CJK}{CJK_PUNCT}]")
_CONTINUES = "，、,（(“‘《"
TITLE_MAX = 50  # a line this short with no punctuation at its end may be a title


def looks_damaged(lines: list[Line], fmt: str) -> bool:
    if fmt == "pdf":
        return True
    spaces = chars = 0
    for line in lines:
        if line.live and len(line.text) >= 40:
            chars += len(line.text)
            if " " in line.text:
                spaces += len(_CJK_SPACE_PROBE_RE.findall(line.text))
    return spaces >= 3 and spaces * 1000 >= chars


def remove_cjk_spaces(lines: list[Line]) -> None:
    for line in lines:
        if line.live and " " in line.text:
            line.text = _CJK_SPACE_RE.sub(r"\1", line.text)


def _wrap_width(lines: list[Line]) -> int | None:
    """The width at which the text was hard-wrapped, if most long lines share it."""
    lengths = Counter(len(line.text) for line in lines if line.live and len(line.text) >= 15)
    total = sum(lengths.values())
    if total < 20:
        return None
    width, _ = max(lengths.items(), key=lambda item: (item[1], item[0]))
    near = sum(n for length, n in lengths.items() if abs(length - width) <= 2)
    return width if near * 3 >= total else None


def join_broken_lines(lines: list[Line]) -> None:
    width = _wrap_width(lines)
    previous: Line | None = None
    for line in lines:
        if line.removed is not None:
            continue  # page furniture between the halves of a paragraph does not end it
        if line.blank:
            previous = None
            continue
        if previous is not None and _continues(previous.text, line.text, width):
            glue = " " if previous.text[-1].isascii() and line.text[0].isascii() else ""
            previous.text += glue + line.text
            previous.end = line.end
            line.removed = "joined"
            continue
        previous = line


def _continues(text: str, following: str, width: int | None) -> bool:
    if is_finished(text) or starts_with_enumerator(following):
        return False
    if text[-1] in _CONTINUES:
        return True
    if width is not None and len(text) >= width - 2:
        return True
    return len(text) > TITLE_MAX
