"""Tables and data: CSV for Excel (one row per mark), JSON with every field for other tools.

The CSV is UTF-8 with a byte-order mark: without it Excel on a Chinese Windows reads the file as GBK
and shows mojibake. Headers are Chinese, since the file is for people; columns follow ``Fields`` (the
citation's parts and the heading, tags, note, state, rating can be left out). Rows are in reading order,
each mark once, whatever the grouping. Several tags share a cell, separated by ``; ``.

The JSON carries every field of every mark whatever ``Fields`` says, the citation of each, and the
grouping as lists of mark UUIDs, so a script can rebuild any view of the export.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from desktop.core.export.excerpts import Excerpt, ExcerptDocument, Group
from desktop.core.export.text import xml_safe
from desktop.core.store import STATES

Column = Callable[[Excerpt], str | int]

TAG_SEPARATOR = "; "
JSON_VERSION = 1


def _columns(document: ExcerptDocument) -> list[tuple[str, Column]]:
    fields = document.fields
    columns: list[tuple[str, Column]] = [("编号", lambda e: e.mark.uuid)]
    if fields.quote:
        columns.append(("摘录", lambda e: e.mark.quote))
    if fields.citation:
        columns += [
            ("汇编", lambda e: e.citation.compilation),
            ("讲话", lambda e: e.citation.speech),
            ("讲话人", lambda e: e.citation.speaker or ""),
            ("场合", lambda e: e.citation.occasion or ""),
            ("日期", lambda e: e.citation.date or ""),
        ]
    if fields.heading:
        columns.append(("小标题", lambda e: e.citation.heading or ""))
    if fields.tags:
        columns.append(("标签", lambda e: TAG_SEPARATOR.join(e.mark.tags)))
    if fields.note:
        columns.append(("批注", lambda e: e.mark.note))
    if fields.state:
        columns.append(("状态", lambda e: STATES.get(e.mark.state, e.mark.state)))
    if fields.rating:
        columns.append(("评分", lambda e: e.mark.rating))
    columns += [
        ("颜色", lambda e: e.mark.color),
        ("讲话ID", lambda e: e.mark.speech_id),
        ("起", lambda e: e.mark.start),
        ("止", lambda e: e.mark.end),
        ("创建时间", lambda e: e.mark.created_at),
        ("修改时间", lambda e: e.mark.updated_at),
    ]
    return columns


def render_csv(document: ExcerptDocument) -> bytes:
    """The CSV file's bytes: BOM, header row, one row per mark; CRLF line ends as Excel expects."""
    columns = _columns(document)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([name for name, _ in columns])
    for excerpt in document.excerpts:
        writer.writerow([_cell(value(excerpt)) for _, value in columns])
    return out.getvalue().encode("utf-8-sig")


def _cell(value: str | int) -> str | int:
    return xml_safe(value) if isinstance(value, str) else value


def excerpt_json(excerpt: Excerpt) -> dict[str, Any]:
    mark, citation = excerpt.mark, excerpt.citation
    return {
        **mark.to_json(),
        "prefix": mark.prefix,
        "suffix": mark.suffix,
        "state_label": STATES.get(mark.state, mark.state),
        "created_at": mark.created_at,
        "updated_at": mark.updated_at,
        "citation": {
            "compilation_id": citation.compilation_id,
            "compilation": citation.compilation,
            "speech_id": citation.speech_id,
            "speech": citation.speech,
            "speaker": citation.speaker,
            "occasion": citation.occasion,
            "date": citation.date,
            "heading": citation.heading,
            "heading_level": citation.heading_level,
            "text": citation.text(),
        },
    }


def _group_json(group: Group) -> dict[str, Any]:
    return {
        "key": group.key,
        "title": group.title,
        "level": group.level,
        "marks": [e.uuid for e in group.excerpts],
        "groups": [_group_json(child) for child in group.children],
    }


def render_json(document: ExcerptDocument) -> bytes:
    data = {
        "huidu_export": JSON_VERSION,
        "title": document.title,
        "date": document.date.isoformat(),
        "grouping": document.grouping,
        "count": len(document.excerpts),
        "marks": [excerpt_json(e) for e in document.excerpts],
        "groups": [_group_json(g) for g in document.groups],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
