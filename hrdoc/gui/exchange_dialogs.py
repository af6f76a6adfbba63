"""Exchange menu dialogs: export a report (with a preview of what goes out),
import a bundle (checked and counted before anything is committed), my key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core.errors import HrdocError
from hrdoc.core.redaction import RedactionSummary, profile_names, redact_cases
from hrdoc.core.store import Store
from hrdoc.exchange import contacts
from hrdoc.exchange.bundle import ImportReport, export_bundle, import_bundle
from hrdoc.exchange.identity import DEFAULT_NAME, MAX_NAME, VaultIdentity, set_owner_name
from hrdoc.gui.widgets import (
    LANGUAGE_NAMES,
    fixed_font,
    ltr,
    plain_label,
    plain_text_edit,
    show_progress,
)
from hrdoc.gui.worker import Task, run_in_background
from hrdoc.reports.export import FORMATS, export_report

CLIPBOARD_SECONDS = 30


def kind_label(kind: str) -> str:
    """A record kind as the window names it."""
    return {
        "case": QCoreApplication.translate("Exchange", "Cases"),
        "incident": QCoreApplication.translate("Exchange", "Incidents"),
        "actor": QCoreApplication.translate("Exchange", "People and organisations"),
        "involvement": QCoreApplication.translate("Exchange", "Roles in incidents"),
        "indicator": QCoreApplication.translate("Exchange", "Indicators"),
        "evidence": QCoreApplication.translate("Exchange", "Evidence files"),
        "intervention": QCoreApplication.translate("Exchange", "Interventions"),
    }.get(kind, kind)


def field_label(name: str) -> str:
    """A record field as the window names it (the code when there is no label)."""
    return {
        "title": QCoreApplication.translate("Exchange", "Title"),
        "description": QCoreApplication.translate("Exchange", "Description"),
        "start_date": QCoreApplication.translate("Exchange", "Date"),
        "end_date": QCoreApplication.translate("Exchange", "End date"),
        "date": QCoreApplication.translate("Exchange", "Date"),
        "first_seen": QCoreApplication.translate("Exchange", "First seen"),
        "captured_at": QCoreApplication.translate("Exchange", "Date"),
        "country": QCoreApplication.translate("Exchange", "Country"),
        "region": QCoreApplication.translate("Exchange", "Region"),
        "place": QCoreApplication.translate("Exchange", "Place"),
        "latitude": QCoreApplication.translate("Exchange", "Latitude"),
        "longitude": QCoreApplication.translate("Exchange", "Longitude"),
        "sources": QCoreApplication.translate("Exchange", "Sources"),
        "source": QCoreApplication.translate("Exchange", "Source"),
        "name": QCoreApplication.translate("Exchange", "Name"),
        "aliases": QCoreApplication.translate("Exchange", "Other names"),
        "attributes": QCoreApplication.translate("Exchange", "Attributes"),
        "contact": QCoreApplication.translate("Exchange", "Contact"),
        "notes": QCoreApplication.translate("Exchange", "Notes"),
        "outcome": QCoreApplication.translate("Exchange", "Outcome"),
        "by": QCoreApplication.translate("Exchange", "By whom"),
        "file_name": QCoreApplication.translate("Exchange", "File name"),
        "custody": QCoreApplication.translate("Exchange", "Chain of custody"),
    }.get(name, name)


def summary_lines(summary: RedactionSummary) -> list[str]:
    """What redaction does, in the window's language."""
    actions = {
        "removed": QCoreApplication.translate("Exchange", "Removed"),
        "pseudonymised": QCoreApplication.translate("Exchange", "Replaced by a pseudonym"),
        "generalised": QCoreApplication.translate("Exchange", "Made less precise"),
        "names in text": QCoreApplication.translate("Exchange", "Names replaced in free text"),
    }
    lines = [
        QCoreApplication.translate("Exchange", "Redaction profile") + f": {summary.source}",
        QCoreApplication.translate("Exchange", "Records that go out:"),
    ]
    for kind in sorted(set(summary.kept_records) | set(summary.dropped_records)):
        kept, withheld = summary.kept_records[kind], summary.dropped_records[kind]
        if not kept and not withheld:
            continue
        line = f"  {kind_label(kind)}: {kept}"
        if withheld:
            line += (
                "  ("
                + QCoreApplication.translate("Exchange", "%1 withheld").replace("%1", str(withheld))
                + ")"
            )
        lines.append(line)
    if not sum(summary.kept_records.values()):
        lines.append(
            "  "
            + QCoreApplication.translate(
                "Exchange", "Nothing: this profile withholds every record."
            )
        )
    if summary.counts:
        lines.append(QCoreApplication.translate("Exchange", "Changed on the way out:"))
    for (action, what), n in sorted(summary.counts.items()):
        kind, _, name = what.partition(".")
        lines.append(
            f"  {actions.get(action, action)}: {kind_label(kind)} / {field_label(name)} ({n})"
        )
    if summary.too_short or summary.review:
        lines.append(
            QCoreApplication.translate(
                "Exchange", "Check these before sending (they quote your vault):"
            )
        )
        lines += ["  " + line for line in summary.review_lines()]
    return lines


def _readonly_text() -> QTextEdit:
    return plain_text_edit(read_only=True)  # nothing from a vault is read as markup


class _RedactedExportDialog(QDialog):
    """What report and bundle export share: a profile, a preview of exactly
    what goes out after redaction, a status line and a save button."""

    get_save_file_name = staticmethod(QFileDialog.getSaveFileName)

    def __init__(self, store: Store, title: str, profile: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.profile = QComboBox()
        labels = {
            "public": self.tr("public: for publication (pseudonyms, no secrets)"),
            "partner": self.tr("partner: for organisations you trust (no secrets)"),
            "full": self.tr("full: everything, for yourself"),
        }
        for name in profile_names():
            self.profile.addItem(labels.get(name, name), name)
        self.profile.setCurrentIndex(max(0, self.profile.findData(profile)))
        self.preview = _readonly_text()
        self.preview.setAccessibleName(self.tr("What will go out"))
        self.status = plain_label()
        self.save_button = QPushButton()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self._task: Task | None = None
        self.profile.currentTextChanged.connect(self.update_preview)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)

    def profile_name(self) -> str:
        """The chosen profile's name (the list shows it with what it is for)."""
        return str(self.profile.currentData())

    def choose_profile(self, name: str) -> None:
        self.profile.setCurrentIndex(self.profile.findData(name))

    def _finish_layout(self) -> None:
        self.form.addRow(self.tr("Redaction profile"), self.profile)
        self.form.addRow(plain_label(self.tr("Exactly what goes out, after redaction:")))
        self.form.addRow(self.preview)
        self.form.addRow(self.status)
        self.form.addRow(self.progress)
        self.form.addRow(self.save_button)
        self.form.addRow(self.cancel_button)
        self.update_preview()

    def _redact(self) -> Any:
        return redact_cases(self.store, self.profile_name())

    def update_preview(self) -> None:
        try:
            redacted = self._redact()
        except Exception as exc:
            self.preview.setPlainText(str(exc))
            self.save_button.setEnabled(False)
            return
        lines = [*summary_lines(redacted.summary), *redacted.cleaning_lines]
        lines += ["", self.tr("Incidents:")]
        for incident in redacted.of("incident"):
            lines.append(f"- {incident.get('start_date') or '?'}  {incident.get('title', '')}")
        self.preview.setPlainText("\n".join(lines))
        self.save_button.setEnabled(True)

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _start(self, work: Any) -> None:
        self.save_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.show()
        self.status.setText(self.tr("Writing…"))
        self._task = run_in_background(
            self,
            work,
            self._saved,
            self._failed,
            lambda done, total: show_progress(self.progress, done, total),
            with_progress=True,
        )

    def cancel(self) -> None:
        """Stop the export; the file is written whole or not at all."""
        if self._task is not None:
            self._task.cancel()

    def _ended(self, message: str) -> None:
        self._task = None
        self.save_button.setEnabled(True)
        self.cancel_button.hide()
        self.progress.hide()
        self.status.setText(message)

    def _saved(self, message: str) -> None:
        self._ended(message)

    def _failed(self, message: str) -> None:
        self._ended(message)


class ReportDialog(_RedactedExportDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("Export a report"), "public", parent)
        self.format = QComboBox()
        self.format.addItems(list(FORMATS))
        self.lang = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.lang.addItem(name, code)
        self.save_button.setText(self.tr("Save report…"))
        self.form.addRow(self.tr("Format"), self.format)
        self.form.addRow(self.tr("Language"), self.lang)
        self._finish_layout()

    def save(self) -> None:
        suffix = self.format.currentText()
        default = "report-uwazi.csv" if suffix == "uwazi" else f"report.{suffix}"
        name, _filter = self.get_save_file_name(self, self.tr("Save report"), default)
        if not name:
            return
        store, profile, lang = self.store, self.profile_name(), self.lang.currentData()
        saved = self.tr("Saved: %1 bytes.")

        def work(report: Any) -> str:
            result = export_report(
                store, profile=profile, fmt=suffix, dest=Path(name), lang=lang, progress=report
            )
            return saved.replace("%1", str(result.size))

        self._start(work)


class ImportBundleDialog(QDialog):
    """Checks the bundle in a dry run first; the user then imports or cancels."""

    def __init__(self, store: Store, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path = path
        self.report: ImportReport | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Import a bundle"))
        layout = QVBoxLayout(self)
        self.summary = _readonly_text()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.import_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # until a verified sender is shown
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.import_button.clicked.connect(self._commit)
        self.cancel_button.clicked.connect(self._cancel)
        self._run(dry_run=True)

    def _run(self, dry_run: bool) -> None:
        store, path = self.store, self.path
        self.busy.show()

        def work(report: Any) -> ImportReport:
            return import_bundle(store, path, dry_run=dry_run, progress=report)

        self._task = run_in_background(
            self,
            work,
            self._checked if dry_run else self._imported,
            self._failed,
            lambda done, total: show_progress(self.busy, done, total),
            with_progress=True,
        )

    def _describe(self, report: ImportReport, dry_run: bool) -> str:
        sender = report.sender
        who = sender.get("contact") or self.tr("unknown sender") + f" {sender['name']!r}"
        state = self.tr("verified") if sender.get("verified") else self.tr("NOT verified")
        lines = [
            self.tr("From") + f": {who} ({state})",
            self.tr("Fingerprint") + ": " + ltr(sender["fingerprint"]),
            self.tr("Profile") + f": {report.profile}",
        ]
        if not sender.get("verified"):
            lines.append(
                self.tr(
                    "You have not compared this fingerprint with the sender yet. Compare it "
                    "(by phone or in person) before you rely on what the bundle says."
                )
            )
        if report.already_imported:
            lines.append(self.tr("This bundle was already imported; nothing would change."))
            return "\n".join(lines)
        verb = self.tr("Would add") if dry_run else self.tr("Added")
        added = ", ".join(f"{kind_label(k)}: {n}" for k, n in report.added.items())
        lines.append(f"{verb}: {added or '-'}")
        if report.skipped:
            lines.append(self.tr("Already here") + f": {sum(report.skipped.values())}")
        if report.conflicts:
            lines.append(
                self.tr("Conflicts (your versions are kept)") + f": {len(report.conflicts)}"
            )
        return "\n".join(lines)

    def _checked(self, report: ImportReport) -> None:
        self.busy.hide()
        self.report = report
        self.summary.setPlainText(self._describe(report, dry_run=True))
        self.import_button.setEnabled(not report.already_imported)
        # Enter imports only from a sender whose fingerprint was compared
        verified = bool(report.sender.get("verified")) and not report.already_imported
        self.import_button.setDefault(verified)
        self.cancel_button.setDefault(not verified)
        (self.import_button if verified else self.cancel_button).setFocus()

    def _commit(self) -> None:
        self.import_button.setEnabled(False)
        self._run(dry_run=False)

    def _imported(self, report: ImportReport) -> None:
        self.busy.hide()
        self.report = report
        self.summary.setPlainText(self._describe(report, dry_run=False))
        self.accept()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.summary.setPlainText(message)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self.reject()


class MyKeyDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("My key"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Send this card to partners, then compare the "
                    "fingerprint with them by phone or in person."
                )
            )
        )
        naming = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(
            self.tr("Your name or your organisation's, as partners see it")
        )
        self.name.setAccessibleName(self.tr("Name on the card"))
        self.name_button = QPushButton(self.tr("Set name"))
        self.name_button.setAutoDefault(False)
        naming.addWidget(self.name)
        naming.addWidget(self.name_button)
        layout.addLayout(naming)
        self.fingerprint = plain_label()
        self.fingerprint.setFont(fixed_font(14))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.fingerprint.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # read out in order
        layout.addWidget(self.fingerprint)
        self.card_text = _readonly_text()
        self.card_text.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
        self.card_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the card is ASCII
        layout.addWidget(self.card_text)
        self.qr = plain_label()
        layout.addWidget(self.qr)
        self.status = plain_label()
        layout.addWidget(self.status)
        self.copy_button = QPushButton(self.tr("Copy card"))
        layout.addWidget(self.copy_button)
        self.copy_button.clicked.connect(self.copy)
        self.name_button.clicked.connect(self.set_name)
        self.name.returnPressed.connect(self.set_name)
        self.clear_timer = QTimer(self)
        self.clear_timer.setSingleShot(True)
        self.clear_timer.setInterval(CLIPBOARD_SECONDS * 1000)
        self.clear_timer.timeout.connect(self._clear_clipboard)
        self._show_card()

    def _show_card(self) -> None:
        card = VaultIdentity(self.store.vault).card()
        self._text = card.to_text()
        if card.name != DEFAULT_NAME:
            self.name.setText(card.name)
        groups = card.fingerprint.split()
        self.fingerprint.setText(" ".join(groups[:6]) + "\n" + " ".join(groups[6:]))
        self.card_text.setPlainText(self._text)
        pixmap = QPixmap()
        pixmap.loadFromData(card.qr_png(scale=4))
        self.qr.setPixmap(pixmap)

    def set_name(self) -> None:
        try:
            set_owner_name(self.store.vault, self.name.text())
        except HrdocError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("Saved. Cards you send from now on carry this name."))
        self._show_card()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
        self.clear_timer.start()

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._text:
            clipboard.clear()


class BundleDialog(_RedactedExportDialog):
    """Export a bundle to contacts: recipients, profile, a preview, a file."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("Export a bundle"), "partner", parent)
        self.recipients = QListWidget()
        self.recipients.setAccessibleName(self.tr("Recipients"))
        for contact in contacts.list_contacts(store.vault):
            state = "" if contact.verified else "  " + self.tr("(NOT verified)")
            item = QListWidgetItem(contact.name + state)
            item.setData(Qt.ItemDataRole.UserRole, contact.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        self.save_button.setText(self.tr("Save bundle…"))
        self.form.addRow(self.tr("Recipients"), self.recipients)
        self.send_as_is = QCheckBox(
            self.tr("Send files hrdoc cannot clean as they are, their metadata included")
        )
        self.send_as_is.toggled.connect(lambda _on: self.update_preview())
        self.uncleanable: list[str] = []
        self._finish_layout()
        self.form.insertRow(self.form.rowCount() - 2, self.send_as_is)
        QWidget.setTabOrder(self.preview, self.send_as_is)  # in reading order
        QWidget.setTabOrder(self.send_as_is, self.save_button)

    def _redact(self) -> Any:
        """As the bundle will be: files without their metadata, or withheld."""
        redacted = redact_cases(
            self.store,
            self.profile_name(),
            clean_files=True,
            dry_run=True,
            send_original=self._send_original(),
        )
        if not self.send_as_is.isChecked():
            self.uncleanable = redacted.uncleanable
        return redacted

    def _send_original(self) -> list[str]:
        return list(self.uncleanable) if self.send_as_is.isChecked() else []

    def chosen(self) -> list[str]:
        return [
            self.recipients.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.recipients.count())
            if self.recipients.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        names = self.chosen()
        if not names:
            self.status.setText(self.tr("Choose at least one recipient."))
            return
        name, _filter = self.get_save_file_name(self, self.tr("Save bundle"), "bundle.age")
        if not name:
            return
        store, profile = self.store, self.profile_name()
        cards = [contacts.get(store.vault, n).card for n in names]
        saved = self.tr("Saved bundle %1.")
        originals = self._send_original()

        def work(report: Any) -> str:
            result = export_bundle(
                store,
                profile=profile,
                dest=Path(name),
                to=cards,
                progress=report,
                send_original=originals,
            )
            return "\n".join([saved.replace("%1", result.bundle_id), *result.withheld_files])

        self._start(work)
