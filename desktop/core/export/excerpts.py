"""The selected marks as a neutral document: excerpts with their citations, arranged in groups.

Every writer (.docx, Markdown, CSV, JSON) renders the same ``ExcerptDocument``, so the formats agree on
order, grouping and citations. Groupings:

- ``tag``: one group per tag, each split by speech; a mark with two tags appears under both, marks
  without tags come last under “未加标签”. When the selection names tags, only those tags (and their
  descendants) make groups, in the order they were named; otherwise tags come in the order they first
  appear in the text. A tag's descendants follow it (金句, 金句/排比, then 方法).
- ``speech``: one group per speech, in reading order.
- ``compilation``: one group per compilation, each split by speech.

Within a group, excerpts keep document order. A citation is “compilation · speech · speaker/occasion/date
where known · nearest outline heading”, the heading being the last one whose offset is at or before the
mark's start.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.core.export.options import ExportOptions, Fields
from desktop.core.export.selection import Selected, select, tag_matches
from desktop.core.model import OutlineHeading
from desktop.core.store import Library, Mark, SpeechRecord
from desktop.core.store.tags import normalize_tag_name

UNTAGGED = "未加标签"
HEADING_CHARS = 40  # a run-in heading is a whole first sentence; the citation keeps its start


@dataclass(frozen=True)
class Citation:
    compilation_id: int
    compilation: str
    speech_id: int
    speech: str
    speaker: str | None = None
    occasion: str | None = None
    date: str | None = None
    heading: str | None = None
    heading_level: int | None = None

    def parts(self, *, heading: bool = True) -> list[str]:
        parts = [f"《{self.compilation}》", f"《{self.speech}》"]
        parts += [p for p in (self.speaker, self.occasion, self.date) if p]
        if heading and self.heading:
            parts.append(self.heading)
        return parts

    def text(self, *, heading: bool = True) -> str:
        return " · ".join(self.parts(heading=heading))


@dataclass(frozen=True)
class Excerpt:
    mark: Mark
    citation: Citation

    @property
    def uuid(self) -> str:
        return self.mark.uuid


@dataclass(frozen=True)
class Group:
    title: str
    level: int  # 1 or 2
    excerpts: tuple[Excerpt, ...] = ()
    children: tuple[Group, ...] = ()
    key: str = ""  # "tag:金句", "speech:12", "compilation:3"

    def entries(self) -> int:
        return len(self.excerpts) + sum(child.entries() for child in self.children)


@dataclass(frozen=True)
class ExcerptDocument:
    title: str
    date: date
    grouping: str
    fields: Fields
    excerpts: tuple[Excerpt, ...]  # each selected mark once, in reading order
    groups: tuple[Group, ...]

    @property
    def entries(self) -> int:
        """Excerpts as printed (a mark under two tags counts twice)."""
        return sum(g.entries() for g in self.groups)

    def speech_count(self) -> int:
        return len({e.mark.speech_id for e in self.excerpts})

    def walk(self) -> Iterable[tuple[Group, Excerpt]]:
        """Every printed excerpt with its innermost group, in document order."""
        for group in self.groups:
            yield from _walk(group)


def _walk(group: Group) -> Iterable[tuple[Group, Excerpt]]:
    for excerpt in group.excerpts:
        yield group, excerpt
    for child in group.children:
        yield from _walk(child)


def nearest_heading(outline: Sequence[OutlineHeading], offset: int) -> OutlineHeading | None:
    """The last heading starting at or before ``offset``."""
    ordered = sorted(outline, key=lambda h: h.offset)
    index = bisect.bisect_right([h.offset for h in ordered], offset)
    return ordered[index - 1] if index else None


class _Citations:
    """Citations for marks, reading each speech and compilation once."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._speeches: dict[int, SpeechRecord] = {}
        self._outlines: dict[int, tuple[list[int], list[OutlineHeading]]] = {}
        self._texts: dict[int, list[str]] = {}
        self._compilations: dict[int, str] = {}

    def compilation_title(self, compilation_id: int) -> str:
        if compilation_id not in self._compilations:
            record = self._library.compilations.get(compilation_id)
            self._compilations[compilation_id] = record.title or Path(record.source.path).stem
        return self._compilations[compilation_id]

    def __call__(self, mark: Mark) -> Citation:
        speech = self._speeches.get(mark.speech_id)
        if speech is None:
            speech = self._speeches[mark.speech_id] = self._library.speeches.get(mark.speech_id)
            ordered = sorted(speech.outline, key=lambda h: h.offset)
            self._outlines[mark.speech_id] = ([h.offset for h in ordered], ordered)
            self._texts[mark.speech_id] = [_heading_text(h.text) for h in ordered]
        offsets, headings = self._outlines[mark.speech_id]
        index = bisect.bisect_right(offsets, mark.start)
        heading = headings[index - 1] if index else None
        heading_text = self._texts[mark.speech_id][index - 1] if index else None
        return Citation(
            compilation_id=speech.compilation_id,
            compilation=self.compilation_title(speech.compilation_id),
            speech_id=speech.id,
            speech=speech.title,
            speaker=speech.meta.get("speaker") or None,
            occasion=speech.meta.get("occasion") or None,
            date=speech.meta.get("date") or None,
            heading=heading_text,
            heading_level=heading.level if heading else None,
        )


def _heading_text(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= HEADING_CHARS else line[: HEADING_CHARS - 1] + "…"


def build(library: Library, options: ExportOptions, *, selected: Selected | None = None) -> ExcerptDocument:
    """Select the marks ``options`` asks for and arrange them into groups."""
    selected = selected if selected is not None else select(library, options.selection)
    cite = _Citations(library)
    excerpts = tuple(Excerpt(mark, cite(mark)) for mark in selected.marks)
    if options.grouping == "speech":
        groups = _by_speech(excerpts, level=1)
    elif options.grouping == "compilation":
        groups = _by_compilation(excerpts)
    else:
        wanted = [normalize_tag_name(t) for t in options.selection.tags]
        groups = _by_tag(excerpts, wanted)
    return ExcerptDocument(
        title=options.title,
        date=options.export_date or date.today(),
        grouping=options.grouping,
        fields=options.fields,
        excerpts=excerpts,
        groups=groups,
    )


def _split(excerpts: Iterable[Excerpt], key: Callable[[Excerpt], int]) -> list[list[Excerpt]]:
    """Consecutive runs by ``key`` — excerpts arrive in reading order, so one run per speech/compilation."""
    runs: dict[int, list[Excerpt]] = {}
    for excerpt in excerpts:
        runs.setdefault(key(excerpt), []).append(excerpt)
    return list(runs.values())


def _by_speech(excerpts: Iterable[Excerpt], *, level: int) -> tuple[Group, ...]:
    return tuple(
        Group(
            title=run[0].citation.speech,
            level=level,
            excerpts=tuple(run),
            key=f"speech:{run[0].citation.speech_id}",
        )
        for run in _split(excerpts, lambda e: e.citation.speech_id)
    )


def _by_compilation(excerpts: Sequence[Excerpt]) -> tuple[Group, ...]:
    return tuple(
        Group(
            title=run[0].citation.compilation,
            level=1,
            children=_by_speech(run, level=2),
            key=f"compilation:{run[0].citation.compilation_id}",
        )
        for run in _split(excerpts, lambda e: e.citation.compilation_id)
    )


def _by_tag(excerpts: Sequence[Excerpt], wanted: Sequence[str]) -> tuple[Group, ...]:
    by_tag: dict[str, list[Excerpt]] = {}
    untagged: list[Excerpt] = []
    for excerpt in excerpts:
        tags = [t for t in excerpt.mark.tags if not wanted or any(tag_matches(t, w) for w in wanted)]
        for tag in tags:
            by_tag.setdefault(tag, []).append(excerpt)
        if not tags:
            untagged.append(excerpt)
    groups = [
        Group(title=tag, level=1, children=_by_speech(by_tag[tag], level=2), key=f"tag:{tag}")
        for tag in sorted(by_tag, key=_tag_order(list(by_tag), wanted))
    ]
    if untagged:
        groups.append(Group(title=UNTAGGED, level=1, children=_by_speech(untagged, level=2), key="untagged"))
    return tuple(groups)


def _tag_order(seen: Sequence[str], wanted: Sequence[str]) -> Callable[[str], tuple[int, ...]]:
    """Sort key for tag groups: families in the order the user named them, else in the order they first
    appear in the text; a parent before its children (金句, 金句/对仗, 金句/排比, then 方法 …).

    Code-point order (作风 before 方法 before 金句) means nothing to a reader, and pinyin needs a
    collation table we do not ship.
    """
    first: dict[str, int] = {}
    for index, tag in enumerate(seen):  # ``seen`` is in order of first appearance
        parts = tag.split("/")
        for depth in range(1, len(parts) + 1):
            first.setdefault("/".join(parts[:depth]), index)

    def key(tag: str) -> tuple[int, ...]:
        family = next((rank for rank, w in enumerate(wanted) if tag_matches(tag, w)), len(wanted))
        parts = tag.split("/")
        return (family, *(first["/".join(parts[:depth])] for depth in range(1, len(parts) + 1)))

    return key
