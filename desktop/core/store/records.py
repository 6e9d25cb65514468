"""Plain frozen records the store hands to callers, and the vocabularies marks are made of.

``to_json()`` gives the shapes the headless commands print; scripts rely on them, so keys only get added.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core import anchor
from desktop.core.model import OutlineHeading, Removal

# Mark colours: a name from this palette or any "#rrggbb". The hex values are what the reader draws.
COLORS: Mapping[str, str] = {
    "yellow": "#ffe97a",
    "green": "#b5e8a3",
    "blue": "#a9d4ff",
    "pink": "#ffb8d2",
    "purple": "#d5b8ff",
    "orange": "#ffc98a",
    "red": "#ff9a8f",
    "grey": "#d0d0d0",
}
DEFAULT_COLOR = "yellow"

STYLES = ("highlight", "underline", "wavy")
DEFAULT_STYLE = "highlight"

# Review states, stored in English; the Chinese labels are what the reader sees and may also be typed.
STATES: Mapping[str, str] = {"candidate": "候选", "selected": "入选", "rejected": "弃用"}
DEFAULT_STATE = "candidate"

MAX_RATING = 5
CONTEXT_CHARS = anchor.CONTEXT_CHARS  # prefix/suffix kept with every mark (one number for store and anchor)


@dataclass(frozen=True)
class SourceRecord:
    id: int
    path: str
    content_hash: str
    format: str
    encoding: str | None
    size: int
    imported_at: str


@dataclass(frozen=True)
class CompilationRecord:
    id: int
    title: str | None
    declared_count: int | None
    warnings: tuple[str, ...]
    removed: tuple[Removal, ...]
    lineage: int  # id of the first version of this compilation
    version: int
    superseded_by: int | None  # the newer version, once the source changed and was imported again
    source: SourceRecord
    speech_count: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "declared_count": self.declared_count,
            "version": self.version,
            "superseded_by": self.superseded_by,
            "source": self.source.path,
            "format": self.source.format,
            "encoding": self.source.encoding,
            "speeches": self.speech_count,
            "warnings": list(self.warnings),
            "removed": [r.to_json() for r in self.removed],
        }


@dataclass(frozen=True)
class SpeechSummary:
    """A line of the library listing."""

    id: int
    compilation_id: int
    compilation_title: str | None
    position: int
    title: str
    chars: int
    marks: int
    current: bool  # False once a newer version of the compilation was imported

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "compilation": self.compilation_id,
            "title": self.title,
            "chars": self.chars,
            "marks": self.marks,
        }


@dataclass(frozen=True)
class SpeechRecord:
    id: int
    compilation_id: int
    position: int
    title: str
    text: str
    meta: Mapping[str, str] = field(default_factory=dict)
    outline: tuple[OutlineHeading, ...] = ()
    placeholders: tuple[tuple[int, int], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "meta": dict(self.meta),
            "text": self.text,
            "outline": [h.to_json() for h in self.outline],
        }


@dataclass(frozen=True)
class Mark:
    uuid: str
    speech_id: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    color: str
    style: str
    tags: tuple[str, ...]
    note: str
    state: str
    rating: int
    created_at: str
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "speech_id": self.speech_id,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "color": self.color,
            "style": self.style,
            "tags": list(self.tags),
            "note": self.note,
            "state": self.state,
            "rating": self.rating,
        }


@dataclass(frozen=True)
class Tag:
    name: str
    color: str | None
    count: int  # marks carrying exactly this tag

    @property
    def parent(self) -> str | None:
        """金句/排比 → 金句; a top-level tag has none."""
        return self.name.rsplit("/", 1)[0] if "/" in self.name else None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "color": self.color, "count": self.count}


@dataclass(frozen=True)
class ImportResult:
    path: str
    status: str  # "imported" | "new-version" | "duplicate" | "failed"
    compilation_id: int | None = None
    speeches: int = 0
    previous_id: int | None = None  # the older version, for "new-version"; the existing one for "duplicate"
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "compilation": self.compilation_id,
            "speeches": self.speeches,
            "previous": self.previous_id,
            "error": self.error,
        }
