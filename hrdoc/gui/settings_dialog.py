"""Settings: idle time before the vault locks, backup reminders, and the language."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from hrdoc import settings
from hrdoc.core import panic
from hrdoc.core.keyslots import KeySlotFile
from hrdoc.core.vault import Vault
from hrdoc.gui.widgets import LANGUAGE_NAMES, plain_label

#: shortcuts offered for Panic: none of them is taken by the window already
PANIC_SHORTCUTS = ("Ctrl+Alt+Shift+P", "Ctrl+Shift+F12", "F12")


class SettingsDialog(QDialog):
    def _units(self) -> None:
        """The unit after each number in the plural the language gives it
        ("5 دقائق", "11 دقيقة"; "1 minute", "5 minutes")."""
        for box, plural, singular in (
            (self.idle, self.tr("minutes", "", self.idle.value()), "minute"),
            (self.reminder, self.tr("days", "", self.reminder.value()), "day"),
        ):
            english = plural in ("minutes", "days")  # no translation loaded
            box.setSuffix(" " + (singular if english and box.value() == 1 else plural))

    def __init__(self, parent: QWidget | None = None, vault: Vault | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.current = settings.load()
        self.vault = vault
        form = QFormLayout(self)
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setValue(max(1, round(self.current.idle_lock_minutes)))
        self.idle.setAccessibleName(self.tr("Lock after idle minutes"))
        self.reminder = QSpinBox()
        self.reminder.setRange(0, 365)
        self.reminder.setSpecialValueText(self.tr("Never"))
        self.reminder.setValue(self.current.backup_reminder_days)
        self.idle.valueChanged.connect(self._units)
        self.reminder.valueChanged.connect(self._units)
        self._units()
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
        self.panic_recovery = QCheckBox(self.tr("Panic also destroys the recovery code's key"))
        self.panic_recovery.setChecked(self.current.panic_destroys_recovery)
        self.panic_data = QCheckBox(self.tr("Panic also deletes the database and evidence files"))
        self.panic_data.setChecked(self.current.panic_deletes_data)
        # a list, not a key recorder: a recorder takes Tab for itself
        self.panic_keys = QComboBox()
        self.panic_keys.setAccessibleName(self.tr("Panic shortcut"))
        self.panic_keys.addItem(self.tr("None"), "")
        choices = list(PANIC_SHORTCUTS)
        if self.current.panic_shortcut and self.current.panic_shortcut not in choices:
            choices.append(self.current.panic_shortcut)  # set by hand in the settings file
        for keys in choices:
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            self.panic_keys.addItem(shown, keys)
        self.panic_keys.setCurrentIndex(
            max(0, self.panic_keys.findData(self.current.panic_shortcut))
        )
        form.addRow(self.panic_recovery)
        form.addRow(self.panic_data)
        form.addRow(self.tr("Panic shortcut"), self.panic_keys)
        self.wipe_after = QSpinBox()
        self.wipe_after.setRange(0, 100)
        self.wipe_after.setSpecialValueText(self.tr("Never"))
        self.wipe_after.setAccessibleName(self.tr("Destroy this vault after wrong passphrases"))
        if vault is not None:
            slots = KeySlotFile.load(vault.keys_path)
            self.wipe_after.setValue(slots.guard.get("wipe_after", 0))
            form.addRow(self.tr("Destroy this vault after wrong passphrases"), self.wipe_after)
            form.addRow(
                plain_label(
                    self.tr(
                        "Counted in the vault's folder; someone with a copy of the folder is"
                        " not bound by it."
                    )
                )
            )
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
            panic_destroys_recovery=self.panic_recovery.isChecked(),
            panic_deletes_data=self.panic_data.isChecked(),
            panic_shortcut=self.panic_keys.currentData(),
        )
        settings.save(self.current)
        if self.vault is not None:
            slots = KeySlotFile.load(self.vault.keys_path)
            if slots.guard.get("wipe_after", 0) != self.wipe_after.value():
                panic.set_wipe_after(slots, self.wipe_after.value())
        self.accept()
