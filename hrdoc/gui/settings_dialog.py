"""Settings: idle time before the vault locks, and the language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QWidget,
)

from hrdoc import settings
from hrdoc.gui.widgets import LANGUAGE_NAMES, plain_label


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.current = settings.load()
        form = QFormLayout(self)
        self.idle = QDoubleSpinBox()
        self.idle.setRange(0.5, 240)
        self.idle.setSuffix(" min")
        self.idle.setValue(self.current.idle_lock_minutes)
        self.idle.setAccessibleName(self.tr("Lock after idle minutes"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.current.language)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(self.tr("Lock after"), self.idle)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(plain_label(self.tr("A new language applies the next time hrdoc starts.")))
        form.addRow(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

    def _save(self) -> None:
        self.current = settings.Settings(
            idle_lock_minutes=self.idle.value(), language=self.language.currentData()
        )
        settings.save(self.current)
        self.accept()
