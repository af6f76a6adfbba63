"""The selected incident: what happened, when (with precision), where,
how well established, and who was involved. Validation messages appear
under the fields; nothing is saved until they are fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from hrdoc.core.errors import HrdocError
from hrdoc.core.records import DATE_PRECISIONS, Actor, Incident, Involvement, Sensitivity
from hrdoc.core.store import Store
from hrdoc.gui.widgets import plain_label

#: the incident fields this editor changes, and how to read each widget
EDITED = (
    "title",
    "description",
    "start_date",
    "start_precision",
    "country",
    "region",
    "place",
    "verification",
    "types",
    "sensitivity",
)


class IncidentEditor(QWidget):
    saved = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.store: Store | None = None
        self.incident: Incident | None = None
        self.lang = "en"  # language of vocabulary labels
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Incident title"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.start_date = QLineEdit()
        self.start_date.setPlaceholderText("2024-03-05, 2024-03 or 2024")
        self.start_date.setAccessibleName(self.tr("Date"))
        self.precision = QComboBox()
        self.precision.setAccessibleName(self.tr("Date precision"))
        self.precision.addItem(self.tr("(from the date)"), None)
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("ISO code, e.g. LB; ZZ if withheld"))
        self.country.setAccessibleName(self.tr("Country"))
        self.region = QLineEdit()
        self.region.setAccessibleName(self.tr("Region"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.verification = QComboBox()
        self.verification.setAccessibleName(self.tr("Verification"))
        self.types = QListWidget()
        self.types.setAccessibleName(self.tr("Type"))
        self.types.setMaximumHeight(120)
        self.sensitivity = QComboBox()
        self.sensitivity.setAccessibleName(self.tr("Who may see it"))
        for level in Sensitivity:
            self.sensitivity.addItem(level.value, level.value)
        self.details = plain_label()
        self.error = plain_label()
        self.error.setStyleSheet("color: #a00000")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        for label, widget in (
            (self.tr("Title"), self.title),
            (self.tr("Description"), self.description),
            (self.tr("Date"), self.start_date),
            (self.tr("Precision"), self.precision),
            (self.tr("Country"), self.country),
            (self.tr("Region"), self.region),
            (self.tr("Place"), self.place),
            (self.tr("Verification"), self.verification),
            (self.tr("Type"), self.types),
            (self.tr("Who may see it"), self.sensitivity),
        ):
            form.addRow(label, widget)
        form.addRow(self.details)
        form.addRow(self.error)
        form.addRow(self.save_button)
        self.save_button.clicked.connect(self.save)
        # a new date brings its own precision unless the user picks one
        self.start_date.textEdited.connect(lambda _text: self.precision.setCurrentIndex(0))
        self.setEnabled(False)

    def show_incident(self, store: Store, incident: Incident) -> None:
        self.store, self.incident = store, incident
        vocab = store.vocab
        if self.precision.count() == 1:
            for precision in DATE_PRECISIONS:
                self.precision.addItem(
                    vocab["date_precision"].label(precision, self.lang), precision
                )
        if self.verification.count() == 0:
            for term in vocab["verification_status"].terms:
                self.verification.addItem(term.label(self.lang), term.code)
            for term in vocab["incident_types"].terms:
                item = QListWidgetItem(term.label(self.lang))
                item.setData(Qt.ItemDataRole.UserRole, term.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.types.addItem(item)
            for i, term in enumerate(vocab["sensitivity"].terms):
                self.sensitivity.setItemText(i, term.label(self.lang))
        for i in range(self.types.count()):
            item = self.types.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in incident.types
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.sensitivity.setCurrentIndex(
            max(0, self.sensitivity.findData(str(incident.sensitivity)))
        )
        self.title.setText(incident.title)
        self.description.setPlainText(incident.description)
        self.start_date.setText(incident.start_date or "")
        self.precision.setCurrentIndex(max(0, self.precision.findData(incident.start_precision)))
        self.country.setText(incident.country or "")
        self.region.setText(incident.region)
        self.place.setText(incident.place)
        self.verification.setCurrentIndex(max(0, self.verification.findData(incident.verification)))
        kinds = ", ".join(vocab["incident_types"].label(t, self.lang) for t in incident.types)
        people = []
        for link in store.find(Involvement, where={"incident_id": incident.id}):
            if store.exists(Actor, link.actor_id):
                name = store.get(Actor, link.actor_id).name
                people.append(f"{vocab['involvement_roles'].label(link.role, self.lang)}: {name}")
        self.details.setText("\n".join([kinds, *people]))
        self.error.setText("")
        self.setEnabled(True)

    def _values(self) -> dict[str, object]:
        return {
            "title": self.title.text(),
            "description": self.description.toPlainText(),
            "start_date": self.start_date.text().strip() or None,
            "start_precision": self.precision.currentData(),
            "country": self.country.text().strip().upper() or None,
            "region": self.region.text(),
            "place": self.place.text(),
            "verification": self.verification.currentData(),
            "types": [
                self.types.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.types.count())
                if self.types.item(i).checkState() == Qt.CheckState.Checked
            ],
            "sensitivity": self.sensitivity.currentData(),
        }

    def has_unsaved_changes(self) -> bool:
        if self.incident is None:
            return False
        current = self.incident.to_dict()
        values = self._values()
        if values["start_precision"] is None:  # "(from the date)" keeps what is stored
            values["start_precision"] = current["start_precision"]
        return any(values[name] != current[name] for name in EDITED)

    def save(self) -> bool:
        if self.store is None or self.incident is None:
            return True
        values = self._values()
        if values["start_date"] != self.incident.start_date and values["start_precision"] is None:
            values["start_precision"] = None  # guessed again from the new date
        elif values["start_precision"] is None:
            values["start_precision"] = self.incident.start_precision
        try:
            self.incident = self.store.update(Incident.from_dict(self.incident.to_dict() | values))
        except HrdocError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText(self.tr("Saved."))
        self.saved.emit(self.incident.id)
        return True

    def clear(self) -> None:
        self.store = self.incident = None
        for widget in (self.title, self.start_date, self.country, self.region, self.place):
            widget.clear()
        self.description.clear()
        self.details.setText("")
        self.error.setText("")
        self.setEnabled(False)
