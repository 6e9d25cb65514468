"""Forward migrations, each tested from a file written by the previous version's schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.store import SCHEMA_VERSION, Library
from desktop.core.store import migrations as m
from desktop.core.store.migrations import MIGRATIONS, backup_path, migrate, user_version
from tests.core.test_store_support import GRASSROOTS_TEXT, VILLAGE_TEXT


def make_v1_library(path: Path) -> None:
    """A version-1 library as version 1 of Huidu wrote it, with a speech, a mark and a tag."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrate(conn, path, target=1)
    conn.executescript(
        f"""
        BEGIN;
        INSERT INTO sources VALUES (1, '/data/a.txt', 'abc', 'txt', 'utf-8', 100, '2026-01-01T00:00:00.000+00:00');
        INSERT INTO compilations (id, source_id, title, lineage, version) VALUES (1, 1, '汇编', 1, 1);
        INSERT INTO speeches (id, compilation_id, position, title, chars, text)
            VALUES (1, 1, 0, '讲话一', {len(GRASSROOTS_TEXT)}, '{GRASSROOTS_TEXT}'),
                   (2, 1, 1, '讲话二', {len(VILLAGE_TEXT)}, '{VILLAGE_TEXT}');
        INSERT INTO speech_fts (rowid, tokens) VALUES (1, '基层 党组织'), (2, '乡村 振兴');
        INSERT INTO marks (id, uuid, speech_id, start, "end", quote, prefix, suffix, color, style, state, rating,
                           created_at, updated_at)
            VALUES (1, 'u-1', 1, 0, 4, '同志们：', '', '', 'yellow', 'highlight', 'selected', 3, 't', 't');
        INSERT INTO tags (id, name) VALUES (1, '金句');
        INSERT INTO mark_tags VALUES (1, 1);
        COMMIT;
        """
    )
    assert user_version(conn) == 1
    conn.close()


def test_versions_are_numbered_without_gaps() -> None:
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION + 1))


def test_a_new_library_runs_every_migration(tmp_path: Path) -> None:
    with Library.open(tmp_path / "new.sqlite3") as library:
        assert library.schema_version == SCHEMA_VERSION
    assert not list(tmp_path.glob("*.bak-*")), "a new library needs no backup"


def test_migrating_v1_to_v2_keeps_everything_and_adds_the_bigram_index(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    make_v1_library(path)
    with Library.open(path) as library:
        assert library.schema_version == 2
        assert library.integrity_check() == "ok"
        mark = library.marks.list()[0]
        assert (mark.uuid, mark.quote, mark.tags, mark.state, mark.rating) == (
            "u-1",
            "同志们：",
            ("金句",),
            "selected",
            3,
        )
        # the new index covers the speeches that were there before the migration
        hits = library.search("治理能力现代化").hits
        assert [(h.speech_id, GRASSROOTS_TEXT[h.start : h.end]) for h in hits] == [(1, "治理能力现代化")]
        assert library.conn.execute("SELECT count(*) FROM speech_grams").fetchone()[0] == 2


def test_the_file_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    make_v1_library(path)
    Library.open(path).close()
    backup = backup_path(path, 1)
    assert backup.name == "library.sqlite3.bak-v1"
    conn = sqlite3.connect(backup)
    assert user_version(conn) == 1
    assert conn.execute("SELECT title FROM speeches ORDER BY id").fetchall() == [("讲话一",), ("讲话二",)]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_failing_migration_leaves_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.sqlite3"
    make_v1_library(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(m.MIGRATIONS, 2, broken)
    with pytest.raises(RuntimeError):
        Library.open(path)
    conn = sqlite3.connect(path)
    assert user_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()
    monkeypatch.undo()
    with Library.open(path) as library:
        assert library.schema_version == 2
