"""The Qt binding we pin must not corrupt the interpreter.

PySide6-Essentials 6.12.0 on Python 3.11 returns ``None`` from void methods (``setText``…) without a
new reference: every call takes one from ``None``'s count and after a few thousand calls the process
aborts with "none_dealloc". pyproject.toml excludes that release; this test fails on any release that
repeats the bug.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_void_calls_keep_none_alive() -> None:
    code = (
        "import sys, desktop.ui.app\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(5_000):\n"
        "    label.setText('讲话')\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-2000:]
    assert abs(int(result.stdout.decode().split()[-1])) < 100
