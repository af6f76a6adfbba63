"""Deleting (hidden, undoable, audited) and purging (gone for good).

Delete: the record and everything that exists only under it (a case's
incidents and interventions; an incident's people links, indicators, evidence
and interventions; a person's links; an evidence item's derived copies) leave
their tables, so every view, search, report and bundle loses them at once.
Their rows wait in ``deleted`` under one batch id, and :func:`undo` puts the
identical records back (same content hash). The audit log records both.

Purge: a record's content is erased for good, with its dependents: the row
(live or deleted), every old version, drafts, conflicts, provenance, shares,
evidence files and their keys, and its full-text entries (FTS5 secure-delete, then an
optimize that rewrites the index without deleted tokens). SQLite's
secure_delete zeroes freed pages; the WAL is checkpointed and truncated. The
audit chain keeps each purged version's hash and a tombstone entry, never
the content, so ``verify`` stays clean.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from hrdoc.core import audit
from hrdoc.core.errors import NotFound
from hrdoc.core.records import (
    BY_KIND,
    Actor,
    Evidence,
    Incident,
    Indicator,
    Intervention,
    Involvement,
    Record,
    canonical_json,
    content_hash,
    utc_now,
)
from hrdoc.core.store import Store, _to_row

#: what exists only under a record of each kind: (kind, field that points up)
_UNDER: dict[str, list[tuple[type[Record], str]]] = {
    "case": [(Incident, "case_id"), (Intervention, "case_id")],
    "incident": [
        (Involvement, "incident_id"),
        (Indicator, "incident_id"),
        (Evidence, "incident_id"),
        (Intervention, "incident_id"),
    ],
    "actor": [(Involvement, "actor_id")],
    "evidence": [(Evidence, "derived_from")],
}
#: insertion order (parents first); deletion goes the other way
_ORDER = ("case", "actor", "incident", "involvement", "indicator", "evidence", "intervention")


@dataclass
class Deleted:
    batch: str
    records: list[Record]

    def lines(self) -> list[str]:
        return [f"{r.KIND} {r.id}  {r.display_title[:60]}" for r in self.records]


def affected(store: Store, record_id: str) -> list[Record]:
    """The record and everything that exists only under it, parents first."""
    cls = store.kind_of(record_id)
    found: dict[str, Record] = {}
    todo = [store.get(cls, record_id)]
    while todo:
        record = todo.pop()
        if record.id in found:
            continue
        found[record.id] = record
        for child_cls, field_name in _UNDER.get(record.KIND, []):
            todo.extend(store.find(child_cls, where={field_name: record.id}))
    return sorted(found.values(), key=lambda r: _ORDER.index(r.KIND))


def delete(store: Store, record_id: str, *, note: str = "") -> Deleted:
    """Hide a record and what exists only under it, in one transaction.
    Records that went to contacts are withdrawn from them in the next bundle."""
    with store.vault.transaction() as conn:
        return delete_in(conn, store, record_id, note=note)


def delete_in(
    conn: Any, store: Store, record_id: str, *, note: str = "", batch: str | None = None
) -> Deleted:
    """:func:`delete` inside the caller's transaction. Deletions given the same
    ``batch`` come back together with one undo."""
    records = affected(store, record_id)
    batch = batch or str(uuid.uuid4())
    now = utc_now()
    for record in reversed(records):
        conn.execute(
            "INSERT INTO deleted (record_type, record_id, data, batch, deleted_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (record.KIND, record.id, canonical_json(record.to_dict()), batch, now),
        )
        conn.execute(f"DELETE FROM {record.TABLE} WHERE id = ?", (record.id,))
        _withdraw(conn, record, "delete", now)
        store._audit(conn, "delete", record, note or f"deleted (batch {batch})", at=now)
    return Deleted(batch, records)


def _withdraw(conn: Any, record: Record, action: str, now: str) -> None:
    """Note, for each contact the record went to, that it is withdrawn."""
    conn.execute(
        "INSERT INTO withdrawals (record_id, record_type, recipient, action, at)"
        " SELECT record_id, ?, recipient, ?, ? FROM shared WHERE record_id = ?"
        " ON CONFLICT (record_id, recipient) DO UPDATE SET action = excluded.action,"
        " at = excluded.at",
        (record.KIND, action, now, record.id),
    )


def deleted_batches(store: Store) -> list[tuple[str, str, int]]:
    """(batch, deleted_at, records) of what can still be undone, newest first."""
    return [
        (b, at, n)
        for b, at, n in store.vault.conn.execute(
            "SELECT batch, max(deleted_at), count(*) FROM deleted GROUP BY batch"
            " ORDER BY max(deleted_at) DESC"
        )
    ]


def undo(store: Store, batch: str) -> list[Record]:
    """Put a deleted batch back, identical (same content hash)."""
    records = _batch(store, batch)
    now = utc_now()
    with store.vault.transaction() as conn:
        for record in records:
            conn.execute(
                "DELETE FROM withdrawals WHERE record_id = ? AND action = 'delete'", (record.id,)
            )
            row = _to_row(record)
            conn.execute(
                f"INSERT INTO {record.TABLE} ({', '.join(row)})"
                f" VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            conn.execute("DELETE FROM deleted WHERE record_id = ?", (record.id,))
            store._audit(conn, "undelete", record, f"delete undone (batch {batch})", at=now)
    return records


def _batch(store: Store, batch: str) -> list[Record]:
    rows = store.vault.conn.execute(
        "SELECT record_type, data FROM deleted WHERE batch = ?", (batch,)
    ).fetchall()
    if not rows:
        raise NotFound("nothing deleted under that batch (undone or purged already?)")
    records = [BY_KIND[kind].from_dict(json.loads(data)) for kind, data in rows]
    return sorted(records, key=lambda r: _ORDER.index(r.KIND))


def purge(store: Store, record_id: str) -> list[Record]:
    """Erase a record (live or deleted) and what exists only under it, with
    every old version and trace; see the module docstring."""
    with store.vault.transaction() as tx:
        records = purge_in(tx, store, record_id)
    store.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return records


def purge_in(tx: Any, store: Store, record_id: str) -> list[Record]:
    """:func:`purge` inside the caller's transaction (who commits it then
    checkpoints the WAL)."""
    row = tx.execute("SELECT batch FROM deleted WHERE record_id = ?", (record_id,)).fetchone()
    if row:
        records = _with_descendants(_batch(store, row[0]), record_id)
    elif store.any_exists(record_id):
        records = affected(store, record_id)
    else:
        raise NotFound(f"no record {record_id} to purge")
    ids = [r.id for r in records]
    now = utc_now()
    tx.executemany("INSERT OR IGNORE INTO purging (record_id) VALUES (?)", [(i,) for i in ids])
    for record in reversed(records):
        versions = tx.execute(
            "SELECT version, data FROM record_versions WHERE record_id = ?", (record.id,)
        ).fetchall()
        hashes = [content_hash(json.loads(data)) for _v, data in versions]
        hashes.append(content_hash(record.content()))
        tx.execute(f"DELETE FROM {record.TABLE} WHERE id = ?", (record.id,))
        _withdraw(tx, record, "purge", now)  # before its shares are erased
        for table in ("deleted", "record_versions", "conflicts", "provenance", "shared"):
            tx.execute(f"DELETE FROM {table} WHERE record_id = ?", (record.id,))
        # drafts of any window that edited it (their keys hold its id)
        tx.execute("DELETE FROM meta WHERE key LIKE 'draft:%' AND instr(key, ?) > 0", (record.id,))
        if isinstance(record, Evidence):
            store.vault.drop_blob_in(tx, record.id)  # its only key; the file goes at commit
        audit.append(
            tx,
            at=now,
            author=store.vault.author_id,
            action="purge",
            record_type=record.KIND,
            record_id=record.id,
            version=0,
            content_hash=content_hash({"purged": sorted(hashes)}),
            note=f"content erased ({len(hashes)} version(s); their hashes are kept)",
        )
    tx.execute("DELETE FROM purging")
    # the index: drop deleted tokens from every segment
    tx.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    return records


_UP_FIELDS = sorted({f for links in _UNDER.values() for _c, f in links})


def _with_descendants(records: list[Record], root: str) -> list[Record]:
    """Of a deleted batch, the root and what exists only under it."""
    keep = {root}
    changed = True
    while changed:
        changed = False
        for r in records:
            if r.id not in keep and any(getattr(r, f, None) in keep for f in _UP_FIELDS):
                keep.add(r.id)
                changed = True
    return [r for r in records if r.id in keep]


# --- a purged person's name elsewhere -------------------------------------------------

#: fields that hold codes, dates and references: never searched for names
_CODES = frozenset(
    {"id", "version", "created_at", "updated_at", "author", "sensitivity", "field_sensitivity"}
    | {"case_id", "incident_id", "actor_id", "derived_from", "types", "verification", "kind"}
    | {"role", "confidence", "type", "media_type", "size", "sha256", "status", "country"}
)


def mentions(store: Store, person: Actor) -> list[tuple[Record, str]]:
    """(record, field) of every text field elsewhere in the vault that names
    this person (their names, aliases or contact details, in any form)."""
    from hrdoc.core.namematch import WITHHELD, NameMatcher, Person
    from hrdoc.core.records import RECORD_TYPES

    matcher = NameMatcher([Person(WITHHELD, (person.name, *person.aliases), person.contact)])
    found = []
    for cls in RECORD_TYPES:
        for record in store.find(cls):
            if record.id == person.id:
                continue
            for name, value in record.to_dict().items():
                if name in _CODES or name == "record":
                    continue
                if _holds(matcher, value):
                    found.append((record, name))
    return found


def _holds(matcher: Any, value: Any) -> bool:
    if isinstance(value, str):
        return bool(matcher.find(value))
    if isinstance(value, list):
        return any(_holds(matcher, v) for v in value)
    if isinstance(value, dict):
        return any(_holds(matcher, k) or _holds(matcher, v) for k, v in value.items())
    return False


def redact_mentions(
    store: Store, person: Actor, places: Collection[tuple[str, str]] | None = None
) -> list[Record]:
    """Replace the person's name with "[name withheld]" in every field that
    mentions it (or only in ``places``: (record id, field) pairs from
    :func:`mentions`), as a new version, then erase those records' earlier
    versions, which still hold the name; the audit chain keeps their hashes
    and a tombstone. Returns the records changed."""
    from hrdoc.core.namematch import WITHHELD, NameMatcher, Person

    matcher = NameMatcher([Person(WITHHELD, (person.name, *person.aliases), person.contact)])
    changed: dict[str, Record] = {}
    fields: dict[str, set[str]] = {}
    for record, field_name in mentions(store, person):
        if places is None or (record.id, field_name) in places:
            changed.setdefault(record.id, record)
            fields.setdefault(record.id, set()).add(field_name)
    now = utc_now()
    with store.vault.transaction() as tx:
        for record in changed.values():
            data = record.to_dict()
            for name in fields[record.id]:
                data[name] = _scrubbed(matcher, data[name])
            store._update(tx, type(record).from_dict(data), note="a purged name removed")
            _erase_history(tx, store, record, now)
        tx.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    store.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return list(changed.values())


def _scrubbed(matcher: Any, value: Any) -> Any:
    if isinstance(value, str):
        return matcher.sub(value)[0]
    if isinstance(value, list):
        return [_scrubbed(matcher, v) for v in value]
    if isinstance(value, dict):
        return {_scrubbed(matcher, k): _scrubbed(matcher, v) for k, v in value.items()}
    return value


def _erase_history(tx: Any, store: Store, record: Record, now: str) -> None:
    """Earlier versions of a record erased; their hashes stay in the audit log."""
    versions = tx.execute(
        "SELECT data FROM record_versions WHERE record_id = ?", (record.id,)
    ).fetchall()
    if not versions:
        return
    tx.execute("INSERT OR IGNORE INTO purging (record_id) VALUES (?)", (record.id,))
    tx.execute("DELETE FROM record_versions WHERE record_id = ?", (record.id,))
    tx.execute("DELETE FROM purging WHERE record_id = ?", (record.id,))
    tx.execute("DELETE FROM meta WHERE key LIKE 'draft:%' AND instr(key, ?) > 0", (record.id,))
    audit.append(
        tx,
        at=now,
        author=store.vault.author_id,
        action="history-erased",
        record_type=record.KIND,
        record_id=record.id,
        version=0,
        content_hash=content_hash(
            {"erased": sorted(content_hash(json.loads(d)) for (d,) in versions)}
        ),
        note=f"{len(versions)} earlier version(s) erased: they named a purged person",
    )
