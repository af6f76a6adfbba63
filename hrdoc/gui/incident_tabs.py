"""Tabs of the selected incident: indicators (with library matches) and history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core.errors import HrdocError
from hrdoc.core.records import Actor, Incident, Indicator, Intervention, Involvement
from hrdoc.core.store import Store
from hrdoc.exchange.stix import match_indicators
from hrdoc.gui.widgets import plain_label


class IndicatorsTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.lang = "en"  # language of vocabulary labels
        self.store: Store | None = None
        self.incident_id: str | None = None
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Type"), self.tr("Value"), self.tr("Known indicator")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Indicators"))
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Indicator type"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("domain, URL, phone number, process name…"))
        self.value.setAccessibleName(self.tr("Indicator value"))
        self.add_button = QPushButton(self.tr("Add"))
        for widget in (self.kind, self.value, self.add_button):
            row.addWidget(widget)
        self.error = plain_label()
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.add)
        self.value.returnPressed.connect(self.add)
        self.setEnabled(False)

    def show_incident(self, store: Store, incident_id: str) -> None:
        self.store, self.incident_id = store, incident_id
        if self.kind.count() == 0:
            for term in store.vocab["indicator_types"].terms:
                self.kind.addItem(term.label(self.lang), term.code)
        self.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        if self.store is None:
            return
        items = self.store.find(Indicator, where={"incident_id": self.incident_id})
        matches: dict[str, str] = {}
        for m in match_indicators(self.store):
            if m.incident_id == self.incident_id:
                matches[m.indicator_id] = f"{m.family} ({m.source_file}: {m.rule} {m.matched})"
        self.table.setRowCount(len(items))
        labels = self.store.vocab["indicator_types"]
        for r, item in enumerate(items):
            cells = (labels.label(item.type, self.lang), item.value, matches.get(item.id, ""))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def add(self) -> None:
        if self.store is None or self.incident_id is None or not self.value.text().strip():
            return
        try:
            self.store.add(
                Indicator(
                    incident_id=self.incident_id,
                    type=self.kind.currentData(),
                    value=self.value.text().strip(),
                )
            )
        except HrdocError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
        self.value.clear()
        self.refresh()

    def clear(self) -> None:
        self.store = self.incident_id = None
        self.table.setRowCount(0)
        self.value.clear()
        self.error.setText("")
        self.setEnabled(False)


class HistoryTab(QWidget):
    """Every version of the incident and its audit entries, as plain text."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("History"))
        layout.addWidget(self.text)

    def show_incident(self, store: Store, incident_id: str) -> None:
        history = store.history(incident_id)
        lines = []
        for version in history["versions"]:
            lines.append(
                f"{self.tr('Version')} {version['version']}  {version['updated_at'][:19]}  "
                f"{version['title']}"
            )
        lines.append("")
        for entry in history["audit"]:
            note = f"  ({entry['note']})" if entry["note"] else ""
            lines.append(f"#{entry['seq']}  {entry['at'][:19]}  {entry['action']}{note}")
        self.text.setPlainText("\n".join(lines))

    def clear(self) -> None:
        self.text.clear()


class PeopleTab(QWidget):
    """People and organisations involved in the incident, with their roles."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = "en"  # language of vocabulary labels
        self.store: Store | None = None
        self.incident_id: str | None = None
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Name"), self.tr("Kind")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("People and organisations"))
        row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name"))
        self.name.setAccessibleName(self.tr("Name"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        self.add_button = QPushButton(self.tr("Add"))
        for widget in (self.name, self.kind, self.role, self.add_button):
            row.addWidget(widget)
        self.note = plain_label(
            self.tr(
                "A person's name and contact details start secret: they never leave "
                "this vault unless you export in full."
            )
        )
        self.error = plain_label()
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.setEnabled(False)

    def show_incident(self, store: Store, incident_id: str) -> None:
        self.store, self.incident_id = store, incident_id
        if self.kind.count() == 0:
            for term in store.vocab["actor_types"].terms:
                self.kind.addItem(term.label(self.lang), term.code)
            for term in store.vocab["involvement_roles"].terms:
                self.role.addItem(term.label(self.lang), term.code)
        self.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        if self.store is None:
            return
        vocab = self.store.vocab
        links = self.store.find(Involvement, where={"incident_id": self.incident_id})
        self.table.setRowCount(len(links))
        for r, link in enumerate(links):
            actor = self.store.get(Actor, link.actor_id)
            cells = (
                vocab["involvement_roles"].label(link.role, self.lang),
                actor.name,
                vocab["actor_types"].label(actor.kind, self.lang),
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def add(self) -> None:
        if self.store is None or self.incident_id is None or not self.name.text().strip():
            return
        actor = Actor(kind=self.kind.currentData(), name=self.name.text().strip())
        link = Involvement(
            incident_id=self.incident_id, actor_id=actor.id, role=self.role.currentData()
        )
        try:
            self.store.add_all([actor, link])
        except HrdocError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
        self.name.clear()
        self.refresh()

    def clear(self) -> None:
        self.store = self.incident_id = None
        self.table.setRowCount(0)
        self.name.clear()
        self.error.setText("")
        self.setEnabled(False)


class InterventionsTab(QWidget):
    """What was done: helpline reports, complaints, UN communications..."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = "en"  # language of vocabulary labels
        self.store: Store | None = None
        self.incident_id: str | None = None
        self.case_id: str | None = None
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Outcome")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Interventions"))
        form = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of intervention"))
        self.date = QLineEdit()
        self.date.setPlaceholderText("2024-03-05")
        self.date.setAccessibleName(self.tr("Date"))
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("Outcome"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.add_button = QPushButton(self.tr("Add"))
        for widget in (self.kind, self.date, self.outcome, self.add_button):
            form.addWidget(widget)
        self.error = plain_label()
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.add)
        self.setEnabled(False)

    def show_incident(self, store: Store, incident_id: str) -> None:
        self.store, self.incident_id = store, incident_id
        self.case_id = store.get(Incident, incident_id).case_id
        if self.kind.count() == 0:
            for term in store.vocab["intervention_types"].terms:
                self.kind.addItem(term.label(self.lang), term.code)
        self.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        if self.store is None:
            return
        labels = self.store.vocab["intervention_types"]
        items = self.store.find(Intervention, where={"incident_id": self.incident_id})
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            for c, text in enumerate(
                (item.date or "", labels.label(item.kind, self.lang), item.outcome)
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def add(self) -> None:
        if self.store is None or self.case_id is None:
            return
        try:
            self.store.add(
                Intervention(
                    case_id=self.case_id,
                    incident_id=self.incident_id,
                    kind=self.kind.currentData(),
                    date=self.date.text().strip() or None,
                    outcome=self.outcome.text(),
                )
            )
        except HrdocError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
        self.date.clear()
        self.outcome.clear()
        self.refresh()

    def clear(self) -> None:
        self.store = self.incident_id = self.case_id = None
        self.table.setRowCount(0)
        self.error.setText("")
        self.setEnabled(False)
