"""Backup benchmark (issue 13): a full backup and restore of a vault with
2 GB of evidence (HRDOC_BENCH_BACKUP_MB), against copying the folder.
Printed, not asserted: it decides whether incremental backups are needed."""

from __future__ import annotations

import io
import os
import shutil
import time

from hrdoc.core import backup
from hrdoc.core.evidence import add_evidence
from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.bench.conftest import report

PASS = "benchmark passphrase for speed runs"
EVIDENCE_MB = int(os.environ.get("HRDOC_BENCH_BACKUP_MB", "2048"))


def test_full_backup_and_restore(tmp_path, bench_home):
    vault, _ = Vault.create(tmp_path / "vault", PASS, kdf_params=Argon2Params())
    store = Store(vault)
    case = store.add(Case(title="c"))
    incident = store.add(Incident(case_id=case.id, title="i"))
    block = os.urandom(1 << 20)
    for n in range(EVIDENCE_MB // 256):
        add_evidence(store, incident.id, io.BytesIO(block * 256), f"video{n}.mp4")
    started = time.perf_counter()
    done = backup.backup(vault, tmp_path / "b.backup")
    took = time.perf_counter() - started
    vault.lock()
    started = time.perf_counter()
    shutil.copytree(tmp_path / "vault", tmp_path / "copy")
    copied = time.perf_counter() - started
    started = time.perf_counter()
    backup.restore(tmp_path / "b.backup", tmp_path / "restored", passphrase=PASS)
    restored = time.perf_counter() - started
    mb = done.size / 1e6
    report(
        f"backup: {EVIDENCE_MB} MB of evidence in {done.evidence_files} files",
        [
            ("backup (written, then read back and checked)", f"{took:.1f} s, {mb / took:.0f} MB/s"),
            ("restore (written, checked, every file decrypted)", f"{restored:.1f} s"),
            ("copying the vault folder (cp -r)", f"{copied:.1f} s"),
            ("backup file", f"{mb:.0f} MB"),
            ("10 GB at this rate", f"{10_000 / (mb / took):.0f} s"),
        ],
    )
