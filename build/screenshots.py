"""Regenerate the README screenshots, offscreen, from the bundled sample compilation.

    .venv/bin/python build/screenshots.py            # writes docs/screenshots/*.png
    .venv/bin/python build/screenshots.py --out DIR

The sample goes through the real parser and the real window (opened in the background worker, as
a user's file would be), so the pictures show what the application does today. Needs a CJK font
(fonts-noto-cjk or fonts-wqy-microhei), or Chinese comes out as empty boxes.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.ui.app import create_application  # noqa: E402
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="output folder")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    create_application()
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
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
