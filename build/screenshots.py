"""Regenerate the README screenshots, offscreen, from the bundled sample compilation.

    .venv/bin/python build/screenshots.py            # writes docs/screenshots/*.png
    .venv/bin/python build/screenshots.py --out DIR

Writes ``main_window_zh_CN.png`` and ``main_window_en.png`` (the main window in each interface
language), and ``main_window.png`` / ``reading_speech.png`` for the README in ``--readme-lang``
(Simplified Chinese unless told otherwise: most readers of the README read Chinese).

The sample goes through the real parser and the real window (opened in the background worker, as
a user's file would be), so the pictures show what the application does today. The translations
are compiled afresh from ``i18n/*.ts`` into a temporary folder, so they match the catalogues even
when ``i18n/*.qm`` are stale or missing. Needs a CJK font (fonts-noto-cjk or fonts-wqy-microhei), or
Chinese comes out as empty boxes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build"))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import i18n as catalogues  # noqa: E402 — build/i18n.py
from desktop.i18n import LANGUAGES  # noqa: E402
from desktop.ui.app import create_application, translations  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.resources import sample_path  # noqa: E402

SIZE = (1280, 800)
TIMEOUT_MS = 30_000


def open_and_wait(window: MainWindow, path: Path) -> bool:
    """Open ``path`` through the worker and run the event loop until it is shown or refused."""
    loop = QEventLoop()
    window.compilationOpened.connect(loop.quit)
    window.openFailed.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    window.open_path(path)
    loop.exec()
    return window.current_compilation() is not None


def shoot(window: MainWindow, path: Path) -> None:
    QApplication.processEvents()  # let layouts settle before the picture
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="output folder")
    parser.add_argument(
        "--readme-lang",
        choices=LANGUAGES,
        default="zh_CN",
        help="language of main_window.png (default zh_CN)",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = create_application()
    with tempfile.TemporaryDirectory(prefix="huidu-qm-") as qm_dir:
        ts_files = [ROOT / catalogues.I18N / catalogues.ts_name(language) for language in LANGUAGES]
        catalogues.lrelease(ts_files, Path(qm_dir), quiet=True)
        translations(app).directory = Path(qm_dir)
        translations(app).apply(args.readme_lang)
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        if not open_and_wait(window, sample_path()):
            print(f"could not open {sample_path()}", file=sys.stderr)
            return 1
        window.select_speech(0)  # subtitle, date, outline headings, run-in headings, placeholders
        shoot(window, args.out / "main_window.png")
        window.select_speech(1)
        shoot(window, args.out / "reading_speech.png")
        window.select_speech(0)
        for language in LANGUAGES:
            translations(app).apply(language)  # switched live, as Settings › Language does
            shoot(window, args.out / f"main_window_{language}.png")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
