"""Evidence files: add, export, list; MVT results."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from hrdoc.cli.common import _emit_json, _opened, _output_path, _printable, _sensitivity, _table
from hrdoc.cli.grammar import Grammar
from hrdoc.core import evidence as evidence_ops
from hrdoc.core.errors import InvalidInput
from hrdoc.core.records import (
    Evidence,
    Incident,
    Sensitivity,
)


def cmd_evidence_add(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    if path.is_dir():  # checked before the slow unlock
        raise InvalidInput(f"{path} is a folder, not a file")
    if not path.is_file():
        raise InvalidInput(f"no such file: {path}")
    with _opened(args) as store:
        incident_id = store.resolve(Incident, args.incident)
        record = evidence_ops.add_evidence_file(
            store,
            incident_id,
            path,
            description=args.description or "",
            captured_at=args.captured_at,
            publishable=args.publishable,
            sensitivity=_sensitivity(args.sensitivity) or Sensitivity.RESTRICTED,
        )
    found = record.file_metadata
    if args.json:
        _emit_json(record.to_dict(), out)
    else:
        out.write(f"{record.id} sha256 {record.sha256} ({record.size} bytes)\n")
        if found:
            out.write(
                "the file itself holds: "
                + _printable(", ".join(found))
                + " (kept as a secret field; bundles below 'full' carry a copy without it)\n"
            )
    return 0


def cmd_evidence_export(args: argparse.Namespace, out: TextIO) -> int:
    dest = _output_path(args.output, args.force)
    with _opened(args) as store:
        evidence_id = store.resolve(Evidence, args.id)
        record = evidence_ops.export_evidence_to_file(store, evidence_id, dest)
    out.write(f"wrote {dest} ({record.size} bytes, sha256 {record.sha256} verified)\n")
    return 0


def cmd_evidence_list(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        where = {"incident_id": store.resolve(Incident, args.incident)} if args.incident else None
        items = store.find(Evidence, where=where)
    if args.json:
        _emit_json([e.to_dict() for e in items], out)
    else:
        _table(
            [[e.id, str(e.size), e.sha256[:16], e.file_name] for e in items],
            out,
            ["ID", "BYTES", "SHA-256", "FILE"],
        )
    return 0


def cmd_import_mvt(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.mvt import import_mvt

    with _opened(args) as store:
        incident_id = store.resolve(Incident, args.incident)
        result = import_mvt(store, Path(args.folder), incident_id)
    if args.json:
        _emit_json(result.to_dict(), out)
    else:
        out.write(f"stored {len(result.evidence_ids)} MVT file(s) as evidence\n")
        for line in result.summary_lines():
            out.write(_printable(line) + "\n")
    return 0


def register(g: Grammar) -> None:
    ev = g.noun("evidence", "evidence files")
    p = g.with_json(g.command("add", cmd_evidence_add, "store a file in the vault", ev))
    p.add_argument("--incident", required=True, metavar="ID")
    p.add_argument("file")
    p.add_argument("--description")
    p.add_argument("--captured-at", metavar="DATE")
    p.add_argument("--publishable", action="store_true", help="may appear in public reports")
    p.add_argument("--sensitivity", choices=[s.value for s in Sensitivity])
    p = g.command("export", cmd_evidence_export, "write a copy of a stored file", ev)
    p.add_argument("id")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p = g.with_json(g.command("import-mvt", cmd_import_mvt, "store MVT results (a folder)", ev))
    p.add_argument("folder")
    p.add_argument("--incident", required=True, metavar="ID")
    p = g.with_json(g.command("list", cmd_evidence_list, "list evidence", ev))
    p.add_argument("--incident", metavar="ID")
