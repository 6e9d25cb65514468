"""What an export is asked to do: which marks, grouped how, written in which format and style.

Everything here is plain, immutable data, so the Export dialog can build an ``ExportOptions`` from its
widgets, ask ``count(library, options)`` for the preview, and hand the same object to a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.core import notices
from desktop.core.errors import HuiduError
from desktop.core.notices import notice

FORMATS = ("docx", "md", "csv", "json")
GROUPINGS = ("tag", "speech", "compilation")  # tag → speech; speech in reading order; compilation → speech
DOCX_STYLES = ("gongwen", "plain", "template")

FORMAT_SUFFIXES = {".docx": "docx", ".md": "md", ".markdown": "md", ".csv": "csv", ".json": "json"}


class ExportError(HuiduError):
    """An export that cannot be made as asked: bad option, unreadable template, unwritable file."""


class ExportCancelled(HuiduError):
    """The user stopped the export; nothing was written at the output path."""

    def __init__(self) -> None:
        super().__init__(notice(notices.EXPORT_CANCELLED))


@dataclass(frozen=True)
class Selection:
    """Which marks to export. Empty filters select everything; filters combine with AND.

    ``tags``: marks carrying any of these tags (or all of them with ``all_tags``); a tag includes its
    descendants (金句 selects 金句/排比). ``colors``, ``states``: any of these. ``min_rating``: at least.
    ``created_from``/``created_to``: the local date the mark was made, both ends inclusive. ``text``: a
    case-insensitive substring of the quote or the note.
    """

    tags: tuple[str, ...] = ()
    all_tags: bool = False
    colors: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    min_rating: int | None = None
    compilation_ids: tuple[int, ...] = ()
    speech_ids: tuple[int, ...] = ()
    created_from: date | None = None
    created_to: date | None = None
    text: str = ""


@dataclass(frozen=True)
class Fields:
    """What each excerpt shows (in .docx, Markdown and CSV; JSON always carries everything)."""

    quote: bool = True
    citation: bool = True
    heading: bool = True  # the nearest outline heading, as the last part of the citation
    tags: bool = True
    note: bool = True
    state: bool = True
    rating: bool = False


@dataclass(frozen=True)
class ExportOptions:
    selection: Selection = field(default_factory=Selection)
    grouping: str = "tag"  # one of GROUPINGS
    format: str = "docx"  # one of FORMATS
    style: str = "gongwen"  # one of DOCX_STYLES; "template" needs ``template``
    template: Path | None = (
        None  # with style "template": the .docx/.dotx whose styles and page setup are used
    )
    font_fallback: bool = False  # 公文 fonts: Windows-standard faces instead of the GB ones (see styles.py)
    fields: Fields = field(default_factory=Fields)
    title: str = "摘录汇编"
    export_date: date | None = None  # shown on the title line; today when None
    toc: bool | None = None  # table of contents: None = only for long exports (see docx_writer.py)

    def checked(self) -> ExportOptions:
        """These options, or an ``ExportError`` naming the first thing wrong with them."""
        if self.format not in FORMATS:
            raise ExportError(notice(notices.NOT_A_FORMAT, value=self.format, choices=", ".join(FORMATS)))
        if self.grouping not in GROUPINGS:
            raise ExportError(
                notice(notices.NOT_A_GROUPING, value=self.grouping, choices=", ".join(GROUPINGS))
            )
        if self.style not in DOCX_STYLES:
            raise ExportError(
                notice(notices.NOT_A_WORD_STYLE, value=self.style, choices=", ".join(DOCX_STYLES))
            )
        if self.format == "docx" and self.style == "template" and self.template is None:
            raise ExportError(notice(notices.TEMPLATE_NEEDED))
        if self.template is not None and self.template.suffix.lower() not in (
            ".docx",
            ".dotx",
            ".docm",
            ".dotm",
        ):
            raise ExportError(notice(notices.TEMPLATE_NOT_WORD, name=self.template.name))
        return self


def format_for(path: Path, explicit: str | None = None) -> str:
    """The format named, else the one the file's suffix implies (``.docx`` when it implies none)."""
    if explicit:
        return explicit
    return FORMAT_SUFFIXES.get(path.suffix.lower(), "docx")
