"""Plain-text reader: bytes → decoded, newline-normalised text.

The work is split so each piece has one job: ``files`` reads bytes safely, ``sniff`` refuses well-known
binary formats by their signature (naming what the file really is), ``encoding`` decodes, ``lines``
normalises line breaks. An explicit encoding from the user always wins over detection; if it does not
fit, the user is told so instead of getting mojibake.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core import notices
from desktop.core.errors import UnreadableFileError
from desktop.core.formats.encoding import NotTextError, decode_explicit, detect
from desktop.core.formats.files import read_bytes
from desktop.core.formats.lines import normalise_newlines
from desktop.core.formats.sniff import sniff
from desktop.core.model import SourceText
from desktop.core.notices import notice

EMPTY_REASON = notices.FILE_EMPTY


def read_txt(path: Path, encoding: str | None = None) -> SourceText:
    """Read a text file; ``encoding`` (any Python codec name) overrides detection."""
    data = read_bytes(path)
    if not data:
        raise UnreadableFileError(path, notice(EMPTY_REASON))
    signature = sniff(data)
    if signature is not None:
        kind = notice(signature[1])
        raise UnreadableFileError(path, notice(notices.BINARY_FILE_OF_KIND, kind=kind))
    try:
        decoded = decode_explicit(data, encoding) if encoding else detect(data)
    except NotTextError as exc:
        raise UnreadableFileError(path, exc.reason) from exc
    text = normalise_newlines(decoded.text)
    if not text.strip():
        raise UnreadableFileError(path, notice(EMPTY_REASON))
    return SourceText(text=text, format="txt", encoding=decoded.encoding, name=path.stem, source=str(path))
