"""Shared test setup: Qt runs offscreen; every test gets its own temporary paths."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests assert on English source strings unless they choose a language; a developer's Chinese locale or
# saved setting must not leak in, and tests never write the developer's own settings or log.
os.environ.setdefault("HUIDU_LANG", "en")
_scratch = Path(tempfile.mkdtemp(prefix="huidu-tests-"))
os.environ.setdefault("HUIDU_SETTINGS", str(_scratch / "settings.ini"))
os.environ.setdefault("HUIDU_LOG_DIR", str(_scratch / "logs"))
os.environ.setdefault("HUIDU_LIBRARY", str(_scratch / "library.sqlite3"))  # never the user's own library

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def artifacts_dir() -> Path:
    """Where tests save screenshots and other things a person should look at."""
    path = ROOT / "tests" / "_artifacts"
    path.mkdir(parents=True, exist_ok=True)
    return path
