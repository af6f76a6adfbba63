"""Settings: idle time before the vault locks, backup reminders, and the language."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
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
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(" " + self.tr("minutes"))
        self.idle.setValue(max(1, round(self.current.idle_lock_minutes)))
        self.idle.setAccessibleName(self.tr("Lock after idle minutes"))
        self.reminder = QSpinBox()
        self.reminder.setRange(0, 365)
        self.reminder.setSuffix(" " + self.tr("days"))
        self.reminder.setSpecialValueText(self.tr("Never"))
        self.reminder.setValue(self.current.backup_reminder_days)
        self.reminder.setAccessibleName(self.tr("Remind me to back up after"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.current.language)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(self.tr("Lock after"), self.idle)
        form.addRow(self.tr("Remind me to back up after"), self.reminder)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(plain_label(self.tr("A new language applies the next time hrdoc starts.")))
        form.addRow(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

    def _save(self) -> None:
        # only what this dialog shows changes; every other setting is kept
        self.current = dataclasses.replace(
            self.current,
            idle_lock_minutes=float(self.idle.value()),
            language=self.language.currentData(),
            backup_reminder_days=self.reminder.value(),
        )
        settings.save(self.current)
        self.accept()
