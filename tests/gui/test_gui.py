"""The desktop app, driven through its widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.gui.first_run import FirstRunDialog
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.unlock import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import HOSTILE, unlock, visible_text


def table_text(window: MainWindow) -> list[str]:
    model = window.model
    return [
        str(model.index(r, c).data() or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def test_first_run_creates_a_vault_and_confirms_the_code(qtbot, vault_dir):
    dialog = FirstRunDialog(vault_dir)
    qtbot.addWidget(dialog)
    fields = dialog.fields
    for weak in ("short", "1234567890", "password12"):
        fields.passphrase.setText(weak)
        fields.repeat.setText(weak)
        assert fields.meter.value() < 50 and not dialog.create_button.isEnabled()
        assert any(w in fields.verdict.text() for w in ("guess", "used", "common"))
    fields.passphrase.setText(PASSPHRASE)
    fields.repeat.setText("something else entirely")
    assert dialog.create_button.isEnabled() and fields.meter.value() == 100
    dialog.create_button.click()
    assert "differ" in dialog.error.text() and not vault_dir.exists()
    fields.repeat.setText(PASSPHRASE)
    dialog.sample.setChecked(True)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    code = dialog.code_label.text()
    assert len(code.replace("\n", "-").split("-")) == 8 and len(code.splitlines()) == 2
    dialog.confirm.setText("000000")
    assert not dialog.done_button.isEnabled()
    dialog.confirm.setText(code.rsplit("-", 1)[-1])
    with qtbot.waitSignal(dialog.accepted):
        dialog.done_button.click()
    assert dialog.code_label.text() == ""
    assert dialog.vault is not None and Store(dialog.vault).count(Incident) == 5
    dialog.vault.lock()


def test_wrong_passphrase_then_unlock(qtbot, made_vault):
    dialog = unlock(qtbot, made_vault, "not the passphrase")
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error.text(), timeout=20_000)
    assert dialog.vault is None and dialog.unlock_button.isEnabled()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.unlock_button.click()
    assert dialog.vault is not None
    dialog.vault.lock()


def test_vault_actions_wait_for_an_open_vault(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.vault_actions and not any(a.isEnabled() for a in win.vault_actions)


def test_main_window_lists_searches_and_edits(qtbot, window):
    assert window.model.rowCount() == 2
    assert window.windowTitle() == "hrdoc"
    window.search.setText("airpo")
    assert table_text(window)[1] == "Phone searched at the airport"
    window.search.setText("")
    window.table.selectRow(next(r for r in range(2) if window.model.index(r, 1).data() != HOSTILE))
    assert window.editor.title.text() == "Phone searched at the airport"
    window.editor.title.setText("Phone and laptop searched at the airport")
    window.editor.save_button.click()
    assert "Saved" in window.editor.error.text()
    assert window.store is not None
    titles = {i.title for i in window.store.find(Incident)}
    assert "Phone and laptop searched at the airport" in titles
    window.search.setText("laptop")
    assert window.model.rowCount() == 1


def test_rich_text_from_records_is_shown_literally(qtbot, window):
    assert HOSTILE in table_text(window)
    row = next(r for r in range(2) if window.model.index(r, 1).data() == HOSTILE)
    window.table.selectRow(row)
    assert window.editor.title.text() == HOSTILE
    assert window.editor.description.toPlainText() == HOSTILE
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or HOSTILE not in label.text()


def test_lock_shows_nothing_of_the_vault(qtbot, window):
    window.table.selectRow(0)
    assert "airport" in visible_text(window) or HOSTILE in visible_text(window)
    with qtbot.waitSignal(window.locked):
        window.lock()
    text = visible_text(window)
    assert "airport" not in text and HOSTILE not in text and "Border case" not in text
    assert window.model.rowCount() == 0 and window.cases.count() == 0
    assert window.is_locked


def test_idle_auto_lock(qtbot, made_vault):
    dialog = unlock(qtbot, made_vault)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20_000)
    win = MainWindow(idle_minutes=0.005)  # 300 ms
    qtbot.addWidget(win)
    win.open_vault(dialog.vault)
    with qtbot.waitSignal(win.locked, timeout=5_000):
        pass
    assert win.is_locked


def test_unsaved_edit_is_saved_before_locking(qtbot, window):
    window.table.selectRow(0)
    window.editor.title.setText("edited just before the lock")
    store = window.store
    assert store is not None
    window.lock()
    with Vault.open(
        window.editor.store.vault.folder if window.editor.store else store.vault.folder, PASSPHRASE
    ) as vault:
        titles = {i.title for i in Store(vault).find(Incident)}
    assert "edited just before the lock" in titles


def test_new_case_and_incident_dialogs(qtbot, window):
    from hrdoc.gui.record_dialogs import NewCaseDialog, NewIncidentDialog

    store = window.store
    case_dialog = NewCaseDialog(store, window)
    qtbot.addWidget(case_dialog)
    case_dialog.buttons.accepted.emit()
    assert "title is required" in case_dialog.error.text()
    case_dialog.title.setText("Journalists' phones")
    with qtbot.waitSignal(case_dialog.accepted):
        case_dialog.buttons.accepted.emit()
    dialog = NewIncidentDialog(store, case_dialog.record.id, window)
    qtbot.addWidget(dialog)
    dialog.title.setText("Zero-click infection")
    dialog.date.setText("2024-02-30")
    dialog.buttons.accepted.emit()
    assert "not a real date" in dialog.error.text()
    assert store.count(Incident) == 2
    dialog.date.setText("2024-02")
    dialog.types.item(1).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    saved = dialog.record
    assert saved.start_precision == "month" and saved.types == ["zero_click_exploit"]
    assert saved.case_id == case_dialog.record.id


def test_evidence_added_with_progress_exported_and_previewed(qtbot, window, tmp_path):
    from PIL import Image

    window.table.selectRow(0)
    panel = window.evidence
    photo = tmp_path / "photo.png"
    Image.new("RGB", (40, 30), (10, 200, 10)).save(photo)
    big = tmp_path / "video.bin"
    big.write_bytes(b"v" * (3 << 20))
    panel.get_open_file_names = lambda *a, **k: ([str(photo), str(big)], "")
    progress = []
    panel.progress.valueChanged.connect(progress.append)
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=20_000)
    assert progress and max(progress) > 0
    names = [panel.table.item(r, 0).text() for r in range(2)]
    row = names.index("photo.png")
    panel.table.setCurrentCell(row, 0)
    assert panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull()
    copy = tmp_path / "copy.png"
    panel.get_save_file_name = lambda *a, **k: (str(copy), "")
    panel.export_button.click()  # off the GUI thread, like adding
    qtbot.waitUntil(lambda: "verified" in panel.status.text(), timeout=20_000)
    assert copy.read_bytes() == photo.read_bytes()
    panel.get_save_file_name = lambda *a, **k: (str(tmp_path / "no" / "such" / "x.png"), "")
    panel.export_button.click()
    qtbot.waitUntil(lambda: "cannot write" in panel.status.text(), timeout=20_000)
    assert panel.export_button.isEnabled()


def test_report_dialog_previews_and_saves(qtbot, window, tmp_path):
    from hrdoc.gui.exchange_dialogs import ReportDialog

    dialog = ReportDialog(window.store, window)
    qtbot.addWidget(dialog)
    assert "Redaction profile: public" in dialog.preview.toPlainText()
    dialog.choose_profile("partner")
    assert "Phone searched at the airport" in dialog.preview.toPlainText()
    out = tmp_path / "report.html"
    dialog.format.setCurrentText("html")
    dialog.get_save_file_name = lambda *a, **k: (str(out), "")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=20_000)
    assert "&lt;b&gt;x&lt;/b&gt;" in out.read_text()


def test_import_bundle_dialog_shows_sender_and_counts_first(qtbot, window, tmp_path):
    from hrdoc.core.keyslots import Argon2Params
    from hrdoc.core.sample import load_sample
    from hrdoc.exchange import contacts
    from hrdoc.exchange.bundle import export_bundle
    from hrdoc.exchange.identity import VaultIdentity
    from hrdoc.gui.exchange_dialogs import ImportBundleDialog

    sender, _ = Vault.create(
        tmp_path / "sender", "sender passphrase for tests", kdf_params=Argon2Params()
    )
    try:
        load_sample(Store(sender))
        me = VaultIdentity(window.vault).card()
        contacts.add(window.vault, VaultIdentity(sender).card(), name="Partner NGO")
        export_bundle(Store(sender), profile="partner", dest=tmp_path / "b.age", to=[me])
    finally:
        sender.lock()
    before = window.store.count(Incident)
    dialog = ImportBundleDialog(window.store, tmp_path / "b.age", window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    text = dialog.summary.toPlainText()
    assert "Partner NGO (NOT verified)" in text and "Would add" in text
    assert window.store.count(Incident) == before  # nothing committed yet
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.import_button.click()
    assert window.store.count(Incident) == before + 5


def test_my_key_copy_clears_the_clipboard(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    from hrdoc.gui.exchange_dialogs import MyKeyDialog

    dialog = MyKeyDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.clear_timer.setInterval(50)
    dialog.copy_button.click()
    assert "BEGIN HRDOC CONTACT" in QGuiApplication.clipboard().text()
    qtbot.waitUntil(lambda: "HRDOC" not in QGuiApplication.clipboard().text(), timeout=3_000)


def test_my_key_names_the_card_partners_receive(qtbot, window):
    from hrdoc.exchange.identity import VaultIdentity
    from hrdoc.gui.exchange_dialogs import MyKeyDialog

    dialog = MyKeyDialog(window.store, window)
    qtbot.addWidget(dialog)
    assert "name: hrdoc user" in dialog.card_text.toPlainText()
    before = dialog.fingerprint.text()
    dialog.name.setText("  منظمة   شريكة ")
    dialog.name_button.click()
    assert "name: منظمة شريكة" in dialog.card_text.toPlainText()
    assert VaultIdentity(window.store.vault).card().name == "منظمة شريكة"
    assert dialog.fingerprint.text() == before  # the name is not part of the keys
    dialog.name.setText("   ")
    dialog.name_button.click()
    assert "needs a name" in dialog.status.text()
    assert VaultIdentity(window.store.vault).card().name == "منظمة شريكة"


def test_arabic_mirrors_the_window_and_labels_terms(qtbot, made_vault):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    dialog = unlock(qtbot, made_vault)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20_000)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        win = MainWindow(lang="ar")
        qtbot.addWidget(win)
        win.open_vault(dialog.vault)
        assert win.isRightToLeft() and win.table.isRightToLeft()
        store = win.store
        incident = next(i for i in store.find(Incident) if i.title != HOSTILE)
        store.update(Incident.from_dict(incident.to_dict() | {"verification": "corroborated"}))
        win.refresh_incidents()
        assert "مؤكَّد بشهادات" in table_text(win)
        win.lock()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_indicators_tab_shows_library_matches_and_history(qtbot, window):
    from pathlib import Path

    from tests.conftest import SHARED

    pegasus = SHARED / "testdata" / "stix2" / "pegasus.stix2"
    if not pegasus.is_file():
        pytest.skip("../shared/testdata is absent")
    window.table.selectRow(0)
    window.get_open_file_name = lambda *a, **k: (str(pegasus), "")
    window.import_stix()
    qtbot.waitUntil(lambda: any("1549" in m for m in window.messages), timeout=20_000)
    tab = window.indicators
    tab.kind.setCurrentIndex(tab.kind.findData("domain"))
    tab.value.setText("mail.weather4free.com")
    tab.add_button.click()
    assert "Pegasus" in tab.table.item(0, 2).text()
    window.editor.title.setText("renamed once")
    window.editor.save_button.click()
    assert "renamed once" in window.history.text.toPlainText()
    assert Path(pegasus).exists()


def test_contacts_dialog_adds_and_verifies(qtbot, window, tmp_path):
    from hrdoc.gui.contacts_dialog import ContactsDialog
    from tests.test_contacts import other_card

    dialog = ContactsDialog(window.vault, window)
    qtbot.addWidget(dialog)
    dialog.add_text("not a card")
    assert "not a contact card" in dialog.status.text()
    card = other_card("Partner <b>NGO</b>")
    dialog.card_text.setPlainText(card.to_text())
    dialog.add_button.click()
    assert dialog.table.item(0, 0).text() == "Partner <b>NGO</b>"
    assert dialog.table.item(0, 1).text() == "NOT verified"
    # isolated left-to-right: in an Arabic window the groups keep their order
    assert dialog.table.item(0, 3).text() == "\u2066" + card.fingerprint + "\u2069"
    from PySide6.QtGui import QFontMetrics

    shown = QFontMetrics(dialog.table.item(0, 3).font()).horizontalAdvance(card.fingerprint)
    assert dialog.table.columnWidth(3) >= shown  # the whole fingerprint, never cut
    dialog.show()
    assert dialog.table.viewport().width() >= sum(dialog.table.columnWidth(c) for c in range(4))
    dialog.table.selectRow(0)
    dialog.ask = lambda box: (
        (box.textFormat() == Qt.TextFormat.PlainText and "<b>NGO</b>" in box.text())
        and box.StandardButton.Yes
    )
    dialog.verify_button.click()
    assert dialog.table.item(0, 1).text() == "yes"
    dialog.table.setCurrentCell(0, 0)
    assert dialog.qr.pixmap() is not None and not dialog.qr.pixmap().isNull()


def test_mvt_import_from_the_window(qtbot, window):
    from tests.conftest import SHARED

    mvt = SHARED / "testdata" / "mvt" / "ios-check-backup"
    if not mvt.is_dir():
        pytest.skip("../shared/testdata is absent")
    window.import_mvt()
    assert "Select the incident" in window.messages[-1]
    window.table.selectRow(0)
    window.get_existing_directory = lambda *a, **k: str(mvt)
    window.import_mvt()
    qtbot.waitUntil(lambda: any("3 CRITICAL" in m for m in window.messages), timeout=20_000)
    assert any("expert" in m for m in window.messages)
    assert window.indicators.table.rowCount() == 3


def test_bundle_dialog_exports_to_chosen_contacts(qtbot, window, tmp_path):
    from PySide6.QtCore import QTimer

    from hrdoc.core.keyslots import Argon2Params
    from hrdoc.exchange import contacts
    from hrdoc.exchange.identity import VaultIdentity
    from hrdoc.gui.exchange_dialogs import BundleDialog, ImportBundleDialog

    partner, _ = Vault.create(
        tmp_path / "p", "partner passphrase for tests", kdf_params=Argon2Params()
    )
    try:
        contacts.add(window.vault, VaultIdentity(partner).card(), name="Partner")
        contacts.add(partner, VaultIdentity(window.vault).card(), name="Me")
        dialog = BundleDialog(window.store, window)
        qtbot.addWidget(dialog)
        out = tmp_path / "b.age"
        dialog.get_save_file_name = lambda *a, **k: (str(out), "")
        dialog.save_button.click()
        assert "at least one recipient" in dialog.status.text()
        dialog.recipients.item(0).setCheckState(Qt.CheckState.Checked)
        assert "Redaction profile: partner" in dialog.preview.toPlainText()
        dialog.save_button.click()
        qtbot.waitUntil(lambda: "Saved bundle" in dialog.status.text(), timeout=20_000)
        # the partner imports it through their own window: dry run first, then Import
        theirs = MainWindow()
        qtbot.addWidget(theirs)
        theirs.open_vault(partner)
        theirs.get_open_file_name = lambda *a, **k: (str(out), "")
        seen: list[str] = []

        def check_then_import(dialog: ImportBundleDialog) -> None:
            if not dialog.import_button.isEnabled():
                QTimer.singleShot(20, lambda: check_then_import(dialog))
                return
            seen.append(dialog.summary.toPlainText())
            dialog.import_button.click()

        QTimer.singleShot(0, lambda: check_then_import(theirs.findChild(ImportBundleDialog)))
        theirs.import_bundle()
        assert seen and "Me (verified)" not in seen[0] and "Me (NOT verified)" in seen[0]
        assert Store(partner).count(Incident) == 2
        cases = [theirs.cases.item(i).text() for i in range(theirs.cases.count())]
        assert cases == ["All cases", "Border case"]  # the window shows what came in
    finally:
        partner.lock()


def test_settings_dialog_changes_the_idle_time(qtbot, window, hrdoc_home):
    from hrdoc import settings
    from hrdoc.gui.settings_dialog import SettingsDialog

    settings.save(settings.Settings(restart_on_lock=False))
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.idle.setValue(12)
    dialog._save()
    assert settings.load().idle_lock_minutes == 12
    assert settings.load().restart_on_lock is False  # a setting the dialog does not show
    assert "Conte" not in (hrdoc_home / "settings.json").read_text()


def test_recovery_code_and_passphrase_change(qtbot, vault_dir):
    from hrdoc.gui.unlock import ChangePassphraseDialog

    vault, code = Vault.create(vault_dir, PASSPHRASE)
    vault.lock()
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.recover_button.click()
    dialog.recovery_code.setText(code.replace("-", " "))
    dialog.new_fields.passphrase.setText("a fresh passphrase for the vault")
    dialog.new_fields.repeat.setText("a fresh passphrase for the vault")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.unlock_button.click()
    change = ChangePassphraseDialog(dialog.vault)
    qtbot.addWidget(change)
    change.fields.passphrase.setText("short")
    change.fields.repeat.setText("short")
    change.save_button.click()
    assert "stronger" in change.error.text()
    change.fields.suggest_button.click()  # the easy path: generated words, shown to write down
    suggested = change.fields.text()
    assert len(suggested.split()) == 6 and change.fields.acceptable()
    assert change.fields.passphrase.echoMode() == change.fields.passphrase.EchoMode.Normal
    with qtbot.waitSignal(change.accepted, timeout=20_000):
        change.save_button.click()
    dialog.vault.lock()
    Vault.open(vault_dir, suggested).lock()


def test_incident_shows_people_with_their_roles(qtbot, vault_dir):
    from hrdoc.core.sample import load_sample

    vault, _ = Vault.create(vault_dir, PASSPHRASE)
    load_sample(Store(vault))
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_vault(vault)
    row = next(r for r in range(win.model.rowCount()) if "raid" in win.model.index(r, 1).data())
    win.table.selectRow(row)
    details = win.editor.details.text()
    assert "Witness: Mona Haddad (fictional)" in details
    assert "Confirmed perpetrator: State Security Directorate (fictional)" in details
    win.lock()


def test_editor_changes_dates_places_and_verification_with_validation(qtbot, window):
    window.table.selectRow(next(r for r in range(2) if window.model.index(r, 1).data() != HOSTILE))
    editor = window.editor
    assert editor.start_date.text() == "2024-05"
    editor.start_date.clear()
    qtbot.keyClicks(editor.start_date, "2024-02-30")
    assert editor.precision.currentData() is None  # typing a date resets its precision
    assert not editor.save()
    # the message sits under the date, and the cursor is back in the date
    date_error = editor.field_errors["date"]
    assert "not a real date" in date_error.text() and date_error.isVisibleTo(editor)
    assert window.focusWidget() is editor.start_date
    editor.start_date.setText("2024-02-28")
    editor.country.setText("tn")
    editor.place.setText("Tunis-Carthage airport")
    editor.latitude.setText("٣٦٫٨٥")  # Arabic-Indic digits and decimal separator
    assert not editor.save() and "both latitude and longitude" in (
        editor.field_errors["coordinates"].text()
    )
    assert not editor.field_errors["date"].isVisibleTo(editor)
    editor.longitude.setText("10,23")
    editor.verification.setCurrentIndex(editor.verification.findData("corroborated"))
    assert editor.has_unsaved_changes()
    assert editor.save()
    stored = window.store.get(Incident, editor.incident.id)
    assert (stored.start_date, stored.start_precision, stored.country) == (
        "2024-02-28",
        "day",
        "TN",
    )
    assert stored.verification == "corroborated" and stored.place == "Tunis-Carthage airport"
    assert (stored.latitude, stored.longitude) == (36.85, 10.23)
    assert not editor.has_unsaved_changes()


def test_conflicts_dialog_keeps_or_takes(qtbot, window):
    import json as _json

    from hrdoc.core.records import utc_now
    from hrdoc.gui.conflicts_dialog import ConflictsDialog

    store = window.store
    incident = next(i for i in store.find(Incident) if i.title != HOSTILE)
    theirs = incident.to_dict() | {"title": "their title"}
    with store.vault.transaction() as conn:
        conn.execute(
            "INSERT INTO conflicts (record_type, record_id, incoming, incoming_hash, bundle_id,"
            " sender_key, detected_at) VALUES ('incident', ?, ?, 'h', 'b', 'k', ?)",
            (incident.id, _json.dumps(theirs), utc_now()),
        )
    dialog = ConflictsDialog(store, window)
    qtbot.addWidget(dialog)
    assert "their title" in dialog.diff.toPlainText()
    assert incident.title in dialog.diff.toPlainText()
    dialog.take_button.click()
    assert store.get(Incident, incident.id).title == "their title"
    assert "No conflicts" in dialog.diff.toPlainText()


def test_people_and_interventions_tabs(qtbot, window):
    from hrdoc.core.records import Actor, Intervention, Sensitivity

    window.table.selectRow(0)
    people = window.people
    people.name.setText("Samira <i>Example</i>")
    people.role.setCurrentIndex(people.role.findData("witness"))
    people.add_button.click()
    assert people.table.item(0, 0).text() == "Witness"
    assert people.table.item(0, 1).text() == "Samira <i>Example</i>"
    actor = window.store.find(Actor)[0]
    assert actor.effective_sensitivity("name") == Sensitivity.SECRET
    tab = window.interventions
    tab.kind.setCurrentIndex(tab.kind.findData("legal_complaint"))
    tab.date.setText("2024-13-01")
    tab.add_button.click()
    assert "not a real date" in tab.error.text() and window.store.count(Intervention) == 0
    tab.date.setText("2024-06-01")
    tab.outcome.setText("filed")
    tab.add_button.click()
    assert tab.table.item(0, 1).text() == "Legal complaint"
    assert window.store.find(Intervention)[0].incident_id == window.editor.incident.id


def bundle_dialog_with_file(qtbot, window, tmp_path, data: bytes, name: str):  # type: ignore[no-untyped-def]
    """A partner contact, a file of evidence, and the bundle dialog."""
    import io as _io

    from hrdoc.core.evidence import add_evidence
    from hrdoc.core.keyslots import Argon2Params
    from hrdoc.exchange import contacts
    from hrdoc.exchange.identity import VaultIdentity
    from hrdoc.gui.exchange_dialogs import BundleDialog

    partner, _ = Vault.create(
        tmp_path / "p", "partner passphrase for tests", kdf_params=Argon2Params()
    )
    try:
        contacts.add(window.vault, VaultIdentity(partner).card(), name="Partner")
    finally:
        partner.lock()
    incident = window.store.find(Incident)[0]
    add_evidence(window.store, incident.id, _io.BytesIO(data), name)
    dialog = BundleDialog(window.store, window)
    qtbot.addWidget(dialog)
    return dialog


def test_bundle_export_can_be_cancelled_and_leaves_no_file(qtbot, window, tmp_path):
    dialog = bundle_dialog_with_file(qtbot, window, tmp_path, b"e" * (40 << 20), "big.bin")
    dialog.choose_profile("full")  # below full, a .bin file is withheld at once
    dialog.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    out = tmp_path / "b.age"
    dialog.get_save_file_name = lambda *a, **k: (str(out), "")
    dialog.save_button.click()
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    assert "Cancelled" in dialog.status.text()
    assert not out.exists() and not list(tmp_path.glob(".b.age*"))


def test_arabic_translation_of_the_window(qtbot, made_vault):
    from PySide6.QtWidgets import QApplication

    from hrdoc.gui.app import install_translation

    app = QApplication.instance()
    translators = install_translation(app, "ar")
    assert len(translators) == 2  # ours and Qt's own
    try:
        win = MainWindow(lang="ar")
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert "ال&خزنة" in menus and "الت&بادل" in menus
        assert win.search.placeholderText() == "ابحث في الحوادث والأشخاص والمؤشرات والأدلة والأماكن"
        from PySide6.QtWidgets import QDialogButtonBox

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert cancel and "Cancel" not in cancel  # Qt's standard buttons too
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert install_translation(app, "en") == []


def test_lock_restarts_the_process_but_quitting_does_not(qtbot, made_vault):
    from hrdoc.gui.app import Controller

    restarts = []
    controller = Controller(made_vault, restart=lambda: restarts.append(1))
    win = controller.window
    qtbot.addWidget(win)
    dialog = unlock(qtbot, made_vault)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20_000)
    win.open_vault(dialog.vault)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L
    assert win.is_locked and restarts == [1]
    dialog = unlock(qtbot, made_vault)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20_000)
    win.open_vault(dialog.vault)
    win.close()
    assert win.is_locked and restarts == [1]


def test_editor_changes_types_and_who_may_see_it(qtbot, window):
    window.table.selectRow(0)
    editor = window.editor
    codes = [
        editor.types.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.types.count())
    ]
    editor.types.item(codes.index("device_search_border")).setCheckState(Qt.CheckState.Checked)
    editor.sensitivity.setCurrentIndex(editor.sensitivity.findData("public"))
    assert editor.has_unsaved_changes() and editor.save()
    stored = window.store.get(Incident, editor.incident.id)
    assert "device_search_border" in stored.types and stored.sensitivity == "public"


def test_every_input_has_a_name_and_is_reachable_by_tab(qtbot, window):
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListWidget

    window.table.selectRow(0)
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy()}
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        inputs = [
            w
            for w in window.findChildren(QWidget)
            if isinstance(
                w,
                QLineEdit
                | QPlainTextEdit
                | QTextEdit
                | QComboBox
                | QListWidget
                | QAbstractItemView,
            )
            and w.isVisibleTo(window)
            and not isinstance(w.parent(), QComboBox)  # a combo box's own popup view
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]
        unnamed = [w for w in inputs if not w.accessibleName() and w not in buddies]
        assert unnamed == [], (window.tabs.tabText(tab), [type(w).__name__ for w in unnamed])
    window.tabs.setCurrentIndex(0)
    # Tab moves from the search field through the table to the incident editor
    chain, widget = [], window.search
    for _ in range(200):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is window.search:
            break
    for needed in (window.table, window.editor.title, window.editor.save_button):
        assert needed in chain
    # every menu entry has a keyboard mnemonic
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


@pytest.mark.parametrize(
    "lang, vault_menu, search",
    [
        ("es", "&Bóveda", "Buscar incidentes, personas, indicadores, pruebas, lugares"),
        ("fr", "&Coffre", "Rechercher incidents, personnes, indicateurs, preuves, lieux"),
    ],
)
def test_spanish_and_french_windows(qtbot, lang, vault_menu, search):
    from PySide6.QtWidgets import QApplication

    from hrdoc.gui.app import install_translation

    app = QApplication.instance()
    translators = install_translation(app, lang)
    assert translators
    try:
        win = MainWindow(lang=lang)
        qtbot.addWidget(win)
        assert vault_menu in [a.text() for a in win.menuBar().actions()]
        assert win.search.placeholderText() == search
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_report_export_can_be_cancelled_and_writes_nothing(qtbot, window, tmp_path):
    from hrdoc.gui.exchange_dialogs import ReportDialog

    store = window.store
    case = store.find(Case)[0]
    store.add_all(
        [
            Incident(case_id=case.id, title=f"incident {i}", description="x " * 400)
            for i in range(300)
        ]
    )
    dialog = ReportDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.choose_profile("partner")
    dialog.format.setCurrentText("pdf")
    out = tmp_path / "r.pdf"
    dialog.get_save_file_name = lambda *a, **k: (str(out), "")
    dialog.save_button.click()
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30_000)
    assert "Cancelled" in dialog.status.text()
    assert not out.exists()


def test_pdf_report_renders_off_the_gui_thread(qtbot, window, tmp_path):
    from hrdoc.gui.exchange_dialogs import ReportDialog

    dialog = ReportDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.choose_profile("partner")
    dialog.format.setCurrentText("pdf")
    out = tmp_path / "r.pdf"
    dialog.get_save_file_name = lambda *a, **k: (str(out), "")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30_000)
    assert "Saved" in dialog.status.text(), dialog.status.text()
    assert out.read_bytes().startswith(b"%PDF")


def test_evidence_panel_shows_what_a_file_says_about_itself(qtbot, window, tmp_path):
    from PIL import Image

    window.table.selectRow(0)
    panel = window.evidence
    photo = tmp_path / "gps.jpg"
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (33.0, 53.0, 0.0), 3: "E", 4: (35.0, 30.0, 0.0)}
    exif[0x0110] = "<b>Pixel 7</b>"  # shown as text, never as markup
    Image.new("RGB", (20, 20)).save(photo, exif=exif)
    panel.get_open_file_names = lambda *a, **k: ([str(photo)], "")
    panel.add_button.click()
    qtbot.waitUntil(lambda: "33.88333, 35.50000" in panel.metadata.text(), timeout=20_000)
    assert "<b>Pixel 7</b>" in panel.metadata.text()
    assert panel.metadata.textFormat() == Qt.TextFormat.PlainText


def test_bundle_dialog_sends_uncleanable_files_only_when_asked(qtbot, window, tmp_path):
    dialog = bundle_dialog_with_file(qtbot, window, tmp_path, b"\0raw", "dump.bin")
    assert "withheld file dump.bin" in dialog.preview.toPlainText()
    dialog.send_as_is.setChecked(True)
    assert "withheld file dump.bin" not in dialog.preview.toPlainText()
    dialog.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    out = tmp_path / "b.age"
    dialog.get_save_file_name = lambda *a, **k: (str(out), "")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Saved bundle" in dialog.status.text(), timeout=20_000)
    assert "dump.bin" not in dialog.status.text()


def test_help_about_names_the_version_and_the_licences(qtbot, window):
    from hrdoc import __version__
    from hrdoc.gui.about import AboutDialog

    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Help" in menus
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.licences.toPlainText()
    assert "LGPL" in text and "SQLCipher" in text and "age" in text
    from PySide6.QtWidgets import QLabel

    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in labels


def test_units_after_numbers_take_the_languages_plural(qtbot):
    from PySide6.QtWidgets import QApplication

    from hrdoc.gui.app import install_translation
    from hrdoc.gui.settings_dialog import SettingsDialog

    expected = {
        "en": {1: " minute", 5: " minutes"},
        "ar": {1: " دقيقة", 2: " دقيقتان", 5: " دقائق", 11: " دقيقة"},
        "es": {1: " minuto", 5: " minutos"},
    }
    app = QApplication.instance()
    for lang, forms in expected.items():
        translators = install_translation(app, lang)
        try:
            dialog = SettingsDialog()
            qtbot.addWidget(dialog)
            for n, suffix in forms.items():
                dialog.idle.setValue(n)
                assert dialog.idle.suffix() == suffix, (lang, n)
        finally:
            for translator in translators:
                app.removeTranslator(translator)


def test_profiles_are_shown_with_what_they_are_for_in_the_windows_language(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from hrdoc.gui.app import install_translation
    from hrdoc.gui.exchange_dialogs import ReportDialog

    app = QApplication.instance()
    translators = install_translation(app, "ar")
    try:
        dialog = ReportDialog(window.store, window)
        qtbot.addWidget(dialog)
        shown = [dialog.profile.itemText(n) for n in range(dialog.profile.count())]
        assert any("للنشر" in text for text in shown)
        dialog.choose_profile("partner")
        assert dialog.profile_name() == "partner"  # the name stays what is used
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_a_country_is_chosen_by_its_name_in_the_windows_language(qtbot):
    from hrdoc.gui.country_field import CountryField

    field = CountryField("ar")
    qtbot.addWidget(field)
    names = [field.itemText(n) for n in range(field.count())]
    assert "تونس (TN)" in names
    field.setEditText("تونس (TN)")
    assert field.text() == "TN"
    completer = field.completer()
    completer.setCompletionPrefix("تون")
    shown = [
        completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())
    ]
    assert "تونس (TN)" in shown  # part of the name narrows the list
    field.setText("zz")
    assert field.text() == "ZZ" and "(ZZ)" in field.currentText()  # withheld stays possible
    field.setEditText("lb")
    assert field.text() == "LB"  # a code typed works as before
    field.clear()
    assert field.text() == ""


def test_the_status_bar_says_what_is_open_and_how_many_incidents_are_shown(qtbot, window):
    assert window.vault_state.text().startswith("Unlocked: ")
    assert window.shown.text() == f"{window.model.rowCount()} incident(s) shown"
    window.search.setText("zzqqxx nothing")
    assert window.shown.text() == "0 incident(s) shown"
    window.lock()
    assert window.vault_state.text() == "Locked" and window.shown.text() == ""


def test_the_count_of_incidents_shown_takes_the_arabic_plural(qtbot, made_vault):
    from PySide6.QtWidgets import QApplication

    from hrdoc.gui.app import install_translation

    app = QApplication.instance()
    translators = install_translation(app, "ar")
    try:
        dialog = unlock(qtbot, made_vault)
        qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20_000)
        win = MainWindow(lang="ar")
        qtbot.addWidget(win)
        win.open_vault(dialog.vault)
        assert win.model.rowCount() == 2 and win.shown.text() == "حادثتان معروضتان"
        win.lock()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_the_toolbar_holds_the_main_actions_with_drawn_icons(qtbot, window):
    from PySide6.QtWidgets import QToolBar

    bar = window.findChild(QToolBar, "main-actions")
    actions = {a.text(): a for a in bar.actions()}
    assert set(actions) == {"New incident", "Add evidence", "Report", "Bundle", "Lock"}
    assert all(not a.icon().isNull() for a in actions.values())
    window.table.clearSelection()
    window.evidence.clear()
    window.messages.clear()
    actions["Add evidence"].trigger()  # no incident chosen: a word, not a file dialog
    assert window.messages and "Select the incident" in window.messages[-1]
    window.lock()
    assert not actions["New incident"].isEnabled() and actions["Lock"].isEnabled()
