"""Exchange > Import spreadsheet…: each column mapped to a field (guessed
from its header, changeable), every row checked, the first rows shown as they
will be stored, every problem listed by row and column; Import is possible
only when there is none, and stores all rows or none (hrdoc/exchange/tables.py).
Cell text is shown as plain text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core.atomic import atomic_write_bytes
from hrdoc.core.errors import HrdocError
from hrdoc.core.store import Store
from hrdoc.exchange.tables import (
    FIELDS,
    Table,
    TablePlan,
    commit,
    guess_mapping,
    mapping_json,
    plan_import,
)
from hrdoc.gui.widgets import plain_label, plain_text_edit
from hrdoc.gui.worker import run_with_progress_dialog

SAMPLE_ROWS = 3


class TableImportDialog(QDialog):
    get_save_file_name = staticmethod(QFileDialog.getSaveFileName)

    def __init__(self, store: Store, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table = table
        self.plan: TablePlan | None = None
        self.imported = 0
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr("%1: %2 row(s). Choose the field each column fills.")
                .replace("%1", table.name)
                .replace("%2", str(len(table.rows)))
            )
        )
        self.columns = QTableWidget(len(table.headers), 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First values"), self.tr("Field")]
        )
        self.columns.setAccessibleName(self.tr("Columns and fields"))
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setStretchLastSection(True)
        guessed = guess_mapping(table.headers, table.rows)
        self.choosers: dict[str, QComboBox] = {}
        for row, header in enumerate(table.headers):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            samples = " | ".join(r[row] for r in table.rows[:SAMPLE_ROWS] if r[row])
            self.columns.setItem(row, 1, QTableWidgetItem(samples[:120]))
            chooser = QComboBox()
            chooser.addItem(self.tr("(not imported)"), "")
            for name in FIELDS:
                chooser.addItem(self.field_label(name), name)
            chooser.setCurrentIndex(max(0, chooser.findData(guessed.get(header, ""))))
            chooser.currentIndexChanged.connect(self.check)
            chooser.setAccessibleName(self.tr("Field for column %1").replace("%1", header))
            self.columns.setCellWidget(row, 2, chooser)
            self.choosers[header] = chooser
        self.columns.resizeColumnsToContents()
        layout.addWidget(self.columns)
        options = QFormLayout()
        self.dates = QComboBox()
        self.dates.addItem(self.tr("Year first only (2016-08-10)"), "iso")
        self.dates.addItem(self.tr("Day first (10/08/2016 is 10 August)"), "dmy")
        self.dates.addItem(self.tr("Month first (08/10/2016 is 10 August)"), "mdy")
        self.dates.currentIndexChanged.connect(self.check)
        options.addRow(self.tr("Dates written with /"), self.dates)
        layout.addLayout(options)
        self.report = plain_text_edit(read_only=True)
        self.report.setAccessibleName(self.tr("What will be imported, and the problems"))
        layout.addWidget(self.report)
        buttons = QHBoxLayout()
        self.save_mapping_button = QPushButton(self.tr("Save mapping…"))
        self.import_button = QPushButton(self.tr("Import"))
        self.close_button = QPushButton(self.tr("Cancel"))
        self.import_button.setAutoDefault(False)
        self.close_button.setDefault(True)
        buttons.addWidget(self.save_mapping_button)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.save_mapping_button.clicked.connect(self.save_mapping)
        self.import_button.clicked.connect(self.do_import)
        self.close_button.clicked.connect(self.reject)
        self.check()

    def field_label(self, name: str) -> str:
        return {
            "case": self.tr("Case"),
            "title": self.tr("Title"),
            "description": self.tr("Description"),
            "start_date": self.tr("Date"),
            "end_date": self.tr("End date"),
            "country": self.tr("Country"),
            "region": self.tr("Region"),
            "place": self.tr("Place"),
            "latitude": self.tr("Latitude"),
            "longitude": self.tr("Longitude"),
            "coordinates": self.tr("Coordinates"),
            "types": self.tr("Type"),
            "verification": self.tr("Verification"),
        }[name]

    def mapping(self) -> dict[str, str]:
        chosen: dict[str, str] = {}
        for header, chooser in self.choosers.items():
            name = chooser.currentData()
            if name:
                chosen[header] = name
        return chosen

    def check(self) -> None:
        """Check every row with the current mapping; nothing is stored."""
        self.plan = None
        self.import_button.setEnabled(False)
        mapping = self.mapping()
        fields = list(mapping.values())
        doubled = {f for f in fields if fields.count(f) > 1}
        if doubled:
            names = ", ".join(self.field_label(f) for f in sorted(doubled))
            self.report.setPlainText(
                self.tr("Two columns fill the same field: %1").replace("%1", names)
            )
            return
        try:
            plan = plan_import(self.store, self.table, mapping, dates=self.dates.currentData())
        except HrdocError as exc:
            self.report.setPlainText(str(exc))
            return
        lines = [self.tr("The first rows, as they will be stored:")]
        for n, row in enumerate(plan.preview(self.store, self.store_lang()), 1):
            lines.append(f"{n}. " + "; ".join(f"{k}: {v}" for k, v in row.items() if v))
        if plan.problems:
            lines += [
                "",
                self.tr(
                    "%1 problem(s): change the choices above, or fix the file and open it again."
                ).replace("%1", str(len(plan.problems))),
            ]
            lines += [p.line() for p in plan.problems[:500]]
        else:
            lines += [
                "",
                self.tr("%1 incident(s) in %2 new case(s) will be imported.")
                .replace("%1", str(len(plan.incidents)))
                .replace("%2", str(len(plan.new_cases))),
            ]
        self.report.setPlainText("\n".join(lines))
        self.plan = plan
        self.import_button.setEnabled(not plan.problems and bool(plan.incidents))

    def store_lang(self) -> str:
        parent = self.parent()
        return str(getattr(parent, "lang", "en"))

    def save_mapping(self) -> None:
        name, _filter = self.get_save_file_name(
            self, self.tr("Save the column mapping"), "mapping.json"
        )
        if name:
            try:
                atomic_write_bytes(Path(name), mapping_json(self.mapping()).encode(), mode=0o644)
            except (HrdocError, OSError) as exc:
                self.report.setPlainText(str(exc))

    def do_import(self) -> None:
        plan, store = self.plan, self.store
        if plan is None or plan.problems:
            return

        def work(report: Any) -> int:
            report(0, 0)
            commit(store, plan)
            return len(plan.incidents)

        def done(count: int) -> None:
            self.imported = count
            self.accept()

        run_with_progress_dialog(
            self, self.tr("Importing the spreadsheet…"), work, done, self.report.setPlainText
        )


def choose_and_import(window: Any, store: Store | None) -> None:
    """Exchange > Import spreadsheet…: a file chosen, read, checked in the
    dialog, imported; the window says how many incidents came in."""
    from hrdoc.exchange.tables import read_table

    if store is None:
        return
    name, _filter = window.get_open_file_name(
        window,
        QCoreApplication.translate("MainWindow", "A spreadsheet of incidents"),
        "",
        QCoreApplication.translate("MainWindow", "Spreadsheets (*.csv *.xlsx)"),
    )
    if not name:
        return
    try:
        table = read_table(Path(name))
    except HrdocError as exc:
        window._tell(str(exc))
        return
    dialog = TableImportDialog(store, table, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        done = QCoreApplication.translate("MainWindow", "Imported %1 incident(s).")
        window._tell(done.replace("%1", str(dialog.imported)), refresh=True)
