"""Entry script of the frozen console program (``huidu.exe``): the same ``huidu`` command pip installs."""

from __future__ import annotations

if __name__ == "__main__":
    from desktop.cli import main

    raise SystemExit(main())
