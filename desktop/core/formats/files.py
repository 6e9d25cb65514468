"""Safe access to a file on disk: existence, kind, size limit, bytes.

Every reader needs the same checks before touching content, and every ``OSError`` must become an
``UnreadableFileError`` with a reason a user understands. The size limit is checked from ``stat`` before
anything is read, so a huge file is refused without loading it into memory. ``MAX_FILE_BYTES`` is looked
up at call time so tests (and a future setting) can change it.
"""

from __future__ import annotations

import errno
import stat
from pathlib import Path

from desktop.core import notices
from desktop.core.errors import UnreadableFileError
from desktop.core.notices import Notice, notice

MAX_FILE_BYTES = 200 * 1024 * 1024  # 200 MB: far above any real compilation, far below trouble


def os_error_reason(exc: OSError) -> Notice:
    """One sentence for an ``OSError`` raised while opening or reading a file."""
    if isinstance(exc, FileNotFoundError):
        return notice(notices.FILE_MISSING)
    if isinstance(exc, IsADirectoryError):
        return notice(notices.FILE_IS_FOLDER)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return notice(notices.FILE_PERMISSION_DENIED)
    return notice(notices.FILE_NOT_READ, error=exc.strerror or exc)


def check_readable(path: Path) -> int:
    """Return the size of ``path`` in bytes, or raise if it is missing, not a file, or too large."""
    try:
        info = path.stat()
    except OSError as exc:
        raise UnreadableFileError(path, os_error_reason(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFileError(path, notice(notices.FILE_IS_FOLDER))
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError(path, notice(notices.FILE_NOT_REGULAR))
    if info.st_size > MAX_FILE_BYTES:
        size, limit = f"{info.st_size / 1024 / 1024:.0f}", MAX_FILE_BYTES // 1024 // 1024
        raise UnreadableFileError(path, notice(notices.FILE_TOO_LARGE, size=size, limit=limit))
    return info.st_size


def read_head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of ``path`` (for sniffing the real format)."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise UnreadableFileError(path, os_error_reason(exc)) from exc


def read_bytes(path: Path) -> bytes:
    """The whole file, after the existence and size checks."""
    check_readable(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(path, os_error_reason(exc)) from exc
