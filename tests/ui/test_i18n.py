"""The interface in Simplified Chinese and English: translators, live switching, Settings › Language.

The ``.qm`` files are compiled from ``i18n/*.ts`` into a temporary folder once per session, so these
tests pass on a clean clone (where ``i18n/*.qm`` have not been built) and always test the catalogues
as they are, never a stale build.
"""

from __future__ import annotations

import configparser
import dataclasses
import importlib.util
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.core.model import Compilation
from desktop.core.parse import parse_file
from desktop.core.store import Library
from desktop.ui import app as app_module
from desktop.ui import settings_dialog
from desktop.ui.app import translations
from desktop.ui.main_window import MainWindow
from desktop.ui.resources import sample_path
from desktop.ui.settings_dialog import SettingsDialog, apply_language_choice, saved_choice, startup_language

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT_SIZE = (1280, 800)

pytest_plugins = ["tests.ui.library_fixtures"]  # fixtures: library, settings_file, window, warnings_shown


def load_build_i18n() -> ModuleType:
    spec = importlib.util.spec_from_file_location("huidu_build_i18n", ROOT / "build" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both catalogues compiled afresh from i18n/*.ts (as build/i18n.py does into i18n/)."""
    build = load_build_i18n()
    out = tmp_path_factory.mktemp("qm")
    build.lrelease([ROOT / "i18n" / build.ts_name(lang) for lang in i18n.LANGUAGES], out, quiet=True)
    return out


@pytest.fixture
def use_language(
    qapp: QApplication, qm_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[str], bool]]:
    """Switch the application's language; settings go to a temporary file; English again afterwards."""
    monkeypatch.setenv(i18n.SETTINGS_ENV, str(tmp_path / "settings.ini"))
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    monkeypatch.setattr(settings_dialog, "system_language", lambda: "en")  # whatever this machine says
    translations(qapp).directory = qm_dir
    yield translations(qapp).apply
    translations(qapp).remove()
    translations(qapp).directory = None


@pytest.fixture
def sample() -> Compilation:
    return parse_file(sample_path())


@pytest.fixture
def window(qtbot: QtBot, sample: Compilation, library: Library) -> MainWindow:
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.add_compilation(sample)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def without_mnemonic(text: str) -> str:
    return text.replace("(&", "(").replace("&", "")


# --- the window in each language -------------------------------------------------------------


def test_menus_and_labels_in_chinese(
    use_language: Callable[[str], bool], window: MainWindow, sample: Compilation
) -> None:
    assert use_language("zh_CN")
    assert menu_titles(window) == [
        "文件(&F)",
        "编辑(&E)",
        "标注(&M)",
        "转到(&G)",
        "视图(&V)",
        "工具(&T)",
        "设置(&S)",
        "帮助(&H)",
    ]
    assert without_mnemonic(window.menu_file.title()) == "文件(F)"
    assert window.action_import.text() == "打开(&O)…"
    assert window.menu_language.title() == "语言(&L)"
    assert window.counts_label.text().startswith(f"{len(sample.speeches)} 篇讲话 · ")
    assert " 字 · " in window.counts_label.text()
    assert window.library_pane.summary_label.text() == "标称 4 篇，识别出 4 篇"


def test_menus_and_labels_in_english(
    use_language: Callable[[str], bool], window: MainWindow, sample: Compilation
) -> None:
    assert use_language("en")
    assert menu_titles(window) == ["&File", "&Edit", "&Mark", "&Go", "&View", "&Tools", "&Settings", "&Help"]
    assert window.action_next.text() == "&Next Speech"
    assert window.counts_label.text().startswith("4 speeches · ")
    assert window.library_pane.summary_label.text() == "Declared 4, found 4"


def test_english_plurals_come_from_the_english_catalogue(
    use_language: Callable[[str], bool], window: MainWindow
) -> None:
    use_language("en")
    speech = parse_file(sample_path()).speeches[0]
    one = Compilation("/a/一篇.txt", "txt", "utf-8", "一篇", None, (speech,))
    window.add_compilation(one)
    assert window.counts_label.text().startswith("1 speech · ")
    assert window.library_pane.summary_label.text() == "1 speech found"


def test_the_speech_list_retranslates_without_losing_the_selection(
    use_language: Callable[[str], bool], window: MainWindow, sample: Compilation
) -> None:
    untitled = dataclasses.replace(
        sample, speeches=(*sample.speeches, dataclasses.replace(sample.speeches[0], title=""))
    )
    window.add_compilation(untitled)
    window.select_speech(4)
    selected = window.current_speech_id()
    model = window.library_pane.model
    compilation = window.current_compilation()
    assert compilation is not None
    parent = model.compilation_index(compilation.id)
    use_language("zh_CN")
    assert model.data(model.index(4, 0, parent)) == "（无标题）"
    assert window.library_pane.current_speech_id() == selected
    use_language("en")
    assert model.data(model.index(4, 0, parent)) == "(untitled)"


def test_the_empty_window_hint_is_translated(
    use_language: Callable[[str], bool], qtbot: QtBot, library: Library
) -> None:
    window = MainWindow(library)
    qtbot.addWidget(window)
    use_language("zh_CN")
    assert "打开一部汇编" in window.reading_pane.toPlainText()
    assert window.library_pane.title_label.text() == "尚未打开汇编"
    use_language("en")
    assert "Open a compilation" in window.reading_pane.toPlainText()


def test_switching_live_keeps_the_speech_and_the_scroll_position(
    use_language: Callable[[str], bool], window: MainWindow, qtbot: QtBot
) -> None:
    use_language("en")
    window.resize(900, 420)  # short enough that the second speech scrolls
    assert window.select_speech(1)
    speech = window.current_speech()
    bar = window.reading_pane.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the speech is longer than the pane
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    text = window.reading_pane.toPlainText()

    window.language_actions["zh_CN"].trigger()  # Settings › Language › 简体中文

    assert translations().language == "zh_CN"
    assert menu_titles(window)[0] == "文件(&F)"
    assert "篇讲话" in window.counts_label.text()
    assert window.current_speech() is speech
    assert speech is not None and window.library_pane.current_speech_id() == speech.id
    assert window.reading_pane.toPlainText() == text
    assert bar.value() == position

    window.language_actions["en"].trigger()
    assert menu_titles(window)[0] == "&File"
    assert window.current_speech() is speech and bar.value() == position


# --- Settings › Language ---------------------------------------------------------------------


def test_the_choice_is_saved_where_the_command_line_reads_it(
    use_language: Callable[[str], bool], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert saved_choice() == "system"
    assert apply_language_choice("zh_CN") == "zh_CN"
    assert translations().language == "zh_CN"
    ini = configparser.ConfigParser()
    ini.read(tmp_path / "settings.ini", encoding="utf-8")
    assert ini.get("ui", "language") == "zh_CN"
    assert i18n.saved_language(tmp_path / "settings.ini") == "zh_CN"  # what the CLI sees
    assert saved_choice() == "zh_CN"
    assert startup_language() == "zh_CN"
    assert startup_language("en") == "en"  # --lang wins for the session
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    assert startup_language() == "en"  # and so does HUIDU_LANG
    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    assert apply_language_choice("system") == "en"  # the system is English in these tests
    assert i18n.saved_language(tmp_path / "settings.ini") is None


def test_the_language_menu_shows_the_saved_choice(
    use_language: Callable[[str], bool], window: MainWindow
) -> None:
    use_language("en")
    assert window.language_actions["system"].isChecked()
    assert window.language_actions["system"].text() == "Follow the System (English)"
    assert window.language_actions["zh_CN"].text() == "简体中文"  # languages name themselves
    window.language_actions["zh_CN"].trigger()
    assert window.language_actions["zh_CN"].isChecked()
    assert window.language_actions["en"].text() == "English"
    assert window.language_actions["system"].text() == "跟随系统（English）"


def test_the_settings_dialog_applies_and_retranslates_itself(
    use_language: Callable[[str], bool], qtbot: QtBot, window: MainWindow
) -> None:
    use_language("en")
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    assert dialog.language_combo.currentData() == "system"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert translations().language == "zh_CN"
    assert dialog.windowTitle() == "设置"
    assert dialog.language_label.text() == "界面语言(&L)："
    assert menu_titles(window)[0] == "文件(&F)"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.reject()  # Cancel after Apply keeps what was applied, changes nothing more
    assert translations().language == "zh_CN" and saved_choice() == "zh_CN"


def test_run_app_uses_the_given_language(
    use_language: Callable[[str], bool], qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[str] = []

    def fake_exec() -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        seen.append(window.menu_file.title())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_app([], language="zh_CN", library_path=tmp_path / "library.sqlite3") == 0
    assert seen == ["文件(&F)"]


# --- Qt's own dialogs and a missing catalogue ------------------------------------------------


def test_message_box_buttons_follow_the_language(use_language: Callable[[str], bool], qtbot: QtBot) -> None:
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt_dir / "qtbase_zh_CN.qm").is_file():
        pytest.skip(f"Qt's qtbase_zh_CN.qm is not installed in {qt_dir}")
    use_language("zh_CN")
    buttons = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Warning, "标题", "正文", buttons)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "确定"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"
    assert QLocale().name() == "zh_CN"
    use_language("en")
    english = QMessageBox(QMessageBox.Icon.Warning, "t", "x", buttons)
    qtbot.addWidget(english)
    assert english.button(QMessageBox.StandardButton.Ok).text().replace("&", "") == "OK"


def test_a_missing_catalogue_falls_back_to_english_with_a_warning(
    use_language: Callable[[str], bool],
    qtbot: QtBot,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    library: Library,
) -> None:
    translations().directory = tmp_path / "no-translations-here"
    window = MainWindow(library)
    qtbot.addWidget(window)
    with caplog.at_level(logging.WARNING, logger="desktop.ui.app"):
        assert translations().apply("zh_CN") is False
    assert any("huidu_zh_CN.qm" in record.getMessage() for record in caplog.records)
    assert window.menu_file.title() == "&File"


# --- screenshots: nothing clipped ------------------------------------------------------------


def clipped_texts(window: QWidget) -> list[str]:
    """Single-line labels whose text is wider than the label, and menu titles past the menu bar."""
    problems = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        shown = without_mnemonic(label.text()) if label.buddy() else label.text()
        needed = QFontMetrics(label.font()).horizontalAdvance(shown)
        if needed > label.contentsRect().width():
            problems.append(f"{label.objectName()}: {label.text()!r} needs {needed}px")
    if isinstance(window, MainWindow):
        bar = window.menuBar()
        for action in bar.actions():
            if not bar.rect().contains(bar.actionGeometry(action)):
                problems.append(f"menu {action.text()!r} is outside the menu bar")
    return problems


def menu_clipped(menu: QMenu) -> list[str]:
    problems = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        width = menu.actionGeometry(action).width()
        needed = QFontMetrics(menu.font()).horizontalAdvance(without_mnemonic(action.text()))
        if needed > width:
            problems.append(f"{action.text()!r} needs {needed}px of {width}px")
    return problems


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screenshot_main_window(
    language: str,
    use_language: Callable[[str], bool],
    window: MainWindow,
    qtbot: QtBot,
    artifacts_dir: Path,
) -> None:
    use_language(language)
    window.select_speech(0)
    QApplication.processEvents()
    assert window.size().toTuple() == SCREENSHOT_SIZE
    assert clipped_texts(window) == []
    image = window.grab()
    assert image.width() == SCREENSHOT_SIZE[0]
    assert image.save(str(artifacts_dir / f"main_{language}.png"))

    for menu in (
        window.menu_file,
        window.menu_edit,
        window.menu_mark,
        window.menu_go,
        window.menu_view,
        window.menu_settings,
        window.menu_language,
        window.menu_help,
    ):
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitExposed(menu)
        assert menu_clipped(menu) == [], menu.title()
        if menu is window.menu_settings:
            assert menu.grab().save(str(artifacts_dir / f"menu_settings_{language}.png"))
        menu.hide()

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped_texts(dialog) == []
    assert dialog.grab().save(str(artifacts_dir / f"settings_{language}.png"))
