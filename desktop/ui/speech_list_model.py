"""A flat Qt model over one compilation's speeches (the later library tree replaces it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core.model import Compilation, Speech
from desktop.ui.speech_html import META_SEPARATOR

SPEECH_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, SPEECH_ROLE) -> Speech

_ROOT = QModelIndex()


class SpeechListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._compilation: Compilation | None = None

    def compilation(self) -> Compilation | None:
        return self._compilation

    def set_compilation(self, compilation: Compilation | None) -> None:
        self.beginResetModel()
        self._compilation = compilation
        self.endResetModel()

    def speech(self, row: int) -> Speech | None:
        speeches = self._compilation.speeches if self._compilation else ()
        return speeches[row] if 0 <= row < len(speeches) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid() or self._compilation is None:
            return 0
        return len(self._compilation.speeches)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        speech = self.speech(index.row()) if index.isValid() else None
        if speech is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return speech.title or self.tr("(untitled)")
        if role == Qt.ItemDataRole.ToolTipRole:
            meta = META_SEPARATOR.join(v for v in speech.meta.values() if v)
            return f"{speech.title}\n{meta}" if meta else speech.title
        if role == SPEECH_ROLE:
            return speech
        return None
