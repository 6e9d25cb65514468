"""Starting the desktop application: the ``QApplication``, its font and icon, the main window.

Chinese text needs a font that has the glyphs *and* the simplified-Chinese forms of the
punctuation (full-width “”：，). Left to itself Qt may start from a Latin font and fall back glyph by
glyph, which gives narrow Latin quotes and uneven metrics; so the application font puts the best
installed CJK family first and keeps the platform's default family behind it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.ui.main_window import MainWindow
from desktop.ui.resources import icon_path

logger = logging.getLogger(__name__)

APP_NAME = "Huidu"
ORGANIZATION = "Huidu"

CJK_FAMILIES: dict[str, tuple[str, ...]] = {
    "win32": ("Microsoft YaHei UI", "Microsoft YaHei", "微软雅黑", "DengXian", "等线", "SimHei", "黑体"),
    "darwin": ("PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti"),
    "other": (
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "Source Han Sans CN",
        "WenQuanYi Micro Hei",
        "WenQuanYi Zen Hei",
        "Droid Sans Fallback",
    ),
}


def preferred_cjk_families(platform: str = sys.platform) -> list[str]:
    """Families to try, best first: the platform's own, then the others (fonts travel)."""
    own = "win32" if platform.startswith("win") else "darwin" if platform == "darwin" else "other"
    ordered = list(CJK_FAMILIES[own])
    for key, families in CJK_FAMILIES.items():
        if key != own:
            ordered.extend(families)
    return ordered


def choose_cjk_family(available: Iterable[str], platform: str = sys.platform) -> str | None:
    """The best installed CJK family, spelled as the font database spells it, or ``None``."""
    installed = {family.casefold(): family for family in available}
    for wanted in preferred_cjk_families(platform):
        if wanted.casefold() in installed:
            return installed[wanted.casefold()]
    return None


def apply_cjk_font(app: QApplication) -> str | None:
    family = choose_cjk_family(QFontDatabase.families())
    if family is None:
        logger.warning("No Chinese font found; Chinese text may show as empty boxes")
        return None
    font = QFont(app.font())
    fallbacks = [name for name in (font.family(), *font.families()) if name and name != family]
    font.setFamilies([family, *dict.fromkeys(fallbacks)])
    app.setFont(font)
    return family


def app_icon() -> QIcon:
    return QIcon(str(icon_path()))


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The application object, set up once (an existing one — e.g. under pytest-qt — is reused)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName("Huidu 汇读")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("huidu")
    app.setWindowIcon(app_icon())
    apply_cjk_font(app)
    return app


def run_app(paths: Sequence[Path], argv: Sequence[str] | None = None) -> int:
    """Show the main window, open ``paths`` (the first one is shown), and run until it closes."""
    app = create_application(argv)
    window = MainWindow()
    window.show()
    if paths:
        window.open_paths(paths)
    return app.exec()
