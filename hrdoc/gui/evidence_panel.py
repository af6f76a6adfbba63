"""Evidence of the selected incident: add files (with progress and cancel),
see their SHA-256, export a verified copy, preview images in memory only."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core import deletion
from hrdoc.core.errors import InvalidInput
from hrdoc.core.evidence import (
    add_evidence_files,
    export_evidence,
    export_evidence_to_file,
    portable_file_name,
)
from hrdoc.core.records import Evidence
from hrdoc.core.store import Store
from hrdoc.gui.deleting import purge_with_question
from hrdoc.gui.widgets import ltr, plain_label, show_progress
from hrdoc.gui.worker import Task, run_in_background

MAX_PREVIEW_BYTES = 30 << 20


class EvidencePanel(QWidget):
    removed = Signal(object)  # a file was deleted (a deletion.Deleted: undoable)
    erased = Signal()  # a file was erased for good

    # file dialogs are attributes so tests can replace them
    get_open_file_names = staticmethod(QFileDialog.getOpenFileNames)
    get_save_file_name = staticmethod(QFileDialog.getSaveFileName)

    def __init__(self) -> None:
        super().__init__()
        self.store: Store | None = None
        self.incident_id: str | None = None
        self._items: list[Evidence] = []
        self._task: Task | None = None
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), "SHA-256"])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Evidence files"))
        buttons = QGridLayout()  # two rows: the panel stays narrow on a small screen
        self.add_button = QPushButton(self.tr("Add files…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(
            self.tr("Description, date, source, who may see it, and whether it may be published")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Write a verified copy of the selected file"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Delete the selected row (Undo brings it back)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setToolTip(
            self.tr("Erase the selected file for good, with the copies made from it")
        )
        self.erase_button.clicked.connect(self.erase_selected)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        for n, button in enumerate(
            (
                self.add_button,
                self.edit_button,
                self.export_button,
                self.remove_button,
                self.erase_button,
                self.cancel_button,
            )
        ):
            buttons.addWidget(button, n // 3, n % 3)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = plain_label()
        self.metadata = plain_label()  # what the file says about itself (vault data: plain text)
        self.metadata.setWordWrap(True)
        self.metadata.setAccessibleName(self.tr("What the file says about itself"))
        self.preview = plain_label()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.metadata)
        layout.addWidget(self.preview)
        self.add_button.clicked.connect(self.choose_files)
        self.export_button.clicked.connect(self.export_selected)
        self.cancel_button.clicked.connect(self.cancel)
        self.table.currentCellChanged.connect(lambda *_: self.show_preview())
        self.table.cellDoubleClicked.connect(lambda *_: self.edit_selected())
        self.setEnabled(False)

    def show_incident(self, store: Store, incident_id: str) -> None:
        self.store, self.incident_id = store, incident_id
        self.setEnabled(True)
        self.refresh()

    def clear(self) -> None:
        self.cancel()
        self.store = self.incident_id = None
        self._items = []
        self.table.setRowCount(0)
        self.status.setText("")
        self.metadata.clear()
        self.preview.clear()
        self.setEnabled(False)

    def refresh(self) -> None:
        if self.store is None:
            return
        self._items = self.store.find(Evidence, where={"incident_id": self.incident_id})
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            for column, text in enumerate((item.file_name, f"{item.size:,}", item.sha256)):
                self.table.setItem(row, column, QTableWidgetItem(text))  # plain text

    # adding -------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = self.get_open_file_names(self, self.tr("Add evidence files"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        if self.store is None or self.incident_id is None:
            return
        store, incident_id = self.store, self.incident_id

        def work(report: Any) -> int:  # all the files, or (cancel, error) none
            return len(add_evidence_files(store, incident_id, paths, progress=report))

        self._start(work, self._added)

    def _start(self, work: Any, finished: Any) -> None:
        """Run ``work(report)`` off the GUI thread with progress and Cancel."""
        show_progress(self.progress, 0, 0)
        self.progress.show()
        self.cancel_button.show()
        for button in (self.add_button, self.export_button, self.remove_button):
            button.setEnabled(False)
        self._task = run_in_background(
            self,
            work,
            finished,
            self._failed,
            lambda done, total: show_progress(self.progress, done, total),
            with_progress=True,
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _done(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        for button in (self.add_button, self.export_button, self.remove_button):
            button.setEnabled(True)

    def _added(self, count: int) -> None:
        self._done()
        self.status.setText(self.tr("Added %n file(s).", "", count))
        self.refresh()
        if self._items:  # show the last one added, and what it says about itself
            self.table.setCurrentCell(len(self._items) - 1, 0)

    def _failed(self, message: str) -> None:
        self._done()
        self.status.setText(message)
        self.refresh()

    # exporting and preview ------------------------------------------------------------

    def selected(self) -> Evidence | None:
        row = self.table.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def edit_selected(self) -> None:
        """What is known about the selected file: its description, when it was
        captured, its source, who may see it, and whether a public report may
        show it (the file's bytes never change)."""
        from hrdoc.gui.record_dialogs import EditRecordsDialog, Field

        item = self.selected()
        if item is None or self.store is None or self._task is not None:
            return
        fields = [
            Field("description", self.tr("Description"), multiline=True),
            Field(
                "captured_at",
                self.tr("Captured on (2016-08-10, 2016-08 or 2016)"),
                optional=True,
            ),
            Field("source", self.tr("Source")),
            Field(
                "publishable", self.tr("May be published (a public report may show it)"), check=True
            ),
        ]
        title = self.tr("Edit evidence") + ": " + item.file_name
        dialog = EditRecordsDialog(self.store, [(item, fields)], title, self)
        if dialog.exec() == EditRecordsDialog.DialogCode.Accepted:
            self.refresh()
            self.status.setText(self.tr("Saved."))

    def export_selected(self) -> None:
        item = self.selected()
        if item is None or self.store is None:
            return
        name, _filter = self.get_save_file_name(
            self, self.tr("Export a copy"), portable_file_name(item.file_name)
        )
        if not name:
            return
        store, evidence_id, dest = self.store, item.id, Path(name)

        def work(report: Any) -> None:
            try:
                export_evidence_to_file(store, evidence_id, dest, progress=report)
            except OSError as exc:
                raise InvalidInput(f"cannot write {dest}: {exc.strerror}") from None

        self._start(work, self._exported)

    def _exported(self, _result: object) -> None:
        self._done()
        self.status.setText(self.tr("Exported a verified copy (SHA-256 checked)."))

    def remove_selected(self) -> None:
        """Delete the selected file (and copies made from it): hidden, undoable."""
        item = self.selected()
        if item is None or self.store is None or self._task is not None:
            return
        done = deletion.delete(self.store, item.id)
        self.refresh()
        self.preview.clear()
        self.metadata.clear()
        self.removed.emit(done)

    def erase_selected(self) -> None:
        """Erase the selected file for good (its key and sealed file), after asking."""
        item = self.selected()
        if item is None or self.store is None or self._task is not None:
            return
        if purge_with_question(self, self.store, item.id):
            self.refresh()
            self.preview.clear()
            self.metadata.clear()
            self.erased.emit()

    def show_metadata(self, item: Evidence | None) -> None:
        if item is None or not item.file_metadata:
            self.metadata.clear()
            return
        found = "; ".join(
            f"{name}: {value}" if value else name for name, value in item.file_metadata.items()
        )
        self.metadata.setText(
            self.tr(
                "The file says about itself: %1. This is kept secret: it leaves this vault only"
                " in a full export, and bundles below 'full' carry a copy of the file without it."
            ).replace("%1", ltr(found))  # English words and numbers: one left-to-right run
        )

    def show_preview(self) -> None:
        item = self.selected()
        self.show_metadata(item)
        self.preview.clear()
        if item is None or self.store is None or not item.media_type.startswith("image/"):
            return
        if item.size > MAX_PREVIEW_BYTES:
            self.preview.setText(self.tr("Too large to preview."))
            return
        buffer = io.BytesIO()
        export_evidence(self.store, item.id, buffer)  # in memory only, never on disk
        image = QImage.fromData(buffer.getvalue())
        if image.isNull():
            self.preview.setText(self.tr("This image cannot be shown."))
            return
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                320,
                240,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
