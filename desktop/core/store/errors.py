"""Errors a user can cause while working with a library, each one clear sentence."""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import HuiduError


class LibraryError(HuiduError):
    """The library file itself is the problem: not a library, too new, locked, unwritable."""


class LibraryVersionError(LibraryError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path, self.found, self.supported = path, found, supported
        super().__init__(
            f"{path} was written by a newer Huidu (library version {found}; this Huidu reads up to {supported})."
        )


class NotFoundError(HuiduError):
    """Something the user named does not exist."""


class UnknownSpeechError(NotFoundError):
    def __init__(self, speech_id: int) -> None:
        self.speech_id = speech_id
        super().__init__(f"There is no speech with id {speech_id}.")


class UnknownCompilationError(NotFoundError):
    def __init__(self, compilation_id: int) -> None:
        self.compilation_id = compilation_id
        super().__init__(f"There is no compilation with id {compilation_id}.")


class UnknownMarkError(NotFoundError):
    def __init__(self, uuid: str) -> None:
        self.uuid = uuid
        super().__init__(f"There is no mark {uuid}.")


class UnknownTagError(NotFoundError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"There is no tag “{name}”.")


class TagExistsError(HuiduError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"A tag named “{name}” already exists.")


class InvalidValueError(HuiduError):
    """A value outside what the library accepts: offsets, colour, style, state, rating, name."""


class CorrectionError(HuiduError):
    """A split correction that cannot be applied as asked."""


class ImportCancelledError(HuiduError):
    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"Importing {path} was cancelled; nothing was added.")
