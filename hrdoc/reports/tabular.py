"""JSON reports, and a CSV for spreadsheet programs (formula-safe; the file for
Uwazi's importer is reports/uwazi.py)."""

from __future__ import annotations

import csv
import io
import json
import re

from hrdoc.reports.model import ReportModel, to_json_ready

UWAZI_COLUMNS = (
    "title",
    "case",
    "description",
    "date",
    "end_date",
    "country",
    "place",
    "geolocation",
    "incident_type",
    "verification",
    "people",
    "indicators",
    "interventions",
)
_NUMBER = re.compile(r"^-?\d+(\.\d+)?(\|-?\d+(\.\d+)?)?$")


def render_json(model: ReportModel) -> str:
    return json.dumps(to_json_ready(model), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _cell(value: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula."""
    if value and value[0] in "=+-@\t\r" and not _NUMBER.match(value):
        return "'" + value
    return value


def render_csv(model: ReportModel) -> str:
    """One row per incident for a spreadsheet: a ``title`` column, one column per
    property, ``|`` between values; a cell that a spreadsheet would run as a
    formula starts with ``'``."""
    red = model.redacted
    cases = {c["id"]: c.get("title") or "" for c in red.of("case")}
    raw = {i["id"]: i for i in red.of("incident")}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(UWAZI_COLUMNS)
    for section in model.incidents:
        inc = raw[section.id]
        lat, lon = inc.get("latitude"), inc.get("longitude")
        row = {
            "title": section.title,
            "case": cases.get(inc.get("case_id") or "", ""),
            "description": section.description,
            "date": section.date,
            "end_date": section.end_date,
            "country": inc.get("country") or "",
            "place": ", ".join(p for p in (inc.get("place"), inc.get("region")) if p),
            "geolocation": [f"{lat}", f"{lon}"] if lat is not None and lon is not None else [],
            "incident_type": section.types,
            "verification": section.verification,
            "people": [f"{p.name} ({p.role})" for p in section.people],
            "indicators": [f"{kind}: {value}" for kind, value in section.indicators],
            "interventions": [f"{i['date']} {i['kind']}".strip() for i in section.interventions],
        }
        writer.writerow([_join(row[column]) for column in UWAZI_COLUMNS])
    return out.getvalue()


def _join(value: str | list[str]) -> str:
    """One cell; a '|' inside a value would split it in Uwazi, so it becomes '/'."""
    values = [value] if isinstance(value, str) else value
    return _cell("|".join(v.replace("|", "/") for v in values))
