"""An NGO's inbox: many bundles at once (files, or a folder of them).

Each bundle is checked and imported on its own, all or nothing, exactly as
``hrdoc import FILE`` would; one refused bundle does not stop the others. The
result is a line per bundle for a summary table: who sent it, whether the
sender is a verified contact, what it added, conflicts, or why it was
refused. Progress runs across the whole set (by bytes); a cancel takes effect
between bundles, so no bundle is ever half imported.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hrdoc.core.errors import HrdocError, InvalidInput
from hrdoc.core.progress import Cancelled, Progress
from hrdoc.core.store import Store
from hrdoc.exchange.bundle_format import Limits
from hrdoc.exchange.bundle_import import import_bundle

IMPORTED, ALREADY, REFUSED, NOT_TRIED = "imported", "already imported", "refused", "not tried"
#: files a folder holds that are not bundles: left alone, not refused one by one
SKIPPED_SUFFIXES = (".txt", ".md", ".json", ".csv", ".pdf", ".html", ".png", ".jpg")


@dataclass
class InboxLine:
    #: the file's name, for the person reading the table (never used as a path)
    file: str
    result: str
    sender: str = ""
    fingerprint: str = ""
    verified: bool = False
    added: int = 0
    conflicts: int = 0
    withdrawn: int = 0
    #: why a bundle was refused, in one line
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """The bundles named: files as given; a folder's files (not its subfolders,
    not hidden files, not links, not the usual documents beside bundles), in
    name order. Nothing named is missing, or nothing is imported."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p
                for p in path.iterdir()
                if p.is_file()
                and not p.is_symlink()
                and not p.name.startswith(".")
                and not p.name.lower().endswith(SKIPPED_SUFFIXES)
            )
        elif path.is_file():
            found.append(path)
        else:
            raise InvalidInput(f"no such file or folder: {path}")
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InvalidInput("no bundle to import there")
    return unique


def import_many(
    store: Store,
    files: list[Path],
    *,
    accept_unknown_sender: bool = False,
    dry_run: bool = False,
    limits: Limits | None = None,
    progress: Progress | None = None,
) -> list[InboxLine]:
    """Import each bundle on its own; a line per file, in the order given.

    ``progress(done, total)`` counts bytes across all the files; it may raise
    :class:`Cancelled` only between bundles (the one being imported finishes
    first): the lines of the bundles not tried say so."""
    sizes = [_size(f) for f in files]
    total = sum(sizes)
    done = 0
    lines: list[InboxLine] = []
    for index, (path, size) in enumerate(zip(files, sizes, strict=True)):
        try:
            if progress:
                progress(done, total)  # may raise Cancelled: between bundles only
        except Cancelled:
            lines += [InboxLine(f.name, NOT_TRIED) for f in files[index:]]
            break
        lines.append(
            _one(store, path, accept_unknown_sender, dry_run, limits, progress, done, total)
        )
        done += size
    else:
        if progress:
            progress(total, total)
    return lines


def _one(
    store: Store,
    path: Path,
    accept_unknown_sender: bool,
    dry_run: bool,
    limits: Limits | None,
    progress: Progress | None,
    done: int,
    total: int,
) -> InboxLine:
    def within(n: int, _of: int) -> None:
        if progress:
            # asked to stop: this bundle finishes, the next is not begun
            with contextlib.suppress(Cancelled):
                progress(done + n, total)

    try:
        report = import_bundle(
            store,
            path,
            dry_run=dry_run,
            accept_unknown_sender=accept_unknown_sender,
            limits=limits,
            progress=within,
        )
    except HrdocError as exc:
        return InboxLine(path.name, REFUSED, reason=str(exc))
    sender = report.sender
    return InboxLine(
        path.name,
        ALREADY if report.already_imported else IMPORTED,
        sender=str(sender.get("contact") or sender.get("name") or ""),
        fingerprint=str(sender.get("fingerprint") or ""),
        verified=bool(sender.get("verified")),
        added=sum(report.added.values()),
        conflicts=len(report.conflicts),
        withdrawn=sum(report.withdrawn.values()),
    )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# --- a sender's records ---------------------------------------------------------

#: parents before children: deleting a parent takes what exists only under it
_KIND_ORDER = ("case", "incident", "actor", "involvement", "indicator", "evidence", "intervention")


@dataclass
class SenderRecords:
    name: str
    #: kind -> ids of live records received from this sender and from no one else
    records: dict[str, list[str]]
    #: after a withdrawal (not a purge): what was deleted, as one undoable batch
    deleted: Any = None

    def count(self) -> int:
        return sum(len(ids) for ids in self.records.values())


def senders_summary(conn: Any) -> list[tuple[str, int, int]]:
    """(sender name, bundles, records) for every sender bundles came from."""
    return [
        (str(name), int(bundles), int(records))
        for name, bundles, records in conn.execute(
            "SELECT sender_name, count(DISTINCT bundle_id), count(DISTINCT record_id)"
            " FROM provenance GROUP BY sender_name ORDER BY sender_name"
        )
    ]


def cases_from(store: Store, sender: str) -> list[str]:
    """The live cases received from ``sender`` (a name or a signing key)."""
    ids = [
        str(row[0])
        for row in store.vault.conn.execute(
            "SELECT DISTINCT p.record_id FROM provenance p JOIN cases c ON c.id = p.record_id"
            " WHERE p.record_type = 'case' AND (p.sender_name = ? OR p.sender_key = ?)"
            " ORDER BY c.title",
            (sender, sender),
        )
    ]
    if not ids:
        raise InvalidInput(f"no case was received from {sender!r} (see 'hrdoc sender list')")
    return ids


def records_from(store: Store, sender: str) -> SenderRecords:
    """The live records received from ``sender`` (a name as shown, or a signing
    key) and from no one else; a record another sender also sent stays theirs too."""
    conn = store.vault.conn
    rows = conn.execute(
        "SELECT record_type, record_id FROM provenance p WHERE (sender_name = ? OR sender_key = ?)"
        " AND NOT EXISTS (SELECT 1 FROM provenance q WHERE q.record_id = p.record_id"
        " AND q.sender_key != p.sender_key) GROUP BY record_type, record_id",
        (sender, sender),
    ).fetchall()
    if (
        not rows
        and not conn.execute(
            "SELECT 1 FROM provenance WHERE sender_name = ? OR sender_key = ? LIMIT 1",
            (sender, sender),
        ).fetchone()
    ):
        raise InvalidInput(f"nothing was ever received from {sender!r} (see 'hrdoc sender list')")
    found: dict[str, list[str]] = {}
    for kind, record_id in rows:
        if store.any_exists(record_id):
            found.setdefault(kind, []).append(record_id)
    return SenderRecords(sender, {k: sorted(found[k]) for k in _KIND_ORDER if k in found})


def withdraw_sender(store: Store, sender: str, *, purge: bool = False) -> SenderRecords:
    """A sender retracted: remove what was received from them, in one
    transaction. Deleted records can be brought back (``hrdoc undo``);
    ``purge`` erases them for good, with their history and files."""
    from hrdoc.core import deletion

    chosen = records_from(store, sender)
    batch = str(uuid.uuid4())  # one undo brings all of it back
    removed: list[Any] = []
    with store.vault.transaction() as tx:
        for kind in _KIND_ORDER:
            for record_id in chosen.records.get(kind, []):
                if not store.any_exists(record_id):
                    continue  # gone with its parent
                if purge:
                    deletion.purge_in(tx, store, record_id)
                else:
                    done = deletion.delete_in(
                        tx, store, record_id, note=f"withdrawn: received from {sender}", batch=batch
                    )
                    removed += done.records
    if purge:
        store.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    elif removed:
        chosen.deleted = deletion.Deleted(batch, removed)
    return chosen
