"""Small helpers shared by the stores: timestamps, JSON columns, and the one way a speech row is written."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any


def now() -> str:
    """UTC, ISO 8601 with milliseconds: sorts as text."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None, default: Any) -> Any:
    return default if text is None else json.loads(text)


def insert_speech(
    conn: sqlite3.Connection,
    *,
    compilation_id: int,
    position: int,
    title: str,
    meta: Mapping[str, str],
    text: str,
    outline: Sequence[Any],
    placeholders: Sequence[Any],
    span_json: str | None,
) -> int:
    """Write one speech row (an import, or the second half of a split); returns its id."""
    speech_id = conn.execute(
        """INSERT INTO speeches
           (compilation_id, position, title, meta, text, chars, outline, placeholders, span)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            compilation_id,
            position,
            title,
            dumps(dict(meta)),
            text,
            len(text),
            dumps(list(outline)),
            dumps(list(placeholders)),
            span_json,
        ),
    ).lastrowid
    assert speech_id is not None
    return speech_id
