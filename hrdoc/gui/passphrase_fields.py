"""Choosing a new passphrase: typed twice, measured as it is typed (zxcvbn,
hrdoc/core/passphrases.py), refused while too easy to guess, and a generated
one in the window's language as the easy path."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from hrdoc.core import passphrases
from hrdoc.gui.widgets import plain_label

#: the window's language, set when its translation is installed (hrdoc/gui/app.py)
window_language = "en"


def strength_text(found: passphrases.Strength) -> str:
    """One sentence on a passphrase's strength, in the window's language."""
    if found.guesses_log10 == 0:
        return QCoreApplication.translate(
            "Passphrase", "Several unrelated words are easy to remember and hard to guess."
        )
    if found.enough:
        return QCoreApplication.translate("Passphrase", "Strong enough.")
    if found.warning:
        known = {
            "This is a top-10 common password.": QCoreApplication.translate(
                "Passphrase", "This is one of the most used passwords."
            ),
            "This is a top-100 common password.": QCoreApplication.translate(
                "Passphrase", "This is one of the most used passwords."
            ),
            "This is a very common password.": QCoreApplication.translate(
                "Passphrase", "This is a very common password."
            ),
            "This is similar to a commonly used password.": QCoreApplication.translate(
                "Passphrase", "This is close to a commonly used password."
            ),
            "A word by itself is easy to guess.": QCoreApplication.translate(
                "Passphrase", "A single word is easy to guess."
            ),
            "Names and surnames by themselves are easy to guess.": QCoreApplication.translate(
                "Passphrase", "A name on its own is easy to guess."
            ),
            "Dates are often easy to guess.": QCoreApplication.translate(
                "Passphrase", "Dates are easy to guess."
            ),
            "Recent years are easy to guess.": QCoreApplication.translate(
                "Passphrase", "Years are easy to guess."
            ),
        }
        first = known.get(found.warning)
        if first:
            return (
                first + " " + QCoreApplication.translate("Passphrase", "Add more unrelated words.")
            )
    return QCoreApplication.translate(
        "Passphrase", "Too easy to guess. Add more unrelated words, or use a suggested passphrase."
    )


class NewPassphraseFields(QWidget):
    """Passphrase, Repeat, a meter, and "Suggest a passphrase"."""

    changed = Signal()  # whether the passphrase can be used may have changed

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(
            label or QCoreApplication.translate("Passphrase", "New passphrase")
        )
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(
            QCoreApplication.translate("Passphrase", "Repeat the passphrase")
        )
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(
            QCoreApplication.translate("Passphrase", "Passphrase strength")
        )
        self.verdict = plain_label()
        self.suggest_button = QPushButton(
            QCoreApplication.translate("Passphrase", "Suggest a passphrase")
        )
        self.suggest_button.setToolTip(
            QCoreApplication.translate(
                "Passphrase",
                "Random words, shown so you can write them down; click again for others",
            )
        )
        self.show_button = QPushButton(QCoreApplication.translate("Passphrase", "Show"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._show)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.show_button)
        form.addRow(label or QCoreApplication.translate("Passphrase", "New passphrase"), row)
        form.addRow(QCoreApplication.translate("Passphrase", "Repeat"), self.repeat)
        form.addRow(self.meter)
        form.addRow(self.verdict)
        form.addRow(self.suggest_button)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(lambda _text: self.changed.emit())
        self.suggest_button.clicked.connect(self.suggest)
        self._update("")

    def text(self) -> str:
        return self.passphrase.text()

    def acceptable(self) -> bool:
        """Strong enough and typed twice the same."""
        return self.problem() == ""

    def problem(self) -> str:
        """Why it cannot be used yet, in the window's language; '' if it can."""
        first = self.passphrase.text()
        if not passphrases.strength(first).enough:
            return QCoreApplication.translate(
                "Passphrase", "Choose a stronger passphrase: the meter must be full."
            )
        if first != self.repeat.text():
            return QCoreApplication.translate("Passphrase", "The two passphrases differ.")
        return ""

    def suggest(self) -> None:
        """Random words in the window's language, shown in clear to be written down."""
        chosen = passphrases.generate(window_language)
        self.passphrase.setText(chosen)
        self.repeat.setText(chosen)
        self.show_button.setChecked(True)
        self.verdict.setText(
            QCoreApplication.translate(
                "Passphrase",
                "Write it down and keep it away from this computer until you know it by heart.",
            )
        )

    def clear(self) -> None:
        self.show_button.setChecked(False)
        self.passphrase.clear()
        self.repeat.clear()

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _update(self, text: str) -> None:
        found = passphrases.strength(text)
        self.meter.setValue(round(found.fraction * 100))
        self.verdict.setText(strength_text(found))
        self.changed.emit()
