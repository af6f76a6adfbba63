"""Evidence files, streamed into the vault as sealed files (hrdoc/core/sealed.py).

Intake records the new file's name and key, then reads the source once,
hashing as it encrypts. The evidence row (with its SHA-256) is written last,
in the same transaction as its audit entry; a file without its record is the
leftover of an interrupted intake and is removed on the next open. Export
streams the bytes back and checks the hash. Memory use is a few MiB, whatever
the file size.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import mimetypes
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from hrdoc.core import filemeta
from hrdoc.core.atomic import atomic_writer
from hrdoc.core.errors import IntegrityError, InvalidInput
from hrdoc.core.progress import Progress
from hrdoc.core.records import Evidence, Incident, Sensitivity, new_id, utc_now
from hrdoc.core.sealed import READ_SIZE, blob_of, insert_blob
from hrdoc.core.store import Store

CHUNK_SIZE = READ_SIZE


def safe_display_name(name: str) -> str:
    """A file name for display and storage: the last component, no control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable()).strip()
    return cleaned[:255] or "unnamed"


_FORBIDDEN = frozenset('<>:"/\\|?*')
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)}
)


def portable_file_name(name: str, limit: int = 200) -> str:
    """A name every system can write: no characters Windows forbids, no
    reserved device name (CON, NUL, ...), no trailing dot or space, and short
    enough for any folder; the extension is kept."""
    clean = "".join("_" if ch in _FORBIDDEN or not ch.isprintable() else ch for ch in name)
    clean = clean.strip().rstrip(". ") or "unnamed"
    stem, dot, ext = clean.rpartition(".")
    if not dot:
        stem, ext = clean, ""
    if stem.upper() in _RESERVED or clean.upper() in _RESERVED:
        stem = "_" + stem
    ext = ext[:20]
    stem = stem[: limit - len(ext) - 1]
    return f"{stem}.{ext}" if dot and ext else stem


def add_evidence(
    store: Store, incident_id: str, source: BinaryIO, file_name: str, **options: Any
) -> Evidence:
    """Stream ``source`` into the vault as evidence for an incident; the
    options are those of :func:`stage_evidence`.

    ``progress(bytes_so_far, total)`` is called after each chunk; it may raise
    :class:`Cancelled`, and then nothing of the file stays in the vault.
    """
    record = stage_evidence(store, incident_id, source, file_name, **options)
    try:
        return store.add(record)
    except BaseException:
        discard_staged(store, [record])
        raise


def stage_evidence(
    store: Store,
    incident_id: str,
    source: BinaryIO,
    file_name: str,
    *,
    media_type: str | None = None,
    description: str = "",
    captured_at: str | None = None,
    origin: str = "",
    sensitivity: Sensitivity = Sensitivity.RESTRICTED,
    publishable: bool = False,
    derived_from: str | None = None,
    file_metadata: dict[str, str] | None = None,
    progress: Progress | None = None,
) -> Evidence:
    """Store the bytes and return their record, not yet added: the caller
    adds it (with others, in one transaction) or calls :func:`discard_staged`.
    Chunks without a record are also removed when the vault is next opened."""
    if not store.exists(Incident, incident_id):
        raise InvalidInput(f"no incident with id {incident_id}")
    name = safe_display_name(file_name)
    record = Evidence(
        id=new_id(),
        incident_id=incident_id,
        file_name=name,
        media_type=media_type or mimetypes.guess_type(name)[0] or "application/octet-stream",
        description=description,
        captured_at=captured_at,
        source=origin,
        sensitivity=sensitivity,
        publishable=publishable,
        derived_from=derived_from,
        file_metadata=dict(file_metadata or {}),
        sha256="0" * 64,
    )
    record.validate(store.vocab)  # fail before reading a byte
    vault = store.vault
    vault.intakes.hold(record.id)  # until its row is committed: no one else's cleanup
    try:
        blob = vault.sealed.new_blob()
        with vault.transaction() as conn:
            insert_blob(conn, record.id, blob)  # first: a file is never without its row
        record.sha256, record.size = vault.sealed.seal(
            blob, source, progress=progress, total=_stream_size(source)
        )
        record.custody = [
            {"at": utc_now(), "by": vault.author_id, "event": "intake", "sha256": record.sha256}
        ]
    except BaseException:
        discard_staged(store, [record])
        raise
    return record


def _stream_size(source: BinaryIO) -> int:
    """The size of a file being read, or 0 for a stream of unknown length."""
    try:
        return max(0, os.fstat(source.fileno()).st_size - source.tell())
    except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
        return 0


def discard_staged(store: Store, records: Sequence[Evidence]) -> None:
    """Remove the files of staged evidence that never got its record."""
    if not store.vault.is_open:
        return
    with store.vault.transaction() as conn:
        for record in records:
            if not store.exists(Evidence, record.id):
                store.vault.drop_blob_in(conn, record.id)
    for record in records:
        store.vault.intakes.release(record.id)


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[BinaryIO]:
    """Open a file to take in; a missing or unreadable one is a one-line error."""
    try:
        with open(path, "rb") as source:
            yield source
    except FileNotFoundError:
        raise InvalidInput(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a file") from None
    except PermissionError:
        raise InvalidInput(f"cannot read {path}: permission denied") from None


def add_evidence_file(store: Store, incident_id: str, path: Path, **options: Any) -> Evidence:
    with _reading(path) as source:
        found = filemeta.inspect_file(path)
        return add_evidence(store, incident_id, source, path.name, file_metadata=found, **options)


def stage_files(
    store: Store,
    incident_id: str,
    paths: Sequence[Path],
    *,
    progress: Progress | None = None,
    **options: Any,
) -> list[Evidence]:
    """Stage several files (see :func:`stage_evidence`) with one progress over
    all their bytes. On an error or a cancel nothing of any of them is kept."""
    sizes = []
    for path in paths:
        try:
            sizes.append(path.stat().st_size)
        except OSError:
            sizes.append(0)  # opening it below gives the one-line error
    total = sum(sizes)
    staged: list[Evidence] = []

    def from_here(done: int) -> Progress | None:
        if progress is None:
            return None
        report = progress
        return lambda n, _size: report(done + n, total)

    try:
        for path in paths:
            done = sum(record.size for record in staged)
            with _reading(path) as source:
                staged.append(
                    stage_evidence(
                        store,
                        incident_id,
                        source,
                        path.name,
                        progress=from_here(done),
                        file_metadata=filemeta.inspect_file(path),
                        **options,
                    )
                )
            if progress:
                progress(done + staged[-1].size, total)
    except BaseException:
        discard_staged(store, staged)
        raise
    return staged


def add_evidence_files(
    store: Store, incident_id: str, paths: Sequence[Path], **options: Any
) -> list[Evidence]:
    """Take in several files together: all of them, or (on an error or a
    cancel) none."""
    staged = stage_files(store, incident_id, paths, **options)
    try:
        store.add_all(staged)
    except BaseException:
        discard_staged(store, staged)
        raise
    return staged


def verified_chunks(store: Store, record: Evidence) -> Iterator[bytes]:
    """The stored bytes, chunk by chunk. After the last chunk, raises
    IntegrityError if they do not match the size and SHA-256 taken at
    intake; a caller that writes them must discard what it wrote then."""
    digest = hashlib.sha256()
    size = 0
    blob = blob_of(store.vault.conn, record.id)
    chunks = store.vault.sealed.chunks(blob) if blob else iter(())
    try:
        for chunk in chunks:
            digest.update(chunk)
            size += len(chunk)
            yield chunk
    except IntegrityError:
        raise IntegrityError(
            f"evidence {record.id}: its file is missing or damaged; not exported"
        ) from None
    if size != record.size or digest.hexdigest() != record.sha256:
        raise IntegrityError(
            f"evidence {record.id} does not match the SHA-256 taken at intake; not exported"
        )


def export_evidence(
    store: Store, evidence_id: str, dest: BinaryIO, *, progress: Progress | None = None
) -> Evidence:
    """Write the evidence bytes to ``dest``, checking size and SHA-256.

    Raises IntegrityError if the stored bytes do not match the intake hash;
    the caller writes through an atomic writer so no partial file remains.
    """
    record = store.get(Evidence, evidence_id)
    done = 0
    for chunk in verified_chunks(store, record):
        dest.write(chunk)
        done += len(chunk)
        if progress:
            progress(done, record.size)
    return record


def export_evidence_to_file(
    store: Store, evidence_id: str, dest: Path, *, progress: Progress | None = None
) -> Evidence:
    """Write a verified copy to ``dest`` atomically and note the export in the
    audit log (chain of custody). Nothing is written if the hash does not match."""
    with atomic_writer(dest) as f:
        record = export_evidence(store, evidence_id, f, progress=progress)
    store.record_event(record, "export", "a copy was written outside the vault")
    return record


def evidence_problems(store: Store) -> list[str]:
    """Re-hash every evidence file; describe those that no longer match."""
    problems = []
    for record in store.find(Evidence):
        try:
            for _chunk in verified_chunks(store, record):
                pass
        except IntegrityError as exc:
            problems.append(str(exc).removesuffix("; not exported"))
    return problems
