"""Vault benchmarks (issue 2): figures printed, targets noted, nothing asserted.

- 100k incidents: insert time and search latency p50/p95 over 200 queries,
  encrypted vault vs the same workload on plain SQLite; ratio printed.
  Targets: search p95 <= 20 ms; insert ratio encrypted/plain <= 1.6.
- Unlock time (calibrated Argon2id) and open-to-first-query.
- Evidence intake and export of a 1 GB file: MB/s and peak RSS.
  Targets: >= 150 MB/s each way; peak RSS <= 150 MB.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

from hrdoc.core import schema, search
from hrdoc.core.keyslots import calibrate_argon2
from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault, _init_vault_data
from tests.bench.conftest import Text, report

PASSPHRASE = "benchmark passphrase for speed runs"
N_INCIDENTS = int(os.environ.get("HRDOC_BENCH_INCIDENTS", "100000"))
BATCH = 1000
N_QUERIES = 200


class _PlainSlots:
    def __init__(self, vault_id: str) -> None:
        self.vault_id = vault_id


def plain_vault(folder: Path) -> Vault:
    """The same Store code over an unencrypted SQLite file with the same settings."""
    folder.mkdir(parents=True)
    conn = sqlite3.connect(str(folder / "plain.db"), isolation_level=None, check_same_thread=False)
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "temp_store = MEMORY",
        "foreign_keys = ON",
        "secure_delete = ON",
    ):
        conn.execute(f"PRAGMA {pragma}")
    schema.migrate(conn)
    vault_id = str(uuid.uuid4())
    _init_vault_data(conn, vault_id)
    return Vault(folder, _PlainSlots(vault_id), bytes(32), conn)  # type: ignore[arg-type]


def fill(store: Store, seed: int) -> float:
    text = Text(seed)
    rng = random.Random(seed)
    case = store.add(Case(title="benchmark case"))
    start = time.perf_counter()
    for first in range(0, N_INCIDENTS, BATCH):
        batch = []
        for i in range(first, min(first + BATCH, N_INCIDENTS)):
            batch.append(
                Incident(
                    case_id=case.id,
                    title=text.sentence(6),
                    description=text.sentence(40),
                    start_date=f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    types=[rng.choice(["arrest", "phishing", "spyware_infection", "raid"])],
                    place=text.sentence(2),
                )
            )
        store.add_all(batch)
    return time.perf_counter() - start


def queries(seed: int, common: bool) -> list[str]:
    """What people type: a word or two, often only its first letters.

    ``common``: only the 20 most frequent words (each in a large share of all
    incidents), the worst case for ranking.
    """
    text = Text(seed)
    rng = random.Random(seed)
    pool = text.words[:20] if common else text.words[:5000]
    out = []
    for _ in range(N_QUERIES):
        words = rng.sample(pool, rng.choice([1, 1, 2]))
        out.append(" ".join(w[: rng.randint(3, len(w))] for w in words))
    return out


def search_latencies(store: Store, typed: list[str]) -> list[float]:
    times = []
    for query in typed:
        start = time.perf_counter()
        search.search(store.vault.conn, query, limit=50)
        times.append(time.perf_counter() - start)
    return times


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100)[int(p) - 1] * 1000


def ms(values: list[float]) -> str:
    return f"{pct(values, 50):.1f} / {pct(values, 95):.1f} ms"


def test_100k_incidents_insert_and_search(tmp_path, bench_home):
    params = calibrate_argon2()
    enc_vault, _ = Vault.create(tmp_path / "enc", PASSPHRASE, kdf_params=params)
    plain = plain_vault(tmp_path / "plain")
    enc_insert = fill(Store(enc_vault), seed=1)
    plain_insert = fill(Store(plain), seed=1)
    typical, common = queries(2, common=False), queries(3, common=True)
    enc_search = search_latencies(Store(enc_vault), typical)
    plain_search = search_latencies(Store(plain), typical)
    enc_common = search_latencies(Store(enc_vault), common)
    plain_common = search_latencies(Store(plain), common)
    enc_vault.lock()
    plain.lock()

    start = time.perf_counter()
    vault = Vault.open(tmp_path / "enc", PASSPHRASE)
    unlocked = time.perf_counter()
    Store(vault).find(Incident, limit=50, order="start_date")
    first_query = time.perf_counter()
    vault.lock()

    report(
        f"vault: {N_INCIDENTS} incidents (Argon2id {params.memory_kib // 1024} MiB, "
        f"t={params.iterations}, lanes={params.lanes})",
        [
            ("insert encrypted", f"{enc_insert:.1f} s ({N_INCIDENTS / enc_insert:.0f}/s)"),
            ("insert plain sqlite", f"{plain_insert:.1f} s"),
            ("insert ratio enc/plain", f"{enc_insert / plain_insert:.2f}  (target <= 1.6)"),
            ("search p50 / p95 encrypted", f"{ms(enc_search)}  (target p95 <= 20 ms)"),
            ("search p50 / p95 plain", ms(plain_search)),
            ("search p95 ratio enc/plain", f"{pct(enc_search, 95) / pct(plain_search, 95):.2f}"),
            ("common words p50 / p95 enc", ms(enc_common)),
            ("common words p50 / p95 plain", ms(plain_common)),
            ("unlock (KDF + open + checks)", f"{(unlocked - start) * 1000:.0f} ms"),
            ("open to first 50 rows", f"{(first_query - unlocked) * 1000:.1f} ms"),
        ],
    )


EVIDENCE_CHILD = r"""
import json, os, sys, time
from pathlib import Path
from hrdoc.core.atomic import atomic_writer
from hrdoc.core.evidence import add_evidence_file, export_evidence
from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault

def reset_peak():
    # Linux: "5" resets the peak RSS, so the KDF's memory is not counted.
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")

def peak_rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")

folder, source, dest = sys.argv[1:4]
vault = Vault.open(Path(folder), os.environ["HRDOC_PASSPHRASE"])
store = Store(vault)
case = store.add(Case(title="c"))
incident = store.add(Incident(case_id=case.id, title="i"))
rss_open = peak_rss_mb()
reset_peak()
t0 = time.perf_counter()
record = add_evidence_file(store, incident.id, Path(source))
t1 = time.perf_counter()
with atomic_writer(Path(dest)) as f:
    export_evidence(store, record.id, f)
t2 = time.perf_counter()
vault.lock()
print(json.dumps({"intake": t1 - t0, "export": t2 - t1, "size": record.size,
                  "rss_open": rss_open, "rss_peak": peak_rss_mb()}))
"""


def test_1gb_evidence_intake_and_export(tmp_path, bench_home):
    size_mb = int(os.environ.get("HRDOC_BENCH_EVIDENCE_MB", "1024"))
    source = tmp_path / "video.bin"
    block = os.urandom(1 << 20)
    with open(source, "wb") as f:
        for i in range(size_mb):
            f.write(block[i % 256 :] + block[: i % 256])
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf_params=calibrate_argon2())
    vault.lock()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            EVIDENCE_CHILD,
            str(tmp_path / "vault"),
            str(source),
            str(tmp_path / "out.bin"),
        ],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"HRDOC_PASSPHRASE": PASSPHRASE},
    )
    fig = json.loads(result.stdout)
    mb = fig["size"] / (1 << 20)
    same = (tmp_path / "out.bin").stat().st_size == source.stat().st_size
    db_mb = (tmp_path / "vault" / "vault.db").stat().st_size / (1 << 20)
    report(
        f"evidence: {mb:.0f} MB file",
        [
            ("intake", f"{mb / fig['intake']:.0f} MB/s ({fig['intake']:.1f} s)  (target >= 150)"),
            ("export", f"{mb / fig['export']:.0f} MB/s ({fig['export']:.1f} s)  (target >= 150)"),
            ("peak RSS during intake+export", f"{fig['rss_peak']:.0f} MB  (target <= 150)"),
            ("peak RSS of unlock (Argon2id)", f"{fig['rss_open']:.0f} MB"),
            ("exported size matches", str(same)),
            ("vault.db size", f"{db_mb:.0f} MB"),
        ],
    )
