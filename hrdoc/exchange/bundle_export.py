"""Writing a bundle: records redacted for the profile, evidence cleaned below
`full`, signed, encrypted to contacts or a passphrase, written atomically."""

from __future__ import annotations

import hashlib
import tarfile
import uuid
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from hrdoc.core import agefile, ageworker, passphrases, plaintar
from hrdoc.core.atomic import atomic_writer
from hrdoc.core.errors import IntegrityError, InvalidInput
from hrdoc.core.evidence import verified_chunks
from hrdoc.core.progress import Progress
from hrdoc.core.records import (
    Evidence,
    canonical_json,
    utc_now,
)
from hrdoc.core.redaction import redact_cases
from hrdoc.core.store import Store
from hrdoc.exchange.bundle_format import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    PASSPHRASE_RECIPIENT,
    RECORD_KINDS,
    SIGNATURE,
    BundleError,
)
from hrdoc.exchange.identity import Card, VaultIdentity


@dataclass
class ExportResult:
    bundle_id: str
    path: Path
    entries: int
    records: dict[str, int]
    evidence_bytes: int
    #: files withheld because they cannot be cleaned (names files: for the sender only)
    withheld_files: list[str] = field(default_factory=list)
    #: the profile applied: name, file and SHA-256
    profile_source: str = ""


def export_bundle(
    store: Store,
    *,
    profile: str,
    dest: Path,
    to: list[Card] | None = None,
    passphrase: str | None = None,
    case_ids: list[str] | None = None,
    progress: Progress | None = None,
    send_original: Collection[str] = (),
    also_to: Collection[str] = (),
) -> ExportResult:
    """Write an encrypted, signed bundle to ``dest`` (atomically). Below the
    full profile evidence goes without its metadata; a file that cannot be
    cleaned is withheld unless its id is in ``send_original``. ``also_to``:
    further age recipients that are not contacts (a backup's restore key)."""
    if bool(to) == bool(passphrase):
        raise InvalidInput("give the bundle's recipients, or a passphrase, not both")
    if passphrase is not None:  # the file travels by e-mail: it may be attacked for years
        passphrases.check(passphrase, "the bundle passphrase")
    # The destination is opened first: one that cannot be written fails
    # before the vault keeps the clean copies this export would make.
    with atomic_writer(dest, mode=0o600) as out:
        result, shared = _write_bundle(
            store, out, dest, profile, to, passphrase, case_ids, progress, send_original, also_to
        )
    _record_shares(store, shared, to, result.bundle_id)
    return result


def _write_bundle(
    store: Store,
    out: BinaryIO,
    dest: Path,
    profile: str,
    to: list[Card] | None,
    passphrase: str | None,
    case_ids: list[str] | None,
    progress: Progress | None,
    send_original: Collection[str],
    also_to: Collection[str],
) -> tuple[ExportResult, list[str]]:
    """The bundle, and the vault ids of the records it carries."""
    recipients = [c.age_recipient for c in to] if to else [PASSPHRASE_RECIPIENT]
    redacted = redact_cases(
        store,
        profile,
        case_ids,
        recipients=recipients,
        clean_files=True,
        send_original=send_original,
    )
    chosen = redacted.profile
    identity = VaultIdentity(store.vault)

    files: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for kind in RECORD_KINDS:
        rows = redacted.of(kind)
        if rows:
            files[f"records/{kind}.jsonl"] = "".join(
                canonical_json(r) + "\n" for r in rows
            ).encode()
            counts[kind] = len(rows)
    evidence: dict[str, tuple[str, int]] = {}  # sha256 -> (vault evidence id, size)
    for row in redacted.of("evidence"):
        vault_id = redacted.evidence_files.get(row["id"])
        if vault_id:
            evidence.setdefault(row["sha256"], (vault_id, int(row["size"])))

    entries = [
        {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in files.items()
    ]
    entries += [
        {"name": f"evidence/{sha}", "sha256": sha, "size": size}
        for sha, (_vid, size) in sorted(evidence.items())
    ]
    bundle_id = str(uuid.uuid4())
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "bundle_id": bundle_id,
        "created_at": utc_now(),
        "sender": {
            "name": identity.name,
            "key_id": identity.key_id,
            "ed25519": identity.ed25519,
            "age_recipient": identity.age_recipient,
        },
        "recipients": [*recipients, *also_to],
        "profile": chosen.to_dict(),
        "entries": entries,
        "withdrawals": _withdrawals_for(store, to),
    }
    manifest_bytes = (canonical_json(manifest) + "\n").encode()
    signature = identity.sign(manifest_bytes)

    total = sum(size for _vid, size in evidence.values())

    def stream() -> Iterator[bytes]:
        done = 0
        for name, data in ((MANIFEST, manifest_bytes), (SIGNATURE, signature), *files.items()):
            yield plaintar.header(name, len(data)) + data + plaintar.padding(len(data))
        for sha, (vault_id, size) in sorted(evidence.items()):
            yield plaintar.header(f"evidence/{sha}", size)
            try:
                for chunk in verified_chunks(store, store.get(Evidence, vault_id)):
                    done += len(chunk)
                    if progress:
                        progress(done, total)
                    yield chunk
            except IntegrityError:
                raise BundleError(
                    f"evidence {vault_id} no longer matches its SHA-256; not sent"
                ) from None
            yield plaintar.padding(size)
        yield b"\0" * (2 * tarfile.BLOCKSIZE)

    if to:
        try:
            ageworker.encrypt_stream(stream(), out, [*recipients, *also_to], total)
        except agefile.AgeError as exc:
            raise BundleError(str(exc)) from None
    else:
        assert passphrase is not None
        agefile.encrypt_with_passphrase(stream(), out, passphrase)
    result = ExportResult(
        bundle_id,
        dest,
        len(entries) + 2,
        counts,
        total,
        redacted.cleaning_lines,
        chosen.provenance(),
    )
    return result, list(redacted.id_map.values())


# --- import ---------------------------------------------------------------------


def _withdrawals_for(store: Store, to: list[Card] | None) -> list[dict[str, str]]:
    """What these recipients received and this vault has since deleted or
    purged: signed in the manifest, applied by the receiver (its author only)."""
    recipients = [c.ed25519 for c in to] if to else [PASSPHRASE_RECIPIENT]
    marks = ",".join("?" * len(recipients))
    rows = store.vault.conn.execute(
        "SELECT DISTINCT record_id, record_type, action FROM withdrawals"
        f" WHERE recipient IN ({marks}) ORDER BY record_id",
        recipients,
    )
    return [{"id": rid, "kind": kind, "action": action} for rid, kind, action in rows]


def _record_shares(store: Store, shared: list[str], to: list[Card] | None, bundle_id: str) -> None:
    """Note which records went to whom (their replies may file under them)."""
    recipients = [c.ed25519 for c in to] if to else [PASSPHRASE_RECIPIENT]
    now = utc_now()
    with store.vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO shared (record_id, recipient, bundle_id, shared_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (record_id, recipient) DO UPDATE SET bundle_id = excluded.bundle_id,"
            " shared_at = excluded.shared_at",
            [
                (vault_id, recipient, bundle_id, now)
                for vault_id in shared
                for recipient in recipients
            ],
        )
