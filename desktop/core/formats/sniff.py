"""Magic-byte sniffing: what a file really is, whatever its name says.

Users rename files, and download tools drop or invent extensions. The dispatcher uses these signatures
to route a PDF or a Word package to the right reader whatever its suffix, and the text reader uses them
to refuse well-known binary formats with a message naming what the file actually is. Only signatures
that cannot plausibly start a text file are listed (no "BM", "MZ" or "ID3").
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.core import notices

HEAD_SIZE = 16  # enough bytes for every signature below

PDF = "pdf"
ZIP = "zip"
OLE2 = "ole2"

# (prefix, kind, description for messages: a template in desktop/core/notices.py)
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", PDF, notices.KIND_PDF),
    (b"PK\x03\x04", ZIP, notices.KIND_ZIP),
    (b"PK\x05\x06", ZIP, notices.KIND_EMPTY_ZIP),
    (b"PK\x07\x08", ZIP, notices.KIND_ZIP),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE2, notices.KIND_OLD_OFFICE),
    (b"\x89PNG\r\n\x1a\n", "png", notices.KIND_PNG),
    (b"\xff\xd8\xff", "jpeg", notices.KIND_JPEG),
    (b"GIF87a", "gif", notices.KIND_GIF),
    (b"GIF89a", "gif", notices.KIND_GIF),
    (b"II*\x00", "tiff", notices.KIND_TIFF),
    (b"MM\x00*", "tiff", notices.KIND_TIFF),
    (b"\x7fELF", "elf", notices.KIND_PROGRAM),
    (b"Rar!\x1a\x07", "rar", notices.KIND_RAR),
    (b"7z\xbc\xaf\x27\x1c", "7z", notices.KIND_7Z),
    (b"\x1f\x8b", "gzip", notices.KIND_GZIP),
    (b"SQLite format 3\x00", "sqlite", notices.KIND_SQLITE),
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
