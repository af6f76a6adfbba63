"""Delete is undoable and audited; purge leaves no trace of the content in any
decrypted page of the database or its WAL, nor in any other file (issue 12)."""

from __future__ import annotations

import contextlib
import io
import re

import pyrage
import pytest
from pyrage.x25519 import Identity

from hrdoc.core import deletion
from hrdoc.core.evidence import add_evidence
from hrdoc.core.integrity import verify_vault
from hrdoc.core.keyslots import KeySlotFile
from hrdoc.core.records import (
    Actor,
    Case,
    Evidence,
    Incident,
    Indicator,
    Intervention,
    Involvement,
    content_hash,
)
from hrdoc.core.search import search
from hrdoc.core.store import Store
from hrdoc.core.vault import CIPHER_PAGE_SIZE, Vault
from tests.conftest import PASSPHRASE
from tests.sqlcipher_pages import pages, plaintext

CANARY = "Cnrypurgezq"


def vault_key(vault_dir) -> bytes:  # type: ignore[no-untyped-def]
    return KeySlotFile.load(vault_dir / "vault.keys").unwrap_with_passphrase(PASSPHRASE)


def everything(vault_dir, hrdoc_home) -> bytes:  # type: ignore[no-untyped-def]
    """Decrypted pages and WAL frames, plus every other file under the vault and
    HRDOC_HOME; sealed evidence files decrypted with every evidence key found
    anywhere in those pages (a purge must leave neither file nor key)."""
    pages = plaintext(vault_dir, vault_key(vault_dir), CIPHER_PAGE_SIZE)
    keys = [
        Identity.from_str(k.decode())
        for k in set(re.findall(rb"AGE-SECRET-KEY-1[0-9A-Z]{58}", pages))
    ]
    out = [pages]
    for folder in {vault_dir, hrdoc_home}:
        for path in folder.rglob("*"):
            if path.is_file() and not path.name.startswith("vault.db"):
                data = path.read_bytes()
                out.append(data)
                if data.startswith(b"age-encryption.org/v1") and keys:
                    with contextlib.suppress(pyrage.DecryptError):
                        out.append(pyrage.decrypt(data, keys))
    return b"\n".join(out)


def found(blob: bytes, canary: str) -> bool:
    return canary.encode("utf-8") in blob or canary.encode("utf-16-le") in blob


def test_the_page_reader_reads_real_pages(created, vault_dir):
    created.vault.lock()
    first = next(pages(vault_dir / "vault.db", vault_key(vault_dir), CIPHER_PAGE_SIZE))
    # page 1 after the salt: the rest of SQLite's header, whose page size is 16 KiB
    assert first[16 - 16 : 2] == (CIPHER_PAGE_SIZE).to_bytes(2, "big")


@pytest.fixture
def canary_case(store):
    """A canary in every field of every record type, an old version, a draft,
    a conflict, an evidence file and the index."""
    vault = store.vault
    case = store.add(Case(title=f"case {CANARY}", description=f"d {CANARY}"))
    incident = store.add(
        Incident(
            case_id=case.id,
            title=f"incident {CANARY}",
            description=f"{CANARY} ...",
            place=f"place {CANARY}",
            sources=[f"src {CANARY}"],
        )
    )
    incident.description = f"changed, but the old version said {CANARY}"
    store.update(incident)
    person = store.add(Actor(name=f"Person {CANARY}", aliases=[CANARY], contact=CANARY))
    store.add(Involvement(incident_id=incident.id, actor_id=person.id, notes=CANARY))
    store.add(Indicator(incident_id=incident.id, value=f"{CANARY}.example", notes=CANARY))
    store.add(Intervention(case_id=case.id, incident_id=incident.id, description=CANARY))
    add_evidence(store, incident.id, io.BytesIO(f"file {CANARY} ".encode() * 5000), f"{CANARY}.txt")
    vault.save_draft("incident:" + incident.id, f'{{"title": "draft {CANARY}"}}')
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO conflicts (record_type, record_id, incoming, incoming_hash, bundle_id,"
            " sender_key, detected_at) VALUES ('incident', ?, ?, 'h', 'b', 'k', 'now')",
            (incident.id, f'{{"title": "{CANARY}"}}'),
        )
    other = store.add(Case(title="unrelated case"))
    store.add(Incident(case_id=other.id, title="unrelated incident"))
    return case, incident, person


def test_purge_leaves_no_trace_and_verify_stays_clean(canary_case, store, vault_dir, hrdoc_home):
    case, _incident, person = canary_case
    vault = store.vault
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert found(everything(vault_dir, hrdoc_home), CANARY), "the scan must see it before"
    (key,) = [k for (k,) in vault.conn.execute("SELECT identity FROM evidence_blobs")]
    deletion.purge(store, person.id)
    deletion.purge(store, case.id)
    assert verify_vault(store) == []
    assert store.count(Incident) == 1 and search(vault.conn, CANARY) == []
    vault.lock()
    assert not found(everything(vault_dir, hrdoc_home), CANARY)
    # the evidence file's only key is gone from every page, so any copy flash
    # storage kept of the file is noise
    assert key.encode() not in plaintext(vault_dir, vault_key(vault_dir), CIPHER_PAGE_SIZE)
    assert not list((vault_dir / "evidence").iterdir())
    with Vault.open(vault_dir, PASSPHRASE) as reopened:
        assert verify_vault(Store(reopened)) == []
        assert [
            a[0]
            for a in reopened.conn.execute("SELECT action FROM audit_log WHERE action = 'purge'")
        ]


def test_delete_hides_everything_under_it_and_undo_restores_it_identically(canary_case, store):
    case, incident, _person = canary_case
    before = {
        r.id: content_hash(r.content())
        for cls in (Case, Incident, Evidence, Indicator)
        for r in store.find(cls)
    }
    done = deletion.delete(store, case.id)
    assert {r.KIND for r in done.records} >= {"case", "incident", "evidence", "indicator"}
    assert not store.exists(Incident, incident.id)
    # the person is not the case's: only their link to the incident went with it
    assert {h.kind for h in search(store.vault.conn, CANARY)} == {"actor"}
    assert deletion.deleted_batches(store)[0][0] == done.batch
    deletion.undo(store, done.batch)
    after = {
        r.id: content_hash(r.content())
        for cls in (Case, Incident, Evidence, Indicator)
        for r in store.find(cls)
    }
    assert after == before
    assert verify_vault(store) == []
    actions = [
        e.action
        for e in __import__("hrdoc.core.audit", fromlist=["x"]).entries(store.vault.conn, case.id)
    ]
    assert actions[-2:] == ["delete", "undelete"]


def test_a_deleted_record_can_be_purged(canary_case, store, vault_dir, hrdoc_home):
    case, _incident, person = canary_case
    deletion.delete(store, case.id)
    deletion.purge(store, case.id)
    deletion.purge(store, person.id)
    assert deletion.deleted_batches(store) == []
    assert verify_vault(store) == []
    store.vault.lock()
    assert not found(everything(vault_dir, hrdoc_home), CANARY)


def test_the_command_line_deletes_undoes_and_purges(cli, vault_dir):
    assert cli("init", "--sample").code == 0
    case_id = cli("case", "list", "--json").out
    import json as _json

    case = _json.loads(case_id)[0]["id"]
    refused = cli("delete", case)
    assert refused.code == 2 and "--yes" in refused.err
    deleted = cli("delete", case, "--yes")
    assert deleted.code == 0 and "hrdoc undo" in deleted.out
    assert _json.loads(cli("incident", "list", "--json").out) == []
    assert cli("undo").code == 0
    assert len(_json.loads(cli("incident", "list", "--json").out)) == 5
    assert cli("purge", case, "--yes").code == 0
    assert _json.loads(cli("case", "list", "--json").out) == []
    assert cli("verify").code == 0


def test_purging_a_person_can_take_their_name_out_of_other_records(store, vault_dir, hrdoc_home):
    person = store.add(Actor(name="Samira Cnryhaddad", contact="+961 3 123 456"))
    case = store.add(Case(title="c"))
    incident = store.add(
        Incident(case_id=case.id, title="raid", description="Samira Cnryhaddad was taken")
    )
    incident.description += "; her sister Samira CNRYHADDAD too (+961 3 123 456)"
    store.update(incident)  # the old version names her as well
    other = store.add(Incident(case_id=case.id, title="unrelated"))
    places = deletion.mentions(store, person)
    assert {(r.id, f) for r, f in places} == {(incident.id, "description")}
    deletion.redact_mentions(store, person)
    deletion.purge(store, person.id)
    assert "[name withheld]" in store.get(Incident, incident.id).description
    assert store.get(Incident, other.id).title == "unrelated"
    assert verify_vault(store) == []
    store.vault.lock()
    blob = everything(vault_dir, hrdoc_home)
    assert not found(blob, "Cnryhaddad") and not found(blob, "CNRYHADDAD")
    assert b"123 456" not in blob


def test_the_command_line_lists_where_a_purged_person_is_still_named(cli):
    import json as _json

    assert cli("init").code == 0
    case = cli("case", "add", "--title", "c").out.strip()
    incident = cli("incident", "add", "--case", case, "--title", "Karim Nassar arrested").out
    person = cli(
        "actor", "add", "--name", "Karim Nassar", "--incident", incident.strip(), "--role", "target"
    ).out.strip()
    listed = cli("purge", person, "--yes")
    assert listed.code == 0 and "still named in incident" in listed.out
    assert "--redact-mentions" in listed.out
    person = cli("actor", "add", "--name", "Karim Nassar").out.strip()
    done = cli("purge", person, "--yes", "--redact-mentions")
    assert done.code == 0 and "removed the name from 1 record" in done.out
    titles = [i["title"] for i in _json.loads(cli("incident", "list", "--json").out)]
    assert titles == ["[name withheld] arrested"]
