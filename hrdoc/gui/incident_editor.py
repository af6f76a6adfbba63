"""The selected incident: what happened, when (with precision), where,
how well established, and who was involved. Validation messages appear
under the fields; nothing is saved until they are fixed."""

from __future__ import annotations

import json
from typing import Any, cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from hrdoc.core.errors import HrdocError
from hrdoc.core.records import DATE_PRECISIONS, Actor, Case, Incident, Involvement
from hrdoc.core.store import Store
from hrdoc.gui.country_field import CountryField
from hrdoc.gui.record_dialogs import (
    FieldLevelsDialog,
    confirm_less_protection,
    less_protected,
    set_field_level,
)
from hrdoc.gui.widgets import SensitivityBox, joined, plain_label, plain_text_edit, text_of

#: vault drafts keep edits not saved when the vault locked, one per incident
DRAFT = "incident:"

#: the incident fields this editor changes, and how to read each widget
EDITED = (
    "case_id",
    "title",
    "description",
    "start_date",
    "start_precision",
    "country",
    "region",
    "place",
    "latitude",
    "longitude",
    "verification",
    "types",
    "sensitivity",
    "field_sensitivity",
)


#: where a validation message goes, by the words it starts with
ERROR_FIELDS = {
    "title": ("incident title",),
    "date": ("start date", "end date"),
    "country": ("country",),
    "coordinates": ("latitude", "longitude", "give both latitude"),
}


def _number(text: str) -> float | str | None:
    """A coordinate as typed: Arabic-Indic digits and a decimal comma are fine.
    Text that is not a number is passed on, for validation to name it."""
    text = text.strip().replace("\u066b", ".").replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text


def _number_text(value: object) -> str:
    return "" if value is None else str(value)


class IncidentEditor(QWidget):
    saved = Signal(str)

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.store: Store | None = None
        self.incident: Incident | None = None
        self.lang = "en"  # language of vocabulary labels
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Incident title"))
        self.description = plain_text_edit()
        self.description.setAccessibleName(self.tr("Description"))
        self.start_date = QLineEdit()
        self.start_date.setPlaceholderText("2024-03-05, 2024-03 or 2024")
        self.start_date.setAccessibleName(self.tr("Date"))
        self.precision = QComboBox()
        self.precision.setAccessibleName(self.tr("Date precision"))
        self.precision.addItem(self.tr("(from the date)"), None)
        self.country = CountryField(lang)
        self.country.setAccessibleName(self.tr("Country"))
        self.region = QLineEdit()
        self.region.setAccessibleName(self.tr("Region"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.latitude = QLineEdit()
        self.latitude.setPlaceholderText(self.tr("latitude, e.g. 33.89"))
        self.latitude.setAccessibleName(self.tr("Latitude"))
        self.longitude = QLineEdit()
        self.longitude.setPlaceholderText(self.tr("longitude, e.g. 35.50"))
        self.longitude.setAccessibleName(self.tr("Longitude"))
        coordinates = QHBoxLayout()
        coordinates.addWidget(self.latitude)
        coordinates.addWidget(self.longitude)
        # a validation message appears under the field it is about
        self.field_errors = {key: plain_label() for key in ERROR_FIELDS}
        for message in self.field_errors.values():
            message.setStyleSheet("color: #a00000")
            message.hide()
        self.case = QComboBox()  # moving an incident is choosing another case
        self.case.setAccessibleName(self.tr("Case"))
        self.verification = QComboBox()
        self.verification.setAccessibleName(self.tr("Verification"))
        self.types = QListWidget()
        self.types.setAccessibleName(self.tr("Type"))
        self.types.setMaximumHeight(160)
        self.sensitivity = SensitivityBox(self.tr("Who may see it"))
        self.field_levels: dict[str, str] = {}  # who may see each field, saved with the rest
        self.levels_button = QPushButton(self.tr("Who may see each field…"))
        self.levels_button.clicked.connect(self.edit_field_levels)
        record_level = QHBoxLayout()
        record_level.addWidget(self.sensitivity, 1)
        record_level.addWidget(self.levels_button)
        self.details = plain_label()
        self.error = plain_label()
        self.error.setStyleSheet("color: #a00000")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        date_row = QHBoxLayout()
        date_row.addWidget(self.start_date, 1)
        date_row.addWidget(self._calendar_button())
        rows: list[tuple[str, QWidget | QHBoxLayout, str]] = [
            (self.tr("Case"), self.case, ""),
            (self.tr("Title"), self.title, "title"),
            (self.tr("Description"), self.description, ""),
            (self.tr("Date"), date_row, "date"),
            (self.tr("Precision"), self.precision, ""),
            (self.tr("Country"), self.country, "country"),
            (self.tr("Region"), self.region, ""),
            (self.tr("Place"), self.place, ""),
            (self.tr("Coordinates"), coordinates, "coordinates"),
            (self.tr("Verification"), self.verification, ""),
            (self.tr("Type"), self.types, ""),
        ]
        for text, widget, errors in rows:
            form.addRow(text, widget)
            if errors:
                form.addRow("", self.field_errors[errors])
        form.addRow(self.tr("Who may see it"), record_level)
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
            self._type_terms = list(vocab["incident_types"].terms)
            for term in vocab["incident_types"].terms:
                item = QListWidgetItem(term.label(self.lang))
                item.setData(Qt.ItemDataRole.UserRole, term.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.types.addItem(item)
            self.sensitivity.set_labels(vocab, self.lang)
        self.case.blockSignals(True)
        self.case.clear()
        for case in store.find(Case, order="title"):
            self.case.addItem(case.title, case.id)  # item text is plain text
        self.case.blockSignals(False)
        self._show_values(incident.to_dict())
        self.refresh_details()
        self.show_error("")
        self._restore_draft(store, incident)
        self.setEnabled(True)

    def _calendar_button(self) -> QToolButton:
        """A calendar beside the typed date: a day chosen there is written as
        2016-08-10 (so its precision is the day); typing stays possible."""
        button = QToolButton()
        button.setText("▾")
        button.setToolTip(self.tr("Choose a day on a calendar"))
        button.setAccessibleName(self.tr("Choose a day on a calendar"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.calendar = QCalendarWidget()
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        button.setMenu(menu)

        def chosen(day: QDate) -> None:
            self.start_date.setText(day.toString("yyyy-MM-dd"))
            self.precision.setCurrentIndex(0)  # from the date: a day
            menu.close()

        self.calendar.clicked.connect(chosen)
        return button

    def _show_values(self, values: dict[str, Any]) -> None:
        """Fill the fields from an incident's values (the reverse of _values)."""
        self.case.setCurrentIndex(max(0, self.case.findData(values["case_id"])))
        self.title.setText(values["title"])
        self.description.setPlainText(values["description"])
        self.start_date.setText(values["start_date"] or "")
        self.precision.setCurrentIndex(max(0, self.precision.findData(values["start_precision"])))
        self.country.setText(values["country"] or "")
        self.region.setText(values["region"])
        self.place.setText(values["place"])
        self.latitude.setText(_number_text(values["latitude"]))
        self.longitude.setText(_number_text(values["longitude"]))
        self.verification.setCurrentIndex(
            max(0, self.verification.findData(values["verification"]))
        )
        items = [self.types.takeItem(0) for _ in range(self.types.count())]
        order = {term.code: n for n, term in enumerate(self._type_terms)}
        # the chosen types first, where the list shows them without scrolling
        items.sort(
            key=lambda item: (
                item.data(Qt.ItemDataRole.UserRole) not in values["types"],
                order.get(item.data(Qt.ItemDataRole.UserRole), 0),
            )
        )
        for item in items:
            checked = item.data(Qt.ItemDataRole.UserRole) in values["types"]
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.types.addItem(item)
        self.types.scrollToTop()
        self.sensitivity.set_level(values["sensitivity"])
        self.field_levels = dict(values["field_sensitivity"])

    def refresh_details(self) -> None:
        """The stored types and the people involved, below the fields (after a
        person is added or edited in their tab; unsaved edits stay)."""
        if self.store is None or self.incident is None:
            return
        store, incident, vocab = self.store, self.incident, self.store.vocab
        kinds = joined(
            (vocab["incident_types"].label(t, self.lang) for t in incident.types), self.lang
        )
        people = []
        for link in store.find(Involvement, where={"incident_id": incident.id}):
            if store.exists(Actor, link.actor_id):
                name = store.get(Actor, link.actor_id).name
                people.append(f"{vocab['involvement_roles'].label(link.role, self.lang)}: {name}")
        self.details.setText("\n".join([kinds, *people]))

    def _values(self) -> dict[str, object]:
        return {
            "case_id": self.case.currentData() or (self.incident.case_id if self.incident else ""),
            "title": self.title.text(),
            "description": text_of(self.description),
            "start_date": self.start_date.text().strip() or None,
            "start_precision": self.precision.currentData(),
            "country": self.country.text().strip().upper() or None,
            "region": self.region.text(),
            "place": self.place.text(),
            "latitude": _number(self.latitude.text()),
            "longitude": _number(self.longitude.text()),
            "verification": self.verification.currentData(),
            "types": [
                self.types.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.types.count())
                if self.types.item(i).checkState() == Qt.CheckState.Checked
            ],
            "sensitivity": self.sensitivity.currentData(),
            "field_sensitivity": dict(sorted(self.field_levels.items())),
        }

    def field_labels(self) -> list[tuple[str, str]]:
        return [
            ("title", self.tr("Title")),
            ("description", self.tr("Description")),
            ("start_date", self.tr("Date")),
            ("country", self.tr("Country")),
            ("region", self.tr("Region")),
            ("place", self.tr("Place")),
            ("latitude", self.tr("Latitude")),
            ("longitude", self.tr("Longitude")),
            ("types", self.tr("Type")),
            ("verification", self.tr("Verification")),
            ("sources", self.tr("Sources")),
        ]

    def edit_field_levels(self) -> None:
        """Who may see each field; kept with the unsaved edits until Save."""
        if self.store is None:
            return
        dialog = FieldLevelsDialog(self.store, self.field_labels(), self.field_levels, self)
        if dialog.exec() == FieldLevelsDialog.DialogCode.Accepted:
            for name, level in dialog.levels().items():
                set_field_level(self.field_levels, name, level)

    def has_unsaved_changes(self) -> bool:
        if self.incident is None:
            return False
        current = self.incident.to_dict()
        values = self._values()
        if values["start_precision"] is None:  # "(from the date)" keeps what is stored
            values["start_precision"] = current["start_precision"]
        current["description"] = current["description"].replace("\r\n", "\n")  # as shown
        # the list shows types in the vocabulary's order, not in the order stored
        values["types"] = (
            sorted(self.incident.types)
            if (set(self.incident.types) == set(cast(list[str], values["types"])))
            else values["types"]
        )
        current["types"] = sorted(self.incident.types)
        return any(values[name] != current[name] for name in EDITED)

    def show_error(self, message: str) -> None:
        """Put a validation message under the field it is about (or at the
        bottom) and move the cursor there; an empty message clears them."""
        for label in self.field_errors.values():
            label.clear()
            label.hide()
        self.error.setText("")
        if not message:
            return
        lowered = message.lower()
        for key, starts in ERROR_FIELDS.items():
            if lowered.startswith(starts):
                self.field_errors[key].setText(message)
                self.field_errors[key].show()
                focus = {
                    "title": self.title,
                    "date": self.start_date,
                    "country": self.country,
                    "coordinates": self.latitude,
                }[key]
                focus.setFocus()
                return
        self.error.setText(message)

    def keep_draft(self) -> None:
        """Keep edits that could not be saved (invalid, or less protection the
        user has not confirmed) in the vault, to come back with the incident."""
        if self.store is None or self.incident is None:
            return
        self.store.vault.save_draft(DRAFT + self.incident.id, json.dumps(self._values()))

    @staticmethod
    def draft_titles(store: Store) -> list[str]:
        """Titles of the incidents with edits kept from before a lock."""
        titles = []
        for name in store.vault.draft_names(DRAFT):
            incident_id = name.removeprefix(DRAFT)
            if store.exists(Incident, incident_id):
                titles.append(store.get(Incident, incident_id).title)
            else:
                store.vault.drop_draft(name)
        return titles

    def _restore_draft(self, store: Store, incident: Incident) -> None:
        text = store.vault.draft(DRAFT + incident.id)
        if not text:
            return
        self._show_values(incident.to_dict() | json.loads(text))
        store.vault.drop_draft(DRAFT + incident.id)  # in the fields now; a lock keeps it again
        self.error.setText(
            self.tr("Edits not saved before the vault locked are back. Check them and save.")
        )

    def save(self, ask: bool = True) -> bool:
        """Save the edits; False if they are invalid or (with ask) the user
        declines less protection. Without ask, less protection is never saved."""
        if self.store is None or self.incident is None:
            return True
        values = self._values()
        if values["start_date"] != self.incident.start_date and values["start_precision"] is None:
            values["start_precision"] = None  # guessed again from the new date
        elif values["start_precision"] is None:
            values["start_precision"] = self.incident.start_precision
        try:
            changed = Incident.from_dict(self.incident.to_dict() | values)
            labels = dict(self.field_labels())
            lowered = [labels.get(name, name) for name in sorted(less_protected(changed))]
            if lowered and not (ask and confirm_less_protection(self, lowered)):
                return False
            self.incident = self.store.update(changed)
        except HrdocError as exc:
            self.show_error(str(exc))
            return False
        self.show_error("")
        self.error.setText(self.tr("Saved."))
        self.saved.emit(self.incident.id)
        return True

    def clear(self) -> None:
        self.store = self.incident = None
        for widget in (
            self.title,
            self.start_date,
            self.country,
            self.region,
            self.place,
            self.latitude,
            self.longitude,
        ):
            widget.clear()
        self.description.clear()
        self.details.setText("")
        self.show_error("")
        self.setEnabled(False)
