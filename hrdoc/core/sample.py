"""The fictional sample case (resources/sample/), for trying hrdoc safely."""

from __future__ import annotations

import io
import json
from importlib import resources
from typing import Any

from hrdoc.core.evidence import add_evidence
from hrdoc.core.records import BY_KIND
from hrdoc.core.store import Store

_ORDER = ("case", "incident", "actor", "involvement", "indicator", "intervention")


def load_sample(store: Store) -> dict[str, int]:
    """Add the sample records and evidence. Returns counts per record kind."""
    folder = resources.files("hrdoc.resources").joinpath("sample")
    doc: dict[str, Any] = json.loads(folder.joinpath("sample_case.json").read_text("utf-8"))
    counts: dict[str, int] = {}
    for kind in _ORDER:
        for data in doc["records"].get(kind, []):
            store.add(BY_KIND[kind].from_dict(data), note="sample case")
            counts[kind] = counts.get(kind, 0) + 1
    for item in doc.get("evidence", []):
        content = folder.joinpath(item["file"]).read_bytes()
        add_evidence(
            store,
            item["incident_id"],
            io.BytesIO(content),
            item["file"],
            description=item.get("description", ""),
            captured_at=item.get("captured_at"),
        )
        counts["evidence"] = counts.get("evidence", 0) + 1
    return counts
