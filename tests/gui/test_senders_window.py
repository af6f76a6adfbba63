"""Exchange > Senders… (issue 17): whom bundles came from; a sender who
retracts is withdrawn from the window, and Undo brings the records back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from hrdoc.core.records import Incident
from hrdoc.exchange.inbox import bundle_files, import_many
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.senders_dialog import SendersDialog
from tests.gui.conftest import when_modal
from tests.test_inbox import inbox  # noqa: F401 (fixture)


def test_withdraw_a_sender_from_the_window_and_undo(qtbot, inbox):  # noqa: F811
    ngo, folder, _senders = inbox
    import_many(ngo.store, bundle_files([folder]), accept_unknown_sender=True)
    window = MainWindow(idle_minutes=5)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(ngo.vault)

    def withdraw(dialog: SendersDialog) -> None:
        table = dialog.table
        names = [table.item(r, 0).text() for r in range(table.rowCount())]
        assert names == ["Defender 1", "Defender 2", "Stranger"]
        assert [table.item(r, 2).text() for r in range(3)] == ["4", "4", "4"]
        dialog.table.selectRow(names.index("Defender 1"))
        dialog.ask = lambda *a, **k: QMessageBox.StandardButton.Yes
        dialog.withdraw_button.click()
        assert "4 record(s)" in dialog.status.text()
        dialog.reject()

    when_modal(SendersDialog, withdraw)
    action = next(
        a
        for m in window.menuBar().actions()
        for a in m.menu().actions()
        if a.text().replace("&", "") == "Senders…"
    )
    action.trigger()
    titles = {i.title for i in window.store.find(Incident)}
    assert not any(t.startswith("Defender 1") for t in titles)
    assert window.undo_bar.isVisible()
    window.undo_bar.undo()
    titles = {i.title for i in window.store.find(Incident)}
    assert {f"Defender 1 incident {k}" for k in range(3)} <= titles
    window.lock()
