"""Starting the desktop application: the ``QApplication``, its font and icon, the main window.

Chinese text needs a font that has the glyphs *and* the simplified-Chinese forms of the
punctuation (full-width “”：，). Left to itself Qt may start from a Latin font and fall back glyph by
glyph, which gives narrow Latin quotes and uneven metrics; so the application font puts the best
installed CJK family first and keeps the platform's default family behind it.

The interface language (``desktop/i18n.py`` decides which) is two ``QTranslator``s: Huidu's own
``huidu_<lang>.qm`` and Qt's ``qtbase_<lang>.qm`` for the buttons and file dialogs Qt draws.
``Translations.apply`` swaps them at any time; Qt then sends ``QEvent.LanguageChange`` to every
widget, and each window re-sets its texts in ``retranslateUi()`` without losing its state. A missing
``.qm`` (not built, or not bundled) is logged and the interface falls back to the English source.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.i18n import EN, catalogue_dir
from desktop.ui.messages import user_message
from desktop.ui.resources import icon_path

logger = logging.getLogger(__name__)

APP_NAME = "Huidu"
ORGANIZATION = "Huidu"
WARM_UP_DELAY_MS = 1500  # after the window is up and painted

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


class Translations:
    """The translators Huidu installed on the application, swapped as a pair by ``apply``."""

    def __init__(self, app: QCoreApplication, directory: Path | None = None) -> None:
        self._app = app
        self.directory = directory  # where huidu_*.qm are; None: desktop.i18n.catalogue_dir()
        self.language: str | None = None
        self._installed: list[QTranslator] = []
        self._initial_locale = QLocale()

    def apply(self, language: str) -> bool:
        """Speak ``language`` from now on; ``False`` if Huidu's own catalogue could not be loaded."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale(language))
        own_dir = self.directory or catalogue_dir()
        qt_dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(own_dir)]
        qt = self._load(f"qtbase_{language}", qt_dirs)
        own = self._load(f"huidu_{language}", [str(own_dir)])
        if qt is None and language != EN:
            logger.info("Qt's own translation qtbase_%s.qm not found in %s", language, qt_dirs)
        if own is None and language != EN:  # English is the source language: nothing is lost
            logger.warning(
                "Translation huidu_%s.qm not found in %s (run build/i18n.py); the interface stays in English",
                language,
                own_dir,
            )
        for loaded in (qt, own):  # installed last is asked first: Huidu's own before Qt's
            if loaded is not None:
                self._app.installTranslator(loaded)
                self._installed.append(loaded)
        self.language = language
        # Qt posts LanguageChange to each window; deliver them now, so that when this returns every
        # window already speaks the new language (and callers and tests need not spin the loop).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return own is not None or language == EN

    def remove(self) -> None:
        """Back to the English source strings and the initial locale (tests)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(self._initial_locale)
        self.language = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _load(self, name: str, directories: list[str]) -> QTranslator | None:
        translator = QTranslator(self._app)
        if any(translator.load(name, directory) for directory in directories if directory):
            return translator
        return None


_translations: Translations | None = None


def translations(app: QCoreApplication | None = None) -> Translations:
    """The application's ``Translations`` (created on first use)."""
    global _translations
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    if _translations is None or _translations._app is not app:
        _translations = Translations(app)
    return _translations


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


def run_app(
    paths: Sequence[Path],
    argv: Sequence[str] | None = None,
    language: str | None = None,
    *,
    library_path: Path | None = None,
) -> int:
    """Open the library, show the main window as it was left, import ``paths``, and run until it closes.

    ``language`` is ``--lang``; without it the environment, the saved setting or the system decide.
    ``library_path`` is ``--library``; without it ``HUIDU_LIBRARY``, then the user data folder.
    A library that cannot be opened (not a library, written by a newer Huidu, locked) is reported
    in one sentence and the app exits with status 1.
    """
    from desktop.core.errors import HuiduError
    from desktop.core.store import Library
    from desktop.ui.main_window import MainWindow  # here: the window's settings import this module
    from desktop.ui.panels import install_panels
    from desktop.ui.settings_dialog import startup_language

    app = create_application(argv)
    translations(app).apply(startup_language(language))
    try:
        library = Library.open(library_path)
    except HuiduError as error:
        logger.error("Cannot open the library: %s", error)
        QMessageBox.critical(None, "Huidu 汇读", user_message(error))
        return 1
    try:
        window = MainWindow(library)
        install_panels(window)
        window.restore_state()
        window.show()
        if paths:
            window.open_paths(paths)
        QTimer.singleShot(WARM_UP_DELAY_MS, window.warm_up)  # the segmenter, for search and import
        return app.exec()
    finally:
        library.close()
