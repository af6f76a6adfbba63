"""Two processes on one vault (the window and the CLI, in normal use): one
process's cleanup of interrupted intakes never touches an intake another is
still writing, and a killed intake is still cleaned up."""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from hrdoc.core.evidence import export_evidence
from hrdoc.core.integrity import verify_vault
from hrdoc.core.records import Case, Evidence, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.conftest import PASSPHRASE

ROUNDS = 20
SIZE = 100 << 20  # two batches: the first is committed while the second is written


ADD = ("evidence", "add", "--incident")


def hrdoc(*argv: str, vault):  # type: ignore[no-untyped-def]
    env = os.environ | {"HRDOC_PASSPHRASE": PASSPHRASE}
    return subprocess.Popen(
        [sys.executable, "-m", "hrdoc.cli", "--vault", str(vault), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )


@pytest.fixture
def incident_id(created):
    store = Store(created.vault)
    case = store.add(Case(title="c"))
    incident = store.add(Incident(case_id=case.id, title="i"))
    created.vault.lock()
    return incident.id


@pytest.mark.slow
def test_an_intake_survives_another_process_opening_the_vault(incident_id, vault_dir, tmp_path):
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    files = []
    for n in range(ROUNDS):
        path = tmp_path / f"video{n}.bin"
        path.write_bytes(os.urandom(1 << 20) * (SIZE >> 20))
        files.append(path)
        intake = hrdoc(*ADD, incident_id, str(path), vault=vault_dir)
        time.sleep(rng.uniform(0.2, 1.2))
        other = hrdoc("case", "list", vault=vault_dir)
        out, err = intake.communicate(timeout=120)
        assert intake.returncode == 0, err
        assert other.wait(timeout=120) == 0
        path.unlink()
        files[-1] = (out.split()[0], "", out)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        store = Store(vault)
        assert verify_vault(store) == []
        for evidence_id, _unused, out in files:
            record = store.get(Evidence, evidence_id)
            buffer = io.BytesIO()
            export_evidence(store, evidence_id, buffer)  # checks every byte against its hash
            assert record.size == SIZE and record.sha256 in out


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_intake_is_cleaned_up_by_the_next_open(incident_id, vault_dir, tmp_path):
    path = tmp_path / "video.bin"
    path.write_bytes(os.urandom(1 << 20) * (SIZE >> 20))
    intake = hrdoc(*ADD, incident_id, str(path), vault=vault_dir)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # until it is writing its file
            parts = list((vault_dir / "evidence").glob("*.part"))
            if parts and parts[0].stat().st_size > 0:
                break
            time.sleep(0.05)
    intake.send_signal(signal.SIGKILL)
    intake.wait()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        left = vault.conn.execute("SELECT count(*) FROM evidence_blobs").fetchone()[0]
        assert left == 0
        assert not list((vault_dir / "evidence").iterdir())
        assert not list((vault_dir / "intake").iterdir())
