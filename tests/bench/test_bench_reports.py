"""Report benchmark (issues 3 and 16): a 1,000-incident redacted report with
its charts and the case's timeline, in English and in Arabic.

Targets: HTML <= 3 s, PDF <= 15 s, peak RSS <= 500 MB. Printed, not asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.bench.conftest import report

N = int(os.environ.get("HRDOC_BENCH_REPORT_INCIDENTS", "1000"))

CHILD = r"""
import json, os, sys, time, random
from pathlib import Path
from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import Actor, Case, Incident, Indicator, Involvement, Sensitivity
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.reports.export import export_report
from tests.bench.conftest import Text

def peak():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024

folder, n = Path(sys.argv[1]), int(sys.argv[2])
PASS = "benchmark passphrase for speed runs"
vault, _ = Vault.create(folder / "vault", PASS, kdf_params=Argon2Params())
store = Store(vault)
text = Text(7)
P = Sensitivity.PUBLIC
case = store.add(Case(title="Benchmark case", sensitivity=P))
records = []
people = [Actor(name=f"Name{i} Surname{i}", aliases=[f"Alias{i}"], sensitivity=P)
          for i in range(200)]
records += people
for i in range(n):
    inc = Incident(case_id=case.id, title=text.sentence(7), sensitivity=P,
                   description=text.sentence(60) + f" Name{i % 200} Surname{i % 200} was there.",
                   start_date=f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                   country=["TR", "AE", "EG", "MA", "ZZ"][i % 5], region="r", place="p",
                   types=[["arrest", "spyware_infection"], ["raid"], ["malicious_link_sms"],
                          ["phishing", "threat"]][i % 4],
                   verification=["alleged", "corroborated", "forensic_indication"][i % 3])
    records.append(inc)
    for j in range(2):
        person = people[(i + j) % 200]
        role = "suspected_perpetrator" if j else "target"
        records.append(Involvement(incident_id=inc.id, actor_id=person.id, role=role,
                                   sensitivity=P))
        records.append(Indicator(incident_id=inc.id, type="domain", value=f"d{i}-{j}.example",
                                 sensitivity=P))
store.add_all(records)
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")
figures = {}
for lang in ("en", "ar"):
    for fmt in ("html", "pdf"):
        t = time.perf_counter()
        result = export_report(store, profile="public", fmt=fmt, dest=folder / f"r-{lang}.{fmt}",
                               lang=lang)
        figures[f"{lang} {fmt}"] = time.perf_counter() - t
        figures[f"{lang} {fmt}_bytes"] = result.size
figures["rss"] = peak()
vault.lock()
print(json.dumps(figures))
"""


def test_1000_incident_report(tmp_path, bench_home):
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path), str(N)],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    fig = json.loads(result.stdout.strip().splitlines()[-1])
    lines = []
    for lang in ("en", "ar"):
        pdf = str(tmp_path / f"r-{lang}.pdf")
        pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        count = next(
            (line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?"
        )
        html, pdf_s = fig[f"{lang} html"], fig[f"{lang} pdf"]
        size = fig[f"{lang} html_bytes"] / 1e6
        lines.append((f"HTML ({lang})", f"{html:.2f} s, {size:.1f} MB  (target <= 3 s)"))
        size = fig[f"{lang} pdf_bytes"] / 1e6
        lines.append(
            (f"PDF ({lang})", f"{pdf_s:.2f} s, {size:.1f} MB, {count} pages  (target <= 15 s)")
        )
    lines.append(("peak RSS while exporting", f"{fig['rss']:.0f} MB  (target <= 500 MB)"))
    report(f"report with charts and timeline: {N} incidents, profile public", lines)
