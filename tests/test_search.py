"""Full-text search: ranked, safe with any input, kept current on edits."""

from __future__ import annotations

import pytest

from hrdoc.core.records import Actor, Case, Incident, Indicator
from hrdoc.core.search import search, to_match_query


@pytest.fixture
def data(store):
    case = store.add(Case(title="Border case", description="devices searched"))
    a = store.add(Incident(case_id=case.id, title="Phone seized at the border", description="x"))
    b = store.add(
        Incident(case_id=case.id, title="Interview", description="mentions the border only here")
    )
    c = store.add(
        Incident(case_id=case.id, title="رسالة نصية خبيثة", description="رابط إلى موقع تجسس")
    )
    actor = store.add(Actor(name="Amira Example", aliases=["Umm Khalil"]))
    ioc = store.add(Indicator(incident_id=a.id, type="domain", value="free-news-update.example"))
    return {"case": case, "a": a, "b": b, "c": c, "actor": actor, "ioc": ioc}


def ids(hits):
    return [h.id for h in hits]


def test_title_match_ranks_above_description_match(store, data):
    hits = [h for h in search(store.vault.conn, "border") if h.kind == "incident"]
    assert ids(hits) == [data["a"].id, data["b"].id]


def test_prefix_and_all_terms(store, data):
    assert data["a"].id in ids(search(store.vault.conn, "seiz bord"))
    assert data["a"].id not in ids(search(store.vault.conn, "seized interview"))


def test_actor_names_aliases_and_indicators_are_found(store, data):
    assert ids(search(store.vault.conn, "khalil")) == [data["actor"].id]
    assert ids(search(store.vault.conn, "free-news-update.example")) == [data["ioc"].id]
    assert data["ioc"].id in ids(search(store.vault.conn, "news-upd"))


def test_arabic_search(store, data):
    assert ids(search(store.vault.conn, "تجسس")) == [data["c"].id]
    assert ids(search(store.vault.conn, "رسالة")) == [data["c"].id]


@pytest.mark.parametrize(
    "typed",
    ['"', "AND", "border OR", "NEAR(a b)", "*", "a:b", "(border", "title:x", "-border", "'; DROP"],
)
def test_any_typed_text_is_safe(store, data, typed):
    search(store.vault.conn, typed)  # must not raise


def test_empty_query_finds_nothing(store, data):
    assert to_match_query("  ... ") == ""
    assert search(store.vault.conn, "") == []


def test_edits_are_reindexed(store, data):
    edited = Incident.from_dict(data["b"].to_dict() | {"title": "Checkpoint interrogation"})
    store.update(edited)
    assert data["b"].id in ids(search(store.vault.conn, "checkpoint"))
    assert data["b"].id not in ids(search(store.vault.conn, "interview"))


def test_very_broad_queries_put_title_matches_first_newest_first(store, monkeypatch):
    from hrdoc.core import search as search_module

    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    case = store.add(Case(title="c"))
    body_old = store.add(Incident(case_id=case.id, title="one", description="arrest at night"))
    title_old = store.add(Incident(case_id=case.id, title="arrest of a lawyer", description="x"))
    body_new = store.add(Incident(case_id=case.id, title="two", description="arrest again"))
    title_new = store.add(Incident(case_id=case.id, title="arrest at the border", description="y"))
    split = store.add(Incident(case_id=case.id, title="arrest", description="border"))
    hits = ids(search(store.vault.conn, "arrest"))
    assert hits == [split.id, title_new.id, title_old.id, body_new.id, body_old.id]
    # terms found in different columns still match
    monkeypatch.setattr(search_module, "RANK_LIMIT", 1)
    assert ids(search(store.vault.conn, "arrest border")) == [title_new.id, split.id]
    cross = store.add(Incident(case_id=case.id, title="checkpoint", description="lawyer held"))
    assert cross.id in ids(search(store.vault.conn, "checkpoint lawyer"))


def test_snippets_mark_the_matching_word(store, data):
    hits = search(store.vault.conn, "mentions")
    assert hits[0].snippet.startswith("[mentions]")
    from hrdoc.core.search import make_snippet

    text = " ".join(f"w{i}" for i in range(40)) + " Spyware here"
    assert (
        make_snippet(text, ["spy"])
        == "… " + " ".join(f"w{i}" for i in range(36, 40)) + " [Spyware] here"
    )
    assert make_snippet("no match at all", ["zzz"]) == "no match at all"
