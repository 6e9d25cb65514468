"""Word exports read back with an independent reader (docx2python) for text, order, grouping, citations
and notes; fonts, page setup and styles checked in the XML (python-docx only as an XML loader)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt
from docx2python import docx2python
from docx2python.iterators import iter_paragraphs
from lxml import etree

from desktop.core.export import (
    ExportCancelled,
    ExportError,
    ExportOptions,
    Fields,
    Selection,
    export,
)
from desktop.core.store import Library
from tests.core.test_export_selection import H1, H2, H3, P1, P2, P3, P4, make_library

CJK = re.compile("[\u3400-\u9fff]")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

GONGWEN_FONTS = {
    "Title": "方正小标宋简体",
    "HuiduInfo": "楷体_GB2312",
    "HuiduTocHeading": "黑体",
    "Heading1": "黑体",
    "Heading2": "楷体_GB2312",
    "HuiduQuote": "仿宋_GB2312",
    "HuiduCitation": "楷体_GB2312",
    "HuiduDetails": "仿宋_GB2312",
    "Footer": "宋体",
}
FALLBACK_FONTS = {
    **GONGWEN_FONTS,
    "Title": "宋体",
    "HuiduInfo": "楷体",
    "Heading2": "楷体",
    "HuiduQuote": "仿宋",
    "HuiduCitation": "楷体",
    "HuiduDetails": "仿宋",
}
PLAIN_FONTS = {
    "Title": "微软雅黑",
    "HuiduInfo": "宋体",
    "HuiduTocHeading": "微软雅黑",
    "Heading1": "微软雅黑",
    "Heading2": "微软雅黑",
    "HuiduQuote": "宋体",
    "HuiduCitation": "宋体",
    "HuiduDetails": "宋体",
    "Footer": "宋体",
}


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = make_library(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


def paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style id, text) of every body paragraph, as docx2python reads them."""
    with docx2python(path) as result:
        return [(p.style, "".join(r.text for r in p.runs)) for p in iter_paragraphs(result.body_pars)]


def texts(path: Path) -> list[str]:
    return [text for _, text in paragraphs(path) if text.strip()]


def part_roots(path: Path) -> Iterator[tuple[str, etree._Element]]:
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if re.fullmatch(r"word/(document|footer\d*|header\d*)\.xml", name):
                yield name, etree.fromstring(package.read(name))


def runs_with_wrong_font(path: Path, expected: dict[str, str]) -> list[str]:
    """Every run holding Chinese text must name the East Asian font of its paragraph's style itself."""
    wrong = []
    for name, root in part_roots(path):
        for paragraph in root.iter(f"{W}p"):
            style = paragraph.find(f"{W}pPr/{W}pStyle")
            style_id = style.get(f"{W}val") if style is not None else "Normal"
            for run in paragraph.iter(f"{W}r"):
                text = "".join(t.text or "" for t in run.iter(f"{W}t"))
                if not CJK.search(text):
                    continue
                fonts = run.find(f"{W}rPr/{W}rFonts")
                east_asia = fonts.get(f"{W}eastAsia") if fonts is not None else None
                if east_asia != expected.get(style_id or ""):
                    wrong.append(f"{name} {style_id}: {text[:20]!r} has {east_asia!r}")
    return wrong


def mm(length: Length | None) -> float:
    assert length is not None
    return round(length.mm, 1)


def export_docx(library: Library, path: Path, **options: object) -> Path:
    options.setdefault("title", "摘录测试")
    export(library, ExportOptions(format="docx", **options), path)  # type: ignore[arg-type]
    return path


def test_gongwen_text_order_grouping_citations_and_notes(library: Library, tmp_path: Path) -> None:
    path = export_docx(library, tmp_path / "out.docx", grouping="tag", selection=Selection(tags=("金句",)))
    lines = texts(path)
    assert lines[0] == "摘录测试"
    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日\u3000\u3000共4条摘录，出自2篇讲话", lines[1])
    assert lines[2:] == [
        "一、金句",
        "（一）在全市工作会议上的讲话",
        P1,
        "——《甲汇编》 · 《在全市工作会议上的讲话》 · 张三 · 在全市工作会议上 · 2024年3月 · " + H1,
        "标签：金句\u3000\u3000状态：入选",
        "批注：可作开头",
        P3,  # a mark over two paragraphs prints as two paragraphs
        P4,
        "——《甲汇编》 · 《在全市工作会议上的讲话》 · 张三 · 在全市工作会议上 · 2024年3月 · " + H3,
        "标签：方法、金句\u3000\u3000状态：候选",  # the store lists a mark's tags by name
        "批注：跨段批注。\n第二行",  # control characters removed, the line break kept
        "（二）青年干部座谈会发言",
        "青年干部要在实践中增长本领。",
        "——《乙汇编》 · 《青年干部座谈会发言》 · 李四",
        "标签：金句\u3000\u3000状态：候选",
        "批注：See Policy 文件",
        "二、金句/排比",
        "（一）在全市工作会议上的讲话",
        P2,
        "——《甲汇编》 · 《在全市工作会议上的讲话》 · 张三 · 在全市工作会议上 · 2024年3月 · " + H2,
        "标签：金句/排比\u3000\u3000状态：候选",
    ]
    styles = [style for style, text in paragraphs(path) if text.strip()]
    assert styles[:7] == [
        "Title",
        "HuiduInfo",
        "Heading1",
        "Heading2",
        "HuiduQuote",
        "HuiduCitation",
        "HuiduDetails",
    ]


def test_gongwen_every_chinese_run_names_the_style_font(library: Library, tmp_path: Path) -> None:
    path = export_docx(library, tmp_path / "out.docx", toc=True)
    assert runs_with_wrong_font(path, GONGWEN_FONTS) == []
    root = dict(part_roots(path))["word/document.xml"]
    for run in root.iter(f"{W}r"):  # digits and Latin letters in Times New Roman
        fonts = run.find(f"{W}rPr/{W}rFonts")
        if fonts is not None and run.find(f"{W}t") is not None:
            assert (fonts.get(f"{W}ascii"), fonts.get(f"{W}hAnsi")) == ("Times New Roman", "Times New Roman")


def test_gongwen_font_fallback_uses_windows_faces(library: Library, tmp_path: Path) -> None:
    path = export_docx(library, tmp_path / "out.docx", font_fallback=True)
    assert runs_with_wrong_font(path, FALLBACK_FONTS) == []
    assert docx.Document(str(path)).styles["Title"].font.bold  # 宋体 standing in for 小标宋 is bold


def test_gongwen_declares_gb_fonts_with_windows_alternatives(library: Library, tmp_path: Path) -> None:
    path = export_docx(library, tmp_path / "out.docx")
    with zipfile.ZipFile(path) as package:
        table = etree.fromstring(package.read("word/fontTable.xml"))
    alternatives = {
        font.get(f"{W}name"): alternative.get(f"{W}val")
        for font in table.iter(f"{W}font")
        if (alternative := font.find(f"{W}altName")) is not None
    }
    assert alternatives == {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "宋体"}


def test_gongwen_page_setup_styles_and_footer(library: Library, tmp_path: Path) -> None:
    path = export_docx(library, tmp_path / "out.docx")
    document = docx.Document(str(path))
    section = document.sections[0]
    measured = [section.page_width, section.page_height, section.top_margin, section.bottom_margin]
    measured += [section.left_margin, section.right_margin]
    assert [mm(length) for length in measured] == [210, 297, 37, 35, 28, 26]
    title = document.styles["Title"]
    assert title.font.size == Pt(22)
    quote = document.styles["摘录"]
    assert quote.font.size == Pt(16)
    assert quote.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert isinstance(quote.paragraph_format.line_spacing, Length)
    assert 28 <= quote.paragraph_format.line_spacing.pt <= 29
    assert quote.element.xpath("./w:pPr/w:ind/@w:firstLineChars") == ["200"]
    assert document.settings.odd_and_even_pages_header_footer
    for footer in (section.footer, section.even_page_footer):
        xml = etree.tostring(footer._element, encoding=str)
        assert "PAGE" in xml
        run_texts = [t.text for t in footer._element.iter(f"{W}t")]
        assert run_texts == ["— ", "1", " —"]
        sizes = {sz.get(f"{W}val") for sz in footer._element.iter(f"{W}sz")}
        assert sizes == {"28"}  # 14 pt
    assert section.footer.paragraphs[0].alignment != section.even_page_footer.paragraphs[0].alignment
    with docx2python(path) as result:
        assert "— 1 —" in str(result.footer)


def test_plain_style_uses_builtin_headings_and_its_fonts(library: Library, tmp_path: Path) -> None:
    path = export_docx(library, tmp_path / "out.docx", style="plain", grouping="compilation")
    assert runs_with_wrong_font(path, PLAIN_FONTS) == []
    document = docx.Document(str(path))
    assert document.styles["Heading 1"].element.find(f"{W}pPr/{W}outlineLvl") is not None
    assert texts(path)[2:4] == ["甲汇编", "在全市工作会议上的讲话"]  # no 一、 numbering in plain
    assert mm(document.sections[0].page_width) == 210


def make_template(path: Path) -> Path:
    template = docx.Document()
    section = template.sections[0]
    section.page_width, section.page_height = Mm(148), Mm(210)  # A5
    section.left_margin, section.right_margin, section.top_margin = Mm(40), Mm(12), Mm(20)
    normal = template.styles["Normal"]
    normal.font.size = Pt(13)
    normal.font.name = "Georgia"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "楷体")
    heading = template.styles["Heading 1"]
    heading.element.rPr.rFonts.set(qn("w:eastAsia"), "黑体")
    heading.element.rPr.rFonts.attrib.pop(qn("w:eastAsiaTheme"))
    template.settings.element.find(qn("w:themeFontLang")).set(qn("w:eastAsia"), "zh-CN")
    template.add_paragraph("模板里的示例文字，导出时应当去掉。")
    template.save(str(path))
    return path


def test_template_styles_and_page_setup_are_used(library: Library, tmp_path: Path) -> None:
    template = make_template(tmp_path / "模板.docx")
    path = export_docx(library, tmp_path / "out.docx", style="template", template=template, grouping="speech")
    document = docx.Document(str(path))
    section = document.sections[0]
    assert [mm(x) for x in (section.page_width, section.left_margin, section.right_margin)] == [148, 40, 12]
    assert mm(section.top_margin) == 20
    normal = document.styles["Normal"]
    assert normal.font.size == Pt(13) and normal.font.name == "Georgia"
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "楷体"
    lines = texts(path)
    assert "模板里的示例文字，导出时应当去掉。" not in lines
    assert lines[2] == "在全市工作会议上的讲话"  # no 一、 numbering: the template decides the look
    # Styles the template lacked were added on Normal; every run names the font its style resolves to.
    quote_style = document.styles["摘录"]
    assert quote_style.base_style.name == "Normal"
    expected = {"Title": "宋体", "Heading1": "黑体", "HuiduInfo": "楷体", "HuiduQuote": "楷体"}
    expected |= {"HuiduCitation": "楷体", "HuiduDetails": "楷体"}
    assert runs_with_wrong_font(path, expected) == []


def test_template_can_define_the_excerpt_styles(library: Library, tmp_path: Path) -> None:
    template = docx.Document(str(make_template(tmp_path / "t.docx")))
    quote = template.styles.add_style("摘录", WD_STYLE_TYPE.PARAGRAPH)
    quote.style_id = "MyQuote"
    quote.font.size = Pt(15)
    quote.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "隶书")
    template.save(str(tmp_path / "t.docx"))
    path = export_docx(library, tmp_path / "out.docx", style="template", template=tmp_path / "t.docx")
    quotes = [text for style, text in paragraphs(path) if style == "MyQuote"]
    assert P1 in quotes
    assert docx.Document(str(path)).styles["摘录"].font.size == Pt(15)
    fonts = {"Title": "宋体", "Heading1": "黑体", "Heading2": "宋体", "MyQuote": "隶书"}
    fonts |= {"HuiduInfo": "楷体", "HuiduCitation": "楷体", "HuiduDetails": "楷体"}
    assert runs_with_wrong_font(path, fonts) == []


def test_dotx_template_is_accepted(library: Library, tmp_path: Path) -> None:
    source = make_template(tmp_path / "t.docx")
    dotx = tmp_path / "t.dotx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(dotx, "w") as relabelled:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            relabelled.writestr(item, data)
    path = export_docx(library, tmp_path / "out.docx", style="template", template=dotx)
    assert texts(path)[0] == "摘录测试"


def test_unreadable_template_is_a_clear_error(library: Library, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.docx"
    bogus.write_bytes(b"not a zip")
    with pytest.raises(ExportError, match=r"bogus\.docx"):
        export_docx(library, tmp_path / "out.docx", style="template", template=bogus)
    with pytest.raises(ExportError, match="template"):
        export_docx(library, tmp_path / "out.docx", style="template")
    assert not (tmp_path / "out.docx").exists()


def test_table_of_contents_only_for_long_exports(library: Library, tmp_path: Path) -> None:
    short = export_docx(library, tmp_path / "short.docx")
    with zipfile.ZipFile(short) as package:
        assert b"TOC \\o" not in package.read("word/document.xml")
        assert b"updateFields" not in package.read("word/settings.xml")
    speech = library.speeches.list()[0]
    for start in range(0, 24):
        library.marks.add(speech.id, start, start + 3, tags=["批量"])
    long = export_docx(library, tmp_path / "long.docx")
    with zipfile.ZipFile(long) as package:
        assert b'TOC \\o "1-2"' in package.read("word/document.xml")
        assert b'<w:updateFields w:val="true"/>' in package.read("word/settings.xml")
    assert "目\u3000\u3000录" in texts(long)


def test_fields_can_be_left_out(library: Library, tmp_path: Path) -> None:
    fields = Fields(citation=False, tags=False, note=False, state=False)
    lines = texts(export_docx(library, tmp_path / "out.docx", fields=fields, grouping="speech"))
    assert not [line for line in lines if line.startswith(("——", "标签", "状态", "批注"))]
    assert P1 in lines
    no_heading = texts(
        export_docx(library, tmp_path / "n.docx", fields=Fields(heading=False), grouping="speech")
    )
    assert "——《甲汇编》 · 《在全市工作会议上的讲话》 · 张三 · 在全市工作会议上 · 2024年3月" in no_heading
    with_rating = texts(
        export_docx(library, tmp_path / "r.docx", fields=Fields(rating=True), grouping="speech")
    )
    assert "标签：方法\u3000\u3000状态：入选\u3000\u3000评分：★★★★★" in with_rating


def test_empty_selection_still_writes_a_document(library: Library, tmp_path: Path) -> None:
    lines = texts(export_docx(library, tmp_path / "out.docx", selection=Selection(text="没有这句话")))
    assert lines[1].endswith("共0条摘录")
    assert lines[2] == "（没有符合条件的摘录。）"


def test_control_characters_never_break_the_file(library: Library, tmp_path: Path) -> None:
    path = export_docx(library, tmp_path / "out.docx", grouping="speech", title="标题\x01\x0b")
    lines = texts(path)
    assert lines[0] == "标题"
    assert "基层治理面临新情况。" in lines  # the form feed inside the quote is gone


def test_progress_and_cancel_leave_no_half_written_file(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    out.write_bytes(b"previous export")
    seen: list[tuple[int, int]] = []
    export(library, ExportOptions(), out, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 9) and seen[-1] == (9, 9)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    before = out.read_bytes()
    with pytest.raises(ExportCancelled):
        export(library, ExportOptions(title="新的"), out, cancelled=lambda: True)
    assert out.read_bytes() == before
    calls = iter(range(100))
    with pytest.raises(ExportCancelled):  # cancelled after writing began
        export(library, ExportOptions(format="csv"), tmp_path / "new.csv", cancelled=lambda: next(calls) >= 1)
    assert not (tmp_path / "new.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_missing_folder_is_a_clear_error(library: Library, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export(library, ExportOptions(), tmp_path / "nowhere" / "out.docx")
    with pytest.raises(ExportError, match="not an export format"):
        export(library, ExportOptions(format="pdf"), tmp_path / "out.pdf")
