"""Errors a user can cause, as typed exceptions with one clear sentence each.

Each error carries its sentence as a ``Notice`` (``desktop/core/notices.py``): ``str(error)`` is the
English text (for logs and JSON), and ``localised_message(error, translate)`` the same sentence in the
user's language, which is what the UI and the CLI show. Anything else is a bug and is logged with context.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.notices import FILE_REASON, notice


class HuiduError(Exception):
    """Base class for every failure a user can cause and understand.

    ``notice`` is the message: a ``Notice`` when it was made from a template (every error raised in
    core), else the plain string given.
    """

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.notice: str = message


class UnreadableFileError(HuiduError):
    """A file could not be turned into text: empty, binary, corrupt, scanned, unsupported.

    ``reason`` says why, without the file's name (best a ``Notice``); the message is "name: reason".
    """

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(notice(FILE_REASON, name=self.path.name, reason=reason))
