"""`hrdoc import-report`: the records of an hrdoc JSON report (a partner who
sends reports rather than bundles), all or nothing.

A JSON report is not signed: anyone could have written or changed it. Its
records are stored as this vault's own entries with a note naming the file,
and each one's provenance says "unsigned" with the file's name and SHA-256,
so "received from" shows where it came from and never looks like a verified
contact. Evidence records are not imported: a report carries a file's
description and hash, never its bytes. A record already here with the same
content is skipped; one with different content stops the import (send a
bundle to review such differences).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hrdoc.core import audit
from hrdoc.core.errors import HrdocError, InvalidInput
from hrdoc.core.jsonin import parse_json
from hrdoc.core.records import BY_KIND, Record, utc_now
from hrdoc.core.store import Store
from hrdoc.exchange.bundle_format import RECORD_KINDS
from hrdoc.exchange.unsigned import mark_unsigned

MAX_REPORT_BYTES = 256 << 20


class ReportImportError(HrdocError):
    pass


@dataclass
class ReportImport:
    file_name: str
    sha256: str
    added: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    left_out: Counter[str] = field(default_factory=Counter)
    imported: bool = False

    def lines(self) -> list[str]:
        out = [
            f"{self.file_name} (unsigned JSON report, SHA-256 {self.sha256[:16]}…): "
            + (", ".join(f"{n} {k}" for k, n in sorted(self.added.items())) or "nothing new")
            + (" added" if self.added else "")
        ]
        if self.skipped:
            out.append(
                "already here: " + ", ".join(f"{n} {k}" for k, n in sorted(self.skipped.items()))
            )
        for why, n in sorted(self.left_out.items()):
            out.append(f"left out {n}: {why}")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "sha256": self.sha256,
            "added": dict(self.added),
            "skipped": dict(self.skipped),
            "left_out": dict(self.left_out),
            "imported": self.imported,
        }


def read_report(path: Path) -> tuple[dict[str, list[Record]], ReportImport]:
    """The report's records, checked; nothing is stored."""
    try:
        if path.stat().st_size > MAX_REPORT_BYTES:
            raise ReportImportError(f"{path.name} is larger than {MAX_REPORT_BYTES >> 20} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise ReportImportError(f"cannot read {path.name}: {exc.strerror}") from None
    summary = ReportImport(path.name, hashlib.sha256(data).hexdigest())
    try:
        doc = parse_json(data, path.name[:80])
    except InvalidInput as exc:
        raise ReportImportError(f"{exc}: nothing was imported") from None
    if (
        not isinstance(doc, dict)
        or doc.get("format") != "hrdoc-report"
        or not isinstance(doc.get("records"), dict)
    ):
        raise ReportImportError(
            f"{path.name} is not an hrdoc JSON report (export report --format json)"
        )
    if doc.get("format_version") != 1:
        raise ReportImportError(
            f"{path.name}: report format version {doc.get('format_version')!r}"
            " is not one this hrdoc reads"
        )
    records: dict[str, list[Record]] = {}
    for kind, rows in doc["records"].items():
        if kind not in BY_KIND or not isinstance(rows, list):
            raise ReportImportError(f"{path.name}: unknown record kind {str(kind)[:40]!r}")
        if kind == "evidence":
            summary.left_out["evidence (a report holds no file's bytes)"] += len(rows)
            continue
        for row in rows:
            if not isinstance(row, dict):
                raise ReportImportError(f"{path.name}: a {kind} record is not an object")
            try:
                record = BY_KIND[kind].from_dict(row)
            except (InvalidInput, TypeError, ValueError, KeyError) as exc:
                raise ReportImportError(f"{path.name}: {kind}: {exc}"[:300]) from None
            records.setdefault(kind, []).append(record)
    return records, summary


def import_report(store: Store, path: Path, *, dry_run: bool = False) -> ReportImport:
    """Store the report's records in one transaction, or none of them."""
    records, summary = read_report(path)
    ids = [r.id for rs in records.values() for r in rs]
    if len(set(ids)) != len(ids):
        twice = next(i for i, n in Counter(ids).items() if n > 1)
        raise ReportImportError(f"{path.name} holds the id {twice} twice: nothing was imported")
    incoming = set(ids)
    now = utc_now()
    bundle_id = f"report:{summary.sha256}"
    with store.vault.transaction() as conn:
        for kind in RECORD_KINDS:
            cls = BY_KIND[kind]
            for record in records.get(kind, []):
                for ref in ("case_id", "incident_id", "actor_id"):
                    value = getattr(record, ref, None)
                    if value and value not in incoming and not store.any_exists(value):
                        raise ReportImportError(
                            f"{path.name}: {kind} {record.id} refers to {value}, which is"
                            " neither in the report nor in this vault: nothing was imported"
                        )
                if store.exists(cls, record.id):
                    if store.get(cls, record.id).same_content(record):
                        summary.skipped[kind] += 1
                        continue
                    raise ReportImportError(
                        f"{path.name}: {kind} {record.id} is already in this vault with other"
                        " content: nothing was imported (a bundle lets you review differences)"
                    )
                if store.any_exists(record.id):
                    raise ReportImportError(
                        f"{path.name}: {kind} {record.id} has the id of another record here"
                    )
                named = record.author
                record.author = store.vault.author_id  # unsigned: no one else can be vouched for
                note = f"imported from the unsigned JSON report {path.name[:80]}"
                if named and named != record.author:
                    note += f"; it names {named} as author (not verified)"
                store.insert_imported(conn, record, note=note)
                mark_unsigned(conn, [record], bundle_id, path.name)
                summary.added[kind] += 1
        if dry_run:
            raise _DryRun(summary)  # leaving the transaction by an exception undoes it
        audit.append(
            conn,
            at=now,
            author=store.vault.author_id,
            action="report-imported",
            record_type="report",
            record_id=bundle_id,
            version=0,
            content_hash=summary.sha256,
            note=f"unsigned JSON report {path.name[:80]}",
        )
    summary.imported = True
    return summary


class _DryRun(Exception):
    def __init__(self, summary: ReportImport) -> None:
        super().__init__("dry run")
        self.summary = summary


def check_report(store: Store, path: Path) -> ReportImport:
    """What importing would do, with nothing stored (the transaction is undone)."""
    try:
        import_report(store, path, dry_run=True)
    except _DryRun as done:
        return done.summary
    raise AssertionError("unreachable")  # pragma: no cover
