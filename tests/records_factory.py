"""One fully filled record of every type, for round-trip and canary tests."""

from __future__ import annotations

from hrdoc.core.records import (
    Actor,
    Case,
    Incident,
    Indicator,
    Intervention,
    Involvement,
    Record,
    Sensitivity,
)


def full_records(text: str = "text") -> list[Record]:
    """A case with an incident and one of every other record (not evidence).

    Every free-text field holds ``text`` (so a canary can be traced), and
    every optional field is set.
    """
    case = Case(title=f"case {text}", description=f"about {text}", sensitivity=Sensitivity.SECRET)
    incident = Incident(
        case_id=case.id,
        title=f"incident {text}",
        description=f"what happened {text}",
        start_date="2024-03-05",
        start_precision="day",
        end_date="2024-04",
        end_precision="month",
        country="LB",
        region=f"region {text}",
        place=f"place {text}",
        latitude=33.9,
        longitude=35.5,
        types=["spyware_infection", "malicious_link_sms"],
        verification="corroborated",
        sources=[f"source {text}"],
        field_sensitivity={"description": Sensitivity.SECRET},
    )
    actor = Actor(
        kind="person",
        name=f"name {text}",
        aliases=[f"alias {text}"],
        attributes={"profession": f"job {text}"},
        contact=f"+961 {text}",
        description=f"who {text}",
    )
    involvement = Involvement(
        incident_id=incident.id,
        actor_id=actor.id,
        role="target",
        confidence="high",
        notes=f"notes {text}",
    )
    indicator = Indicator(
        incident_id=incident.id,
        type="domain",
        value=f"{text}.example",
        first_seen="2024-03-05",
        source=f"origin {text}",
        notes=f"indicator notes {text}",
    )
    intervention = Intervention(
        case_id=case.id,
        incident_id=incident.id,
        kind="legal_complaint",
        by=f"lawyer {text}",
        date="2024-05-01",
        outcome=f"outcome {text}",
        description=f"complaint {text}",
    )
    return [case, incident, actor, involvement, indicator, intervention]
