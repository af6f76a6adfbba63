"""Evidence of schema 5 and before lived inside the database in chunks; on
the first open after the upgrade it moves into sealed files
(hrdoc/core/sealed.py)."""

from __future__ import annotations

from typing import Any

from hrdoc.core.sealed import insert_blob


class _ChunkStream:
    """The chunks of one evidence item of schema 5, read as a file."""

    def __init__(self, conn: Any, evidence_id: str) -> None:
        self._rows = conn.execute(
            "SELECT data FROM evidence_chunks WHERE evidence_id = ? ORDER BY seq", (evidence_id,)
        )
        self._chunk = b""
        self._at = 0

    def read(self, n: int = -1) -> bytes:
        if self._at >= len(self._chunk):
            row = self._rows.fetchone()
            if row is None:
                return b""
            self._chunk, self._at = bytes(row[0]), 0
        end = len(self._chunk) if n < 0 else self._at + n
        out = self._chunk[self._at : end]
        self._at += len(out)
        return out


def move_chunks_out(vault: Any) -> None:
    """Evidence stored inside the database (schema 5 and before) moves into
    sealed files, one item per transaction (a kill loses nothing: the
    chunks go in the transaction that records the file), then the
    database is compacted so the old pages leave the file."""
    conn = vault.conn
    has_chunks = "SELECT 1 FROM sqlite_schema WHERE name = 'evidence_chunks'"
    if not conn.execute(has_chunks).fetchone():
        return
    ids = [r[0] for r in conn.execute("SELECT DISTINCT evidence_id FROM evidence_chunks")]
    # the chunks' pages are compacted away below: zeroing each first
    # would write every byte of evidence once more
    conn.execute("PRAGMA secure_delete = OFF")
    try:
        for evidence_id in ids:
            with vault.intakes.owner_gone(evidence_id) as mine:
                if not mine:
                    continue
                with vault.transaction() as c:
                    blob = vault.sealed.new_blob()
                    vault.sealed_in(c, blob.file)
                    vault.sealed.seal(blob, _ChunkStream(c, evidence_id))
                    insert_blob(c, evidence_id, blob)
                    c.execute("DELETE FROM evidence_chunks WHERE evidence_id = ?", (evidence_id,))
        with vault.transaction() as c:
            if c.execute("SELECT NOT EXISTS (SELECT 1 FROM evidence_chunks)").fetchone()[0]:
                c.execute("DROP TABLE evidence_chunks")
        with vault._lock:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.execute("PRAGMA secure_delete = ON")
