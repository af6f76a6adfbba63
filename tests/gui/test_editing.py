"""Editing existing people, interventions and indicators, who may see each
field, and edits that survive a lock (pytest-qt, offscreen)."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
)

from hrdoc.core.records import Actor, Incident, Indicator, Intervention, Involvement, Sensitivity
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.record_dialogs import EditRecordsDialog, FieldLevelsDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, when_modal


def _person(window: MainWindow, name: str = "Samira Example") -> tuple[Actor, Involvement]:
    window.table.selectRow(0)
    people = window.people
    people.name.setText(name)
    people.role.setCurrentIndex(people.role.findData("witness"))
    people.add_button.click()
    store = window.store
    assert store is not None
    link = store.find(Involvement)[0]
    return store.get(Actor, link.actor_id), link


def _field(dialog: EditRecordsDialog, index: int, name: str):  # type: ignore[no-untyped-def]
    return dialog.widgets[(index, name)]


def test_person_is_edited_with_role_aliases_and_field_levels(qtbot, window):
    actor, link = _person(window)
    people = window.people

    def edit(dialog: EditRecordsDialog) -> None:
        name, name_level = _field(dialog, 0, "name")
        assert name.text() == "Samira Example" and name_level.level() == Sensitivity.SECRET
        name.setText("Samira B. Example")
        aliases, _ = _field(dialog, 0, "aliases")
        aliases.setPlainText("Sam\n\n  S. E.  \n")
        role, _ = _field(dialog, 1, "role")
        role.setCurrentIndex(role.findData("target"))
        contact, contact_level = _field(dialog, 0, "contact")
        contact.setText("+000 0000 0000")
        assert contact_level.level() == Sensitivity.SECRET
        dialog._save()

    seen = when_modal(EditRecordsDialog, edit)
    people.table.selectRow(0)
    people.edit_button.click()
    assert seen, "the edit dialog did not open"
    store = window.store
    stored = store.get(Actor, actor.id)
    assert stored.name == "Samira B. Example" and stored.aliases == ["Sam", "S. E."]
    assert stored.version == 2 and stored.effective_sensitivity("contact") == Sensitivity.SECRET
    assert store.get(Involvement, link.id).role == "target"
    assert people.table.item(0, 0).text() == "Target"
    assert people.table.item(0, 1).text() == "Samira B. Example"
    assert "Samira B. Example" in window.editor.details.text()  # the editor follows


def test_less_protection_for_a_name_is_asked_and_cancel_saves_nothing(qtbot, window):
    actor, _link = _person(window)
    store = window.store
    dialog = EditRecordsDialog(store, window.people.edit_parts(store.find(Involvement)[0].id), "")
    qtbot.addWidget(dialog)
    _name, level = _field(dialog, 0, "name")
    level.set_level(Sensitivity.PUBLIC)
    texts = []

    def answer(box: QMessageBox) -> None:
        texts.append(box.text())
        box.defaultButton().click()  # Enter: the default is Cancel

    when_modal(QMessageBox, answer)
    dialog._save()
    assert texts and "Name" in texts[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert store.get(Actor, actor.id).version == 1  # nothing saved

    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Save).click())
    with qtbot.waitSignal(dialog.accepted):
        dialog._save()
    stored = store.get(Actor, actor.id)
    # the field now follows the record: restricted, so partners may see the name
    assert stored.effective_sensitivity("name") == Sensitivity.RESTRICTED


def test_intervention_and_indicator_edits_are_validated(qtbot, window):
    window.table.selectRow(0)
    tab = window.interventions
    tab.kind.setCurrentIndex(tab.kind.findData("legal_complaint"))
    tab.date.setText("2024-06-01")
    tab.add_button.click()
    store = window.store
    intervention = store.find(Intervention)[0]
    dialog = EditRecordsDialog(store, tab.edit_parts(intervention.id), "")
    qtbot.addWidget(dialog)
    date, _ = _field(dialog, 0, "date")
    date.setText("2024-13")
    dialog._save()
    assert "not a real date" in dialog.error.text()
    assert store.get(Intervention, intervention.id).version == 1
    date.setText("2024-06")  # a coarser date brings its own precision
    outcome, _ = _field(dialog, 0, "outcome")
    outcome.setText("<b>rejected</b>")
    with qtbot.waitSignal(dialog.accepted):
        dialog._save()
    stored = store.get(Intervention, intervention.id)
    assert (stored.date, stored.date_precision, stored.outcome) == (
        "2024-06",
        "month",
        "<b>rejected</b>",
    )

    indicators = window.indicators
    indicators.value.setText("evil.example")
    indicators.add_button.click()
    indicator = store.find(Indicator)[0]
    dialog = EditRecordsDialog(store, indicators.edit_parts(indicator.id), "")
    qtbot.addWidget(dialog)
    value, _ = _field(dialog, 0, "value")
    value.setText("  ")
    dialog._save()
    assert "value is required" in dialog.error.text()
    value.setText("evil2.example")
    source, source_level = _field(dialog, 0, "source")
    source.setText("a friend at the telecom")
    assert source_level.level() == Sensitivity.SECRET
    with qtbot.waitSignal(dialog.accepted):
        dialog._save()
    stored_indicator = store.get(Indicator, indicator.id)
    assert stored_indicator.value == "evil2.example"
    assert stored_indicator.effective_sensitivity("source") == Sensitivity.SECRET


def test_incident_field_levels_are_saved_with_the_edit(qtbot, window, monkeypatch):
    import hrdoc.gui.incident_editor as editor_module

    window.table.selectRow(0)
    editor = window.editor

    def lower_place(dialog: FieldLevelsDialog) -> None:
        assert dialog.boxes["latitude"].level() == Sensitivity.SECRET
        dialog.boxes["latitude"].set_level(Sensitivity.PUBLIC)  # below its default
        dialog.boxes["place"].set_level(Sensitivity.PUBLIC)  # still restricted, as the record
        dialog.boxes["description"].set_level(Sensitivity.SECRET)
        dialog.accept()

    when_modal(FieldLevelsDialog, lower_place)
    editor.levels_button.click()
    assert editor.has_unsaved_changes()
    asked: list[list[str]] = []
    monkeypatch.setattr(
        editor_module, "confirm_less_protection", lambda _w, labels: asked.append(labels) or False
    )
    assert not editor.save()
    assert asked == [["Latitude"]] and editor.has_unsaved_changes()
    stored = window.store.get(Incident, editor.incident.id)
    assert stored.version == 1
    monkeypatch.setattr(editor_module, "confirm_less_protection", lambda _w, _labels: True)
    assert editor.save()
    stored = window.store.get(Incident, editor.incident.id)
    assert stored.field_sensitivity["latitude"] == "public"
    assert stored.effective_sensitivity("latitude") == Sensitivity.RESTRICTED
    assert stored.effective_sensitivity("description") == Sensitivity.SECRET


def test_lock_keeps_edits_it_cannot_save_and_gives_them_back(qtbot, window, made_vault):
    window.table.selectRow(0)
    editor = window.editor
    incident_id = editor.incident.id
    editor.title.setText("")  # invalid: a title is required
    editor.description.setPlainText("draft-canary-7f3a written just before the lock")
    window.lock()
    assert window.is_locked  # locking never waits for a fix
    for path in made_vault.rglob("*"):
        if path.is_file():
            assert b"draft-canary-7f3a" not in path.read_bytes(), path.name
    with Vault.open(made_vault, PASSPHRASE) as vault:
        assert Store(vault).get(Incident, incident_id).version == 1  # nothing half-saved

    dialog = unlock(qtbot, made_vault)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20_000)
    again = MainWindow(idle_minutes=5)
    qtbot.addWidget(again)
    again.open_vault(dialog.vault)
    assert any("Phone searched at the airport" in m for m in again.messages)
    rows = [again.model.incident_id(r) for r in range(again.model.rowCount())]
    again.table.selectRow(rows.index(incident_id))
    assert again.editor.title.text() == ""
    assert "draft-canary-7f3a" in again.editor.description.toPlainText()
    assert "are back" in again.editor.error.text() and again.editor.has_unsaved_changes()
    assert again.editor.draft_titles(again.store) == []  # given back once, then gone
    again.editor.title.setText("Phone searched at the airport, again")
    assert again.editor.save()
    again.lock()


def _until_cancelled(report) -> None:  # type: ignore[no-untyped-def]
    """Background work that runs until it is cancelled, saying it is 10% done."""
    while True:
        report(1, 10)  # raises Cancelled once the user cancels
        threading.Event().wait(0.005)


def test_mvt_import_shows_percent_and_can_be_cancelled(qtbot, window, monkeypatch, tmp_path):
    import hrdoc.gui.main_window as main_module

    monkeypatch.setattr(
        main_module, "import_mvt", lambda _s, _f, _i, report: _until_cancelled(report)
    )
    window.table.selectRow(0)
    window.get_existing_directory = lambda *a, **k: str(tmp_path)
    window.import_mvt()
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None and dialog.isVisible()
    bar = dialog.findChild(QProgressBar)
    qtbot.waitUntil(lambda: bar.maximum() == 1000 and bar.value() == 100, timeout=5_000)
    dialog.findChild(QPushButton).click()  # Cancel
    qtbot.waitUntil(lambda: any("Cancelled" in m for m in window.messages), timeout=5_000)
    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))


def test_lock_stops_running_jobs_and_closes_every_dialog(qtbot, window, monkeypatch):
    import hrdoc.gui.main_window as main_module

    monkeypatch.setattr(main_module, "import_stix", lambda _s, _p, report: _until_cancelled(report))
    window.get_open_file_name = lambda *a, **k: ("indicators.stix2", "")
    window.import_stix()
    window._tell("a message naming Phone searched at the airport")
    assert any(d.isVisible() for d in window.findChildren(QDialog))
    before = list(window.messages)
    window.lock()
    assert window.is_locked
    assert QThreadPool.globalInstance().activeThreadCount() == 0  # the job has ended
    assert [d for d in window.findChildren(QDialog) if d.isVisible()] == []
    QApplication.processEvents()
    assert window.messages == before  # nothing from the stopped job reaches the window


def test_lock_saves_a_valid_edit_in_an_open_dialog(qtbot, window, made_vault):
    actor, _link = _person(window)

    def rename_then_walk_away(dialog: EditRecordsDialog) -> None:
        name, _level = _field(dialog, 0, "name")
        name.setText("Samira Renamed")
        window.lock()  # the idle timer fires while the dialog is open

    seen = when_modal(EditRecordsDialog, rename_then_walk_away)
    window.people.edit(0)
    assert seen and window.is_locked and not seen[0].isVisible()
    with Vault.open(made_vault, PASSPHRASE) as vault:
        assert Store(vault).get(Actor, actor.id).name == "Samira Renamed"


def test_text_is_kept_exactly_and_an_untouched_incident_is_not_unsaved(qtbot, window):
    store = window.store
    incident = store.find(Incident)[0]
    text = "Témoignage\u00a0: «\u00a0arrêté\u00a0»\nشهادة\u00a0مكتوبة\n\tindented"
    store.update(Incident.from_dict(incident.to_dict() | {"description": text}))
    rows = [window.model.incident_id(r) for r in range(window.model.rowCount())]
    window.refresh_incidents()
    window.table.selectRow(rows.index(incident.id))
    assert not window.editor.has_unsaved_changes()  # showing is not changing
    window.editor.title.setText(window.editor.title.text() + " (edited)")
    assert window.editor.save()
    assert store.get(Incident, incident.id).description == text  # no-break spaces kept


def test_someone_already_recorded_is_linked_not_typed_again(qtbot, window):
    actor, _link = _person(window, "State Security (fictional)")
    people = window.people
    rows = [window.model.incident_id(r) for r in range(window.model.rowCount())]
    other = next(r for r, i in enumerate(rows) if i != window.editor.incident.id)
    window.table.selectRow(other)
    index = people.known.findData(actor.id)
    assert index > 0 and "State Security (fictional)" in people.known.itemText(index)
    people.known.setCurrentIndex(index)
    assert not people.name.isEnabled()  # the name comes from the record
    people.role.setCurrentIndex(people.role.findData("suspected_perpetrator"))
    people.add_button.click()
    store = window.store
    assert store.count(Actor) == 1  # one record, two incidents
    assert {link.incident_id for link in store.find(Involvement)} == set(rows)
    people.known.setCurrentIndex(people.known.findData(actor.id))
    people.role.setCurrentIndex(people.role.findData("suspected_perpetrator"))
    people.add_button.click()
    assert "already listed" in people.error.text() and store.count(Involvement) == 2


def test_cancel_asks_before_discarding_typing_but_locking_never_asks(
    qtbot, window, monkeypatch, made_vault
):
    import hrdoc.gui.record_dialogs as dialogs_module
    from hrdoc.gui.record_dialogs import NewCaseDialog

    answers: list[bool] = []
    monkeypatch.setattr(dialogs_module, "confirm_discard", lambda _parent: answers.pop(0))
    dialog = NewCaseDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes without a question
    assert not dialog.isVisible() and answers == []
    dialog.show()
    dialog.title.setText("Journalists' phones")
    answers.append(False)  # "Cancel": keep typing
    dialog.reject()
    assert dialog.isVisible() and dialog.title.text() == "Journalists' phones"
    answers.append(True)  # "Discard"
    dialog.reject()
    assert not dialog.isVisible()

    actor, _link = _person(window)
    monkeypatch.setattr(
        dialogs_module, "confirm_discard", lambda _parent: pytest.fail("locking asked")
    )

    def rename_then_lock(edit: EditRecordsDialog) -> None:
        _field(edit, 0, "name")[0].setText("Samira Kept")
        window.lock()

    when_modal(EditRecordsDialog, rename_then_lock)
    window.people.edit(0)
    assert window.is_locked
    with Vault.open(made_vault, PASSPHRASE) as vault:
        assert Store(vault).get(Actor, actor.id).name == "Samira Kept"


def test_saving_an_unchanged_dialog_makes_no_new_version(qtbot, window):
    actor, link = _person(window)
    store = window.store
    dialog = EditRecordsDialog(store, window.people.edit_parts(link.id), "", window)
    qtbot.addWidget(dialog)
    assert not dialog.has_changes()
    with qtbot.waitSignal(dialog.accepted):
        dialog._save()
    assert store.get(Actor, actor.id).version == 1
    assert store.get(Involvement, link.id).version == 1
    editor = window.editor
    when_modal(FieldLevelsDialog, lambda levels: levels.accept())  # OK, nothing changed
    editor.levels_button.click()
    assert not editor.has_unsaved_changes()


@pytest.mark.parametrize("order", [0, 1, 2])
def test_types_stored_in_any_order_are_not_an_unsaved_change(qtbot, window, order):
    import itertools

    store = window.store
    incident = store.find(Incident)[0]
    codes = ["raid", "arrest", "spyware_infection"]
    chosen = list(itertools.permutations(codes))[order * 2]
    store.update(Incident.from_dict(incident.to_dict() | {"types": list(chosen)}))
    rows = [window.model.incident_id(r) for r in range(window.model.rowCount())]
    window.refresh_incidents()
    window.table.selectRow(rows.index(incident.id))
    assert not window.editor.has_unsaved_changes()


def test_delete_key_deletes_the_incident_and_undo_brings_it_back(qtbot, window, monkeypatch):
    from PySide6.QtCore import Qt as _Qt

    store = window.store
    before = window.model.rowCount()
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    incident_id = window.model.incident_id(0)
    qtbot.keyClick(window.table, _Qt.Key.Key_Delete)
    assert window.model.rowCount() == before - 1 and not store.exists(Incident, incident_id)
    assert window.undo_bar.isVisible() and "Deleted" in window.undo_bar.message.text()
    window.undo_bar.undo_button.click()
    assert window.model.rowCount() == before and store.exists(Incident, incident_id)
    assert not window.undo_bar.isVisible()


def _press_enter(dialog: QDialog) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Return)


def _click_erase(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Discard).click()


def test_erasing_asks_and_enter_erases_nothing(qtbot, window):
    from hrdoc.gui.deleting import PurgeDialog

    store = window.store
    window.table.setCurrentIndex(window.model.index(0, 0))
    incident_id = window.model.incident_id(0)
    before = store.vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()
    seen = when_modal(PurgeDialog, _press_enter)
    window.purge_incident()
    assert seen and store.exists(Incident, incident_id)
    assert store.vault.conn.execute("SELECT count(*) FROM audit_log").fetchone() == before
    when_modal(PurgeDialog, _click_erase)
    window.purge_incident()
    assert not store.exists(Incident, incident_id)


def test_erasing_a_person_lists_where_they_are_named_and_takes_the_name_out(qtbot, window):
    from hrdoc.gui.deleting import PurgeDialog

    store = window.store
    window.table.setCurrentIndex(window.model.index(0, 0))
    first, second = window.model.incident_id(0), window.model.incident_id(1)
    person = store.add(Actor(name="Samira Cnryhaddad"))
    store.add(Involvement(incident_id=first, actor_id=person.id, role="witness"))
    other = store.get(Incident, second)
    other.description = "Samira Cnryhaddad saw the raid."
    other.place = "the Cnryhaddad family home"  # the user keeps this one
    store.update(other)
    tab = window.people
    tab.show_incident(store, first)
    tab.table.selectRow(tab.table.rowCount() - 1)
    listed = []

    def check_and_erase(dialog: PurgeDialog) -> None:
        listed.extend(dialog.mentions)
        items = [dialog.places.item(n) for n in range(dialog.places.count())]
        assert all(i.checkState() == Qt.CheckState.Checked for i in items)  # the default
        items[[f for _r, f in dialog.mentions].index("place")].setCheckState(
            Qt.CheckState.Unchecked
        )
        _click_erase(dialog)

    when_modal(PurgeDialog, check_and_erase)
    tab.erase_button.click()
    assert sorted((r.id, f) for r, f in listed) == [(second, "description"), (second, "place")]
    assert not store.exists(Actor, person.id)
    assert store.get(Incident, second).description == "[name withheld] saw the raid."
    assert store.get(Incident, second).place == "the Cnryhaddad family home"
    assert [v.description for v in store.versions(second)] == [
        other.description.replace("Samira Cnryhaddad", "[name withheld]")
    ]
    assert not window.undo_bar.isVisible()


def _file_in_the_panel(window, data: bytes, name: str):  # type: ignore[no-untyped-def]
    """A file added to the first incident, selected in the evidence panel."""
    import io as _io

    from hrdoc.core.evidence import add_evidence

    window.table.setCurrentIndex(window.model.index(0, 0))
    incident_id = window.model.incident_id(0)
    item = add_evidence(window.store, incident_id, _io.BytesIO(data), name)
    panel = window.evidence
    panel.show_incident(window.store, incident_id)
    panel.table.setCurrentCell(panel.table.rowCount() - 1, 0)
    return item, panel


def test_an_evidence_file_is_erased_for_good(qtbot, window):
    from hrdoc.core.records import Evidence
    from hrdoc.gui.deleting import PurgeDialog

    store = window.store
    item, panel = _file_in_the_panel(window, b"photo of a source", "source.jpg")
    when_modal(PurgeDialog, _click_erase)
    panel.erase_button.click()
    assert not store.exists(Evidence, item.id)
    assert store.vault.conn.execute(
        "SELECT count(*) FROM evidence_blobs WHERE evidence_id = ?", (item.id,)
    ).fetchone() == (0,)


def test_the_filter_bar_combines_with_the_search(qtbot, window):
    everything = window.model.rowCount()
    assert everything >= 2
    window.filters.until.setText("1999")
    assert window.model.rowCount() == 0 and window.no_match.isVisible()
    window.filters.until.clear()
    assert window.model.rowCount() == everything
    window.search.setText("airport")
    found = window.model.rowCount()
    assert 0 < found < everything
    window.filters.since.setText("2100")
    assert window.model.rowCount() == 0


def test_the_editor_moves_an_incident_to_another_case(qtbot, window):
    from hrdoc.core.records import Case

    store = window.store
    other = store.add(Case(title="Another case"))
    window.reload_cases()
    window.table.setCurrentIndex(window.model.index(0, 0))
    incident_id = window.model.incident_id(0)
    editor = window.editor
    assert not editor.has_unsaved_changes()
    editor.case.setCurrentIndex(editor.case.findData(other.id))
    assert editor.has_unsaved_changes()
    assert editor.save()
    assert store.get(Incident, incident_id).case_id == other.id
    assert len(store.versions(incident_id)) == 2  # the move is a new version


def test_the_window_keeps_its_layout_and_selection_inside_the_vault(
    qtbot, window, vault_dir, hrdoc_home
):
    from hrdoc.core.vault import Vault
    from tests.conftest import PASSPHRASE

    window.resize(780, 560)  # within the offscreen screen, which restoreGeometry keeps it in
    qtbot.waitUntil(lambda: window.width() == 780)
    window.table.setCurrentIndex(window.model.index(1, 0))
    chosen = window.model.incident_id(1)
    window.splitter.setSizes([120, 380, 260])
    sizes = window.splitter.sizes()
    window.lock()
    # nothing of it in a settings file: it names a record
    for path in hrdoc_home.rglob("*"):
        if path.is_file() and not path.name.startswith("vault."):
            assert chosen.encode() not in path.read_bytes()
    window.open_vault(Vault.open(vault_dir, PASSPHRASE))
    assert window.editor.incident is not None and window.editor.incident.id == chosen
    assert window.size().width() == 780
    assert window.splitter.sizes() == sizes


def test_a_case_is_edited_in_the_window_and_keeps_its_previous_version(qtbot, window):
    from hrdoc.core.records import Case
    from hrdoc.gui.record_dialogs import EditCaseDialog

    store = window.store
    case = store.find(Case)[0]
    dialog = EditCaseDialog(store, case, window)
    qtbot.addWidget(dialog)
    assert not dialog.has_changes()  # showing is not changing
    dialog.title.setText("Border case (closed)")
    dialog.status.setCurrentIndex(dialog.status.findData("closed"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    saved = store.get(Case, case.id)
    assert saved.title == "Border case (closed)" and saved.status == "closed"
    assert [v.title for v in store.versions(case.id)] == [case.title, "Border case (closed)"]


def test_removing_a_persons_role_keeps_the_person_and_undo_brings_the_role_back(qtbot, window):
    from hrdoc.core.records import Actor, Involvement

    store = window.store
    window.table.setCurrentIndex(window.model.index(0, 0))
    incident_id = window.model.incident_id(0)
    actor = store.add(Actor(name="Witness W"))
    store.add(Involvement(incident_id=incident_id, actor_id=actor.id, role="witness"))
    tab = window.people
    tab.show_incident(store, incident_id)
    rows = tab.table.rowCount()
    tab.table.selectRow(rows - 1)
    tab.remove_button.click()
    assert tab.table.rowCount() == rows - 1
    assert store.exists(Actor, actor.id)  # only the role in this incident went
    assert window.undo_bar.isVisible()
    window.undo_bar.undo_button.click()
    assert tab.table.rowCount() == rows


def test_an_evidence_file_is_removed_and_brought_back(qtbot, window):
    from hrdoc.core.records import Evidence

    store = window.store
    item, panel = _file_in_the_panel(window, b"photo", "photo.txt")
    panel.remove_button.click()
    assert panel.table.rowCount() == 0 and not store.exists(Evidence, item.id)
    window.undo_bar.undo_button.click()
    assert store.exists(Evidence, item.id) and panel.table.rowCount() == 1


@pytest.mark.parametrize(
    "query", ["karim", "Mona", "vendor", "cdn-sync", "0199", "Tunisie", "تونس", "احمد", "صحفي"]
)
def test_the_window_search_box_finds_incidents_through_everything(qtbot, window, query):
    from hrdoc.core.records import Case
    from hrdoc.core.sample import load_sample

    store = window.store
    load_sample(store)
    case = store.add(Case(title="Arabic case"))
    store.add(
        Incident(case_id=case.id, title="شهادة أحمد", description="مقابلة مع الصحفي", country="TN")
    )
    window.reload_cases()
    window.search.setText(query)
    assert window.model.rowCount() > 0, query
    assert not window.no_match.isVisible()
    window.search.setText("zzqqxx nothing")
    assert window.model.rowCount() == 0 and window.no_match.isVisible()


def test_a_window_user_can_make_a_photo_publishable_and_describe_it(qtbot, window, tmp_path):
    """Until now only the command line could: a photo never reached a public report."""
    from hrdoc.core.records import Evidence
    from hrdoc.core.redaction import redact_cases

    store = window.store
    item, panel = _file_in_the_panel(window, b"\x89PNG fake", "photo.png")
    incident = store.get(Incident, item.incident_id)
    case_id = incident.case_id
    store.update(Incident.from_dict(incident.to_dict() | {"sensitivity": "public"}))
    from hrdoc.core.records import Case

    case = store.get(Case, case_id)
    store.update(Case.from_dict(case.to_dict() | {"sensitivity": "public"}))

    def fill(dialog: EditRecordsDialog) -> None:
        _field(dialog, 0, "description")[0].setPlainText("The SMS on the phone's screen")
        _field(dialog, 0, "captured_at")[0].setText("2016-08-10")
        _field(dialog, 0, "publishable")[0].setChecked(True)
        dialog.record_level.set_level(Sensitivity.PUBLIC)
        try:
            dialog._save()
        finally:
            if dialog.isVisible():  # an error shown: end the test, not hang it
                dialog.reject()

    seen = when_modal(EditRecordsDialog, fill)
    panel.edit_button.click()
    assert seen
    saved = store.get(Evidence, item.id)
    assert saved.publishable and saved.captured_at == "2016-08-10"
    assert saved.description == "The SMS on the phone's screen"
    assert saved.sha256 == item.sha256  # the file itself never changes
    public = redact_cases(store, "public", [case_id])
    assert [e["id"] for e in public.of("evidence")] and public.evidence_files


def test_chosen_types_show_first_and_a_calendar_day_becomes_the_date(qtbot, window):
    from PySide6.QtCore import QDate

    store = window.store
    window.table.setCurrentIndex(window.model.index(0, 0))
    incident_id = window.model.incident_id(0)
    incident = store.get(Incident, incident_id)
    store.update(Incident.from_dict(incident.to_dict() | {"types": ["threat", "arrest"]}))
    window.refresh_incidents()
    window.table.setCurrentIndex(window.model.index(0, 0))
    editor = window.editor
    editor.show_incident(store, store.get(Incident, incident_id))
    first_two = {editor.types.item(n).data(Qt.ItemDataRole.UserRole) for n in (0, 1)}
    assert first_two == {"threat", "arrest"}  # seen without scrolling
    assert not editor.has_unsaved_changes()
    editor.calendar.clicked.emit(QDate(2016, 8, 10))
    assert editor.start_date.text() == "2016-08-10"
    assert editor.save()
    saved = store.get(Incident, incident_id)
    assert (saved.start_date, saved.start_precision) == ("2016-08-10", "day")
    assert sorted(saved.types) == ["arrest", "threat"]
