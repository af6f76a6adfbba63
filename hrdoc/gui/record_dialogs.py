"""Dialogs that add a case or an incident. Validation errors appear in the
dialog and nothing is saved until they are fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from hrdoc.core.errors import HrdocError
from hrdoc.core.records import DATE_PRECISIONS, Case, Incident, Record, Sensitivity
from hrdoc.core.store import Store
from hrdoc.gui.widgets import plain_label


def _sensitivity_box() -> QComboBox:
    box = QComboBox()
    for level in Sensitivity:
        box.addItem(level.value, level.value)
    box.setCurrentText(Sensitivity.RESTRICTED.value)
    return box


class _RecordDialog(QDialog):
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

    def build(self) -> Record:  # pragma: no cover - overridden
        raise NotImplementedError

    def _save(self) -> None:
        try:
            self.record = self.store.add(self.build())
        except HrdocError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class NewCaseDialog(_RecordDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("New case"), parent)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Case title"))
        self.description = QPlainTextEdit()
        self.sensitivity = _sensitivity_box()
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Who may see it"), self.sensitivity)
        self._finish_layout()

    def build(self) -> Record:
        return Case(
            title=self.title.text(),
            description=self.description.toPlainText(),
            sensitivity=Sensitivity(self.sensitivity.currentData()),
        )


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
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("ISO code, e.g. LB; ZZ if withheld"))
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
        self.description = QPlainTextEdit()
        self.sensitivity = _sensitivity_box()
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
            description=self.description.toPlainText(),
            start_date=self.date.text().strip() or None,
            start_precision=self.precision.currentData(),
            country=self.country.text().strip() or None,
            types=types,
            verification=self.verification.currentData(),
            sensitivity=Sensitivity(self.sensitivity.currentData()),
        )
