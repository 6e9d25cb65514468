"""Fixtures of the window tests: a temporary library, a settings file, a main window on them.

Load them into a test module with ``pytest_plugins = ["tests.ui.library_fixtures"]`` (and never import
this module directly: pytest must import it to rewrite its asserts); the data the tests use
(``make_compilation``, ``TITLES``) is in ``tests/ui/library_data.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.core.store import Library
from desktop.ui.main_window import MainWindow


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "library.sqlite3") as opened:
        yield opened


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.ini"
    monkeypatch.setenv(i18n.SETTINGS_ENV, str(path))
    return path


@pytest.fixture
def window(qtbot: QtBot, settings_file: Path, library: Library) -> Iterator[MainWindow]:
    win = MainWindow(library)
    qtbot.addWidget(win)
    yield win
    win.close()


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Replace the modal message boxes with a recorder, so no test waits for a click."""
    calls: list[tuple[str, str]] = []

    def fake(_parent: object, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        calls.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", fake)
    monkeypatch.setattr(QMessageBox, "critical", fake)
    return calls
