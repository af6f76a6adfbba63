"""Unlock, or set a new passphrase with the recovery code. Key derivation runs
off the GUI thread with a busy indicator."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from hrdoc.core.vault import Vault
from hrdoc.gui.passphrase_fields import NewPassphraseFields
from hrdoc.gui.widgets import plain_label
from hrdoc.gui.worker import run_in_background


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class UnlockDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.vault: Vault | None = None
        self.setWindowTitle(self.tr("Unlock hrdoc"))
        self.setMinimumWidth(420)
        self.form = QFormLayout(self)
        self.passphrase = _secret_field(self.tr("Passphrase"))
        self.error = plain_label()
        self.error.setStyleSheet("color: #a00000")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.recover_button = QPushButton(self.tr("Forgot it? Use the recovery code"))
        self.recovery_code = QLineEdit()
        self.recovery_code.setAccessibleName(self.tr("Recovery code"))
        self.new_fields = NewPassphraseFields()
        self.recovery_hint = plain_label(
            self.tr(
                "Type the 48 digits of the recovery code you wrote down (spaces and "
                "dashes do not matter), then choose a new passphrase."
            )
        )
        self.form.addRow(self.tr("Passphrase"), self.passphrase)
        self.form.addRow(self.recovery_hint)
        self.form.addRow(self.tr("Recovery code"), self.recovery_code)
        self.form.addRow(self.new_fields)
        self.form.addRow(self.error)
        self.form.addRow(self.busy)
        self.form.addRow(self.unlock_button)
        self.form.addRow(self.recover_button)
        self.panic_button = QPushButton(self.tr("Panic: destroy access…"))
        self.panic_button.setAutoDefault(False)
        self.panic_button.clicked.connect(self._panic)
        self.form.addRow(self.panic_button)
        self.panicked = False
        self._recovering = False
        self._show_recovery(False)
        self.unlock_button.clicked.connect(self._go)
        self.passphrase.returnPressed.connect(self._go)
        self.recover_button.clicked.connect(lambda: self._show_recovery(True))

    def _panic(self) -> None:
        """At the unlock screen too: one click after the question, then hrdoc quits."""
        from hrdoc.gui.panic_ui import confirm_panic, destroy

        if confirm_panic(self):
            destroy(self.folder)
            self.panicked = True
            self.reject()

    def _show_recovery(self, on: bool) -> None:
        self._recovering = on
        self.form.setRowVisible(self.passphrase, not on)
        for field in (self.recovery_hint, self.recovery_code, self.new_fields):
            self.form.setRowVisible(field, on)
        self.recover_button.setVisible(not on)
        self.unlock_button.setText(self.tr("Set new passphrase") if on else self.tr("Unlock"))

    def _go(self) -> None:
        folder = self.folder
        work: Callable[[], Vault]
        if self._recovering:
            code, new = self.recovery_code.text(), self.new_fields.text()
            problem = self.new_fields.problem()
            if problem:
                self.error.setText(problem)
                return

            def work() -> Vault:
                vault = Vault.open_with_recovery_code(folder, code)
                vault.change_passphrase(new)
                return vault

        else:
            secret = self.passphrase.text()
            if not secret:
                return

            def work() -> Vault:
                return Vault.open(folder, secret)

        self.unlock_button.setEnabled(False)
        self.busy.show()
        self.error.setText("")
        run_in_background(self, work, self._opened, self._failed)

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        for field in (self.passphrase, self.recovery_code):
            field.clear()
        self.new_fields.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.unlock_button.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.error.setText(message)


class ChangePassphraseDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Change passphrase"))
        form = QFormLayout(self)
        self.fields = NewPassphraseFields()
        self.error = plain_label()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.save_button = QPushButton(self.tr("Change"))
        form.addRow(self.fields)
        form.addRow(self.error)
        form.addRow(self.busy)
        form.addRow(self.save_button)
        self.save_button.clicked.connect(self._change)

    def _change(self) -> None:
        new = self.fields.text()
        problem = self.fields.problem()
        if problem:
            self.error.setText(problem)
            return
        self.save_button.setEnabled(False)
        self.busy.show()
        vault = self.vault
        run_in_background(self, lambda: vault.change_passphrase(new), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.fields.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.save_button.setEnabled(True)
        self.error.setText(message)
