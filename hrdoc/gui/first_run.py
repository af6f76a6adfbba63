"""First run: create a vault, show the recovery code once, confirm it was written down."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
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

from hrdoc.core.sample import load_sample
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.gui.widgets import new_passphrase_problem, passphrase_strength, plain_label
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
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 3)
        self.strength_bar.setTextVisible(False)
        self.strength_text = plain_label()
        self.sample = QCheckBox(self.tr("Load a fictional sample case to try hrdoc"))
        self.error = plain_label()
        self.error.setStyleSheet("color: #a00000")
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat"), self.repeat)
        form.addRow(self.strength_bar)
        form.addRow(self.strength_text)
        form.addRow(self.sample)
        form.addRow(self.error)
        form.addRow(self.busy)
        form.addRow(self.create_button)
        self.passphrase.textChanged.connect(self._update_strength)
        self.create_button.clicked.connect(self._create)
        self.pages.addWidget(page)
        self._update_strength("")

    def _update_strength(self, text: str) -> None:
        score, why = passphrase_strength(text)
        self.strength_bar.setValue(score)
        self.strength_text.setText(why)

    def _create(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        problem = new_passphrase_problem(first, second)
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
        font = QFont("monospace")
        font.setPointSize(16)
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
        self.confirm.textChanged.connect(self._check_confirm)
        self.done_button.clicked.connect(self._finish)
        self.pages.addWidget(page)

    def _check_confirm(self, text: str) -> None:
        digits = "".join(ch for ch in text if ch.isdigit())
        self.done_button.setEnabled(bool(self._code) and digits == self._code.rsplit("-", 1)[-1])

    def _finish(self) -> None:
        self.code_label.setText("")  # gone from the screen for good
        self._code = ""
        self.accept()
