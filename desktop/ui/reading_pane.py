"""The reading pane in the centre: one speech, typeset for reading Chinese, with its marks drawn.

The document is built once per speech (``speech_html``), then marks are laid over it as character
formats (``mark_layers`` decides the colours; one ``mergeCharFormat`` per stretch inside one edit
block, so a thousand marks cost one relayout). Changing the marks later only re-formats the
stretches that were or are marked; the text, the layout and the scroll position stay.

Offsets: the body starts at document position ``body_start`` (after the title and metadata blocks)
and each paragraph of the speech's text is one block, so a speech-text offset ``o`` is document
position ``body_start + o``. Qt drops empty paragraphs from HTML; ``_restore_empty_paragraphs``
puts them back, and ``offsets_ok`` checks the map before anything relies on it.

The text column is capped at a comfortable measure (about 40 characters a line) and centred by
widening the root frame's side margins as the pane grows, so long lines never span a wide screen.
Colours come from the palette (light or dark, as the system says); mark backgrounds are drawn
translucent so the text stays readable on a dark background.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextFrameFormat,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QWidget

from desktop.core.store.records import COLORS, Mark
from desktop.ui.speech_html import (
    Layer,
    SpeechLike,
    Typography,
    empty_html,
    header_blocks,
    mark_layers,
    speech_html,
)

MEASURE_CHARS = 40  # CJK characters per line at most
MIN_SIDE_MARGIN_PX = 28
LINE_HEIGHT_EM = 1.75  # baseline to baseline, in CJK character widths
READING_SCALE = 1.15  # reading text a little larger than the interface font
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 40.0
ZOOM_STEP = 1.1
FLASH_MS = 1400
SCROLL_ANCHOR = 0.3  # a passage we jump to is shown a third of the way down the pane


@dataclass(frozen=True)
class ReadingStyle:
    """The reader's choices: font family, size and line spacing (``None``: the defaults)."""

    family: str | None = None
    point_size: float | None = None
    line_spacing: float = LINE_HEIGHT_EM


def mark_color(name: str) -> QColor:
    """A mark's colour name (``COLORS``) or ``#rrggbb`` as a ``QColor``."""
    return QColor(COLORS.get(name, name))


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * share_of_a + b.redF() * (1 - share_of_a),
        a.greenF() * share_of_a + b.greenF() * (1 - share_of_a),
        a.blueF() * share_of_a + b.blueF() * (1 - share_of_a),
    )


class ReadingPane(QTextBrowser):
    markClicked = Signal(str)  # uuid of the mark under a click that selected nothing
    styleChanged = Signal(object)  # ReadingStyle, after a zoom (Ctrl+wheel, Ctrl+±) or a font choice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPane")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setUndoRedoEnabled(False)
        self._speech: SpeechLike | None = None
        self._marks: list[Mark] = []
        self._layers: list[Layer] = []
        self._body_start = 0
        self._style = ReadingStyle()
        self._context_actions: list[QAction] = []
        self._flash: tuple[int, int] | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.clear_flash)
        self._empty_hint = ""
        self._pending_top: int | None = None
        self.show_speech(None)

    # --- what is shown ------------------------------------------------------------------------

    def speech(self) -> SpeechLike | None:
        return self._speech

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_empty_hint(self, text: str) -> None:
        """The grey sentence shown when no speech is open (the window sets it, translated)."""
        self._empty_hint = text
        if self._speech is None:
            self.show_speech(None)

    def show_speech(self, speech: SpeechLike | None, marks: Sequence[Mark] = ()) -> None:
        """Show a speech (or the empty hint) from the top, with its marks drawn."""
        self._speech = speech
        self._marks = []
        self._layers = []
        self._pending_top = None
        self.clear_flash()
        document = self.document()
        if speech is None:
            self._body_start = 0
            self.setHtml(empty_html(self._empty_hint, self.typography()))
        else:
            self.setHtml(speech_html(speech, self.typography()))
            self._body_start = document.findBlockByNumber(header_blocks(speech)).position()
            self._restore_empty_paragraphs(speech.text)
            self.set_marks(marks)
        self._apply_measure()
        self.verticalScrollBar().setValue(0)

    def _restore_empty_paragraphs(self, text: str) -> None:
        """Qt drops some empty ``<p>`` (not all): put back every missing empty block, remove extras."""
        if "\n\n" not in text and not text.startswith("\n") and not text.endswith("\n"):
            return
        document = self.document()
        cursor = QTextCursor(document)
        position = self._body_start
        for paragraph in text.split("\n"):
            if not paragraph:
                block = document.findBlock(position)
                if not block.isValid() or block.position() != position or block.length() != 1:
                    cursor.setPosition(max(0, position - 1))  # the end of the paragraph before
                    cursor.insertBlock()
            position += len(paragraph) + 1
        end = self._body_start + len(text)
        if document.characterCount() - 1 > end:
            cursor.setPosition(end)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()

    def offsets_ok(self) -> bool:
        """True when every body offset maps onto the document (the body is the speech's text)."""
        if self._speech is None:
            return True
        return self.document().characterCount() - 1 - self._body_start == len(self._speech.text)

    # --- typography ---------------------------------------------------------------------------

    def reading_style(self) -> ReadingStyle:
        return self._style

    def set_reading_style(self, style: ReadingStyle) -> None:
        """Change font, size or spacing; the passage at the top of the pane stays at the top."""
        if style == self._style:
            return
        top = self.top_offset()
        self._style = style
        self.show_speech(self._speech, self._marks)
        if top is not None:
            self.scroll_to_offset(top, anchor=0.0)

    def _reading_font(self) -> QFont:
        font = QFont(self.font())
        if self._style.family:
            font.setFamilies([self._style.family, *font.families()])
        if self._style.point_size:
            font.setPointSizeF(self._style.point_size)
        else:
            size = font.pointSizeF() if font.pointSizeF() > 0 else 11.0
            font.setPointSizeF(max(round(size * READING_SCALE, 1), 11.0))
        return font

    def point_size(self) -> float:
        return self._reading_font().pointSizeF()

    def zoom(self, steps: int) -> None:
        size = self.point_size() * ZOOM_STEP**steps
        size = round(min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size)), 1)
        self.set_reading_style(replace(self._style, point_size=size))
        self.styleChanged.emit(self._style)

    def zoom_in(self) -> None:
        self.zoom(+1)

    def zoom_out(self) -> None:
        self.zoom(-1)

    def reset_zoom(self) -> None:
        self.set_reading_style(replace(self._style, point_size=None))
        self.styleChanged.emit(self._style)

    def typography(self) -> Typography:
        font = self._reading_font()
        em = self._char_width(font)
        # Qt's proportional line height multiplies the font's own line spacing, which for CJK fonts
        # is already ~1.3-1.5em; scale so the result is the chosen spacing whatever the font.
        natural = QFontMetricsF(font).lineSpacing() or em
        percent = max(100, round(100 * self._style.line_spacing * em / natural))
        palette = self.palette()
        text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        return Typography(
            base_pt=font.pointSizeF(),
            indent_px=round(em * 2),
            line_height_percent=percent,
            meta_color=_mix(text, base, 0.58).name(),
            placeholder_color=_mix(text, base, 0.38).name(),
            font_family=self._style.family,
        )

    @staticmethod
    def _char_width(font: QFont) -> float:
        return QFontMetricsF(font).horizontalAdvance("中")

    def is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    # --- marks --------------------------------------------------------------------------------

    def set_marks(self, marks: Iterable[Mark]) -> None:
        """Draw these marks (replacing those drawn before) without touching the text or the scroll."""
        if self._speech is None:
            return
        self._marks = sorted(marks, key=lambda m: (m.start, m.end))
        layers = mark_layers(self._marks, len(self._speech.text))
        if layers == self._layers:
            return
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        plain = QTextCharFormat()
        plain.setBackground(Qt.BrushStyle.NoBrush)
        plain.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        for layer in self._layers:
            self._format(cursor, layer.start, layer.end, plain)
        formats: dict[tuple[str | None, str | None, str], QTextCharFormat] = {}
        for layer in layers:
            key = (layer.background, layer.underline, layer.underline_style)
            if key not in formats:
                formats[key] = self._layer_format(layer)
            self._format(cursor, layer.start, layer.end, formats[key])
        cursor.endEditBlock()
        self._layers = layers

    def _format(self, cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        cursor.setPosition(self._body_start + start)
        cursor.setPosition(self._body_start + end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def _layer_format(self, layer: Layer) -> QTextCharFormat:
        dark = self.is_dark()
        fmt = QTextCharFormat()
        if layer.background:
            color = mark_color(layer.background)
            color.setAlpha(105 if dark else 215)
            fmt.setBackground(color)
        else:
            fmt.setBackground(Qt.BrushStyle.NoBrush)
        if layer.underline:
            color = mark_color(layer.underline)
            styles = {
                "wavy": QTextCharFormat.UnderlineStyle.WaveUnderline,
                "dotted": QTextCharFormat.UnderlineStyle.DotLine,
            }
            fmt.setUnderlineStyle(
                styles.get(layer.underline_style, QTextCharFormat.UnderlineStyle.SingleUnderline)
            )
            if layer.underline_style == "dotted":
                color = self.palette().color(QPalette.ColorRole.PlaceholderText)
            fmt.setUnderlineColor(color if dark else color.darker(165))
        else:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        return fmt

    def layers(self) -> list[Layer]:
        return list(self._layers)

    def mark_at(self, offset: int) -> Mark | None:
        """The innermost mark covering ``offset`` (the one drawn on top)."""
        covering = [m for m in self._marks if m.start <= offset < m.end]
        return min(covering, key=lambda m: m.end - m.start) if covering else None

    # --- offsets, selection, scrolling --------------------------------------------------------

    def to_document_position(self, offset: int) -> int:
        return self._body_start + offset

    def to_offset(self, position: int) -> int | None:
        """The speech-text offset of a document position, ``None`` in the title or metadata."""
        if self._speech is None or position < self._body_start:
            return None
        return min(position - self._body_start, len(self._speech.text))

    def selection_span(self) -> tuple[int, int] | None:
        """The selected passage as speech-text offsets, trimmed of spaces and line breaks at its ends."""
        cursor = self.textCursor()
        if self._speech is None or not cursor.hasSelection():
            return None
        text = self._speech.text
        start = max(0, cursor.selectionStart() - self._body_start)
        end = min(len(text), cursor.selectionEnd() - self._body_start)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._body_start + start)
        cursor.setPosition(self._body_start + end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def cursor_offset(self) -> int | None:
        return self.to_offset(self.textCursor().position())

    def paragraph_start(self, offset: int) -> int:
        if self._speech is None:
            return 0
        return self._speech.text.rfind("\n", 0, offset) + 1

    def scroll_to_offset(self, offset: int, *, anchor: float = SCROLL_ANCHOR) -> None:
        """Scroll so the character at ``offset`` is ``anchor`` of the way down the pane."""
        if self._speech is None:
            return
        offset = max(0, min(offset, len(self._speech.text)))
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._body_start + offset)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - round(self.viewport().height() * anchor))

    def restore_top_offset(self, offset: int) -> None:
        """Put ``offset`` at the top of the pane once it is shown at its real size (start-up)."""
        if self.isVisible():
            self.scroll_to_offset(offset, anchor=0.0)
        else:
            self._pending_top = offset

    def top_offset(self) -> int | None:
        """The offset of the first character visible at the top of the pane (to reopen it there)."""
        if self._speech is None:
            return None
        position = self.cursorForPosition(QPoint(self.viewport().width() // 2, 4)).position()
        return max(0, position - self._body_start) if position >= self._body_start else 0

    # --- flashing a passage -------------------------------------------------------------------

    def flash(self, start: int, end: int) -> None:
        """Draw attention to a passage for a moment (a search hit, a mark chosen in the panel)."""
        if self._speech is None or not 0 <= start < end <= len(self._speech.text):
            return
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._body_start + start)
        cursor.setPosition(self._body_start + end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        highlight.setAlpha(120)
        fmt.setBackground(highlight)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.format = fmt
        self.setExtraSelections([selection])
        self._flash = (start, end)
        self._flash_timer.start(FLASH_MS)

    def flash_span(self) -> tuple[int, int] | None:
        """The passage flashing now, if any (tests)."""
        return self._flash

    def clear_flash(self) -> None:
        self._flash = None
        self._flash_timer.stop()
        self.setExtraSelections([])

    # --- events -------------------------------------------------------------------------------

    def set_context_actions(self, actions: Sequence[QAction]) -> None:
        """Actions put above Copy and Select All in the context menu (the window's marking actions)."""
        self._context_actions = list(actions)

    def context_menu(self, position: QPoint) -> QMenu:
        menu = self.createStandardContextMenu(position)
        first = menu.actions()[0] if menu.actions() else None
        for action in self._context_actions:
            if action.isSeparator() or action.isVisible():
                menu.insertAction(first, action)  # type: ignore[arg-type]
        if self._context_actions and first is not None:
            menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            offset = self.to_offset(self.cursorForPosition(event.position().toPoint()).position())
            mark = self.mark_at(offset) if offset is not None else None
            if mark is not None:
                self.markClicked.emit(mark.uuid)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._speech is not None:
            # light ↔ dark: the text colours and the mark translucency follow, the place stays
            top = self.top_offset()
            self.show_speech(self._speech, self._marks)
            if top is not None:
                self.scroll_to_offset(top, anchor=0.0)
        super().changeEvent(event)

    def _apply_measure(self) -> None:
        column_px = self._char_width(self._reading_font()) * MEASURE_CHARS
        side = max(MIN_SIDE_MARGIN_PX, (self.viewport().width() - column_px) / 2)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        if fmt.leftMargin() == side and fmt.topMargin() == MIN_SIDE_MARGIN_PX:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(MIN_SIDE_MARGIN_PX)
        fmt.setBottomMargin(MIN_SIDE_MARGIN_PX * 2)
        root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()
        if self._pending_top is not None and self.isVisible():
            top, self._pending_top = self._pending_top, None
            QTimer.singleShot(0, lambda: self.scroll_to_offset(top, anchor=0.0))
