"""Backups in the window: Vault > Back up…, a reminder at unlock when the
last backup is old (never during work), and restoring a backup on a new
computer from the first-run window (hrdoc/core/backup.py does the work)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from hrdoc.core import backup
from hrdoc.core.vault import Vault
from hrdoc.gui.passphrase_fields import NewPassphraseFields
from hrdoc.gui.widgets import plain_label, show_progress
from hrdoc.gui.worker import Task, run_in_background, run_with_progress_dialog

BACKUP_FILTER = "hrdoc backups (*.hrdoc-backup)"


def default_backup_name() -> str:
    return f"hrdoc-backup-{datetime.date.today().isoformat()}.hrdoc-backup"


def days_since(stamp: str, now: datetime.datetime | None = None) -> int | None:
    """Whole days since an ISO time, or None if there is none (or it is unreadable)."""
    try:
        then = datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if then.tzinfo is None:
        then = then.replace(tzinfo=datetime.UTC)
    now = now or datetime.datetime.now(datetime.UTC)
    return max(0, (now - then).days)


def reminder_text(last_backup: str, every_days: int) -> str:
    """What the reminder bar says at unlock; '' if no reminder is due."""
    if every_days <= 0:
        return ""
    if not last_backup:
        return QCoreApplication.translate(
            "Backup",
            "This vault has never been backed up. A lost or seized laptop would take"
            " everything with it.",
        )
    days = days_since(last_backup)
    if days is None or days < every_days:
        return ""
    return QCoreApplication.translate("Backup", "The last backup is %n day(s) old.", "", days)


def back_up(
    parent: QWidget,
    vault: Vault,
    done: Callable[[backup.BackupSummary], None],
    failed: Callable[[str], None],
    choose: Callable[..., tuple[str, str]],
) -> Task | None:
    """Ask where, then write and check a backup behind a progress dialog."""
    path, _filter = choose(
        parent,
        QCoreApplication.translate("Backup", "Back up the vault"),
        str(Path.home() / default_backup_name()),
        BACKUP_FILTER,
    )
    if not path:
        return None
    target = Path(path)
    return run_with_progress_dialog(
        parent,
        QCoreApplication.translate(
            "Backup", "Writing the backup, then reading it back to check it…"
        ),
        lambda report: backup.backup(vault, target, progress=report),
        done,
        failed,
    )


class BackupBar(QWidget):
    """'The last backup is 9 days old.  [Back up now…] [Later]', shown at unlock."""

    def __init__(self, back_up_now: Callable[[], None]) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = plain_label()
        self.now_button = QPushButton(self.tr("Back up now…"))
        self.now_button.clicked.connect(back_up_now)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.clicked.connect(self.hide)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.now_button)
        layout.addWidget(self.later_button)
        self.hide()


class RestoreDialog(QDialog):
    """Restore a backup into this computer's vault folder. After exec()
    succeeds, ``vault`` is the restored vault, open."""

    get_open_file_name = staticmethod(QFileDialog.getOpenFileName)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.vault: Vault | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        form.addRow(
            plain_label(
                self.tr(
                    "Choose the backup file, then type the passphrase the vault had when the"
                    " backup was made (or use the recovery code)."
                )
            )
        )
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Backup file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Backup file"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.use_code = QCheckBox(self.tr("I have only the recovery code"))
        form.addRow(self.use_code)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Recovery code"))
        form.addRow(self.tr("Recovery code"), self.code)
        self.new_fields = NewPassphraseFields()
        form.addRow(self.new_fields)
        self.error = plain_label()
        self.error.setStyleSheet("color: #a00000")
        form.addRow(self.error)
        self.progress = QProgressBar()
        self.progress.hide()
        form.addRow(self.progress)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        form.addRow(self.restore_button)
        self.form = form
        self.use_code.toggled.connect(self._code_mode)
        self._code_mode(False)

    def _code_mode(self, on: bool) -> None:
        self.form.setRowVisible(self.passphrase, not on)
        self.form.setRowVisible(self.code, on)
        self.form.setRowVisible(self.new_fields, on)

    def _choose(self) -> None:
        path, _filter = self.get_open_file_name(
            self, self.tr("Restore a backup"), str(Path.home()), BACKUP_FILTER + ";;*"
        )
        if path:
            self.file.setText(path)

    def _restore(self) -> None:
        source = Path(self.file.text().strip())
        if not self.file.text().strip():
            self.error.setText(self.tr("Choose the backup file first."))
            return
        folder = self.folder
        if self.use_code.isChecked():
            problem = self.new_fields.problem()
            if problem:
                self.error.setText(problem)
                return
            code, new = self.code.text(), self.new_fields.text()

            def work(report: Callable[[int, int], None]) -> Vault:
                backup.restore(source, folder, recovery_code=code, progress=report)
                vault = Vault.open_with_recovery_code(folder, code)
                vault.change_passphrase(new)
                return vault

        else:
            secret = self.passphrase.text()

            def work(report: Callable[[int, int], None]) -> Vault:
                backup.restore(source, folder, passphrase=secret, progress=report)
                return Vault.open(folder, secret)

        self.restore_button.setEnabled(False)
        self.error.setText("")
        self.progress.show()
        run_in_background(
            self,
            work,
            self._restored,
            self._failed,
            lambda done, total: show_progress(self.progress, done, total),
            with_progress=True,
        )

    def _restored(self, vault: Vault) -> None:
        self.vault = vault
        self.passphrase.clear()
        self.code.clear()
        self.new_fields.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.restore_button.setEnabled(True)
        self.error.setText(message)
