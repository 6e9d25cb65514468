"""The read-only pane on the right: one speech, typeset for reading Chinese.

The text column is capped at a comfortable measure (about 40 characters a line) and centred by
widening the root frame's side margins as the pane grows, so long lines never span a wide screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent, QTextFrameFormat
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.core.model import Speech
from desktop.ui.speech_html import Typography, empty_html, speech_html

MEASURE_CHARS = 40  # CJK characters per line at most
MIN_SIDE_MARGIN_PX = 28
LINE_HEIGHT_EM = 1.75  # baseline to baseline, in CJK character widths
READING_SCALE = 1.15  # reading text a little larger than the interface font


class ReadingPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPane")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._speech: Speech | None = None
        self.show_speech(None)

    def speech(self) -> Speech | None:
        return self._speech

    def typography(self) -> Typography:
        font = self._reading_font()
        em = self._char_width(font)
        # Qt's proportional line height multiplies the font's own line spacing, which for CJK fonts
        # is already ~1.3-1.5em; scale so the result is LINE_HEIGHT_EM whatever the font.
        natural = QFontMetricsF(font).lineSpacing() or em
        percent = max(100, round(100 * LINE_HEIGHT_EM * em / natural))
        return Typography(base_pt=font.pointSizeF(), indent_px=round(em * 2), line_height_percent=percent)

    def _reading_font(self) -> QFont:
        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 11.0
        font.setPointSizeF(max(round(size * READING_SCALE, 1), 11.0))
        return font

    @staticmethod
    def _char_width(font: QFont) -> float:
        return QFontMetricsF(font).horizontalAdvance("中")

    def show_speech(self, speech: Speech | None) -> None:
        self._speech = speech
        if speech is None:
            self.setHtml(
                empty_html(self.tr("Open a compilation with File › Open… (Ctrl+O)"), self.typography())
            )
        else:
            self.setHtml(speech_html(speech, self.typography()))
        self._apply_measure()
        self.verticalScrollBar().setValue(0)

    def changeEvent(self, event: QEvent) -> None:
        # Only the empty pane's hint is translated; a speech stays as it is, scrolled where it was.
        if event.type() == QEvent.Type.LanguageChange and self._speech is None:
            self.show_speech(None)
        super().changeEvent(event)

    def _apply_measure(self) -> None:
        column_px = self._char_width(self._reading_font()) * MEASURE_CHARS
        side = max(MIN_SIDE_MARGIN_PX, (self.viewport().width() - column_px) / 2)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(MIN_SIDE_MARGIN_PX)
        fmt.setBottomMargin(MIN_SIDE_MARGIN_PX * 2)
        root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()
