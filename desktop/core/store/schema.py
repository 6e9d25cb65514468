"""The library's tables, one function per schema version.

``create_v1`` is the schema as first released; later versions are steps in ``migrations.py`` that start
from it, so a new library and a migrated one are built by the same code.

Why the tables look like this:
- ``speeches.text`` is stored, so marks survive the source file being moved or deleted; ``chars`` is
  kept before it (SQLite reads a row's columns in order) so the library listing never reads the texts.
- A compilation is one version of one source file: re-importing a changed file adds a row with the same
  ``lineage`` and ``version + 1`` and points the old row's ``superseded_by`` at it. Old versions keep
  their speeches and marks until marks are re-anchored.
- ``corrections`` records every split correction a user made (rename, merge, split), in order, so they
  can be shown and re-applied to a new version.
- ``speech_fts`` holds each speech's jieba search-mode tokens (space-joined) and ``mark_fts`` those of
  each mark's quote and note; they are ordinary FTS5 tables (they keep the tokens they indexed), so a
  row can be deleted exactly even after the dictionary changed.
"""

from __future__ import annotations

import sqlite3

# FTS5's default tokenizer splits our space-joined jieba tokens; diacritics are kept as typed.
FTS_TOKENIZE = "unicode61 remove_diacritics 0"

V1 = f"""
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    format TEXT NOT NULL,
    encoding TEXT,
    size INTEGER NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX sources_path ON sources(path);

CREATE TABLE compilations (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    title TEXT,
    declared_count INTEGER,
    warnings TEXT NOT NULL DEFAULT '[]',
    removed TEXT NOT NULL DEFAULT '[]',
    lineage INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    superseded_by INTEGER REFERENCES compilations(id)
);
CREATE INDEX compilations_lineage ON compilations(lineage, version);

CREATE TABLE speeches (
    id INTEGER PRIMARY KEY,
    compilation_id INTEGER NOT NULL REFERENCES compilations(id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    chars INTEGER NOT NULL,
    meta TEXT NOT NULL DEFAULT '{{}}',
    text TEXT NOT NULL,
    outline TEXT NOT NULL DEFAULT '[]',
    placeholders TEXT NOT NULL DEFAULT '[]',
    span TEXT NOT NULL DEFAULT '[0, 0]'
);
CREATE INDEX speeches_compilation ON speeches(compilation_id, position);

CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    compilation_id INTEGER NOT NULL REFERENCES compilations(id),
    kind TEXT NOT NULL CHECK (kind IN ('rename', 'merge', 'split')),
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX corrections_compilation ON corrections(compilation_id);

CREATE TABLE marks (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    speech_id INTEGER NOT NULL REFERENCES speeches(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    color TEXT NOT NULL,
    style TEXT NOT NULL CHECK (style IN ('highlight', 'underline', 'wavy')),
    note TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'candidate' CHECK (state IN ('candidate', 'selected', 'rejected')),
    rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX marks_speech ON marks(speech_id, start);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    color TEXT
);

CREATE TABLE mark_tags (
    mark_id INTEGER NOT NULL REFERENCES marks(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (mark_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX mark_tags_tag ON mark_tags(tag_id);

CREATE TABLE user_words (
    word TEXT PRIMARY KEY,
    added_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE speech_fts USING fts5(tokens, tokenize='{FTS_TOKENIZE}');
CREATE VIRTUAL TABLE mark_fts USING fts5(tokens, tokenize='{FTS_TOKENIZE}');
"""

# Version 2: a character-bigram index of every speech, so that any fragment of two or more characters is
# found exactly wherever it occurs, however jieba segmented the text around it (see search/index.py).
V2 = f"""
CREATE VIRTUAL TABLE speech_grams USING fts5(grams, content='', tokenize='{FTS_TOKENIZE}');
CREATE INDEX marks_state ON marks(state);
"""


def create_v1(conn: sqlite3.Connection) -> None:
    for statement in _statements(V1):
        conn.execute(statement)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";\n") if s.strip()]


def add_v2(conn: sqlite3.Connection) -> None:
    for statement in _statements(V2):
        conn.execute(statement)
