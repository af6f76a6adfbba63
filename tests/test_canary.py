"""A unique string written into every text field and an evidence file must not
appear in any byte on disk once the vault is locked: not in the database, the
WAL, the key slots, or anything else under the vault folder or HRDOC_HOME."""

from __future__ import annotations

import io
import uuid

from hrdoc.core.evidence import add_evidence
from hrdoc.core.records import Incident
from hrdoc.core.store import Store
from tests.records_factory import full_records


def encodings(canary: str) -> list[bytes]:
    return [canary.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def test_canary_appears_in_no_byte_on_disk(created, vault_dir, hrdoc_home, tmp_path):
    canary = f"CANARY{uuid.uuid4().hex}"
    store = Store(created.vault)
    records = full_records(canary)
    store.add_all(records)
    incident = next(r for r in records if isinstance(r, Incident))
    # edit once so the old version is also stored
    store.update(Incident.from_dict(incident.to_dict() | {"title": f"edited {canary}"}))
    add_evidence(
        store,
        incident.id,
        io.BytesIO(((canary + "\n") * 10000).encode()),
        f"{canary}.txt",
        description=canary,
        origin=canary,
    )
    # a search leaves no trace either
    from hrdoc.core.search import search

    assert search(created.vault.conn, canary[:12])
    created.vault.lock()

    files = [p for folder in (vault_dir, hrdoc_home) for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "vault.db" for p in files)
    for path in files:
        data = path.read_bytes()
        for needle in encodings(canary):
            assert needle not in data, f"canary found in {path}"
    assert not list(tmp_path.glob("**/*.tmp"))
