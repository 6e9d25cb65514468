"""The reading pane's document: what Qt actually made of the HTML."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.core.model import OutlineHeading, Speech
from desktop.ui.reading_pane import ReadingPane
from desktop.ui.speech_html import Typography

PARAGRAPHS = [
    "一、把稳思想之舵",
    "一是读原著学原理。不满足于看摘要、听转述，要把道理弄懂弄透。",
    "我们在*镇蹲点调研，  发现了 a < b & c 这样的问题。",
]
TEXT = "\n".join(PARAGRAPHS)
RUN_IN = "一是读原著学原理。"


def make_speech() -> Speech:
    star = TEXT.index("*镇")
    return Speech(
        title="在全市青年干部座谈会上的讲话",
        text=TEXT,
        meta={"subtitle": "——在XX市青年干部座谈会上", "date": "2024年5月"},
        outline=(
            OutlineHeading(1, PARAGRAPHS[0], 0),
            OutlineHeading(5, RUN_IN, TEXT.index(RUN_IN), run_in=True),
        ),
        placeholders=((star, star + 1),),
    )


def blocks(document: QTextDocument) -> list[tuple[str, QTextBlockFormat]]:
    result = []
    block = document.begin()
    while block.isValid():
        result.append((block.text(), block.blockFormat()))
        block = block.next()
    return result


def char_format_at(document: QTextDocument, block_number: int, offset: int) -> QTextCharFormat:
    block = document.findBlockByNumber(block_number)
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        start = fragment.position() - block.position()
        if start <= offset < start + fragment.length():
            return fragment.charFormat()
        it += 1
    raise AssertionError(f"no fragment at {offset} in block {block_number}")


def test_title_meta_then_one_block_per_paragraph(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_speech(make_speech())
    texts = [text for text, _ in blocks(pane.document())]
    assert texts == ["在全市青年干部座谈会上的讲话", "——在XX市青年干部座谈会上 · 2024年5月", *PARAGRAPHS]
    assert pane.isReadOnly()
    assert pane.objectName() == "readingPane"


def test_title_is_large_and_bold_and_meta_grey(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_speech(make_speech())
    doc = pane.document()
    title = char_format_at(doc, 0, 0)
    body = char_format_at(doc, 4, 0)
    assert title.fontWeight() >= QFont.Weight.Bold
    assert title.fontPointSize() > body.fontPointSize() > 0
    meta = char_format_at(doc, 1, 0)
    assert meta.foreground().color() == QColor(Typography().meta_color)


def test_body_typography_line_height_and_indent(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_speech(make_speech())
    typo = pane.typography()
    for _, fmt in blocks(pane.document())[2:]:
        assert fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        assert fmt.lineHeight() == typo.line_height_percent >= 100
        assert fmt.textIndent() == typo.indent_px > 0
        assert fmt.bottomMargin() > 0


def test_headings_and_placeholders_are_styled_in_the_document(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_speech(make_speech())
    doc = pane.document()
    assert char_format_at(doc, 2, 0).fontWeight() >= QFont.Weight.Bold  # standalone heading
    assert char_format_at(doc, 3, 0).fontWeight() >= QFont.Weight.Bold  # run-in heading sentence …
    assert char_format_at(doc, 3, len(RUN_IN)).fontWeight() < QFont.Weight.Bold  # … and nothing after
    star = PARAGRAPHS[2].index("*")
    grey = QColor(Typography().placeholder_color)
    assert char_format_at(doc, 4, star).foreground().color() == grey
    assert char_format_at(doc, 4, star + 1).foreground().color() != grey


def test_body_text_is_kept_verbatim(qtbot: QtBot) -> None:
    """Spaces and markup characters survive, so offsets into Speech.text stay meaningful."""
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_speech(make_speech())
    body = pane.document().toPlainText().split("\n", 2)[2]
    assert body == TEXT


def test_line_height_is_about_one_and_three_quarter_characters(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_speech(Speech(title="标题", text="理想信念是干部安身立命的根本。" * 12))
    layout = pane.document().findBlockByNumber(1).layout()
    assert layout.lineCount() >= 2
    pitch = layout.lineAt(1).y() - layout.lineAt(0).y()
    char = layout.lineAt(0).naturalTextWidth() / layout.lineAt(0).textLength()  # one CJK character
    assert 1.6 <= pitch / char <= 1.9


def test_nothing_open_shows_a_hint(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    assert pane.speech() is None
    assert "Ctrl+O" in pane.toPlainText()


def test_wide_pane_keeps_a_readable_measure(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(1600, 600)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_speech(make_speech())
    margins = pane.document().rootFrame().frameFormat()
    assert margins.leftMargin() > 100
    assert margins.leftMargin() == margins.rightMargin()
