"""Reading a bundle: strict checks first (hostile until proven otherwise),
then one all-or-nothing merge."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from hrdoc.core import agefile, ageworker, audit
from hrdoc.core.errors import DiskFull, HrdocError, InvalidInput, is_disk_full
from hrdoc.core.jsonin import parse_json
from hrdoc.core.progress import Cancelled, Progress
from hrdoc.core.records import (
    BY_KIND,
    Evidence,
    Record,
    Sensitivity,
    canonical_json,
    content_hash,
    utc_now,
)
from hrdoc.core.sealed import Readable, blob_of, insert_blob
from hrdoc.core.store import Store
from hrdoc.exchange import contacts
from hrdoc.exchange.bundle_format import (
    EMPTY_SHA256,
    ENTRY_NAME,
    MANIFEST,
    PASSPHRASE_RECIPIENT,
    RECORD_KINDS,
    SIGNATURE,
    BundleError,
    Limits,
    manifest_checked,
)
from hrdoc.exchange.bundle_tar import (
    TarStream,
    check_member,
    hash_stream,
    read_all,
)
from hrdoc.exchange.identity import VaultIdentity, fingerprint, key_id


@dataclass
class ImportReport:
    bundle_id: str
    sender: dict[str, Any]
    profile: str
    dry_run: bool
    already_imported: bool = False
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    conflicts: list[dict[str, str]] = field(default_factory=list)
    #: records the sender withdrew, by action (delete, purge)
    withdrawn: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class _Rollback(Exception):
    """Raised inside the import transaction to undo a dry run."""


class _Importer:
    def __init__(
        self,
        store: Store,
        identity: VaultIdentity,
        limits: Limits,
        accept_unknown_sender: bool,
        passphrase_mode: bool,
        progress: Progress | None,
        wanted_recipient: str | None = None,
    ) -> None:
        self.store = store
        self.identity = identity
        self.limits = limits
        self.accept_unknown = accept_unknown_sender
        self.passphrase_mode = passphrase_mode
        #: the recipient the manifest must name: this vault's, or a backup's restore key
        self.wanted_recipient = wanted_recipient
        self.progress = progress
        self.done = 0
        self.total = 0  # bytes of the entries, once the manifest is read
        self.purged = False  # a withdrawal purged: checkpoint the WAL after commit

    # steps before anything is written ------------------------------------------

    def check_signature(
        self, manifest_raw: bytes, signature: bytes, manifest: dict[str, Any]
    ) -> None:
        try:
            key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(manifest["sender"]["ed25519"]))
            key.verify(signature, manifest_raw)
        except (InvalidSignature, ValueError):
            raise BundleError(
                "bad signature: the manifest was not signed by its sender key"
            ) from None

    def check_recipient(self, manifest: dict[str, Any]) -> None:
        wanted = (
            PASSPHRASE_RECIPIENT
            if self.passphrase_mode
            else self.wanted_recipient or self.identity.age_recipient
        )
        if wanted not in manifest["recipients"]:
            raise BundleError(
                "the manifest names other recipients: this bundle was not made for this vault"
            )

    def check_sender(self, manifest: dict[str, Any]) -> dict[str, Any]:
        sender = manifest["sender"]
        name = str(sender.get("name", ""))[:120]
        print_ = fingerprint(sender["ed25519"], sender["age_recipient"])
        info = {"name": name, "key_id": key_id(sender["ed25519"]), "fingerprint": print_}
        known = contacts.by_signing_key(self.store.vault, sender["ed25519"])
        if known:
            if known.age_recipient != sender["age_recipient"]:
                raise BundleError(
                    f"changed key: {known.name}'s encryption key differs from the one you have"
                )
            return info | {"contact": known.name, "verified": known.verified}
        try:
            same_name = contacts.get(self.store.vault, name)
        except HrdocError:
            same_name = None
        if same_name:
            raise BundleError(
                f"changed key: the sender calls itself {same_name.name!r} but signed with a "
                f"different key (fingerprint {print_}); compare fingerprints before accepting it"
            )
        if not self.accept_unknown:
            raise BundleError(
                f"unknown sender {name!r} (fingerprint {print_}); add their card with "
                "'hrdoc contact add' or import with --accept-unknown-sender"
            )
        return info | {"contact": None, "verified": False}

    # the merge ---------------------------------------------------------------------

    def parse_records(self, name: str, data: bytes) -> list[Record]:
        kind = name[len("records/") : -len(".jsonl")]
        cls = BY_KIND[kind]
        out = []
        # JSON Lines: split on "\n" only. str.splitlines() would also split on
        # U+2028, U+0085 and others, which JSON leaves unescaped inside strings.
        try:
            lines = data.decode("utf-8", errors="strict").split("\n")
        except UnicodeDecodeError:
            raise BundleError(f"schema error in {name}: not UTF-8 text") from None
        if lines and lines[-1] == "":
            lines.pop()
        for number, line in enumerate(lines, 1):
            try:
                row = parse_json(line, "the record")
                if not isinstance(row, dict):
                    raise InvalidInput("a record line must be a JSON object")
                record = cls.from_dict(row)
                record.validate(self.store.vocab)
            except InvalidInput as exc:
                raise BundleError(f"schema error in {name} at record {number}: {exc}") from None
            out.append(record)
        return out

    def store_evidence(
        self, conn: Any, sha: str, stream: Readable, size: int, owners: list[str]
    ) -> None:
        """Stream one evidence entry into a sealed file for the new evidence
        records that have these bytes (a copy of the file for each further
        one); only hash it if none needs it. The files go if the transaction
        rolls back."""
        vault = self.store.vault
        owners = [o for o in owners if blob_of(conn, o) is None]
        done = 0

        def tick(n: int, _total: int) -> None:
            nonlocal done
            self.tick(n - done)
            done = n

        try:
            if owners:
                blob = vault.sealed.new_blob()
                vault.sealed_in(conn, blob.file)
                digest, _size = vault.sealed.seal(blob, stream, limit=size, progress=tick)
            else:
                digest, _size = hash_stream(stream, size, tick)
        except EOFError:
            raise BundleError("the bundle is truncated") from None
        if digest != sha:
            raise BundleError(f"hash mismatch in evidence/{sha}")
        for n, owner in enumerate(owners):
            if n:
                blob = vault.sealed.copy(blob)
                vault.sealed_in(conn, blob.file)
            insert_blob(conn, owner, blob)

    def tick(self, n: int) -> None:
        self.done += n
        if self.progress:
            self.progress(self.done, self.total)

    def apply_withdrawals(self, conn: Any, manifest: dict[str, Any], report: ImportReport) -> None:
        """Hide (or purge) what the sender withdrew, if the sender is its
        author; a withdrawal of anyone else's record refuses the bundle."""
        from hrdoc.core import deletion

        store = self.store
        signer = key_id(manifest["sender"]["ed25519"])
        order = {kind: i for i, kind in enumerate(RECORD_KINDS)}
        items = sorted(manifest.get("withdrawals", []), key=lambda w: -order[w["kind"]])
        for item in items:
            record_id = item["id"]
            deleted = conn.execute(
                "SELECT data FROM deleted WHERE record_id = ?", (record_id,)
            ).fetchone()
            if store.any_exists(record_id):
                author = store.get(store.kind_of(record_id), record_id).author
            elif deleted:
                author = parse_json(deleted[0], "a deleted record").get("author", "")
            else:
                continue  # never received, or gone already
            if author != signer:
                raise BundleError(
                    f"refused: the bundle withdraws {item['kind']} {record_id}, which its "
                    "sender did not write; nothing was changed"
                )
            note = f"withdrawn by its author in bundle {manifest['bundle_id']}"
            live = store.any_exists(record_id)
            own = live and any(r.author != signer for r in deletion.affected(store, record_id))
            if item["action"] == "purge" and not own:
                deletion.purge_in(conn, store, record_id)
                self.purged = True
            elif live:  # a purge over the receiver's own records only hides (undoable)
                deletion.delete_in(conn, store, record_id, note=note)
            else:
                continue
            report.withdrawn[item["action"]] = report.withdrawn.get(item["action"], 0) + 1

    def merge(
        self,
        conn: Any,
        records: dict[str, list[Record]],
        manifest: dict[str, Any],
        report: ImportReport,
    ) -> None:
        store = self.store
        now = utc_now()
        bundle_id, sender = manifest["bundle_id"], manifest["sender"]
        # the receiver's name for the sender if known, else the name it gives itself
        sender_name = report.sender.get("contact") or report.sender["name"]
        incoming = [r.id for rs in records.values() for r in rs]
        incoming_ids = set(incoming)
        if len(incoming_ids) != len(incoming):
            twice = next(i for i, n in Counter(incoming).items() if n > 1)
            raise BundleError(f"schema error: the bundle holds id {twice} twice")
        self.apply_withdrawals(conn, manifest, report)
        for kind in RECORD_KINDS:
            cls = BY_KIND[kind]
            for record in records.get(kind, []):
                for ref in ("case_id", "incident_id", "actor_id", "derived_from"):
                    value = getattr(record, ref, None)
                    if not value or value in incoming_ids:
                        continue
                    if not store.any_exists(value):
                        raise BundleError(
                            f"schema error: {kind} {record.id} refers to {value}, "
                            "which is neither in the bundle nor in this vault"
                        )
                    if not _may_attach(conn, store, value, sender["ed25519"]):
                        raise BundleError(
                            f"refused: {kind} {record.id} would be filed under your "
                            f"{store.kind_of(value).KIND} {value}, which you did not share "
                            "with this sender"
                        )
                if not store.exists(cls, record.id) and store.any_exists(record.id):
                    raise BundleError(
                        f"schema error: {kind} {record.id} has the id of a "
                        f"{store.kind_of(record.id).KIND} in this vault"
                    )
                if store.exists(cls, record.id):
                    local = store.get(cls, record.id)
                    if local.same_content(record) or _differs_only_by_redaction(
                        local, record, manifest
                    ):
                        report.skipped[kind] = report.skipped.get(kind, 0) + 1
                        continue
                    digest = content_hash(record.content())
                    cursor = conn.execute(
                        "INSERT OR IGNORE INTO conflicts (record_type, record_id, incoming,"
                        " incoming_hash, bundle_id, sender_key, detected_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            kind,
                            record.id,
                            canonical_json(record.to_dict()),
                            digest,
                            bundle_id,
                            sender["ed25519"],
                            now,
                        ),
                    )
                    if cursor.rowcount:
                        report.conflicts.append({"kind": kind, "id": record.id})
                    continue
                if isinstance(record, Evidence):
                    if record.size == 0 and record.sha256 != EMPTY_SHA256:
                        raise BundleError(
                            f"evidence {record.id}: its SHA-256 is not that of an empty file"
                        )
                    if record.size and blob_of(conn, record.id) is None:
                        raise BundleError(f"evidence {record.id}: its bytes are not in the bundle")
                note = f"imported from bundle {bundle_id}"
                signer = key_id(sender["ed25519"])
                if record.author and record.author != signer:
                    # forwarded: the sender cannot speak for another author
                    note += f"; forwarded, it names {record.author} as author (not verified)"
                record.author = signer
                store.insert_imported(conn, record, note=note, validated=True)  # parse_records did
                conn.execute(
                    "INSERT INTO provenance (record_type, record_id, bundle_id, sender_key,"
                    " sender_name, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (kind, record.id, bundle_id, sender["ed25519"], sender_name, now),
                )
                report.added[kind] = report.added.get(kind, 0) + 1
        conn.execute(
            "INSERT INTO imported_bundles (bundle_id, sender_key, sender_name, profile,"
            " imported_at, added, skipped, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                bundle_id,
                sender["ed25519"],
                sender_name,
                report.profile,
                now,
                sum(report.added.values()),
                sum(report.skipped.values()),
                len(report.conflicts),
            ),
        )
        audit.append(
            conn,
            at=now,
            author=store.vault.author_id,
            action="bundle-imported",
            record_type="bundle",
            record_id=bundle_id,
            version=0,
            content_hash=hashlib.sha256(canonical_json(report.to_dict()).encode()).hexdigest(),
            note=f"from {report.sender['name']} ({report.sender['key_id']})",
        )


def _may_attach(conn: Any, store: Store, record_id: str, sender_key: str) -> bool:
    """Whether a bundle from ``sender_key`` may file records under our record
    ``record_id``: one the sender wrote, sent us, or that we shared with it."""
    if conn.execute(
        "SELECT 1 FROM provenance WHERE record_id = ? AND sender_key = ? LIMIT 1",
        (record_id, sender_key),
    ).fetchone():
        return True
    if conn.execute(
        "SELECT 1 FROM shared WHERE record_id = ? AND recipient IN (?, ?) LIMIT 1",
        (record_id, sender_key, PASSPHRASE_RECIPIENT),
    ).fetchone():
        return True
    local = store.get(store.kind_of(record_id), record_id)
    return local.author == key_id(sender_key)


def _differs_only_by_redaction(local: Record, incoming: Record, manifest: dict[str, Any]) -> bool:
    """Whether two versions differ only in fields the sender's profile withheld
    (above its level: removed, or a pseudonym), which is no conflict: the
    sender changed nothing the receiver could see."""
    try:
        level = Sensitivity(manifest["profile"].get("max_sensitivity")).rank
    except (ValueError, AttributeError):
        return False
    if level >= Sensitivity.SECRET.rank:
        return False
    hidden = {
        name
        for name in type(incoming).field_names()
        if max(incoming.effective_sensitivity(name).rank, local.effective_sensitivity(name).rank)
        > level
    }
    skip = {*Record.META_FIELDS, *hidden}
    mine = {k: v for k, v in local.to_dict().items() if k not in skip}
    theirs = {k: v for k, v in incoming.to_dict().items() if k not in skip}
    return mine == theirs


def import_bundle(
    store: Store,
    path: Path,
    *,
    passphrase: str | None = None,
    dry_run: bool = False,
    accept_unknown_sender: bool = False,
    limits: Limits | None = None,
    progress: Progress | None = None,
    restore_identity: Any = None,
) -> ImportReport:
    """Import a bundle file, all or nothing. See the module docstring.
    ``restore_identity``: decrypt with the key a recovery code makes (a backup
    a trusted contact kept, hrdoc/exchange/contact_backup.py), not this vault's."""
    limits = limits or Limits()
    identity = VaultIdentity(store.vault)
    try:
        source = open(path, "rb")  # noqa: SIM115 (closed in finally)
    except OSError as exc:
        raise BundleError(f"cannot read {path}: {exc.strerror}") from None
    pipe: agefile.DecryptingPipe | ageworker.DecryptingProcess | None = None
    try:
        if passphrase is not None:
            size = path.stat().st_size
            if size > agefile.MAX_PASSPHRASE_BYTES + (1 << 20):
                raise BundleError("too large for a passphrase bundle")
            plain: BinaryIO = io.BytesIO(
                agefile.decrypt_bytes_with_passphrase(source.read(), passphrase)
            )
        else:
            head = source.read(agefile.MAX_HEADER_BYTES)
            source.seek(0)
            if agefile.scrypt_work_factor(head) is not None:
                raise BundleError(
                    "this bundle is locked with a passphrase: import it with --passphrase-bundle"
                )
            key = restore_identity or identity.age_identity()
            pipe = ageworker.decrypting(source, key, os.fstat(source.fileno()).st_size)
            plain = pipe.reader
        importer = _Importer(
            store,
            identity,
            limits,
            accept_unknown_sender,
            passphrase is not None,
            progress,
            str(restore_identity.to_public()) if restore_identity is not None else None,
        )
        finish = pipe.finish if pipe is not None else None
        try:
            report = _read_and_merge(importer, plain, dry_run, finish=finish)
        except (BundleError, tarfile.TarError, OSError) as exc:
            if is_disk_full(exc):  # the vault's side is full, not the bundle damaged
                if pipe is not None:
                    pipe.close()
                pipe = None
                raise DiskFull() from None
            # A decryption failure (wrong recipient, damage) shows up here as an
            # unreadable stream: report the cause, not the symptom.
            cause = pipe.close() if pipe is not None else None
            pipe = None
            if cause is not None:
                raise BundleError(str(cause)) from None
            if isinstance(exc, BundleError):
                raise
            raise BundleError("the bundle is truncated or not a valid archive") from None
        if report.already_imported:
            return report
        pipe = None  # finished inside the transaction, before it committed
        if importer.purged and not dry_run:
            store.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return report
    except agefile.AgeError as exc:
        raise BundleError(str(exc)) from None
    finally:
        if pipe is not None:
            pipe.close()
        source.close()


def _read_and_merge(
    importer: _Importer,
    plain: BinaryIO,
    dry_run: bool,
    finish: Callable[[], None] | None = None,
) -> ImportReport:
    """Read the tar stream and merge; the transaction covers all writes.
    ``finish`` (the decryption's own end check) runs before the transaction
    commits: a bundle that does not authenticate to its very end leaves
    nothing behind."""
    limits = importer.limits
    store = importer.store
    archive = TarStream(plain)
    members = iter(archive.next, None)

    def next_member(expected: str) -> tarfile.TarInfo:
        member = next(members, None)
        if member is None or member.name != expected:
            found = member.name if member else "the end"
            raise BundleError(f"the bundle must start with {expected}; found {found!r}")
        check_member(member, limits.max_manifest_bytes)
        return member

    member = next_member(MANIFEST)
    manifest_raw = read_all(archive, member.size)
    member = next_member(SIGNATURE)
    if member.size != 64:
        raise BundleError("bad signature: manifest.sig is not an Ed25519 signature")
    signature = read_all(archive, member.size)
    manifest = manifest_checked(manifest_raw, limits)
    importer.check_signature(manifest_raw, signature, manifest)
    importer.check_recipient(manifest)
    sender = importer.check_sender(manifest)
    report = ImportReport(
        bundle_id=manifest["bundle_id"],
        sender=sender,
        profile=str(manifest["profile"].get("profile", "")),
        dry_run=dry_run,
    )
    done = store.vault.conn.execute(
        "SELECT imported_at FROM imported_bundles WHERE bundle_id = ?", (report.bundle_id,)
    ).fetchone()
    if done:
        report.already_imported = True
        return report

    expected = {e["name"]: e for e in manifest["entries"]}
    importer.total = sum(int(e["size"]) for e in manifest["entries"])
    seen: set[str] = set()
    records: dict[str, list[Record]] = {}
    records_bytes = 0
    try:
        with store.vault.transaction() as conn:
            for member in members:
                name = member.name
                if not ENTRY_NAME.match(name):
                    raise BundleError(f"unexpected entry name {name!r}")
                if name in seen:
                    raise BundleError(f"duplicated entry {name}")
                if name not in expected:
                    raise BundleError(f"extra entry {name} is not in the signed manifest")
                seen.add(name)
                entry = expected[name]
                check_member(member, limits.max_entry_bytes)
                if member.size != entry["size"]:
                    which = "larger" if member.size > entry["size"] else "smaller"
                    raise BundleError(f"entry {name} is {which} than its manifest says")
                if name.startswith("records/"):
                    records_bytes += member.size
                    if records_bytes > limits.max_records_bytes:
                        raise BundleError("limit exceeded: record files are too large")
                    raw = read_all(archive, member.size)
                    if hashlib.sha256(raw).hexdigest() != entry["sha256"]:
                        raise BundleError(f"hash mismatch in {name}")
                    importer.tick(len(raw))
                    kind = name[len("records/") : -len(".jsonl")]
                    records[kind] = importer.parse_records(name, raw)
                else:
                    owners = [
                        e.id
                        for e in records.get("evidence", [])
                        if isinstance(e, Evidence)
                        and e.sha256 == entry["sha256"]
                        and not store.exists(Evidence, e.id)
                    ]
                    importer.store_evidence(conn, entry["sha256"], archive, member.size, owners)
            missing = sorted(set(expected) - seen)
            if missing:
                raise BundleError(f"missing entry {missing[0]} listed in the manifest")
            archive.check_end()
            if finish is not None:
                try:
                    finish()
                except HrdocError as exc:
                    raise BundleError(str(exc)) from None
            importer.merge(conn, records, manifest, report)
            if dry_run:
                raise _Rollback()
    except _Rollback:
        pass
    except Cancelled:
        raise BundleError("import cancelled; nothing was changed") from None
    return report
