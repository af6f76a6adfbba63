"""A backup kept by a trusted contact: a full bundle to them and to the key
the recovery code makes; after the laptop is gone, a new vault gets every
record back from it with the code (issue 13)."""

from __future__ import annotations

import io

import pytest

from hrdoc.core.errors import HrdocError, InvalidInput
from hrdoc.core.evidence import add_evidence, export_evidence
from hrdoc.core.records import RECORD_TYPES, Evidence, Incident, content_hash
from hrdoc.core.sample import load_sample
from hrdoc.exchange import contacts
from hrdoc.exchange.bundle import BundleError, import_bundle
from hrdoc.exchange.contact_backup import back_up_to_contacts, restore_from_contact_copy
from tests.test_bundles import Party


def contents(party: Party) -> dict[str, object]:
    """Every record's content and every file's bytes. An import starts a record
    at version 1 with its own update time (its author is checked apart)."""
    records = {
        r.id: content_hash(
            {k: v for k, v in r.content().items() if k not in ("author", "updated_at")}
        )
        for cls in RECORD_TYPES
        for r in party.store.find(cls)
    }
    files = {}
    for item in party.store.find(Evidence):
        out = io.BytesIO()
        export_evidence(party.store, item.id, out)
        files[item.id] = out.getvalue()
    return {"records": records, "files": files}


@pytest.fixture
def defender_and_keeper(parties):
    a, b = parties
    load_sample(a.store)
    incident = a.store.find(Incident)[0]
    add_evidence(a.store, incident.id, io.BytesIO(b"a photo of the raid" * 500), "raid.jpg")
    return a, b


def test_only_a_verified_contact_keeps_a_backup(defender_and_keeper, tmp_path):
    a, _b = defender_and_keeper
    with pytest.raises(InvalidInput, match="no contact keeps your backup"):
        back_up_to_contacts(a.store, tmp_path / "x.age")
    with pytest.raises(InvalidInput, match="compare fingerprints"):
        contacts.set_keeps_backup(a.vault, "NGO B", True)
    assert not (tmp_path / "x.age").exists()


def test_after_the_laptop_is_lost_the_recovery_code_brings_every_record_back(
    defender_and_keeper, tmp_path
):
    a, b = defender_and_keeper
    contacts.mark_verified(a.vault, "NGO B")
    contacts.set_keeps_backup(a.vault, "NGO B", True)
    path = tmp_path / "for-ngo-b.age"
    result, names = back_up_to_contacts(a.store, path)
    assert names == ["NGO B"]
    # the contact can import it: a full bundle from a known sender
    assert import_bundle(b.store, path).added["incident"] == 5
    before = contents(a)
    # the laptop is gone; a new vault, and the paper with the recovery code
    fresh = Party(tmp_path / "new-laptop", "Defender A (new laptop)")
    report = restore_from_contact_copy(fresh.store, path, a.recovery_code)
    assert report.added["incident"] == 5 and report.added["evidence"] == 2
    assert contents(fresh) == before
    # the records are the old vault's, signed by it
    assert {r.author for r in fresh.store.find(Incident)} == {a.identity.key_id}
    assert result.path == path


def test_a_wrong_recovery_code_restores_nothing(defender_and_keeper, tmp_path):
    a, _b = defender_and_keeper
    contacts.mark_verified(a.vault, "NGO B")
    contacts.set_keeps_backup(a.vault, "NGO B", True)
    path = tmp_path / "b.age"
    back_up_to_contacts(a.store, path)
    fresh = Party(tmp_path / "new", "Defender new")
    other = Party(tmp_path / "other", "Someone else")
    before = fresh.vault_bytes()
    with pytest.raises(BundleError):
        restore_from_contact_copy(fresh.store, path, other.recovery_code)
    assert fresh.vault_bytes() == before
    with pytest.raises(HrdocError):  # a typo in the code: one line, nothing read
        restore_from_contact_copy(fresh.store, path, "123")


def test_a_new_recovery_code_moves_the_restore_key(defender_and_keeper, tmp_path):
    a, _b = defender_and_keeper
    contacts.mark_verified(a.vault, "NGO B")
    contacts.set_keeps_backup(a.vault, "NGO B", True)
    code = a.vault.new_recovery_code()
    path = tmp_path / "b.age"
    back_up_to_contacts(a.store, path)
    fresh = Party(tmp_path / "new", "Defender new")
    with pytest.raises(BundleError):
        restore_from_contact_copy(fresh.store, path, a.recovery_code)  # the old code
    assert restore_from_contact_copy(fresh.store, path, code).added["incident"] == 5


def test_the_command_line_backs_up_for_a_contact_and_restores(cli, tmp_path, monkeypatch):
    import json
    import re

    init = cli("init", "--sample")
    code = re.search(r"(\d{6}-){7}\d{6}", init.out).group(0)
    keeper = Party(tmp_path / "keeper", "Keeper NGO")
    card = tmp_path / "card.txt"
    card.write_text(keeper.card.to_text())
    assert cli("contact", "add", str(card)).code == 0
    assert cli("contact", "keeps-backup", "Keeper NGO").code != 0  # not verified yet
    assert cli("contact", "verify", "Keeper NGO", "--yes").code == 0
    assert cli("contact", "keeps-backup", "Keeper NGO").code == 0
    out = tmp_path / "for-keeper.age"
    done = cli("backup", "--for-contacts", "-o", str(out))
    assert done.code == 0 and "Keeper NGO" in done.out
    new = tmp_path / "new-vault"
    assert cli("--vault", str(new), "init").code == 0
    monkeypatch.setenv("HRDOC_RECOVERY_CODE", code)
    restored = cli("--vault", str(new), "import", str(out), "--with-recovery-code")
    assert restored.code == 0, restored.err
    listed = json.loads(cli("--vault", str(new), "incident", "list", "--json").out)
    assert len(listed) == 5
