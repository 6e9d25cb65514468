"""The parser's working material: the source as lines that remember where they came from.

Every stage works on the same list of ``Line`` objects. Cleaning never deletes a line, it marks it
``removed`` with a reason (so the user can be shown what was dropped); repair merges a line into the
previous one by extending that line's text and source end. Offsets ``start``/``end`` always point into
the decoded source text, which is what a speech's ``span`` reports.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop.core.model import Removal

# Characters that change nothing a reader sees: zero-width spaces/joiners, word joiner, BOM, soft hyphen.
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Spaces that are really layout: NBSP, ideographic space (indentation), other fixed-width spaces.
_ODD_SPACE_RE = re.compile("[\u00a0\u3000\u2000-\u200a\u202f\u205f\t]")


class Line:
    __slots__ = ("end", "hint_level", "removed", "start", "text")

    def __init__(self, text: str, start: int, end: int, hint_level: int | None = None) -> None:
        self.text = text  # normalised for display; stripped
        self.start = start
        self.end = end
        self.removed: str | None = None  # reason, when cleaning dropped the line
        self.hint_level = hint_level  # the source marks this line as a title of this level (0 = Title)

    @property
    def title_hint(self) -> bool:
        return self.hint_level is not None

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def live(self) -> bool:
        """Not removed and not blank: a line that carries content."""
        return self.removed is None and bool(self.text)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        flag = f" removed={self.removed}" if self.removed else ""
        return f"Line({self.text[:30]!r} @{self.start}{flag})"


def normalise(text: str) -> str:
    """Display normalisation of one line: invisible characters dropped, odd spaces made plain, trimmed."""
    if not text.isascii():
        text = _INVISIBLE_RE.sub("", text)
        text = _ODD_SPACE_RE.sub(" ", text)
    return text.strip()


def split_lines(source: str, title_levels: Mapping[int, int] | None = None) -> list[Line]:
    # Most files have no invisible or odd spaces at all: then trimming is all a line needs.
    odd = _INVISIBLE_RE.search(source) is not None or _ODD_SPACE_RE.search(source) is not None
    clean = normalise if odd else str.strip
    lines: list[Line] = []
    pos = 0
    for index, raw in enumerate(source.split("\n")):
        end = pos + len(raw)
        lines.append(Line(clean(raw), pos, end, title_levels.get(index) if title_levels else None))
        pos = end + 1
    return lines


class Removals:
    """Collects what cleaning dropped, in source order."""

    def __init__(self) -> None:
        self.items: list[Removal] = []

    def line(self, line: Line, reason: str) -> None:
        if line.removed is None and line.text:
            self.items.append(Removal(reason, line.text, (line.start, line.end)))
        line.removed = reason

    def inline(self, reason: str, text: str, start: int, end: int) -> None:
        self.items.append(Removal(reason, text, (start, end)))

    def sorted(self) -> tuple[Removal, ...]:
        return tuple(sorted(self.items, key=lambda r: r.span))
