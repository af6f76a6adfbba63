"""Provenance of records that came from an unsigned file (a spreadsheet, a
JSON report): "received from" names the file, marked unsigned, and never
looks like a verified contact."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from hrdoc.core.records import Record, utc_now

UNSIGNED = "unsigned"


def sender_name(file_name: str) -> str:
    return f"{file_name[:80]} ({UNSIGNED})"


def mark_unsigned(conn: Any, records: Iterable[Record], source_id: str, file_name: str) -> None:
    """Record, inside the caller's transaction, that these came from that file."""
    now = utc_now()
    conn.executemany(
        "INSERT INTO provenance (record_type, record_id, bundle_id, sender_key,"
        " sender_name, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(r.KIND, r.id, source_id, UNSIGNED, sender_name(file_name), now) for r in records],
    )
