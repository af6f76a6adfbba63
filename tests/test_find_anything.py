"""One search box finds incidents through everything about them, and Arabic
text is folded alike at indexing and at query time (issue 12)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrdoc.core.records import Case, Incident
from hrdoc.core.sample import load_sample
from hrdoc.core.search import incident_ids
from hrdoc.core.textnorm import fold, folded


@pytest.fixture
def sample(store):
    load_sample(store)
    return store


def titles(store, query: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {store.get(Incident, i).title for i in incident_ids(store.vault.conn, query)}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("karim", "SMS lure with link promising news about detainees"),  # a person
        ("Mona", "Night raid"),  # another person
        ("vendor", "Forensic check finds traces of mercenary spyware"),  # a perpetrator
        ("cdn-sync", "Forensic check finds traces of mercenary spyware"),  # an indicator
        ("0199", "SMS lure with link promising news about detainees"),  # a phone number
    ],
)
def test_the_sample_queries_find_their_incidents(sample, query, expected):
    found = titles(sample, query)
    assert any(t.startswith(expected) for t in found), (query, found)


def test_no_match_is_an_empty_list(sample):
    assert incident_ids(sample.vault.conn, "zzqqxx") == []


@pytest.mark.parametrize(
    "stored, typed",
    [
        ("مقابلة مع الصحفي", "صحفي"),  # the article
        ("وصل والصحفي", "صحفي"),  # conjunction and article
        ("شهادة أحمد", "احمد"),  # hamza on alef
        ("شهادة احمد", "أحمد"),
        ("إيمان", "ايمان"),  # hamza below
        ("آمنة", "امنه"),  # madda, taa marbuta
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مَرْيَم", "مريم"),  # diacritics
        ("مريـــم", "مريم"),  # tatweel
        ("رقم ٠١٩٩", "0199"),  # Arabic-Indic digits
        ("کریم", "كريم"),  # Persian kaf and yeh
    ],
)
def test_arabic_is_folded_alike_when_stored_and_when_typed(store, stored, typed):
    case = store.add(Case(title="c"))
    incident = store.add(Incident(case_id=case.id, title="t", description=stored))
    assert incident_ids(store.vault.conn, typed) == [incident.id]


@pytest.mark.parametrize(
    "country, query", [("TN", "Tunisia"), ("TN", "تونس"), ("TN", "Túnez"), ("TN", "tunisie")]
)
def test_a_country_is_found_by_its_name_in_four_languages(store, country, query):
    case = store.add(Case(title="c"))
    incident = store.add(Incident(case_id=case.id, title="t", country=country))
    assert incident_ids(store.vault.conn, query) == [incident.id]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_the_fast_fold_is_the_one_fold(text):
    assert folded(text) == fold(text).text


def test_filters_combine_with_each_other_and_with_search(cli):
    import json

    assert cli("init", "--sample").code == 0

    def listed(*flags: str) -> set[str]:
        result = cli("incident", "list", "--json", *flags)
        assert result.code == 0, result.err
        return {i["title"][:20] for i in json.loads(result.out)}

    everything = listed()
    assert len(everything) == 5
    sms = listed("--type", "malicious_link_sms")
    assert len(sms) == 2
    assert listed("--type", "malicious_link_sms", "--since", "2016-08-11") == {
        t for t in sms if t.startswith("Second")
    }
    assert listed("--until", "2016-08") == listed("--since", "2016", "--until", "2016-12")
    assert listed("--until", "2015") == set()
    assert listed("--search", "karim", "--type", "malicious_link_sms") <= sms
    assert listed("--with-evidence") | listed("--without-evidence") == everything
    assert listed("--with-evidence").isdisjoint(listed("--without-evidence"))
    assert listed("--received-from", "nobody") == set()
