"""Backups: the whole vault in one file that the same passphrase or recovery
code opens, and a restore that gives back the identical vault.

A backup is a tar file of what the vault folder holds, already sealed:

    vault.keys              the key slots (passphrase, recovery code)
    vault.db                a snapshot by SQLite's online backup (SQLCipher pages)
    evidence/<name>         every evidence file the snapshot names (age files)
    hrdoc-backup.json       format, vault id, time, each member's size and SHA-256
    hrdoc-backup.mac        HMAC-SHA256 of the manifest, with a key derived
                            from the database key (HKDF): only the vault's
                            owner can make a manifest that restore accepts

Nothing in it is plaintext and nothing new is invented: the key slots, the
pages and the evidence files are the vault's own, and restore checks every
one of them (slot AEAD, page HMACs and the audit chain, evidence decrypted
and re-hashed) besides the manifest. A backup is written beside its
destination in a private folder, checked by reading it back (the snapshot
opened, every evidence file decrypted and hashed against its record), and
only then renamed to its name: a file with that name is always complete.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hrdoc.core import plaintar
from hrdoc.core.atomic import fsync_dir, full_fsync, replace_file
from hrdoc.core.errors import HrdocError, InvalidInput
from hrdoc.core.jsonin import parse_json
from hrdoc.core.private import make_private
from hrdoc.core.progress import Progress
from hrdoc.core.records import utc_now
from hrdoc.core.sealed import Readable

FORMAT = "hrdoc-backup"
VERSION = 1
MANIFEST = "hrdoc-backup.json"
MAC = "hrdoc-backup.mac"
KEYS, DB = "vault.keys", "vault.db"
DECOY_DB, DECOY_EVIDENCE = "vault-1.db", "evidence-1"
_READ = 1 << 20
_BINARY: int = getattr(os, "O_BINARY", 0)


class BackupError(HrdocError):
    """A backup that cannot be written, or a file that is not a sound backup."""


@dataclass
class BackupSummary:
    path: Path
    created_at: str
    evidence_files: int
    size: int


def mac_key(db_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"hrdoc backup manifest"
    ).derive(db_key)


def _mac(db_key: bytes, manifest: bytes) -> str:
    return hmac.new(mac_key(db_key), manifest, hashlib.sha256).hexdigest()


@contextlib.contextmanager
def _work_folder(near: Path, purpose: str) -> Iterator[Path]:
    """A private folder beside ``near`` (same disk: the final rename is
    atomic), removed however the work ends."""
    folder = Path(tempfile.mkdtemp(prefix=f".{near.name}.{purpose}-", dir=near.parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- writing -----------------------------------------------------------------------


def backup(vault: Any, dest: Path, *, progress: Progress | None = None) -> BackupSummary:
    """Write a checked backup of the open vault to ``dest`` (atomically)."""
    from hrdoc.core.vault import _connect

    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        raise InvalidInput(f"{dest} is a folder; give a file name for the backup")
    if not dest.parent.is_dir():
        raise InvalidInput(f"no such folder: {dest.parent}")
    key = bytes(vault._key)
    with _work_folder(dest, "partial") as work:
        snapshot = work / DB
        target = _connect(snapshot, key)  # the vault's own settings: same key, same pages
        try:
            with vault._lock:  # this process's writes wait; the snapshot is one moment
                vault.conn.backup(target)
            names = [
                row[0]
                for row in target.execute(
                    "SELECT DISTINCT file FROM evidence_blobs b WHERE"
                    " EXISTS (SELECT 1 FROM evidence e WHERE e.id = b.evidence_id)"
                    " OR EXISTS (SELECT 1 FROM deleted d WHERE d.record_id = b.evidence_id)"
                    " ORDER BY file"
                )
            ]
        finally:
            target.close()
        members: list[tuple[str, Path]] = [(KEYS, vault.keys_path), (DB, snapshot)]
        members += [(f"evidence/{n}", vault.sealed.path(n)) for n in names]
        # the second database and its files (a decoy, or an empty one), as they are:
        # only the duress passphrase opens them, and they change only when it is set
        second = vault.folder / DECOY_DB
        if second.exists():
            members.append((DECOY_DB, second))
            decoy_files = vault.folder / DECOY_EVIDENCE
            if decoy_files.is_dir():
                members += [
                    (f"{DECOY_EVIDENCE}/{p.name}", p) for p in sorted(decoy_files.iterdir())
                ]
        try:
            total = sum(path.stat().st_size for _name, path in members)
        except FileNotFoundError:
            raise BackupError(
                "an evidence file was erased while the backup started; back up again"
            ) from None
        created = utc_now()
        written = work / "backup"
        done = 0
        files: dict[str, dict[str, Any]] = {}
        with open(written, "wb") as out:
            for name, path in members:
                size = path.stat().st_size
                out.write(plaintar.header(name, size))
                with open(path, "rb") as source:
                    digest = _copy(source, out, size, lambda _n: None)
                out.write(plaintar.padding(size))
                files[name] = {"size": size, "sha256": digest}
                done += size
                if progress:
                    progress(done, total * 2)  # the check reads it all again
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "vault_id": vault.vault_id,
                "created_at": created,
                "schema": vault.schema_version(),
                "files": files,
            }
            manifest_bytes = (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()
            seal = _mac(key, manifest_bytes).encode()
            for name, data in ((MANIFEST, manifest_bytes), (MAC, seal)):
                out.write(plaintar.header(name, len(data)) + data + plaintar.padding(len(data)))
            out.write(plaintar.END)
            out.flush()
            full_fsync(out.fileno())

        def checking(n: int, _total: int) -> None:
            if progress:
                progress(total + n, total * 2)

        count = check_backup(written, key, progress=checking)
        make_private(written, folder=False)
        replace_file(written, dest)
        fsync_dir(dest.parent)
    vault.set_meta("last_backup", created)
    return BackupSummary(dest, created, count, dest.stat().st_size)


class _Counted(io.RawIOBase):
    """A member's stream, hashed and counted as it is read, read to its end on finish."""

    def __init__(self, stream: Readable, size: int, tick: Any) -> None:
        super().__init__()
        self.stream, self.left, self.tick = stream, size, tick
        self.digest = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        want = self.left if n is None or n < 0 else min(n, self.left)
        data = self.stream.read(want) if want else b""
        if want and not data:
            raise BackupError("the backup is cut short")
        self.left -= len(data)
        self.digest.update(data)
        self.tick(len(data))
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readable(self) -> bool:
        return True

    def finish(self) -> str:
        while self.left:
            self.read(_READ)
        return self.digest.hexdigest()


# --- reading -----------------------------------------------------------------------


def _members(path: Path) -> Iterator[plaintar.Entry]:
    try:
        with open(path, "rb") as raw:
            yield from plaintar.entries(raw)
    except FileNotFoundError:
        raise InvalidInput(f"no such file: {path}") from None
    except plaintar.TarLayoutError as exc:
        raise BackupError(f"not an hrdoc backup, or it is damaged: {exc}") from None


def _expected_name(name: str) -> bool:
    if name in (KEYS, DB, DECOY_DB, MANIFEST, MAC):
        return True
    prefix, _, rest = name.partition("/")
    return (
        prefix in ("evidence", DECOY_EVIDENCE)
        and len(rest) == 32
        and all(c in "0123456789abcdef" for c in rest)
    )


def _copy(stream: Readable, out: IO[bytes] | None, size: int, tick: Any) -> str:
    digest = hashlib.sha256()
    left = size
    while left:
        data = stream.read(min(_READ, left))
        if not data:
            raise BackupError("the backup is cut short")
        digest.update(data)
        if out is not None:
            out.write(data)
        left -= len(data)
        tick(len(data))
    return digest.hexdigest()


EvidenceCheck = Callable[[str, BinaryIO, int], None]


def _read(
    path: Path, into: Path, *, check_evidence: EvidenceCheck | None, progress: Progress | None
) -> tuple[dict[str, str], bytes, bytes]:
    """Copy the members into ``into``, hashing each; evidence goes instead to
    ``check_evidence`` (name, stream, size) if given. Returns (SHA-256 by
    member, manifest bytes, MAC)."""
    total = path.stat().st_size
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total)

    hashes: dict[str, str] = {}
    manifest = mac = b""
    for member in _members(path):
        name, stream = member.name, member
        if not _expected_name(name) or name in hashes:
            raise BackupError(f"not an hrdoc backup: unexpected entry {name!r}")
        if name in (MANIFEST, MAC):
            if member.size > 64 << 20:
                raise BackupError("not an hrdoc backup: its manifest is too large")
            data = stream.read(member.size)
            hashes[name] = hashlib.sha256(data).hexdigest()
            if name == MANIFEST:
                manifest = data
            else:
                mac = data
            continue
        if name.startswith(DECOY_EVIDENCE + "/") and check_evidence is not None:
            hashes[name] = _copy(stream, None, member.size, tick)  # only its key opens it
            continue
        if name.startswith("evidence/") and check_evidence is not None:
            hashing = _Counted(stream, member.size, tick)
            buffered = io.BufferedReader(hashing, buffer_size=1 << 16)
            check_evidence(name.removeprefix("evidence/"), buffered, member.size)
            hashes[name] = hashing.finish()
            continue
        target = into / name
        target.parent.mkdir(mode=0o700, exist_ok=True)
        fd = os.open(
            target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
        )
        with os.fdopen(fd, "wb") as out:
            hashes[name] = _copy(stream, out, member.size, tick)
            out.flush()
            full_fsync(out.fileno())
    if KEYS not in hashes or DB not in hashes or not manifest or not mac:
        raise BackupError("not an hrdoc backup, or it is cut short (parts are missing)")
    return hashes, manifest, mac


def _check_manifest(
    hashes: dict[str, str], manifest: bytes, mac: bytes, db_key: bytes
) -> dict[str, Any]:
    if not hmac.compare_digest(mac, _mac(db_key, manifest).encode()):
        raise BackupError(
            "the backup was altered or damaged (its manifest does not match this vault's key)"
        )
    doc = parse_json(manifest, "backup manifest")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BackupError("not an hrdoc backup (no manifest)")
    if doc.get("version") != VERSION:
        raise BackupError(f"this backup's format version {doc.get('version')!r} is not supported")
    files = doc.get("files")
    listed = {n: f.get("sha256") for n, f in files.items()} if isinstance(files, dict) else {}
    found = {n: h for n, h in hashes.items() if n not in (MANIFEST, MAC)}
    if listed != found:
        missing = sorted(set(listed) - set(found))
        raise BackupError(
            f"the backup is incomplete ({missing[0]} is missing)"
            if missing
            else "the backup was altered or damaged (a part does not match its manifest)"
        )
    return doc


def check_backup(path: Path, db_key: bytes, *, progress: Progress | None = None) -> int:
    """Read a backup back and check it as restore would, without a second copy
    of its evidence on disk: the manifest and every member's hash, the
    snapshot's pages and audit chain, and every evidence file decrypted in
    the stream and hashed against its record. Returns the number of files."""
    from hrdoc.core.keyslots import KeySlotFile
    from hrdoc.core.store import Store
    from hrdoc.core.vault import Vault

    opened: list[Any] = []
    problems: list[str] = []

    def evidence(name: str, stream: BinaryIO, size: int) -> None:
        if not opened:  # the snapshot came first (the writer's order)
            opened.append(
                Vault._open_with_key(work, KeySlotFile.load(work / KEYS), db_key, migrate=False)
            )
        problem = _evidence_problem(opened[0], name, stream)
        if problem:
            problems.append(problem)

    with _work_folder(Path(path), "check") as work:
        try:
            hashes, manifest, mac = _read(path, work, check_evidence=evidence, progress=progress)
            _check_manifest(hashes, manifest, mac, db_key)
            if not opened:
                opened.append(
                    Vault._open_with_key(work, KeySlotFile.load(work / KEYS), db_key, migrate=False)
                )
            problems[:0] = Store(opened[0]).verify()
        finally:
            for vault in opened:
                vault.lock()
        if problems:
            raise BackupError(f"the backup does not check out: {problems[0]}")
        return sum(1 for n in hashes if n.startswith("evidence/"))


def _evidence_problem(vault: Any, name: str, stream: BinaryIO) -> str:
    """Decrypt one evidence file from the stream with the snapshot's key for
    it and compare it with a record that names it; '' if it matches."""
    from hrdoc.core.sealed import opened

    rows = vault.conn.execute(
        "SELECT evidence_id, identity FROM evidence_blobs WHERE file = ?", (name,)
    ).fetchall()
    expected = None
    for evidence_id, _identity in rows:
        row = vault.conn.execute(
            "SELECT sha256, size FROM evidence WHERE id = ?", (evidence_id,)
        ).fetchone()
        if row is None:
            data = vault.conn.execute(
                "SELECT data FROM deleted WHERE record_id = ?", (evidence_id,)
            ).fetchone()
            if data:
                doc = json.loads(data[0])
                row = (doc.get("sha256"), doc.get("size"))
        if row is not None:
            expected = row
            break
    if not rows or expected is None:
        return f"evidence file {name} belongs to no record"
    digest = hashlib.sha256()
    size = 0
    try:
        for data in opened(stream, rows[0][1]):
            digest.update(data)
            size += len(data)
    except HrdocError:
        return f"evidence file {name} is damaged (it does not decrypt)"
    if (digest.hexdigest(), size) != tuple(expected):
        return f"evidence file {name} does not match the SHA-256 of its record"
    return ""


def restore(
    path: Path,
    folder: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    progress: Progress | None = None,
) -> BackupSummary:
    """Restore a backup into ``folder`` (which must not hold a vault yet),
    after checking all of it; nothing is left there if any check fails."""
    from hrdoc.core.keyslots import KeySlotFile
    from hrdoc.core.store import Store
    from hrdoc.core.vault import Vault, vault_exists

    folder = Path(folder)
    if vault_exists(folder) or (folder.exists() and any(folder.iterdir())):
        raise InvalidInput(
            f"{folder} already holds files; restore into a new folder (--vault) instead"
        )
    folder.parent.mkdir(parents=True, exist_ok=True)
    with _work_folder(folder, "restoring") as work:
        hashes, manifest, mac = _read(Path(path), work, check_evidence=None, progress=progress)
        slots = KeySlotFile.load(work / KEYS)
        if recovery_code is not None:
            db_key = slots.unwrap_with_recovery_code(recovery_code)
        else:
            assert passphrase is not None
            db_key = slots.unwrap_with_passphrase(passphrase)
        doc = _check_manifest(hashes, manifest, mac, db_key)
        vault = Vault._open_with_key(work, slots, db_key, migrate=True)
        try:
            store = Store(vault)
            from hrdoc.core.evidence import evidence_problems

            problems = store.verify() + evidence_problems(store)
        finally:
            vault.lock()
        if problems:
            raise BackupError(f"the backup does not check out: {problems[0]}")
        with contextlib.suppress(FileNotFoundError):
            folder.rmdir()  # an empty folder the user made for it
        os.replace(work, folder)
        fsync_dir(folder.parent)
    count = sum(1 for n in hashes if n.startswith("evidence/"))
    return BackupSummary(folder, str(doc["created_at"]), count, Path(path).stat().st_size)
