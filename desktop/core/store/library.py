"""The library: one SQLite file holding sources, compilations, speeches, marks and tags.

Like Anki's collection, a ``Library`` is opened once and hands out small managers, one per kind of thing
(``library.marks.add(...)``, ``library.tags.rename(...)``); every public method of a manager is one user
action and runs in one transaction (``BEGIN IMMEDIATE`` … ``COMMIT``), so killing the process at any moment
loses at most the action in flight. The file is in WAL mode with ``synchronous=NORMAL``: a committed action
survives the process being killed (a power cut may lose the last few). Foreign keys are enforced.

Where the file lives: an explicit path wins, then ``HUIDU_LIBRARY``, then ``library.sqlite3`` in the
user data directory (platformdirs, app name Huidu).

Threads: a ``Library`` is one SQLite connection; use it from one thread at a time. A worker (import,
indexing, export) opens its own ``Library`` on the same path: WAL lets it write while others read.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import sqlite_utils

from desktop.core import notices
from desktop.core.notices import notice
from desktop.core.store import migrations
from desktop.core.store.errors import LibraryError

if TYPE_CHECKING:
    from desktop.core.search.query import SearchResult
    from desktop.core.store.records import Mark

log = logging.getLogger(__name__)

LIBRARY_ENV = "HUIDU_LIBRARY"
LIBRARY_FILENAME = "library.sqlite3"
BUSY_TIMEOUT_MS = 5000


def default_library_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Huidu", appauthor=False)) / LIBRARY_FILENAME


def resolve_library_path(
    explicit: Path | str | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """Explicit path > ``HUIDU_LIBRARY`` > the default in the user data directory."""
    if explicit:
        return Path(explicit).expanduser()
    env = (os.environ if environ is None else environ).get(LIBRARY_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    return default_library_path()


class Library:
    """An open library file. Use ``Library.open(path)``; close it (or use ``with``) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        from desktop.core.store.compilations import Compilations
        from desktop.core.store.corrections import Corrections
        from desktop.core.store.marks import Marks
        from desktop.core.store.speeches import Speeches
        from desktop.core.store.tags import Tags
        from desktop.core.store.words import Words

        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn, execute_plugins=False)
        self._savepoints = itertools.count(1)
        self.compilations = Compilations(self)
        self.speeches = Speeches(self)
        self.corrections = Corrections(self)
        self.marks = Marks(self)
        self.tags = Tags(self)
        self.words = Words(self)

    # ------------------------------------------------------------------ opening and closing

    @classmethod
    def open(cls, path: Path | str | None = None, *, migrate: bool = True) -> Library:
        """Open (creating if needed) the library at ``path`` (resolved as ``resolve_library_path``)."""
        resolved = resolve_library_path(path) if str(path) != ":memory:" else None
        if resolved is not None:
            try:
                resolved.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(notice(notices.LIBRARY_FOLDER_FAILED, path=resolved, error=exc)) from exc
            if resolved.is_dir():
                raise LibraryError(notice(notices.LIBRARY_IS_FOLDER, path=resolved))
        target = str(resolved) if resolved is not None else ":memory:"
        try:
            conn = sqlite3.connect(
                target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise LibraryError(notice(notices.LIBRARY_OPEN_FAILED, path=target, error=exc)) from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            if migrate:
                migrations.migrate(conn, resolved)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise LibraryError(notice(notices.LIBRARY_NOT_HUIDU, path=target, error=exc)) from exc
        except BaseException:
            conn.close()
            raise
        try:
            library = cls(conn, resolved)
            library.words.apply()
        except BaseException:
            conn.close()
            raise
        return library

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return migrations.user_version(self.conn)

    # ------------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action. Nested calls become savepoints of the outer action."""
        conn = self.conn
        if conn.in_transaction:
            name = f"huidu_{next(self._savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
                raise
            conn.execute(f"RELEASE {name}")
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise LibraryError(notice(notices.LIBRARY_BUSY, error=exc)) from exc
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------------ whole-library operations

    def integrity_check(self) -> str:
        return "\n".join(row[0] for row in self.conn.execute("PRAGMA integrity_check"))

    def search(self, query: str, *, limit: int | None = 100) -> SearchResult:
        from desktop.core.search.query import search

        return search(self, query, limit=limit)

    def search_marks(self, query: str, *, limit: int | None = 100) -> list[Mark]:
        from desktop.core.search.query import search_marks

        return search_marks(self, query, limit=limit)

    def reindex(self) -> None:
        """Segment everything again (after words were added to the dictionary)."""
        from desktop.core.search import index

        with self.transaction() as conn:
            index.rebuild(conn)
