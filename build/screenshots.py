"""Regenerate the README screenshots, offscreen, from the bundled sample compilation.

    .venv/bin/python build/screenshots.py            # writes docs/screenshots/*.png
    .venv/bin/python build/screenshots.py --out DIR

Every picture is 1280×800, taken from the real window on a fresh temporary library (the user's own
library and settings are never touched):

- ``empty_library.png`` — the first start: nothing imported yet.
- ``main_window.png`` (for the README) and ``marks.png`` — the sample imported through the import
  worker, a speech with marks in several colours and styles, tags, notes, states and ratings, one mark
  selected in the marks panel.
- ``compilation_report.png`` — the compilation's warnings and removed text, one click from the tree.
- ``reading_speech.png`` — another speech, its outline and placeholders.
- ``main_window_zh_CN.png`` and ``main_window_en.png`` — the marked speech in each interface language.

``--readme-lang`` (default Simplified Chinese: most readers of the README read Chinese) chooses the
language of the first pictures. The translations are compiled afresh from ``i18n/*.ts`` into a
temporary folder, so they match the catalogues even when ``i18n/*.qm`` are stale. Needs a CJK font
(fonts-noto-cjk or fonts-wqy-microhei), or Chinese comes out as empty boxes. The same pictures go to
``tests/_artifacts`` too, for review.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build"))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import i18n as catalogues  # noqa: E402 — build/i18n.py
from desktop.i18n import LANGUAGES, SETTINGS_ENV  # noqa: E402
from desktop.ui.resources import sample_path  # noqa: E402

SIZE = (1280, 800)
TIMEOUT_MS = 30_000
ARTIFACTS = ROOT / "tests" / "_artifacts"

# (passage, colour, style, tags, note, state, rating) on the first speech of the sample
MARKS = [
    ("理想信念是干部安身立命的根本", "yellow", "highlight", ["金句"], "", "selected", 5),
    (
        "年轻干部要把学习作为一种追求、一种习惯",
        "green",
        "highlight",
        ["引用/总书记"],
        "开头可用",
        "selected",
        4,
    ),
    ("学一点、用一点、悟一点", "blue", "highlight", ["排比"], "", "candidate", 3),
    ("越是任务艰巨，越能看出一个干部的成色", "pink", "highlight", ["金句", "对偶"], "", "candidate", 4),
    ("本领不是天生的，是在摸爬滚打中练出来的", "purple", "wavy", ["金句"], "", "candidate", 0),
    ("讲群众听得懂的话，办群众看得见的事", "orange", "underline", ["群众工作"], "", "candidate", 2),
]


def import_and_wait(window: object, path: Path) -> bool:
    """Import ``path`` through the worker and run the event loop until it is done."""
    from desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    loop = QEventLoop()
    window.importFinished.connect(lambda _outcomes: loop.quit())
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    window.open_paths([path])
    loop.exec()
    return window.current_compilation() is not None


def search_and_wait(panels: object, query: str) -> None:
    """Search through the panel's worker and run the event loop until the results are shown."""
    from desktop.ui.panels import Panels

    assert isinstance(panels, Panels)
    loop = QEventLoop()
    panels.search.searchFinished.connect(lambda _result: loop.quit())
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    panels.window.focus_search()
    panels.search.set_query(query)
    loop.exec()


def shoot(widget: QWidget, name: str, out: Path) -> None:
    for _ in range(3):
        QApplication.processEvents()  # let layouts settle before the picture
    path = out / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, ARTIFACTS / name)
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def add_marks(window: object) -> None:
    from desktop.core.store import MarkSpec
    from desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    speech = window.current_speech()
    assert speech is not None
    specs = []
    for passage, color, style, tags, note, state, rating in MARKS:
        start = speech.text.index(passage)
        specs.append(
            MarkSpec(speech.id, start, start + len(passage), color, style, tags, note, state, rating)
        )
    window.add_marks(specs)
    select_green(window)


def select_green(window: object) -> None:
    """Show the marked speech from its first heading, with the green mark chosen in the panel."""
    from desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.select_speech(0)
    speech = window.current_speech()
    assert speech is not None
    green = next(m for m in window.library.marks.list(speech_id=speech.id) if m.color == "green")
    window.marks_panel.select_mark(green.uuid)
    window.reading_pane.scroll_to_offset(speech.text.index("一、坚定理想信念"), anchor=0.0)
    window.statusBar().clearMessage()


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

    with tempfile.TemporaryDirectory(prefix="huidu-shots-") as scratch:
        os.environ[SETTINGS_ENV] = str(Path(scratch) / "settings.ini")  # never the user's settings
        from desktop.core.store import Library
        from desktop.ui.app import create_application, translations
        from desktop.ui.main_window import MainWindow
        from desktop.ui.panels import install_panels

        app = create_application()
        qm_dir = Path(scratch) / "qm"
        qm_dir.mkdir()
        ts_files = [ROOT / catalogues.I18N / catalogues.ts_name(language) for language in LANGUAGES]
        catalogues.lrelease(ts_files, qm_dir, quiet=True)
        translations(app).directory = qm_dir
        translations(app).apply(args.readme_lang)
        with Library.open(Path(scratch) / "library.sqlite3") as library:
            window = MainWindow(library)
            panels = install_panels(window)
            window.resize(*SIZE)
            window.show()
            shoot(window, "empty_library.png", args.out)

            if not import_and_wait(window, sample_path()):
                print(f"could not import {sample_path()}", file=sys.stderr)
                return 1
            window.importer.dialog.hide()
            add_marks(window)
            shoot(window, "main_window.png", args.out)
            shoot(window.marks_panel, "marks.png", args.out)

            report = window.library_pane.show_report()
            if report is not None:
                report.resize(720, 460)
                shoot(report, "compilation_report.png", args.out)
                report.close()

            window.select_speech(1)  # placeholders, outline headings
            shoot(window, "reading_speech.png", args.out)

            search_and_wait(panels, "基层")  # the search tab beside the library, a hit opened
            hit = panels.search.result()
            if hit is not None and hit.hits:
                first = hit.hits[0]
                window.open_speech(first.speech_id, first.start, first.end, flash=False)
            shoot(window, "main_search.png", args.out)
            dialog = panels.open_tag_manager()
            dialog.resize(560, 420)
            shoot(dialog, "tag_manager_window.png", args.out)
            dialog.close()
            window.left_tabs.setCurrentIndex(0)
            select_green(window)
            for language in LANGUAGES:
                translations(app).apply(language)  # switched live, as Settings › Language does
                shoot(window, f"main_window_{language}.png", args.out)
            window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
