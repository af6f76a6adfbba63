"""Contacts: add a card (pasted or from a file), compare fingerprints, verify."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core.errors import HrdocError
from hrdoc.core.vault import Vault
from hrdoc.exchange import contacts
from hrdoc.exchange.identity import Card
from hrdoc.gui.widgets import fixed_font, ltr, plain_label, plain_message, plain_text_edit


class ContactsDialog(QDialog):
    get_open_file_name = staticmethod(QFileDialog.getOpenFileName)
    confirm = staticmethod(QMessageBox.question)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._contacts: list[contacts.Contact] = []
        self.setWindowTitle(self.tr("Contacts"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Verified"),
                self.tr("Keeps my backup"),
                self.tr("Fingerprint"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.card_text = plain_text_edit()
        self.card_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # cards are ASCII
        self.card_text.setPlaceholderText(self.tr("Paste a contact card here"))
        self.card_text.setAccessibleName(self.tr("Contact card"))
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add pasted card"))
        self.file_button = QPushButton(self.tr("Add card from file…"))
        self.verify_button = QPushButton(self.tr("Fingerprints match: verify"))
        self.keeper_button = QPushButton(self.tr("Keeps my backup: yes or no"))
        self.keeper_button.setToolTip(
            self.tr("A verified contact who keeps a full copy of your records (Vault > Back up)")
        )
        for button in (self.add_button, self.file_button, self.verify_button, self.keeper_button):
            buttons.addWidget(button)
        self.status = plain_label()
        self.qr = QLabel()  # a picture: no text, no word wrap to squash it
        self.qr.setFixedSize(200, 200)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR code of the selected contact"))
        layout.addWidget(self.table)
        below = QHBoxLayout()
        below.addWidget(self.qr)
        below.addWidget(self.card_text, 1)
        layout.addLayout(below)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(lambda: self.add_text(self.card_text.toPlainText()))
        self.file_button.clicked.connect(self.add_file)
        self.verify_button.clicked.connect(self.verify_selected)
        self.keeper_button.clicked.connect(self.toggle_keeper)
        self.table.currentCellChanged.connect(lambda *_: self.show_qr())
        self.refresh()

    def refresh(self) -> None:
        found = contacts.list_contacts(self.vault)
        self._contacts = found
        self.table.setRowCount(len(found))
        for row, contact in enumerate(found):
            verified = self.tr("yes") if contact.verified else self.tr("NOT verified")
            keeps = self.tr("yes") if contact.keeps_backup else ""
            cells = (contact.name, verified, keeps, ltr(contact.card.fingerprint))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:  # read out digit by digit: fixed width, never cut
                    item.setFont(fixed_font(10))
                    item.setToolTip(contact.card.fingerprint)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        wanted = sum(self.table.columnWidth(c) for c in range(4)) + 48
        if self.width() < wanted:
            self.resize(wanted, self.height())

    def show_qr(self) -> None:
        row = self.table.currentRow()
        self.qr.clear()
        if 0 <= row < len(self._contacts):
            pixmap = QPixmap()
            pixmap.loadFromData(self._contacts[row].card.qr_png(scale=3))
            self.qr.setPixmap(
                pixmap.scaled(
                    self.qr.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,  # crisp modules
                )
            )

    def add_text(self, text: str) -> None:
        try:
            contact = contacts.add(self.vault, Card.parse(text))
        except HrdocError as exc:
            self.status.setText(str(exc))
            return
        self.card_text.clear()
        self.status.setText(
            self.tr("Added. Compare this fingerprint with them before trusting it: ")
            + ltr(contact.card.fingerprint)
        )
        self.refresh()

    def add_file(self) -> None:
        name, _filter = self.get_open_file_name(self, self.tr("Contact card"))
        if name:
            try:
                text = Path(name).read_text(encoding="utf-8", errors="replace")[:20_000]
            except OSError as exc:
                self.status.setText(str(exc.strerror))
                return
            self.add_text(text)

    def verify_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._contacts):
            return
        name = self._contacts[row].name
        fingerprint = ltr(self._contacts[row].card.fingerprint)
        box = plain_message(
            self,
            self.tr("Verify contact"),
            self.tr("Read these digits with them, group by group. Do they match?")
            + f"\n\n{name}\n{fingerprint}",
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter never vouches for a key
        box.setEscapeButton(QMessageBox.StandardButton.No)
        if self.ask(box) == QMessageBox.StandardButton.Yes:
            contacts.mark_verified(self.vault, name)
            self.refresh()

    def toggle_keeper(self) -> None:
        """Mark or unmark the selected contact as keeping a copy of your records."""
        row = self.table.currentRow()
        if not 0 <= row < len(self._contacts):
            return
        contact = self._contacts[row]
        try:
            contacts.set_keeps_backup(self.vault, contact.name, not contact.keeps_backup)
        except HrdocError as exc:
            self.status.setText(str(exc))
            return
        self.refresh()
        self.table.selectRow(row)

    @staticmethod
    def ask(box: QMessageBox) -> int:
        return box.exec()
