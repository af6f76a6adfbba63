"""What a report shows, built from redacted records only.

Every exporter (HTML, PDF, JSON, CSV) starts from :class:`ReportModel`,
which is made from the output of :func:`hrdoc.core.redaction.redact` and
nothing else, so no exporter can reach a withheld field.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import gettext
import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import pycountry

from hrdoc.core.redaction import Redacted
from hrdoc.core.vocab import Vocabularies
from hrdoc.core.vocab import load as load_vocab

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}
MAX_IMAGE_BYTES = 25 << 20

#: returns the evidence bytes for a vault evidence id (or None if unavailable)
FetchBytes = Callable[[str], bytes | None]


@functools.cache
def strings(lang: str) -> dict[str, str]:
    text = (
        resources.files("hrdoc.resources").joinpath("templates", "strings.json").read_text("utf-8")
    )
    table: dict[str, dict[str, str]] = json.loads(text)
    return {key: labels.get(lang) or labels["en"] for key, labels in table.items()}


@functools.cache
def _country_translation(lang: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def country_name(code: str | None, lang: str) -> str:
    if not code:
        return ""
    if code == "ZZ":
        return {"ar": "غير محدد", "es": "No indicado", "fr": "Non précisé"}.get(lang, "Withheld")
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return _country_translation(lang).gettext(country.name)


@dataclass
class PersonLine:
    name: str
    role: str


@dataclass
class EvidenceLine:
    id: str
    name: str
    description: str
    media_type: str
    sha256: str
    size: int
    image_png: bytes | None = None

    @property
    def image_sha256(self) -> str:
        """The SHA-256 of the image as embedded (re-encoded, without metadata):
        what a reader can check. ``sha256`` is the original file's."""
        return hashlib.sha256(self.image_png).hexdigest() if self.image_png else ""

    @property
    def image_data_uri(self) -> str:
        if not self.image_png:
            return ""
        return "data:image/png;base64," + base64.b64encode(self.image_png).decode("ascii")


@dataclass
class IncidentSection:
    id: str
    title: str
    description: str
    date: str
    end_date: str
    place: str
    types: list[str]
    verification: str
    forensic_indication: bool
    people: list[PersonLine] = field(default_factory=list)
    indicators: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[EvidenceLine] = field(default_factory=list)
    interventions: list[dict[str, str]] = field(default_factory=list)
    sort_key: str = ""


@dataclass
class ReportModel:
    lang: str
    direction: str
    s: dict[str, str]
    generated: str
    profile: str
    cases: list[dict[str, str]]
    incidents: list[IncidentSection]
    by_type: list[tuple[str, int]]
    counts: dict[str, int]
    indicators: list[dict[str, str]]
    interventions: list[dict[str, str]]
    #: what redaction did, in readers' words (empty for a public profile)
    redaction_lines: list[tuple[str, int]]
    redacted: Redacted
    #: the charts of what the report shows (hrdoc.reports.chartdata.ChartData)
    charts: list[Any] = field(default_factory=list)
    #: per case: its title and its incidents on a timeline (chartdata.TimelineItem)
    timelines: list[tuple[str, list[Any]]] = field(default_factory=list)


def build(
    redacted: Redacted,
    lang: str = "en",
    fetch: FetchBytes | None = None,
    vocab: Vocabularies | None = None,
) -> ReportModel:
    vocab = vocab or load_vocab()
    text = strings(lang)

    def label(vocabulary: str, code: str | None) -> str:
        return vocab[vocabulary].label(code, lang) if code else ""

    actors = {a["id"]: a for a in redacted.of("actor")}
    sections: dict[str, IncidentSection] = {}
    for inc in redacted.of("incident"):
        place = ", ".join(
            p
            for p in (inc.get("place"), inc.get("region"), country_name(inc.get("country"), lang))
            if p
        )
        sections[inc["id"]] = IncidentSection(
            id=inc["id"],
            title=inc.get("title") or "",
            description=inc.get("description") or "",
            date=inc.get("start_date") or "",
            end_date=inc.get("end_date") or "",
            place=place,
            types=[label("incident_types", t) for t in inc.get("types") or []],
            verification=label("verification_status", inc.get("verification")),
            forensic_indication=inc.get("verification") == "forensic_indication",
            sort_key=inc.get("start_date") or "9999",
        )
    for inv in redacted.of("involvement"):
        section = sections.get(inv["incident_id"])
        actor = actors.get(inv["actor_id"])
        if section and actor:
            section.people.append(
                PersonLine(actor.get("name", ""), label("involvement_roles", inv.get("role")))
            )
    indicator_rows = []
    for ind in redacted.of("indicator"):
        kind = label("indicator_types", ind.get("type"))
        section = sections.get(ind["incident_id"])
        if section:
            section.indicators.append((kind, ind.get("value", "")))
        indicator_rows.append(
            {
                "type": kind,
                "value": ind.get("value", ""),
                "incident": section.title if section else "",
                "first_seen": ind.get("first_seen") or "",
            }
        )
    for ev in redacted.of("evidence"):
        section = sections.get(ev["incident_id"])
        if not section:
            continue
        line = EvidenceLine(
            id=ev["id"],
            name=ev.get("file_name") or "",
            description=ev.get("description") or "",
            media_type=ev.get("media_type") or "",
            sha256=ev.get("sha256") or "",
            size=int(ev.get("size") or 0),
        )
        vault_id = redacted.evidence_files.get(ev["id"])
        if (
            fetch
            and vault_id
            and ev.get("publishable")
            and line.media_type.startswith("image/")
            and line.size <= MAX_IMAGE_BYTES
        ):
            from hrdoc.reports.images import strip_image

            data = fetch(vault_id)
            line.image_png = strip_image(data) if data else None
        section.evidence.append(line)
    intervention_rows = []
    for itv in redacted.of("intervention"):
        row = {
            "kind": label("intervention_types", itv.get("kind")),
            "date": itv.get("date") or "",
            "by": itv.get("by") or "",
            "outcome": itv.get("outcome") or "",
            "description": itv.get("description") or "",
        }
        intervention_rows.append(row)
        section = sections.get(itv.get("incident_id") or "")
        if section:
            section.interventions.append(row)
    incidents = sorted(sections.values(), key=lambda s: (s.sort_key, s.title))
    types = Counter(t for s in incidents for t in s.types)
    from hrdoc.core.statistics import statistics_of_records
    from hrdoc.reports.chartdata import TimelineItem, chart_data

    by_case: dict[str, list[TimelineItem]] = {}
    for inc in redacted.of("incident"):
        by_case.setdefault(inc.get("case_id") or "", []).append(
            TimelineItem(
                inc["id"],
                inc.get("title") or "",
                inc.get("start_date"),
                inc.get("start_precision"),
                inc.get("end_date"),
                [label("incident_types", t) for t in inc.get("types") or []],
            )
        )

    counted = statistics_of_records(
        redacted.of("incident"), redacted.of("involvement"), redacted.of("actor")
    )
    return ReportModel(
        lang=lang,
        direction="rtl" if lang in RTL_LANGUAGES else "ltr",
        s=text,
        generated=dt.date.today().isoformat(),
        profile=redacted.profile.name,
        cases=[
            {"title": c.get("title") or "", "description": c.get("description") or ""}
            for c in redacted.of("case")
        ],
        incidents=incidents,
        by_type=types.most_common(),
        counts={kind: len(rows) for kind, rows in redacted.records.items()},
        indicators=sorted(indicator_rows, key=lambda r: (r["type"], r["value"])),
        interventions=sorted(intervention_rows, key=lambda r: r["date"]),
        redaction_lines=_redaction_lines(redacted, text),
        redacted=redacted,
        charts=chart_data(counted, lang, vocab),
        timelines=[
            (c.get("title") or "", by_case[c["id"]])
            for c in redacted.of("case")
            if by_case.get(c["id"])
        ],
    )


_ACTION_STRINGS = {
    "pseudonymised": "redaction_pseudonymised",
    "removed": "redaction_removed",
    "generalised": "redaction_generalised",
    "names in text": "redaction_names_in_text",
}
_KIND_STRINGS = {
    "case": "cases",
    "incident": "incidents",
    "actor": "people_orgs",
    "indicator": "indicators",
    "intervention": "interventions",
    "evidence": "evidence",
}


def _redaction_lines(redacted: Redacted, text: dict[str, str]) -> list[tuple[str, int]]:
    """What redaction did, counted in readers' words: never a field name, and
    nothing at all for a profile that must not say what was withheld."""
    if not redacted.profile.discloses_redaction:
        return []
    summary = redacted.summary
    by_action: Counter[str] = Counter()
    for (action, _what), n in summary.counts.items():
        by_action[action] += n
    out = [
        (text[key], by_action[action])
        for action, key in _ACTION_STRINGS.items()
        if by_action[action]
    ]
    for kind, key in _KIND_STRINGS.items():
        if summary.dropped_records[kind]:
            out.append((f"{text['records_withheld']}: {text[key]}", summary.dropped_records[kind]))
    return out


def to_json_ready(model: ReportModel) -> dict[str, Any]:
    """The machine-readable report (see resources/schema/report.schema.json).
    A public profile's report says nothing of what was withheld."""
    red = model.redacted
    redaction = red.summary.to_dict() if red.profile.discloses_redaction else {}
    return {
        "format": "hrdoc-report",
        "format_version": 1,
        "generated": model.generated,
        "language": model.lang,
        "profile": red.profile.to_dict(),
        "redaction": {"profile": red.profile.name} | redaction,
        "records": {kind: rows for kind, rows in red.records.items()},
    }
