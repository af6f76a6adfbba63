"""Panic from the window: one deliberate click, no typing (hrdoc/core/panic.py);
and the duress passphrase (hrdoc/core/duress.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from hrdoc import settings
from hrdoc.core import panic
from hrdoc.core.sample import load_sample
from hrdoc.core.vault import Vault
from hrdoc.gui.passphrase_fields import NewPassphraseFields
from hrdoc.gui.widgets import plain_label
from hrdoc.gui.worker import run_in_background


class PanicDialog(QDialog):
    """Says what panic does with today's settings. "Destroy access now" is
    one click; Cancel is the default, so Enter or Escape destroys nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panic"))
        self.setMinimumWidth(480)
        chosen = settings.load()
        lines = [self.tr("Destroy access to this vault now?"), ""]
        lines.append(self.tr("The passphrase will no longer open it, and hrdoc quits."))
        if chosen.panic_destroys_recovery:
            lines.append(
                self.tr("The recovery code will not open it either: only a backup brings it back.")
            )
        else:
            lines.append(self.tr("The recovery code written on paper will still open it."))
        if chosen.panic_deletes_data:
            lines.append(self.tr("The database and the evidence files are deleted too."))
        layout = QVBoxLayout(self)
        text = plain_label("\n".join(lines))
        layout.addWidget(text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Discard | QDialogButtonBox.StandardButton.Cancel
        )
        self.destroy_button = buttons.button(QDialogButtonBox.StandardButton.Discard)
        self.destroy_button.setText(self.tr("Destroy access now"))
        self.destroy_button.setAutoDefault(False)
        self.destroy_button.setMinimumHeight(40)
        self.destroy_button.setStyleSheet("font-weight: bold")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus(Qt.FocusReason.OtherFocusReason)
        self.destroy_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def confirm_panic(parent: QWidget | None) -> bool:
    return PanicDialog(parent).exec() == QDialog.DialogCode.Accepted


def destroy(folder: Path) -> panic.PanicResult:
    chosen = settings.load()
    return panic.panic(
        folder,
        recovery_too=chosen.panic_destroys_recovery,
        delete_data=chosen.panic_deletes_data,
    )


class DuressDialog(QDialog):
    """Set (or remove) a duress passphrase and its decoy."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Duress passphrase"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        form.addRow(
            plain_label(
                self.tr(
                    "Typed at unlock instead of your passphrase, a duress passphrase opens a"
                    " decoy vault and destroys this one for good, at once: keep a backup"
                    " somewhere else. The folder looks the same with or without one."
                )
            )
        )
        self.fields = NewPassphraseFields(self.tr("Duress passphrase"))
        form.addRow(self.fields)
        self.sample = QCheckBox(self.tr("Put the fictional sample case in the decoy"))
        form.addRow(self.sample)
        self.error = plain_label()
        self.error.setStyleSheet("color: #a00000")
        form.addRow(self.error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        form.addRow(self.busy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.set_button = buttons.addButton(
            self.tr("Set duress passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.remove_button = buttons.addButton(
            self.tr("Remove it"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.set_button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        self.set_button.clicked.connect(self._set)
        self.remove_button.clicked.connect(self._remove)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _set(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.error.setText(problem)
            return
        vault, chosen = self.vault, self.fields.text()
        fill = load_sample if self.sample.isChecked() else None

        def work() -> None:
            vault.set_duress_passphrase(chosen, decoy=fill)  # type: ignore[arg-type]

        self._run(work)

    def _remove(self) -> None:
        self._run(self.vault.remove_duress_passphrase)

    def _run(self, work: Callable[[], None]) -> None:
        self.set_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.busy.show()
        run_in_background(self, work, self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.fields.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.set_button.setEnabled(True)
        self.remove_button.setEnabled(True)
        self.error.setText(message)
