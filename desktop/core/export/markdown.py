"""The Markdown export, grouped like the Word one: ``#`` title, ``##``/``###`` groups, quotes as ``>``.

Characters Markdown would read as syntax are backslash-escaped, so a quote that happens to start with
``#`` or contain ``*`` prints as written.
"""

from __future__ import annotations

import re

from desktop.core.export.docx_writer import EMPTY, info_line
from desktop.core.export.excerpts import Excerpt, ExcerptDocument, Group
from desktop.core.export.text import xml_safe
from desktop.core.store import STATES

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)([#>+\-=])")
_ORDERED = re.compile(r"^(\s*\d+)([.)])")


def escape(text: str) -> str:
    """``text`` with Markdown syntax backslash-escaped (``# 标题`` → ``\\# 标题``, ``1.`` → ``1\\.``)."""
    escaped = _INLINE.sub(r"\\\1", text)
    escaped = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
    return _ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def _excerpt(excerpt: Excerpt, document: ExcerptDocument) -> list[str]:
    mark, fields = excerpt.mark, document.fields
    lines: list[str] = []
    if fields.quote:
        paragraphs = [p.strip() for p in mark.quote.split("\n") if p.strip()] or [mark.quote]
        lines += [">\n".join(f"> {escape(p)}\n" for p in paragraphs)]
    if fields.citation:
        lines.append(f"——{escape(excerpt.citation.text(heading=fields.heading))}\n")
    details = []
    if fields.tags and mark.tags:
        details.append("标签：" + "、".join(escape(t) for t in mark.tags))
    if fields.state:
        details.append("状态：" + STATES.get(mark.state, mark.state))
    if fields.rating and mark.rating:
        details.append("评分：" + "★" * mark.rating)
    if details:
        lines.append(" · ".join(details) + "\n")
    if fields.note and mark.note.strip():
        note = "  \n".join(escape(line) for line in mark.note.strip().split("\n"))
        lines.append(f"**批注：** {note}\n")
    return lines


def _group(group: Group, document: ExcerptDocument) -> list[str]:
    lines = [f"{'#' * (group.level + 1)} {escape(group.title)}\n"]
    for excerpt in group.excerpts:
        lines += _excerpt(excerpt, document)
    for child in group.children:
        lines += _group(child, document)
    return lines


def render_markdown(document: ExcerptDocument) -> str:
    lines = [f"# {escape(document.title)}\n", f"{info_line(document)}\n"]
    if not document.excerpts:
        lines.append(f"{EMPTY}\n")
    for group in document.groups:
        lines += _group(group, document)
    return xml_safe("\n".join(lines))
