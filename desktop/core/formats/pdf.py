"""PDF reader: the text layer, pages in order, minus page furniture.

Only what pypdf's ``extract_text`` gives is used; broken lines and stray spaces between CJK characters
are left for the parser, which repairs text from every format the same way. Page numbers and running
headers are removed here because only here are page boundaries known (see ``pdf_furniture``); each
removal is recorded as a ``Removal`` whose span is the empty span at the output offset where the line
was, since the line itself is not in the output. Blank lines at a page's top and bottom are dropped
without a record: they come from the page break, not from the text, and pages are joined by one "\\n".

A PDF without any text (a scan) is refused with an explanation instead of producing an empty book.
A page whose text cannot be extracted is skipped and recorded as an "unreadable-page" removal so it is
never lost silently; if no page yields text the file is refused.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, PdfReadError

from desktop.core import notices
from desktop.core.errors import UnreadableFileError
from desktop.core.formats.files import check_readable, read_head
from desktop.core.formats.lines import normalise_newlines
from desktop.core.formats.pdf_furniture import find_furniture
from desktop.core.model import Removal, SourceText
from desktop.core.notices import notice

SCANNED_REASON = notices.PDF_SCANNED
UNREADABLE_PAGE = "unreadable-page"


def read_pdf(path: Path) -> SourceText:
    """Read the text layer of a PDF; raises ``UnreadableFileError`` for corrupt, locked or scanned files."""
    reader = _open(path)
    pages: list[list[str]] = []
    failures: dict[int, str] = {}
    try:
        page_count = len(reader.pages)
    except Exception as exc:  # a broken page tree surfaces here, with pypdf's assorted error types
        raise _invalid(path, exc) from exc
    if page_count == 0:
        raise UnreadableFileError(path, notice(notices.PDF_NO_PAGES))
    for index in range(page_count):
        try:
            text = reader.pages[index].extract_text() or ""
        except Exception as exc:  # pypdf raises assorted types on damaged content streams
            error = f"{type(exc).__name__}: {exc}"
            failures[index] = notice(notices.PDF_PAGE_UNREADABLE, page=index + 1, error=error)
            text = ""
        text = normalise_newlines(text)
        pages.append(text.split("\n") if text.strip() else [])
    if not any(pages):
        raise UnreadableFileError(path, notice(SCANNED_REASON))
    text, removed = _assemble(pages, failures)
    if not text.strip():  # only page numbers/headers stamped on images
        raise UnreadableFileError(path, notice(SCANNED_REASON))
    return SourceText(
        text=text, format="pdf", encoding=None, name=path.stem, removed=removed, source=str(path)
    )


def _open(path: Path) -> PdfReader:
    check_readable(path)
    if b"%PDF-" not in read_head(path, 1024):  # the header may follow a little junk
        raise UnreadableFileError(path, notice(notices.PDF_NO_HEADER))
    try:
        reader = PdfReader(path)
    except DependencyError as exc:  # e.g. AES encryption needs the optional "cryptography" package
        raise UnreadableFileError(path, notice(notices.PDF_ENCRYPTION_UNSUPPORTED, error=exc)) from exc
    except Exception as exc:  # PdfReadError, PdfStreamError, ValueError, struct errors…
        raise _invalid(path, exc) from exc
    if reader.is_encrypted:
        try:
            unlocked = reader.decrypt("") != PasswordType.NOT_DECRYPTED
        except DependencyError as exc:
            raise UnreadableFileError(path, notice(notices.PDF_ENCRYPTION_UNSUPPORTED, error=exc)) from exc
        except (PdfReadError, ValueError, NotImplementedError) as exc:
            raise UnreadableFileError(path, notice(notices.PDF_ENCRYPTED, error=exc)) from exc
        if not unlocked:
            raise UnreadableFileError(path, notice(notices.PDF_PASSWORD))
    return reader


def _invalid(path: Path, exc: Exception) -> UnreadableFileError:
    message = str(exc).strip() or type(exc).__name__
    if len(message) > 160:
        message = message[:157] + "…"
    return UnreadableFileError(path, notice(notices.PDF_INVALID, error=message))


def _assemble(pages: list[list[str]], failures: dict[int, str]) -> tuple[str, tuple[Removal, ...]]:
    """Join kept lines with "\\n" and record every dropped line at the offset where it was."""
    furniture = find_furniture(pages)
    kept: list[str] = []
    removed: list[tuple[str, str, int]] = []
    position = 0  # offset in the output where the next kept line starts
    for page, lines in enumerate(pages):
        if page in failures:
            removed.append((UNREADABLE_PAGE, failures[page], position))
        content = [i for i, line in enumerate(lines) if line.strip() and (page, i) not in furniture]
        first, last = (content[0], content[-1]) if content else (len(lines), -1)
        for index, line in enumerate(lines):
            reason = furniture.get((page, index))
            if reason is not None:
                removed.append((reason, line, position))
            elif first <= index <= last:  # blank lines at a page's edges only stem from the page break
                kept.append(line)
                position += len(line) + 1
    text = "\n".join(kept)
    end = len(text)
    return text, tuple(Removal(reason, line, (min(pos, end), min(pos, end))) for reason, line, pos in removed)
