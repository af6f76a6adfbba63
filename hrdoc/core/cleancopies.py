"""Evidence that leaves below the ``full`` profile goes as a cleaned copy.

For each original file about to leave, a copy without its metadata (see
:mod:`hrdoc.core.filemeta`) is made once and kept in the vault as a separate
evidence item whose ``derived_from`` names the original, as the data model
asks: its chain of custody records both SHA-256s and what was removed. Later
exports reuse it, so two bundles of unchanged data carry the same bytes.

Plain text (MVT's JSON results among it) holds nothing but its text and
goes as it is. A file hrdoc cannot clean is withheld, with the reason, unless
the person exporting names it to be sent as it is.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Collection
from dataclasses import dataclass, field

from hrdoc.core import filemeta
from hrdoc.core.errors import IntegrityError
from hrdoc.core.evidence import discard_staged, export_evidence, stage_evidence
from hrdoc.core.records import Evidence, Record, utc_now
from hrdoc.core.sealed import blob_of
from hrdoc.core.store import Store

CLEANED_EVENT = "metadata removed"


@dataclass
class CleaningReport:
    #: original evidence id -> what was removed from its copy
    cleaned: dict[str, list[str]] = field(default_factory=dict)
    #: (original evidence id, file name, why) of files withheld because they cannot be cleaned
    withheld: list[tuple[str, str, str]] = field(default_factory=list)
    #: originals sent as they are, because the person exporting asked
    sent_as_is: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """For the person exporting (names files from the vault)."""
        out = []
        for _id, name, why in self.withheld:
            out.append(f"withheld file {name} ({_id[:8]}): {why}")
        return out


def is_clean_copy(record: Evidence) -> bool:
    return bool(record.derived_from) and any(
        entry.get("event") == CLEANED_EVENT for entry in record.custody
    )


def prepare(
    store: Store,
    records: list[Record],
    *,
    create: bool = True,
    send_original: Collection[str] = (),
) -> tuple[list[Record], CleaningReport]:
    """``records`` with every original evidence item replaced by its cleaned
    copy (made now if ``create`` and there is none yet), files that cannot
    be cleaned left out unless their id is in ``send_original``."""
    report = CleaningReport()
    evidence = [r for r in records if isinstance(r, Evidence)]
    copies = {
        r.derived_from: r
        for r in store.find(Evidence)
        if is_clean_copy(r) and r.derived_from is not None
    }
    out: list[Record] = [r for r in records if not isinstance(r, Evidence)]
    for item in evidence:
        if is_clean_copy(item):
            continue  # goes out in place of its original, below
        if item.id in send_original:
            out.append(item)
            report.sent_as_is.append(item.id)
            continue
        if filemeta.is_plain_text(_head(store, item), item.file_name):
            out.append(item)  # nothing in it but its text
            continue
        copy = copies.get(item.id)
        if copy is None:
            try:
                copy = _make_copy(store, item, create, report)
            except filemeta.CannotClean as exc:
                report.withheld.append((item.id, item.file_name, str(exc)))
                continue
        # a dry run has no copy yet: the original stands in, so the preview counts it
        out.append(_stand_in(item, copy) if copy is not None else item)
    return out, report


def _head(store: Store, record: Evidence) -> bytes:
    """The first MiB of the stored file (its kind is in its first bytes)."""
    blob = blob_of(store.vault.conn, record.id)
    if blob is None:
        return b""
    chunks = store.vault.sealed.chunks(blob)
    try:
        return next(chunks, b"")
    except IntegrityError:
        return b""
    finally:
        chunks.close()


def _stand_in(original: Evidence, copy: Evidence) -> Evidence:
    """What goes out for ``original``: its current description, levels and
    publishability (changed since the copy was made, perhaps: a file made
    secret later must not leave as its old copy), with the copy's id, bytes,
    hash and custody note."""
    return dataclasses.replace(
        original,
        id=copy.id,
        sha256=copy.sha256,
        size=copy.size,
        derived_from=original.id,
        custody=[*original.custody, *copy.custody[-1:]],
        field_sensitivity=dict(original.field_sensitivity),
    )


def _make_copy(
    store: Store, original: Evidence, create: bool, report: CleaningReport
) -> Evidence | None:
    if original.size > filemeta.MAX_CLEAN_BYTES:
        raise filemeta.CannotClean(
            f"larger than {filemeta.MAX_CLEAN_BYTES >> 20} MB, too large to clean"
        )
    buffer = io.BytesIO()
    export_evidence(store, original.id, buffer)
    cleaned = filemeta.clean(buffer.getvalue(), original.file_name)
    report.cleaned[original.id] = cleaned.removed
    if not create:
        return None
    copy = stage_evidence(
        store,
        original.incident_id,
        io.BytesIO(cleaned.data),
        original.file_name,
        media_type=original.media_type,
        description=original.description,
        captured_at=original.captured_at,
        sensitivity=original.sensitivity,
        publishable=original.publishable,
        derived_from=original.id,
    )
    copy.custody.append(
        {
            "at": utc_now(),
            "by": store.vault.author_id,
            "event": CLEANED_EVENT,
            "original_sha256": original.sha256,
            "sha256": copy.sha256,
            "removed": "; ".join(cleaned.removed) or "nothing found",
        }
    )
    copy.field_sensitivity = dict(original.field_sensitivity)
    try:
        return store.add(copy, note="copy without metadata, for export")
    except BaseException:
        discard_staged(store, [copy])
        raise
