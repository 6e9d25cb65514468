"""Word (.docx) reader: body paragraphs and table cells in document order, plus title hints.

python-docx's ``Paragraph.text`` only sees runs that are direct children of the paragraph, and its
table API is shaped for grids, not for reading order. So the structure is walked on the XML itself:
``w:p`` and ``w:tbl`` children of the body in order, looking through the wrappers Word adds around
content (content controls ``w:sdt``, ``w:customXml``); table rows and cells the same way, skipping
``vMerge="continue"`` cells (a horizontal merge is a single ``w:tc`` already, so nothing is repeated).
A paragraph's text is every run in it — also inside hyperlinks, fields and tracked insertions — except
deleted/moved-away text, text-box content and ``mc:Fallback`` duplicates. python-docx objects are used
only where they pay off: resolving styles (names, alignment and bold through the ``basedOn`` chain).

Title hints are line indices: a heading/title style, an outline level, or a short centred bold
paragraph. A paragraph with manual line breaks yields several lines; all of them carry its hint.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from desktop.core import notices
from desktop.core.errors import UnreadableFileError
from desktop.core.formats.files import check_readable, read_head
from desktop.core.formats.lines import normalise_newlines
from desktop.core.formats.sniff import HEAD_SIZE, OLE2, PDF, sniff
from desktop.core.model import SourceText
from desktop.core.notices import notice

SHORT_TITLE_CHARS = 40  # a centred bold paragraph longer than this is emphasis, not a title
_TITLE_STYLE_WORDS = ("heading", "title", "标题")
_MAX_STYLE_DEPTH = 16

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
_RUNS = etree.XPath(
    ".//w:r[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:txbxContent"
    " or ancestor::mc:Fallback)]",
    namespaces=_NS,
)
_OUTLINE_LEVEL = etree.XPath("./w:pPr/w:outlineLvl/@w:val", namespaces=_NS)

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_WRAPPERS = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")})


def read_docx(path: Path) -> SourceText:
    """Read a .docx file into lines; raises ``UnreadableFileError`` for anything that is not one."""
    document = _open(path)
    lines: list[str] = []
    title_levels: dict[int, int] = {}
    for paragraph in _iter_paragraphs(document.element.body, document):
        runs = [Run(r, paragraph) for r in _RUNS(paragraph._p)]
        text = normalise_newlines("".join(run.text for run in runs))  # <w:br/> and <w:cr/> are "\n"
        para_lines = text.split("\n")
        level = _title_level(paragraph, runs, text) if text.strip() else None
        if level is not None:
            title_levels.update(dict.fromkeys(range(len(lines), len(lines) + len(para_lines)), level))
        lines.extend(para_lines)
    text = "\n".join(lines)
    if not text.strip():
        raise UnreadableFileError(path, notice(notices.DOCX_NO_TEXT))
    return SourceText(
        text=text,
        format="docx",
        encoding=None,
        name=path.stem,
        title_lines=frozenset(title_levels),
        title_levels=title_levels,
        source=str(path),
    )


def _open(path: Path) -> Any:
    check_readable(path)
    signature = sniff(read_head(path, HEAD_SIZE))
    if signature is not None and signature[0] == OLE2:
        raise _invalid(path, notice(notices.DOCX_OLD_WORD))
    if signature is not None and signature[0] == PDF:
        raise _invalid(path, notice(notices.DOCX_IS_PDF))
    if not zipfile.is_zipfile(path):
        raise _invalid(path, notice(notices.DOCX_NOT_ZIP))
    try:
        return docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types (KeyError, ValueError, lxml, zipfile…)
        raise _invalid(path, _describe(exc)) from exc


def _invalid(path: Path, why: str) -> UnreadableFileError:
    return UnreadableFileError(path, notice(notices.DOCX_INVALID, why=why))


def _describe(exc: Exception) -> str:
    message = str(exc.args[0] if isinstance(exc, KeyError) and exc.args else exc).strip()
    message = message or type(exc).__name__
    if "content type" in message and "not a Word file" in message:
        return notice(notices.DOCX_OTHER_OFFICE)
    if isinstance(exc, KeyError):
        return notice(notices.DOCX_PART_MISSING, part=message)
    return message if len(message) <= 160 else message[:157] + "…"


# --- structure -----------------------------------------------------------------------------------


def _children(element: Any, tags: frozenset[str]) -> Iterator[Any]:
    """Children of ``element`` with one of ``tags``, looking through content-control wrappers."""
    for child in element.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tags)


_BLOCKS = frozenset({_P, _TBL})


def _iter_paragraphs(container: Any, parent: Any) -> Iterator[Paragraph]:
    """Paragraphs of a body or table cell in reading order, table contents in place."""
    for block in _children(container, _BLOCKS):
        if block.tag == _P:
            yield Paragraph(block, parent)
        else:
            for row in _children(block, frozenset({_TR})):
                for cell in _children(row, frozenset({_TC})):
                    if _is_merge_continuation(cell):
                        continue
                    yield from _iter_paragraphs(cell, parent)


def _is_merge_continuation(tc: Any) -> bool:
    tc_pr = tc.find(qn("w:tcPr"))
    v_merge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
    return v_merge is not None and v_merge.get(qn("w:val"), "continue") == "continue"


# --- title hints ---------------------------------------------------------------------------------


BOLD_CENTRED_LEVEL = 10  # below every heading level: a visual title, the weakest hint


def _title_level(paragraph: Paragraph, runs: list[Run], text: str) -> int | None:
    """0 for a Title style, N for Heading N / 标题 N (or outline level N-1), 10 for bold centred, else None."""
    style = _safe(_paragraph_style, paragraph)
    name = (getattr(style, "name", None) or "").lower()
    if any(word in name for word in _TITLE_STYLE_WORDS):
        if ("title" in name and "sub" not in name) or name.strip() == "标题":
            return 0
        digits = "".join(ch for ch in name if ch.isdigit())
        return int(digits) if digits else 1
    outline = _outline_level(paragraph._p, style)
    if outline is not None:
        return outline + 1
    if len(text.strip()) <= SHORT_TITLE_CHARS and _is_centred(paragraph, style) and _is_bold(runs, style):
        return BOLD_CENTRED_LEVEL
    return None


def _outline_level(p: Any, style: Any) -> int | None:
    """Outline level 0–8 set on the paragraph or its style chain (9 means body text)."""
    values = _OUTLINE_LEVEL(p)
    if not values:
        values = _style_chain_value(style, lambda s: (_OUTLINE_LEVEL(s.element) or [None])[0])
        values = [values] if values is not None else []
    try:
        level = int(values[0]) if values else None
    except ValueError:
        return None
    return level if level is not None and 0 <= level <= 8 else None


def _is_centred(paragraph: Paragraph, style: Any) -> bool:
    alignment = paragraph.paragraph_format.alignment
    if alignment is None:
        alignment = _style_chain_value(style, lambda s: s.paragraph_format.alignment)
    return alignment == WD_ALIGN_PARAGRAPH.CENTER


def _is_bold(runs: list[Run], paragraph_style: Any) -> bool:
    """Every run that shows text is bold, directly, through its character style or the paragraph style."""
    style_bold = _style_chain_value(paragraph_style, lambda s: s.font.bold)
    texts = [run for run in runs if run.text.strip()]
    if not texts:
        return False
    for run in texts:
        bold = run.bold
        if bold is None:
            bold = _style_chain_value(_safe(_run_style, run), lambda s: s.font.bold)
        if bold is None:
            bold = style_bold
        if not bold:
            return False
    return True


def _style_chain_value(style: Any, getter: Callable[[Any], Any]) -> Any:
    """The first non-``None`` value of ``getter`` along a style's ``basedOn`` chain."""
    for _ in range(_MAX_STYLE_DEPTH):  # bounded: a malformed file may have a basedOn cycle
        if style is None:
            return None
        value = _safe(getter, style)
        if value is not None:
            return value
        style = _safe(_base_style, style)
    return None


def _paragraph_style(paragraph: Paragraph) -> Any:
    return paragraph.style


def _run_style(run: Run) -> Any:
    return run.style


def _base_style(style: Any) -> Any:
    return style.base_style


def _safe(get: Callable[[Any], Any], obj: Any) -> Any:
    """``get(obj)``, or ``None``: style data in real files is sometimes malformed, and a hint is never
    worth a crash."""
    try:
        return get(obj)
    except (AttributeError, KeyError, ValueError, TypeError):
        return None
