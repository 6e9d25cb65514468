"""Whole files through reader and parser: .docx and .pdf compilations as offices make them."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from desktop.core.parse import parse_file
from tests.core.fixtures_formats import write_pdf
from tests.core.speeches import P1, P2, P3, body

NAMES = ["在全市青年干部座谈会上的讲话", "在全区基层治理推进会上的讲话", "立足岗位建功立业"]


def test_docx_compilation_with_heading_styles(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("青年干部交流发言汇编", level=0)
    for number, name in enumerate(NAMES):
        document.add_heading(name, level=1)
        subtitle = document.add_paragraph("（2024年5月）")
        subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for paragraph in body(number):
            document.add_paragraph(paragraph)
    path = tmp_path / "交流发言汇编.docx"
    document.save(str(path))
    compilation = parse_file(path)
    assert compilation.format == "docx"
    assert compilation.title == "青年干部交流发言汇编"
    assert [s.title for s in compilation.speeches] == NAMES
    assert all(s.meta == {"date": "2024年5月"} for s in compilation.speeches)
    assert compilation.speeches[2].text.startswith(P1[:10])


def test_docx_single_speech_with_bold_centred_title(tmp_path: Path) -> None:
    document = docx.Document()
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("坚定理想信念").bold = True
    for paragraph in body(0):
        document.add_paragraph(paragraph)
    path = tmp_path / "发言.docx"
    document.save(str(path))
    (speech,) = parse_file(path).speeches
    assert speech.title == "坚定理想信念"
    assert speech.text.split("\n")[1].startswith("一是坚持学思结合")


def wrap(text: str, width: int = 32) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def test_hard_wrapped_pdf_compilation_with_toc_and_page_numbers(tmp_path: Path) -> None:
    lines = ["目录", *(f"{n}．{name}……{n * 2}" for n, name in enumerate(NAMES, 1))]
    for number, name in enumerate(NAMES):
        lines += [name, "同志们："]
        for paragraph in body(number):
            lines += wrap(paragraph)
    pages = [lines[i : i + 18] for i in range(0, len(lines), 18)]
    assert len(pages) >= 3  # a running header is recognised from three pages on
    path = write_pdf(tmp_path / "讲话汇编.pdf", pages, header="内部资料 注意保存")
    compilation = parse_file(path)
    assert compilation.format == "pdf"
    assert [s.title for s in compilation.speeches] == NAMES
    for number, speech in enumerate(compilation.speeches):
        paragraphs = speech.text.split("\n")
        assert paragraphs == ["同志们：", *body(number)]
        assert "内部资料" not in speech.text
    assert P2 + P3 in compilation.speeches[0].text


def test_docx_heading_2_sections_stay_inside_their_speech(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("交流材料", level=0)
    for number, name in enumerate(NAMES[:2]):
        document.add_heading(name, level=1)
        paragraphs = body(number)
        document.add_paragraph(paragraphs[0])
        document.add_heading("坚定理想信念", level=2)
        document.add_paragraph(paragraphs[1])
        document.add_heading("勇于担当作为", level=2)
        document.add_paragraph(paragraphs[3])
    path = tmp_path / "h2.docx"
    document.save(str(path))
    compilation = parse_file(path)
    assert compilation.title == "交流材料"
    assert [s.title for s in compilation.speeches] == NAMES[:2]
    headings = [h.text for h in compilation.speeches[0].outline]
    assert headings == ["坚定理想信念", "一是坚持学思结合，筑牢思想根基。", "勇于担当作为"]
