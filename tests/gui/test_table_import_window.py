"""Exchange > Import spreadsheet…: columns mapped, rows checked, import only
when nothing is wrong, and then all of it."""

from __future__ import annotations

from hrdoc.core.records import Incident
from hrdoc.exchange.tables import read_table
from hrdoc.gui.table_import import TableImportDialog
from tests.test_import_table import write_csv


def test_problems_block_the_import_until_the_choices_fix_them(qtbot, window, tmp_path):
    store = window.store
    before = len(store.find(Incident))
    path = write_csv(
        tmp_path / "ngo.csv",
        [
            ["Nom", "Fecha", "País", "Notes"],
            ["Arrest of a lawyer", "10/08/2016", "Túnez", "<b>not markup</b>"],
            ["Raid", "2017-03", "LB", ""],
        ],
    )
    dialog = TableImportDialog(store, read_table(path), window)
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {"Nom": "title", "Fecha": "start_date", "País": "country"}
    assert not dialog.import_button.isEnabled()
    assert "could be day/month" in dialog.report.toPlainText()
    dialog.dates.setCurrentIndex(dialog.dates.findData("dmy"))
    assert dialog.import_button.isEnabled(), dialog.report.toPlainText()
    notes = dialog.choosers["Notes"]
    notes.setCurrentIndex(notes.findData("title"))  # two columns for one field
    assert not dialog.import_button.isEnabled()
    notes.setCurrentIndex(notes.findData("description"))
    assert "2016-08-10" in dialog.report.toPlainText()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20_000)
    stored = {i.title: i for i in store.find(Incident)}
    assert len(stored) == before + 2
    assert stored["Arrest of a lawyer"].description == "<b>not markup</b>"
    assert stored["Arrest of a lawyer"].country == "TN"
