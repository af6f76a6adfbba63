"""A CSV that Uwazi's importer reads as intended, and the template it needs.

Built against Uwazi's CSV import (huridocs/uwazi, app/api/csv): headers go
through ``safeName`` (lower case, every other character ``_``), a column
ending ``__<lang>`` is that language's translation (entityRow.ts), ``|``
separates values (csvDefinitions.ts), ``::`` splits a thesaurus label into
parent and child (typeParsers/shared.ts), a date range is ``from:to`` with
each side parsed by moment as ``YYYY-MM-DD`` (typeParsers.ts), and a
geolocation property's column is ``<name>_geolocation`` holding ``lat|lon``
(templates/utils.ts, typeParsers/geolocation.ts).

So: free text goes in ``markdown`` properties, which Uwazi stores as they are
(``text`` ones lose line breaks and repeated spaces, and "N/A" becomes
empty: sanitizationUtils.ts), one column per language; a date of month or
year precision is the range of days it covers, never its first day; labels
from hrdoc's vocabularies (none holds ``|`` or ``::``) fill ``select`` and
``multiselect`` properties, whose thesauri the template lists with their
translations. Nothing is escaped for spreadsheet programs: this file is for
Uwazi's importer (the ``csv`` format is the one to open in a spreadsheet).
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import re
from typing import Any

from hrdoc.core.redaction import Redacted
from hrdoc.core.vocab import LANGUAGES, Vocabularies
from hrdoc.reports.model import ReportModel, build, country_name

TEMPLATE_NAME = "hrdoc incident"
_DATE = re.compile(r"^~?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")

#: (label, Uwazi type, thesaurus): the template's properties, in column order
PROPERTIES: tuple[tuple[str, str, str], ...] = (
    ("Case", "markdown", ""),
    ("Description", "markdown", ""),
    ("Date", "daterange", ""),
    ("Country", "select", "Country"),
    ("Place", "markdown", ""),
    ("Location", "geolocation", ""),
    ("Incident type", "multiselect", "Incident type"),
    ("Verification", "select", "Verification"),
    ("People", "markdown", ""),
    ("Indicators", "markdown", ""),
    ("Interventions", "markdown", ""),
)
#: properties whose text is in one language: a column per language
TRANSLATED = {"markdown", "text"}


def safe_name(label: str) -> str:
    """Uwazi's property name for a label (propertyNameGeneration.ts, safeName)."""
    return re.sub(r"[^a-z0-9]", "_", label.strip(), flags=re.IGNORECASE).lower()


def property_name(label: str, kind: str) -> str:
    """templates/utils.ts, generateName: geolocation and nested get a suffix."""
    name = safe_name(label)
    return f"{name}_{kind}" if kind in ("geolocation", "nested") else name


def day_range(start: str | None, end: str | None) -> str:
    """``from:to`` in YYYY-MM-DD: every day a partial date covers (2016-08 is
    2016-08-01:2016-08-31), through the end date's last day when there is one."""
    first = _bounds(start)
    if first is None:
        return ""
    last = _bounds(end) or first
    return f"{first[0]}:{last[1]}"


def _bounds(date: str | None) -> tuple[str, str] | None:
    if not date:
        return None
    found = _DATE.match(date.strip())
    if not found:
        return None
    year, month, day = found.group(1), found.group(2), found.group(3)
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        days = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{days:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def _lines(values: list[str]) -> str:
    return "\n".join(v for v in values if v)


def render(redacted: Redacted, vocab: Vocabularies) -> tuple[str, str]:
    """(the CSV, the template description as JSON) for these redacted records."""
    models: dict[str, ReportModel] = {
        lang: build(redacted, lang=lang, vocab=vocab) for lang in LANGUAGES
    }
    raw = {i["id"]: i for i in redacted.of("incident")}
    cases = {c["id"]: c.get("title") or "" for c in redacted.of("case")}
    header = ["title__" + lang for lang in LANGUAGES]
    for label, kind, _thesaurus in PROPERTIES:
        name = property_name(label, kind)
        header += [f"{name}__{lang}" for lang in LANGUAGES] if kind in TRANSLATED else [name]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    sections = {lang: {s.id: s for s in models[lang].incidents} for lang in LANGUAGES}
    for section in models["en"].incidents:
        inc = raw[section.id]
        by_lang = {lang: sections[lang][section.id] for lang in LANGUAGES}
        lat, lon = inc.get("latitude"), inc.get("longitude")
        cells: dict[str, Any] = {
            "Case": cases.get(inc.get("case_id") or "", ""),
            "Description": {lang: s.description for lang, s in by_lang.items()},
            "Date": day_range(inc.get("start_date"), inc.get("end_date")),
            "Country": country_name(inc.get("country"), "en"),
            "Place": ", ".join(p for p in (inc.get("place"), inc.get("region")) if p),
            "Location": f"{lat}|{lon}" if lat is not None and lon is not None else "",
            "Incident type": "|".join(section.types),
            "Verification": section.verification,
            "People": {
                lang: _lines([f"{p.name} ({p.role})" if p.role else p.name for p in s.people])
                for lang, s in by_lang.items()
            },
            "Indicators": {
                lang: _lines([f"{kind}: {value}" for kind, value in s.indicators])
                for lang, s in by_lang.items()
            },
            "Interventions": {
                lang: _lines([f"{i['date']} {i['kind']}".strip() for i in s.interventions])
                for lang, s in by_lang.items()
            },
        }
        row = [by_lang[lang].title for lang in LANGUAGES]
        for label, kind, _thesaurus in PROPERTIES:
            value = cells[label]
            if kind in TRANSLATED:
                row += [value[lang] if isinstance(value, dict) else value for lang in LANGUAGES]
            else:
                row.append(value)
        writer.writerow(row)
    return out.getvalue(), json.dumps(template(vocab), ensure_ascii=False, indent=2) + "\n"


def template(vocab: Vocabularies) -> dict[str, Any]:
    """The Uwazi template and thesauri the CSV fills, for the NGO to create."""

    def thesaurus(name: str, codes: list[str], label: Any) -> dict[str, Any]:
        return {
            "name": name,
            "values": [
                {"label": label(code, "en"), "translations": {x: label(code, x) for x in LANGUAGES}}
                for code in codes
            ],
        }

    import pycountry

    countries = [*sorted(c.alpha_2 for c in pycountry.countries), "ZZ"]
    types = vocab["incident_types"]
    checks = vocab["verification_status"]
    return {
        "name": TEMPLATE_NAME,
        "languages": list(LANGUAGES),
        "commonProperties": [{"label": "Title", "name": "title", "type": "text"}],
        "properties": [
            {"label": label, "name": property_name(label, kind), "type": kind}
            | ({"content": thesaurus_name} if thesaurus_name else {})
            for label, kind, thesaurus_name in PROPERTIES
        ],
        "thesauri": [
            thesaurus("Country", countries, country_name),
            thesaurus("Incident type", [t.code for t in types.terms], types.label),
            thesaurus("Verification", [t.code for t in checks.terms], checks.label),
        ],
        "notes": (
            "Create this template and these thesauri in Uwazi (property names are what "
            "Uwazi makes from the labels), then import the CSV with it. Dates are ranges "
            "from:to (a month or a year is every day it covers); text columns end in "
            "__<language>."
        ),
    }
