"""Tags: create, rename, merge, delete, colour, count; "/" in a name makes a hierarchy (金句/排比).

Filtering by a tag includes its descendants: 金句 selects marks tagged 金句 and 金句/排比. Renaming a tag
renames its descendants with it (金句 → 名句 turns 金句/排比 into 名句/排比), as a folder rename would.
"""

from __future__ import annotations

import re
import sqlite3
from typing import TYPE_CHECKING

from desktop.core import notices
from desktop.core.notices import notice
from desktop.core.store.errors import InvalidValueError, TagExistsError, UnknownTagError
from desktop.core.store.records import COLORS, Tag

if TYPE_CHECKING:
    from desktop.core.store.library import Library

_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def normalize_color(color: str) -> str:
    """A palette name or #rrggbb (lower-cased); anything else is refused."""
    value = color.strip().lower()
    if value in COLORS or _HEX.fullmatch(value):
        return value
    names = ", ".join(COLORS)
    raise InvalidValueError(notice(notices.NOT_A_COLOUR, color=color, choices=names))


def normalize_tag_name(name: str) -> str:
    """Trim spaces around each level and refuse empty levels: " 金句 / 排比 " → "金句/排比"."""
    parts = [part.strip() for part in name.split("/")]
    if not name.strip() or any(not part for part in parts):
        raise InvalidValueError(notice(notices.NOT_A_TAG_NAME, name=name))
    return "/".join(parts)


def like_prefix(name: str) -> str:
    """A LIKE pattern (ESCAPE '\\') for the descendants of ``name``."""
    escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "/%"


def tag_id(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
    return None if row is None else int(row[0])


def ensure_tag(conn: sqlite3.Connection, name: str, color: str | None = None) -> int:
    """The id of tag ``name`` (already normalized), creating it if needed; the caller holds a transaction."""
    existing = tag_id(conn, name)
    if existing is not None:
        return existing
    new = conn.execute("INSERT INTO tags (name, color) VALUES (?, ?)", (name, color)).lastrowid
    assert new is not None
    return new


class Tags:
    def __init__(self, library: Library) -> None:
        self._lib = library

    def list(self, *, prefix: str | None = None) -> list[Tag]:
        """All tags by name with their mark counts; ``prefix`` keeps a tag and its descendants."""
        sql = """SELECT t.name, t.color, count(mt.mark_id) AS count
                 FROM tags t LEFT JOIN mark_tags mt ON mt.tag_id = t.id"""
        params: list[str] = []
        if prefix:
            name = normalize_tag_name(prefix)
            sql += " WHERE t.name = ? OR t.name LIKE ? ESCAPE '\\'"
            params = [name, like_prefix(name)]
        sql += " GROUP BY t.id ORDER BY t.name"
        return [Tag(**row) for row in self._lib.db.query(sql, params)]

    def get(self, name: str) -> Tag:
        name = normalize_tag_name(name)
        for tag in self.list(prefix=name):
            if tag.name == name:
                return tag
        raise UnknownTagError(name)

    def create(self, name: str, color: str | None = None) -> Tag:
        name = normalize_tag_name(name)
        color = normalize_color(color) if color else None
        with self._lib.transaction() as conn:
            if tag_id(conn, name) is not None:
                raise TagExistsError(name)
            ensure_tag(conn, name, color)
        return Tag(name=name, color=color, count=0)

    def set_color(self, name: str, color: str | None) -> Tag:
        name = normalize_tag_name(name)
        value = normalize_color(color) if color else None
        with self._lib.transaction() as conn:
            if conn.execute("UPDATE tags SET color = ? WHERE name = ?", (value, name)).rowcount == 0:
                raise UnknownTagError(name)
        return self.get(name)

    def rename(self, old: str, new: str) -> Tag:
        """Rename a tag and its descendants. Renaming onto an existing tag is refused: use ``merge``."""
        old, new = normalize_tag_name(old), normalize_tag_name(new)
        if old == new:
            return self.get(old)
        if new.startswith(old + "/"):
            raise InvalidValueError(notice(notices.TAG_INSIDE_ITSELF, old=old, new=new))
        with self._lib.transaction() as conn:
            # a parent may exist only through its children (金句 when only 金句/排比 was ever created)
            moving = ([old] if tag_id(conn, old) is not None else []) + [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM tags WHERE name LIKE ? ESCAPE '\\'", (like_prefix(old),)
                )
            ]
            if not moving:
                raise UnknownTagError(old)
            moving_names = set(moving)
            for name in moving:
                target = new + name[len(old) :]
                # a name that is itself moved away is free by the time the rename is done
                if target not in moving_names and tag_id(conn, target) is not None:
                    raise TagExistsError(target)
            for name in moving:
                conn.execute("UPDATE tags SET name = ? WHERE name = ?", (new + name[len(old) :], name))
        return self.get(new) if any(name == old for name in moving) else Tag(name=new, color=None, count=0)

    def merge(self, source: str, target: str) -> Tag:
        """Give every mark tagged ``source`` the tag ``target`` instead, then delete ``source``.

        Marks keep all their other tags; a mark that had both ends up with ``target`` once. The target is
        created if it does not exist (then this is a rename that leaves the descendants where they are).
        """
        source, target = normalize_tag_name(source), normalize_tag_name(target)
        if source == target:
            return self.get(source)
        with self._lib.transaction() as conn:
            source_id = tag_id(conn, source)
            if source_id is None:
                raise UnknownTagError(source)
            target_id = ensure_tag(conn, target)
            conn.execute(
                """INSERT OR IGNORE INTO mark_tags (mark_id, tag_id)
                   SELECT mark_id, ? FROM mark_tags WHERE tag_id = ?""",
                (target_id, source_id),
            )
            conn.execute("DELETE FROM tags WHERE id = ?", (source_id,))
        return self.get(target)

    def delete(self, name: str) -> int:
        """Delete a tag (its marks stay, without it); returns how many marks carried it."""
        name = normalize_tag_name(name)
        with self._lib.transaction() as conn:
            found = tag_id(conn, name)
            if found is None:
                raise UnknownTagError(name)
            (count,) = conn.execute("SELECT count(*) FROM mark_tags WHERE tag_id = ?", (found,)).fetchone()
            conn.execute("DELETE FROM tags WHERE id = ?", (found,))
        return int(count)
