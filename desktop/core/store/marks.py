"""Marks: passages of one speech with colour, style, tags, note, review state and rating.

A mark stores its offsets and, so it can be found again if the text changes, its quote and 32 characters
of context on each side (see ``desktop.core.anchor``). Marks may overlap. Each mark is also indexed (its
quote and note) for search.
"""

from __future__ import annotations

import builtins
import sqlite3
import uuid as uuidlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core import anchor, notices
from desktop.core.notices import notice
from desktop.core.search import index
from desktop.core.store.errors import InvalidValueError, UnknownMarkError, UnknownSpeechError
from desktop.core.store.records import (
    DEFAULT_COLOR,
    DEFAULT_STATE,
    DEFAULT_STYLE,
    MAX_RATING,
    STATES,
    STYLES,
    Mark,
)
from desktop.core.store.rows import loads, now
from desktop.core.store.tags import ensure_tag, like_prefix, normalize_color, normalize_tag_name

if TYPE_CHECKING:
    from desktop.core.store.library import Library

_SELECT = """
SELECT m.*, (SELECT json_group_array(name) FROM
               (SELECT t.name FROM mark_tags mt JOIN tags t ON t.id = mt.tag_id
                WHERE mt.mark_id = m.id ORDER BY t.name)) AS tag_names
FROM marks m
"""


def normalize_state(state: str) -> str:
    """ "candidate"/"selected"/"rejected", or their labels 候选/入选/弃用."""
    value = state.strip().lower()
    if value in STATES:
        return value
    for key, label in STATES.items():
        if state.strip() == label:
            return key
    choices = ", ".join(f"{k} ({v})" for k, v in STATES.items())
    raise InvalidValueError(notice(notices.NOT_A_STATE, state=state, choices=choices))


def normalize_style(style: str) -> str:
    value = style.strip().lower()
    if value not in STYLES:
        raise InvalidValueError(notice(notices.NOT_A_MARK_STYLE, style=style, choices=", ".join(STYLES)))
    return value


def check_rating(rating: int) -> int:
    if isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= MAX_RATING:
        raise InvalidValueError(notice(notices.BAD_RATING, max=MAX_RATING, rating=repr(rating)))
    return rating


def check_span(speech_id: int, text: str, start: int, end: int) -> None:
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(text):
        raise InvalidValueError(
            notice(notices.BAD_SPAN, start=start, end=end, id=speech_id, length=len(text))
        )


@dataclass(frozen=True)
class MarkSpec:
    """What a new mark should be (for adding many at once)."""

    speech_id: int
    start: int
    end: int
    color: str = DEFAULT_COLOR
    style: str = DEFAULT_STYLE
    tags: Sequence[str] = ()
    note: str = ""
    state: str = DEFAULT_STATE
    rating: int = 0


def mark_from_row(row: dict[str, Any]) -> Mark:
    return Mark(
        uuid=row["uuid"],
        speech_id=row["speech_id"],
        start=row["start"],
        end=row["end"],
        quote=row["quote"],
        prefix=row["prefix"],
        suffix=row["suffix"],
        color=row["color"],
        style=row["style"],
        tags=tuple(loads(row["tag_names"], [])),
        note=row["note"],
        state=row["state"],
        rating=row["rating"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


class Marks:
    def __init__(self, library: Library) -> None:
        self._lib = library

    # ------------------------------------------------------------------ reading

    def get(self, uuid: str) -> Mark:
        rows = list(self._lib.db.query(_SELECT + " WHERE m.uuid = ?", [uuid]))
        if not rows:
            raise UnknownMarkError(uuid)
        return mark_from_row(rows[0])

    def list(
        self,
        *,
        speech_id: int | None = None,
        tag: str | None = None,
        state: str | None = None,
        color: str | None = None,
        uuids: Iterable[str] | None = None,
    ) -> list[Mark]:
        """Marks in reading order; ``tag`` also matches the tag's descendants (金句 → 金句/排比)."""
        clauses: list[str] = []
        params: list[Any] = []
        if speech_id is not None:
            clauses.append("m.speech_id = ?")
            params.append(speech_id)
        if tag:
            name = normalize_tag_name(tag)
            clauses.append(
                """EXISTS (SELECT 1 FROM mark_tags mt JOIN tags t ON t.id = mt.tag_id
                           WHERE mt.mark_id = m.id AND (t.name = ? OR t.name LIKE ? ESCAPE '\\'))"""
            )
            params += [name, like_prefix(name)]
        if state:
            clauses.append("m.state = ?")
            params.append(normalize_state(state))
        if color:
            clauses.append("m.color = ?")
            params.append(normalize_color(color))
        if uuids is not None:
            wanted = list(uuids)
            clauses.append(f"m.uuid IN ({','.join('?' * len(wanted))})")
            params += wanted
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._lib.db.query(_SELECT + where + ' ORDER BY m.speech_id, m.start, m."end", m.id', params)
        return [mark_from_row(r) for r in rows]

    def count(self) -> int:
        return int(self._lib.conn.execute("SELECT count(*) FROM marks").fetchone()[0])

    # ------------------------------------------------------------------ writing

    def add(
        self,
        speech_id: int,
        start: int,
        end: int,
        *,
        color: str = DEFAULT_COLOR,
        style: str = DEFAULT_STYLE,
        tags: Sequence[str] = (),
        note: str = "",
        state: str = DEFAULT_STATE,
        rating: int = 0,
    ) -> Mark:
        spec = MarkSpec(speech_id, start, end, color, style, tuple(tags), note, state, rating)
        return self.add_many([spec])[0]

    def add_many(self, specs: Iterable[MarkSpec]) -> builtins.list[Mark]:
        """Add several marks as one action (all or none)."""
        created: builtins.list[str] = []
        texts: dict[int, str] = {}
        with self._lib.transaction() as conn:
            for spec in specs:
                if spec.speech_id not in texts:
                    row = conn.execute("SELECT text FROM speeches WHERE id = ?", (spec.speech_id,)).fetchone()
                    if row is None:
                        raise UnknownSpeechError(spec.speech_id)
                    texts[spec.speech_id] = row[0]
                created.append(self._insert(conn, spec, texts[spec.speech_id]))
        return self.get_many(created)

    def get_many(self, uuids: Sequence[str]) -> builtins.list[Mark]:
        """The marks with these UUIDs, in the order given (unknown ones are left out)."""
        found: dict[str, Mark] = {}
        for first in range(0, len(uuids), 500):
            for mark in self.list(uuids=uuids[first : first + 500]):
                found[mark.uuid] = mark
        return [found[u] for u in uuids if u in found]

    def _insert(self, conn: sqlite3.Connection, spec: MarkSpec, text: str) -> str:
        check_span(spec.speech_id, text, spec.start, spec.end)
        selector = anchor.select(text, spec.start, spec.end)
        stamp = now()
        mark = Mark(
            uuid=str(uuidlib.uuid4()),
            speech_id=spec.speech_id,
            start=spec.start,
            end=spec.end,
            quote=selector.exact,
            prefix=selector.prefix,
            suffix=selector.suffix,
            color=normalize_color(spec.color),
            style=normalize_style(spec.style),
            tags=tuple(dict.fromkeys(normalize_tag_name(t) for t in spec.tags)),
            note=spec.note,
            state=normalize_state(spec.state),
            rating=check_rating(spec.rating),
            created_at=stamp,
            updated_at=stamp,
        )
        _write_mark(conn, mark)
        return mark.uuid

    def update(
        self,
        uuid: str,
        *,
        color: str | None = None,
        style: str | None = None,
        note: str | None = None,
        state: str | None = None,
        rating: int | None = None,
        tags: Sequence[str] | None = None,
    ) -> Mark:
        """Change what is given; ``tags`` replaces the mark's tags."""
        changes: dict[str, Any] = {}
        if color is not None:
            changes["color"] = normalize_color(color)
        if style is not None:
            changes["style"] = normalize_style(style)
        if note is not None:
            changes["note"] = note
        if state is not None:
            changes["state"] = normalize_state(state)
        if rating is not None:
            changes["rating"] = check_rating(rating)
        names = None if tags is None else list(dict.fromkeys(normalize_tag_name(t) for t in tags))
        with self._lib.transaction() as conn:
            row = conn.execute("SELECT id, quote, note FROM marks WHERE uuid = ?", (uuid,)).fetchone()
            if row is None:
                raise UnknownMarkError(uuid)
            mark_id, quote, old_note = row
            changes["updated_at"] = now()
            assignments = ", ".join(f"{column} = ?" for column in changes)
            conn.execute(f"UPDATE marks SET {assignments} WHERE id = ?", (*changes.values(), mark_id))
            if names is not None:
                conn.execute("DELETE FROM mark_tags WHERE mark_id = ?", (mark_id,))
                _attach_tags(conn, mark_id, names)
            if note is not None and note != old_note:
                index.unindex_mark(conn, mark_id)
                index.index_mark(conn, mark_id, quote, note)
        return self.get(uuid)

    def add_tags(self, uuid: str, names: Sequence[str]) -> Mark:
        with self._lib.transaction():  # read and write as one action: no other writer in between
            current = self.get(uuid)
            return self.update(uuid, tags=[*current.tags, *names])

    def remove_tags(self, uuid: str, names: Sequence[str]) -> Mark:
        with self._lib.transaction():
            current = self.get(uuid)
            dropped = {normalize_tag_name(n) for n in names}
            return self.update(uuid, tags=[t for t in current.tags if t not in dropped])

    def remove(self, uuid: str) -> Mark:
        """Delete a mark; returns it as it was (so an undo can ``restore`` it)."""
        mark = self.get(uuid)
        with self._lib.transaction() as conn:
            row = conn.execute("SELECT id FROM marks WHERE uuid = ?", (uuid,)).fetchone()
            if row is None:
                raise UnknownMarkError(uuid)
            index.unindex_mark(conn, row[0])
            conn.execute("DELETE FROM marks WHERE id = ?", (row[0],))
        return mark

    def remove_many(self, uuids: Iterable[str]) -> int:
        """Delete several marks as one action; unknown ones are refused (nothing is deleted)."""
        with self._lib.transaction() as conn:
            count = 0
            for mark_uuid in uuids:
                row = conn.execute("SELECT id FROM marks WHERE uuid = ?", (mark_uuid,)).fetchone()
                if row is None:
                    raise UnknownMarkError(mark_uuid)
                index.unindex_mark(conn, row[0])
                conn.execute("DELETE FROM marks WHERE id = ?", (row[0],))
                count += 1
        return count

    def restore(self, mark: Mark) -> Mark:
        """Put back a removed mark exactly as it was (same UUID, times, tags)."""
        with self._lib.transaction() as conn:
            if conn.execute("SELECT 1 FROM speeches WHERE id = ?", (mark.speech_id,)).fetchone() is None:
                raise UnknownSpeechError(mark.speech_id)
            _write_mark(conn, mark)
        return self.get(mark.uuid)


def _write_mark(conn: sqlite3.Connection, mark: Mark) -> int:
    """Write a mark row with its tags and its search entry (a new mark, or one restored by an undo)."""
    mark_id = conn.execute(
        """INSERT INTO marks (uuid, speech_id, start, "end", quote, prefix, suffix, color, style, note,
                              state, rating, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            mark.uuid,
            mark.speech_id,
            mark.start,
            mark.end,
            mark.quote,
            mark.prefix,
            mark.suffix,
            mark.color,
            mark.style,
            mark.note,
            mark.state,
            mark.rating,
            mark.created_at,
            mark.updated_at,
        ),
    ).lastrowid
    assert mark_id is not None
    _attach_tags(conn, mark_id, mark.tags)
    index.index_mark(conn, mark_id, mark.quote, mark.note)
    return mark_id


def _attach_tags(conn: sqlite3.Connection, mark_id: int, names: Iterable[str]) -> None:
    for name in names:
        conn.execute(
            "INSERT INTO mark_tags (mark_id, tag_id) VALUES (?, ?)", (mark_id, ensure_tag(conn, name))
        )
