"""Exchange > Senders…: whom bundles came from, with how many bundles and
records; a sender who retracts can be withdrawn: the records received from
them and from no one else are deleted, in one step the Undo bar reverses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core.errors import HrdocError
from hrdoc.core.store import Store
from hrdoc.exchange.inbox import records_from, senders_summary, withdraw_sender
from hrdoc.gui.widgets import plain_label


class SendersDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(QCoreApplication.translate("Senders", "Senders"))
        self.resize(640, 420)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Senders", "Sender"),
                QCoreApplication.translate("Senders", "Bundles"),
                QCoreApplication.translate("Senders", "Records"),
            ]
        )
        self.table.setAccessibleName(QCoreApplication.translate("Senders", "Senders"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.withdraw_button = QPushButton(
            QCoreApplication.translate("Senders", "&Withdraw their records…")
        )
        self.withdraw_button.clicked.connect(self.withdraw)
        self.status = plain_label()
        self.empty = plain_label(
            QCoreApplication.translate(
                "Senders", "No bundle has been imported yet (Exchange > Import bundle…)."
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.withdrawn: Any = None
        self.refresh()

    def refresh(self) -> None:
        rows = senders_summary(self.store.vault.conn)
        self.table.setRowCount(len(rows))
        for r, (name, bundles, records) in enumerate(rows):
            for c, text in enumerate((name, str(bundles), str(records))):
                item = QTableWidgetItem(text)  # plain text: the name comes from a bundle
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not rows)
        self.withdraw_button.setEnabled(bool(rows))
        if rows and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def chosen(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item else None

    ask = staticmethod(QMessageBox.question)

    def withdraw(self) -> None:
        name = self.chosen()
        if name is None:
            return
        try:
            found = records_from(self.store, name)
        except HrdocError as exc:
            self.status.setText(str(exc))
            return
        question = QCoreApplication.translate(
            "Senders",
            "Delete the %n record(s) received from “%1” and from no one else?"
            " Undo brings them back.",
            "",
            found.count(),
        ).replace("%1", name)
        if self.ask(self, "hrdoc", question) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.withdrawn = withdraw_sender(self.store, name)
        except HrdocError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(
            QCoreApplication.translate("Senders", "Withdrawn: %n record(s).", "", found.count())
        )
        self.refresh()


def show_senders(window: Any) -> None:
    """The dialog; a withdrawal shows in the list at once, with Undo."""
    if window.store is None:
        return
    dialog = SendersDialog(window.store, window)
    dialog.exec()
    if dialog.withdrawn is not None:
        window.reload_cases(select=window.current_case_id())
        window.filters.refill_senders(window.store)
        if dialog.withdrawn.deleted is not None:
            window.undo_bar.deleted(window.store, dialog.withdrawn.deleted)
