"""What the main window does to keep the vault safe and itself in shape:
backups and their reminder, panic, the duress passphrase, and its layout
kept inside the vault. A mixin of MainWindow (hrdoc/gui/main_window.py),
which owns the widgets these use."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QWidget

from hrdoc.core import backup
from hrdoc.exchange.contact_backup import back_up_to_contacts, restore_from_contact_copy
from hrdoc.gui.backup_ui import back_up, reminder_text
from hrdoc.gui.panic_ui import DuressDialog, confirm_panic
from hrdoc.gui.panic_ui import destroy as destroy_access
from hrdoc.gui.worker import run_with_progress_dialog, stop_all


class SafetyActions:
    """Backups, panic, duress and the kept layout (see the module docstring).
    Its strings are in MainWindow's translation context, where they were."""

    # provided by MainWindow
    vault: Any
    store: Any
    backup_bar: Any
    last_backup: Any
    panic_action: Any
    panicked: Any
    closing: bool
    vault_folder: Any
    stack: Any
    splitter: Any
    editor: Any
    model: Any
    table: Any
    get_save_file_name: Any
    get_open_file_name: Any
    reload_cases: Any
    _tell: Any
    close: Any
    saveGeometry: Any
    restoreGeometry: Any

    def _widget(self) -> QWidget:
        return cast(QWidget, self)

    def _remind_to_back_up(self) -> None:
        """At unlock only, never during work: a bar if the last backup is old."""
        if self.vault is None:
            return
        from hrdoc import settings

        last = self.vault.meta("last_backup")
        text = reminder_text(last, settings.load().backup_reminder_days)
        self.backup_bar.message.setText(text)
        self.backup_bar.setVisible(bool(text))
        self._show_last_backup(last)

    def _show_last_backup(self, last: str) -> None:
        self.last_backup.setText(
            QCoreApplication.translate("MainWindow", "Last backup: %1").replace("%1", last[:10])
            if last
            else QCoreApplication.translate("MainWindow", "No backup yet")
        )

    def set_duress(self) -> None:
        if self.vault is not None:
            DuressDialog(self.vault, self._widget()).exec()

    def back_up(self) -> None:
        if self.vault is not None:
            back_up(
                self._widget(), self.vault, self._backed_up, self._tell, self.get_save_file_name
            )

    def back_up_for_contacts(self) -> None:
        """A full bundle for the contacts who keep your backup (and your recovery code)."""
        if self.store is None:
            return
        path, _filter = self.get_save_file_name(
            self._widget(),
            QCoreApplication.translate("MainWindow", "Back up for trusted contacts"),
            "hrdoc-backup-for-contacts.age",
        )
        if not path:
            return
        store = self.store

        def done(result: Any) -> None:
            _bundle, names = result
            self._tell(
                QCoreApplication.translate(
                    "MainWindow",
                    "Backup bundle written for %1. Give it to them; on a new computer,"
                    " Exchange > Restore from a contact's copy brings the records back"
                    " with your recovery code.",
                ).replace("%1", ", ".join(names))
            )

        run_with_progress_dialog(
            self._widget(),
            QCoreApplication.translate("MainWindow", "Writing the backup bundle…"),
            lambda report: back_up_to_contacts(store, Path(path), progress=report),
            done,
            self._tell,
        )

    def restore_from_contact(self) -> None:
        """Records back from a backup bundle a contact kept, with the old recovery code."""
        if self.store is None:
            return
        name, _filter = self.get_open_file_name(
            self._widget(),
            QCoreApplication.translate("MainWindow", "A backup a contact kept for you"),
        )
        if not name:
            return
        code, ok = QInputDialog.getText(
            self._widget(),
            QCoreApplication.translate("MainWindow", "Restore from a contact's copy"),
            QCoreApplication.translate(
                "MainWindow", "The recovery code of the vault that made this backup:"
            ),
        )
        if not ok or not code.strip():
            return
        store = self.store

        def done(report: Any) -> None:
            added = sum(report.added.values())
            self._tell(
                QCoreApplication.translate("MainWindow", "Restored %1 record(s).").replace(
                    "%1", str(added)
                )
            )
            self.reload_cases()

        run_with_progress_dialog(
            self._widget(),
            QCoreApplication.translate("MainWindow", "Restoring the records…"),
            lambda report: restore_from_contact_copy(store, Path(name), code, progress=report),
            done,
            self._tell,
        )

    def _backed_up(self, done: backup.BackupSummary) -> None:
        self.backup_bar.hide()
        self._show_last_backup(done.created_at)
        self._tell(
            QCoreApplication.translate(
                "MainWindow",
                "Backup written and checked: %1. The passphrase (or recovery code) of today"
                " opens it; keep it away from this computer.",
            ).replace("%1", str(done.path))
        )

    def _set_panic_shortcut(self) -> None:
        from hrdoc import settings

        self.panic_action.setShortcut(QKeySequence(settings.load().panic_shortcut))

    def panic(self) -> None:
        """Destroy access after one deliberate click, then quit (no restart)."""
        folder = self.vault.folder if self.vault is not None else self.vault_folder
        if folder is None or not confirm_panic(self._widget()):
            return
        self.closing = True  # quit, never restart at the unlock screen
        stop_all()
        vault, self.vault, self.store = self.vault, None, None
        self.stack.setCurrentIndex(0)
        if vault is not None:
            vault.lock()
        destroy_access(folder)
        self.panicked.emit()
        self.close()

    # --- the window's layout, kept inside the vault --------------------------------

    def _keep_layout(self) -> None:
        """Size, splitter and selected incident: in the vault's meta table,
        because the selection names a record (a settings file never does)."""
        if self.vault is None:
            return
        layout = {
            "geometry": bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
            "splitter": bytes(self.splitter.saveState().toBase64().data()).decode("ascii"),
            "incident": self.editor.incident.id if self.editor.incident else None,
        }
        with contextlib.suppress(Exception):  # locking never fails over a layout
            self.vault.set_meta("window", json.dumps(layout))

    def _restore_layout(self) -> None:
        if self.vault is None:
            return
        try:
            layout = json.loads(self.vault.meta("window") or "{}")
        except ValueError:
            layout = {}
        if not isinstance(layout, dict):
            return
        geometry = layout.get("geometry")
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        splitter = layout.get("splitter")
        if isinstance(splitter, str):
            self.splitter.restoreState(QByteArray.fromBase64(splitter.encode("ascii")))
        incident = layout.get("incident")
        if isinstance(incident, str):
            for row in range(self.model.rowCount()):
                if self.model.incident_id(row) == incident:
                    self.table.setCurrentIndex(self.model.index(row, 0))
                    break
