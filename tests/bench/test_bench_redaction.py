"""Redaction benchmark (issue 10): 1,000 incidents, 500 withheld people, every
name form on (folding, confusables, clitics, identifiers, contact details).

Target: the HTML report (redaction included) <= 3 s. Printed, not asserted.
"""

from __future__ import annotations

import time

from hrdoc.core.records import Actor, Case, Incident, Involvement, Sensitivity
from hrdoc.core.redaction import load_profile, redact
from hrdoc.reports.html import render
from hrdoc.reports.model import build
from tests.bench.conftest import Text, report

P = Sensitivity.PUBLIC
FIRST = ["Mariam", "José", "Layla", "Karim", "Zoë", "Li", "Ahmed", "Nour", "Ángela", "Omar"]
ARABIC = ["مريم", "أحمد", "ليلى", "كريم", "نور", "عمر", "يوسف", "إيمان", "سعاد", "هدى"]


def test_redaction_of_1000_incidents_with_500_withheld_people(bench_home):
    text = Text(3)
    case = Case(title="Benchmark case", sensitivity=P)
    people = [
        Actor(
            name=f"{FIRST[i % 10]} {text.sentence(1).title()}-{text.sentence(1).title()}",
            aliases=[f"{ARABIC[i % 10]} {ARABIC[(i // 10) % 10]}{i}"],
            contact=f"+961 3 {100000 + i} / user{i}@example.org",
            sensitivity=P,
        )
        for i in range(500)
    ]
    records: list = [case, *people]
    for i in range(1000):
        who = people[i % 500]
        first, last = who.name.split(" ", 1)
        incident = Incident(
            case_id=case.id,
            title=text.sentence(7),
            description=(
                f"{text.sentence(40)} و{who.aliases[0]} {first.upper()} "
                f"@{first}_{last.replace('-', '_')}84 scan_{last}.pdf "
                f"{text.sentence(40)} call +961 3 {100000 + i % 500}."
            ),
            sensitivity=P,
            start_date="2024-03-05",
        )
        records.append(incident)
        records.append(Involvement(incident_id=incident.id, actor_id=who.id, sensitivity=P))
    profile = load_profile("public")
    started = time.perf_counter()
    redacted = redact(records, profile, others=people)
    redaction = time.perf_counter() - started
    started = time.perf_counter()
    html = render(build(redacted))
    rendering = time.perf_counter() - started
    replaced = sum(
        n for (action, _), n in redacted.summary.counts.items() if action == "names in text"
    )
    report(
        "redaction: 1,000 incidents, 500 withheld people, all forms",
        [
            ("redact()", f"{redaction:.2f} s ({replaced} names replaced in text)"),
            ("HTML after redaction", f"{rendering:.2f} s, {len(html) / 1e6:.1f} MB"),
            ("total", f"{redaction + rendering:.2f} s  (target <= 3 s)"),
        ],
    )
