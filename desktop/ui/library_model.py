"""The library as a Qt tree model: compilations at the top, their speeches (with mark counts) below.

Lazy, as a library of hundreds of compilations asks: the compilations are read when the model is
reset, the speeches of one compilation only when a view expands it or asks for one of them
(``canFetchMore``/``fetchMore``, one query each). Filtering (``QSortFilterProxyModel`` in the tree
pane) needs every title, so the pane calls ``fetch_all`` before it filters.

Old versions of a compilation (``superseded_by`` set, after its file changed and was imported again)
are hidden unless ``set_show_superseded(True)``; then they are listed greyed after the current ones,
with their version number.

``refresh()`` re-reads what a change may have touched and tells the views as narrowly as it can:
changed mark counts and titles become ``dataChanged``; a compilation whose speeches came or went
(merge, split) has its rows removed and inserted again; a new compilation is inserted. Views keep
their selection and expansion except where rows really went away.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.store import CompilationRecord, Library, SpeechSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the speech id, or the compilation id for a compilation row
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "compilation" | "speech"
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3  # CompilationRecord | SpeechSummary
COMPILATION, SPEECH = "compilation", "speech"
TITLE_COLUMN, COUNT_COLUMN = 0, 1

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


def compilation_name(record: CompilationRecord) -> str:
    """The compilation's own title, else its file name."""
    return record.title or Path(record.source.path).stem or record.source.path


def has_warnings(record: CompilationRecord) -> bool:
    mismatch = record.declared_count is not None and record.declared_count != record.speech_count
    return bool(record.warnings) or mismatch


@dataclass
class _Node:
    record: CompilationRecord
    speeches: list[SpeechSummary] | None = None  # None until fetched
    rows: dict[int, int] = field(default_factory=dict)  # speech id → row


class LibraryModel(QAbstractItemModel):
    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._show_superseded = False
        self._nodes: list[_Node] = []
        self._rows: dict[int, int] = {}  # compilation id → row
        self._nodes, self._rows = self._read_compilations()

    # --- reading the library --------------------------------------------------------------------

    def _read_compilations(self) -> tuple[list[_Node], dict[int, int]]:
        records = self._library.compilations.list(include_superseded=self._show_superseded)
        records.sort(key=lambda r: (r.superseded_by is not None, r.id))
        nodes = [_Node(r) for r in records]
        return nodes, {node.record.id: row for row, node in enumerate(nodes)}

    def _load(self, node: _Node) -> list[SpeechSummary]:
        speeches = self._library.speeches.list(compilation_id=node.record.id)
        node.rows = {s.id: row for row, s in enumerate(speeches)}
        return speeches

    def show_superseded(self) -> bool:
        return self._show_superseded

    def set_show_superseded(self, show: bool) -> None:
        if show != self._show_superseded:
            self._show_superseded = show
            self.reload()

    def reload(self) -> None:
        """Read everything again from scratch (views lose their expansion: prefer ``refresh``)."""
        self.beginResetModel()
        self._nodes, self._rows = self._read_compilations()
        self.endResetModel()

    def fetch_all(self) -> None:
        for row, node in enumerate(self._nodes):
            if node.speeches is None:
                self.fetchMore(self.index(row, 0))

    def refresh(self) -> None:
        """Bring the model in step with the library, telling the views only what changed."""
        fresh, _ = self._read_compilations()
        fresh_ids = [n.record.id for n in fresh]
        # compilations that went away (never by the GUI today, but another process may delete)
        for row in reversed(range(len(self._nodes))):
            if self._nodes[row].record.id not in fresh_ids:
                self.beginRemoveRows(_ROOT, row, row)
                del self._nodes[row]
                self.endRemoveRows()
        self._rows = {n.record.id: row for row, n in enumerate(self._nodes)}
        for position, new in enumerate(fresh):
            found = self._rows.get(new.record.id)
            if found is None:
                self.beginInsertRows(_ROOT, position, position)
                self._nodes.insert(position, new)
                self.endInsertRows()
                self._rows = {n.record.id: r for r, n in enumerate(self._nodes)}
                continue
            row = found
            node = self._nodes[row]
            node.record = new.record
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            if node.speeches is not None:
                self._refresh_speeches(row, node)

    def _refresh_speeches(self, row: int, node: _Node) -> None:
        old = node.speeches or []
        parent = self.index(row, 0)
        rows_before = dict(node.rows)
        speeches = self._load(node)
        if [s.id for s in speeches] == [s.id for s in old]:
            node.speeches = speeches
            changed = [i for i, (a, b) in enumerate(zip(old, speeches, strict=True)) if a != b]
            if changed:
                last = self.columnCount() - 1
                self.dataChanged.emit(
                    self.index(min(changed), 0, parent), self.index(max(changed), last, parent)
                )
            return
        fresh_rows = dict(node.rows)
        node.rows = rows_before
        if old:
            self.beginRemoveRows(parent, 0, len(old) - 1)
            node.speeches = []
            node.rows = {}
            self.endRemoveRows()
        if speeches:
            self.beginInsertRows(parent, 0, len(speeches) - 1)
            node.speeches = speeches
            node.rows = fresh_rows
            self.endInsertRows()
        else:
            node.speeches = speeches
            node.rows = fresh_rows

    # --- finding things -----------------------------------------------------------------------

    def compilation_index(self, compilation_id: int) -> QModelIndex:
        row = self._rows.get(compilation_id)
        return self.index(row, 0) if row is not None else QModelIndex()

    def speech_index(self, speech_id: int, compilation_id: int | None = None) -> QModelIndex:
        """The row of a speech, fetching its compilation's speeches if needed; invalid if not listed."""
        if compilation_id is None:
            for node in self._nodes:
                if speech_id in node.rows:
                    compilation_id = node.record.id
                    break
            else:
                if not self._library.speeches.exists(speech_id):
                    return QModelIndex()
                compilation_id = self._library.speeches.get(speech_id).compilation_id
        parent = self.compilation_index(compilation_id)
        if not parent.isValid():
            return QModelIndex()
        node = self._nodes[parent.row()]
        if node.speeches is None:
            self.fetchMore(parent)
        row = node.rows.get(speech_id)
        return self.index(row, 0, parent) if row is not None else QModelIndex()

    def compilation(self, compilation_id: int) -> CompilationRecord | None:
        row = self._rows.get(compilation_id)
        return self._nodes[row].record if row is not None else None

    def compilations(self) -> list[CompilationRecord]:
        return [node.record for node in self._nodes]

    def speeches(self, compilation_id: int) -> list[SpeechSummary]:
        parent = self.compilation_index(compilation_id)
        if not parent.isValid():
            return []
        node = self._nodes[parent.row()]
        if node.speeches is None:
            self.fetchMore(parent)
        return list(node.speeches or [])

    def summary(self, speech_id: int) -> SpeechSummary | None:
        index = self.speech_index(speech_id)
        return index.data(RECORD_ROLE) if index.isValid() else None

    # --- QAbstractItemModel -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column < 0 or column >= self.columnCount() or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._nodes) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        node = self._nodes[parent.row()]
        if node.speeches is None or row >= len(node.speeches):
            return QModelIndex()
        return self.createIndex(row, column, node.record.id)

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        row = self._rows.get(child.internalId())
        return self.createIndex(row, 0, 0) if row is not None else QModelIndex()

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._nodes)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        speeches = self._nodes[parent.row()].speeches
        return len(speeches) if speeches is not None else 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 2

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        if not parent.isValid():
            return bool(self._nodes)
        if parent.internalId() != 0 or parent.column() != 0:
            return False
        node = self._nodes[parent.row()]
        return bool(node.speeches) if node.speeches is not None else node.record.speech_count > 0

    def canFetchMore(self, parent: Index) -> bool:
        if not parent.isValid() or parent.internalId() != 0:
            return False
        return self._nodes[parent.row()].speeches is None

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        node = self._nodes[parent.row()]
        speeches = self._load(node)
        if speeches:
            self.beginInsertRows(self.index(parent.row(), 0), 0, len(speeches) - 1)
            node.speeches = speeches
            self.endInsertRows()
        else:
            node.speeches = speeches

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._compilation_data(self._nodes[index.row()].record, index.column(), role)
        row = self._rows.get(index.internalId())
        speeches = self._nodes[row].speeches if row is not None else None
        if not speeches or index.row() >= len(speeches):
            return None
        return self._speech_data(speeches[index.row()], index.column(), role)

    def _compilation_data(self, record: CompilationRecord, column: int, role: int) -> Any:
        old = record.superseded_by is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COUNT_COLUMN:
                return str(record.speech_count)
            name = compilation_name(record)
            if old:
                return (
                    self.tr("%1 (version %2, replaced)")
                    .replace("%1", name)
                    .replace("%2", str(record.version))
                )
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [compilation_name(record), record.source.path]
            if has_warnings(record):
                lines.append(self.tr("Has warnings: select it to see them"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and (old or column == COUNT_COLUMN):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and column == TITLE_COLUMN and not old:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return record.id
        if role == KIND_ROLE:
            return COMPILATION
        if role == RECORD_ROLE:
            return record
        return None

    def _speech_data(self, summary: SpeechSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COUNT_COLUMN:
                return str(summary.marks) if summary.marks else ""
            return summary.title or self.tr("(untitled)")
        if role == Qt.ItemDataRole.ToolTipRole:
            marks = self.tr("%n marks", "", summary.marks)
            chars = self.tr("%1 characters").replace("%1", f"{summary.chars:,}")
            return f"{summary.title}\n{chars} · {marks}"
        if role == Qt.ItemDataRole.ForegroundRole and (column == COUNT_COLUMN or not summary.current):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return summary.id
        if role == KIND_ROLE:
            return SPEECH
        if role == RECORD_ROLE:
            return summary
        return None

    def retranslate(self) -> None:
        """Texts are computed in ``data``: ask the views to read them again (selection stays)."""
        if not self._nodes:
            return
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._nodes) - 1, last))
        for row, node in enumerate(self._nodes):
            if node.speeches:
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(node.speeches) - 1, last, parent)
                )
