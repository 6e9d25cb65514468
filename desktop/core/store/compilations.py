"""Importing compilations, and the versions a changed source file produces.

A source is identified by the SHA-256 of its bytes: importing the same content again (from any path)
creates nothing. A file whose content changed since it was last imported from the same path becomes a
new version of that compilation; the old version keeps its speeches and marks (re-anchoring the marks onto
the new version is a separate step).

Segmentation, the slow part, runs before the transaction opens, so the library stays writable for other
actions while a big file is being cut into words; the writes then happen in one transaction.
"""

from __future__ import annotations

import builtins
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import UnreadableFileError
from desktop.core.model import Compilation, OutlineHeading, Removal
from desktop.core.search import index, segment
from desktop.core.store.errors import ImportCancelledError, UnknownCompilationError
from desktop.core.store.records import CompilationRecord, ImportResult, SourceRecord
from desktop.core.store.rows import dumps, insert_speech, loads, now

if TYPE_CHECKING:
    from desktop.core.store.library import Library

Progress = Callable[[int, int], None]  # (speeches done, speeches in all)
Cancelled = Callable[[], bool]  # asked between speeches; True stops the import before anything is written

_SELECT = """
SELECT c.*, s.path, s.content_hash, s.format, s.encoding, s.size, s.imported_at,
       (SELECT count(*) FROM speeches WHERE compilation_id = c.id) AS speech_count
FROM compilations c JOIN sources s ON s.id = c.source_id
"""


def outline_to_json(outline: tuple[OutlineHeading, ...]) -> list[dict[str, Any]]:
    return [{"level": h.level, "text": h.text, "offset": h.offset, "run_in": h.run_in} for h in outline]


def outline_from_json(items: list[dict[str, Any]]) -> tuple[OutlineHeading, ...]:
    return tuple(
        OutlineHeading(level=i["level"], text=i["text"], offset=i["offset"], run_in=i.get("run_in", False))
        for i in items
    )


def _record(row: dict[str, Any]) -> CompilationRecord:
    source = SourceRecord(
        id=row["source_id"],
        path=row["path"],
        content_hash=row["content_hash"],
        format=row["format"],
        encoding=row["encoding"],
        size=row["size"],
        imported_at=row["imported_at"],
    )
    removed = tuple(
        Removal(reason=r["reason"], text=r["text"], span=(r["span"][0], r["span"][1]))
        for r in loads(row["removed"], [])
    )
    return CompilationRecord(
        id=row["id"],
        title=row["title"],
        declared_count=row["declared_count"],
        warnings=tuple(loads(row["warnings"], [])),
        removed=removed,
        lineage=row["lineage"],
        version=row["version"],
        superseded_by=row["superseded_by"],
        source=source,
        speech_count=row["speech_count"],
    )


class Compilations:
    def __init__(self, library: Library) -> None:
        self._lib = library

    # ------------------------------------------------------------------ reading

    def get(self, compilation_id: int) -> CompilationRecord:
        rows = list(self._lib.db.query(_SELECT + " WHERE c.id = ?", [compilation_id]))
        if not rows:
            raise UnknownCompilationError(compilation_id)
        return _record(rows[0])

    def list(self, *, include_superseded: bool = False) -> list[CompilationRecord]:
        where = "" if include_superseded else " WHERE c.superseded_by IS NULL"
        return [_record(r) for r in self._lib.db.query(_SELECT + where + " ORDER BY c.id")]

    def versions(self, compilation_id: int) -> builtins.list[CompilationRecord]:
        """Every version of the compilation ``compilation_id`` belongs to, oldest first."""
        lineage = self.get(compilation_id).lineage
        query = _SELECT + " WHERE c.lineage = ? ORDER BY c.version"
        return [_record(r) for r in self._lib.db.query(query, [lineage])]

    def by_hash(self, content_hash: str) -> CompilationRecord | None:
        rows = list(self._lib.db.query(_SELECT + " WHERE s.content_hash = ?", [content_hash]))
        return _record(rows[0]) if rows else None

    # ------------------------------------------------------------------ importing

    def import_file(
        self,
        path: Path | str,
        *,
        encoding: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Import one .txt/.docx/.pdf file. Raises ``UnreadableFileError`` (a ``HuiduError``) if it can't."""
        from desktop.core.parse import parse_file

        path = Path(path)
        from desktop.core.formats.files import check_readable

        check_readable(path)  # the size limit and the clear errors come before anything is read
        try:
            data = path.read_bytes()
        except OSError as exc:
            from desktop.core.formats.files import os_error_reason

            raise UnreadableFileError(path, os_error_reason(exc)) from exc
        digest = hashlib.sha256(data).hexdigest()
        existing = self.by_hash(digest)
        if existing is not None:
            return _duplicate(str(path), existing)
        compilation = parse_file(path, encoding=encoding)
        return self.import_parsed(
            compilation,
            path=path,
            content_hash=digest,
            size=len(data),
            progress=progress,
            cancelled=cancelled,
        )

    def import_parsed(
        self,
        compilation: Compilation,
        *,
        path: Path | str | None = None,
        content_hash: str | None = None,
        size: int | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Store an already-parsed compilation. Without a hash, the parsed content stands for the bytes.

        ``progress(done, total)`` is called after each speech is segmented; ``cancelled()`` is asked
        before each one and stops the import (``ImportCancelledError``) before anything is written.
        """
        source_path = str(Path(path).resolve()) if path is not None else compilation.source
        if content_hash is None:
            content_hash = hashlib.sha256(dumps(compilation.to_json()).encode("utf-8")).hexdigest()
        if size is None:
            size = sum(len(s.text.encode("utf-8")) for s in compilation.speeches)
        existing = self.by_hash(content_hash)
        if existing is not None:
            return _duplicate(source_path, existing)

        total = len(compilation.speeches)
        tokens: builtins.list[str] = []
        for done, speech in enumerate(compilation.speeches, 1):
            if cancelled is not None and cancelled():
                raise ImportCancelledError(source_path)
            tokens.append(segment.index_text(speech.text))
            if progress is not None:
                progress(done, total)

        with self._lib.transaction() as conn:
            existing = self.by_hash(content_hash)  # another process may have imported it meanwhile
            if existing is not None:
                return _duplicate(source_path, existing)
            previous = conn.execute(
                """SELECT c.id, c.lineage, c.version FROM compilations c JOIN sources s ON s.id = c.source_id
                   WHERE s.path = ? AND c.superseded_by IS NULL ORDER BY c.version DESC LIMIT 1""",
                (source_path,),
            ).fetchone()
            source_id = conn.execute(
                """INSERT INTO sources (path, content_hash, format, encoding, size, imported_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (source_path, content_hash, compilation.format, compilation.encoding, size, now()),
            ).lastrowid
            compilation_id = conn.execute(
                """INSERT INTO compilations (source_id, title, declared_count, warnings, removed, lineage, version)
                   VALUES (?, ?, ?, ?, ?, 0, ?)""",
                (
                    source_id,
                    compilation.title,
                    compilation.declared_count,
                    dumps(list(compilation.warnings)),
                    dumps([r.to_json() for r in compilation.removed]),
                    previous[2] + 1 if previous else 1,
                ),
            ).lastrowid
            assert compilation_id is not None
            lineage = previous[1] if previous else compilation_id
            conn.execute("UPDATE compilations SET lineage = ? WHERE id = ?", (lineage, compilation_id))
            if previous:
                conn.execute(
                    "UPDATE compilations SET superseded_by = ? WHERE id = ?", (compilation_id, previous[0])
                )
            for position, (speech, speech_tokens) in enumerate(
                zip(compilation.speeches, tokens, strict=True)
            ):
                speech_id = insert_speech(
                    conn,
                    compilation_id=compilation_id,
                    position=position,
                    title=speech.title,
                    meta=speech.meta,
                    text=speech.text,
                    outline=outline_to_json(speech.outline),
                    placeholders=[list(p) for p in speech.placeholders],
                    span_json=dumps(list(speech.span)),
                )
                index.index_speech(conn, speech_id, speech.text, speech_tokens)
        return ImportResult(
            path=source_path,
            status="new-version" if previous else "imported",
            compilation_id=compilation_id,
            speeches=total,
            previous_id=previous[0] if previous else None,
        )


def _duplicate(path: str, existing: CompilationRecord) -> ImportResult:
    return ImportResult(
        path=path,
        status="duplicate",
        compilation_id=existing.id,
        speeches=existing.speech_count,
        previous_id=existing.id,
    )
