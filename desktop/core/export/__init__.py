"""Exporting marks: to Word (公文 / plain / a template), Markdown, CSV and JSON.

    from desktop.core.export import ExportOptions, Selection, Fields, count, export
    options = ExportOptions(selection=Selection(tags=("金句",), states=("selected",)), grouping="tag",
                            format="docx", style="gongwen", title="金句摘编")
    count(library, options)                                   # preview: how many marks
    export(library, options, "金句摘编.docx", progress=on_progress, cancelled=is_cancelled)

The stages: ``selection`` (which marks) → ``excerpts`` (citations and groups, one neutral document) →
a writer (``docx_writer`` with ``styles``/``wordml``/``template``; ``markdown``; ``csv_json``);
``exporter`` runs them and writes the file atomically.
"""

from desktop.core.export.excerpts import Citation, Excerpt, ExcerptDocument, Group, nearest_heading
from desktop.core.export.exporter import ExportResult, count, export, preview
from desktop.core.export.options import (
    DOCX_STYLES,
    FORMATS,
    GROUPINGS,
    ExportCancelled,
    ExportError,
    ExportOptions,
    Fields,
    Selection,
    format_for,
)

__all__ = [
    "DOCX_STYLES",
    "FORMATS",
    "GROUPINGS",
    "Citation",
    "Excerpt",
    "ExcerptDocument",
    "ExportCancelled",
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "Fields",
    "Group",
    "Selection",
    "count",
    "export",
    "format_for",
    "nearest_heading",
    "preview",
]
