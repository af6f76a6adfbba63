"""Vocabularies as data, in four languages; the fictional sample case."""

from __future__ import annotations

import json
from importlib import resources

from hrdoc.core.records import Actor, Case, Evidence, Incident, Indicator
from hrdoc.core.sample import load_sample
from hrdoc.core.vocab import LANGUAGES, load

REQUIRED_INCIDENT_TYPES = {
    "spyware_infection",
    "zero_click_exploit",
    "malicious_link_sms",
    "malicious_link_messenger",
    "phishing",
    "account_compromise",
    "device_seizure",
    "device_search_border",
    "arrest",
    "detention",
    "physical_surveillance",
    "harassment",
    "travel_ban",
    "raid",
}


def test_every_term_has_a_label_in_every_language():
    vocab = load()
    assert {"incident_types", "involvement_roles", "verification_status", "indicator_types"} <= set(
        vocab.names()
    )
    for name in vocab.names():
        for term in vocab[name].terms:
            for lang in LANGUAGES:
                assert term.labels.get(lang, "").strip(), (name, term.code, lang)


def test_digital_targeting_types_are_present():
    assert set(load()["incident_types"].codes) >= REQUIRED_INCIDENT_TYPES


def test_arabic_labels_are_arabic():
    label = load()["incident_types"].label("spyware_infection", "ar")
    assert any("\u0600" <= ch <= "\u06ff" for ch in label)


def test_sample_case_loads_and_uses_only_fictional_people(store):
    counts = load_sample(store)
    assert counts["case"] == 1 and counts["incident"] >= 5 and counts["evidence"] == 1
    incidents = store.find(Incident)
    types = {t for i in incidents for t in i.types}
    assert {"malicious_link_sms", "arrest", "spyware_infection"} <= types
    for actor in store.find(Actor):
        assert "fictional" in actor.name.lower(), actor.name
    assert "fictional" in store.find(Case)[0].title.lower()
    for indicator in store.find(Indicator):
        if indicator.type in ("domain", "url"):
            assert ".example" in indicator.value  # reserved, never a real host
    assert store.find(Evidence)[0].size > 0


def test_sample_file_is_valid_json_with_an_about_note():
    text = resources.files("hrdoc.resources").joinpath("sample/sample_case.json").read_text("utf-8")
    assert "FICTIONAL" in json.loads(text)["about"]
