"""Records: round trip, validation, versions, sensitivity defaults."""

from __future__ import annotations

import io

import pytest

from hrdoc.core.errors import InvalidInput
from hrdoc.core.evidence import add_evidence
from hrdoc.core.records import (
    RECORD_TYPES,
    Actor,
    Case,
    Evidence,
    Incident,
    Sensitivity,
)
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.records_factory import full_records


def audit_count(store: Store) -> int:
    return store.vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_every_record_type_round_trips_through_a_locked_vault(created, vault_dir):
    store = Store(created.vault)
    records = full_records("round trip ✓ عربي")
    for record in records:
        store.add(record)
    incident_id = records[1].id
    evidence = add_evidence(
        store, incident_id, io.BytesIO(b"bytes"), "photo.jpg", captured_at="2024-03-05"
    )
    records.append(evidence)
    assert {type(r) for r in records} == set(RECORD_TYPES)
    created.vault.lock()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        again = Store(vault)
        for record in records:
            loaded = again.get(type(record), record.id)
            assert loaded.to_dict() == record.to_dict(), record.KIND


def test_people_names_and_contacts_start_secret():
    person = Actor(name="Someone")
    assert person.sensitivity == Sensitivity.RESTRICTED
    for name in ("name", "aliases", "contact"):
        assert person.effective_sensitivity(name) == Sensitivity.SECRET
    org = Actor(kind="organisation", name="A ministry")
    assert org.effective_sensitivity("name") == Sensitivity.RESTRICTED
    assert Incident(title="x").effective_sensitivity("sources") == Sensitivity.SECRET
    assert Incident(title="x").effective_sensitivity("title") == Sensitivity.RESTRICTED


def test_a_secret_record_makes_every_field_secret():
    case = Case(title="t", sensitivity=Sensitivity.SECRET)
    assert case.effective_sensitivity("title") == Sensitivity.SECRET


def test_update_keeps_every_previous_version(store):
    case = store.add(Case(title="first"))
    data = case.to_dict() | {"title": "second"}
    store.update(Case.from_dict(data))
    data["title"] = "third"
    store.update(Case.from_dict(data))
    versions = store.versions(case.id)
    assert [v.title for v in versions] == ["first", "second", "third"]  # type: ignore[attr-defined]
    assert [v.version for v in versions] == [1, 2, 3]
    actions = [e["action"] for e in store.history(case.id)["audit"]]
    assert actions == ["create", "update", "update"]


def test_saving_unchanged_content_adds_no_version(store):
    case = store.add(Case(title="same"))
    before = audit_count(store)
    store.update(Case.from_dict(case.to_dict()))
    assert audit_count(store) == before
    assert len(store.versions(case.id)) == 1


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"start_date": "2024-13-01", "start_precision": "day"}, "not a real date"),
        ({"start_date": "2024-03", "start_precision": "day"}, "does not match precision"),
        ({"start_date": "yesterday"}, "does not match"),
        ({"types": ["teleportation"]}, "not a known term"),
        ({"verification": "proven"}, "not a known term"),
        ({"country": "XQ"}, "not an ISO 3166"),
        ({"latitude": 95.0, "longitude": 1.0}, "between -90 and 90"),
        ({"latitude": 10.0}, "both latitude and longitude"),
        ({"title": "  "}, "title is required"),
        ({"sensitivity": "top-secret"}, "public, restricted or secret"),
        ({"case_id": "3f1b6c1e-0000-4000-8000-000000000000"}, "names no case"),
        ({"end_date": "2023-01-01", "end_precision": "day"}, "before the start"),
    ],
)
def test_invalid_incident_is_refused_and_changes_nothing(store, changes, message):
    case = store.add(Case(title="c"))
    before = audit_count(store)
    base = {"case_id": case.id, "title": "ok", "start_date": "2024-03-01"}
    with pytest.raises(InvalidInput, match=message):
        store.add(Incident.from_dict(base | changes))
    assert audit_count(store) == before
    assert store.count(Incident) == 0


def test_unknown_field_in_input_is_an_error_not_silently_dropped():
    with pytest.raises(InvalidInput, match=r"unknown field.*titel"):
        Incident.from_dict({"titel": "typo"})


def test_actor_and_involvement_are_added_together_or_not_at_all(store):
    records = full_records()
    store.add_all(records[:2])
    actor, involvement = records[2], records[3]
    involvement.role = "bystander"  # not in the vocabulary
    with pytest.raises(InvalidInput, match="role"):
        store.add_all([actor, involvement])
    assert store.count(Actor) == 0


def test_evidence_metadata_is_validated(store):
    with pytest.raises(InvalidInput, match="sha256"):
        Evidence(incident_id="x", file_name="f", sha256="abc").validate(store.vocab)
