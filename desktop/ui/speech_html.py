"""A speech as the HTML the reading pane displays.

Pure Python on purpose (no Qt import): what a speech looks like — which runs are bold, which are
greyed — is decided here and tested without a widget (Mu's logic/interface split); the pane only
hands the result to ``QTextDocument``.

Qt's rich-text engine understands a subset of CSS: ``line-height`` as a percentage, ``text-indent``
and margins in pixels (not ``em``), colours, ``font-size`` in points. So the caller passes the
typography in pixels measured from its font, and everything here stays within that subset.

Body paragraphs use ``white-space: pre-wrap`` so the document keeps the speech's text verbatim:
each paragraph of ``Speech.text`` becomes exactly one text block, which is what lets later code map
character offsets (marks, outline) onto document positions.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from desktop.core.model import OutlineHeading, Speech

META_SEPARATOR = " · "


@dataclass(frozen=True)
class Typography:
    base_pt: float = 12.0
    indent_px: int = 32  # two CJK characters at the base size: 首行缩进两字
    line_height_percent: int = 175
    paragraph_gap_px: int = 10
    title_scale: float = 1.6
    heading_scale: float = 1.12
    meta_color: str = "#6b6b6b"
    placeholder_color: str = "#a0a0a0"


@dataclass(frozen=True)
class Paragraph:
    start: int  # offset of the paragraph's first character in Speech.text
    end: int  # offset just past its last character
    heading_level: int | None = None  # set when the whole paragraph is a standalone outline heading


def split_paragraphs(speech: Speech) -> list[Paragraph]:
    """The speech's paragraphs with their offsets; standalone headings are recognised by offset."""
    standalone = {h.offset: h for h in speech.outline if not h.run_in}
    paragraphs: list[Paragraph] = []
    start = 0
    for line in speech.text.split("\n"):
        end = start + len(line)
        level = next((h.level for off, h in standalone.items() if start <= off < max(end, start + 1)), None)
        paragraphs.append(Paragraph(start, end, level))
        start = end + 1
    return paragraphs


def _run_in_spans(outline: tuple[OutlineHeading, ...]) -> list[tuple[int, int]]:
    return [(h.offset, h.offset + len(h.text)) for h in outline if h.run_in and h.text]


def _segments(
    start: int, end: int, bold: list[tuple[int, int]], grey: list[tuple[int, int]]
) -> Iterator[tuple[int, int, bool, bool]]:
    """Cut [start, end) at every span boundary; yield (start, end, is_bold, is_grey) pieces."""
    cuts = {start, end}
    for a, b in (*bold, *grey):
        cuts.update(x for x in (a, b) if start < x < end)
    points = sorted(cuts)
    for a, b in pairwise(points):
        yield (
            a,
            b,
            any(s <= a and b <= e for s, e in bold),
            any(s <= a and b <= e for s, e in grey),
        )


def _inline_html(
    text: str,
    start: int,
    end: int,
    bold: list[tuple[int, int]],
    grey: list[tuple[int, int]],
    typo: Typography,
) -> str:
    parts: list[str] = []
    for a, b, is_bold, is_grey in _segments(start, end, bold, grey):
        piece = html.escape(text[a:b])
        if is_grey:
            piece = f'<span class="placeholder" style="color:{typo.placeholder_color}">{piece}</span>'
        if is_bold:
            piece = f"<b>{piece}</b>"
        parts.append(piece)
    return "".join(parts)


def speech_html(speech: Speech, typo: Typography | None = None) -> str:
    """The full HTML document for one speech: title, metadata line, then the paragraphs."""
    typo = typo or Typography()
    line = f"line-height:{typo.line_height_percent}%"
    gap = typo.paragraph_gap_px
    out = [f'<html><body style="font-size:{typo.base_pt:g}pt">']
    title_pt = round(typo.base_pt * typo.title_scale, 1)
    out.append(
        f'<p align="center" style="font-size:{title_pt:g}pt; font-weight:bold; line-height:140%;'
        f' margin-top:4px; margin-bottom:{gap}px">{html.escape(speech.title)}</p>'
    )
    meta = META_SEPARATOR.join(v.strip() for v in speech.meta.values() if v and v.strip())
    if meta:
        out.append(
            f'<p class="meta" align="center" style="color:{typo.meta_color}; margin-bottom:{gap * 2}px">'
            f"{html.escape(meta)}</p>"
        )
    bold = _run_in_spans(speech.outline)
    grey = [(s, e) for s, e in speech.placeholders if e > s]
    heading_pt = round(typo.base_pt * typo.heading_scale, 1)
    for para in split_paragraphs(speech):
        inner = _inline_html(speech.text, para.start, para.end, bold, grey, typo)
        style = f"{line}; text-indent:{typo.indent_px}px; white-space:pre-wrap; margin-bottom:{gap}px"
        if para.heading_level is not None:
            size = f" font-size:{heading_pt:g}pt;" if para.heading_level == 1 else ""
            top = gap * 2 if para.heading_level == 1 else gap
            style += f"; margin-top:{top}px;{size} font-weight:bold"
            out.append(f'<p class="heading level{para.heading_level}" style="{style}">{inner}</p>')
        else:
            out.append(f'<p style="{style}">{inner}</p>')
    out.append("</body></html>")
    return "\n".join(out)


def empty_html(message: str, typo: Typography | None = None) -> str:
    """What the pane shows before anything is open: one centred grey hint."""
    typo = typo or Typography()
    return (
        f'<html><body><p align="center" style="color:{typo.meta_color}; margin-top:120px">'
        f"{html.escape(message)}</p></body></html>"
    )
