"""Statistics benchmark (issue 16): the counts over 100,000 incidents after
a filter change. Target: <= 300 ms. Printed, not asserted."""

from __future__ import annotations

import random
import time

from hrdoc.core.filters import IncidentFilter
from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import Case, Incident
from hrdoc.core.statistics import statistics
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.bench.conftest import report

INCIDENTS = 100_000
TYPES = ["phishing", "arrest", "raid", "malicious_link_sms", "spyware_infection", "threat"]


def test_statistics_over_a_hundred_thousand_incidents(tmp_path, bench_home):
    rng = random.Random(3)
    vault, _ = Vault.create(
        tmp_path / "v", "benchmark passphrase for speed runs", kdf_params=Argon2Params()
    )
    store = Store(vault)
    cases = [Case(title=f"case {n}") for n in range(100)]
    store.add_all(cases)
    incidents = []
    for n in range(INCIDENTS):
        year, month = rng.randint(2010, 2025), rng.randint(1, 12)
        start, precision = rng.choice(
            [
                (f"{year}-{month:02d}-{rng.randint(1, 28):02d}", "day"),
                (f"{year}-{month:02d}", "month"),
                (f"{year}", "year"),
            ]
        )
        incidents.append(
            Incident(
                case_id=cases[n % 100].id,
                title=f"incident {n}",
                start_date=start,
                start_precision=precision,
                types=rng.sample(TYPES, rng.randint(1, 2)),
                country=rng.choice(["AE", "LB", "TN", "EG", "ZZ"]),
                verification=rng.choice(["alleged", "corroborated"]),
            )
        )
    store.add_all(incidents)
    timings = {}
    for name, chosen in (
        ("whole vault", None),
        ("one country", IncidentFilter(countries=["TN"])),
        (
            "a type and a date range",
            IncidentFilter(types=["arrest"], date_from="2018", date_to="2020"),
        ),
    ):
        started = time.perf_counter()
        stats = statistics(vault.conn, chosen)
        timings[name] = (time.perf_counter() - started, stats.total)
    # the statistics view after a filter change: counting, building and painting the chart shown
    from PySide6.QtWidgets import QApplication

    from hrdoc.gui.statistics_view import StatisticsWindow

    app = QApplication.instance() or QApplication(["hrdoc"])
    assert app is not None
    window = StatisticsWindow("en")
    window.show()
    window.show_counts(store, IncidentFilter())  # the first drawing loads fonts and Qt Charts
    drawn = {}
    for name, chosen in (
        ("whole vault", IncidentFilter()),
        ("one country", IncidentFilter(countries=["TN"])),
        (
            "a type and a date range",
            IncidentFilter(types=["arrest"], date_from="2018", date_to="2020"),
        ),
    ):
        started = time.perf_counter()
        window.show_counts(store, chosen)
        window.repaint()  # painted on screen, not only built
        drawn[name] = (time.perf_counter() - started) * 1000
    window.close()
    report(
        "statistics over 100,000 incidents",
        [
            (f"{name}: counts", f"{seconds * 1000:.0f} ms for {total} incidents")
            for name, (seconds, total) in timings.items()
        ]
        + [
            (f"{name}: counted and drawn", f"{ms:.0f} ms  (target <= 300 ms)")
            for name, ms in drawn.items()
        ],
    )
