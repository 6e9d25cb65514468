"""The Word export: a title line, an optional table of contents, then the groups and their excerpts.

Layout of one excerpt: the quote (one paragraph per paragraph of the original), the citation on its own
line (“——《汇编》 · 《讲话》 · 讲话人 · 小标题”), then a line with tags, review state and rating, and the
note. Group headings are Heading 1/Heading 2, numbered 一、 and （一） in the 公文 style.

Long exports (more than ``TOC_EXCERPTS`` excerpts or ``TOC_GROUPS`` groups) start with a TOC field.
Word fills a field when the document is opened and fields are updated; the file asks Word to do so
(``w:updateFields``), and Word shows a question about updating fields when it opens. Until then, and in
readers that do not update fields (LibreOffice's converter, for one), the TOC shows a line saying how to
fill it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import BinaryIO

import docx
from docx.document import Document

from desktop.core.export.excerpts import Excerpt, ExcerptDocument, Group
from desktop.core.export.options import ExportCancelled, ExportOptions, Fields
from desktop.core.export.styles import Role, StyleSheet, gongwen, plain, template_sheet
from desktop.core.export.template import open_template, resolve_role_fonts
from desktop.core.export.text import chinese_number, xml_safe
from desktop.core.export.wordml import (
    PAGE_BREAK,
    append_body,
    ask_to_update_fields,
    chinese_theme_language,
    declare_fonts,
    field_runs,
    install_styles,
    paragraph,
    run,
    run_props,
    set_document_defaults,
    set_footers,
    set_page,
)
from desktop.core.store import STATES

TOC_EXCERPTS = 20
TOC_GROUPS = 5
PROGRESS_EVERY = 100
TOC_PLACEHOLDER = "（目录：在 Word 中打开时更新域即生成；也可右键单击此处，选择“更新域”。）"
EMPTY = "（没有符合条件的摘录。）"
GAP = "\u3000\u3000"  # two ideographic spaces between the parts of the details line

Progress = Callable[[int, int], None]


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def wants_toc(document: ExcerptDocument, options: ExportOptions) -> bool:
    if options.toc is not None:
        return options.toc
    return len(document.excerpts) > TOC_EXCERPTS or len(document.groups) > TOC_GROUPS


def info_line(document: ExcerptDocument) -> str:
    line = f"{chinese_date(document.date)}{GAP}共{len(document.excerpts)}条摘录"
    if document.excerpts:
        line += f"，出自{document.speech_count()}篇讲话"
    return line


class _Body:
    """Body XML for one export, role by role."""

    def __init__(self, sheet: StyleSheet, style_ids: dict[str, str], fields: Fields) -> None:
        self.sheet = sheet
        self.ids = style_ids
        self.fields = fields
        self.rpr = {name: run_props(role) for name, role in sheet.roles.items()}
        self.bold = {name: run_props(role, bold=True) for name, role in sheet.roles.items()}
        self.parts: list[str] = []
        self.gap = f'<w:spacing w:after="{round(sheet.excerpt_gap_pt * 20)}"/>'

    def role(self, name: str) -> Role:
        return self.sheet.roles[name]

    def line(self, role: str, text: str, ppr: str = "") -> None:
        self.parts.append(paragraph(self.ids[role], run(text, self.rpr[role]), ppr))

    def title(self, document: ExcerptDocument, toc: bool) -> None:
        self.line("title", document.title)
        self.line("info", info_line(document))
        if toc:
            self.line("toc_heading", "目\u3000\u3000录")
            self.parts.append(
                paragraph(
                    self.ids["quote"],
                    field_runs('TOC \\o "1-2" \\h \\z \\u', TOC_PLACEHOLDER, self.rpr["quote"]),
                )
            )
            self.parts.append(PAGE_BREAK)
        if not document.excerpts:
            self.line("quote", EMPTY)

    def heading(self, group: Group, number: int) -> None:
        role = "heading1" if group.level == 1 else "heading2"
        prefix = ""
        if self.sheet.numbered_headings:
            prefix = f"{chinese_number(number)}、" if group.level == 1 else f"（{chinese_number(number)}）"
        self.line(role, prefix + group.title)

    def excerpt(self, excerpt: Excerpt) -> None:
        """The excerpt's paragraphs; from the quote's last paragraph on, each keeps with the next, so a
        quote is never parted from its citation by a page break."""
        mark, fields = excerpt.mark, self.fields
        paragraphs: list[tuple[str, str]] = []  # role, runs
        if fields.quote:
            texts = [p.strip() for p in mark.quote.split("\n") if p.strip()] or [mark.quote]
            paragraphs += [("quote", run(text, self.rpr["quote"])) for text in texts]
        kept_from = max(len(paragraphs) - 1, 0)
        if fields.citation:
            citation = "——" + excerpt.citation.text(heading=fields.heading)
            paragraphs.append(("citation", run(citation, self.rpr["citation"])))
        labelled: list[tuple[str, str]] = []
        if fields.tags and mark.tags:
            labelled.append(("标签：", "、".join(mark.tags)))
        if fields.state:
            labelled.append(("状态：", STATES.get(mark.state, mark.state)))
        if fields.rating and mark.rating:
            labelled.append(("评分：", "★" * mark.rating))
        if labelled:
            paragraphs.append(("details", self._labelled(labelled)))
        if fields.note and mark.note.strip():
            paragraphs.append(("details", self._labelled([("批注：", mark.note.strip())])))
        last = len(paragraphs) - 1
        for index, (role, runs) in enumerate(paragraphs):
            extra = "<w:keepNext/>" if kept_from <= index < last else self.gap if index == last else ""
            self.parts.append(paragraph(self.ids[role], runs, extra))

    def _labelled(self, labelled: list[tuple[str, str]]) -> str:
        runs = []
        for index, (label, value) in enumerate(labelled):
            runs.append(run((GAP if index else "") + label, self.bold["details"]))
            runs.append(run(value, self.rpr["details"]))
        return "".join(runs)


def _sheet_and_document(options: ExportOptions) -> tuple[StyleSheet, Document]:
    if options.style == "template":
        assert options.template is not None  # ExportOptions.checked() guarantees it
        document = open_template(options.template)
        return template_sheet(resolve_role_fonts(document)), document
    document = docx.Document()
    sheet = gongwen(options.font_fallback) if options.style == "gongwen" else plain()
    assert sheet.page is not None
    set_page(document, sheet.page)
    set_document_defaults(document, sheet.roles["quote"])
    chinese_theme_language(document)
    declare_fonts(document, dict(sheet.font_table))
    _drop_thumbnail(document)
    return sheet, document


def _drop_thumbnail(document: Document) -> None:
    """python-docx's default template carries a picture of its own blank page as the file's thumbnail."""
    rels = document.part.package.rels
    for key in [k for k, rel in rels.items() if rel.reltype.endswith("/thumbnail")]:
        del rels[key]


def write_docx(
    document: ExcerptDocument,
    options: ExportOptions,
    stream: BinaryIO,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write ``document`` as .docx to ``stream``; raises ``ExportCancelled`` when ``cancelled()`` says so."""
    sheet, word = _sheet_and_document(options)
    ids = install_styles(word, sheet)
    set_footers(word, sheet, ids["footer"])
    toc = wants_toc(document, options)
    if toc:
        ask_to_update_fields(word)
    body = _Body(sheet, ids, document.fields)
    body.title(document, toc)
    total, done = document.entries, 0

    def emit(excerpts: tuple[Excerpt, ...]) -> None:
        nonlocal done
        for excerpt in excerpts:
            body.excerpt(excerpt)
            done += 1
            if done % PROGRESS_EVERY == 0:
                _tick(progress, cancelled, done, total)

    for number, group in enumerate(document.groups, 1):
        body.heading(group, number)
        emit(group.excerpts)
        for child_number, child in enumerate(group.children, 1):
            body.heading(child, child_number)
            emit(child.excerpts)
    _tick(progress, cancelled, done, total)
    append_body(word, "".join(body.parts))
    properties = word.core_properties
    properties.title = " ".join(xml_safe(document.title).split())
    properties.author = properties.last_modified_by = "Huidu 汇读"
    properties.subject, properties.comments, properties.keywords = "摘录", "", ""
    properties.revision = 1
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0)
    word.save(stream)


def _tick(progress: Progress | None, cancelled: Callable[[], bool] | None, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    if progress is not None:
        progress(done, total)
