"""Which incidents to list: one filter for the window's filter bar and for
``hrdoc incident list``, as SQL over the incidents table (combined with a
search by the caller)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class IncidentFilter:
    date_from: str | None = None  # partial ISO dates compare as text: "2016" <= "2016-08"
    date_to: str | None = None
    types: list[str] = field(default_factory=list)  # any of these
    countries: list[str] = field(default_factory=list)
    verification: list[str] = field(default_factory=list)
    case_id: str | None = None
    sensitivity: list[str] = field(default_factory=list)
    has_evidence: bool | None = None
    sender: str | None = None  # a contact's name or key, from provenance

    def is_empty(self) -> bool:
        return self == IncidentFilter()

    def where(self, alias: str = "incidents") -> tuple[str, list[Any]]:
        """A WHERE clause (without the keyword; '1' if nothing is asked) and its values."""
        parts: list[str] = []
        values: list[Any] = []
        a = alias
        if self.date_from:
            # an incident ending after the start counts, as does one that starts after
            # it; a partial date lasts to the end of its month or year ("2016-08"
            # overlaps a range from 2016-08-11)
            parts.append(f"coalesce({a}.end_date, {a}.start_date) || '\uffff' >= ?")
            values.append(self.date_from)
        if self.date_to:
            # "2016-08" as an end includes the whole month
            parts.append(f"{a}.start_date <= ?")
            values.append(self.date_to + "\uffff")
        if self.types:
            marks = ",".join("?" * len(self.types))
            parts.append(f"EXISTS (SELECT 1 FROM json_each({a}.types) WHERE value IN ({marks}))")
            values += self.types
        for column, wanted in (
            ("country", [c.upper() for c in self.countries]),
            ("verification", self.verification),
            ("sensitivity", self.sensitivity),
        ):
            if wanted:
                parts.append(f"{a}.{column} IN ({','.join('?' * len(wanted))})")
                values += wanted
        if self.case_id:
            parts.append(f"{a}.case_id = ?")
            values.append(self.case_id)
        if self.has_evidence is not None:
            exists = f"EXISTS (SELECT 1 FROM evidence e WHERE e.incident_id = {a}.id)"
            parts.append(exists if self.has_evidence else f"NOT {exists}")
        if self.sender:
            parts.append(
                "EXISTS (SELECT 1 FROM provenance p WHERE p.record_id = "
                f"{a}.id AND (p.sender_name = ? OR p.sender_key = ?))"
            )
            values += [self.sender, self.sender]
        return (" AND ".join(parts) or "1"), values


def senders(conn: Any) -> list[str]:
    """Names of those incidents were received from, for the filter's choices."""
    return [
        str(row[0])
        for row in conn.execute(
            "SELECT DISTINCT sender_name FROM provenance WHERE record_type = 'incident'"
            " ORDER BY sender_name"
        )
    ]
