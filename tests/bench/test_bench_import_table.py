"""Spreadsheet import benchmark (issue 15): 50,000 rows of a CSV checked and
imported into a vault, all in one transaction. Target: <= 30 s. Printed."""

from __future__ import annotations

import csv
import random
import resource
import time

from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.exchange.tables import import_table
from tests.bench.conftest import Text, report

ROWS = 50_000


def test_fifty_thousand_rows(tmp_path, bench_home):
    rng = random.Random(7)
    text = Text(seed=7)
    path = tmp_path / "ngo.csv"
    countries = ["Tunisia", "Tunisie", "تونس", "Egypt", "Égypte", "LB", "Emiratos Árabes Unidos"]
    types = ["Phishing", "Arrest", "Arrestation", "Raid", "مداهمة", "Detención"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Case", "Title", "Date", "Country", "Type", "Description", "Place"])
        for n in range(ROWS):
            writer.writerow(
                [
                    f"Case {n % 200}",
                    text.sentence(6),
                    f"{rng.randint(2010, 2025)}-{rng.randint(1, 12):02d}",
                    rng.choice(countries),
                    "|".join(rng.sample(types, rng.randint(1, 2))),
                    text.sentence(60),
                    text.sentence(2),
                ]
            )
    vault, _ = Vault.create(
        tmp_path / "v", "benchmark passphrase for speed runs", kdf_params=Argon2Params()
    )
    store = Store(vault)
    started = time.perf_counter()
    plan = import_table(store, path, dry_run=True)
    checked = time.perf_counter() - started
    started = time.perf_counter()
    plan = import_table(store, path)
    imported = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    assert plan.imported and not plan.problems
    stored = vault.conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
    report(
        "spreadsheet import (50,000 rows, 200 cases)",
        [
            ("file", f"{path.stat().st_size / 1e6:.1f} MB"),
            ("check only (--dry-run)", f"{checked:.1f} s"),
            ("check and import", f"{imported:.1f} s  (target <= 30 s)"),
            ("incidents stored", f"{stored}"),
            ("peak RSS of the process", f"{peak:.0f} MB"),
        ],
    )
    assert stored == ROWS
