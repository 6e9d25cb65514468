"""Forward migrations: the schema version lives in ``PRAGMA user_version``.

``MIGRATIONS[n]`` takes a version n−1 library to version n. A new library runs them all from 0. Before
an existing library is migrated, it is copied with SQLite's backup API to ``<name>.bak-v<old>`` beside it,
so a failed or regretted upgrade can always be undone by hand. Each step runs in one transaction together
with the version bump: it happens entirely or not at all.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.core import notices
from desktop.core.notices import notice
from desktop.core.search import index
from desktop.core.store import schema
from desktop.core.store.errors import LibraryError, LibraryVersionError

log = logging.getLogger(__name__)


def migrate_0_to_1(conn: sqlite3.Connection) -> None:
    schema.create_v1(conn)


def migrate_1_to_2(conn: sqlite3.Connection) -> None:
    """Add the character-bigram index (exact fragment search) and index what is already there."""
    schema.add_v2(conn)
    count = index.fill_grams(conn)
    log.info("bigram index built for %d speeches", count)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: migrate_0_to_1, 2: migrate_1_to_2}
SCHEMA_VERSION = max(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.bak-v{version}")


def backup(conn: sqlite3.Connection, target: Path) -> None:
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()


def migrate(conn: sqlite3.Connection, path: Path | None, target: int = SCHEMA_VERSION) -> int:
    """Bring the library up to ``target``; returns the version it had. ``conn`` is in autocommit mode."""
    found = user_version(conn)
    if found > SCHEMA_VERSION:
        raise LibraryVersionError(path or Path(":memory:"), found, SCHEMA_VERSION)
    if found >= target:
        return found
    if found > 0 and path is not None:
        destination = backup_path(path, found)
        try:
            backup(conn, destination)
        except (sqlite3.Error, OSError) as exc:
            raise LibraryError(notice(notices.LIBRARY_BACKUP_FAILED, path=path, error=exc)) from exc
        log.info("backed up library version %d to %s", found, destination)
    for version in range(found + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if user_version(conn) < version:  # another process may have migrated while we waited
                MIGRATIONS[version](conn)
                conn.execute(f"PRAGMA user_version = {version}")
                log.info("library migrated to version %d", version)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return found
