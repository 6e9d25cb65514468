"""WordprocessingML written directly: runs, paragraphs, fields, styles, page setup, footers, font table.

python-docx's high-level API costs tens of microseconds per run and re-scans the body for every
paragraph it adds; a 5,000-excerpt export would take far longer than the three seconds we allow. So the
body is written here as XML text (escaped, each run carrying its own fonts), parsed once, and spliced into
a document python-docx opened; python-docx still does the packaging, relationships and footers.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm
from lxml import etree

from desktop.core.export.styles import WORD_STYLES, PageSetup, Role, StyleSheet, WordStyle
from desktop.core.export.text import xml_safe

_FIRST_TAG = re.compile(r"^<[\w:]+")
_ALIGNMENTS = ("center", "right", "both", "left")
_attr = quoteattr  # an attribute value, quoted and escaped


# ---------------------------------------------------------------------------------------------- runs


def fonts_xml(role: Role) -> str:
    """``<w:rFonts>`` naming the role's East Asian font (and Latin font when it has one)."""
    attrs = []
    if role.latin:
        attrs += [f"w:ascii={_attr(role.latin)}", f"w:hAnsi={_attr(role.latin)}", f"w:cs={_attr(role.latin)}"]
    attrs += [f"w:eastAsia={_attr(role.east_asia)}", 'w:hint="eastAsia"']
    return f"<w:rFonts {' '.join(attrs)}/>"


def run_props(role: Role, *, bold: bool = False, size_pt: float | None = None) -> str:
    """A run's ``<w:rPr>``: its fonts always; bold and size only when they differ from the style."""
    extra = "<w:b/><w:bCs/>" if bold else ""
    if size_pt:
        half = round(size_pt * 2)
        extra += f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    return f"<w:rPr>{fonts_xml(role)}{extra}</w:rPr>"


def run(text: str, rpr: str) -> str:
    """A run of ``text`` (made XML-safe; line breaks become ``<w:br/>``, tabs ``<w:tab/>``)."""
    pieces = []
    for number, line in enumerate(xml_safe(text).split("\n")):
        if number:
            pieces.append("<w:br/>")
        for tab, part in enumerate(line.split("\t")):
            if tab:
                pieces.append("<w:tab/>")
            if part:
                pieces.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    return f"<w:r>{rpr}{''.join(pieces)}</w:r>"


def field_runs(instruction: str, placeholder: str, rpr: str) -> str:
    """A complex field (PAGE, TOC …) with ``placeholder`` as its last computed result."""
    return (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(placeholder, rpr)}"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def paragraph(style_id: str, runs: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr><w:pStyle w:val={_attr(style_id)}/>{ppr}</w:pPr>{runs}</w:p>"


PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def append_body(document: Document, xml: str) -> None:
    """Parse body XML once and put it before the final section properties."""
    body = document.element.body
    fragment = parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>")
    anchor = body.find(qn("w:sectPr"))
    for child in list(fragment):
        if anchor is not None:
            anchor.addprevious(child)
        else:
            body.append(child)


def clear_body(document: Document) -> None:
    """Remove a template's sample content; its final section (page setup, headers, footers) stays."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


# ---------------------------------------------------------------------------------------------- styles


def spacing_xml(role: Role) -> str:
    spacing = [f'w:before="{round(role.before_pt * 20)}"', f'w:after="{round(role.after_pt * 20)}"']
    if role.line_exact_pt:
        spacing += [f'w:line="{round(role.line_exact_pt * 20)}"', 'w:lineRule="exact"']
    return f"<w:spacing {' '.join(spacing)}/>"


def paragraph_props(role: Role, *, outline_level: int | None = None) -> str:
    """``<w:pPr>`` content for a role, children in schema order."""
    parts = []
    if role.keep_next:
        parts.append("<w:keepNext/><w:keepLines/>")
    parts.append(spacing_xml(role))
    indent = []
    if role.left_chars:
        indent.append(f'w:left="{role.indent_twips(role.left_chars)}"')  # absolute: lines up with the quote
    if role.first_line_chars:
        indent += [
            f'w:firstLineChars="{round(role.first_line_chars * 100)}"',
            f'w:firstLine="{role.indent_twips(role.first_line_chars)}"',
        ]
    else:
        indent += ['w:firstLineChars="0"', 'w:firstLine="0"']
    parts.append(f"<w:ind {' '.join(indent)}/>")
    if role.align:
        if role.align not in _ALIGNMENTS:
            raise ValueError(f"unknown alignment {role.align!r}")
        parts.append(f'<w:jc w:val="{role.align}"/>')
    if outline_level is not None:
        parts.append(f'<w:outlineLvl w:val="{outline_level}"/>')
    return "".join(parts)


def style_run_props(role: Role, *, with_fonts: bool = True) -> str:
    parts = [fonts_xml(role)] if with_fonts and role.east_asia else []
    parts.append("<w:b/><w:bCs/>" if role.bold else '<w:b w:val="0"/><w:bCs w:val="0"/>')
    parts.append('<w:i w:val="0"/><w:iCs w:val="0"/>')
    parts.append(f'<w:color w:val="{role.color or "000000"}"/>')
    if role.size_pt:
        half = round(role.size_pt * 2)
        parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    parts.append('<w:lang w:eastAsia="zh-CN"/>')
    return "".join(parts)


def element(xml: str) -> etree._Element:
    """Parse one element written without namespace declarations (``<w:sz w:val="32"/>``)."""
    return parse_xml(_FIRST_TAG.sub(lambda m: f"{m.group(0)} {nsdecls('w')}", xml, count=1))


def _style_element(
    word: WordStyle, style_id: str, based_on: str, role: Role, *, with_fonts: bool
) -> etree._Element:
    custom = "" if word.builtin else ' w:customStyle="1"'
    return element(
        f'<w:style w:type="paragraph"{custom} w:styleId={_attr(style_id)}>'
        f"<w:name w:val={_attr(word.name)}/><w:basedOn w:val={_attr(based_on)}/>"
        f"<w:next w:val={_attr(based_on)}/><w:qFormat/>"
        f"<w:pPr>{paragraph_props(role, outline_level=word.outline_level)}</w:pPr>"
        f"<w:rPr>{style_run_props(role, with_fonts=with_fonts)}</w:rPr></w:style>"
    )


def _styles_by_name(styles: etree._Element) -> dict[str, etree._Element]:
    found = {}
    for element in styles.findall(qn("w:style")):
        name = element.find(qn("w:name"))
        if name is not None and element.get(qn("w:type")) == "paragraph":
            found[name.get(qn("w:val"), "").lower()] = element
    return found


def default_paragraph_style(styles: etree._Element) -> str:
    for element in styles.findall(qn("w:style")):
        if element.get(qn("w:type")) == "paragraph" and element.get(qn("w:default")) in ("1", "true", "on"):
            return element.get(qn("w:styleId"), "Normal")
    return "Normal"


def install_styles(document: Document, sheet: StyleSheet) -> dict[str, str]:
    """Make a Word style for every role; returns role → style id.

    公文 replaces the built-in styles it uses; plain keeps the built-in look and only sets their fonts; a
    template keeps every style it has and gains only the ones it lacks (found by name, since Chinese
    Word stores built-in styles under ids such as "1" or "a3"). Styles made for a template name no
    fonts, so they inherit the template's.
    """
    styles = document.styles.element
    by_name = _styles_by_name(styles)
    normal = default_paragraph_style(styles)
    from_template = sheet.name == "template"
    ids: dict[str, str] = {}
    for role_name, role in sheet.roles.items():
        word = WORD_STYLES[role_name]
        existing = by_name.get(word.name.lower())
        if existing is not None and not sheet.restyle_builtins:
            ids[role_name] = existing.get(qn("w:styleId"), word.style_id)
            if not from_template:
                _set_style_fonts(existing, role)
            continue
        style_id = existing.get(qn("w:styleId"), word.style_id) if existing is not None else word.style_id
        created = _style_element(word, style_id, normal, role, with_fonts=not from_template)
        if existing is not None:
            existing.addprevious(created)
            styles.remove(existing)
        else:
            styles.append(created)
        ids[role_name] = style_id
    return ids


def _set_style_fonts(style: etree._Element, role: Role) -> None:
    rpr = style.find(qn("w:rPr"))
    if rpr is None:
        rpr = etree.SubElement(style, qn("w:rPr"))
    old = rpr.find(qn("w:rFonts"))
    fonts = element("<w:rFonts/>")
    if old is not None:
        for key, value in old.attrib.items():
            if key not in (qn("w:eastAsia"), qn("w:eastAsiaTheme")):
                fonts.set(key, value)
        rpr.remove(old)
    fonts.set(qn("w:eastAsia"), role.east_asia)
    rpr.insert(0, fonts)


def set_document_defaults(document: Document, body: Role) -> None:
    """Body fonts, size and Chinese language as the document default (for text typed later)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is not None:
        for tag in ("w:rFonts", "w:sz", "w:szCs", "w:lang"):
            for old in rpr.findall(qn(tag)):
                rpr.remove(old)
        rpr.insert(0, element(fonts_xml(body)))
        if body.size_pt:
            half = round(body.size_pt * 2)
            rpr.append(element(f'<w:sz w:val="{half}"/>'))
            rpr.append(element(f'<w:szCs w:val="{half}"/>'))
        rpr.append(element('<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'))
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    if ppr is not None:
        for old in ppr.findall(qn("w:spacing")):
            ppr.remove(old)
        ppr.append(element('<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'))


# ---------------------------------------------------------------------------------------------- page


def set_page(document: Document, page: PageSetup) -> None:
    section = document.sections[-1]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(page.width_mm), Mm(page.height_mm)
    section.top_margin, section.bottom_margin = Mm(page.top_mm), Mm(page.bottom_mm)
    section.left_margin, section.right_margin = Mm(page.left_mm), Mm(page.right_mm)
    section.header_distance, section.footer_distance = Mm(page.header_mm), Mm(page.footer_mm)
    section.gutter = Mm(0)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is not None and page.line_pitch_pt:
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(round(page.line_pitch_pt * 20)))


def page_number_paragraph(footer_style: str, role: Role, *, align: str, indent_chars: float = 0) -> str:
    """A footer paragraph with a PAGE field; 公文 puts an em dash on each side (“— 1 —”)."""
    rpr = run_props(role, size_pt=role.size_pt)
    indent = ""
    if indent_chars:
        side = "right" if align == "right" else "left"
        indent = f'<w:ind w:{side}="{role.indent_twips(indent_chars)}"/>'
    ppr = (
        f'<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>{indent}<w:jc w:val="{align}"/>'
    )
    return paragraph(footer_style, f"{run('— ', rpr)}{field_runs('PAGE', '1', rpr)}{run(' —', rpr)}", ppr)


def plain_page_number_paragraph(footer_style: str, role: Role) -> str:
    rpr = run_props(role, size_pt=role.size_pt)
    return paragraph(footer_style, field_runs("PAGE", "1", rpr), '<w:jc w:val="center"/>')


def set_footers(document: Document, sheet: StyleSheet, footer_style: str) -> None:
    """公文: odd pages right, even pages left, one character in from the edge; plain: centred."""
    if sheet.footer == "none":
        return
    role = sheet.roles["footer"]
    section = document.sections[-1]
    if sheet.footer == "gongwen":
        document.settings.odd_and_even_pages_header_footer = True
        footers = [
            (section.footer, page_number_paragraph(footer_style, role, align="right", indent_chars=1)),
            (
                section.even_page_footer,
                page_number_paragraph(footer_style, role, align="left", indent_chars=1),
            ),
        ]
    else:
        footers = [(section.footer, plain_page_number_paragraph(footer_style, role))]
    for footer, xml in footers:
        footer.is_linked_to_previous = False
        footer_element = footer._element
        for child in list(footer_element):
            footer_element.remove(child)
        footer_element.append(element(xml))


# ---------------------------------------------------------------------------------------------- settings

# Elements that follow w:updateFields in CT_Settings; Word rejects settings out of schema order.
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr",
    "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
    "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags",
    "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


def ask_to_update_fields(document: Document) -> None:
    """``<w:updateFields/>``: Word offers to update the TOC (and page numbers) when the file opens."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    update = element('<w:updateFields w:val="true"/>')
    for tag in _AFTER_UPDATE_FIELDS:
        successor = settings.find(qn(tag))
        if successor is not None:
            successor.addprevious(update)
            return
    settings.append(update)


def chinese_theme_language(document: Document) -> None:
    """The default template says East Asian text is Japanese; ours is Chinese."""
    lang = document.settings.element.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")


def declare_fonts(document: Document, alternatives: dict[str, str]) -> None:
    """Font-table entries for the GB/T faces, each with a Windows-standard ``altName`` and GB2312 charset."""
    if not alternatives:
        return
    part = next(
        (p for p in document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml"), None
    )
    if part is None:
        return
    root = etree.fromstring(part.blob)
    present = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for name, alternative in alternatives.items():
        if name in present:
            continue
        root.append(
            element(
                f"<w:font w:name={_attr(name)}><w:altName w:val={_attr(alternative)}/>"
                '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
            )
        )
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
