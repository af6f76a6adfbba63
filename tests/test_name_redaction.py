"""Withheld names in every written form stay out of everything that leaves.

The forms are generated (tests/name_forms.py): diacritics, tatweel, clitic
prefixes, Persian letters, bare alef, NFD, no accents, zero-width and
soft-hyphen characters, fullwidth, confusable letters, line-break
hyphenation, case, identifiers (handles, file names, e-mail local parts,
CamelCase), and pairs of these.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdoc.core.namematch import NameMatcher, Person
from hrdoc.core.records import Actor, Case, Incident, Involvement, Sensitivity
from hrdoc.core.redaction import load_profile, redact
from tests.name_forms import SHORT_NAMES, leaks, name_and_form
from tests.test_reports import logical, need  # here: its @given tests may not be defined inside one

PUBLIC = Sensitivity.PUBLIC
BEFORE = "Reported on Monday: "
AFTER = " — then the helpline called back."


@settings(max_examples=400, deadline=None)
@given(name_and_form())
def test_every_generated_form_is_replaced_and_the_text_around_it_kept(pair):
    name, form = pair
    matcher = NameMatcher([Person("Person Q", (name,))])
    text = BEFORE + form + AFTER
    out, found = matcher.sub(text)
    assert found, f"{form!r} was not found"
    assert not leaks(name, out), f"{form!r} became {out!r}"
    assert out.startswith(BEFORE) and out.endswith(AFTER), out
    assert "Person Q" in out


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(SHORT_NAMES), st.sampled_from(["met", "and", "saw"]))
def test_short_words_are_replaced_only_inside_the_full_name(name, word):
    first, last = name.split(" ")
    matcher = NameMatcher([Person("Person Q", (name,))])
    out, _ = matcher.sub(f"{name} {word} {last} {first}; {first} alone")
    assert out == f"Person Q {word} Person Q; {first} alone"
    assert matcher.too_short == sorted({first.lower(), last.lower()})


def test_contact_details_match_whatever_their_spacing():
    matcher = NameMatcher(
        [Person("Person Q", ("Nadia Farouk",), "+971 50 123 4567; nadia.f@example.org")]
    )
    for written in ("050-123-4567", "+971501234567", "(050) 123 45 67", "٠٥٠١٢٣٤٥٦٧"):
        out, _ = matcher.sub(f"call {written} today")
        assert out == "call Person Q today", written
    out, _ = matcher.sub("mail NADIA.F@example.org please")
    assert out == "mail Person Q please"


def test_a_word_that_is_also_a_common_word_is_listed_for_review():
    matcher = NameMatcher([Person("Person Q", ("Amal Rose",))])
    out, found = matcher.sub("the rose garden, where Rose worked")
    assert "rose" not in out.lower()
    assert [m.unsure for m in found] == [True, True]


def _vault_records(form: str, other_form: str) -> tuple[list, list[Actor]]:
    case = Case(title="Case", sensitivity=PUBLIC)
    incident = Incident(
        case_id=case.id,
        title="Arrest",
        description=f"{BEFORE}{form}{AFTER}",
        sensitivity=PUBLIC,
        field_sensitivity={},
    )
    person = Actor(
        name=NAME,
        sensitivity=PUBLIC,
        attributes={f"about {form}": f"file of {form}"},
        description=f"also {other_form}",
    )
    link = Involvement(incident_id=incident.id, actor_id=person.id, sensitivity=PUBLIC)
    stranger = Actor(name=OTHER, sensitivity=PUBLIC)  # in no exported incident
    return [case, incident, person, link], [person, stranger]


NAME = "Mariam Al-Khatib"
OTHER = "Ahmed Mansour"


@pytest.mark.parametrize("profile", ["public", "partner"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.data(),
)
def test_redacted_records_hold_no_form_of_any_withheld_name(profile, data):
    _, form = data.draw(name_and_form([NAME]))
    _, other_form = data.draw(name_and_form([OTHER]))
    records, actors = _vault_records(form, other_form + " and " + form)
    out = redact(records, load_profile(profile), others=actors)
    text = repr(out.records)
    assert not leaks(NAME, text), text
    assert not leaks(OTHER, text), text
    incident = out.of("incident")[0]
    assert incident["description"].startswith(BEFORE)
    assert incident["description"].endswith(AFTER)


def test_the_checker_itself_sees_forms():
    assert leaks("مريم الخطيب", "met ولمريم")
    assert leaks(NAME, "scan_MARIAM_2024.pdf")
    assert leaks("Li Na", "LI  NA")
    assert not leaks("Li Na", "Li alone")


# --- through every exporter ---------------------------------------------------------


@pytest.fixture
def two_vaults(parties):
    return parties


@pytest.mark.slow
@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(name_and_form([NAME]), min_size=8, max_size=8), st.data())
def test_no_format_of_any_export_holds_a_withheld_name(two_vaults, tmp_path, forms, data):
    import io
    import subprocess
    import tarfile

    import pyrage

    from hrdoc.core.evidence import add_evidence
    from hrdoc.exchange.bundle import export_bundle
    from hrdoc.reports.export import export_report

    a, _b = two_vaults
    written = [form for _, form in forms]
    other = data.draw(name_and_form([OTHER]))[1]
    store = a.store
    case = store.add(Case(title="Raid", sensitivity=PUBLIC))
    incident = store.add(
        Incident(
            case_id=case.id,
            title="Phone seized",
            description=" | ".join(written) + f" and {other}.",
            sensitivity=PUBLIC,
        )
    )
    person = store.add(
        Actor(
            name=NAME,
            aliases=["مريم الخطيب"],
            sensitivity=PUBLIC,
            attributes={f"note on {written[0]}": written[1]},
            contact="+961 3 555 019 / mariam.k@example.org",
        )
    )
    store.add(Involvement(incident_id=incident.id, actor_id=person.id, sensitivity=PUBLIC))
    other_case = store.add(Case(title="Other", sensitivity=Sensitivity.SECRET))
    other_incident = store.add(Incident(case_id=other_case.id, title="x"))
    stranger = store.add(Actor(name=OTHER))
    store.add(Involvement(incident_id=other_incident.id, actor_id=stranger.id))
    add_evidence(
        store,
        incident.id,
        io.BytesIO(b"scan"),
        f"passport_{written[2]}.txt",
        sensitivity=PUBLIC,
        publishable=True,
        description=written[3],
    )
    incident.description += " Call +961 3 555 019, or ولمريم."
    store.update(incident)

    outputs: list[str] = []
    for profile in ("public", "partner"):
        for fmt in ("html", "json", "csv", "pdf"):
            dest = tmp_path / f"{profile}.{fmt}"
            export_report(store, profile=profile, fmt=fmt, dest=dest, case_ids=[case.id])
            raw = dest.read_bytes()
            outputs.append(raw.decode("utf-8", errors="replace"))
            if fmt == "pdf":
                text = subprocess.run(
                    [need("pdftotext"), "-enc", "UTF-8", str(dest), "-"],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                outputs.append(logical(text))
    bundle = tmp_path / "partner.age"
    card = __import__("hrdoc.exchange.contacts", fromlist=["get"]).get(a.vault, "NGO B").card
    export_bundle(store, profile="partner", dest=bundle, to=[card], case_ids=[case.id])
    identity = _b.identity.age_identity()
    plain = pyrage.decrypt(bundle.read_bytes(), [identity])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        for member in tar:
            outputs.append(member.name)
            outputs.append(tar.extractfile(member).read().decode("utf-8", errors="replace"))
    for out in outputs:
        assert not leaks(NAME, out), out[:2000]
        assert not leaks("مريم الخطيب", out), out[:2000]
        assert not leaks(OTHER, out), out[:2000]
        assert "555 019" not in out and "mariam.k" not in out.lower()
