"""Which marks an export takes: the library's marks narrowed by a ``Selection``, in reading order.

Reading order is the library's order: compilation, then the speech's position in it, then the mark's
offset. The store can filter by one tag, state, colour or speech in SQL; the rest (several tags, "all
tags", rating, compilation, dates, text) is filtered here in Python. That is fast enough for tens of
thousands of marks (one query each for marks and speeches); a ``Marks.list`` taking several values per
filter, ``min_rating``, a compilation and a date range would let SQL do all of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from desktop.core.export.options import Selection
from desktop.core.store import Library, Mark, SpeechSummary
from desktop.core.store.marks import normalize_state
from desktop.core.store.tags import normalize_color, normalize_tag_name


@dataclass(frozen=True)
class Selected:
    """The marks chosen, in reading order, and the listing line of every speech they sit in."""

    marks: tuple[Mark, ...]
    speeches: dict[int, SpeechSummary]


def tag_matches(tag: str, wanted: str) -> bool:
    """A mark's ``tag`` counts for the selected tag ``wanted``: itself or a descendant (金句/排比 for 金句)."""
    return tag == wanted or tag.startswith(wanted + "/")


def local_date(stamp: str) -> date | None:
    """The local calendar date of a stored ISO timestamp (the store writes UTC)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return (moment.astimezone() if moment.tzinfo else moment).date()


def _filters(selection: Selection) -> list[Callable[[Mark], bool]]:
    checks: list[Callable[[Mark], bool]] = []
    tags = [normalize_tag_name(t) for t in selection.tags]
    if tags:
        combine = all if selection.all_tags else any
        checks.append(lambda m: combine(any(tag_matches(t, w) for t in m.tags) for w in tags))
    colors = {normalize_color(c) for c in selection.colors}
    if colors:
        checks.append(lambda m: m.color in colors)
    states = {normalize_state(s) for s in selection.states}
    if states:
        checks.append(lambda m: m.state in states)
    if selection.min_rating:
        least = selection.min_rating
        checks.append(lambda m: m.rating >= least)
    if selection.speech_ids:
        speech_ids = set(selection.speech_ids)
        checks.append(lambda m: m.speech_id in speech_ids)
    if selection.created_from or selection.created_to:
        first = selection.created_from or date.min
        last = selection.created_to or date.max

        def in_range(m: Mark) -> bool:
            day = local_date(m.created_at)
            return day is not None and first <= day <= last

        checks.append(in_range)
    needle = selection.text.strip().casefold()
    if needle:
        checks.append(lambda m: needle in m.quote.casefold() or needle in m.note.casefold())
    return checks


def select(library: Library, selection: Selection) -> Selected:
    """The marks ``selection`` chooses, in reading order."""
    summaries = {s.id: s for s in library.speeches.list(include_superseded=True)}
    compilations = set(selection.compilation_ids)
    if compilations:
        summaries = {k: s for k, s in summaries.items() if s.compilation_id in compilations}
    checks = _filters(selection)
    marks = [
        m
        for m in _stored_marks(library, selection)
        if m.speech_id in summaries and all(check(m) for check in checks)
    ]
    marks.sort(key=lambda m: reading_key(summaries[m.speech_id], m))
    used = {m.speech_id for m in marks}
    return Selected(tuple(marks), {k: s for k, s in summaries.items() if k in used})


def reading_key(speech: SpeechSummary, mark: Mark) -> tuple[int, int, int, int]:
    return (speech.compilation_id, speech.position, mark.start, mark.end)


def count(library: Library, selection: Selection) -> int:
    return len(select(library, selection).marks)


def _stored_marks(library: Library, selection: Selection) -> list[Mark]:
    """The library's marks, narrowed in SQL by the filters ``Marks.list`` takes (one value each)."""

    def single(values: tuple[str, ...]) -> str | None:
        return values[0] if len(values) == 1 else None

    return library.marks.list(
        tag=single(selection.tags),
        state=single(selection.states),
        color=single(selection.colors),
        speech_id=selection.speech_ids[0] if len(selection.speech_ids) == 1 else None,
    )
