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
    parsed: dict[str, list[str]] = {}  # a vault has few distinct type lists
    by_country, by_verification = stats.by_country, stats.by_verification
    month_totals, by_month, year_only = stats.month_totals, stats.by_month, stats.year_only
    for start, precision, country, verification, types_json, n in rows:
        stats.total += n
        by_country[country or ""] += n
        by_verification[verification or ""] += n
        if not start:
            stats.undated += n
            continue
        codes = parsed.get(types_json)
        if codes is None:
            codes = json.loads(types_json) if types_json else []
            codes = parsed[types_json] = codes or [NO_TYPE]
        if start[0] == "~":
            start = start[1:]
            stats.approximate += n
        elif precision == "approximate":
            stats.approximate += n
        start = start[:7]
        if precision == "year" or len(start) < 7:
            bucket = year_only.get(start[:4])
            if bucket is None:
                bucket = year_only[start[:4]] = Counter()
        else:
            month_totals[start] += n
            bucket = by_month.get(start)
            if bucket is None:
                bucket = by_month[start] = Counter()
        for code in codes:
            bucket[code] += n
    marks = ",".join("?" * len(PERPETRATOR_ROLES))
    for actor_id, name, count in conn.execute(
        "SELECT a.id, a.name, count(DISTINCT v.incident_id) FROM involvements v"
        " JOIN incidents i ON i.id = v.incident_id JOIN actors a ON a.id = v.actor_id"
        f" WHERE v.role IN ({marks}) AND {where} GROUP BY a.id",
        [*PERPETRATOR_ROLES, *values],
    ):
        stats.by_perpetrator[actor_id] = count
        stats.perpetrator_names[actor_id] = name
    return stats
