"""`hrdoc export report`: records -> redaction -> report model -> a file, atomically."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrdoc.core.atomic import atomic_write_bytes
from hrdoc.core.evidence import export_evidence
from hrdoc.core.progress import Progress
from hrdoc.core.redaction import Redacted, redact_cases
from hrdoc.core.store import Store
from hrdoc.reports import model as report_model

FORMATS = ("pdf", "html", "json", "csv", "uwazi")
MAX_EMBEDDED = report_model.MAX_IMAGE_BYTES


@dataclass
class ReportResult:
    redacted: Redacted
    path: Path | None
    size: int


def _fetcher(store: Store) -> Any:
    def fetch(evidence_id: str) -> bytes | None:
        buffer = io.BytesIO()
        export_evidence(store, evidence_id, buffer)
        return buffer.getvalue()

    return fetch


def render_report(
    model: report_model.ReportModel, fmt: str, progress: Progress | None = None
) -> bytes:
    if fmt == "html":
        from hrdoc.reports.html import render

        return render(model).encode("utf-8")
    if fmt == "pdf":
        from hrdoc.reports.pdf import render as render_pdf

        return render_pdf(model, progress=progress)
    if fmt == "json":
        from hrdoc.reports.tabular import render_json

        return render_json(model).encode("utf-8")
    if fmt == "csv":
        from hrdoc.reports.tabular import render_csv

        return render_csv(model).encode("utf-8")
    raise ValueError(f"unknown format {fmt}")


def _check_something_to_report(
    store: Store, redacted: Redacted, case_ids: list[str] | None
) -> None:
    """A report never comes out empty without a word: a chosen case the
    profile withholds, or no incident at all, is said before writing."""
    from hrdoc.core.errors import InvalidInput
    from hrdoc.core.records import Case

    kept = set(redacted.id_map.values())
    profile = redacted.profile
    for case_id in case_ids or []:
        if case_id not in kept:
            case = store.get(Case, case_id)
            raise InvalidInput(
                f"the case {case.title[:60]!r} is {case.sensitivity}, and profile "
                f"{profile.name!r} shows only what is {profile.max_sensitivity} or less: nothing "
                f"was written (make the case and its incidents {profile.max_sensitivity} with "
                "'hrdoc case edit ID --sensitivity ...', or choose another profile)"
            )
    if not redacted.of("incident"):
        raise InvalidInput(
            f"no incident can be shown under profile {profile.name!r} (each is above "
            f"{profile.max_sensitivity}, or under a case that is): nothing was written"
        )


def uwazi_template_path(dest: Path) -> Path:
    """Where the Uwazi template description goes: beside the CSV."""
    return dest.with_name(dest.stem + ".uwazi-template.json")


def export_report(
    store: Store,
    *,
    profile: str,
    fmt: str,
    dest: Path | None,
    case_ids: list[str] | None = None,
    lang: str = "en",
    dry_run: bool = False,
    stable: bool = False,
    progress: Progress | None = None,
) -> ReportResult:
    """Redact, render and write. With ``dry_run`` nothing is rendered or written.

    Every check (profile, redaction, fonts) happens before the file is written;
    the file appears whole or not at all.
    """
    redacted = redact_cases(store, profile, case_ids, stable=stable, lang=lang)
    if dry_run or dest is None:
        return ReportResult(redacted, None, 0)
    _check_something_to_report(store, redacted, case_ids)
    tick = progress or (lambda _done, _total: None)  # may raise Cancelled: nothing is written
    tick(0, 0)
    if fmt == "uwazi":  # the CSV and, beside it, the template it needs
        from hrdoc.reports import uwazi

        table, description = uwazi.render(redacted, store.vocab)
        tick(1, 1)
        atomic_write_bytes(uwazi_template_path(dest), description.encode("utf-8"), mode=0o644)
        data = table.encode("utf-8")
        atomic_write_bytes(dest, data, mode=0o644)
        return ReportResult(redacted, dest, len(data))
    model = report_model.build(redacted, lang=lang, fetch=_fetcher(store), vocab=store.vocab)
    tick(0, 0)
    data = render_report(model, fmt, progress=tick)
    tick(1, 1)
    atomic_write_bytes(dest, data, mode=0o644)
    return ReportResult(redacted, dest, len(data))
