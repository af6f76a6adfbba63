"""Counts behind the statistics view and the report charts: incidents per
month by type, per country, per verification level and per perpetrator, for
the whole vault or a filter. No Qt here; the counting is done by SQLite.

Dates are counted as honestly as they were recorded: an incident known to
the day or the month counts in its month; one known only to the year has no
month, so it is counted per year, apart; an approximate date counts where it
was written and is also counted as approximate; an undated one is counted as
undated. An incident with two types counts once under each type, and once
in its month's total.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from hrdoc.core.filters import IncidentFilter

PERPETRATOR_ROLES = ("suspected_perpetrator", "confirmed_perpetrator")
NO_TYPE = ""


@dataclass
class Statistics:
    total: int = 0
    #: "YYYY-MM" -> type code ("" for none) -> incidents
    by_month: dict[str, Counter[str]] = field(default_factory=dict)
    #: "YYYY-MM" -> incidents (each once, whatever its types)
    month_totals: Counter[str] = field(default_factory=Counter)
    #: "YYYY" -> type code -> incidents known only to the year
    year_only: dict[str, Counter[str]] = field(default_factory=dict)
    approximate: int = 0
    undated: int = 0
    #: ISO code ("" for none recorded; ZZ is withheld) -> incidents
    by_country: Counter[str] = field(default_factory=Counter)
    by_verification: Counter[str] = field(default_factory=Counter)
    #: actor id -> incidents where they are a suspected or confirmed perpetrator
    by_perpetrator: Counter[str] = field(default_factory=Counter)
    perpetrator_names: dict[str, str] = field(default_factory=dict)

    def months(self) -> list[str]:
        """Every month from the first to the last, gaps included (a chart's axis)."""
        if not self.month_totals:
            return []
        first, last = min(self.month_totals), max(self.month_totals)
        out, year, month = [], int(first[:4]), int(first[5:7])
        while f"{year:04d}-{month:02d}" <= last:
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out


class _Tally:
    """Adds incidents to a :class:`Statistics`, by the rules in this module's
    docstring: one call per incident (or per group of alike incidents)."""

    def __init__(self, stats: Statistics) -> None:
        self.stats = stats
        self.parsed: dict[str | None, list[str]] = {}  # a vault has few distinct type lists

    def __call__(
        self,
        start: str | None,
        precision: str | None,
        country: str | None,
        verification: str | None,
        types_json: str | None,
        n: int = 1,
    ) -> None:
        stats = self.stats
        stats.total += n
        stats.by_country[country or ""] += n
        stats.by_verification[verification or ""] += n
        if not start:
            stats.undated += n
            return
        codes = self.parsed.get(types_json)
        if codes is None:
            codes = json.loads(types_json) if types_json else []
            codes = self.parsed[types_json] = codes or [NO_TYPE]
        if start[0] == "~":
            start = start[1:]
            stats.approximate += n
        elif precision == "approximate":
            stats.approximate += n
        start = start[:7]
        if precision == "year" or len(start) < 7:
            bucket = stats.year_only.get(start[:4])
            if bucket is None:
                bucket = stats.year_only[start[:4]] = Counter()
        else:
            stats.month_totals[start] += n
            bucket = stats.by_month.get(start)
            if bucket is None:
                bucket = stats.by_month[start] = Counter()
        for code in codes:
            bucket[code] += n


def statistics(conn: Any, chosen: IncidentFilter | None = None) -> Statistics:
    """The counts for the incidents the filter selects (all of them without one)."""
    where, values = (chosen or IncidentFilter()).where("i")
    stats = Statistics()
    # grouped by SQLite first (from the covering index, schema v7): one row per
    # month, precision, country, verification and list of types, with its count
    rows = conn.execute(
        "SELECT substr(i.start_date, 1, 8), i.start_precision, i.country, i.verification,"
        f" i.types, count(*) FROM incidents i WHERE {where} GROUP BY 1, 2, 3, 4, 5",
        values,
    )
    count = _Tally(stats)
    for start, precision, country, verification, types_json, n in rows:
        count(start, precision, country, verification, types_json, n)
    marks = ",".join("?" * len(PERPETRATOR_ROLES))
    for actor_id, name, incidents in conn.execute(
        "SELECT a.id, a.name, count(DISTINCT v.incident_id) FROM involvements v"
        " JOIN incidents i ON i.id = v.incident_id JOIN actors a ON a.id = v.actor_id"
        f" WHERE v.role IN ({marks}) AND {where} GROUP BY a.id",
        [*PERPETRATOR_ROLES, *values],
    ):
        stats.by_perpetrator[actor_id] = incidents
        stats.perpetrator_names[actor_id] = name
    return stats


def statistics_of_records(
    incidents: list[dict[str, Any]],
    involvements: list[dict[str, Any]],
    actors: list[dict[str, Any]],
) -> Statistics:
    """The same counts over exported rows (a report's redacted records), so a
    report's charts show only what the report may show: a withheld incident
    is not counted, a pseudonymised perpetrator is named by the pseudonym."""
    stats = Statistics()
    count = _Tally(stats)
    for row in incidents:
        types = row.get("types") or []
        count(
            row.get("start_date"),
            row.get("start_precision"),
            row.get("country"),
            row.get("verification"),
            json.dumps(types) if types else None,
        )
    kept = {row["id"] for row in incidents}
    names = {row["id"]: row.get("name") or "" for row in actors}
    seen: dict[str, set[str]] = {}
    for row in involvements:
        actor_id, incident_id = str(row.get("actor_id")), str(row.get("incident_id"))
        if row.get("role") in PERPETRATOR_ROLES and incident_id in kept and actor_id in names:
            seen.setdefault(actor_id, set()).add(incident_id)
    for actor_id, incident_ids in seen.items():
        stats.by_perpetrator[actor_id] = len(incident_ids)
        stats.perpetrator_names[actor_id] = names[actor_id]
    return stats
