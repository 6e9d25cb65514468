"""Reading speeches: the library listing and one speech with its text and outline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.core.store.compilations import outline_from_json
from desktop.core.store.errors import UnknownSpeechError
from desktop.core.store.records import SpeechRecord, SpeechSummary
from desktop.core.store.rows import loads

if TYPE_CHECKING:
    from desktop.core.store.library import Library

_LIST = """
SELECT s.id, s.compilation_id, c.title AS compilation_title, s.position, s.title, s.chars,
       (SELECT count(*) FROM marks m WHERE m.speech_id = s.id) AS marks,
       c.superseded_by IS NULL AS current
FROM speeches s JOIN compilations c ON c.id = s.compilation_id
"""


def speech_record(row: dict[str, Any]) -> SpeechRecord:
    return SpeechRecord(
        id=row["id"],
        compilation_id=row["compilation_id"],
        position=row["position"],
        title=row["title"],
        text=row["text"],
        meta=loads(row["meta"], {}),
        outline=outline_from_json(loads(row["outline"], [])),
        placeholders=tuple((p[0], p[1]) for p in loads(row["placeholders"], [])),
    )


class Speeches:
    def __init__(self, library: Library) -> None:
        self._lib = library

    def list(
        self, *, compilation_id: int | None = None, include_superseded: bool = False
    ) -> list[SpeechSummary]:
        """Speeches in library order (compilation, then position). Old versions only when asked."""
        clauses, params = [], []
        if compilation_id is not None:
            clauses.append("s.compilation_id = ?")
            params.append(compilation_id)
        elif not include_superseded:
            clauses.append("c.superseded_by IS NULL")
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._lib.db.query(_LIST + where + " ORDER BY s.compilation_id, s.position", params)
        return [SpeechSummary(**{**r, "current": bool(r["current"])}) for r in rows]

    def get(self, speech_id: int) -> SpeechRecord:
        rows = list(self._lib.db.query("SELECT * FROM speeches WHERE id = ?", [speech_id]))
        if not rows:
            raise UnknownSpeechError(speech_id)
        return speech_record(rows[0])

    def text(self, speech_id: int) -> str:
        row = self._lib.conn.execute("SELECT text FROM speeches WHERE id = ?", (speech_id,)).fetchone()
        if row is None:
            raise UnknownSpeechError(speech_id)
        return str(row[0])

    def exists(self, speech_id: int) -> bool:
        return (
            self._lib.conn.execute("SELECT 1 FROM speeches WHERE id = ?", (speech_id,)).fetchone() is not None
        )

    def count(self) -> int:
        return int(self._lib.conn.execute("SELECT count(*) FROM speeches").fetchone()[0])
