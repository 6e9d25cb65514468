"""Format readers: a file on disk → ``SourceText`` (decoded text + the hints its format carried).

Contract (every reader):
- returns ``SourceText`` with ``text`` as lines joined by "\\n" (CRLF/CR normalised to LF);
- raises ``UnreadableFileError(path, reason)`` for anything a user could have caused (empty, binary,
  corrupt zip, scanned PDF without text, unsupported extension, unknown encoding), never a raw exception.

This module only dispatches. The extension decides which formats are *allowed* (an unsupported one is
refused with a hint), but the content decides which reader *runs*: a file starting with ``%PDF-`` is
read as a PDF and a ZIP package holding ``word/document.xml`` as a Word document, whatever the name
says, because users rename files and download tools mangle extensions. Every other binary signature in
a text-named file is refused by the text reader with a message naming what the file really is.
A "suffix" that is not a plausible extension (``讲话2024.6.1``, ``会议.1号``) counts as none: such a file is
sniffed and read as text by default, and its whole name is kept as ``name``.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from desktop.core import notices
from desktop.core.errors import UnreadableFileError
from desktop.core.formats.files import check_readable, read_head
from desktop.core.formats.sniff import HEAD_SIZE, PDF, ZIP, is_docx_package, sniff
from desktop.core.formats.txt import read_txt
from desktop.core.model import SourceText
from desktop.core.notices import notice

TEXT_SUFFIXES = (".txt", ".text", ".md")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, ".docx", ".pdf")

_SAVE_AS_HINT = notices.HINT_SAVE_AS
_HINTS = {
    ".doc": _SAVE_AS_HINT,
    ".wps": _SAVE_AS_HINT,
    ".rtf": _SAVE_AS_HINT,
    ".odt": _SAVE_AS_HINT,
    ".pages": _SAVE_AS_HINT,
    ".docm": _SAVE_AS_HINT,
    ".dotx": _SAVE_AS_HINT,
    ".jpg": notices.HINT_IMAGES,
    ".jpeg": notices.HINT_IMAGES,
    ".png": notices.HINT_IMAGES,
    ".tif": notices.HINT_IMAGES,
    ".tiff": notices.HINT_IMAGES,
}
_DEFAULT_HINT = notices.HINT_SUPPORTED
_EXTENSION = re.compile(r"\.[a-z][a-z0-9]{0,5}")

__all__ = ["SUPPORTED_SUFFIXES", "TEXT_SUFFIXES", "read_file"]


def read_file(path: Path | str, encoding: str | None = None) -> SourceText:
    """Read any supported file. ``encoding`` overrides detection for text files (ignored otherwise)."""
    path = Path(path)
    suffix = _extension(path)
    check_readable(path)
    if suffix and suffix not in SUPPORTED_SUFFIXES:
        hint = notice(_HINTS.get(suffix, _DEFAULT_HINT))
        raise UnreadableFileError(path, notice(notices.FILE_UNSUPPORTED, suffix=suffix, hint=hint))
    reader = _choose_reader(path, suffix)
    # The PDF and Word readers pull in pypdf/python-docx/lxml (~0.3 s): import them on first use only.
    if reader == "pdf":
        from desktop.core.formats.pdf import read_pdf

        source = read_pdf(path)
    elif reader == "docx":
        from desktop.core.formats.docx import read_docx

        source = read_docx(path)
    else:
        source = read_txt(path, encoding)
    name = path.stem if suffix else path.name
    return dataclasses.replace(source, name=name, source=str(path))


def _extension(path: Path) -> str:
    """The lower-cased suffix if it looks like a file extension, else ""."""
    suffix = path.suffix.lower()
    return suffix if _EXTENSION.fullmatch(suffix) else ""


def _choose_reader(path: Path, suffix: str) -> str:
    """Which reader runs ("pdf", "docx" or "txt"): the content for PDFs and Word packages, else the suffix."""
    signature = sniff(read_head(path, HEAD_SIZE))
    kind = signature[0] if signature else None
    if kind == PDF:
        return "pdf"
    if suffix == ".docx" or (kind == ZIP and is_docx_package(path)):
        return "docx"  # a .docx that is not a Word package: the docx reader explains what it is
    if suffix == ".pdf":
        return "pdf"  # likewise
    return "txt"
