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
