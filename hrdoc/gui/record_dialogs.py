"""Dialogs that add a case or an incident, and one that edits existing
records field by field, with who may see each field. Validation errors
appear in the dialog and nothing is saved until they are fixed."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from hrdoc.core.errors import HrdocError
from hrdoc.core.records import DATE_PRECISIONS, Case, Incident, Record, Sensitivity
from hrdoc.core.store import Store
from hrdoc.gui.country_field import CountryField
from hrdoc.gui.widgets import SensitivityBox, ask, plain_label, plain_text_edit, text_of


def _sensitivity_box(store: Store, lang: str, name: str) -> SensitivityBox:
    box = SensitivityBox(name)
    box.set_labels(store.vocab, lang)
    box.set_level(Sensitivity.RESTRICTED)
    return box


def confirm_discard(parent: QWidget) -> bool:
    """Ask before Cancel or Escape throws away what was typed."""
    text = QCoreApplication.translate("Protection", "Discard what you typed here?")
    return ask(parent, text, QMessageBox.StandardButton.Discard)


class _KeepsWhatWasTyped(QDialog):
    """Cancel or Escape asks before discarding edits; locking never asks (it
    saves what it can first, see keep_before_lock)."""

    locking = False

    def has_changes(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def reject(self) -> None:
        if not self.locking and self.has_changes() and not confirm_discard(self):
            return
        super().reject()


class _RecordDialog(_KeepsWhatWasTyped):
    def __init__(self, store: Store, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = getattr(parent, "lang", "en")  # language of vocabulary labels
        self.record: Record | None = None
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = plain_label()
        self.error.setStyleSheet("color: #a00000")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        self._pristine = self._typed()

    def _typed(self) -> dict[str, object]:
        data = self.build().to_dict()
        del data["id"]  # a new one each time
        return data

    def has_changes(self) -> bool:
        return self._typed() != self._pristine

    def build(self) -> Record:  # pragma: no cover - overridden
        raise NotImplementedError

    def _write(self, record: Record) -> Record:
        return self.store.add(record)

    def _save(self) -> None:
        try:
            self.record = self._write(self.build())
        except HrdocError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def keep_before_lock(self) -> None:
        """The vault is locking: keep what was typed if it is a valid record."""
        self.locking = True
        with contextlib.suppress(HrdocError):  # no title yet: nothing worth keeping
            self.record = self._write(self.build())


class NewCaseDialog(_RecordDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("New case"), parent)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Case title"))
        self.description = plain_text_edit()
        self.sensitivity = _sensitivity_box(store, self.lang, self.tr("Who may see it"))
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Who may see it"), self.sensitivity)
        self._finish_layout()

    def build(self) -> Record:
        return Case(
            title=self.title.text(),
            description=text_of(self.description),
            sensitivity=self.sensitivity.level(),
        )


class EditCaseDialog(NewCaseDialog):
    """A case's title, description, status and who may see it; saving keeps
    the previous version."""

    def __init__(self, store: Store, case: Case, parent: QWidget | None = None) -> None:
        self.case = case
        super().__init__(store, parent)
        self.setWindowTitle(self.tr("Edit case"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Open"), "open")
        self.status.addItem(self.tr("Closed"), "closed")
        self.form.insertRow(3, self.tr("Status"), self.status)
        self.title.setText(case.title)
        self.description.setPlainText(case.description)
        self.sensitivity.set_level(str(case.sensitivity))
        self.status.setCurrentIndex(max(0, self.status.findData(case.status)))
        self._pristine = self._typed()

    def build(self) -> Record:
        status = self.status.currentData() if hasattr(self, "status") else self.case.status
        return Case.from_dict(
            self.case.to_dict()
            | {
                "title": self.title.text(),
                "description": text_of(self.description),
                "sensitivity": str(self.sensitivity.level()),
                "status": status,
            }
        )

    def _write(self, record: Record) -> Record:
        return self.store.update(record)


class NewIncidentDialog(_RecordDialog):
    def __init__(self, store: Store, case_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("New incident"), parent)
        self.case = QComboBox()
        for case in store.find(Case, order="title"):
            self.case.addItem(case.title, case.id)
        if case_id:
            self.case.setCurrentIndex(max(0, self.case.findData(case_id)))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Incident title"))
        self.date = QLineEdit()
        self.date.setPlaceholderText("2024-03-05, 2024-03 or 2024")
        self.precision = QComboBox()
        self.precision.addItem(self.tr("(from the date)"), None)
        for precision in DATE_PRECISIONS:
            self.precision.addItem(
                store.vocab["date_precision"].label(precision, self.lang), precision
            )
        self.country = CountryField(self.lang)
        self.country.setAccessibleName(self.tr("Country"))
        self.types = QListWidget()
        for term in store.vocab["incident_types"].terms:
            item = QListWidgetItem(term.label(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.types.addItem(item)
        self.verification = QComboBox()
        for term in store.vocab["verification_status"].terms:
            self.verification.addItem(term.label(self.lang), term.code)
        self.description = plain_text_edit()
        self.sensitivity = _sensitivity_box(store, self.lang, self.tr("Who may see it"))
        for label, widget in (
            (self.tr("Case"), self.case),
            (self.tr("Title"), self.title),
            (self.tr("Date"), self.date),
            (self.tr("Precision"), self.precision),
            (self.tr("Country"), self.country),
            (self.tr("Type"), self.types),
            (self.tr("Verification"), self.verification),
            (self.tr("Description"), self.description),
            (self.tr("Who may see it"), self.sensitivity),
        ):
            self.form.addRow(label, widget)
        self._finish_layout()

    def build(self) -> Record:
        types = [
            self.types.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.types.count())
            if self.types.item(i).checkState() == Qt.CheckState.Checked
        ]
        return Incident(
            case_id=self.case.currentData() or "",
            title=self.title.text(),
            description=text_of(self.description),
            start_date=self.date.text().strip() or None,
            start_precision=self.precision.currentData(),
            country=self.country.text() or None,
            types=types,
            verification=self.verification.currentData(),
            sensitivity=self.sensitivity.level(),
        )


@dataclass(frozen=True)
class Field:
    """One field of a record as the edit dialog shows it."""

    name: str
    label: str
    vocab: str | None = None  # a choice from this vocabulary
    multiline: bool = False
    lines: bool = False  # a list of text, one entry per line
    optional: bool = False  # empty text is stored as "no value"
    precision: str | None = None  # a date's precision field, guessed again when it changes
    check: bool = False  # yes or no (a box to tick)


def less_protected(record: Record) -> set[str]:
    """Fields of a record now below hrdoc's default protection for them."""
    return {
        name
        for name, default in record.default_field_sensitivity().items()
        if record.effective_sensitivity(name).rank < default.rank
    }


def confirm_less_protection(parent: QWidget, labels: list[str]) -> bool:
    """Ask before saving fields with less protection than hrdoc's default."""
    text = QCoreApplication.translate(
        "Protection",
        "These fields would be less protected than hrdoc's default: %1. "
        "They could then appear in bundles for partners or in public reports. "
        "Save anyway?",
    ).replace("%1", ", ".join(labels))
    return ask(parent, text, QMessageBox.StandardButton.Save, warn=True)


def set_field_level(levels: dict[str, str], name: str, level: str) -> None:
    """Record who may see a field; "same as the record" (public) needs no
    entry unless it overrides a default or an earlier level."""
    if name in levels or level != Sensitivity.PUBLIC:
        levels[name] = str(level)


class FieldLevelsDialog(QDialog):
    """Who may see each field of a record; the caller saves the result."""

    def __init__(
        self,
        store: Store,
        fields: list[tuple[str, str]],
        levels: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who may see each field"))
        lang = getattr(parent, "lang", "en")
        form = QFormLayout(self)
        form.addRow(
            plain_label(
                self.tr(
                    "A field goes out only where both its own level and the record's "
                    "level allow it."
                )
            )
        )
        self.boxes: dict[str, SensitivityBox] = {}
        for name, label in fields:
            box = SensitivityBox(label, field=True)
            box.set_labels(store.vocab, lang)
            box.set_level(levels.get(name, Sensitivity.PUBLIC))
            form.addRow(label, box)
            self.boxes[name] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def levels(self) -> dict[str, str]:
        return {name: str(box.level()) for name, box in self.boxes.items()}


class EditRecordsDialog(_KeepsWhatWasTyped):
    """Edit existing records: each field with who may see it, and who may see
    the first record as a whole. All records are saved together or none is.

    Making a field less protected than hrdoc's default (a person's name is
    secret) asks first: a mistake there can put a name in a partner bundle."""

    def __init__(
        self,
        store: Store,
        parts: list[tuple[Record, list[Field]]],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = getattr(parent, "lang", "en")
        self.parts = parts
        self.saved: list[Record] = []
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.widgets: dict[tuple[int, str], tuple[QWidget, SensitivityBox]] = {}
        form = QFormLayout(self)
        form.addRow(
            plain_label(
                self.tr(
                    "Beside each field: who may see it. A field goes out only where both "
                    "its own level and the record's level allow it."
                )
            )
        )
        headings = {
            "actor": self.tr("The person or organisation"),
            "involvement": self.tr("Their part in this incident"),
        }
        for index, (record, fields) in enumerate(parts):
            if len(parts) > 1:
                heading = plain_label(headings.get(record.KIND, ""))
                heading.setStyleSheet("font-weight: bold; margin-top: 6px")
                form.addRow(heading)
            for spec in fields:
                widget = self._input(spec, getattr(record, spec.name))
                widget.setAccessibleName(spec.label)
                level = SensitivityBox(
                    self.tr("Who may see: %1").replace("%1", spec.label), field=True
                )
                level.set_labels(store.vocab, self.lang)
                level.set_level(record.field_sensitivity.get(spec.name, Sensitivity.PUBLIC))
                row = QHBoxLayout()
                row.addWidget(widget, 1)
                row.addWidget(level)
                level.setVisible(not spec.check)  # a yes-or-no flag is not itself shown
                form.addRow(spec.label, row)
                self.widgets[(index, spec.name)] = (widget, level)
        self.record_level = SensitivityBox(self.tr("Who may see the whole record"))
        self.record_level.set_labels(store.vocab, self.lang)
        self.record_level.set_level(parts[0][0].sensitivity)
        form.addRow(self.tr("Who may see the whole record"), self.record_level)
        self.error = plain_label()
        self.error.setStyleSheet("color: #a00000")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _input(self, spec: Field, value: Any) -> QWidget:
        if spec.check:
            tick = QCheckBox()
            tick.setChecked(bool(value))
            return tick
        if spec.vocab is not None:
            box = QComboBox()
            for term in self.store.vocab[spec.vocab].terms:
                box.addItem(term.label(self.lang), term.code)
            box.setCurrentIndex(max(0, box.findData(value)))
            return box
        if spec.lines or spec.multiline:
            text = plain_text_edit("\n".join(value) if spec.lines else str(value or ""))
            text.setMaximumHeight(90)
            return text
        return QLineEdit(str(value or ""))

    def _value(self, spec: Field, widget: QWidget) -> Any:
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QTextEdit):
            text = text_of(widget)
            if spec.lines:
                return [line.strip() for line in text.splitlines() if line.strip()]
            return text
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        return (text or None) if spec.optional else text

    def records(self) -> list[Record]:
        """The records as the dialog now shows them (not yet saved)."""
        out = []
        for index, (record, fields) in enumerate(self.parts):
            data = record.to_dict()
            levels = {name: str(level) for name, level in record.field_sensitivity.items()}
            for spec in fields:
                widget, level = self.widgets[(index, spec.name)]
                value = self._value(spec, widget)
                if spec.precision is not None and value != data[spec.name]:
                    data[spec.precision] = None
                data[spec.name] = value
                set_field_level(levels, spec.name, level.level())
            data["field_sensitivity"] = levels
            if index == 0:
                data["sensitivity"] = str(self.record_level.level())
            out.append(type(record).from_dict(data))
        return out

    def keep_before_lock(self) -> None:
        """The vault is locking: save the edits if they are valid and take no
        protection away (that is never saved without the question)."""
        self.locking = True
        try:
            records = self.records()
            if not any(less_protected(record) for record in records):
                self.saved = self.store.update_all(records)
        except HrdocError:
            pass  # invalid edits in a dialog are dropped; the stored record is unchanged

    def has_changes(self) -> bool:
        try:
            records = self.records()
        except HrdocError:
            return True
        return any(
            not new.same_content(old)
            for new, (old, _fields) in zip(records, self.parts, strict=True)
        )

    def _save(self) -> None:
        try:
            records = self.records()
            lowered = [
                spec.label
                for record, (_old, fields) in zip(records, self.parts, strict=True)
                for spec in fields
                if spec.name in less_protected(record)
            ]
            if lowered and not confirm_less_protection(self, lowered):
                return
            self.saved = self.store.update_all(records)
        except HrdocError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
