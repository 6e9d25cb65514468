"""Parsing: ``SourceText`` → ``Compilation`` of clean speeches."""

from __future__ import annotations

from pathlib import Path

from desktop.core.formats import read_file
from desktop.core.model import Compilation, SourceText


def parse_source(source: SourceText) -> Compilation:
    raise NotImplementedError  # being written


def parse_file(path: Path | str, encoding: str | None = None) -> Compilation:
    """Read and parse a compilation file (.txt/.docx/.pdf)."""
    return parse_source(read_file(path, encoding=encoding))
