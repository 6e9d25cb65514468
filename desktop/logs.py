"""Where Huidu writes its log: one rotating file in the user's log folder, plus stderr for the CLI.

Unexpected errors are logged with their traceback and the file or mark they concerned; the user sees one
sentence and "details are in the log", so the log must exist even in a windowed Windows build (no console).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_dir

LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def log_path() -> Path:
    override = os.environ.get("HUIDU_LOG_DIR")
    folder = Path(override) if override else Path(user_log_dir("Huidu", appauthor=False))
    return folder / "huidu.log"


def setup_logging(verbose: bool = False) -> Path | None:
    """Configure the root logger once; returns the log file (None when it cannot be written)."""
    root = logging.getLogger()
    if getattr(root, "_huidu_configured", False):
        return log_path()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("huidu: %(levelname)s: %(message)s"))
    root.addHandler(console)
    path: Path | None = log_path()
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        path = None
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root._huidu_configured = True  # type: ignore[attr-defined]
    return path
