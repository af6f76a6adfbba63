"""Tabs of the selected incident: people, indicators (with library matches),
interventions, and history."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core import deletion
from hrdoc.core.errors import HrdocError
from hrdoc.core.records import Actor, Incident, Indicator, Intervention, Involvement, Record
from hrdoc.core.store import Store
from hrdoc.exchange.stix import match_indicators
from hrdoc.gui.deleting import purge_with_question
from hrdoc.gui.record_dialogs import EditRecordsDialog, Field
from hrdoc.gui.widgets import ltr, plain_label, plain_text_edit


class _IncidentListTab(QWidget):
    """A table of the incident's records with a row of fields to add one;
    a row opens in a dialog to edit it."""

    changed = Signal()  # a record was added or edited
    removed = Signal(object)  # a row's record was deleted (a deletion.Deleted: undoable)
    erased = Signal()  # a record was erased for good (other records may have changed too)
    edit_title = ""  # the edit dialog's title, set by each tab

    def __init__(self, headers: list[str], name: str, stretch: int = -1) -> None:
        super().__init__()
        self.lang = "en"  # language of vocabulary labels
        self.store: Store | None = None
        self.incident_id: str | None = None
        self.inputs: list[QLineEdit] = []  # cleared after each add
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch % len(headers), header.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(name)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.activated.connect(lambda index: self.edit(index.row()))
        self.row_ids: list[str] = []  # the record behind each row
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected row (or press Enter on it)"))
        self.edit_button.clicked.connect(lambda: self.edit(self.table.currentRow()))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Delete the selected row (Undo brings it back)"))
        self.remove_button.clicked.connect(lambda: self.remove(self.table.currentRow()))
        self.error = plain_label()
        self.setEnabled(False)

    def _layout(self, rows: list[list[QWidget]], note: QWidget | None = None) -> None:
        """The table, Edit under it, then rows of fields to add one (Add ends the last)."""
        layout = QVBoxLayout(self)
        above = self.buttons = QHBoxLayout()
        above.addStretch(1)
        above.addWidget(self.edit_button)
        above.addWidget(self.remove_button)
        layout.addWidget(self.table)
        layout.addLayout(above)
        rows[-1] = [*rows[-1], self.add_button]
        for row in rows:
            fields = QHBoxLayout()
            for widget in row:
                fields.addWidget(widget, 0 if widget is self.add_button else 1)
            layout.addLayout(fields)
        if note is not None:
            layout.addWidget(note)
        layout.addWidget(self.error)

    def show_incident(self, store: Store, incident_id: str) -> None:
        self.store, self.incident_id = store, incident_id
        self.prepare(store)
        self.setEnabled(True)
        self.refresh()

    def prepare(self, store: Store) -> None:
        """Fill choice lists from the vocabularies (once)."""

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def add(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def edit_parts(self, record_id: str) -> list[tuple[Record, list[Field]]]:
        """The records behind a row and the fields the edit dialog shows."""
        raise NotImplementedError  # pragma: no cover - overridden

    def edit(self, row: int) -> None:
        if self.store is None or not 0 <= row < len(self.row_ids):
            return
        dialog = EditRecordsDialog(
            self.store, self.edit_parts(self.row_ids[row]), self.edit_title, self
        )
        if dialog.exec() == EditRecordsDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()

    def remove(self, row: int) -> None:
        """Delete the record behind a row (a person's role here, not the
        person; an indicator; an intervention): hidden at once, undoable."""
        if self.store is None or not 0 <= row < len(self.row_ids):
            return
        done = deletion.delete(self.store, self.row_ids[row])
        self.refresh()
        self.changed.emit()
        self.removed.emit(done)

    def _rows(self, rows: Sequence[tuple[str, ...]], ids: Sequence[str]) -> None:
        self.row_ids = list(ids)
        self.edit_button.setEnabled(bool(self.row_ids))
        self.remove_button.setEnabled(bool(self.row_ids))
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))  # plain text

    def _save(self, records: Sequence[Record]) -> None:
        """Add records together; a validation error is shown and nothing is saved."""
        if self.store is None:
            return
        try:
            self.store.add_all(records)
        except HrdocError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
        for field in self.inputs:
            field.clear()
        self.refresh()
        self.changed.emit()

    def clear(self) -> None:
        self.store = self.incident_id = None
        self._rows([], [])
        for field in self.inputs:
            field.clear()
        self.error.setText("")
        self.setEnabled(False)


def _line(placeholder: str, name: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(name)
    return field


def _combo(name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    return box


class IndicatorsTab(_IncidentListTab):
    def __init__(self) -> None:
        super().__init__(
            [self.tr("Type"), self.tr("Value"), self.tr("Known indicator")], self.tr("Indicators")
        )
        self.kind = _combo(self.tr("Indicator type"))
        self.value = _line(
            self.tr("domain, URL, phone number, process name…"), self.tr("Indicator value")
        )
        self.inputs = [self.value]
        self.edit_title = self.tr("Edit indicator")
        self.value.returnPressed.connect(self.add)
        self._layout([[self.kind, self.value]])

    def prepare(self, store: Store) -> None:
        if self.kind.count() == 0:
            for term in store.vocab["indicator_types"].terms:
                self.kind.addItem(term.label(self.lang), term.code)

    def refresh(self) -> None:
        if self.store is None:
            return
        matches: dict[str, str] = {}
        for m in match_indicators(self.store):
            if m.incident_id == self.incident_id:
                matches[m.indicator_id] = f"{m.family} ({m.source_file}: {m.rule} {m.matched})"
        labels = self.store.vocab["indicator_types"]
        items = self.store.find(Indicator, where={"incident_id": self.incident_id})
        self._rows(
            [(labels.label(i.type, self.lang), i.value, matches.get(i.id, "")) for i in items],
            [i.id for i in items],
        )

    def edit_parts(self, record_id: str) -> list[tuple[Record, list[Field]]]:
        assert self.store is not None
        fields = [
            Field("type", self.tr("Type"), vocab="indicator_types"),
            Field("value", self.tr("Value")),
            Field("first_seen", self.tr("First seen"), optional=True),
            Field("source", self.tr("Source")),
            Field("notes", self.tr("Notes"), multiline=True),
        ]
        return [(self.store.get(Indicator, record_id), fields)]

    def add(self) -> None:
        if self.incident_id is not None and self.value.text().strip():
            self._save(
                [
                    Indicator(
                        incident_id=self.incident_id,
                        type=self.kind.currentData(),
                        value=self.value.text().strip(),
                    )
                ]
            )


class PeopleTab(_IncidentListTab):
    """People and organisations involved in the incident, with their roles."""

    def __init__(self) -> None:
        super().__init__(
            [self.tr("Role"), self.tr("Name"), self.tr("Kind")],
            self.tr("People and organisations"),
            stretch=1,
        )
        # someone already recorded (the same perpetrator in many incidents) is
        # linked, not typed again: a second record would split their history
        self.known = _combo(self.tr("Someone already recorded"))
        self.known.currentIndexChanged.connect(self._known_changed)
        self.name = _line(self.tr("Name"), self.tr("Name"))
        self.kind = _combo(self.tr("Kind"))
        self.role = _combo(self.tr("Role"))
        self.inputs = [self.name]
        self.edit_title = self.tr("Edit person or organisation")
        self.name.returnPressed.connect(self.add)
        note = plain_label(
            self.tr(
                "A person's name and contact details start secret: they never leave "
                "this vault unless you export in full."
            )
        )
        self._layout([[self.known], [self.name], [self.kind, self.role]], note)
        self.erase_button = QPushButton(self.tr("Erase person…"))
        self.erase_button.setToolTip(
            self.tr("Erase this person from the vault for good: every incident, every version")
        )
        self.erase_button.clicked.connect(self.erase_person)
        self.buttons.addWidget(self.erase_button)

    def erase_person(self) -> None:
        row = self.table.currentRow()
        if self.store is None or not 0 <= row < len(self.row_ids):
            return
        person = self.store.get(Involvement, self.row_ids[row]).actor_id
        if purge_with_question(self, self.store, person):
            self.refresh()
            self.erased.emit()

    def prepare(self, store: Store) -> None:
        if self.kind.count() == 0:
            for term in store.vocab["actor_types"].terms:
                self.kind.addItem(term.label(self.lang), term.code)
            for term in store.vocab["involvement_roles"].terms:
                self.role.addItem(term.label(self.lang), term.code)

    def _fill_known(self, store: Store) -> None:
        self.known.blockSignals(True)
        self.known.clear()
        self.known.addItem(self.tr("Someone new: type the name below"), None)
        labels = store.vocab["actor_types"]
        for actor in sorted(store.find(Actor), key=lambda a: a.name.casefold()):
            self.known.addItem(f"{actor.name} ({labels.label(actor.kind, self.lang)})", actor.id)
        self.known.blockSignals(False)
        self._known_changed()

    def _known_changed(self, *_args: object) -> None:
        new = self.known.currentData() is None
        self.name.setEnabled(new)
        self.kind.setEnabled(new)

    def refresh(self) -> None:
        if self.store is None:
            return
        vocab = self.store.vocab
        rows, ids = [], []
        for link in self.store.find(Involvement, where={"incident_id": self.incident_id}):
            actor = self.store.get(Actor, link.actor_id)
            ids.append(link.id)
            rows.append(
                (
                    vocab["involvement_roles"].label(link.role, self.lang),
                    actor.name,
                    vocab["actor_types"].label(actor.kind, self.lang),
                )
            )
        self._rows(rows, ids)
        self.erase_button.setEnabled(bool(ids))
        self._fill_known(self.store)  # names may have changed, or someone was added

    def edit_parts(self, record_id: str) -> list[tuple[Record, list[Field]]]:
        assert self.store is not None
        link = self.store.get(Involvement, record_id)
        actor = self.store.get(Actor, link.actor_id)
        return [
            (
                actor,
                [
                    Field("kind", self.tr("Kind"), vocab="actor_types"),
                    Field("name", self.tr("Name")),
                    Field("aliases", self.tr("Other names (one per line)"), lines=True),
                    Field("contact", self.tr("Contact")),
                    Field("description", self.tr("Description"), multiline=True),
                ],
            ),
            (
                link,
                [
                    Field("role", self.tr("Role in this incident"), vocab="involvement_roles"),
                    Field("confidence", self.tr("Confidence"), vocab="confidence"),
                    Field("notes", self.tr("Notes on their role"), multiline=True),
                ],
            ),
        ]

    def add(self) -> None:
        if self.incident_id is None or self.store is None:
            return
        known = self.known.currentData()
        if known is not None:
            linked = self.store.find(
                Involvement, where={"incident_id": self.incident_id, "actor_id": known}
            )
            if any(link.role == self.role.currentData() for link in linked):
                self.error.setText(self.tr("They are already listed in this role."))
                return
            link = Involvement(
                incident_id=self.incident_id, actor_id=known, role=self.role.currentData()
            )
            self._save([link])
            return
        if not self.name.text().strip():
            return
        actor = Actor(kind=self.kind.currentData(), name=self.name.text().strip())
        link = Involvement(
            incident_id=self.incident_id, actor_id=actor.id, role=self.role.currentData()
        )
        self._save([actor, link])


class InterventionsTab(_IncidentListTab):
    """What was done: helpline reports, complaints, UN communications..."""

    def __init__(self) -> None:
        super().__init__(
            [self.tr("Date"), self.tr("What"), self.tr("Outcome")], self.tr("Interventions")
        )
        self.kind = _combo(self.tr("Kind of intervention"))
        self.date = _line("2024-03-05", self.tr("Date"))
        self.outcome = _line(self.tr("Outcome"), self.tr("Outcome"))
        self.inputs = [self.date, self.outcome]
        self.edit_title = self.tr("Edit intervention")
        self._layout([[self.kind], [self.date, self.outcome]])

    def prepare(self, store: Store) -> None:
        if self.kind.count() == 0:
            for term in store.vocab["intervention_types"].terms:
                self.kind.addItem(term.label(self.lang), term.code)

    def refresh(self) -> None:
        if self.store is None:
            return
        labels = self.store.vocab["intervention_types"]
        items = self.store.find(Intervention, where={"incident_id": self.incident_id})
        self._rows(
            [(i.date or "", labels.label(i.kind, self.lang), i.outcome) for i in items],
            [i.id for i in items],
        )

    def edit_parts(self, record_id: str) -> list[tuple[Record, list[Field]]]:
        assert self.store is not None
        fields = [
            Field("kind", self.tr("What"), vocab="intervention_types"),
            Field("date", self.tr("Date"), optional=True, precision="date_precision"),
            Field("by", self.tr("By whom")),
            Field("outcome", self.tr("Outcome")),
            Field("description", self.tr("Description"), multiline=True),
        ]
        return [(self.store.get(Intervention, record_id), fields)]

    def add(self) -> None:
        if self.store is None or self.incident_id is None:
            return
        case_id = self.store.get(Incident, self.incident_id).case_id
        self._save(
            [
                Intervention(
                    case_id=case_id,
                    incident_id=self.incident_id,
                    kind=self.kind.currentData(),
                    date=self.date.text().strip() or None,
                    outcome=self.outcome.text(),
                )
            ]
        )


def _when(stamp: str) -> str:
    """2026-11-28T07:56:45.123Z -> 2026-11-28 07:56 (UTC, as stored)."""
    return ltr(stamp[:16].replace("T", " "))


class HistoryTab(QWidget):
    """Every version of the incident and its audit entries, as plain text."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.text = plain_text_edit(read_only=True)
        self.text.setAccessibleName(self.tr("History"))
        layout.addWidget(self.text)

    def show_incident(self, store: Store, incident_id: str) -> None:
        history = store.history(incident_id)
        actions = {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "import": self.tr("imported from a bundle"),
            "export": self.tr("a copy was exported"),
            "conflict-kept-local": self.tr("conflict: kept this vault's version"),
        }
        lines = [self.tr("Versions (times in UTC)")]
        for version in history["versions"]:
            lines.append(
                "  " + self.tr("Version") + f" {version['version']}  "
                f"{_when(version['updated_at'])}  {version['title']}"
            )
        lines += ["", self.tr("What happened, in order (audit log)")]
        for entry in history["audit"]:
            note = f"  ({entry['note']})" if entry["note"] else ""
            action = actions.get(entry["action"], entry["action"])
            lines.append(f"  #{entry['seq']}  {_when(entry['at'])}  {action}{note}")
        self.text.setPlainText("\n".join(lines))

    def clear(self) -> None:
        self.text.clear()
