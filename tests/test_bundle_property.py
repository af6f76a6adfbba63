"""Random record sets round-trip through export and import, and what counts as a
conflict (Hypothesis)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import RECORD_TYPES, Actor, Case, Incident, Involvement, Sensitivity
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.exchange import contacts
from hrdoc.exchange.bundle import export_bundle, import_bundle
from hrdoc.exchange.bundle_import import _differs_only_by_redaction
from hrdoc.exchange.identity import VaultIdentity

text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60
)
title = text.filter(lambda t: t.strip() != "")
sensitivity = st.sampled_from(list(Sensitivity))


@st.composite
def record_sets(draw):
    records = []
    for _ in range(draw(st.integers(1, 2))):
        case = Case(title=draw(title), description=draw(text), sensitivity=draw(sensitivity))
        records.append(case)
        for _ in range(draw(st.integers(0, 3))):
            incident = Incident(
                case_id=case.id,
                title=draw(title),
                description=draw(text),
                start_date=draw(st.sampled_from([None, "2020", "2021-02", "2022-03-04"])),
                types=draw(st.lists(st.sampled_from(["arrest", "phishing", "raid"]), unique=True)),
                sources=draw(st.lists(text, max_size=2)),
                sensitivity=draw(sensitivity),
            )
            records.append(incident)
            for _ in range(draw(st.integers(0, 2))):
                actor = Actor(name=draw(title), aliases=draw(st.lists(title, max_size=2)))
                records += [actor, Involvement(incident_id=incident.id, actor_id=actor.id)]
    return records


def comparable(record) -> dict:
    return {k: v for k, v in record.to_dict().items() if k not in ("version", "updated_at")}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=record_sets())
def test_random_records_round_trip(records):
    with tempfile.TemporaryDirectory() as folder:
        a, _ = Vault.create(
            Path(folder) / "a", "passphrase a long enough for tests", kdf_params=Argon2Params()
        )
        b, _ = Vault.create(
            Path(folder) / "b", "passphrase b long enough for tests", kdf_params=Argon2Params()
        )
        try:
            contacts.add(a, VaultIdentity(b).card(), name="B")
            contacts.add(b, VaultIdentity(a).card(), name="A")
            store_a, store_b = Store(a), Store(b)
            store_a.add_all(records)
            bundle = Path(folder) / "x.age"
            export_bundle(store_a, profile="full", dest=bundle, to=[VaultIdentity(b).card()])
            import_bundle(store_b, bundle)
            for cls in RECORD_TYPES:
                mine = {r.id: comparable(r) for r in store_a.find(cls)}
                theirs = {r.id: comparable(r) for r in store_b.find(cls)}
                assert mine == theirs, cls.KIND
            before = store_b.count(Incident)
            import_bundle(store_b, bundle)
            assert store_b.count(Incident) == before
        finally:
            a.lock()
            b.lock()


# --- what counts as a conflict --------------------------------------------------------

_TEXT = st.text(min_size=1, max_size=20)
_HIDDEN = {  # secret by default: a partner profile withholds them
    "sources": st.lists(_TEXT, max_size=3),
    "latitude": st.floats(-90, 90, allow_nan=False),
}
_VISIBLE = {"title": _TEXT, "description": _TEXT, "region": _TEXT}
_PARTNER = {"profile": {"max_sensitivity": "restricted"}}


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_only_withheld_fields_differing_is_no_conflict(data):
    base = Incident(case_id="c", title="t", latitude=1.0, longitude=2.0)
    changed = Incident.from_dict(base.to_dict())
    hidden = data.draw(st.lists(st.sampled_from(sorted(_HIDDEN)), unique=True))
    visible = data.draw(st.lists(st.sampled_from(sorted(_VISIBLE)), unique=True))
    for name in hidden:
        setattr(changed, name, data.draw(_HIDDEN[name]))
    for name in visible:
        setattr(changed, name, data.draw(_VISIBLE[name]))
    differs_visibly = any(getattr(changed, n) != getattr(base, n) for n in visible)
    assert _differs_only_by_redaction(base, changed, _PARTNER) is not differs_visibly
    # a full bundle withholds nothing: every difference is one
    full = {"profile": {"max_sensitivity": "secret"}}
    assert not _differs_only_by_redaction(base, changed, full) or changed.same_content(base)
    # a field made public on one side is compared
    base.field_sensitivity["sources"] = Sensitivity.PUBLIC
    changed.field_sensitivity["sources"] = Sensitivity.PUBLIC
    if changed.sources != base.sources:
        assert not _differs_only_by_redaction(base, changed, _PARTNER)
