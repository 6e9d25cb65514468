"""Entry script of the frozen windowed program (``huidu-gui.exe``): the app, with any files it was given.

A windowed Windows program has no console, so ``sys.stdout`` and ``sys.stderr`` are ``None``; anything that
writes to them (a library's warning, ``print`` left in a dependency) would raise. They are pointed at the
null device instead; the app's own errors are shown in its window and logged.
"""

from __future__ import annotations

import os
import sys


def _quiet_missing_streams() -> None:
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


if __name__ == "__main__":
    _quiet_missing_streams()
    from desktop.cli import gui_main

    raise SystemExit(gui_main())
