"""The redaction function and its profiles."""

from __future__ import annotations

import json

import pytest

from hrdoc.core.records import (
    Actor,
    Case,
    Incident,
    Involvement,
    Record,
    Sensitivity,
)
from hrdoc.core.redaction import (
    Profile,
    RedactionError,
    _assert_no_secret,
    load_profile,
    profile_names,
    redact,
)

PUBLIC = Sensitivity.PUBLIC


def people_case(n_people: int = 5) -> list[Record]:
    case = Case(title="c", sensitivity=PUBLIC)
    incident = Incident(
        case_id=case.id,
        title="Arrest",
        description="Witnesses saw Layla  NOUR and her brother.",
        start_date="2024-03-05",
        start_precision="day",
        country="TN",
        region="Sfax",
        place="Rue 7",
        sensitivity=PUBLIC,
    )
    records: list[Record] = [case, incident]
    for i in range(n_people):
        actor = Actor(name=f"Person{i} Surname{i}", sensitivity=PUBLIC)
        records.append(actor)
        for _ in range(2):
            records.append(
                Involvement(incident_id=incident.id, actor_id=actor.id, sensitivity=PUBLIC)
            )
    layla = Actor(name="Layla Nour", aliases=["Umm Sami"], sensitivity=PUBLIC)
    records += [layla, Involvement(incident_id=incident.id, actor_id=layla.id, sensitivity=PUBLIC)]
    return records


def test_shipped_profiles_load():
    assert {"public", "partner", "full"} <= set(profile_names())
    assert load_profile("public").max_sensitivity == Sensitivity.PUBLIC
    assert load_profile("full").allow_secret


@pytest.mark.parametrize(
    "change, message",
    [
        ({"colour": "red"}, "unknown setting"),
        ({"date": "decade"}, "date must be one of"),
        ({"fields": {"incident": {"titel": "remove"}}}, "unknown field incident.titel"),
        ({"fields": {"spaceship": {}}}, "unknown record kind"),
        ({"fields": {"incident": {"title": "keep"}}}, "must be 'remove'"),
        ({"max_sensitivity": "secret", "allow_secret": False}, "would put secret fields"),
        ({"version": 2}, "unsupported version"),
        ({"profile": "../etc"}, "short name"),
    ],
)
def test_malformed_profiles_are_errors(change, message):
    doc = load_profile("partner").to_dict() | change
    with pytest.raises(RedactionError, match=message):
        Profile.from_dict(doc, "test")


def test_user_profiles_live_in_hrdoc_home(hrdoc_home):
    folder = hrdoc_home / "redaction"
    folder.mkdir(parents=True)
    doc = load_profile("public").to_dict() | {"profile": "press", "date": "year"}
    (folder / "press.json").write_text(json.dumps(doc))
    assert load_profile("press").date == "year"
    assert "press" in profile_names()
    (folder / "broken.json").write_text("{not json")
    with pytest.raises(RedactionError, match="not valid JSON"):
        load_profile("broken")


def test_redaction_does_not_modify_its_input():
    records = people_case()
    before = [r.to_dict() for r in records]
    redact(records, load_profile("public"))
    assert [r.to_dict() for r in records] == before


def test_pseudonyms_are_consistent_within_an_export():
    out = redact(people_case(), load_profile("public"))
    names = {a["id"]: a["name"] for a in out.of("actor")}
    assert sorted(names.values()) == [f"Person {c}" for c in "ABCDEF"]
    per_actor: dict[str, set[str]] = {}
    for inv in out.of("involvement"):
        per_actor.setdefault(inv["actor_id"], set()).add(names[inv["actor_id"]])
    assert all(len(v) == 1 for v in per_actor.values())


def test_pseudonyms_differ_between_exports_unless_stable():
    records = people_case()
    by_actor = {r.id: r for r in records if isinstance(r, Actor)}

    def mapping(**kwargs):
        out = redact(records, load_profile("partner"), **kwargs)
        return {a["id"]: a["name"] for a in out.of("actor")}

    assert set(by_actor) == set(mapping())  # partner keeps ids
    seen = {tuple(sorted(mapping().items())) for _ in range(10)}
    assert len(seen) > 1, "random pseudonyms must not repeat export after export"
    key = b"k" * 32
    assert mapping(stable_key=key) == mapping(stable_key=key)
    assert mapping(stable_key=key) != mapping(stable_key=b"x" * 32)


def test_public_replaces_ids_and_drops_vault_metadata():
    records = people_case()
    out = redact(records, load_profile("public"))
    original = {r.id for r in records}
    for rows in out.records.values():
        for row in rows:
            assert row["id"] not in original
            assert "author" not in row and "created_at" not in row
    incident_id = out.of("incident")[0]["id"]
    assert {i["incident_id"] for i in out.of("involvement")} == {incident_id}


def test_places_and_dates_are_generalised_and_counted():
    out = redact(people_case(), load_profile("public"))
    incident = out.of("incident")[0]
    assert incident["start_date"] == "2024-03" and incident["start_precision"] == "month"
    assert incident["country"] == "TN"
    assert "region" not in incident and "place" not in incident
    counts = out.summary.to_dict()["fields"]
    assert counts["generalised"]["incident.start_date"] == 1
    assert counts["generalised"]["incident.region"] == 1


def test_names_in_free_text_are_replaced_with_variants_and_counted():
    out = redact(people_case(), load_profile("public"))
    text = out.of("incident")[0]["description"]
    assert "layla" not in text.lower() and "nour" not in text.lower()
    assert text.startswith("Witnesses saw Person ")
    assert out.summary.to_dict()["fields"]["names in text"]["incident.description"] == 1


def test_names_split_across_spacing_and_case_and_aliases():
    records = people_case(0)
    incident = next(r for r in records if isinstance(r, Incident))
    incident.description = "UMM   sami told us; later layla-nour and NOUR alone."
    out = redact(records, load_profile("public"))
    text = out.of("incident")[0]["description"]
    for word in ("umm", "sami", "layla", "nour"):
        assert word not in text.lower(), text


def test_restricted_records_and_their_children_are_withheld():
    records = people_case()
    incident = next(r for r in records if isinstance(r, Incident))
    incident.sensitivity = Sensitivity.RESTRICTED
    out = redact(records, load_profile("public"))
    assert out.of("incident") == [] and out.of("involvement") == [] and out.of("actor") == []
    assert out.summary.dropped_records["incident"] == 1
    partner = redact(records, load_profile("partner"))
    assert len(partner.of("incident")) == 1


def test_secret_names_become_pseudonyms_for_partners():
    records = people_case(1)
    for record in records:
        record.sensitivity = Sensitivity.RESTRICTED
    out = redact(records, load_profile("partner"))
    names = sorted(a["name"] for a in out.of("actor"))
    assert names == ["Person A", "Person B"]  # a person's name starts secret


def test_the_output_check_refuses_a_secret_field():
    case = Case(title="secret title", field_sensitivity={"title": Sensitivity.SECRET})
    with pytest.raises(RedactionError, match=r"secret field case\.title"):
        _assert_no_secret(case, {"title": "secret title"}, 1)


def test_a_name_part_shared_by_two_people_names_neither():
    records = people_case(0)
    incident = next(r for r in records if isinstance(r, Incident))
    other = Actor(name="Karim Nour", sensitivity=PUBLIC)
    records += [other, Involvement(incident_id=incident.id, actor_id=other.id, sensitivity=PUBLIC)]
    incident.description = "Nour was seen; Layla Nour and Karim Nour too."
    out = redact(records, load_profile("public"))
    names = {a["name"] for a in out.of("actor")}
    text = out.of("incident")[0]["description"]
    assert text.startswith("[name withheld] was seen; Person ")
    assert {text.split("; ")[1].split(" and ")[0], text.split(" and ")[1][:-5]} == names


@pytest.mark.parametrize(
    ("lang", "person"), [("en", "Person"), ("ar", "الشخص"), ("es", "Persona"), ("fr", "Personne")]
)
def test_pseudonyms_speak_the_reports_language(lang, person):
    """An Arabic report says "الشخص أ", not "Person A", in its tables and where
    a name was replaced in its text."""
    from hrdoc.core.redaction import PSEUDONYM_WORDS

    out = redact(people_case(), load_profile("public"), lang=lang)
    names = sorted(a["name"] for a in out.of("actor"))
    alphabet = PSEUDONYM_WORDS[lang][3]
    assert names == sorted(f"{person} {alphabet[n]}" for n in range(6))
    text = out.of("incident")[0]["description"]
    assert f" {person} " in text and "layla" not in text.lower()


@pytest.mark.parametrize("lang", ["en", "ar", "es", "fr"])
def test_pseudonym_letters_never_repeat(lang):
    """A, B, ... Z, AA, AB ...: every actor of a large case a label of its own."""
    from hrdoc.core.redaction import PSEUDONYM_WORDS, _letters

    alphabet = PSEUDONYM_WORDS[lang][3]
    labels = [_letters(n, alphabet) for n in range(5000)]
    assert len(set(labels)) == len(labels)
    assert labels[: len(alphabet)] == list(alphabet)
