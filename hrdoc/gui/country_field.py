"""A country chosen from its name in the window's language, typed in part
(the list narrows to names that contain what was typed), with its ISO code
underneath; "withheld or unknown" (ZZ) is one of the choices. Typing a code
(tn, LB) works too. ``text()`` and ``setText()`` speak ISO codes, so the
editor stores what it always stored."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from hrdoc.core.textnorm import folded


@functools.cache
def _names(lang: str) -> tuple[tuple[str, str], ...]:
    """(code, name in ``lang``) of every country, sorted by name."""
    import pycountry

    from hrdoc.reports.model import country_name

    pairs = [(c.alpha_2, country_name(c.alpha_2, lang)) for c in pycountry.countries]
    return tuple(sorted(pairs, key=lambda pair: folded(pair[1])))


class CountryField(QComboBox):
    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        self.addItem(self.tr("Withheld or unknown") + " (ZZ)", "ZZ")
        for code, name in _names(lang):
            self.addItem(f"{name} ({code})", code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        # as narrow as a short name: long names show in the list, not in the form's width
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type part of the name, or its code"))

    def text(self) -> str:
        """The ISO code chosen (or what was typed, for the editor to refuse)."""
        typed = self.currentText().strip()
        if not typed:
            return ""
        index = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.itemData(index))
        if len(typed) == 2 and typed.isalpha():
            return typed.upper()
        if typed.endswith(")") and "(" in typed:  # "Name (TN)" edited by hand
            return typed.rsplit("(", 1)[1].rstrip(")").strip().upper()
        return typed

    def setText(self, code: str) -> None:
        index = self.findData((code or "").upper()) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)

    def clear(self) -> None:
        self.setCurrentIndex(0)
        self.setEditText("")
