"""Corrections of how a compilation was split into speeches: rename, merge into the previous, split.

Each correction is one transaction that changes the speeches, moves the marks with their text (offsets
shifted, context re-read), keeps the search index in step, and appends a row to ``corrections`` so the
user's decisions are recorded (and can be replayed on a new version of the file).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core import anchor, notices
from desktop.core.notices import notice
from desktop.core.search import index
from desktop.core.store.errors import CorrectionError, InvalidValueError, UnknownSpeechError
from desktop.core.store.records import SpeechRecord
from desktop.core.store.rows import dumps, insert_speech, loads, now

if TYPE_CHECKING:
    from desktop.core.store.library import Library

MAX_TITLE_LINE = 80  # a first line longer than this is body text, not a title


@dataclass(frozen=True)
class Correction:
    id: int
    compilation_id: int
    kind: str  # "rename" | "merge" | "split"
    payload: dict[str, Any]
    created_at: str


def _speech_row(conn: sqlite3.Connection, speech_id: int) -> dict[str, Any]:
    cursor = conn.execute("SELECT * FROM speeches WHERE id = ?", (speech_id,))
    row = cursor.fetchone()
    if row is None:
        raise UnknownSpeechError(speech_id)
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _shift_points(items: list[Any], key: str | None, start: int, end: int, delta: int) -> list[Any]:
    """Items (outline dicts by ``key``, or [a, b] pairs) lying in [start, end), moved by ``delta``."""
    moved: list[Any] = []
    for item in items:
        where = item[key] if key else item[0]
        if start <= where < end:
            if key:
                moved.append({**item, key: where + delta})
            else:
                moved.append([item[0] + delta, item[1] + delta])
    return moved


def _refresh_context(conn: sqlite3.Connection, speech_id: int, text: str) -> None:
    """Re-read prefix and suffix of every mark of a speech whose text changed around them."""
    for mark_id, start, end, quote in conn.execute(
        'SELECT id, start, "end", quote FROM marks WHERE speech_id = ?', (speech_id,)
    ).fetchall():
        selector = anchor.select(text, start, end)
        if selector.exact != quote:  # a bug upstream: refuse rather than corrupt the mark
            raise CorrectionError(notice(notices.MARK_QUOTE_LOST, mark=mark_id))
        conn.execute(
            "UPDATE marks SET prefix = ?, suffix = ? WHERE id = ?",
            (selector.prefix, selector.suffix, mark_id),
        )


def _log(conn: sqlite3.Connection, compilation_id: int, kind: str, payload: dict[str, Any]) -> None:
    conn.execute(
        "INSERT INTO corrections (compilation_id, kind, payload, created_at) VALUES (?, ?, ?, ?)",
        (compilation_id, kind, dumps(payload), now()),
    )


class Corrections:
    def __init__(self, library: Library) -> None:
        self._lib = library

    def list(self, compilation_id: int) -> list[Correction]:
        rows = self._lib.db.query(
            "SELECT * FROM corrections WHERE compilation_id = ? ORDER BY id", [compilation_id]
        )
        return [Correction(**{**r, "payload": loads(r["payload"], {})}) for r in rows]

    def rename(self, speech_id: int, title: str) -> SpeechRecord:
        title = " ".join(title.split())
        if not title:
            raise InvalidValueError(notice(notices.EMPTY_TITLE))
        with self._lib.transaction() as conn:
            row = _speech_row(conn, speech_id)
            conn.execute("UPDATE speeches SET title = ? WHERE id = ?", (title, speech_id))
            _log(
                conn,
                row["compilation_id"],
                "rename",
                {"speech": speech_id, "old": row["title"], "new": title},
            )
        return self._lib.speeches.get(speech_id)

    def merge_into_previous(self, speech_id: int, *, keep_title: bool = True) -> SpeechRecord:
        """Append a speech to the one before it; its title becomes a line of the text unless told not to."""
        with self._lib.transaction() as conn:
            row = _speech_row(conn, speech_id)
            previous = conn.execute(
                """SELECT id FROM speeches WHERE compilation_id = ? AND position < ?
                   ORDER BY position DESC LIMIT 1""",
                (row["compilation_id"], row["position"]),
            ).fetchone()
            if previous is None:
                raise CorrectionError(notice(notices.MERGE_FIRST, id=speech_id))
            prev = _speech_row(conn, previous[0])
            joiner = "\n" + (row["title"] + "\n" if keep_title else "")
            shift = len(prev["text"]) + len(joiner)
            text = prev["text"] + joiner + row["text"]
            size = len(row["text"])
            outline = loads(prev["outline"], []) + _shift_points(
                loads(row["outline"], []), "offset", 0, size, shift
            )
            placeholders = loads(prev["placeholders"], []) + _shift_points(
                loads(row["placeholders"], []), None, 0, size, shift
            )
            span = [loads(prev["span"], [0, 0])[0], loads(row["span"], [0, 0])[1]]

            index.unindex_speech(conn, prev["id"], prev["text"])
            index.unindex_speech(conn, speech_id, row["text"])
            conn.execute(
                """UPDATE speeches SET text = ?, chars = ?, outline = ?, placeholders = ?, span = ?
                   WHERE id = ?""",
                (text, len(text), dumps(outline), dumps(placeholders), dumps(span), prev["id"]),
            )
            conn.execute(
                'UPDATE marks SET speech_id = ?, start = start + ?, "end" = "end" + ?, updated_at = ? '
                "WHERE speech_id = ?",
                (prev["id"], shift, shift, now(), speech_id),
            )
            conn.execute("DELETE FROM speeches WHERE id = ?", (speech_id,))
            conn.execute(
                "UPDATE speeches SET position = position - 1 WHERE compilation_id = ? AND position > ?",
                (row["compilation_id"], row["position"]),
            )
            index.index_speech(conn, prev["id"], text)
            _refresh_context(conn, prev["id"], text)
            _log(
                conn,
                row["compilation_id"],
                "merge",
                {"speech": speech_id, "into": prev["id"], "title": row["title"], "offset": shift},
            )
        return self._lib.speeches.get(prev["id"])

    def split(
        self,
        speech_id: int,
        offset: int,
        *,
        title: str | None = None,
        meta: Mapping[str, str] | None = None,
    ) -> tuple[SpeechRecord, SpeechRecord]:
        """Split a speech at ``offset`` into two; returns (first part, new second part).

        ``meta`` gives the new speech its speaker/occasion/date (undoing a merge gives them back).

        Without a ``title``, the first line of the second part becomes its title (the usual case: the
        parser missed where the next speech starts) if it is short enough to be one; otherwise the new
        speech is called "<title>（续）". A mark crossing the split point refuses the split.
        """
        with self._lib.transaction() as conn:
            row = _speech_row(conn, speech_id)
            text: str = row["text"]
            if not isinstance(offset, int) or not 0 < offset < len(text):
                raise InvalidValueError(
                    notice(notices.OFFSET_OUTSIDE, offset=offset, id=speech_id, last=len(text) - 1)
                )
            head = text[:offset].rstrip("\n")
            rest = text[offset:]
            body_start = offset + len(rest) - len(rest.lstrip("\n"))
            rest = rest.lstrip("\n")
            new_title = " ".join((title or "").split())
            if not new_title:
                first_line, _, after = rest.partition("\n")
                if first_line.strip() and len(first_line) <= MAX_TITLE_LINE and after.strip():
                    new_title = first_line.strip()
                    cut = len(first_line) + len(after) - len(after.lstrip("\n")) + 1
                    body_start += cut
                    rest = rest[cut:]
                else:
                    new_title = f"{row['title']}（续）"
            if not head.strip() or not rest.strip():
                raise CorrectionError(notice(notices.SPLIT_EMPTY_PART))
            crossing = conn.execute(
                'SELECT count(*) FROM marks WHERE speech_id = ? AND start < ? AND "end" > ?',
                (speech_id, body_start, len(head)),
            ).fetchone()[0]
            if crossing:
                raise CorrectionError(
                    notice(notices.SPLIT_CROSSES_MARKS, count=crossing, offset=offset, id=speech_id)
                )

            outline = loads(row["outline"], [])
            placeholders = loads(row["placeholders"], [])
            conn.execute(
                "UPDATE speeches SET position = position + 1 WHERE compilation_id = ? AND position > ?",
                (row["compilation_id"], row["position"]),
            )
            new_id = insert_speech(
                conn,
                compilation_id=row["compilation_id"],
                position=row["position"] + 1,
                title=new_title,
                meta=meta or {},
                text=rest,
                outline=_shift_points(outline, "offset", body_start, len(text), -body_start),
                placeholders=_shift_points(placeholders, None, body_start, len(text), -body_start),
                span_json=row["span"],
            )
            conn.execute(
                """UPDATE speeches SET text = ?, chars = ?, outline = ?, placeholders = ? WHERE id = ?""",
                (
                    head,
                    len(head),
                    dumps(_shift_points(outline, "offset", 0, len(head), 0)),
                    dumps(_shift_points(placeholders, None, 0, len(head), 0)),
                    speech_id,
                ),
            )
            conn.execute(
                'UPDATE marks SET speech_id = ?, start = start - ?, "end" = "end" - ?, updated_at = ? '
                "WHERE speech_id = ? AND start >= ?",
                (new_id, body_start, body_start, now(), speech_id, body_start),
            )
            index.reindex_speech(conn, speech_id, text, head)
            index.index_speech(conn, new_id, rest)
            _refresh_context(conn, speech_id, head)
            _refresh_context(conn, new_id, rest)
            _log(
                conn,
                row["compilation_id"],
                "split",
                {"speech": speech_id, "offset": offset, "new_speech": new_id, "title": new_title},
            )
        return self._lib.speeches.get(speech_id), self._lib.speeches.get(new_id)
