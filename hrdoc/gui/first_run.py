"""First run: create a vault, show the recovery code once, confirm it was written down."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core import passphrases
from hrdoc.core.sample import load_sample
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.gui.passphrase_fields import NewPassphraseFields
from hrdoc.gui.widgets import fixed_font, plain_label
from hrdoc.gui.worker import run_in_background


class FirstRunDialog(QDialog):
    """Creates the vault in ``folder``. After exec() succeeds, ``vault`` is open."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.vault: Vault | None = None
        self._code = ""
        self.setWindowTitle(self.tr("Create your hrdoc vault"))
        self.setMinimumWidth(480)  # the explanations read as paragraphs, not columns
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._build_create_page()
        self._build_code_page()

    # page 1 ----------------------------------------------------------------

    def _build_create_page(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        intro = plain_label(
            self.tr(
                "Your records are kept encrypted on this computer. Choose a long passphrase: "
                "several unrelated words are easy to remember and hard to guess."
            )
        )
        form.addRow(intro)
        self.fields = NewPassphraseFields(self.tr("Passphrase"))
        self.sample = QCheckBox(self.tr("Load a fictional sample case to try hrdoc"))
        self.error = plain_label()
        self.error.setStyleSheet("color: #a00000")
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        form.addRow(self.fields)
        form.addRow(self.sample)
        form.addRow(self.error)
        form.addRow(self.busy)
        form.addRow(self.create_button)
        self.restore_button = QPushButton(self.tr("Restore a backup instead…"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self._restore)
        form.addRow(self.restore_button)
        self.create_button.clicked.connect(self._create)
        self.fields.passphrase.returnPressed.connect(self._create)
        self.fields.repeat.returnPressed.connect(self._create)
        self.fields.changed.connect(self._update_create)
        self.pages.addWidget(page)
        self._update_create()

    def _restore(self) -> None:
        """A vault from a backup (a new computer): it has its recovery code already."""
        from hrdoc.gui.backup_ui import RestoreDialog

        dialog = RestoreDialog(self.folder, self)
        if dialog.exec() and dialog.vault is not None:
            self.vault = dialog.vault
            self.accept()

    def _update_create(self) -> None:
        """Create is offered only for a passphrase strong enough to protect the vault."""
        self.create_button.setEnabled(passphrases.strength(self.fields.text()).enough)
        self.error.setText("")

    def _create(self) -> None:
        first = self.fields.text()
        problem = self.fields.problem()
        self.error.setText(problem)
        if problem:
            return
        self.create_button.setEnabled(False)
        self.busy.show()
        with_sample = self.sample.isChecked()
        folder = self.folder

        def work() -> Any:
            vault, code = Vault.create(folder, first)
            if with_sample:
                load_sample(Store(vault))
            return vault, code

        run_in_background(self, work, self._created, self._failed)

    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, code = result
        self.busy.hide()
        self.show_code(code)

    def show_code(self, code: str) -> None:
        """The recovery page: the code in two lines of four groups, easy to copy by hand."""
        self._code = code
        groups = code.split("-")
        self.code_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # groups in order
        self.code_label.setText("-".join(groups[:4]) + "\n" + "-".join(groups[4:]))
        self.pages.setCurrentIndex(1)
        self.confirm.setFocus()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.create_button.setEnabled(True)
        self.error.setText(message)

    # page 2 ----------------------------------------------------------------

    def _build_code_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Your recovery code. It is shown only this once. Write it on paper and keep "
                    "it away from this computer: it opens the vault if you forget the passphrase."
                )
            )
        )
        self.code_label = plain_label()
        font = fixed_font(16)
        self.code_label.setFont(font)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        layout.addWidget(self.code_label)
        layout.addWidget(plain_label(self.tr("Type the last group of 6 digits to confirm:")))
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Last group of the recovery code"))
        layout.addWidget(self.confirm)
        self.done_button = QPushButton(self.tr("I have written it down"))
        self.done_button.setEnabled(False)
        layout.addWidget(self.done_button)
        self.confirm_error = plain_label()
        self.confirm_error.setStyleSheet("color: #a00000")
        layout.addWidget(self.confirm_error)
        self.confirm.textChanged.connect(self._check_confirm)
        self.confirm.returnPressed.connect(self._confirm_entered)
        self.done_button.clicked.connect(self._finish)
        self.pages.addWidget(page)

    def _confirmed(self) -> bool:
        digits = "".join(ch for ch in self.confirm.text() if ch.isdigit())
        return bool(self._code) and digits == self._code.rsplit("-", 1)[-1]

    def _check_confirm(self, _text: str) -> None:
        self.done_button.setEnabled(self._confirmed())
        self.confirm_error.setText("")

    def _confirm_entered(self) -> None:
        """Enter: done if the group matches, else say what is wrong."""
        if self._confirmed():
            self._finish()
            return
        digits = "".join(ch for ch in self.confirm.text() if ch.isdigit())
        if len(digits) != 6:
            why = self.tr("Type the 6 digits of the last group (end of the second line).")
        else:
            why = self.tr(
                "These are not the last 6 digits of the code above. Check what you wrote down."
            )
        self.confirm_error.setText(why)

    def _finish(self) -> None:
        self.code_label.setText("")  # gone from the screen for good
        self._code = ""
        self.accept()
