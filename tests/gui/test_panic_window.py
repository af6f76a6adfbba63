"""Panic from the window and from the unlock screen: Enter destroys nothing,
one click on "Destroy access now" does, and hrdoc quits (pytest-qt)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hrdoc.core.errors import WrongPassphrase
from hrdoc.core.vault import Vault
from hrdoc.gui.panic_ui import PanicDialog
from hrdoc.gui.unlock import UnlockDialog
from tests.conftest import PASSPHRASE, snapshot
from tests.gui.conftest import when_modal


def test_enter_on_the_panic_question_destroys_nothing(qtbot, window, vault_dir):
    before = snapshot(vault_dir)
    seen = when_modal(PanicDialog, lambda d: QTest.keyClick(d, Qt.Key.Key_Return))
    window.panic()
    assert seen and window.vault is not None
    assert snapshot(vault_dir) == before


def test_one_click_destroys_access_and_quits(qtbot, window, vault_dir):
    when_modal(PanicDialog, lambda d: d.destroy_button.click())
    with qtbot.waitSignal(window.panicked, timeout=5000):
        window.panic()
    assert window.vault is None and window.closing
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)


def test_the_unlock_screen_has_panic(qtbot, made_vault):
    dialog = UnlockDialog(made_vault)
    qtbot.addWidget(dialog)
    when_modal(PanicDialog, lambda d: d.destroy_button.click())
    dialog.panic_button.click()
    assert dialog.panicked
    with pytest.raises(WrongPassphrase):
        Vault.open(made_vault, PASSPHRASE)


def test_the_panic_shortcut_and_options_are_set_in_settings(qtbot, window):
    from PySide6.QtGui import QKeySequence

    from hrdoc import settings
    from hrdoc.core.keyslots import KeySlotFile
    from hrdoc.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window, vault=window.vault)
    qtbot.addWidget(dialog)
    dialog.panic_keys.setCurrentIndex(dialog.panic_keys.findData("F12"))
    dialog.panic_data.setChecked(True)
    dialog.wipe_after.setValue(5)
    dialog._save()
    chosen = settings.load()
    assert chosen.panic_shortcut == "F12" and chosen.panic_deletes_data
    assert KeySlotFile.load(window.vault.keys_path).guard == {"wipe_after": 5, "failures": 0}
    window._set_panic_shortcut()
    assert window.panic_action.shortcut() == QKeySequence("F12")


def test_a_duress_passphrase_is_set_in_the_window(qtbot, window, vault_dir):
    from hrdoc.core.records import Incident
    from hrdoc.core.store import Store
    from hrdoc.gui.panic_ui import DuressDialog

    dialog = DuressDialog(window.vault, window)
    qtbot.addWidget(dialog)
    dialog.fields.passphrase.setText(PASSPHRASE)  # the vault's own: refused
    dialog.fields.repeat.setText(PASSPHRASE)
    dialog.set_button.click()
    qtbot.waitUntil(lambda: "different" in dialog.error.text(), timeout=20_000)
    dialog.fields.suggest_button.click()
    chosen = dialog.fields.text()
    dialog.sample.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.set_button.click()
    window.lock()
    with Vault.open(vault_dir, chosen) as decoy:
        assert Store(decoy).count(Incident) == 5  # the sample case, not the real two
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
