"""Purge benchmark (issue 12): one incident with 1 GB of evidence erased from a
100k-incident vault. Target: seconds (<= 5 s). Printed, not asserted."""

from __future__ import annotations

import io
import os
import time

from hrdoc.core import deletion
from hrdoc.core.evidence import add_evidence
from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.bench.conftest import report
from tests.bench.test_bench_vault import N_INCIDENTS, PASSPHRASE, fill

EVIDENCE_MB = int(os.environ.get("HRDOC_BENCH_PURGE_MB", "1024"))


def test_purge_one_incident_with_1gb_of_evidence(tmp_path, bench_home):
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf_params=Argon2Params())
    store = Store(vault)
    fill(store, seed=3)
    case = store.add(Case(title="to purge"))
    incident = store.add(Incident(case_id=case.id, title="erase me"))
    block = os.urandom(1 << 20)
    for n in range(EVIDENCE_MB // 128):
        add_evidence(store, incident.id, io.BytesIO(block * 128), f"video{n}.mp4")
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _sizes(vault)
    started = time.perf_counter()
    deletion.purge(store, incident.id)
    took = time.perf_counter() - started
    after = _sizes(vault)
    vault.lock()
    report(
        f"purge: one incident with {EVIDENCE_MB} MB of evidence, {N_INCIDENTS} incidents",
        [
            ("purge (to the WAL truncated)", f"{took:.2f} s  (target <= 5 s)"),
            ("vault.db before / after", f"{before[0] / 1e9:.2f} / {after[0] / 1e9:.2f} GB"),
            ("evidence files before / after", f"{before[1] / 1e9:.2f} / {after[1] / 1e9:.2f} GB"),
            ("", "evidence keys erased (secure_delete), their sealed files unlinked"),
        ],
    )


def _sizes(vault: Vault) -> tuple[int, int]:
    return (vault.folder / "vault.db").stat().st_size, vault.sealed.total_bytes()
