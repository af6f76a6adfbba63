"""Unlock: the key derivation runs off the GUI thread with a busy indicator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QProgressBar, QPushButton, QWidget

from hrdoc.core.vault import Vault
from hrdoc.gui.widgets import plain_label
from hrdoc.gui.worker import run_in_background


class UnlockDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.vault: Vault | None = None
        self.setWindowTitle(self.tr("Unlock hrdoc"))
        form = QFormLayout(self)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = plain_label()
        self.error.setStyleSheet("color: #a00000")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.error)
        form.addRow(self.busy)
        form.addRow(self.unlock_button)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)

    def _unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            return
        self.unlock_button.setEnabled(False)
        self.passphrase.setEnabled(False)
        self.busy.show()
        self.error.setText("")
        folder = self.folder
        run_in_background(self, lambda: Vault.open(folder, secret), self._opened, self._failed)

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        self.passphrase.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.unlock_button.setEnabled(True)
        self.passphrase.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.error.setText(message)
