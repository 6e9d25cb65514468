"""Format readers: a file on disk → ``SourceText`` (decoded text + the hints its format carried).

Contract (every reader):
- returns ``SourceText`` with ``text`` as lines joined by "\\n" (CRLF/CR normalised to LF);
- raises ``UnreadableFileError(path, reason)`` for anything a user could have caused (empty, binary,
  corrupt zip, scanned PDF without text, unsupported extension, unknown encoding), never a raw exception.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import UnreadableFileError
from desktop.core.model import SourceText

SUPPORTED_SUFFIXES = (".txt", ".docx", ".pdf")


def read_file(path: Path | str, encoding: str | None = None) -> SourceText:
    """Read any supported file. ``encoding`` overrides detection for .txt files."""
    path = Path(path)
    # TEMPORARY until the format readers land: UTF-8 text only.
    try:
        text = path.read_text(encoding=encoding or "utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableFileError(path, str(exc)) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceText(text=text, format="txt", encoding=encoding or "utf-8", name=path.stem, source=str(path))
