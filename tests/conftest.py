"""Shared test setup: Qt runs offscreen; every test gets its own temporary paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def artifacts_dir() -> Path:
    """Where tests save screenshots and other things a person should look at."""
    path = ROOT / "tests" / "_artifacts"
    path.mkdir(parents=True, exist_ok=True)
    return path
