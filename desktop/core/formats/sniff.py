"""Magic-byte sniffing: what a file really is, whatever its name says.

Users rename files, and download tools drop or invent extensions. The dispatcher uses these signatures
to route a PDF or a Word package to the right reader whatever its suffix, and the text reader uses them
to refuse well-known binary formats with a message naming what the file actually is. Only signatures
that cannot plausibly start a text file are listed (no "BM", "MZ" or "ID3").
"""

from __future__ import annotations

import zipfile
from pathlib import Path

HEAD_SIZE = 16  # enough bytes for every signature below

PDF = "pdf"
ZIP = "zip"
OLE2 = "ole2"

# (prefix, kind, description for messages)
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", PDF, "a PDF document"),
    (b"PK\x03\x04", ZIP, "a ZIP archive"),
    (b"PK\x05\x06", ZIP, "an empty ZIP archive"),
    (b"PK\x07\x08", ZIP, "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE2, "an old Microsoft Office file (.doc/.xls/.ppt)"),
    (b"\x89PNG\r\n\x1a\n", "png", "a PNG image"),
    (b"\xff\xd8\xff", "jpeg", "a JPEG image"),
    (b"GIF87a", "gif", "a GIF image"),
    (b"GIF89a", "gif", "a GIF image"),
    (b"II*\x00", "tiff", "a TIFF image"),
    (b"MM\x00*", "tiff", "a TIFF image"),
    (b"\x7fELF", "elf", "a program (ELF executable)"),
    (b"Rar!\x1a\x07", "rar", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z", "a 7-Zip archive"),
    (b"\x1f\x8b", "gzip", "a gzip archive"),
    (b"SQLite format 3\x00", "sqlite", "an SQLite database"),
)


def sniff(head: bytes) -> tuple[str, str] | None:
    """``(kind, description)`` for a known binary signature at the start of ``head``, else ``None``."""
    for prefix, kind, description in _SIGNATURES:
        if head.startswith(prefix):
            return kind, description
    return None


def is_docx_package(path: Path) -> bool:
    """True if ``path`` is a ZIP package holding a Word main document part."""
    try:
        with zipfile.ZipFile(path) as package:
            return "word/document.xml" in package.namelist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return False
