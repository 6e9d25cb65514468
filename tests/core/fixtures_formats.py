"""Builders for synthetic format fixtures (written into ``tmp_path`` by the tests).

All text here is invented for the tests; nothing is copied from real compilations.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

CJK_FONT_PATH = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
CJK_FONT = "WQY"

SPEECH_TITLE = "在全市春季植树工作会议上的讲话"
SPEECH_BODY = (
    "同志们：",
    "今天召开这次会议，主要是总结去年的工作，安排今年的任务。",
    "一、提高认识，明确目标",
    "植树造林是一项长期的工作，我们要坚持不懈，一年接着一年干。",
    "二、突出重点，狠抓落实",
    "各区要把任务分解到村、到组、到人，确保按时完成。",
    "谢谢大家。",
)
SPEECH = "\n".join((SPEECH_TITLE, *SPEECH_BODY))

TRADITIONAL_SPEECH = (
    "在全市春季植樹工作會議上的講話\n"
    "同志們：\n"
    "今天召開這次會議，主要是總結去年的工作，安排今年的任務。\n"
    "我們要堅持不懈，一年接著一年幹，確保按時完成。\n"
)


def register_cjk_font() -> str:
    """Register the WenQuanYi font with reportlab, or skip the test if it is not installed."""
    if not CJK_FONT_PATH.exists():
        pytest.skip(f"CJK font not installed at {CJK_FONT_PATH}")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK_FONT, str(CJK_FONT_PATH), subfontIndex=0))
    return CJK_FONT


def write_pdf(
    path: Path,
    pages: Sequence[Sequence[str]],
    *,
    header: str | None = None,
    footer: str | None = "- {n} -",
) -> Path:
    """A PDF with one text line per entry; optional running header and page-number footer per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = register_cjk_font()
    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number, lines in enumerate(pages, start=1):
        pdf.setFont(font, 10)
        if header is not None:
            pdf.drawCentredString(width / 2, height - 40, header)
        pdf.setFont(font, 12)
        y = height - 90
        for line in lines:
            pdf.drawString(60, y, line)
            y -= 22
        if footer is not None:
            pdf.setFont(font, 10)
            pdf.drawCentredString(width / 2, 30, footer.format(n=number))
        pdf.showPage()
    pdf.save()
    return path


def write_picture_pdf(path: Path) -> Path:
    """A PDF with drawings only, like a scan: no text layer at all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        pdf.rect(100, 100, 300, 400, fill=1)
        pdf.showPage()
    pdf.save()
    return path
