"""The architecture rules that keep the core testable without a display."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_qt_or_the_ui() -> None:
    offenders = []
    for path in (ROOT / "desktop" / "core").rglob("*.py"):
        for name in imported_modules(path):
            if name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"} or name.startswith(
                "desktop.ui"
            ):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_ui_never_writes_sql() -> None:
    offenders = []
    for path in (ROOT / "desktop" / "ui").rglob("*.py"):
        names = imported_modules(path)
        if "sqlite3" in names or "sqlite_utils" in names:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_parsing_a_file_loads_neither_qt_nor_jieba() -> None:
    code = (
        "import sys, desktop.core.parse as p;"
        "p.parse_text('标题\\n正文。');"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'jieba'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"
