"""Application start-up: font choice, icon, run_app, and the bundled sample through the real parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.parse import parse_file
from desktop.core.store import Library
from desktop.ui import app as app_module
from desktop.ui.app import choose_cjk_family, create_application, run_app
from desktop.ui.main_window import MainWindow
from desktop.ui.resources import icon_path, sample_path

SAMPLE_TITLES = [
    "在全市青年干部座谈会上的讲话",
    "扎根基层沃土 在为民服务中淬炼本领",
    "以“三心”涵养担当底气",
    "把论文写在乡村振兴的大地上",
]


def parser_ready() -> bool:
    try:
        parse_file(sample_path())
    except NotImplementedError:
        return False
    return True


@pytest.mark.parametrize(
    ("platform", "installed", "expected"),
    [
        ("win32", ["Arial", "SimHei", "Microsoft YaHei"], "Microsoft YaHei"),
        ("win32", ["Arial", "微软雅黑"], "微软雅黑"),
        ("linux", ["DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC"], "Noto Sans CJK SC"),
        ("linux", ["DejaVu Sans", "wenquanyi micro hei"], "wenquanyi micro hei"),
        ("darwin", ["Helvetica", "PingFang SC"], "PingFang SC"),
        ("linux", ["PingFang SC"], "PingFang SC"),  # another platform's font still beats none
        ("linux", ["DejaVu Sans"], None),
    ],
)
def test_choose_cjk_family(platform: str, installed: list[str], expected: str | None) -> None:
    assert choose_cjk_family(installed, platform) == expected


def test_application_is_named_and_uses_an_installed_cjk_font(qapp: QApplication) -> None:
    app = create_application()
    assert app is qapp
    assert app.applicationName() == "Huidu" and app.organizationName() == "Huidu"
    family = app.font().families()[0]
    assert family in QFontDatabase.families()
    assert family == choose_cjk_family(QFontDatabase.families())
    assert not app.windowIcon().isNull()


def test_icon_is_an_svg_qt_can_draw(qapp: QApplication) -> None:
    assert icon_path().suffix == ".svg"
    pixmap = app_module.app_icon().pixmap(64, 64)
    assert not pixmap.isNull() and pixmap.width() == 64


def test_run_app_shows_the_window_and_opens_the_paths(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[tuple[MainWindow, list[Path]]] = []

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        assert len(windows) == 1
        seen.append((windows[0], opened))
        windows[0].close()
        return 7

    opened: list[Path] = []
    monkeypatch.setattr(MainWindow, "open_paths", lambda self, paths: opened.extend(paths))
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    monkeypatch.setenv("HUIDU_SETTINGS", str(tmp_path / "settings.ini"))
    library_path = tmp_path / "library.sqlite3"
    assert run_app([Path("/a/一.txt"), Path("/b/二.txt")], library_path=library_path) == 7
    assert library_path.is_file()  # the window worked on the library it was given
    assert seen and seen[0][1] == [Path("/a/一.txt"), Path("/b/二.txt")]


def test_sample_file_is_utf8_and_sized_like_a_real_compilation() -> None:
    raw = sample_path().read_bytes()
    assert 6_000 <= len(raw) <= 10_500
    text = raw.decode("utf-8")
    assert text.startswith("XX市青年干部座谈会交流发言汇编（4篇）")
    for title in SAMPLE_TITLES:
        assert f"\n{title}……" in text  # listed in the table of contents
        assert f"\n\n{title}\n" in text  # and heads its speech


@pytest.mark.skipif(not parser_ready(), reason="desktop.core.parse.parse_source is not written yet")
def test_the_sample_opens_through_the_real_parser(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUIDU_SETTINGS", str(tmp_path / "settings.ini"))
    with Library.open(tmp_path / "library.sqlite3") as library:
        window = MainWindow(library)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.importFinished, timeout=20_000) as finished:
            window.open_path(sample_path())
        [outcome] = finished.args[0]
        compilation = library.compilations.get(outcome.result.compilation_id)
        assert [s.title for s in library.speeches.list(compilation_id=compilation.id)] == SAMPLE_TITLES
        assert compilation.declared_count == 4
        assert window.reading_pane.toPlainText().startswith(SAMPLE_TITLES[0])
        window.close()
