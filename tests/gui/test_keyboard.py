"""Keyboard use: Tab moves through every dialog in reading order."""

from __future__ import annotations

import itertools

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QWidget

from hrdoc.gui.contacts_dialog import ContactsDialog
from hrdoc.gui.exchange_dialogs import BundleDialog, MyKeyDialog, ReportDialog
from hrdoc.gui.first_run import FirstRunDialog
from hrdoc.gui.record_dialogs import EditRecordsDialog, NewCaseDialog, NewIncidentDialog
from hrdoc.gui.settings_dialog import SettingsDialog
from hrdoc.gui.unlock import ChangePassphraseDialog, UnlockDialog


def tab_stops(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab reaches, in the order it reaches them."""
    stops: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not dialog and len(stops) < 200:
        inside_spin_box = isinstance(widget.parent(), QAbstractSpinBox)
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not inside_spin_box
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def assert_reading_order(dialog: QDialog) -> None:
    """Each stop is below the one before, or beside it to the right."""
    dialog.show()
    stops = tab_stops(dialog)
    assert len(stops) >= 2, type(dialog).__name__
    for wa, wb in itertools.pairwise(stops):
        a, b = wa.mapTo(dialog, QPoint(0, 0)), wb.mapTo(dialog, QPoint(0, 0))
        same_row = abs(a.y() - b.y()) < 8
        assert (same_row and b.x() > a.x()) or b.y() > a.y(), (
            f"{type(dialog).__name__}: Tab goes from {wa.accessibleName() or type(wa).__name__} "
            f"back up to {wb.accessibleName() or type(wb).__name__}"
        )
    dialog.close()


def test_every_dialog_tabs_in_reading_order(qtbot, window, vault_dir, tmp_path):
    store, vault = window.store, window.vault
    window.table.selectRow(0)
    window.people.name.setText("Samira Example")
    window.people.add_button.click()
    unlock = UnlockDialog(vault_dir)
    recover = UnlockDialog(vault_dir)
    recover.recover_button.click()
    dialogs: list[QDialog] = [
        FirstRunDialog(tmp_path / "new"),
        unlock,
        recover,
        ChangePassphraseDialog(vault, window),
        SettingsDialog(window),
        NewCaseDialog(store, window),
        NewIncidentDialog(store, None, window),
        EditRecordsDialog(store, window.people.edit_parts(window.people.row_ids[0]), "", window),
        ReportDialog(store, window),
        BundleDialog(store, window),
        MyKeyDialog(store, window),
        ContactsDialog(vault, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert_reading_order(dialog)
