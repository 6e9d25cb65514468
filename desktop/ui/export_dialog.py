"""The Export dialog: which marks, arranged how, written to which file — on ``desktop.core.export``.

The widgets only build an ``ExportOptions``. The preview count is ``count(library, options)`` on the
GUI thread (one read of the marks, debounced while the user clicks through the filters); the export
itself is ``export(...)`` in a ``LibraryJob`` with its own connection, reporting progress, polling the
Cancel button, and writing the file atomically (a cancelled export leaves no file behind).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import HuiduError
from desktop.core.export import (
    ExportCancelled,
    ExportOptions,
    ExportResult,
    Fields,
    Selection,
    count,
    export,
)
from desktop.core.store import COLORS, STATES, Library
from desktop.core.store.records import MAX_RATING
from desktop.ui.colors import color_label, swatch_icon
from desktop.ui.messages import user_message
from desktop.ui.tag_tree import TagNode, build_tag_tree
from desktop.ui.workers import JobRunner, LibraryJob

COUNT_DELAY_MS = 150
ERROR_COLOR = "#b3261e"
SUFFIXES = {"docx": ".docx", "md": ".md", "csv": ".csv", "json": ".json"}
FIELD_NAMES = ("citation", "heading", "tags", "note", "state", "rating")
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def run_export(options: ExportOptions, path: Path) -> Callable[[Library, LibraryJob], ExportResult | None]:
    """The job: the export's result, or None when the user cancelled it."""

    def work(library: Library, job: LibraryJob) -> ExportResult | None:
        try:
            return export(library, options, path, progress=job.report_progress, cancelled=job.is_cancelled)
        except ExportCancelled:
            return None

    return work


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    """Choose marks and a file, then export in the background with progress and Cancel."""

    libraryChanged = Signal()  # never emitted: exporting only reads (uniform with the other panels)
    countChanged = Signal(int)  # the preview count, after each change of the filters
    exportFinished = Signal(object)  # ExportResult, or None when cancelled
    exportFailed = Signal(str)
    progressChanged = Signal(int, int)  # done, total

    def __init__(self, library: Library, library_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.library = library
        self.library_path = Path(library_path)
        self._runner = JobRunner(self)
        self._job: LibraryJob | None = None
        self._count = 0
        self._count_error = ""
        self._result: ExportResult | None = None
        self._path_edited = False
        self._title_edited = False

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.update_count)

        self._build_selection()
        self._build_arrangement()
        self._build_file()
        self._build_bottom()

        columns = QHBoxLayout()
        columns.addWidget(self.selection_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.arrangement_box)
        right.addWidget(self.file_box)
        right.addStretch(1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(self.bottom)

        self.refresh()
        self.retranslateUi()
        self._on_format_changed()
        self._set_busy(False)
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(round(em * 58), round(em * 38))

    # --- building ---------------------------------------------------------------------------

    def _build_selection(self) -> None:
        box = self.selection_box = QGroupBox(self)
        self.tag_model = QStandardItemModel(self)
        self.tag_view = QTreeView(box)
        self.tag_view.setObjectName("exportTags")
        self.tag_view.setModel(self.tag_model)
        self.tag_view.setHeaderHidden(True)
        self.tag_view.setUniformRowHeights(True)
        self.tag_view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tag_model.itemChanged.connect(self._changed)
        self.tags_label = QLabel(box)
        self.tag_match = QComboBox(box)
        self.tag_match.setObjectName("tagMatch")
        self.tag_match.addItems(["", ""])
        self.tag_match.currentIndexChanged.connect(self._changed)

        self.colors_label = QLabel(box)
        colors = QHBoxLayout()
        colors.setSpacing(1)
        self.color_buttons: dict[str, QToolButton] = {}
        for name in COLORS:
            button = QToolButton(box)
            button.setObjectName(f"exportColor_{name}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setIcon(swatch_icon(name, 16))
            button.toggled.connect(self._changed)
            self.color_buttons[name] = button
            colors.addWidget(button)
        colors.addStretch(1)

        self.states_label = QLabel(box)
        states = QHBoxLayout()
        self.state_checks: dict[str, QCheckBox] = {}
        for state in STATES:
            check = QCheckBox(box)
            check.setObjectName(f"exportState_{state}")
            check.toggled.connect(self._changed)
            self.state_checks[state] = check
            states.addWidget(check)
        states.addStretch(1)

        self.rating_label = QLabel(box)
        self.min_rating = QSpinBox(box)
        self.min_rating.setObjectName("minRating")
        self.min_rating.setRange(0, MAX_RATING)
        self.min_rating.valueChanged.connect(self._changed)
        self.rating_label.setBuddy(self.min_rating)

        self.compilation_label = QLabel(box)
        self.compilation_combo = QComboBox(box)
        self.compilation_combo.setObjectName("exportCompilation")
        self.compilation_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.compilation_combo.setMinimumContentsLength(12)
        self.compilation_combo.currentIndexChanged.connect(self._changed)
        self.compilation_label.setBuddy(self.compilation_combo)

        self.date_check = QCheckBox(box)
        self.date_check.setObjectName("dateRangeCheck")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1), box)
        self.date_from.setObjectName("dateFrom")
        self.date_to = QDateEdit(today, box)
        self.date_to.setObjectName("dateTo")
        self.date_and = QLabel(box)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._changed)
        self.date_check.toggled.connect(self._changed)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_and)
        dates.addWidget(self.date_to)
        dates.addStretch(1)

        self.text_label = QLabel(box)
        self.text_filter = QLineEdit(box)
        self.text_filter.setObjectName("exportText")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self._changed)
        self.text_label.setBuddy(self.text_filter)

        form = QFormLayout()
        form.addRow(self.tags_label, self.tag_match)
        form.addRow(self.tag_view)
        form.addRow(self.colors_label, colors)
        form.addRow(self.states_label, states)
        form.addRow(self.rating_label, self.min_rating)
        form.addRow(self.compilation_label, self.compilation_combo)
        form.addRow(self.date_check, dates)
        form.addRow(self.text_label, self.text_filter)
        box.setLayout(form)

    def _build_arrangement(self) -> None:
        box = self.arrangement_box = QGroupBox(self)
        self.grouping_label = QLabel(box)
        self.grouping_combo = QComboBox(box)
        self.grouping_combo.setObjectName("groupingCombo")
        for grouping in ("tag", "speech", "compilation"):
            self.grouping_combo.addItem("", grouping)
        self.grouping_label.setBuddy(self.grouping_combo)
        self.fields_label = QLabel(box)
        self.field_checks: dict[str, QCheckBox] = {}
        fields = QGridLayout()
        defaults = Fields()
        for number, name in enumerate(FIELD_NAMES):
            check = QCheckBox(box)
            check.setObjectName(f"exportField_{name}")
            check.setChecked(bool(getattr(defaults, name)))
            self.field_checks[name] = check
            fields.addWidget(check, number // 3, number % 3)
        form = QFormLayout()
        form.addRow(self.grouping_label, self.grouping_combo)
        form.addRow(self.fields_label, fields)
        box.setLayout(form)

    def _build_file(self) -> None:
        box = self.file_box = QGroupBox(self)
        self.format_label = QLabel(box)
        self.format_combo = QComboBox(box)
        self.format_combo.setObjectName("formatCombo")
        for name in SUFFIXES:
            self.format_combo.addItem("", name)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.format_label.setBuddy(self.format_combo)

        self.style_label = QLabel(box)
        self.style_combo = QComboBox(box)
        self.style_combo.setObjectName("styleCombo")
        for name in ("gongwen", "plain", "template"):
            self.style_combo.addItem("", name)
        self.style_combo.currentIndexChanged.connect(self._on_format_changed)
        self.style_label.setBuddy(self.style_combo)
        self.font_fallback = QCheckBox(box)
        self.font_fallback.setObjectName("fontFallback")

        self.template_label = QLabel(box)
        self.template_path = QLineEdit(box)
        self.template_path.setObjectName("templatePath")
        self.template_path.textChanged.connect(self._update_export_button)
        self.template_browse = QPushButton(box)
        self.template_browse.setObjectName("templateBrowse")
        self.template_browse.clicked.connect(self.choose_template)
        self.template_label.setBuddy(self.template_path)
        template = QHBoxLayout()
        template.addWidget(self.template_path, 1)
        template.addWidget(self.template_browse)

        self.title_label = QLabel(box)
        self.title_edit = QLineEdit(box)
        self.title_edit.setObjectName("exportTitle")
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.title_label.setBuddy(self.title_edit)

        self.path_label = QLabel(box)
        self.path_edit = QLineEdit(box)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.textEdited.connect(self._on_path_edited)
        self.path_edit.textChanged.connect(self._update_export_button)
        self.path_browse = QPushButton(box)
        self.path_browse.setObjectName("exportBrowse")
        self.path_browse.clicked.connect(self.choose_path)
        path = QHBoxLayout()
        path.addWidget(self.path_edit, 1)
        path.addWidget(self.path_browse)
        self.path_label.setBuddy(self.path_edit)

        form = QFormLayout()
        form.addRow(self.format_label, self.format_combo)
        form.addRow(self.style_label, self.style_combo)
        form.addRow("", self.font_fallback)
        form.addRow(self.template_label, template)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.path_label, path)
        self.file_form = form
        box.setLayout(form)

    def _build_bottom(self) -> None:
        self.count_label = QLabel(self)
        self.count_label.setObjectName("exportCount")
        self.count_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.setObjectName("openFolderButton")
        self.open_folder_button.clicked.connect(self.open_result_folder)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelExportButton")
        self.cancel_button.clicked.connect(self.cancel_export)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)

        status = QHBoxLayout()
        status.addWidget(self.status_label, 1)
        status.addWidget(self.open_folder_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        self.bottom = QVBoxLayout()
        self.bottom.addLayout(status)
        self.bottom.addLayout(buttons)

    # --- reading the library ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the tags and compilations again (keeping what is checked), then the count."""
        checked = set(self.checked_tags())
        self.tag_model.blockSignals(True)
        self.tag_model.clear()
        self._add_tag_items(
            self.tag_model.invisibleRootItem(), build_tag_tree(self.library.tags.list()), checked
        )
        self.tag_model.blockSignals(False)
        self.tag_view.expandAll()
        current = self.compilation_combo.currentData()
        self.compilation_combo.blockSignals(True)
        self.compilation_combo.clear()
        self.compilation_combo.addItem("", None)
        for compilation in self.library.compilations.list():
            name = compilation.title or Path(compilation.source.path).stem
            self.compilation_combo.addItem(name, compilation.id)
        found = self.compilation_combo.findData(current)
        self.compilation_combo.setCurrentIndex(max(0, found))
        self.compilation_combo.blockSignals(False)
        self._retranslate_all_compilations()
        self.update_count()

    def _add_tag_items(self, parent: QStandardItem, nodes: Sequence[TagNode], checked: set[str]) -> None:
        for node in nodes:
            item = QStandardItem(swatch_icon(node.color), node.label)
            item.setData(node.name, NAME_ROLE)
            item.setToolTip(node.name)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if node.name in checked else Qt.CheckState.Unchecked)
            item.setText(f"{node.label}  ({node.total})")
            parent.appendRow(item)
            self._add_tag_items(item, node.children, checked)

    def _tag_items(self, parent: QStandardItem | None = None) -> Iterable[QStandardItem]:
        parent = parent or self.tag_model.invisibleRootItem()
        for row in range(parent.rowCount()):
            item = parent.child(row)
            yield item
            yield from self._tag_items(item)

    def checked_tags(self) -> list[str]:
        return [
            str(item.data(NAME_ROLE))
            for item in self._tag_items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked_tags(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for item in self._tag_items():
            item.setCheckState(
                Qt.CheckState.Checked if item.data(NAME_ROLE) in wanted else Qt.CheckState.Unchecked
            )

    # --- options ----------------------------------------------------------------------------

    def selection(self) -> Selection:
        compilation = self.compilation_combo.currentData()
        dated = self.date_check.isChecked()
        return Selection(
            tags=tuple(self.checked_tags()),
            all_tags=self.tag_match.currentIndex() == 1,
            colors=tuple(name for name, button in self.color_buttons.items() if button.isChecked()),
            states=tuple(state for state, check in self.state_checks.items() if check.isChecked()),
            min_rating=self.min_rating.value() or None,
            compilation_ids=(int(compilation),) if compilation is not None else (),
            created_from=to_date(self.date_from.date()) if dated else None,
            created_to=to_date(self.date_to.date()) if dated else None,
            text=self.text_filter.text().strip(),
        )

    def options(self) -> ExportOptions:
        template = self.template_path.text().strip()
        fields = Fields(**{name: check.isChecked() for name, check in self.field_checks.items()})
        return ExportOptions(
            selection=self.selection(),
            grouping=str(self.grouping_combo.currentData()),
            format=self.export_format(),
            style=str(self.style_combo.currentData()),
            template=Path(template) if template and self.style_combo.currentData() == "template" else None,
            font_fallback=self.font_fallback.isChecked(),
            fields=fields,
            title=self.title_edit.text().strip() or self.tr("Excerpts"),
        )

    def export_format(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, name: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(name))

    def output_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_output_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self._path_edited = True

    # --- the preview count ------------------------------------------------------------------

    def _changed(self) -> None:
        self.date_from.setEnabled(self.date_check.isChecked())
        self.date_to.setEnabled(self.date_check.isChecked())
        self._count_timer.start()

    def update_count(self) -> int:
        """Count the marks the filters select now (``count`` is one read of the marks)."""
        self._count_timer.stop()
        try:
            self._count = count(self.library, self.options())
            self._count_error = ""
        except HuiduError as error:
            self._count, self._count_error = 0, user_message(error)
        self._show_count()
        self._update_export_button()
        self.countChanged.emit(self._count)
        return self._count

    def marks_selected(self) -> int:
        return self._count

    def _show_count(self) -> None:
        if self._count_error:
            text, error = self._count_error, True
        elif self._count == 0:
            text, error = self.tr("No marks match these filters."), True
        else:
            text, error = self.tr("%n marks will be exported.", "", self._count), False
        self.count_label.setText(text)
        self.count_label.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")

    # --- the file ---------------------------------------------------------------------------

    def _on_format_changed(self) -> None:
        word = self.export_format() == "docx"
        template = word and self.style_combo.currentData() == "template"
        widgets: list[tuple[QWidget, bool]] = [
            (self.style_label, word),
            (self.style_combo, word),
            (self.font_fallback, word and self.style_combo.currentData() == "gongwen"),
            (self.template_label, template),
            (self.template_path, template),
            (self.template_browse, template),
        ]
        for widget, enabled in widgets:
            widget.setEnabled(enabled)
        path = self.output_path()
        if path is None:
            path = default_folder() / (self.title_edit.text().strip() or self.tr("Excerpts"))
        self.path_edit.setText(str(path.with_suffix(SUFFIXES[self.export_format()])))
        self._update_export_button()

    def _on_title_edited(self) -> None:
        self._title_edited = True
        self._name_file_after_title()

    def _name_file_after_title(self) -> None:
        """Until the user picks a file, it is named after the title."""
        path, title = self.output_path(), self.title_edit.text().strip()
        if not self._path_edited and path is not None and title:
            self.path_edit.setText(str(path.with_name(title + SUFFIXES[self.export_format()])))

    def _on_path_edited(self) -> None:
        self._path_edited = True

    def choose_path(self) -> None:
        suffix = SUFFIXES[self.export_format()]
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export To"),
            self.path_edit.text(),
            self.format_combo.currentText() + f" (*{suffix})",
        )
        if name:
            path = Path(name)
            self.set_output_path(path if path.suffix.lower() == suffix else path.with_suffix(suffix))

    def choose_template(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Word Template"), self.template_path.text(), self.tr("Word files (*.docx *.dotx)")
        )
        if name:
            self.template_path.setText(name)

    def _update_export_button(self) -> None:
        ready = self._count > 0 and self.output_path() is not None and not self._count_error
        if self.export_format() == "docx" and self.style_combo.currentData() == "template":
            ready = ready and bool(self.template_path.text().strip())
        self.export_button.setEnabled(ready and self._job is None)

    # --- exporting --------------------------------------------------------------------------

    def start_export(self) -> LibraryJob | None:
        path = self.output_path()
        if path is None or self._job is not None:
            return None
        try:
            options = self.options().checked()
        except HuiduError as error:
            self._set_status(user_message(error), error=True)
            return None
        self._result = None
        self._set_status(self.tr("Exporting…"))
        self.progress.setRange(0, 0)  # busy until the first report gives the total
        self._job = self._runner.start(
            self.library_path,
            run_export(options, path),
            self._on_export_done,
            self._on_export_failed,
            self._on_progress,
            kind="export",
        )
        self._set_busy(True)
        return self._job

    def cancel_export(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self._set_status(self.tr("Cancelling…"))

    def is_exporting(self) -> bool:
        return self._job is not None

    def _on_progress(self, token: int, done: int, total: int) -> None:
        if self._job is None or token != self._job.token:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progressChanged.emit(done, total)

    def _on_export_done(self, _token: int, result: object) -> None:
        self._job = None
        self._set_busy(False)
        if isinstance(result, ExportResult):
            self._result = result
            self._set_status(self._result_text(result))
        else:
            self._set_status(self.tr("The export was cancelled; no file was written."))
        self.exportFinished.emit(result if isinstance(result, ExportResult) else None)

    def _on_export_failed(self, _token: int, message: str, expected: bool) -> None:
        self._job = None
        self._set_busy(False)
        text = message if expected else self.tr("Unexpected error: %1").replace("%1", message)
        self._set_status(text, error=True)
        self.exportFailed.emit(text)

    def _result_text(self, result: ExportResult) -> str:
        return self.tr("Exported %n marks to %1", "", result.excerpts).replace("%1", str(result.path))

    def last_result(self) -> ExportResult | None:
        """The last export's outcome (None before one finished, or after a cancel)."""
        return self._result

    def open_result_folder(self) -> None:
        if self._result is not None:
            open_folder(self._result.path.parent)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.open_folder_button.setVisible(self._result is not None and self._job is None)

    def _set_busy(self, busy: bool) -> None:
        for box in (self.selection_box, self.arrangement_box, self.file_box):
            box.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.open_folder_button.setVisible(self._result is not None and not busy)
        self._update_export_button()

    def reject(self) -> None:
        self.cancel_export()  # closing stops an export in progress; its file is not written
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_export()
        super().closeEvent(event)

    # --- language ---------------------------------------------------------------------------

    def _retranslate_all_compilations(self) -> None:
        if self.compilation_combo.count():
            self.compilation_combo.setItemText(0, self.tr("All compilations"))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Export Marks"))
        self.selection_box.setTitle(self.tr("Which marks"))
        self.tags_label.setText(self.tr("Tags:"))
        self.tag_match.setItemText(0, self.tr("Any checked tag"))
        self.tag_match.setItemText(1, self.tr("All checked tags"))
        self.tag_view.setToolTip(self.tr("No tag checked: marks with any tag or none"))
        self.colors_label.setText(self.tr("Colours:"))
        for name, button in self.color_buttons.items():
            button.setToolTip(color_label(name))
        self.states_label.setText(self.tr("States:"))
        labels = {
            "candidate": self.tr("Candidate"),
            "selected": self.tr("Selected"),
            "rejected": self.tr("Rejected"),
        }
        for state, check in self.state_checks.items():
            check.setText(labels.get(state, STATES[state]))
        self.rating_label.setText(self.tr("&Rating at least:"))
        self.min_rating.setSpecialValueText(self.tr("Any"))
        self.compilation_label.setText(self.tr("C&ompilation:"))
        self._retranslate_all_compilations()
        self.date_check.setText(self.tr("Made &between"))
        self.date_and.setText(self.tr("and"))
        self.text_label.setText(self.tr("&Containing:"))
        self.text_filter.setPlaceholderText(self.tr("Text in the quote or the note"))

        self.arrangement_box.setTitle(self.tr("Arrangement"))
        self.grouping_label.setText(self.tr("&Group:"))
        for index, text in enumerate(
            (self.tr("By tag, then speech"), self.tr("By speech"), self.tr("By compilation, then speech"))
        ):
            self.grouping_combo.setItemText(index, text)
        self.fields_label.setText(self.tr("Show:"))
        field_labels = {
            "citation": self.tr("Citation"),
            "heading": self.tr("Heading"),
            "tags": self.tr("Tags"),
            "note": self.tr("Note"),
            "state": self.tr("State"),
            "rating": self.tr("Rating"),
        }
        for name, check in self.field_checks.items():
            check.setText(field_labels[name])

        self.file_box.setTitle(self.tr("File"))
        self.format_label.setText(self.tr("&Format:"))
        for index, text in enumerate(
            (
                self.tr("Word (.docx)"),
                self.tr("Markdown (.md)"),
                self.tr("CSV for Excel (.csv)"),
                self.tr("JSON (.json)"),
            )
        ):
            self.format_combo.setItemText(index, text)
        self.style_label.setText(self.tr("&Style:"))
        for index, text in enumerate(
            (self.tr("Official document (公文)"), self.tr("Plain"), self.tr("From a template"))
        ):
            self.style_combo.setItemText(index, text)
        self.font_fallback.setText(self.tr("Use standard Windows fonts (仿宋, 黑体, 楷体)"))
        self.template_label.setText(self.tr("&Template:"))
        self.template_browse.setText(self.tr("Choose…"))
        self.title_label.setText(self.tr("T&itle:"))
        if not self._title_edited:  # the default title follows the language until the user types one
            self.title_edit.setText(self.tr("Excerpts"))
            self._name_file_after_title()
        self.path_label.setText(self.tr("Save &as:"))
        self.path_browse.setText(self.tr("Browse…"))

        self.open_folder_button.setText(self.tr("Open &Folder"))
        self.export_button.setText(self.tr("&Export"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        self._show_count()
        if self._result is not None and self._job is None:
            self._set_status(self._result_text(self._result))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
