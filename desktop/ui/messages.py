"""Core's messages in the interface's language.

Core builds every message a person reads from a template (``desktop.core.notices``) and keeps it in
English — that is what the library stores and the JSON prints. Widgets show them through these two
functions, which translate by template with Qt's catalogue (context "core").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import HuiduError
from desktop.core.notices import localise, localised_message


def user_message(error: BaseException) -> str:
    """The error's sentence in the interface's language."""
    if isinstance(error, HuiduError):
        return localised_message(error, QCoreApplication.translate)
    return str(error)


def user_text(message: str) -> str:
    """A stored core message (a warning, an import failure reason) in the interface's language."""
    return localise(message, QCoreApplication.translate)
