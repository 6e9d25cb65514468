"""Word documents: reading order with tables in place, title hints, broken files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from desktop.core.errors import UnreadableFileError
from desktop.core.formats import read_file
from tests.core.fixtures_formats import SPEECH_BODY, SPEECH_TITLE


def centred_bold(document: docx.document.Document, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(text).bold = True


def build_compilation(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("全市工作会议讲话汇编", level=0)  # style "Title"
    document.add_heading(SPEECH_TITLE, level=1)  # style "Heading 1"
    for line in SPEECH_BODY[:3]:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "任务"  # horizontal merge
    table.cell(0, 2).merge(table.cell(1, 2)).text = "责任单位"  # vertical merge
    table.cell(1, 0).text = "植树"
    table.cell(1, 1).text = "十万株"
    table.cell(2, 0).text = "护林"
    table.cell(2, 1).text = "全年"
    table.cell(2, 2).text = "林业局"
    document.add_paragraph(SPEECH_BODY[3])
    centred_bold(document, "在全区基层治理推进会上的讲话")  # short, centred, bold: a title
    centred = document.add_paragraph("（二〇二四年三月五日）")  # centred but not bold
    centred.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph().add_run("加粗但不居中").bold = True
    centred_bold(
        document, "这一段虽然居中加粗，但是它很长很长，已经超过了四十个字，所以它是强调的正文而不是标题。"
    )
    wrapped = document.add_paragraph("第一行")
    wrapped.runs[0].add_break()
    wrapped.add_run("第二行")
    document.add_paragraph(SPEECH_BODY[-1])
    document.save(str(path))
    return path


def test_reading_order_tables_in_place_and_title_lines(tmp_path: Path) -> None:
    source = read_file(build_compilation(tmp_path / "讲话汇编.docx"))
    lines = source.text.split("\n")
    assert lines == [
        "全市工作会议讲话汇编",
        SPEECH_TITLE,
        *SPEECH_BODY[:3],
        "任务",
        "责任单位",
        "植树",
        "十万株",
        "护林",
        "全年",
        "林业局",
        SPEECH_BODY[3],
        "在全区基层治理推进会上的讲话",
        "（二〇二四年三月五日）",
        "加粗但不居中",
        "这一段虽然居中加粗，但是它很长很长，已经超过了四十个字，所以它是强调的正文而不是标题。",
        "第一行",
        "第二行",
        SPEECH_BODY[-1],
    ]
    assert sorted(source.title_lines) == [0, 1, 13]
    assert (source.format, source.encoding, source.name) == ("docx", None, "讲话汇编")
    assert source.removed == ()


def test_title_hints_from_styles(tmp_path: Path) -> None:
    document = docx.Document()
    chinese_heading = document.styles.add_style("标题 1", WD_STYLE_TYPE.PARAGRAPH)
    plain_name = document.styles.add_style("讲题", WD_STYLE_TYPE.PARAGRAPH)  # centred + bold by style
    plain_name.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    plain_name.font.bold = True
    inherited = document.styles.add_style("讲题子样式", WD_STYLE_TYPE.PARAGRAPH)
    inherited.base_style = plain_name
    document.add_paragraph("正文第一段。")
    document.add_paragraph("用中文样式名的标题", style=chinese_heading)
    document.add_paragraph("样式居中加粗的标题", style=plain_name)
    document.add_paragraph("继承样式的标题", style=inherited)
    not_bold = document.add_paragraph(style=plain_name)
    not_bold.add_run("直接取消加粗").bold = False
    outlined = document.add_paragraph("大纲级别为一级的段落")
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "0")
    outlined._p.get_or_add_pPr().append(outline)
    document.add_paragraph("正文第二段。")
    path = tmp_path / "样式.docx"
    document.save(str(path))
    source = read_file(path)
    assert source.text.split("\n")[1:6] == [
        "用中文样式名的标题",
        "样式居中加粗的标题",
        "继承样式的标题",
        "直接取消加粗",
        "大纲级别为一级的段落",
    ]
    assert sorted(source.title_lines) == [1, 2, 3, 5]


def test_runs_in_insertions_and_content_controls_count_deletions_do_not(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("保留")
    inserted = OxmlElement("w:ins")
    inserted.append(document.add_paragraph("新增").runs[0]._r)  # move the run into <w:ins>
    paragraph._p.append(inserted)
    deleted = OxmlElement("w:del")
    run = OxmlElement("w:r")
    deleted_text = OxmlElement("w:delText")
    deleted_text.text = "删除"
    run.append(deleted_text)
    deleted.append(run)
    paragraph._p.append(deleted)
    body = document.element.body
    body.remove(body[1])  # the now empty helper paragraph
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    content.append(document.add_paragraph("控件里的段落")._p)
    sdt.append(content)
    body.insert(1, sdt)
    path = tmp_path / "修订.docx"
    document.save(str(path))
    assert read_file(path).text == "保留新增\n控件里的段落"


def test_empty_document(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("   ")
    document.add_table(rows=1, cols=2)
    path = tmp_path / "空白.docx"
    document.save(str(path))
    with pytest.raises(UnreadableFileError, match="the document has no text"):
        read_file(path)


def test_truncated_docx(tmp_path: Path) -> None:
    whole = build_compilation(tmp_path / "完整.docx").read_bytes()
    path = tmp_path / "损坏.docx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(UnreadableFileError, match=r"损坏\.docx: is not a valid \.docx file \(.*ZIP"):
        read_file(path)


def test_zip_without_word_document(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "不是Word文档")
    path = tmp_path / "压缩包.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(UnreadableFileError, match=r"is not a valid \.docx file \(.+\)"):
        read_file(path)


def test_doc_renamed_to_docx(tmp_path: Path) -> None:
    path = tmp_path / "旧格式.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000)
    with pytest.raises(UnreadableFileError, match=r"is not a valid \.docx file \(.*\.doc file"):
        read_file(path)


def test_text_renamed_to_docx(tmp_path: Path) -> None:
    path = tmp_path / "其实是文本.docx"
    path.write_text("同志们：今天开会。", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"is not a valid \.docx file \(it is not a ZIP package"):
        read_file(path)


def test_multi_line_heading_marks_every_line(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("正文。")
    heading = document.add_heading("坚定信心", level=1)
    heading.runs[0].add_break()
    heading.add_run("真抓实干")
    document.add_paragraph("正文。")
    path = tmp_path / "两行标题.docx"
    document.save(str(path))
    source = read_file(path)
    assert source.text == "正文。\n坚定信心\n真抓实干\n正文。"
    assert source.title_lines == frozenset({1, 2})
