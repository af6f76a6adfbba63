"""Conflicts: an imported record whose content differs from ours. Our version
stays until the user decides: keep ours, or take theirs (as a new version;
ours stays in the history). Either way the decision is in the audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from hrdoc.core import audit
from hrdoc.core.errors import NotFound
from hrdoc.core.records import BY_KIND, Record, content_hash, utc_now
from hrdoc.core.store import Store

META_FIELDS = Record.META_FIELDS


@dataclass(frozen=True)
class Conflict:
    number: int
    kind: str
    record_id: str
    bundle_id: str
    detected_at: str
    incoming: dict[str, Any]

    def differences(self, store: Store) -> list[tuple[str, Any, Any]]:
        """(field, ours, theirs) for every field that differs."""
        ours = store.get(BY_KIND[self.kind], self.record_id).to_dict()
        return [
            (name, ours.get(name), value)
            for name, value in self.incoming.items()
            if name not in (*META_FIELDS, "record") and ours.get(name) != value
        ]


def open_conflicts(store: Store) -> list[Conflict]:
    rows = store.vault.conn.execute(
        "SELECT n, record_type, record_id, bundle_id, detected_at, incoming FROM conflicts"
        " WHERE resolved_at IS NULL ORDER BY n"
    )
    return [Conflict(n, k, r, b, d, json.loads(x)) for n, k, r, b, d, x in rows]


def resolve(store: Store, number: int, *, take_theirs: bool) -> Record | None:
    """Settle a conflict. Returns the record saved when taking theirs."""
    found = [c for c in open_conflicts(store) if c.number == number]
    if not found:
        raise NotFound(f"no open conflict number {number} (see 'hrdoc conflicts')")
    conflict = found[0]
    cls = BY_KIND[conflict.kind]
    saved: Record | None = None
    if take_theirs:
        current = store.get(cls, conflict.record_id)
        incoming = {k: v for k, v in conflict.incoming.items() if k not in META_FIELDS}
        saved = store.update(
            cls.from_dict(current.to_dict() | incoming),
            note=f"took the version from bundle {conflict.bundle_id}",
        )
    with store.vault.transaction() as conn:
        conn.execute("UPDATE conflicts SET resolved_at = ? WHERE n = ?", (utc_now(), number))
        if not take_theirs:
            current = store.get(cls, conflict.record_id)
            audit.append(
                conn,
                at=utc_now(),
                author=store.vault.author_id,
                action="conflict-kept-local",
                record_type=conflict.kind,
                record_id=conflict.record_id,
                version=current.version,
                content_hash=content_hash(current.content()),
                note=f"kept ours over bundle {conflict.bundle_id}",
            )
    return saved
