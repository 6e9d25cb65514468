"""What the main window remembers between runs, and where in the settings file it keeps it.

QSettings, in the INI file ``desktop.i18n.settings_path()`` names (shared with the command line):

- ``window/geometry``, ``window/state``, ``window/splitter``, ``window/leftSplitter``: the layout;
- ``window/showOutline``, ``library/showOlderVersions``: the View menu's two switches;
- ``reading/lastSpeech``, ``reading/topOffset``: the speech last read and the passage at the top of
  the pane (a character offset into its text), so the next run opens where the reader stopped;
- ``reading/fontFamily``, ``reading/pointSize``, ``reading/lineSpacing``: the reading style;
- ``files/recent``: the files and folders last opened, newest first.

The keys and the quirks of reading them back (an INI file returns a list of one as a plain string,
numbers as strings) live here rather than in the window, which only says when to save and restore:
``MainWindow.restore_state()`` (``run_app`` calls it; tests start from defaults) and ``closeEvent``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from desktop.ui.reading_pane import LINE_HEIGHT_EM, ReadingStyle
from desktop.ui.settings_dialog import open_settings

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

MAX_RECENT = 10


def _as_list(value: object) -> list[str]:
    """A QSettings list from an INI file: one item comes back as a str, none as None."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def _number(settings: QSettings, key: str, default: float) -> float:
    try:
        return float(settings.value(key, default))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


# --- recent files -------------------------------------------------------------------------------


def recent_files() -> list[Path]:
    return [Path(p) for p in _as_list(open_settings().value("files/recent"))]


def remember_recent(paths: Sequence[Path]) -> None:
    recent = [str(p) for p in paths] + [str(p) for p in recent_files()]
    open_settings().setValue("files/recent", list(dict.fromkeys(recent))[:MAX_RECENT])


def clear_recent() -> None:
    open_settings().setValue("files/recent", [])


# --- reading ------------------------------------------------------------------------------------


def save_reading_style(style: ReadingStyle) -> None:
    settings = open_settings()
    settings.setValue("reading/fontFamily", style.family or "")
    settings.setValue("reading/pointSize", style.point_size or 0)
    settings.setValue("reading/lineSpacing", style.line_spacing)


def saved_reading_style() -> ReadingStyle:
    settings = open_settings()
    return ReadingStyle(
        family=str(settings.value("reading/fontFamily", "") or "") or None,
        point_size=_number(settings, "reading/pointSize", 0) or None,
        line_spacing=_number(settings, "reading/lineSpacing", LINE_HEIGHT_EM) or LINE_HEIGHT_EM,
    )


def remember_speech_opened(speech_id: int) -> None:
    """A speech just opened is read from its beginning (until ``save_window_state`` says otherwise)."""
    settings = open_settings()
    settings.setValue("reading/lastSpeech", speech_id)
    settings.setValue("reading/topOffset", 0)


def last_place() -> tuple[int, int]:
    """The speech last read (0: none) and the offset at the top of the pane then."""
    settings = open_settings()
    return int(_number(settings, "reading/lastSpeech", 0)), int(_number(settings, "reading/topOffset", 0))


# --- the window ---------------------------------------------------------------------------------


def save_window_state(window: MainWindow) -> None:
    settings = open_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("window/leftSplitter", window.left_splitter.saveState())
    settings.setValue("window/showOutline", window.action_show_outline.isChecked())
    settings.setValue("library/showOlderVersions", window.action_show_old.isChecked())
    speech = window.current_speech()
    settings.setValue("reading/lastSpeech", speech.id if speech else 0)
    settings.setValue("reading/topOffset", window.reading_pane.top_offset() or 0)
    settings.sync()


def restore_layout(window: MainWindow) -> None:
    """Geometry, toolbar, splitters and the View menu's switches, as ``save_window_state`` left them."""
    settings = open_settings()
    for key, restore in (
        ("window/geometry", window.restoreGeometry),
        ("window/state", window.restoreState),
        ("window/splitter", window.splitter.restoreState),
        ("window/leftSplitter", window.left_splitter.restoreState),
    ):
        value = settings.value(key)
        if isinstance(value, QByteArray | bytes):
            restore(QByteArray(value))
    window.action_show_outline.setChecked(
        str(settings.value("window/showOutline", "true")).lower() != "false"
    )
    window.action_show_old.setChecked(
        str(settings.value("library/showOlderVersions", "false")).lower() == "true"
    )
