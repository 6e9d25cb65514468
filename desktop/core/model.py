"""Plain data passed between the core's stages.

Offsets are character offsets (Python ``str`` indices). A speech's ``outline`` and ``placeholders``
point into that speech's ``text``; a speech's ``span`` and a removal's ``span`` point into the
source text the file decoded to (``SourceText.text``), so the user can see where everything came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Removal:
    """A piece of the source that cleaning dropped, and why (shown to the user, never silent)."""

    reason: str  # a short machine-readable family: "boilerplate", "paywall-marker", "page-number", ...
    text: str
    span: tuple[int, int]

    def to_json(self) -> dict[str, Any]:
        return {"reason": self.reason, "text": self.text, "span": list(self.span)}


@dataclass(frozen=True)
class SourceText:
    """What a format reader produced from a file: text lines plus the hints the format carried."""

    text: str  # lines separated by "\n"
    format: str  # "txt" | "docx" | "pdf"
    encoding: str | None = None  # the text encoding chosen for .txt files
    name: str = ""  # the file's name without extension: the last-resort title
    title_lines: frozenset[int] = frozenset()  # 0-based indices of lines the format marks as titles
    # Their levels where the format knows them: 0 Title, 1.. Heading N, 10 a bold centred line.
    title_levels: Mapping[int, int] = field(default_factory=dict)
    removed: tuple[Removal, ...] = ()  # what the reader itself dropped (PDF page numbers, running heads)
    source: str = ""  # the path as given


@dataclass(frozen=True)
class OutlineHeading:
    level: int  # 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）; run-in enumerations (一是/第一，/首先) use their own level
    text: str
    offset: int  # into the speech's text
    run_in: bool = False  # the first sentence of a paragraph rather than a line of its own

    def to_json(self) -> dict[str, Any]:
        return {"level": self.level, "text": self.text, "offset": self.offset}


@dataclass(frozen=True)
class Speech:
    title: str
    text: str  # body paragraphs separated by "\n"; no title, no metadata lines
    meta: dict[str, str] = field(default_factory=dict)  # speaker, occasion, date, subtitle …
    outline: tuple[OutlineHeading, ...] = ()
    placeholders: tuple[tuple[int, int], ...] = ()
    span: tuple[int, int] = (0, 0)  # title start .. body end in the source text

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "text": self.text,
            "meta": dict(self.meta),
            "outline": [h.to_json() for h in self.outline],
            "placeholders": [list(p) for p in self.placeholders],
            "span": list(self.span),
        }


@dataclass(frozen=True)
class Compilation:
    source: str
    format: str
    encoding: str | None
    title: str | None
    declared_count: int | None
    speeches: tuple[Speech, ...]
    warnings: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "encoding": self.encoding,
            "title": self.title,
            "declared_count": self.declared_count,
            "warnings": list(self.warnings),
            "removed": [r.to_json() for r in self.removed],
            "speeches": [s.to_json() for s in self.speeches],
        }
