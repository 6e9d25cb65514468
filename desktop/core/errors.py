"""Errors a user can cause, as typed exceptions with one clear sentence each.

The UI and the CLI show ``str(error)``; anything else is a bug and is logged with context.
"""

from __future__ import annotations

from pathlib import Path


class HuiduError(Exception):
    """Base class for every failure a user can cause and understand."""


class UnreadableFileError(HuiduError):
    """A file could not be turned into text: empty, binary, corrupt, scanned, unsupported."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")
