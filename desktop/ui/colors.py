"""The palette's colours as the reader sees them: translated names and little swatches.

The store keeps a mark's or a tag's colour as a palette key ("yellow") or a hex code; these helpers
turn it into what the tag manager, the export dialog and "mark every hit" show — a name in the
interface language (context "Colors") and a rounded square of the colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.core.store import COLORS
from desktop.i18n import QT_TRANSLATE_NOOP

# The palette's names as the reader sees them (the store keeps the English keys).
COLOR_NAMES: dict[str, str] = {
    "yellow": QT_TRANSLATE_NOOP("Colors", "Yellow"),
    "green": QT_TRANSLATE_NOOP("Colors", "Green"),
    "blue": QT_TRANSLATE_NOOP("Colors", "Blue"),
    "pink": QT_TRANSLATE_NOOP("Colors", "Pink"),
    "purple": QT_TRANSLATE_NOOP("Colors", "Purple"),
    "orange": QT_TRANSLATE_NOOP("Colors", "Orange"),
    "red": QT_TRANSLATE_NOOP("Colors", "Red"),
    "grey": QT_TRANSLATE_NOOP("Colors", "Grey"),
}


def color_label(color: str) -> str:
    """“Yellow”/“黄色” for a palette name, the hex code itself for any other colour."""
    source = COLOR_NAMES.get(color)
    return QCoreApplication.translate("Colors", source) if source else color


def color_hex(color: str | None) -> str | None:
    if not color:
        return None
    return COLORS.get(color, color)


def swatch_icon(color: str | None, size: int = 14, *, outline_if_none: bool = False) -> QIcon:
    """A rounded square of the colour; for “no colour”, nothing (names stay aligned) or an empty outline."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    value = color_hex(color)
    if value or outline_if_none:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 90))
        painter.setBrush(QColor(value) if value else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
        painter.end()
    return QIcon(pixmap)
