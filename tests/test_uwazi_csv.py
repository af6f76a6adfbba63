"""hrdoc's Uwazi CSV, read by Uwazi's own import rules, reimplemented here
from its source (huridocs/uwazi, app/api/csv), not from hrdoc's writer:

- csv.ts (04943fec): csvtojson, delimiter "," or ";", headers trimmed
- entityRow.ts (1466f56e): safeName on headers; ``__<lang>`` columns are
  that language's values; select and multiselect take the default language's
- propertyNameGeneration.ts (f03c4bed): safeName, [^a-z0-9] -> _, lower case
- templates/utils.ts (105e0edb): a geolocation property is <name>_geolocation
- csvDefinitions.ts (72dfac3d): | between values, :: parent/child, : in ranges
- typeParsers.ts (03d263aa), typeParsers/shared.ts (00528b1d): dates by
  moment.utc with YYYY-MM-DD, YYYY/MM/DD, "YYYY MM DD", YYYY; ranges from:to;
  multiselect labels split on |, trimmed, then on :: (more than two parts fails)
- typeParsers/geolocation.ts (22244db9): lat|lon as Number
- sanitizationUtils.ts (00528b1d): text-like types trimmed, whitespace
  collapsed, "N/A", "null" and the like made empty; markdown left as it is

Records are generated (hypothesis), so the rule is tested, not an example."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdoc.core.records import Actor, Case, Incident, Indicator, Involvement
from hrdoc.core.redaction import redact_cases
from hrdoc.core.vocab import LANGUAGES
from hrdoc.reports import uwazi

EMPTY_PATTERNS = {
    "null",
    "NULL",
    "Null",
    "undefined",
    "UNDEFINED",
    "Undefined",
    "N/A",
    "n/a",
    "N/a",
}
TEXT_LIKE = {"text", "preview", "image", "media", "nested", "link"}


def safe_name(label: str) -> str:
    return re.sub(r"[^a-z0-9]", "_", label.strip(), flags=re.I).lower()


def sanitize(value: str, kind: str) -> str:
    if kind not in TEXT_LIKE:
        return value
    value = re.sub(r"\s+", " ", value.strip())
    return "" if value in EMPTY_PATTERNS else value


def moment_date(text: str) -> int | None:
    """moment.utc(text, [YYYY-MM-DD, YYYY/MM/DD, YYYY MM DD, YYYY]).unix(),
    for the inputs hrdoc may write; anything else is not a date to us."""
    for pattern in (
        r"(\d{4})-(\d{2})-(\d{2})",
        r"(\d{4})/(\d{2})/(\d{2})",
        r"(\d{4}) (\d{2}) (\d{2})",
    ):
        found = re.fullmatch(pattern, text)
        if found:
            y, m, d = map(int, found.groups())
            return int(dt.datetime(y, m, d, tzinfo=dt.UTC).timestamp())
    return None


def read_like_uwazi(text: str, template: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Each row, per language, as the metadata Uwazi would store."""
    delimiter = (
        ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    )
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = [safe_name(h.strip()) for h in rows[0]]
    props = {p["name"]: p for p in template["properties"]}
    thesauri = {t["name"]: t for t in template["thesauri"]}
    default = "en"
    out: dict[str, list[dict[str, Any]]] = {lang: [] for lang in LANGUAGES}
    for cells in rows[1:]:
        row = dict(zip(header, cells, strict=True))
        translated = re.compile(rf"__({'|'.join(LANGUAGES)})$")
        base = {k: v for k, v in row.items() if not translated.search(k)}
        for lang in LANGUAGES:
            entity = dict(base)
            for key, value in row.items():
                if key.endswith(f"__{lang}"):
                    name = key.removesuffix(f"__{lang}")
                    chosen = f"{name}__{default}" if props.get(name, {}).get("content") else key
                    entity[name] = row.get(chosen, value)
            metadata: dict[str, Any] = {"title": entity.get("title", "")}
            for name, prop in props.items():
                metadata[name] = parse(entity.get(name, ""), prop, thesauri)
            out[lang].append(metadata)
    return out


def parse(raw: str, prop: dict[str, Any], thesauri: dict[str, Any]) -> Any:
    kind = prop["type"]
    value = sanitize(raw, kind)
    if value == "":
        return None
    if kind == "daterange":
        start, end = value.split(":")
        return (moment_date(start), moment_date(end))
    if kind == "geolocation":
        lat, lon = value.split("|")[:2]
        return (float(lat), float(lon))
    if kind in ("select", "multiselect"):
        labels = [v.strip() for v in value.split("|") if v.strip()]
        values = {
            v["label"].strip().lower(): v["label"] for v in thesauri[prop["content"]]["values"]
        }
        found = []
        for label in labels:
            parts = label.split("::")
            assert len(parts) == 1, f"Uwazi reads {label!r} as a parent::child pair"
            assert label.lower() in values, f"{label!r} is not in the thesaurus"
            found.append(values[label.lower()])
        return found if kind == "multiselect" else found[0]
    return value


words = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x85\u2028\u2029"),
    max_size=30,
)
lines = st.lists(words, min_size=1, max_size=3).map("\n".join)
dates = st.one_of(
    st.integers(1990, 2030).map(str),
    st.tuples(st.integers(1990, 2030), st.integers(1, 12)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat),
)
TYPES = ["phishing", "malicious_link_sms", "arrest", "device_seizure", "spyware_infection"]


def expected_range(start: str) -> tuple[int, int]:
    parts = [int(p) for p in start.split("-")]
    if len(parts) == 1:
        first, last = dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    elif len(parts) == 2:
        days = calendar.monthrange(parts[0], parts[1])[1]
        first, last = dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], days)
    else:
        first = last = dt.date(*parts)

    def unix(day: dt.date) -> int:
        return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())

    return unix(first), unix(last)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=words.filter(lambda t: t.strip() == t and t.strip() and t not in EMPTY_PATTERNS),
    description=lines,
    start=dates,
    where=st.one_of(st.none(), st.tuples(st.floats(-90, 90), st.floats(-180, 180))),
    types=st.lists(st.sampled_from(TYPES), unique=True, max_size=3),
    person=words.filter(lambda t: t.strip()),
    ipv6=st.ip_addresses(v=6).map(str),
    other=st.sampled_from(["N/A", "a|b", "x::y", "'=1+1", "=HYPERLINK(1)", "a  b"]),
)
def test_uwazi_stores_what_hrdoc_recorded(
    store, title, description, start, where, types, person, ipv6, other
):
    case = store.add(Case(title=other))
    incident = store.add(
        Incident(
            case_id=case.id,
            title=title,
            description=description + "\n" + other,
            start_date=start,
            latitude=where[0] if where else None,
            longitude=where[1] if where else None,
            types=types,
            verification="corroborated",
            country="TN",
        )
    )
    actor = store.add(Actor(name=person + " " + other))
    store.add(Involvement(incident_id=incident.id, actor_id=actor.id, role="target"))
    for value in (ipv6, other):
        store.add(Indicator(incident_id=incident.id, type="url", value=value))
    table, description_json = uwazi.render(redact_cases(store, "full", [case.id]), store.vocab)
    template = json.loads(description_json)
    read = read_like_uwazi(table, template)
    vocab = store.vocab
    for lang in LANGUAGES:
        (entity,) = read[lang]
        assert entity["title"] == title
        assert entity["description"] == description + "\n" + other
        assert entity["case"] == other  # markdown: not emptied, split or escaped
        assert entity["date"] == expected_range(start)
        assert entity["location_geolocation"] == (where if where else None)
        assert entity["incident_type"] == (
            [vocab["incident_types"].label(t, "en") for t in types] or None
        )
        assert entity["verification"] == vocab["verification_status"].label("corroborated", "en")
        assert entity["country"] == "Tunisia"
        assert f"{person} {other}" in entity["people"]
        assert vocab["involvement_roles"].label("target", lang) in entity["people"]
        assert ipv6 in entity["indicators"] and other in entity["indicators"]


def test_an_end_date_closes_the_range_and_month_precision_is_never_its_first_day():
    assert uwazi.day_range("2016-08", None) == "2016-08-01:2016-08-31"
    assert uwazi.day_range("2016", "2017-03") == "2016-01-01:2017-03-31"
    assert uwazi.day_range("2024-02", None) == "2024-02-01:2024-02-29"
    assert uwazi.day_range(None, None) == ""


def test_the_template_names_each_column_as_uwazi_would_and_no_label_splits():
    from hrdoc.core.vocab import load as load_vocab

    template = uwazi.template(load_vocab())
    for prop in template["properties"]:
        expected = safe_name(prop["label"])
        if prop["type"] == "geolocation":
            expected += "_geolocation"
        assert prop["name"] == expected
    for thesaurus in template["thesauri"]:
        for value in thesaurus["values"]:
            for label in [value["label"], *value["translations"].values()]:
                assert "|" not in label and "::" not in label, label


def test_the_cli_writes_the_template_beside_the_csv(cli, tmp_path):
    assert cli("init", "--sample").code == 0
    done = cli(
        "export",
        "report",
        "--profile",
        "partner",
        "--format",
        "uwazi",
        "-o",
        str(tmp_path / "u.csv"),
    )
    assert done.code == 0, done.err
    assert "u.uwazi-template.json" in done.out
    template = json.loads((tmp_path / "u.uwazi-template.json").read_text(encoding="utf-8"))
    read = read_like_uwazi((tmp_path / "u.csv").read_text(encoding="utf-8"), template)
    assert len(read["ar"]) == len(read["en"]) >= 1
