"""Backups from the window: the reminder at unlock, Back up now, and a
restore on a new computer from the first-run window (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from hrdoc import settings
from hrdoc.core import backup
from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import Incident
from hrdoc.core.sample import load_sample
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.gui.backup_ui import RestoreDialog, reminder_text
from tests.conftest import PASSPHRASE


def test_the_reminder_shows_at_unlock_and_back_up_now_silences_it(qtbot, window, tmp_path):
    bar = window.backup_bar
    assert bar.isVisible() and "never been backed up" in bar.message.text()
    assert window.last_backup.text() == "No backup yet"
    target = tmp_path / "usb" / "vault.hrdoc-backup"
    target.parent.mkdir()
    window.get_save_file_name = lambda *a, **k: (str(target), "")
    bar.now_button.click()
    qtbot.waitUntil(lambda: target.exists() and not bar.isVisible(), timeout=30_000)
    assert window.vault.meta("last_backup")
    assert window.last_backup.text() == "Last backup: " + window.vault.meta("last_backup")[:10]
    window._remind_to_back_up()  # as the next unlock does
    assert not bar.isVisible()


def test_no_reminder_when_the_user_turned_it_off(qtbot, window):
    current = settings.load()
    current.backup_reminder_days = 0
    settings.save(current)
    window._remind_to_back_up()
    assert not window.backup_bar.isVisible()


def test_reminder_text_counts_days():
    assert reminder_text("2020-01-01T00:00:00Z", 7).startswith("The last backup is")
    assert reminder_text("2999-01-01T00:00:00Z", 7) == ""
    assert reminder_text("", 0) == "" and reminder_text("not a date", 7) == ""


def test_a_backup_is_restored_from_the_first_run_window(qtbot, tmp_path):
    vault, _code = Vault.create(tmp_path / "old", PASSPHRASE, kdf_params=Argon2Params())
    load_sample(Store(vault))
    backup.backup(vault, tmp_path / "b.hrdoc-backup")
    vault.lock()
    dialog = RestoreDialog(tmp_path / "new-computer" / "vault")
    qtbot.addWidget(dialog)
    dialog.file.setText(str(tmp_path / "b.hrdoc-backup"))
    dialog.passphrase.setText("not the passphrase of that vault")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=30_000)
    assert "Wrong passphrase" in dialog.error.text()
    assert not (tmp_path / "new-computer" / "vault").exists()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.restore_button.click()
    assert dialog.vault is not None and Store(dialog.vault).count(Incident) == 5
    dialog.vault.lock()


def test_a_contact_keeps_a_backup_and_a_new_vault_restores_from_it(
    qtbot, window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    from hrdoc.exchange import contacts
    from hrdoc.gui.contacts_dialog import ContactsDialog
    from tests.test_bundles import Party

    load_sample(window.store)
    keeper = Party(tmp_path / "keeper", "Keeper NGO")
    contacts.add(window.vault, keeper.card)
    dialog = ContactsDialog(window.vault, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.keeper_button.click()
    assert "compare fingerprints" in dialog.status.text()  # only a verified contact
    contacts.mark_verified(window.vault, "Keeper NGO")
    dialog.refresh()
    dialog.table.selectRow(0)
    dialog.keeper_button.click()
    assert dialog.table.item(0, 2).text() == "yes"
    # the window's old recovery code is not known to this test: make a new one
    code = window.vault.new_recovery_code()
    recorded = window.store.count(Incident)
    out = tmp_path / "for-keeper.age"
    window.get_save_file_name = lambda *a, **k: (str(out), "")
    window.back_up_for_contacts()
    qtbot.waitUntil(
        lambda: bool(window.messages) and "Keeper NGO" in window.messages[-1], timeout=30_000
    )
    assert out.exists()
    # a new laptop
    fresh = Party(tmp_path / "new", "Defender on a new laptop")
    window.lock()
    window.open_vault(fresh.vault)
    window.get_open_file_name = lambda *a, **k: (str(out), "")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (code, True)))
    window.restore_from_contact()
    qtbot.waitUntil(lambda: "Restored" in window.messages[-1], timeout=30_000)  # after the last
    assert Store(fresh.vault).count(Incident) == recorded
