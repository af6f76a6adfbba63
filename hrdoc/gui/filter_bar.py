"""The filter bar over the incident list: dates, type, country, verification,
who may see it, evidence, received from. Filters combine with the search."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QWidget

from hrdoc.core.filters import IncidentFilter, senders
from hrdoc.core.store import Store


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang
        layout = QGridLayout(self)  # two rows: the list keeps its width
        layout.setContentsMargins(0, 0, 0, 0)
        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("From (2016-08)"))
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("To"))
        self.type = QComboBox()
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("Country (TN)"))
        self.country.setMaxLength(2)
        self.verification = QComboBox()
        self.level = QComboBox()
        self.evidence = QComboBox()
        self.received_from = QComboBox()
        for place, (widget, name) in enumerate(
            (
                (self.since, self.tr("From date")),
                (self.until, self.tr("To date")),
                (self.country, self.tr("Country code")),
                (self.type, self.tr("Type")),
                (self.verification, self.tr("Verification")),
                (self.level, self.tr("Who may see it")),
                (self.evidence, self.tr("Evidence")),
                (self.received_from, self.tr("Received from")),
            )
        ):
            widget.setAccessibleName(name)
            layout.addWidget(widget, place // 4, place % 4)
        for line in (self.since, self.until, self.country):
            line.textChanged.connect(lambda *_: self.changed.emit())
        for combo in (self.type, self.verification, self.level, self.evidence, self.received_from):
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())

    def fill(self, store: Store) -> None:
        """The choices, in the window's language (codes stay underneath)."""
        vocab = store.vocab
        for combo, first, items in (
            (
                self.type,
                self.tr("Any type"),
                [(t.label(self.lang), t.code) for t in vocab["incident_types"].terms],
            ),
            (
                self.verification,
                self.tr("Any verification"),
                [(t.label(self.lang), t.code) for t in vocab["verification_status"].terms],
            ),
            (
                self.level,
                self.tr("Any level"),
                [
                    (self.tr("Public"), "public"),
                    (self.tr("Restricted"), "restricted"),
                    (self.tr("Secret"), "secret"),
                ],
            ),
            (
                self.evidence,
                self.tr("Any evidence"),
                [(self.tr("With evidence"), True), (self.tr("Without evidence"), False)],
            ),
            (
                self.received_from,
                self.tr("From anyone"),
                [(name, name) for name in senders(store.vault.conn)],
            ),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.blockSignals(False)

    def refill_senders(self, store: Store) -> None:
        """New senders after an import; the one chosen stays chosen."""
        chosen = self.received_from.currentData()
        self.received_from.blockSignals(True)
        while self.received_from.count() > 1:
            self.received_from.removeItem(1)
        for name in senders(store.vault.conn):
            self.received_from.addItem(name, name)
        index = self.received_from.findData(chosen) if chosen else 0
        self.received_from.setCurrentIndex(max(index, 0))
        self.received_from.blockSignals(False)

    def current(self) -> IncidentFilter:
        def one(combo: QComboBox) -> list[str]:
            data = combo.currentData()
            return [data] if data else []

        return IncidentFilter(
            date_from=self.since.text().strip() or None,
            date_to=self.until.text().strip() or None,
            types=one(self.type),
            countries=[self.country.text().strip().upper()] if self.country.text().strip() else [],
            verification=one(self.verification),
            sensitivity=one(self.level),
            has_evidence=self.evidence.currentData(),
            sender=self.received_from.currentData(),
        )

    def clear(self) -> None:
        for line in (self.since, self.until, self.country):
            line.clear()
        for combo in (self.type, self.verification, self.level, self.evidence, self.received_from):
            combo.clear()
