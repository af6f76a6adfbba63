"""Exchange > Import a folder of bundles… (issue 17): every bundle in the
folder, each whole or not at all, then a table of what each did; the list
shows whom incidents were received from."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from hrdoc.gui.main_window import MainWindow
from tests.gui.conftest import when_modal
from tests.test_inbox import inbox  # noqa: F401 (fixture)


def test_a_folder_of_bundles_from_the_window(qtbot, inbox, monkeypatch):  # noqa: F811
    ngo, folder, _senders = inbox
    window = MainWindow(idle_minutes=5)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(ngo.vault)
    window.get_existing_directory = lambda *a, **k: str(folder)

    def accept(box: QMessageBox) -> None:
        assert "5 bundle(s)" in box.text()
        box.checkBox().setChecked(True)  # also from the stranger
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(QMessageBox, accept)
    action = next(
        a
        for m in window.menuBar().actions()
        for a in m.menu().actions()
        if a.text().replace("&", "") == "Import a folder of bundles…"
    )
    action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "inbox_summary", None) is not None, timeout=30_000)
    table = window.inbox_summary.table
    rows = {
        table.item(r, 0).text().strip("\u2066\u2069"): [table.item(r, c).text() for c in range(6)]
        for r in range(table.rowCount())
    }
    assert rows["0-bundle.age"][1:5] == ["Defender 1", "No", "4", "0"]
    assert rows["2-bundle.age"][5] == "Imported"  # the stranger, accepted
    assert rows["3-damaged.age"][5].startswith("Refused: ")
    assert "Imported: 3" in window.inbox_summary.summary.text()

    # the list says whom each incident came from, and filters by it
    model = window.model
    received = {model.index(r, 4).data() for r in range(model.rowCount())}
    assert {"Defender 1", "Defender 2", "Stranger"} <= received
    names = [
        window.filters.received_from.itemText(i)
        for i in range(window.filters.received_from.count())
    ]
    assert "Stranger" in names
    window.filters.received_from.setCurrentIndex(names.index("Stranger"))
    assert model.rowCount() == 3
    window.lock()
