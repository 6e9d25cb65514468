"""Running an export: select, arrange, write to a temporary file beside the target, then move it in place.

The output path only ever holds a complete file: the writer fills ``.名字.xxxx.part`` in the same folder
and ``os.replace`` swaps it in, so a cancel, a crash or a full disk leaves any earlier export untouched.
``progress(done, total)`` counts printed excerpts; ``cancelled()`` is polled between excerpts and once
more before the file is moved in place (``ExportCancelled`` is raised then).

The library is only read. ``Library`` connections allow use from another thread, so a GUI worker can
be handed the app's library object; it should not write to it while the export runs.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core import notices
from desktop.core.export.csv_json import render_csv, render_json
from desktop.core.export.docx_writer import wants_toc, write_docx
from desktop.core.export.excerpts import ExcerptDocument, build
from desktop.core.export.markdown import render_markdown
from desktop.core.export.options import ExportCancelled, ExportError, ExportOptions
from desktop.core.export.selection import count as count_selection
from desktop.core.notices import notice
from desktop.core.store import Library

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    excerpts: int  # marks exported
    entries: int  # excerpts printed (a mark under two tags prints twice)
    groups: int
    toc: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "format": self.format,
            "excerpts": self.excerpts,
            "entries": self.entries,
            "groups": self.groups,
            "toc": self.toc,
        }


def count(library: Library, options: ExportOptions) -> int:
    """How many marks ``options`` selects (for the dialog's preview)."""
    return count_selection(library, options.selection)


def preview(library: Library, options: ExportOptions) -> ExcerptDocument:
    """The arranged excerpts without writing anything (counts per group for a dialog)."""
    return build(library, options.checked())


def export(
    library: Library,
    options: ExportOptions,
    out_path: Path | str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the export to ``out_path``. Raises ``ExportError`` (bad options, unwritable file) or
    ``ExportCancelled``; in both cases ``out_path`` is left as it was."""
    options = options.checked()
    out_path = Path(out_path)
    folder = out_path.parent
    if not folder.is_dir():
        raise ExportError(notice(notices.EXPORT_NO_FOLDER, folder=folder))
    if out_path.is_dir():
        raise ExportError(notice(notices.EXPORT_TO_FOLDER, path=out_path))
    document = build(library, options)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    if progress is not None:
        progress(0, document.entries)

    def write(stream: BinaryIO) -> None:
        if options.format == "docx":
            write_docx(document, options, stream, progress=progress, cancelled=cancelled)
            return
        if options.format == "md":
            stream.write(render_markdown(document).encode("utf-8"))
        elif options.format == "csv":
            stream.write(render_csv(document))
        else:
            stream.write(render_json(document))
        if progress is not None:
            progress(document.entries, document.entries)

    _write_atomically(out_path, write, cancelled)
    return ExportResult(
        path=out_path,
        format=options.format,
        excerpts=len(document.excerpts),
        entries=document.entries,
        groups=len(document.groups),
        toc=options.format == "docx" and wants_toc(document, options),
    )


def _write_atomically(path: Path, write: Callable[[BinaryIO], None], cancelled: Cancelled | None) -> None:
    # Not tempfile.mkstemp: its files are private (0600); an export should get the usual permissions.
    temporary = path.parent / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        try:
            with open(temporary, "xb") as stream:
                write(stream)
                stream.flush()
                os.fsync(stream.fileno())
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            os.replace(temporary, path)
        except PermissionError as exc:
            raise ExportError(notice(notices.EXPORT_DENIED, path=path)) from exc
        except OSError as exc:
            raise ExportError(
                notice(notices.EXPORT_WRITE_FAILED, path=path, error=exc.strerror or exc)
            ) from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
