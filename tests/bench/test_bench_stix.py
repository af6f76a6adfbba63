"""STIX benchmark (issue 5): load pegasus.stix2, match 10k recorded indicators.

Target: <= 2 s for both together. Printed, not asserted.
"""

from __future__ import annotations

import json
import random
import time

import pytest

from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import Case, Incident, Indicator
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.exchange.stix import import_stix, match_indicators
from tests.bench.conftest import report
from tests.conftest import SHARED

PEGASUS = SHARED / "testdata" / "stix2" / "pegasus.stix2"


def test_load_and_match(tmp_path, bench_home):
    if not PEGASUS.is_file():
        pytest.skip("../shared/testdata/stix2 is absent")
    vault, _ = Vault.create(
        tmp_path / "v", "benchmark passphrase for speed runs", kdf_params=Argon2Params()
    )
    store = Store(vault)
    case = store.add(Case(title="c"))
    incidents = [Incident(case_id=case.id, title=f"i{i}") for i in range(100)]
    store.add_all(incidents)
    known = [
        o["pattern"].split("'")[1]
        for o in json.loads(PEGASUS.read_text())["objects"]
        if o["type"] == "indicator" and o["pattern"].startswith("[domain-name")
    ]
    rng = random.Random(1)
    records = []
    for i in range(10_000):
        incident = incidents[i % 100].id
        if i % 20 == 0:
            records.append(
                Indicator(incident_id=incident, type="domain", value="a." + rng.choice(known))
            )
        elif i % 3 == 0:
            records.append(
                Indicator(incident_id=incident, type="url", value=f"https://h{i}.example/x")
            )
        else:
            records.append(
                Indicator(incident_id=incident, type="domain", value=f"host{i}.example.net")
            )
    store.add_all(records)
    start = time.perf_counter()
    import_stix(store, PEGASUS)
    loaded = time.perf_counter()
    hits = match_indicators(store)
    matched = time.perf_counter()
    vault.lock()
    report(
        "STIX: pegasus.stix2 and 10,000 recorded indicators",
        [
            ("load 1,549 indicators", f"{loaded - start:.2f} s"),
            ("match 10,000", f"{matched - loaded:.2f} s ({len(hits)} hits)"),
            ("both", f"{matched - start:.2f} s  (target <= 2 s)"),
        ],
    )
