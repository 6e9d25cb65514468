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

from desktop.core.errors import UnreadableFileError

MAX_FILE_BYTES = 200 * 1024 * 1024  # 200 MB: far above any real compilation, far below trouble


def os_error_reason(exc: OSError) -> str:
    """One sentence for an ``OSError`` raised while opening or reading a file."""
    if isinstance(exc, FileNotFoundError):
        return "the file does not exist"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied: Huidu is not allowed to read this file"
    return f"the file could not be read ({exc.strerror or exc})"


def check_readable(path: Path) -> int:
    """Return the size of ``path`` in bytes, or raise if it is missing, not a file, or too large."""
    try:
        info = path.stat()
    except OSError as exc:
        raise UnreadableFileError(path, os_error_reason(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFileError(path, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError(path, "is not a regular file (a device, pipe or socket)")
    if info.st_size > MAX_FILE_BYTES:
        raise UnreadableFileError(
            path,
            f"the file is too large ({info.st_size / 1024 / 1024:.0f} MB); "
            f"Huidu reads files up to {MAX_FILE_BYTES // 1024 // 1024} MB",
        )
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
