"""The library: one SQLite file (WAL, foreign keys on) with sources, compilations, speeches, marks, tags.

Use: ``with Library.open(path) as library:`` (path None: ``HUIDU_LIBRARY``, then the user data folder),
then ``library.compilations.import_file(path)``, ``library.speeches.get(id)``,
``library.marks.add(speech_id, start, end, color="green", tags=["金句/排比"], note="…")``,
``library.tags.rename("金句", "名句")``, ``library.search("基层治理").hits``.
"""

from desktop.core.store.errors import (
    CorrectionError,
    ImportCancelledError,
    InvalidValueError,
    LibraryError,
    LibraryVersionError,
    NotFoundError,
    TagExistsError,
    UnknownCompilationError,
    UnknownMarkError,
    UnknownSpeechError,
    UnknownTagError,
)
from desktop.core.store.library import Library, default_library_path, resolve_library_path
from desktop.core.store.marks import MarkSpec
from desktop.core.store.migrations import SCHEMA_VERSION
from desktop.core.store.records import (
    COLORS,
    STATES,
    STYLES,
    CompilationRecord,
    ImportResult,
    Mark,
    SpeechRecord,
    SpeechSummary,
    Tag,
)

__all__ = [
    "COLORS",
    "SCHEMA_VERSION",
    "STATES",
    "STYLES",
    "CompilationRecord",
    "CorrectionError",
    "ImportCancelledError",
    "ImportResult",
    "InvalidValueError",
    "Library",
    "LibraryError",
    "LibraryVersionError",
    "Mark",
    "MarkSpec",
    "NotFoundError",
    "SpeechRecord",
    "SpeechSummary",
    "Tag",
    "TagExistsError",
    "UnknownCompilationError",
    "UnknownMarkError",
    "UnknownSpeechError",
    "UnknownTagError",
    "default_library_path",
    "resolve_library_path",
]
