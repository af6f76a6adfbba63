"""A deletion or purge travels to the contacts who received the record, as a
signed withdrawal that only its author can issue (issue 12)."""

from __future__ import annotations

import pytest

from hrdoc.core import deletion
from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.exchange import contacts
from hrdoc.exchange.bundle import BundleError, export_bundle, import_bundle
from tests.test_bundles import Party


def send(a: Party, b: Party, tmp_path, n: int) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"{n}.age"
    export_bundle(a.store, profile="partner", dest=path, to=[contacts.get(a.vault, b.name).card])
    import_bundle(b.store, path)


@pytest.fixture
def shared(parties, tmp_path):
    a, b = parties
    case = a.store.add(Case(title="shared case"))
    kept = a.store.add(Incident(case_id=case.id, title="stays"))
    gone = a.store.add(Incident(case_id=case.id, title="withdrawn"))
    send(a, b, tmp_path, 1)
    assert b.store.exists(Incident, gone.id)
    return a, b, kept, gone


def test_a_deletion_travels_and_the_receiver_hides_the_record(shared, tmp_path):
    a, b, kept, gone = shared
    deletion.delete(a.store, gone.id)
    send(a, b, tmp_path, 2)
    assert not b.store.exists(Incident, gone.id) and b.store.exists(Incident, kept.id)
    notes = [
        e.note
        for e in __import__("hrdoc.core.audit", fromlist=["x"]).entries(b.vault.conn, gone.id)
    ]
    assert any("withdrawn by its author" in n for n in notes)
    assert b.vault.conn.execute("SELECT count(*) FROM deleted").fetchone()[0] == 1


def test_a_purge_travels_and_the_receiver_erases_the_record(shared, tmp_path):
    a, b, _kept, gone = shared
    deletion.purge(a.store, gone.id)
    send(a, b, tmp_path, 2)
    conn = b.vault.conn
    assert not b.store.exists(Incident, gone.id)
    assert conn.execute("SELECT count(*) FROM deleted").fetchone()[0] == 0
    assert (
        conn.execute(
            "SELECT count(*) FROM record_versions WHERE record_id = ?", (gone.id,)
        ).fetchone()[0]
        == 0
    )


def test_a_withdrawal_from_anyone_but_the_author_is_refused(shared, tmp_path):
    _a, b, kept, _gone = shared
    c = Party(tmp_path / "c", "Someone C")
    c.knows(b)
    b.knows(c)
    # C forges a withdrawal of A's record: the manifest is C's own, and signed by C
    c.vault.conn.execute(
        "INSERT INTO withdrawals (record_id, record_type, recipient, action, at)"
        " VALUES (?, 'incident', ?, 'purge', 'now')",
        (kept.id, b.identity.ed25519),
    )
    c.store.add(Case(title="c's case"))
    path = tmp_path / "forged.age"
    export_bundle(c.store, profile="partner", dest=path, to=[contacts.get(c.vault, b.name).card])
    before = b.vault_bytes()
    with pytest.raises(BundleError, match="did not write"):
        import_bundle(b.store, path)
    assert b.vault_bytes() == before
    assert b.store.exists(Incident, kept.id)
    c.vault.lock()


def test_a_purge_over_the_receivers_own_records_only_hides_them(shared, tmp_path):
    a, b, kept, _gone = shared
    case_id = kept.case_id
    mine = b.store.add(Incident(case_id=case_id, title="the NGO's own note"))
    deletion.purge(a.store, case_id)
    send(a, b, tmp_path, 2)
    assert not b.store.exists(Incident, mine.id)  # hidden with the case...
    batches = deletion.deleted_batches(b.store)
    assert batches  # ...but not erased: the NGO can bring it back
    deletion.undo(b.store, batches[0][0])
    assert b.store.get(Incident, mine.id).title == "the NGO's own note"


def test_a_vault_reopened_still_sends_its_withdrawals(shared, tmp_path):
    a, b, _kept, gone = shared
    deletion.delete(a.store, gone.id)
    a.vault.lock()
    a.vault = Vault.open(a.folder, a.passphrase)
    a.store = Store(a.vault)
    send(a, b, tmp_path, 3)
    assert not b.store.exists(Incident, gone.id)
