"""Exchange > Import a folder of bundles…: every bundle in a folder, each
on its own and all or nothing (hrdoc.exchange.inbox), with one progress bar
across the set and Cancel between bundles; then a table of what each did."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core.errors import HrdocError
from hrdoc.exchange.inbox import (
    ALREADY,
    IMPORTED,
    NOT_TRIED,
    REFUSED,
    InboxLine,
    bundle_files,
    import_many,
)
from hrdoc.gui.widgets import ltr, plain_label, plain_message
from hrdoc.gui.worker import run_with_progress_dialog


def result_text(result: str) -> str:
    return {
        IMPORTED: QCoreApplication.translate("Inbox", "Imported"),
        ALREADY: QCoreApplication.translate("Inbox", "Already imported"),
        REFUSED: QCoreApplication.translate("Inbox", "Refused"),
        NOT_TRIED: QCoreApplication.translate("Inbox", "Not tried (cancelled)"),
    }[result]


class InboxSummary(QDialog):
    """A line per bundle: file, sender, verified, records added, conflicts, result."""

    def __init__(self, lines: list[InboxLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Inbox", "Bundles imported"))
        self.resize(900, 480)
        counts: dict[str, int] = {}
        for line in lines:
            counts[line.result] = counts.get(line.result, 0) + 1
        summary = " · ".join(f"{result_text(r)}: {n}" for r, n in counts.items())
        self.table = QTableWidget(len(lines), 6)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Inbox", "File"),
                QCoreApplication.translate("Inbox", "Sender"),
                QCoreApplication.translate("Inbox", "Verified contact"),
                QCoreApplication.translate("Inbox", "Records added"),
                QCoreApplication.translate("Inbox", "Conflicts"),
                QCoreApplication.translate("Inbox", "Result"),
            ]
        )
        self.table.setAccessibleName(QCoreApplication.translate("Inbox", "Bundles imported"))
        yes, no = (
            QCoreApplication.translate("Inbox", "Yes"),
            QCoreApplication.translate("Inbox", "No"),
        )
        for row, line in enumerate(lines):
            done = line.result in (IMPORTED, ALREADY)
            result = result_text(line.result)
            if line.result == REFUSED:
                result += f": {line.reason}"
            cells = [
                ltr(line.file),  # "0-bundle.age" stays so in a right-to-left window
                line.sender,
                (yes if line.verified else no) if done else "",
                str(line.added) if done else "",
                str(line.conflicts) if done else "",
                result,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text: names and reasons come from files
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.summary = plain_label(summary)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def import_folder(window: Any) -> None:
    """Choose a folder, import every bundle in it, then show the table."""
    store = window.store
    if store is None:
        return
    folder = window.get_existing_directory(
        window, QCoreApplication.translate("MainWindow", "A folder of bundles")
    )
    if not folder:
        return
    try:
        files = bundle_files([Path(folder)])
    except HrdocError as exc:
        plain_message(window, "hrdoc", str(exc)).exec()
        return
    unknown = QCheckBox(
        QCoreApplication.translate("Inbox", "Also import from senders who are not my contacts")
    )
    box = QMessageBox(window)
    box.setWindowTitle("hrdoc")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "Inbox", "Import %n bundle(s)? Each is imported whole or not at all.", "", len(files)
        )
    )
    box.setCheckBox(unknown)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    if box.exec() != QMessageBox.StandardButton.Ok:
        return
    accept = unknown.isChecked()

    def finished(lines: list[InboxLine]) -> None:
        window.reload_cases()
        window.filters.refill_senders(store)  # new senders to filter by
        window.inbox_summary = InboxSummary(lines, window)
        window.inbox_summary.show()

    run_with_progress_dialog(
        window,
        QCoreApplication.translate("Inbox", "Importing bundles…"),
        lambda report: import_many(store, files, accept_unknown_sender=accept, progress=report),
        finished,
        window._tell,
    )
