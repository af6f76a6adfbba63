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
