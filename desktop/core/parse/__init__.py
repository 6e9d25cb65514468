"""Parsing: ``SourceText`` → ``Compilation`` of clean speeches (see ``split`` for the stages)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.formats import read_file
from desktop.core.model import Compilation
from desktop.core.parse.split import parse_source


def parse_file(path: Path | str, encoding: str | None = None) -> Compilation:
    """Read and parse a compilation file (.txt/.docx/.pdf)."""
    return parse_source(read_file(path, encoding=encoding))


def parse_text(text: str, name: str = "", fmt: str = "txt") -> Compilation:
    """Parse text already in memory (tests, paste)."""
    from desktop.core.model import SourceText

    return parse_source(
        SourceText(text=text.replace("\r\n", "\n").replace("\r", "\n"), format=fmt, name=name)
    )


__all__ = ["parse_file", "parse_source", "parse_text"]
