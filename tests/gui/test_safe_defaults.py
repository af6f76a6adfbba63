"""Defaults that are safe under stress: Enter on each question does the
safe thing (issue 13). Driven with real key presses (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import Incident
from hrdoc.core.sample import load_sample
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.exchange import contacts
from hrdoc.exchange.bundle import export_bundle
from hrdoc.exchange.identity import VaultIdentity
from hrdoc.gui.contacts_dialog import ContactsDialog
from hrdoc.gui.exchange_dialogs import ImportBundleDialog
from hrdoc.gui.first_run import FirstRunDialog
from tests.conftest import PASSPHRASE


@pytest.fixture
def bundle_from_partner(window, tmp_path):
    sender, _ = Vault.create(
        tmp_path / "sender", "sender passphrase for tests", kdf_params=Argon2Params()
    )
    try:
        load_sample(Store(sender))
        contacts.add(window.vault, VaultIdentity(sender).card(), name="Partner NGO")
        me = VaultIdentity(window.vault).card()
        export_bundle(Store(sender), profile="partner", dest=tmp_path / "b.age", to=[me])
    finally:
        sender.lock()
    return tmp_path / "b.age"


def checked_import(qtbot, window, path):  # type: ignore[no-untyped-def]
    dialog = ImportBundleDialog(window.store, path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    return dialog


def test_enter_does_not_import_from_a_sender_not_yet_verified(qtbot, window, bundle_from_partner):
    before = window.store.count(Incident)
    dialog = checked_import(qtbot, window, bundle_from_partner)
    assert dialog.cancel_button.isDefault() and not dialog.import_button.isDefault()
    with qtbot.waitSignal(dialog.rejected, timeout=5_000):
        QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert window.store.count(Incident) == before


def test_enter_imports_from_a_verified_sender(qtbot, window, bundle_from_partner):
    contacts.mark_verified(window.vault, "Partner NGO")
    before = window.store.count(Incident)
    dialog = checked_import(qtbot, window, bundle_from_partner)
    assert dialog.import_button.isDefault()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert window.store.count(Incident) == before + 5


def test_enter_on_do_the_fingerprints_match_answers_no(qtbot, window):
    from tests.test_contacts import other_card

    dialog = ContactsDialog(window.vault, window)
    qtbot.addWidget(dialog)
    dialog.card_text.setPlainText(other_card("Partner").to_text())
    dialog.add_button.click()
    dialog.table.selectRow(0)

    def press_enter(box: QMessageBox) -> int:
        QTimer.singleShot(0, lambda: QTest.keyClick(box, Qt.Key.Key_Return))
        return box.exec()

    dialog.ask = press_enter
    dialog.verify_button.click()
    assert dialog.table.item(0, 1).text() == "NOT verified"
    assert not contacts.get(window.vault, "Partner").verified


def test_the_recovery_code_confirmation_says_what_is_wrong_and_enter_submits(qtbot, vault_dir):
    dialog = FirstRunDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.passphrase.setText(PASSPHRASE)
    dialog.fields.repeat.setText(PASSPHRASE)
    QTest.keyClick(dialog.fields.repeat, Qt.Key.Key_Return)  # Enter creates
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    last = dialog.code_label.text().rsplit("-", 1)[-1]
    QTest.keyClicks(dialog.confirm, "123")
    QTest.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert "6 digits" in dialog.confirm_error.text() and dialog.isVisible()
    dialog.confirm.setText("000000" if last != "000000" else "111111")
    QTest.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert "not the last 6 digits" in dialog.confirm_error.text()
    dialog.confirm.setText(last)
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        QTest.keyClick(dialog.confirm, Qt.Key.Key_Return)
    dialog.vault.lock()


def test_codes_and_fingerprints_use_the_systems_fixed_width_font(qtbot, vault_dir):
    from PySide6.QtGui import QFontDatabase, QFontInfo

    dialog = FirstRunDialog(vault_dir)
    qtbot.addWidget(dialog)
    font = dialog.code_label.font()
    assert QFontInfo(font).fixedPitch()
    # the platform's own fixed font (Consolas, Menlo, ...): "monospace" by name
    # is a fontconfig alias that Windows and macOS do not know
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert font.family() == system.family()
