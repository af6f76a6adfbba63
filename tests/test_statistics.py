"""The counts behind statistics and charts, against counts worked out by
hand on a small fixture (imprecise dates included)."""

from __future__ import annotations

from collections import Counter

import pytest

from hrdoc.core.filters import IncidentFilter
from hrdoc.core.records import Actor, Case, Incident, Involvement
from hrdoc.core.statistics import statistics

#: (start date, precision, types, country, verification)
FIXTURE = [
    ("2016-08-10", "day", ["malicious_link_sms"], "AE", "corroborated"),
    ("2016-08-11", "day", ["malicious_link_sms"], "AE", "corroborated"),
    ("2016-08", "month", ["spyware_infection"], "AE", "forensic_indication"),
    ("2016-10", "month", ["malicious_link_sms", "phishing"], "LB", "alleged"),
    ("2017", "year", ["arrest"], "AE", "alleged"),
    ("2017", "year", [], "ZZ", "alleged"),
    ("2017-03-20", "approximate", ["raid", "arrest"], "AE", "corroborated"),
    (None, None, ["threat"], None, "alleged"),
]


@pytest.fixture
def counted(store):
    case = store.add(Case(title="c"))
    ids = []
    for start, precision, types, country, verification in FIXTURE:
        incident = store.add(
            Incident(
                case_id=case.id,
                title="x",
                start_date=start,
                start_precision=precision,
                types=types,
                country=country,
                verification=verification,
            )
        )
        ids.append(incident.id)
    vendor = store.add(Actor(kind="organisation", name="Vendor X"))
    agency = store.add(Actor(kind="organisation", name="Agency Y"))
    for n in (0, 1, 2):
        store.add(Involvement(incident_id=ids[n], actor_id=vendor.id, role="suspected_perpetrator"))
    store.add(Involvement(incident_id=ids[6], actor_id=agency.id, role="confirmed_perpetrator"))
    store.add(Involvement(incident_id=ids[6], actor_id=vendor.id, role="witness"))  # not counted
    return store, vendor, agency


def test_counts_by_month_type_country_verification_and_perpetrator(counted):
    store, vendor, agency = counted
    stats = statistics(store.vault.conn)
    assert stats.total == 8
    assert stats.by_month == {
        "2016-08": Counter({"malicious_link_sms": 2, "spyware_infection": 1}),
        "2016-10": Counter({"malicious_link_sms": 1, "phishing": 1}),
        "2017-03": Counter({"raid": 1, "arrest": 1}),
    }
    assert stats.month_totals == Counter({"2016-08": 3, "2016-10": 1, "2017-03": 1})
    assert stats.year_only == {"2017": Counter({"arrest": 1, "": 1})}  # no month to put them in
    assert stats.approximate == 1 and stats.undated == 1
    assert stats.by_country == Counter({"AE": 5, "LB": 1, "ZZ": 1, "": 1})
    assert stats.by_verification == Counter(
        {"alleged": 4, "corroborated": 3, "forensic_indication": 1}
    )
    assert stats.by_perpetrator == Counter({vendor.id: 3, agency.id: 1})
    assert stats.perpetrator_names[vendor.id] == "Vendor X"
    assert stats.months()[:3] == ["2016-08", "2016-09", "2016-10"] and len(stats.months()) == 8


def test_the_same_counts_follow_a_filter(counted):
    store, vendor, _agency = counted
    only = statistics(store.vault.conn, IncidentFilter(countries=["AE"], date_from="2016-08-11"))
    # 2016-08-10 ends before the 11th; "2016-08" (the month) and the rest overlap it
    assert only.total == 4
    assert only.month_totals == Counter({"2016-08": 2, "2017-03": 1})
    assert only.year_only == {"2017": Counter({"arrest": 1})}
    assert only.by_perpetrator == Counter({vendor.id: 2, _agency.id: 1})


def test_counts_over_exported_rows_equal_the_vaults(counted):
    """A report counts its redacted rows with the same rules as the window
    counts the vault: with nothing withheld, the two agree field by field."""
    from hrdoc.core.records import Involvement as InvolvementRecord
    from hrdoc.core.statistics import statistics_of_records

    store, _vendor, _agency = counted
    rows = {
        kind: [r.to_dict() for r in store.find(record)]
        for kind, record in (
            ("incident", Incident),
            ("involvement", InvolvementRecord),
            ("actor", Actor),
        )
    }
    assert statistics_of_records(rows["incident"], rows["involvement"], rows["actor"]) == (
        statistics(store.vault.conn)
    )


def test_exported_rows_count_only_what_was_exported(counted):
    """A perpetrator whose incidents were all withheld is not in the report's
    counts, and one whose row was withheld is not named."""
    from hrdoc.core.statistics import statistics_of_records

    store, vendor, agency = counted
    incidents = [r.to_dict() for r in store.find(Incident)]
    involvements = [r.to_dict() for r in store.find(Involvement)]
    kept = [i for i in incidents if i["start_date"] != "2017-03-20"]  # agency's only incident
    stats = statistics_of_records(kept, involvements, [vendor.to_dict()])
    assert stats.total == 7
    assert stats.by_perpetrator == Counter({vendor.id: 3})
    assert agency.id not in stats.perpetrator_names
