"""The append-only, hash-chained audit log.

Each entry's hash covers the previous entry's hash and the entry's own
fields, including the SHA-256 of the record content it describes. Altering,
inserting or deleting any entry breaks the chain at that entry; altering a
record or one of its stored versions makes it disagree with its entry.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from hrdoc.core.records import canonical_json

GENESIS = "0" * 64
_FIELDS = (
    "seq",
    "at",
    "author",
    "action",
    "record_type",
    "record_id",
    "version",
    "content_hash",
    "note",
)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    author: str
    action: str
    record_type: str
    record_id: str
    version: int
    content_hash: str
    note: str
    prev_hash: str
    hash: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    body = canonical_json({k: fields[k] for k in _FIELDS})
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def append(
    conn: Any,
    *,
    at: str,
    author: str,
    action: str,
    record_type: str,
    record_id: str,
    version: int,
    content_hash: str,
    note: str = "",
) -> AuditEntry:
    """Append one entry. The caller holds the write transaction."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    fields: dict[str, Any] = {
        "seq": seq,
        "at": at,
        "author": author,
        "action": action,
        "record_type": record_type,
        "record_id": record_id,
        "version": version,
        "content_hash": content_hash,
        "note": note,
    }
    digest = entry_hash(prev, fields)
    conn.execute(
        "INSERT INTO audit_log (seq, at, author, action, record_type, record_id, version,"
        " content_hash, note, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            seq,
            at,
            author,
            action,
            record_type,
            record_id,
            version,
            content_hash,
            note,
            prev,
            digest,
        ),
    )
    return AuditEntry(**fields, prev_hash=prev, hash=digest)


def entries(conn: Any, record_id: str | None = None) -> list[AuditEntry]:
    cols = ", ".join((*_FIELDS, "prev_hash", "hash"))
    if record_id is None:
        rows = conn.execute(f"SELECT {cols} FROM audit_log ORDER BY seq")
    else:
        rows = conn.execute(
            f"SELECT {cols} FROM audit_log WHERE record_id = ? ORDER BY seq", (record_id,)
        )
    return [AuditEntry(*row) for row in rows]


def first_broken_link(conn: Any) -> str | None:
    """Walk the chain; describe the first entry that does not verify, or None."""
    cols = ", ".join((*_FIELDS, "prev_hash", "hash"))
    prev = GENESIS
    expected_seq = 1
    for row in conn.execute(f"SELECT {cols} FROM audit_log ORDER BY seq"):
        entry = AuditEntry(*row)
        where = f"audit entry {entry.seq} ({entry.action} {entry.record_type} {entry.record_id})"
        if entry.seq != expected_seq:
            return f"audit entry {expected_seq} is missing (next is {entry.seq})"
        if entry.prev_hash != prev:
            return f"{where}: does not link to the entry before it"
        if entry_hash(prev, entry.to_dict()) != entry.hash:
            return f"{where}: its contents were altered"
        prev = entry.hash
        expected_seq += 1
    return None
