"""Panic benchmark (issue 13): destroying access to a vault with 1 GB of
evidence, with and without deleting the files. Target: under 1 s. Printed."""

from __future__ import annotations

import io
import os
import shutil

from hrdoc.core import panic
from hrdoc.core.evidence import add_evidence
from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.bench.conftest import report

PASS = "benchmark passphrase for speed runs"
EVIDENCE_MB = int(os.environ.get("HRDOC_BENCH_PANIC_MB", "1024"))


def test_panic_on_a_1gb_vault(tmp_path, bench_home):
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASS, kdf_params=Argon2Params())
    store = Store(vault)
    case = store.add(Case(title="c"))
    incident = store.add(Incident(case_id=case.id, title="i"))
    block = os.urandom(1 << 20)
    for n in range(EVIDENCE_MB // 128):
        add_evidence(store, incident.id, io.BytesIO(block * 128), f"video{n}.mp4")
    vault.lock()
    shutil.copytree(folder, tmp_path / "second")
    slots_only = panic.panic(folder, recovery_too=True)
    everything = panic.panic(tmp_path / "second", recovery_too=True, delete_data=True)
    report(
        f"panic: vault with {EVIDENCE_MB} MB of evidence",
        [
            ("key slots destroyed", f"{slots_only.seconds * 1000:.1f} ms  (target < 1 s)"),
            (
                "key slots and every file deleted",
                f"{everything.seconds * 1000:.1f} ms, {everything.files_deleted} files",
            ),
        ],
    )
