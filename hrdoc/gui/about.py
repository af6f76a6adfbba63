"""Help > About: the version, hrdoc's licence and the third-party licences
that redistribution requires to be shown (resources/text/third_party.txt)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from hrdoc import __version__
from hrdoc.gui.widgets import plain_label, plain_text_edit


def third_party_text() -> str:
    return (
        resources.files("hrdoc.resources")
        .joinpath("text", "third_party.txt")
        .read_text(encoding="utf-8")
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About hrdoc"))
        self.setMinimumSize(560, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr("hrdoc %1: encrypted documentation for human rights defenders.").replace(
                    "%1", __version__
                )
            )
        )
        self.licences = plain_text_edit(third_party_text(), read_only=True)
        self.licences.setAccessibleName(self.tr("Licences"))
        layout.addWidget(self.licences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
