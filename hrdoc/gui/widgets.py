"""Small shared widgets. Untrusted text is always shown as plain text."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QProgressBar, QTextEdit, QWidget

from hrdoc.core.records import Sensitivity
from hrdoc.core.vocab import Vocabularies


def fixed_font(points: int) -> QFont:
    """The system's fixed-width font ("monospace" is a Linux fontconfig alias:
    on Windows and macOS it gives a proportional one), for codes and fingerprints."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(points)
    return font


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


def plain_text_edit(text: str = "", *, read_only: bool = False) -> QTextEdit:
    """A multi-line text field that only ever holds plain text (pasted markup
    arrives as text). Unlike QPlainTextEdit, each paragraph is aligned by its
    own direction, so Arabic lines sit on the right and English on the left."""
    box = QTextEdit()
    box.setAcceptRichText(False)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setReadOnly(read_only)
    box.setPlainText(text)
    return box


def joined(items: Iterable[str], lang: str) -> str:
    """A list in the language's own way: the Arabic comma in Arabic."""
    return ("، " if lang == "ar" else ", ").join(items)


def ltr(text: str) -> str:
    """Keep digits groups, dates and codes in their order inside right-to-left
    text (a fingerprint read aloud in reverse would not match)."""
    return "\u2066" + text + "\u2069"  # left-to-right isolate ... pop


def text_of(box: QTextEdit) -> str:
    """The text exactly as typed. toPlainText() turns no-break spaces into
    plain ones (French punctuation, names), which would change saved text."""
    return box.document().toRawText().replace("\u2029", "\n")


def plain_message(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A message box whose text is never read as rich text."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def ask(parent: QWidget, text: str, go: QMessageBox.StandardButton, *, warn: bool = False) -> bool:
    """A plain-text question with ``go`` and Cancel; Cancel is the default, so
    Enter or Escape never confirms by accident."""
    box = plain_message(parent, "hrdoc", text)
    box.setIcon(QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Question)
    box.setStandardButtons(go | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == go


#: languages hrdoc offers, each named in itself
LANGUAGE_NAMES = (("en", "English"), ("ar", "العربية"), ("es", "Español"), ("fr", "Français"))


class SensitivityBox(QComboBox):
    """Who may see a record or a field: public, restricted or secret.

    For a field, "public" reads "Same as the record": the stricter of the two
    levels applies, so a field marked public goes exactly where its record goes."""

    def __init__(self, name: str, parent: QWidget | None = None, *, field: bool = False) -> None:
        super().__init__(parent)
        self.field = field
        self.setAccessibleName(name)
        for level in Sensitivity:
            self.addItem(level.value, level.value)

    def set_labels(self, vocab: Vocabularies, lang: str) -> None:
        for i in range(self.count()):
            code = self.itemData(i)
            if self.field and code == Sensitivity.PUBLIC:
                text = QCoreApplication.translate("Sensitivity", "Same as the record")
            else:
                text = vocab["sensitivity"].label(code, lang)
            self.setItemText(i, text)

    def level(self) -> Sensitivity:
        return Sensitivity(self.currentData())

    def set_level(self, level: Sensitivity | str) -> None:
        self.setCurrentIndex(max(0, self.findData(str(level))))


def show_progress(bar: QProgressBar, done: int, total: int) -> None:
    """A percentage when the total is known, a busy bar when it is not."""
    if total > 0:
        bar.setRange(0, 1000)
        bar.setValue(min(1000, int(1000 * done / total)))
        bar.setFormat("%p%")
        bar.setTextVisible(True)
    else:
        bar.setRange(0, 0)
        bar.setTextVisible(False)


def empty_list_text(asked: bool, in_case: bool) -> str:
    """What the incident list says when it shows nothing: why, and what to do."""
    if asked:
        return QCoreApplication.translate(
            "MainWindow", "No incidents match. Clear the search or the filter to see them all."
        )
    if in_case:
        return QCoreApplication.translate(
            "MainWindow", "No incidents in this case yet. Add one with New incident (Ctrl+N)."
        )
    return QCoreApplication.translate(
        "MainWindow",
        "No incidents yet. Add the first with New incident (Ctrl+N), or import a spreadsheet"
        " or a bundle from the Exchange menu. Help > User guide (F1) explains each step.",
    )
