"""A user's Word template: opened (.dotx too), emptied of sample text, its fonts worked out per role.

Its styles, page setup, headers and footers are kept as they are. The export uses the template's Title,
Heading 1 and Heading 2 and, for the excerpts, styles named 摘录 (quote), 摘录出处 (citation), 摘录标签批注
(tags and note), 摘录说明 (date and counts) and 摘录目录标题 (the TOC heading); a template that defines
styles with these names controls how excerpts look, and the ones it lacks are added, based on its
Normal style.

Each run still names its East Asian font, so that font must be the one the template's style would give:
we follow the style's ``basedOn`` chain down to the document defaults, resolving theme fonts
(``minorEastAsia`` …) through the theme's ``<a:ea>`` face or, when that is empty, its entry for the
script of the document's East Asian theme language (``w:themeFontLang``: zh-CN → ``Hans``, the
default), as Word does.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from desktop.core import notices
from desktop.core.export.options import ExportError
from desktop.core.export.styles import SONGTI, WORD_STYLES
from desktop.core.export.wordml import clear_body, default_paragraph_style
from desktop.core.notices import notice

_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACRO_TEMPLATE_TYPE = b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
_MACRO_DOCUMENT_TYPE = b"application/vnd.ms-word.document.macroEnabled.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_SCRIPTS = {
    "zh-cn": "Hans",
    "zh-sg": "Hans",
    "zh-tw": "Hant",
    "zh-hk": "Hant",
    "ja-jp": "Jpan",
    "ko-kr": "Hang",
}


def _as_document(data: bytes) -> bytes:
    """A .dotx/.docm/.dotm's bytes relabelled as a .docx (python-docx opens only documents)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml")
        relabelled = types
        for other in (_TEMPLATE_TYPE, _MACRO_TEMPLATE_TYPE, _MACRO_DOCUMENT_TYPE):
            relabelled = relabelled.replace(other, _DOCUMENT_TYPE)
        if relabelled == types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                if item.filename == "[Content_Types].xml":
                    target.writestr(item, relabelled)
                elif not item.filename.lower().endswith("vbaproject.bin"):
                    target.writestr(item, source.read(item))
        return out.getvalue()


def open_template(path: Path) -> Document:
    """The template as a document with an empty body; ``ExportError`` when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExportError(notice(notices.TEMPLATE_UNREADABLE, path=path, error=exc.strerror or exc)) from exc
    try:
        document = docx.Document(io.BytesIO(_as_document(data)))
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise ExportError(notice(notices.TEMPLATE_INVALID, name=path.name, error=exc)) from exc
    clear_body(document)
    return document


def _theme_fonts(document: Document) -> dict[str, str]:
    """``majorEastAsia``/``minorEastAsia`` (and the Latin ones) → face names from the theme."""
    try:
        theme = document.part.part_related_by(RT.THEME)
        root = etree.fromstring(theme.blob)
    except (KeyError, etree.XMLSyntaxError):
        return {}
    found: dict[str, str] = {}
    script = _SCRIPTS.get(_east_asian_language(document), "Hans")
    for kind in ("major", "minor"):
        font = root.find(f".//{_A}{kind}Font")
        if font is None:
            continue
        ea = font.find(f"{_A}ea")
        face = ea.get("typeface", "") if ea is not None else ""
        if not face:
            scripted = font.find(f"{_A}font[@script='{script}']")
            face = scripted.get("typeface", "") if scripted is not None else ""
        if face:
            found[f"{kind}EastAsia"] = face
    return found


def _east_asian_language(document: Document) -> str:
    """The document's East Asian theme language (``w:themeFontLang``), which picks the theme's script."""
    lang = document.settings.element.find(qn("w:themeFontLang"))
    return (lang.get(qn("w:eastAsia"), "") if lang is not None else "").lower()


def _east_asia(rfonts: etree._Element | None, theme: Mapping[str, str]) -> str | None:
    """The East Asian face one ``<w:rFonts>`` sets (its theme attribute wins), or None."""
    if rfonts is None:
        return None
    themed = rfonts.get(qn("w:eastAsiaTheme"))
    if themed and themed in theme:
        return theme[themed]
    return rfonts.get(qn("w:eastAsia")) or None


def resolve_role_fonts(document: Document) -> dict[str, str]:
    """Role → the East Asian font the template's style for it resolves to (宋体 when nothing says)."""
    styles = document.styles.element
    theme = _theme_fonts(document)
    by_id: dict[str, etree._Element] = {}
    by_name: dict[str, etree._Element] = {}
    for style in styles.findall(qn("w:style")):
        by_id[style.get(qn("w:styleId"), "")] = style
        name = style.find(qn("w:name"))
        if name is not None and style.get(qn("w:type")) == "paragraph":
            by_name[name.get(qn("w:val"), "").lower()] = style
    default = _east_asia(
        styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}"), theme
    )
    normal = by_id.get(default_paragraph_style(styles))

    def resolve(style: etree._Element | None) -> str:
        seen: set[str] = set()
        while style is not None and style.get(qn("w:styleId"), "") not in seen:
            seen.add(style.get(qn("w:styleId"), ""))
            face = _east_asia(style.find(f"{qn('w:rPr')}/{qn('w:rFonts')}"), theme)
            if face:
                return face
            based = style.find(qn("w:basedOn"))
            style = by_id.get(based.get(qn("w:val"), "")) if based is not None else None
        return default or SONGTI

    return {role: resolve(by_name.get(word.name.lower(), normal)) for role, word in WORD_STYLES.items()}
