"""Inbox benchmark (issue 17): 1,000 bundles from 100 senders (20 incidents
each, small evidence) imported into one vault as one batch, then searches.

Targets: the import <= 2 min on this machine; search p95 <= 20 ms.
Printed, not asserted. HRDOC_BENCH_INBOX_BUNDLES changes the count."""

from __future__ import annotations

import io
import os
import random
import statistics as stats
import time

from hrdoc.core.evidence import add_evidence
from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import Case, Incident
from hrdoc.core.search import search
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.exchange import contacts
from hrdoc.exchange.bundle import export_bundle
from hrdoc.exchange.identity import Card, VaultIdentity, set_owner_name
from hrdoc.exchange.inbox import IMPORTED, import_many
from tests.bench.conftest import Text, report

BUNDLES = int(os.environ.get("HRDOC_BENCH_INBOX_BUNDLES", "1000"))
SENDERS = max(BUNDLES // 10, 1)
PASSPHRASE = "benchmark passphrase for speed runs"


def test_an_ngo_inbox_of_a_thousand_bundles(tmp_path, bench_home):
    text = Text(11)
    rng = random.Random(11)
    ngo, _ = Vault.create(tmp_path / "ngo", PASSPHRASE, kdf_params=Argon2Params())
    me = VaultIdentity(ngo)
    card = Card("NGO", me.ed25519, me.age_recipient)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    started = time.perf_counter()
    for s in range(SENDERS):
        sender, _ = Vault.create(tmp_path / f"s{s}", PASSPHRASE, kdf_params=Argon2Params())
        set_owner_name(sender, f"Defender {s}")
        contacts.add(sender, card)
        store = Store(sender)
        for b in range(BUNDLES // SENDERS):
            case = store.add(Case(title=f"{text.sentence(3)} {s}.{b}"))
            incidents = [
                Incident(
                    case_id=case.id,
                    title=text.sentence(6),
                    description=text.sentence(40),
                    start_date=f"20{10 + rng.randint(0, 14)}-{rng.randint(1, 12):02d}",
                    country=rng.choice(["AE", "EG", "MA", "TN", "LB"]),
                    types=[rng.choice(["arrest", "raid", "phishing", "malicious_link_sms"])],
                )
                for _ in range(20)
            ]
            store.add_all(incidents)
            add_evidence(store, incidents[0].id, io.BytesIO(os.urandom(20_000)), "photo.jpg")
            export_bundle(
                store,
                profile="full",
                dest=inbox / f"{s:03d}-{b:02d}.age",
                to=[card],
                case_ids=[case.id],
            )
        sender.lock()
    made = time.perf_counter() - started
    files = sorted(inbox.iterdir())
    size = sum(f.stat().st_size for f in files)

    store = Store(ngo)
    started = time.perf_counter()
    lines = import_many(store, files, accept_unknown_sender=True)
    took = time.perf_counter() - started
    imported = sum(line.result == IMPORTED for line in lines)
    incidents = store.count(Incident)

    words = [w for w in text.words[:3000]]
    times = []
    for _ in range(300):
        query = " ".join(rng.sample(words, rng.choice([1, 1, 2])))
        t = time.perf_counter()
        search(ngo.conn, query)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    ngo.lock()
    report(
        f"inbox: {len(files)} bundles from {SENDERS} senders",
        [
            ("bundles made (not timed)", f"{made:.0f} s, {size / 1e6:.1f} MB in all"),
            (
                "imported as one batch",
                f"{took:.1f} s, {imported} imported, {incidents} incidents"
                f" ({took / max(len(files), 1) * 1000:.0f} ms a bundle)  (target <= 120 s)",
            ),
            (
                "search afterwards",
                f"p50 {stats.median(times):.1f} ms, p95 {times[int(len(times) * 0.95)]:.1f} ms,"
                f" max {times[-1]:.1f} ms  (target p95 <= 20 ms)",
            ),
        ],
    )
