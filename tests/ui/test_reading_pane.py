"""The reading pane's document: what Qt made of the HTML, the offset map, and the marks drawn on it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.model import OutlineHeading, Speech
from desktop.core.store import Mark
from desktop.ui.reading_pane import ReadingPane, ReadingStyle, mark_color

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
    assert meta.foreground().color() == QColor(pane.typography().meta_color)
    assert meta.foreground().color() != body.foreground().color()


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
    grey = QColor(pane.typography().placeholder_color)
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
    pane.set_empty_hint("Open a compilation (Ctrl+O)")  # the window sets it, translated
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


# --- offsets ----------------------------------------------------------------------------------


def mark(
    start: int, end: int, color: str = "yellow", style: str = "highlight", state: str = "candidate"
) -> Mark:
    return Mark(
        f"m{start}-{end}-{color}",
        1,
        start,
        end,
        TEXT[start:end],
        "",
        "",
        color,
        style,
        (),
        "",
        state,
        0,
        "",
        "",
    )


def body_format(pane: ReadingPane, offset: int) -> QTextCharFormat:
    cursor = pane.textCursor()
    cursor.setPosition(pane.to_document_position(offset) + 1)  # the format of the character before
    return cursor.charFormat()


def test_every_offset_maps_onto_the_document(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_speech(make_speech())
    assert pane.offsets_ok()
    document = pane.document()
    for offset in range(len(TEXT)):
        assert document.characterAt(pane.to_document_position(offset)) == TEXT[offset].replace("\n", "\u2029")


def test_empty_paragraphs_are_kept_so_offsets_stay_right(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    for text in ("第一段。\n\n第三段，前面空了一行。\n", "\n第二段。\n\n\n第五段。", "一。\n\n", "一。"):
        pane.show_speech(Speech(title="标题", text=text))
        assert pane.offsets_ok(), repr(text)
        body = pane.document().toPlainText()[pane.to_document_position(0) :]
        assert body == text, repr(text)
    text = "第一段。\n\n第三段，前面空了一行。\n"
    pane.show_speech(Speech(title="标题", text=text))
    start = text.index("前面")
    pane.select_span(start, start + 2)
    assert pane.textCursor().selectedText() == "前面"
    assert pane.selection_span() == (start, start + 2)


def test_selection_is_trimmed_and_clamped_to_the_body(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_speech(make_speech())
    cursor = pane.textCursor()
    cursor.setPosition(0)  # from inside the title …
    cursor.setPosition(pane.to_document_position(len(PARAGRAPHS[0]) + 1), cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    assert pane.selection_span() == (0, len(PARAGRAPHS[0]))  # … to the line break after the heading
    pane.select_span(2, 2)
    assert pane.selection_span() is None


# --- marks ------------------------------------------------------------------------------------


def test_marks_are_drawn_in_their_colour_and_style(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    wavy_at = TEXT.index("不满足")
    line_at = TEXT.index("道理")
    pane.show_speech(
        make_speech(),
        [
            mark(0, 4, "green"),
            mark(wavy_at, wavy_at + 3, "blue", "wavy"),
            mark(line_at, line_at + 2, "red", "underline"),
        ],
    )
    green = body_format(pane, 1)
    assert green.background().color().rgb() == mark_color("green").rgb()
    assert 0 < green.background().color().alpha() < 255  # translucent: readable on dark too
    assert body_format(pane, 5).background().style() == Qt.BrushStyle.NoBrush
    wavy = body_format(pane, wavy_at + 1)
    assert wavy.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert body_format(pane, line_at).underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert body_format(pane, wavy_at).fontWeight() >= QFont.Weight.Normal  # nothing else changed


def test_overlapping_marks_both_stay_visible(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    sentence = TEXT.index("不满足")
    pane.show_speech(
        make_speech(),
        [
            mark(sentence, sentence + 12, "yellow"),
            mark(sentence + 3, sentence + 6, "green"),
            mark(sentence, sentence + 12, "red", "underline"),
        ],
    )
    outer, inner = body_format(pane, sentence + 1), body_format(pane, sentence + 4)
    assert outer.background().color().rgb() == mark_color("yellow").rgb()
    assert inner.background().color().rgb() == mark_color("green").rgb()  # the shorter one wins
    assert outer.underlineStyle() == inner.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline


def test_changing_marks_redraws_only_them_and_keeps_the_place(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(500, 200)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_speech(
        Speech(title="标题", text="\n".join(["理想信念是干部安身立命的根本。" * 6] * 8)), [mark(0, 4)]
    )
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    value = bar.value()
    pane.set_marks([mark(5, 9, "blue")])
    assert body_format(pane, 1).background().style() == Qt.BrushStyle.NoBrush
    assert body_format(pane, 6).background().color().rgb() == mark_color("blue").rgb()
    assert bar.value() == value
    assert pane.mark_at(6) is not None and pane.mark_at(1) is None


def test_rejected_marks_are_only_a_faint_dotted_line(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_speech(make_speech(), [mark(0, 4, "green", state="rejected")])
    fmt = body_format(pane, 1)
    assert fmt.background().style() == Qt.BrushStyle.NoBrush
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine


def test_flash_marks_a_passage_for_a_moment(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_speech(make_speech())
    pane.flash(3, 8)
    assert pane.flash_span() == (3, 8)
    [selection] = pane.extraSelections()
    assert selection.cursor.selectionStart() == pane.to_document_position(3)
    qtbot.waitUntil(lambda: pane.flash_span() is None, timeout=5000)
    assert pane.extraSelections() == []


def test_ctrl_wheel_zooms_and_the_style_is_reported(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_speech(make_speech())
    before = pane.typography().base_pt
    with qtbot.waitSignal(pane.styleChanged) as changed:
        wheel = QWheelEvent(
            QPointF(5, 5),
            QPointF(5, 5),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(pane.viewport(), wheel)
    assert pane.typography().base_pt > before
    assert (
        isinstance(changed.args[0], ReadingStyle) and changed.args[0].point_size == pane.typography().base_pt
    )
    assert pane.offsets_ok()


def test_line_spacing_and_font_family_are_applied(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_speech(make_speech())
    normal = pane.typography().line_height_percent
    pane.set_reading_style(ReadingStyle(line_spacing=2.25))
    assert pane.typography().line_height_percent > normal
    assert blocks(pane.document())[3][1].lineHeight() == pane.typography().line_height_percent
