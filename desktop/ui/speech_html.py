"""A speech as the HTML the reading pane displays, and how its marks are layered.

Pure Python on purpose (no Qt import): what a speech looks like — which runs are bold, which are
greyed, which colour wins where two marks overlap — is decided here and tested without a widget
(Mu's logic/interface split); the pane only hands the result to ``QTextDocument``.

Qt's rich-text engine understands a subset of CSS: ``line-height`` as a percentage, ``text-indent``
and margins in pixels (not ``em``), colours, ``font-size`` in points. So the caller passes the
typography in pixels measured from its font, and everything here stays within that subset.

Body paragraphs use ``white-space: pre-wrap`` so the document keeps the speech's text verbatim:
each paragraph of the speech's text becomes exactly one text block, which is what lets the pane map
character offsets (marks, outline, search hits) onto document positions by adding one number. Qt
drops empty paragraphs from HTML, so ``split_paragraphs`` reports them and the pane re-inserts them.

Overlapping marks (``mark_layers``): the background of a passage is the colour of the *shortest*
highlight covering it, and its underline that of the shortest underline or wavy mark. Nested marks
are the usual overlap — a sentence in yellow, a phrase inside it in green — and "shortest wins"
keeps the inner one visible whichever was made first; a highlight and an underline on the same
words both show.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

from desktop.core.model import OutlineHeading

META_SEPARATOR = " · "
META_ORDER = ("speaker", "occasion", "subtitle", "date")  # the metadata line reads in this order


class SpeechLike(Protocol):
    """What the reading pane needs of a speech: ``Speech`` (parsed) and ``SpeechRecord`` (stored)."""

    @property
    def title(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def meta(self) -> Mapping[str, str]: ...
    @property
    def outline(self) -> tuple[OutlineHeading, ...]: ...
    @property
    def placeholders(self) -> tuple[tuple[int, int], ...]: ...


class MarkLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def color(self) -> str: ...
    @property
    def style(self) -> str: ...
    @property
    def state(self) -> str: ...


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
    font_family: str | None = None  # None: the pane's own font


@dataclass(frozen=True)
class Paragraph:
    start: int  # offset of the paragraph's first character in the speech's text
    end: int  # offset just past its last character
    heading_level: int | None = None  # set when the whole paragraph is a standalone outline heading


def meta_line(meta: Mapping[str, str]) -> str:
    """The metadata values on one line: speaker, occasion, subtitle, date first, then the rest."""
    keys = [k for k in META_ORDER if k in meta] + [k for k in meta if k not in META_ORDER]
    return META_SEPARATOR.join(meta[k].strip() for k in keys if meta[k] and meta[k].strip())


def split_paragraphs(speech: SpeechLike) -> list[Paragraph]:
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


def speech_html(speech: SpeechLike, typo: Typography | None = None) -> str:
    """The full HTML document for one speech: title, metadata line, then the paragraphs."""
    typo = typo or Typography()
    line = f"line-height:{typo.line_height_percent}%"
    gap = typo.paragraph_gap_px
    family = f"; font-family:'{typo.font_family}'" if typo.font_family else ""
    out = [f'<html><body style="font-size:{typo.base_pt:g}pt{family}">']
    title_pt = round(typo.base_pt * typo.title_scale, 1)
    out.append(
        f'<p align="center" style="font-size:{title_pt:g}pt; font-weight:bold; line-height:140%;'
        f' margin-top:4px; margin-bottom:{gap}px">{html.escape(speech.title)}</p>'
    )
    meta = meta_line(speech.meta)
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


def header_blocks(speech: SpeechLike) -> int:
    """How many text blocks come before the body: the title, and the metadata line if there is one."""
    return 2 if meta_line(speech.meta) else 1


def empty_html(message: str, typo: Typography | None = None) -> str:
    """What the pane shows before anything is open: one centred grey hint."""
    typo = typo or Typography()
    return (
        f'<html><body><p align="center" style="color:{typo.meta_color}; margin-top:120px">'
        f"{html.escape(message)}</p></body></html>"
    )


# --- marks -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layer:
    """How one stretch of the text is drawn: at most one background and one underline."""

    start: int
    end: int
    background: str | None = None  # a colour name or #rrggbb
    underline: str | None = None
    underline_style: str = "underline"  # "underline" | "wavy" | "dotted" (a rejected mark)


def _underline_kind(mark: MarkLike) -> str | None:
    if mark.state == "rejected":
        return "dotted"  # kept but out of the way: a faint dotted line whatever its style
    if mark.style in ("underline", "wavy"):
        return mark.style
    return None


def mark_layers(marks: Iterable[MarkLike], length: int) -> list[Layer]:
    """The stretches of a text of ``length`` characters that marks cover, and how each is drawn.

    Shortest wins (see the module docstring); stretches are cut at every mark boundary and
    neighbours that look the same are merged, so the pane applies as few formats as possible.
    """
    spans = [m for m in marks if 0 <= m.start < m.end <= length]
    if not spans:
        return []
    points = sorted({p for m in spans for p in (m.start, m.end)})
    starting: dict[int, list[MarkLike]] = {}
    for mark in spans:
        starting.setdefault(mark.start, []).append(mark)
    active: list[MarkLike] = []
    layers: list[Layer] = []
    for a, b in pairwise(points):
        active = [m for m in active if m.end > a] + starting.get(a, [])
        if not active:
            continue
        background: MarkLike | None = None
        underline: MarkLike | None = None
        kind = "underline"
        for mark in active:
            size = mark.end - mark.start
            found = _underline_kind(mark)
            if found is None:
                if background is None or size < background.end - background.start:
                    background = mark
            elif underline is None or size < underline.end - underline.start:
                underline, kind = mark, found
        layer = Layer(
            a,
            b,
            background.color if background else None,
            underline.color if underline else None,
            kind,
        )
        last = layers[-1] if layers else None
        if (
            last
            and last.end == a
            and (last.background, last.underline, last.underline_style)
            == (
                layer.background,
                layer.underline,
                layer.underline_style,
            )
        ):
            layers[-1] = Layer(last.start, b, last.background, last.underline, last.underline_style)
        else:
            layers.append(layer)
    return layers
