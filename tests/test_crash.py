"""A power cut or a kill at any moment loses no committed record and never
corrupts the vault. A child process writes records in a loop, printing each
id once its transaction has committed; we SIGKILL it at random moments."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from hrdoc.core.records import Case, Evidence, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.conftest import PASSPHRASE

WRITER = r"""
import io, os, sys
from hrdoc.core.evidence import add_evidence
from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault

vault = Vault.open(sys.argv[1], os.environ["HRDOC_PASSPHRASE"])
store = Store(vault)
print("ready", flush=True)
n = 0
while True:
    case = store.add(Case(title=f"case {n}"))
    print("case", case.id, flush=True)
    incident = store.add(Incident(case_id=case.id, title=f"incident {n}", start_date="2024-01-02"))
    print("incident", incident.id, flush=True)
    if n % 5 == 0:
        ev = add_evidence(store, incident.id, io.BytesIO(os.urandom(3 << 20)), f"f{n}.bin")
        print("evidence", ev.id, flush=True)
    n += 1
"""

KILLS = 24


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_records_survive_sigkill_at_random_moments(created, vault_dir):
    created.vault.lock()
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    committed: dict[str, set[str]] = {"case": set(), "incident": set(), "evidence": set()}
    env = os.environ | {"HRDOC_PASSPHRASE": PASSPHRASE}
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(vault_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first == "ready\n", child.stderr.read() if child.stderr else first
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate()
        for line in out.splitlines():
            kind, _, rid = line.partition(" ")
            if kind in committed and len(rid) == 36:
                committed[kind].add(rid)
    assert len(committed["case"]) >= KILLS // 2, "the writer should commit records between kills"

    with Vault.open(vault_dir, PASSPHRASE) as vault:
        store = Store(vault)
        for cls, kind in ((Case, "case"), (Incident, "incident"), (Evidence, "evidence")):
            for rid in committed[kind]:
                assert store.exists(cls, rid), f"committed {kind} {rid} was lost"
        assert vault.integrity_problems() == []
        assert list(vault.conn.execute("PRAGMA cipher_integrity_check")) == []
        assert [r[0] for r in vault.conn.execute("PRAGMA integrity_check")] == ["ok"]
        # no evidence file or key without its evidence row survives reopening
        orphans = vault.conn.execute(
            "SELECT count(*) FROM evidence_blobs WHERE evidence_id NOT IN (SELECT id FROM evidence)"
        ).fetchone()[0]
        assert orphans == 0
        named = {f for (f,) in vault.conn.execute("SELECT file FROM evidence_blobs")}
        assert {p.name for p in (vault_dir / "evidence").iterdir()} == named
        from hrdoc.core.integrity import verify_vault

        assert verify_vault(store) == []
