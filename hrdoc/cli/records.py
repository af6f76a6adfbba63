"""Cases, incidents, people, indicators and interventions; search."""

from __future__ import annotations

import argparse
from typing import TextIO

from hrdoc.cli.common import (
    UsageError,
    _emit_json,
    _fields_from_args,
    _load_json_object,
    _opened,
    _pairs,
    _printable,
    _show_record,
    _table,
)
from hrdoc.cli.grammar import Grammar, add_sensitivity
from hrdoc.core import search as search_ops
from hrdoc.core.errors import InvalidInput
from hrdoc.core.records import (
    Actor,
    Case,
    Evidence,
    Incident,
    Indicator,
    Intervention,
    Involvement,
    Record,
)


def cmd_case_add(args: argparse.Namespace, out: TextIO) -> int:
    fields = _fields_from_args(args, {"title": "title", "description": "description"})
    with _opened(args) as store:
        case = store.add(Case(**fields))
    out.write(case.id + "\n")
    return 0


def cmd_case_edit(args: argparse.Namespace, out: TextIO) -> int:
    changes = _fields_from_args(
        args, {"title": "title", "description": "description", "status": "status"}
    )
    if not changes:
        raise UsageError(
            "nothing to change: give at least one of --title, --description,"
            " --status, --sensitivity"
        )
    with _opened(args) as store:
        current = store.get(Case, store.resolve(Case, args.id))
        saved = store.update(Case.from_dict(current.to_dict() | changes))
    out.write(f"{saved.id} version {saved.version}\n")
    return 0


def cmd_case_list(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        cases = store.find(Case)
        counts = dict(
            store.vault.conn.execute("SELECT case_id, count(*) FROM incidents GROUP BY case_id")
        )
    if args.json:
        _emit_json([c.to_dict() | {"incidents": counts.get(c.id, 0)} for c in cases], out)
    else:
        _table(
            [[c.id, c.sensitivity, str(counts.get(c.id, 0)), c.title] for c in cases],
            out,
            ["ID", "WHO MAY SEE", "INCIDENTS", "TITLE"],
        )
    return 0


def cmd_case_show(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        case = store.get(Case, store.resolve(Case, args.id))
        incidents = store.find(Incident, where={"case_id": case.id}, order="start_date")
    if args.json:
        _emit_json(case.to_dict() | {"incidents": [i.to_dict() for i in incidents]}, out)
    else:
        _show_record(case, out)
        out.write(f"  incidents: {len(incidents)}\n")
        _table(
            [[i.id, i.start_date or "?", i.title] for i in incidents], out, ["ID", "DATE", "TITLE"]
        )
    return 0


INCIDENT_FLAGS = {
    "case": "case_id",
    "title": "title",
    "description": "description",
    "start": "start_date",
    "start_precision": "start_precision",
    "end": "end_date",
    "end_precision": "end_precision",
    "country": "country",
    "region": "region",
    "place": "place",
    "lat": "latitude",
    "lon": "longitude",
    "types": "types",
    "verification": "verification",
    "sources": "sources",
}


def cmd_incident_add(args: argparse.Namespace, out: TextIO) -> int:
    data = _load_json_object(args.from_json) if args.from_json else {}
    data.update(_fields_from_args(args, INCIDENT_FLAGS))
    incident = Incident.from_dict(data)  # exact types, before anything reads them
    with _opened(args) as store:
        if incident.case_id:
            incident.case_id = store.resolve(Case, incident.case_id)
        incident = store.add(incident)
    out.write(incident.id + "\n")
    return 0


def cmd_incident_edit(args: argparse.Namespace, out: TextIO) -> int:
    changes = _load_json_object(args.from_json) if args.from_json else {}
    changes.update(_fields_from_args(args, INCIDENT_FLAGS))
    for frozen in ("id", "version", "created_at", "updated_at", "author"):
        if frozen in changes:
            raise InvalidInput(f"{frozen} cannot be edited")
    if not changes:
        raise UsageError("nothing to change: give at least one field")
    Incident.from_dict({"case_id": "", "title": ""} | changes)  # exact types, first
    with _opened(args) as store:
        current = store.get(Incident, store.resolve(Incident, args.id))
        if changes.get("case_id"):
            changes["case_id"] = store.resolve(Case, changes["case_id"])
        data = current.to_dict()
        for date, precision in (("start_date", "start_precision"), ("end_date", "end_precision")):
            if date in changes and precision not in changes:
                changes[precision] = None  # worked out from the date, as 'add' does
        if "field_sensitivity" in changes:
            changes["field_sensitivity"] = data["field_sensitivity"] | changes["field_sensitivity"]
        data.update(changes)
        saved = store.update(Incident.from_dict(data))
    out.write(f"{saved.id} version {saved.version}\n")
    return 0


def cmd_incident_list(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.core.filters import IncidentFilter

    with _opened(args) as store:
        chosen = IncidentFilter(
            date_from=args.since,
            date_to=args.until,
            types=args.type or [],
            countries=args.country or [],
            verification=args.verification or [],
            case_id=store.resolve(Case, args.case) if args.case else None,
            sensitivity=args.who_may_see or [],
            has_evidence=args.evidence,
            sender=args.received_from,
        )
        where, values = chosen.where()
        ids = [
            r[0]
            for r in store.vault.conn.execute(
                f"SELECT id FROM incidents WHERE {where} ORDER BY start_date, n", values
            )
        ]
        if args.search:
            found = set(ids)
            ids = [i for i in search_ops.incident_ids(store.vault.conn, args.search) if i in found]
        incidents = [store.get(Incident, i) for i in ids]
    if args.json:
        _emit_json([i.to_dict() for i in incidents], out)
    else:
        types = store.vocab["incident_types"]
        rows = [
            [i.id, i.start_date or "?", ", ".join(types.label(t, "en") for t in i.types), i.title]
            for i in incidents
        ]
        _table(rows, out, ["ID", "DATE", "TYPE", "TITLE"])
    return 0


def cmd_incident_show(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        incident = store.get(Incident, store.resolve(Incident, args.id))
        related: dict[str, list[Record]] = {
            "involvements": store.find(Involvement, where={"incident_id": incident.id}),
            "indicators": store.find(Indicator, where={"incident_id": incident.id}),
            "evidence": store.find(Evidence, where={"incident_id": incident.id}),
        }
        actors = {a.id: a for a in store.find(Actor)}
    if args.json:
        doc = incident.to_dict() | {k: [r.to_dict() for r in v] for k, v in related.items()}
        _emit_json(doc, out)
        return 0
    _show_record(incident, out)
    for inv in related["involvements"]:
        assert isinstance(inv, Involvement)
        name = actors[inv.actor_id].name if inv.actor_id in actors else inv.actor_id
        out.write(f"  {inv.role}: {_printable(name)} ({inv.confidence} confidence)\n")
    for ind in related["indicators"]:
        assert isinstance(ind, Indicator)
        out.write(f"  indicator {ind.type}: {_printable(ind.value)}\n")
    for ev in related["evidence"]:
        assert isinstance(ev, Evidence)
        out.write(f"  evidence {ev.id}: {_printable(ev.file_name)} sha256 {ev.sha256}\n")
    return 0


def cmd_actor_add(args: argparse.Namespace, out: TextIO) -> int:
    fields = _fields_from_args(
        args,
        {"name": "name", "kind": "kind", "aliases": "aliases", "contact": "contact"},
    )
    fields["description"] = args.description or ""
    fields["attributes"] = _pairs(args.attribute, "--attribute")
    with _opened(args) as store:
        incident_id = store.resolve(Incident, args.incident) if args.incident else None
        if not incident_id and (args.role or args.confidence):
            raise UsageError("--role and --confidence need --incident")
        actor = Actor(**fields)
        records: list[Record] = [actor]
        if incident_id:
            records.append(
                Involvement(
                    incident_id=incident_id,
                    actor_id=actor.id,
                    role=args.role or "target",
                    confidence=args.confidence or "medium",
                )
            )
        store.add_all(records)
    out.write(actor.id + "\n")
    return 0


def cmd_indicator_add(args: argparse.Namespace, out: TextIO) -> int:
    fields = _fields_from_args(
        args,
        {"type": "type", "value": "value", "first_seen": "first_seen", "notes": "notes"},
    )
    if args.origin is not None:
        fields["source"] = args.origin
    with _opened(args) as store:
        fields["incident_id"] = store.resolve(Incident, args.incident)
        indicator = store.add(Indicator(**fields))
    out.write(indicator.id + "\n")
    return 0


def cmd_intervention_add(args: argparse.Namespace, out: TextIO) -> int:
    fields = _fields_from_args(
        args,
        {"kind": "kind", "by": "by", "date": "date", "outcome": "outcome"},
    )
    fields["description"] = args.description or ""
    with _opened(args) as store:
        fields["case_id"] = store.resolve(Case, args.case)
        if args.incident:
            fields["incident_id"] = store.resolve(Incident, args.incident)
        intervention = store.add(Intervention(**fields))
    out.write(intervention.id + "\n")
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    query = " ".join(args.query)
    with _opened(args) as store:
        hits = search_ops.search(store.vault.conn, query, limit=args.limit)
    if args.json:
        _emit_json([h.to_dict() for h in hits], out)
    else:
        kinds = store.vocab["intervention_types"]
        _table(
            [
                [h.kind, h.id, kinds.label(h.title, "en") if h.kind == "intervention" else h.title]
                for h in hits
            ],
            out,
            ["KIND", "ID", "TITLE"],
        )
        if not hits:
            out.write("no matches\n")
    return 0


def _add_incident_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--title")
    p.add_argument("--description")
    p.add_argument("--start", metavar="DATE", help="2024-03-05, 2024-03 or 2024")
    p.add_argument("--start-precision", choices=["exact", "day", "month", "year", "approximate"])
    p.add_argument("--end", metavar="DATE")
    p.add_argument("--end-precision", choices=["exact", "day", "month", "year", "approximate"])
    p.add_argument("--country", metavar="CC", help="ISO 3166 code, e.g. AE; ZZ if withheld")
    p.add_argument("--region")
    p.add_argument("--place")
    p.add_argument("--lat", type=float)
    p.add_argument("--lon", type=float)
    p.add_argument("--type", dest="types", action="append", metavar="CODE")
    p.add_argument("--verification", metavar="CODE")
    p.add_argument("--source", dest="sources", action="append", metavar="TEXT")
    p.add_argument(
        "--from-json",
        metavar="FILE",
        help="read fields from a JSON object; its field names and types are in"
        " resources/schema/incident.schema.json (installed with hrdoc); flags win",
    )
    add_sensitivity(p)


def register(g: Grammar) -> None:
    case = g.noun("case", "cases")
    p = g.command("add", cmd_case_add, "add a case", case)
    p.add_argument("--title", required=True)
    p.add_argument("--description")
    add_sensitivity(p)
    g.with_json(g.command("list", cmd_case_list, "list cases", case))
    p = g.with_json(g.command("show", cmd_case_show, "show a case", case))
    p.add_argument("id")
    p = g.command("edit", cmd_case_edit, "change a case (keeps the previous version)", case)
    p.add_argument("id")
    p.add_argument("--title")
    p.add_argument("--description")
    p.add_argument("--status", choices=("open", "closed"))
    add_sensitivity(p)

    inc = g.noun("incident", "incidents")
    p = g.command("add", cmd_incident_add, "add an incident", inc)
    p.add_argument("--case", metavar="ID")
    _add_incident_fields(p)
    p = g.command("edit", cmd_incident_edit, "change an incident (keeps the old version)", inc)
    p.add_argument("id")
    p.add_argument("--case", metavar="ID")
    _add_incident_fields(p)
    p = g.with_json(g.command("list", cmd_incident_list, "list incidents (filters combine)", inc))
    p.add_argument("--case", metavar="ID")
    p.add_argument("--since", metavar="DATE", help="on or after (2016, 2016-08, 2016-08-10)")
    p.add_argument("--until", metavar="DATE", help="on or before, the whole month or year")
    p.add_argument("--type", action="append", metavar="CODE", help="any of these (repeatable)")
    p.add_argument("--country", action="append", metavar="CC", help="ISO code (repeatable)")
    p.add_argument("--verification", action="append", metavar="CODE")
    p.add_argument("--who-may-see", action="append", choices=("public", "restricted", "secret"))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--with-evidence", dest="evidence", action="store_true", default=None)
    group.add_argument("--without-evidence", dest="evidence", action="store_false")
    p.add_argument("--received-from", metavar="CONTACT", help="imported from this sender")
    p.add_argument("--search", metavar="WORDS", help="and matching these words")
    p = g.with_json(g.command("show", cmd_incident_show, "show an incident", inc))
    p.add_argument("id")

    actor = g.noun("actor", "people and organisations")
    p = g.command("add", cmd_actor_add, "add a person or organisation", actor)
    p.add_argument("--name", required=True)
    p.add_argument("--kind", default="person", metavar="CODE", help="person, organisation, ...")
    p.add_argument("--alias", dest="aliases", action="append", metavar="NAME")
    p.add_argument("--attribute", action="append", metavar="NAME=VALUE")
    p.add_argument("--contact")
    p.add_argument("--description")
    p.add_argument("--incident", metavar="ID", help="link to an incident")
    p.add_argument("--role", metavar="CODE", help="target, victim, witness, ...")
    p.add_argument("--confidence", choices=["low", "medium", "high"])
    add_sensitivity(p)

    ind = g.noun("indicator", "technical indicators")
    p = g.command("add", cmd_indicator_add, "add an indicator to an incident", ind)
    p.add_argument("--incident", required=True, metavar="ID")
    p.add_argument("--type", required=True, metavar="CODE", help="domain, url, ipv4, ...")
    p.add_argument("--value", required=True)
    p.add_argument("--first-seen", metavar="DATE")
    p.add_argument("--source", dest="origin", help="where the indicator came from")
    p.add_argument("--notes")
    add_sensitivity(p)

    itv = g.noun("intervention", "interventions")
    p = g.command("add", cmd_intervention_add, "record what was done", itv)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--incident", metavar="ID")
    p.add_argument("--kind", required=True, metavar="CODE")
    p.add_argument("--by")
    p.add_argument("--date", metavar="DATE")
    p.add_argument("--outcome")
    p.add_argument("--description")
    add_sensitivity(p)

    p = g.with_json(g.command("search", cmd_search, "full-text search"))
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=50)
