"""Errors a user can cause while working with a library, each one clear sentence (a ``Notice``)."""

from __future__ import annotations

from pathlib import Path

from desktop.core import notices
from desktop.core.errors import HuiduError
from desktop.core.notices import notice


class LibraryError(HuiduError):
    """The library file itself is the problem: not a library, too new, locked, unwritable."""


class LibraryVersionError(LibraryError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path, self.found, self.supported = path, found, supported
        super().__init__(notice(notices.LIBRARY_TOO_NEW, path=path, found=found, supported=supported))


class NotFoundError(HuiduError):
    """Something the user named does not exist."""


class UnknownSpeechError(NotFoundError):
    def __init__(self, speech_id: int) -> None:
        self.speech_id = speech_id
        super().__init__(notice(notices.NO_SUCH_SPEECH, id=speech_id))


class UnknownCompilationError(NotFoundError):
    def __init__(self, compilation_id: int) -> None:
        self.compilation_id = compilation_id
        super().__init__(notice(notices.NO_SUCH_COMPILATION, id=compilation_id))


class UnknownMarkError(NotFoundError):
    def __init__(self, uuid: str) -> None:
        self.uuid = uuid
        super().__init__(notice(notices.NO_SUCH_MARK, uuid=uuid))


class UnknownTagError(NotFoundError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(notice(notices.NO_SUCH_TAG, name=name))


class TagExistsError(HuiduError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(notice(notices.TAG_EXISTS, name=name))


class InvalidValueError(HuiduError):
    """A value outside what the library accepts: offsets, colour, style, state, rating, name."""


class CorrectionError(HuiduError):
    """A split correction that cannot be applied as asked."""


class ImportCancelledError(HuiduError):
    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(notice(notices.IMPORT_CANCELLED, path=path))
