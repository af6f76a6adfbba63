"""STIX 2.1 export in two dialects, loaded by the tools that read them: MVT's
own loader and check functions (mvt 2026.10), the OASIS validator in strict
mode (stix2-validator 3.3), the stix2 library, and MISP's converter
(misp-stix 2026.10). Values are generated (hypothesis), not chosen: any
indicator either reaches the tool intact or is named in the summary."""

from __future__ import annotations

import json
import logging
import string

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from hrdoc.core.records import Case, Incident, Indicator
from hrdoc.exchange.stix import parse_pattern, read_stix
from hrdoc.exchange.stix_export import export_stix, stix_time

mvt_indicators = pytest.importorskip("mvt.common.indicators")

HEX = "0123456789abcdef"
#: every hrdoc indicator type, with values a person could record for it
VALUES = {
    "domain": st.from_regex(r"[a-z0-9]{1,12}(\.[a-z0-9]{1,12}){1,3}", fullmatch=True),
    "url": st.builds(
        lambda host, path, query: f"https://{host}/{path}{query}",
        st.from_regex(r"[a-z]{3,10}\.example", fullmatch=True),
        st.text(string.ascii_letters + string.digits + "-_.~/%", max_size=20),
        st.sampled_from(["", "?id=1&x=2", "?q='x'", "#top"]),
    ),
    "ipv4": st.ip_addresses(v=4).map(str),
    "ipv6": st.ip_addresses(v=6).map(str),
    "email": st.from_regex(r"[a-z0-9.]{1,10}@[a-z]{2,8}\.example", fullmatch=True),
    "phone_number": st.from_regex(r"\+[0-9]{1,3} [0-9]{3} [0-9]{4}", fullmatch=True),
    "sms_sender": st.text(string.ascii_letters + string.digits + " -", min_size=1, max_size=11),
    # a value hrdoc accepts (a blank one is refused when recorded)
    "process_name": st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1).filter(
        str.strip
    ),
    "file_sha256": st.text(HEX, min_size=64, max_size=64),
    "file_sha1": st.text(HEX, min_size=40, max_size=40),
    "file_md5": st.text(HEX, min_size=32, max_size=32),
    "app_cert_hash": st.sampled_from([32, 40, 64]).flatmap(
        lambda n: st.text(HEX, min_size=n, max_size=n)
    ),
    "app_id": st.from_regex(r"[a-z]{2,8}(\.[a-z0-9_]{1,8}){1,3}", fullmatch=True),
    "android_property": st.from_regex(r"[a-z]{2,8}(\.[a-z0-9_]{1,8}){1,3}", fullmatch=True),
    "ios_profile_id": st.uuids().map(str),
    "file_name": st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1)
    .map(lambda s: s.replace("/", "_").replace("\\", "_"))
    .filter(lambda s: s.strip() == s and s),
    "file_path": st.lists(
        st.text(string.ascii_letters + string.digits + "._- '=", min_size=1, max_size=8),
        min_size=1,
        max_size=4,
    ).map(lambda parts: "/" + "/".join(parts)),
}
KINDS = sorted(VALUES)

#: MVT's check function for each collection it fills (mvt/common/indicators.py)
MVT_CHECK = {
    "domain": "check_domain",
    "url": "check_url",
    "ipv4": "check_domain",
    "email": "check_email",
    "process_name": "check_process",
    "file_sha256": "check_file_hash",
    "file_sha1": "check_file_hash",
    "file_md5": "check_file_hash",
    "app_cert_hash": "check_app_certificate_hash",
    "app_id": "check_app_id",
    "android_property": "check_android_property_name",
    "ios_profile_id": "check_profile",
    "file_name": "check_file_name",
    "file_path": "check_file_path",
}

indicator_lists = st.lists(
    st.sampled_from(KINDS).flatmap(lambda kind: st.tuples(st.just(kind), VALUES[kind])),
    min_size=1,
    max_size=6,
    unique_by=lambda pair: pair,
)


def fill(store, pairs) -> Incident:  # type: ignore[no-untyped-def]
    case = store.add(Case(title="c"))
    incident = store.add(
        Incident(case_id=case.id, title="lure", start_date="2016-08", types=["malicious_link_sms"])
    )
    for kind, value in pairs:
        store.add(Indicator(incident_id=incident.id, type=kind, value=value))
    return incident


def mvt_load(bundle: dict, tmp_path) -> object:  # type: ignore[no-untyped-def,type-arg]
    path = tmp_path / "hrdoc.stix2"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    loaded = mvt_indicators.Indicators(log=logging.getLogger("mvt-test"))
    loaded.parse_stix2(str(path))  # raises on a pattern it cannot split: the whole file lost
    return loaded


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pairs=indicator_lists)
def test_mvt_dialect_every_indicator_is_found_by_mvt_or_named_as_left_out(store, tmp_path, pairs):
    incident = fill(store, pairs)  # each example its own case, exported alone
    made = export_stix(store, profile="full", dialect="mvt", case_ids=[incident.case_id])
    assert made.indicators + sum(made.left_out.values()) == len(pairs)
    loaded = mvt_load(made.bundle, tmp_path)
    exported = {
        parse_pattern(o["pattern"]) for o in made.bundle["objects"] if o["type"] == "indicator"
    }
    for kind, value in pairs:
        from hrdoc.exchange.stix import normalise

        if (kind, normalise(kind, value)) not in exported:
            continue  # left out, and counted above
        match = getattr(loaded, MVT_CHECK[kind])(value)
        assert match is not None, (kind, value)
        # MVT matches domains (and IPs, which it files with them) as substrings
        # and names the first hit: another exported value inside this one may
        # be the one named, and that is MVT's rule, not a loss
        others = [v for k, v in exported if v != normalise(kind, value) and v in value.lower()]
        if not others:
            assert match.ioc.value.lower() == normalise(kind, value).lower()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pairs=indicator_lists)
@example(pairs=[("file_path", "/ ")])  # a name of spaces: read back as the path normalised
def test_stix_dialect_passes_the_oasis_validator_strictly_and_comes_back_whole(store, pairs):
    from stix2validator import ValidationOptions, validate_string

    incident = fill(store, pairs)
    made = export_stix(store, profile="full", dialect="stix", case_ids=[incident.case_id])
    assert made.indicators + sum(made.left_out.values()) == len(pairs)
    # only a hash that is not one is left out of the standard dialect
    assert all("hash" in why for _what, why in made.left_out)
    checked = validate_string(
        json.dumps(made.bundle),
        ValidationOptions(version="2.1", strict=True, strict_properties=True),
    )
    assert checked.is_valid, [e.message for r in checked.object_results for e in r.errors]
    _summary, rows = read_stix(json.dumps(made.bundle), "hrdoc.json")
    from hrdoc.exchange.stix import normalise

    back = {(kind, value) for kind, value, _family, _id in rows}
    assert back == {(k, normalise(k, v)) for k, v in pairs} - {
        (k, normalise(k, v)) for k, v in pairs if _left_out_hash(k, v)
    }


def _left_out_hash(kind: str, value: str) -> bool:
    return kind == "app_cert_hash" and len(value) not in (32, 40, 64)


def test_every_indicator_has_a_name_a_description_and_its_first_seen_date(store):
    stix2 = pytest.importorskip("stix2")
    incident = fill(store, [("domain", "weather4free.com"), ("phone_number", "+971 555 0100")])
    store.add(
        Indicator(
            incident_id=incident.id,
            type="url",
            value="https://x.example/a",
            first_seen="2016-08-10",
        )
    )
    for dialect in ("mvt", "stix"):
        made = export_stix(store, profile="full", dialect=dialect)
        parsed = stix2.parse(json.dumps(made.bundle), allow_custom=True)
        indicators = [o for o in parsed.objects if o.type == "indicator"]
        assert all(o.name and o.description for o in indicators)
        first_seen = {o.pattern: o.valid_from.strftime("%Y-%m-%d") for o in indicators}
        assert {v for p, v in first_seen.items() if "url" in p} == {"2016-08-10"}  # its own
        assert {v for p, v in first_seen.items() if "domain" in p} == {"2016-08-01"}  # incident's
    mvt = export_stix(store, profile="full", dialect="mvt")
    assert any("phone number" in line for line in mvt.summary_lines())


def test_the_mvt_url_with_an_equals_sign_no_longer_loses_the_whole_file(store, tmp_path):
    fill(store, [("url", "https://weather4free.com/track?id=1&x=2"), ("domain", "a.example")])
    made = export_stix(store, profile="full", dialect="mvt")
    loaded = mvt_load(made.bundle, tmp_path)  # parse_stix2 raised on the '=' before
    assert loaded.check_domain("a.example") is not None
    assert made.left_out and "=" in next(iter(made.left_out))[1]


def test_misp_keeps_every_indicator_with_its_description_and_first_seen(store):
    pytest.importorskip("misp_stix_converter")
    from misp_stix_converter import ExternalSTIX2toMISPParser
    from stix2.parsing import parse as stix2_parse

    pairs = [(kind, VALUES[kind].example()) for kind in KINDS]
    fill(store, pairs)
    made = export_stix(store, profile="full", dialect="stix")
    parser = ExternalSTIX2toMISPParser()
    parser.load_stix_bundle(stix2_parse(json.dumps(made.bundle), allow_custom=True))
    parser.parse_stix_bundle()
    event = parser.misp_event
    strings = list(_strings(json.loads(event.to_json())))
    for o in made.bundle["objects"]:
        if o["type"] == "indicator":
            kind, value = parse_pattern(o["pattern"])
            # as a typed attribute, inside the pattern MISP keeps as it is, or (a
            # file's folder, which MISP's converter does not map) in the comment
            escaped = value.replace("\\", "\\\\").replace("'", "\\'")
            assert any(value in s or escaped in s for s in strings), (kind, value)
    comments = {a.comment for a in event.attributes}
    assert all(c and "documented incident" in c for c in comments)
    assert all(a.first_seen for a in event.attributes)


def _strings(tree: object):  # type: ignore[no-untyped-def]
    if isinstance(tree, str):
        yield tree
    elif isinstance(tree, dict):
        for item in tree.values():
            yield from _strings(item)
    elif isinstance(tree, list):
        for item in tree:
            yield from _strings(item)


@pytest.mark.parametrize(
    "date, stamp",
    [
        ("2016", "2016-01-01T00:00:00Z"),
        ("2016-08", "2016-08-01T00:00:00Z"),
        ("~2016-08-10", "2016-08-10T00:00:00Z"),
        ("2016-08-10T14:03:00Z", "2016-08-10T14:03:00Z"),
        ("sometime", None),
        (None, None),
    ],
)
def test_dates_become_the_first_moment_they_name(date, stamp):
    assert stix_time(date) == stamp
