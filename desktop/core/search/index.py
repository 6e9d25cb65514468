"""Keeping the full-text indexes in step with speeches and marks.

Two FTS5 indexes cover each speech:

- ``speech_fts``: the speech's jieba search-mode tokens, space-joined. It ranks (bm25) and is what the
  query's own jieba tokens are matched against.
- ``speech_grams``: the speech's overlapping character bigrams (基层党组织 → 基层 层党 党组 组织 织), space-
  joined, contentless. A fragment of n ≥ 2 characters is the FTS5 phrase of its n−1 bigrams, so it is
  found wherever it occurs — inside a longer word, or across a boundary where jieba segmented the text
  differently from the query. Punctuation and spaces are left out and the bigrams bridge them (务体系，坚定
  → … 体系 系坚 坚定), so a fragment that spans a comma is still one phrase, not two common halves; the
  exact text, punctuation included, is checked on the speech afterwards. The last character is added as a
  one-character token, so a one-character query is the prefix query ``"党"*`` wherever the character is.

Every function here runs inside the caller's transaction, so a speech and its index rows change together.
The caller passes the old text when a speech is removed from the index: the bigrams are a function of the
text alone, which is what a contentless table needs to delete a row.
"""

from __future__ import annotations

import operator
import re
import sqlite3
from collections.abc import Callable

from desktop.core.search import segment

_NOT_WORD = re.compile(r"[\W_]+")


def gram_chars(text: str) -> str:
    """The letters and digits bigrams are made from, lower-cased, punctuation and spaces left out."""
    return _NOT_WORD.sub("", text.lower())


def grams(text: str) -> str:
    chars = gram_chars(text)
    if not chars:
        return ""
    return " ".join(map(operator.add, chars, chars[1:])) + " " + chars[-1]


def index_speech(conn: sqlite3.Connection, speech_id: int, text: str, tokens: str | None = None) -> None:
    """Index a speech; ``tokens`` is ``segment.index_text(text)`` when the caller segmented it already."""
    if tokens is None:
        tokens = segment.index_text(text)
    conn.execute("INSERT INTO speech_fts(rowid, tokens) VALUES (?, ?)", (speech_id, tokens))
    conn.execute("INSERT INTO speech_grams(rowid, grams) VALUES (?, ?)", (speech_id, grams(text)))


def unindex_speech(conn: sqlite3.Connection, speech_id: int, old_text: str) -> None:
    conn.execute("DELETE FROM speech_fts WHERE rowid = ?", (speech_id,))
    conn.execute(
        "INSERT INTO speech_grams(speech_grams, rowid, grams) VALUES ('delete', ?, ?)",
        (speech_id, grams(old_text)),
    )


def reindex_speech(conn: sqlite3.Connection, speech_id: int, old_text: str, new_text: str) -> None:
    unindex_speech(conn, speech_id, old_text)
    index_speech(conn, speech_id, new_text)


def index_mark(conn: sqlite3.Connection, mark_id: int, quote: str, note: str) -> None:
    tokens = segment.index_text(f"{quote}\n{note}")
    conn.execute("INSERT INTO mark_fts(rowid, tokens) VALUES (?, ?)", (mark_id, tokens))


def unindex_mark(conn: sqlite3.Connection, mark_id: int) -> None:
    conn.execute("DELETE FROM mark_fts WHERE rowid = ?", (mark_id,))


def fill_grams(conn: sqlite3.Connection) -> int:
    """Index every speech's bigrams (the step that introduced ``speech_grams``); returns the count."""
    count = 0
    for speech_id, text in conn.execute("SELECT id, text FROM speeches ORDER BY id").fetchall():
        conn.execute("INSERT INTO speech_grams(rowid, grams) VALUES (?, ?)", (speech_id, grams(text)))
        count += 1
    return count


def rebuild(conn: sqlite3.Connection, progress: Callable[[int, int], None] | None = None) -> None:
    """Segment every speech and mark again (after the dictionary changed); the caller holds a transaction."""
    conn.execute("DELETE FROM speech_fts")
    conn.execute("DELETE FROM mark_fts")
    conn.execute("INSERT INTO speech_grams(speech_grams) VALUES ('delete-all')")
    ids = [row[0] for row in conn.execute("SELECT id FROM speeches ORDER BY id")]
    for done, speech_id in enumerate(ids, 1):
        (text,) = conn.execute("SELECT text FROM speeches WHERE id = ?", (speech_id,)).fetchone()
        index_speech(conn, speech_id, text)
        if progress is not None:
            progress(done, len(ids))
    for mark_id, quote, note in conn.execute("SELECT id, quote, note FROM marks").fetchall():
        index_mark(conn, mark_id, quote, note)
