"""Where the files shipped next to the code live: ``resources/`` in a checkout, the bundle when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen build
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def icon_path() -> Path:
    return resources_dir() / "icons" / "huidu.svg"


def sample_path() -> Path:
    return resources_dir() / "samples" / "示例讲话汇编.txt"
