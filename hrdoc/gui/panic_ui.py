"""Panic from the window: one deliberate click, no typing (hrdoc/core/panic.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from hrdoc import settings
from hrdoc.core import panic
from hrdoc.gui.widgets import plain_label


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
