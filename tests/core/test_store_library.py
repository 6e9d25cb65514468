"""Opening a library: where it lives, how SQLite is set up, what happens with files that aren't libraries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.store import (
    SCHEMA_VERSION,
    Library,
    LibraryError,
    LibraryVersionError,
    default_library_path,
)
from desktop.core.store.library import resolve_library_path
from tests.core.test_store_support import open_library, stocked_library


def test_open_creates_a_wal_library_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "dir" / "library.sqlite3"
    with Library.open(path) as library:
        assert path.exists()
        assert library.path == path
        assert library.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert library.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert library.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert library.schema_version == SCHEMA_VERSION
        assert library.integrity_check() == "ok"


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    stocked_library(tmp_path).close()
    with open_library(tmp_path) as library:
        assert [s.id for s in library.speeches.list()] == [1, 2, 3]


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    with open_library(tmp_path) as library, pytest.raises(sqlite3.IntegrityError):
        library.conn.execute(
            'INSERT INTO marks (uuid, speech_id, start, "end", quote, prefix, suffix, color, style, created_at, '
            "updated_at) VALUES ('x', 999, 0, 1, 'a', '', '', 'yellow', 'highlight', '', '')"
        )


def test_path_resolution_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    explicit = tmp_path / "explicit.sqlite3"
    from_env = tmp_path / "env.sqlite3"
    assert resolve_library_path(explicit, {"HUIDU_LIBRARY": str(from_env)}) == explicit
    assert resolve_library_path(None, {"HUIDU_LIBRARY": str(from_env)}) == from_env
    assert resolve_library_path(None, {}) == default_library_path()
    monkeypatch.setenv("HUIDU_LIBRARY", str(from_env))
    with Library.open() as library:
        assert library.path == from_env


def test_default_path_is_in_the_user_data_dir() -> None:
    import platformdirs

    path = default_library_path()
    assert path.name == "library.sqlite3"
    assert path.parent == Path(platformdirs.user_data_dir("Huidu", appauthor=False))


def test_a_file_that_is_not_a_library_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="not a Huidu library"):
        Library.open(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="folder"):
        Library.open(tmp_path)


def test_a_library_from_a_newer_huidu_is_refused(tmp_path: Path) -> None:
    open_library(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "library.sqlite3")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LibraryVersionError, match="newer Huidu"):
        open_library(tmp_path)


def test_a_failed_action_changes_nothing(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as library:
        with pytest.raises(RuntimeError), library.transaction() as conn:
            conn.execute("INSERT INTO tags (name) VALUES ('半截')")
            raise RuntimeError("interrupted")
        assert library.tags.list() == []
        assert not library.conn.in_transaction


def test_nested_actions_become_savepoints(tmp_path: Path) -> None:
    with open_library(tmp_path) as library:
        with library.transaction() as conn:
            conn.execute("INSERT INTO tags (name) VALUES ('外层')")
            with pytest.raises(ValueError), library.transaction() as inner:
                inner.execute("INSERT INTO tags (name) VALUES ('内层')")
                raise ValueError
        assert [t.name for t in library.tags.list()] == ["外层"]


def test_a_second_connection_sees_committed_actions(tmp_path: Path) -> None:
    with stocked_library(tmp_path) as writer, open_library(tmp_path) as reader:
        mark = writer.marks.add(1, 0, 4)
        assert reader.marks.get(mark.uuid).quote == mark.quote
