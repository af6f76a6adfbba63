"""The encrypted vault: one SQLCipher 4 database, a key-slot file beside it,
and the evidence files sealed with keys kept in the database.

    <vault folder>/vault.keys   key slots: passphrase, recovery, duress (JSON)
    <vault folder>/vault.db     SQLCipher database (records, evidence keys, audit)
    <vault folder>/evidence/    one age file per evidence item (hrdoc/core/sealed.py)
    <vault folder>/vault-1.db   the duress decoy, or an empty vault nobody can
    <vault folder>/evidence-1/  open: every folder looks the same (duress.py)
    <vault folder>/intake/      locks of evidence intakes in progress (intake.py)

The database key is 32 random bytes, given to SQLCipher as a raw hex key (no
second KDF). A wrong passphrase is caught by the key slot's AEAD before the
database is opened, so a failed unlock writes nothing (unless the owner set
a limit on wrong passphrases: hrdoc/core/panic.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
import shutil
import sys
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyrage
import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from hrdoc.core import audit, duress, errors, keyslots, panic, passphrases, schema
from hrdoc.core.errors import (
    HrdocError,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from hrdoc.core.intake import FOLDER as INTAKE_FOLDER
from hrdoc.core.intake import IntakeLocks
from hrdoc.core.keyslots import Argon2Params, KeySlotFile
from hrdoc.core.private import make_private
from hrdoc.core.records import utc_now
from hrdoc.core.restore_key import restore_recipient
from hrdoc.core.schema5_evidence import move_chunks_out
from hrdoc.core.sealed import FOLDER as _EVIDENCE_FOLDER
from hrdoc.core.sealed import SealedFiles
from hrdoc.paths import ensure_private_dir

log = logging.getLogger(__name__)

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
#: the second database every vault has: a decoy the duress passphrase opens,
#: or, when none is set, an empty one under a key nobody has (the same size)
DECOY_DB_NAME = "vault-1.db"
DECOY_EVIDENCE = "evidence-1"
#: SQLCipher page size. Not stored in the file: every open must set the same
#: value. 16 KiB pages moved evidence 20-45% faster than the 4 KiB default.
CIPHER_PAGE_SIZE = 16384

DatabaseError = sqlcipher3.DatabaseError

Progress = Callable[[int, int], None]


def _platform_pragmas() -> tuple[str, ...]:
    """macOS: fsync stops at the drive's cache; F_FULLFSYNC reaches the disk,
    or a power cut can lose committed records."""
    return ("fullfsync = ON", "checkpoint_fullfsync = ON") if sys.platform == "darwin" else ()


def _db_path(folder: Path) -> Path:
    return folder / DB_NAME


def _keys_path(folder: Path) -> Path:
    return folder / KEYS_NAME


def vault_exists(folder: Path) -> bool:
    return _db_path(folder).exists() or _keys_path(folder).exists()


def _connect(path: Path, key: bytes) -> Any:
    """Open and key a connection, and set what every connection must have."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # never write to stderr
        # cipher_memory_security stays OFF (SQLCipher's default), a departure
        # from DESIGN.md explained in README.md ("Design notes"): it made
        # inserts 8x and searches 15x slower, while Python keeps its own
        # unwiped copies of every record it reads anyway.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"PRAGMA cipher_page_size = {CIPHER_PAGE_SIZE}")
        # The first read decrypts page 1: fails here if the key or file is wrong.
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        for pragma in (
            "secure_delete = ON",
            "journal_mode = WAL",
            "synchronous = FULL",
            "temp_store = MEMORY",
            "foreign_keys = ON",
            "trusted_schema = OFF",
            "cell_size_check = ON",
            "busy_timeout = 5000",
            "cache_size = -16000",  # 16 MB of decrypted pages: fewer decryptions
            *_platform_pragmas(),
        ):
            conn.execute(f"PRAGMA {pragma}")
    except BaseException:
        conn.close()
        raise
    return conn


class Vault:
    """An unlocked vault. Obtain one with :meth:`create`, :meth:`open` or
    :meth:`open_with_recovery_code`; call :meth:`lock` when done."""

    def __init__(self, folder: Path, slots: KeySlotFile, key: bytes, conn: Any) -> None:
        self.folder = folder
        self._slots = slots
        self._key = bytearray(key)
        self._conn: Any = conn
        self._lock = threading.RLock()
        self.intakes = IntakeLocks(folder)
        self.sealed = SealedFiles(folder)
        #: sealed files to remove once the current transaction commits (their
        #: rows were erased) or if it rolls back (they were written inside it)
        self._unlink_on_commit: list[str] = []
        self._unlink_on_rollback: list[str] = []
        self.vault_id = slots.vault_id
        self.author_id = self.meta("author_id")

    # --- paths ------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return _db_path(self.folder)

    @property
    def keys_path(self) -> Path:
        return _keys_path(self.folder)

    # --- creation ---------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        kdf_params: Argon2Params | None = None,
        schema_version: int = schema.LATEST,
    ) -> tuple[Vault, str]:
        """Create a vault in ``folder`` (which must not hold one).

        Returns the open vault and the recovery code, to be shown once.
        Everything is built in a private temporary folder beside the target and
        moved into place in one rename, so a crash leaves no half-made vault.
        """
        folder = Path(folder)
        if vault_exists(folder):
            raise VaultExists(folder)
        passphrases.check(passphrase)
        params = kdf_params or keyslots.calibrate_argon2()
        params.check_minimum()
        ensure_private_dir(folder.parent)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.creating-", dir=folder.parent))
        try:
            make_private(staging, folder=True)
            vault_id = str(uuid.uuid4())
            key = secrets.token_bytes(32)
            _build_db(_db_path(staging), key, vault_id, schema_version)
            if schema_version >= 6:
                complete_folder(staging, vault_id)
            slots, code = KeySlotFile.create(_keys_path(staging), vault_id, key, passphrase, params)
            slots.save()
            if folder.exists():
                folder.rmdir()  # only an empty folder: vault_exists() was checked above
            os.replace(staging, folder)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise HrdocError(f"cannot create the vault at {folder}: {exc.strerror}") from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        slots.path = _keys_path(folder)
        vault = cls._open_with_key(folder, slots, key, migrate=False)
        vault.set_meta("restore_recipient", restore_recipient(code))
        return vault, code

    # --- opening ----------------------------------------------------------

    @classmethod
    def _load_slots(cls, folder: Path) -> KeySlotFile:
        folder = Path(folder)
        if not folder.is_dir() or not vault_exists(folder):
            raise VaultNotFound(folder)
        return KeySlotFile.load(_keys_path(folder))

    @classmethod
    def open(cls, folder: Path, passphrase: str, *, migrate: bool = True) -> Vault:
        folder = Path(folder)
        slots = cls._load_slots(folder)
        try:
            key, which, wrapping = slots.unwrap_passphrase_slots(passphrase)
        except WrongPassphrase:
            panic.count_failure(folder)  # only if the owner set a limit
            raise
        if which == "duress":
            duress.switch_to_decoy(folder, slots, key, wrapping)
        try:
            vault = cls._open_with_key(folder, slots, key, migrate=migrate)
        except VaultCorrupt:
            if not duress.finish_switch(folder, key, slots.vault_id):
                raise
            vault = cls._open_with_key(folder, slots, key, migrate=migrate)
        panic.reset_failures(slots)
        if migrate:
            vault._complete_layout()
        return vault

    @classmethod
    def open_with_recovery_code(cls, folder: Path, code: str) -> Vault:
        slots = cls._load_slots(folder)
        key = slots.unwrap_with_recovery_code(code)
        return cls._open_with_key(Path(folder), slots, key, migrate=True)

    @classmethod
    def _open_with_key(cls, folder: Path, slots: KeySlotFile, key: bytes, migrate: bool) -> Vault:
        db = _db_path(folder)
        try:
            size = db.stat().st_size
        except FileNotFoundError:
            raise VaultCorrupt(db, "vault database is missing") from None
        if size < CIPHER_PAGE_SIZE:
            raise VaultCorrupt(db, "vault database is truncated")
        try:
            conn = _connect(db, key)
        except DatabaseError as exc:
            raise VaultCorrupt(
                db, "vault database cannot be decrypted (damaged, or from another vault)"
            ) from exc
        try:
            _check_not_truncated(conn, db)
            if schema.check_supported(conn) and migrate:
                schema.migrate(conn)
            elif migrate:
                raise VaultCorrupt(db, "vault database has no schema")
            stored_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
            if not stored_id or stored_id[0] != slots.vault_id:
                raise VaultCorrupt(slots.path, "key-slot file belongs to another vault")
            vault = cls(folder, slots, key, conn)
        except DatabaseError as exc:
            conn.close()
            raise VaultCorrupt(db, f"vault database is damaged ({exc})") from exc
        except BaseException:
            conn.close()
            raise
        try:
            if vault.schema_version() >= 6:  # evidence in sealed files
                move_chunks_out(vault)
                vault.sweep_evidence()
        except BaseException:
            vault.lock()
            raise
        return vault

    # --- locking, passphrases ----------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def lock(self) -> None:
        """Checkpoint the WAL into the database, close, and forget the key."""
        with self._lock:
            if self._conn is None:
                return
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._conn.close()
                self._conn = None
                self.intakes.release_all()
                for i in range(len(self._key)):
                    self._key[i] = 0

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrite the passphrase slot (atomically), with the vault's own KDF
        parameters (the duress slot shares them). The database is untouched."""
        self._require_open()
        passphrases.check(new_passphrase)
        fresh = KeySlotFile.load(self.keys_path)
        fresh.refuse_if_it_opens(new_passphrase, "duress")
        fresh.set_passphrase(bytes(self._key), new_passphrase)
        fresh.save()
        self._slots = fresh
        self._audit_key_change("passphrase-changed")

    def _complete_layout(self) -> None:
        """A vault made before duress existed gets what every vault has now:
        the second (empty) database, its evidence folder and a duress slot
        that nothing opens."""
        if self.schema_version() < 6:
            return
        complete_folder(self.folder, self.vault_id)
        fresh = KeySlotFile.load(self.keys_path)
        if not fresh.has_duress_slot():
            fresh.fill_duress()
            fresh.save()
            self._slots = fresh

    def set_duress_passphrase(
        self, passphrase: str, *, decoy: Callable[[Any], None] | None = None
    ) -> None:
        """A duress passphrase: it opens a new decoy vault (empty, or filled by
        ``decoy(store)``) and destroys this one's keys. See hrdoc/core/duress.py."""
        self._require_open()
        passphrases.check(passphrase)
        fresh = KeySlotFile.load(self.keys_path)
        fresh.refuse_if_it_opens(passphrase, "passphrase")
        decoy_key = duress.build_decoy(self.folder, self.vault_id, decoy)
        fresh.set_duress(decoy_key, passphrase)
        fresh.save()
        self._slots = fresh

    def remove_duress_passphrase(self) -> None:
        """Back to an empty second database and a duress slot nothing opens."""
        self._require_open()
        duress.build_decoy(self.folder, self.vault_id, None)
        fresh = KeySlotFile.load(self.keys_path)
        fresh.fill_duress()
        fresh.save()
        self._slots = fresh

    def new_recovery_code(self) -> str:
        """Replace the recovery slot with a new code, returned to be shown once."""
        self._require_open()
        fresh = KeySlotFile.load(self.keys_path)
        code = fresh.replace_recovery(bytes(self._key))
        fresh.save()
        self._slots = fresh
        self.set_meta("restore_recipient", restore_recipient(code))
        self._audit_key_change("recovery-code-replaced")
        return code

    def _audit_key_change(self, action: str) -> None:
        """A change to the key slots, in the audit chain (no content, no secret)."""
        with self.transaction() as conn:
            audit.append(
                conn,
                at=utc_now(),
                author=self.author_id,
                action=action,
                record_type="vault",
                record_id=self.vault_id,
                version=0,
                content_hash="",
            )

    def kdf_summary(self) -> dict[str, Any]:
        return self._slots.kdf_summary()

    # --- database access ----------------------------------------------------

    def _require_open(self) -> Any:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def conn(self) -> Any:
        """The connection, for reads. Writes go through :meth:`transaction`."""
        return self._require_open()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction: all of it commits, or none of it."""
        with self._lock:
            conn = self._require_open()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:  # COMMIT itself may have failed (a full disk)
                    conn.execute("ROLLBACK")
                self._unlink(self._unlink_on_rollback)
                self._unlink_on_commit.clear()
                if errors.is_disk_full(exc):  # nothing of it was kept
                    raise errors.DiskFull() from None
                raise
            self._unlink(self._unlink_on_commit)
            self._unlink_on_rollback.clear()

    def _unlink(self, names: list[str]) -> None:
        for name in names:
            self.sealed.remove(name)
        names.clear()

    # --- evidence files (hrdoc/core/sealed.py) ------------------------------

    def sealed_in(self, conn: Any, name: str) -> None:
        """A sealed file written inside the open transaction: removed if it rolls back."""
        self._unlink_on_rollback.append(name)

    def drop_blob_in(self, conn: Any, evidence_id: str) -> None:
        """Erase an evidence item's key, in the open transaction; its file
        goes when that commits, unless another row still names it."""
        row = conn.execute(
            "SELECT file FROM evidence_blobs WHERE evidence_id = ?", (evidence_id,)
        ).fetchone()
        conn.execute("DELETE FROM evidence_blobs WHERE evidence_id = ?", (evidence_id,))
        if (
            row
            and not conn.execute(
                "SELECT 1 FROM evidence_blobs WHERE file = ?", (row[0],)
            ).fetchone()
        ):
            self._unlink_on_commit.append(row[0])

    def meta(self, key: str) -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    # Drafts: edits the user had not saved when the vault locked. They live
    # inside the encrypted database (never in a settings or temp file), are not
    # records, and are wiped (secure_delete) once restored.

    def set_meta(self, key: str, value: str) -> None:
        """Keep a small value inside the encrypted vault (never in a settings
        file: it may name a record)."""
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def save_draft(self, name: str, text: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", ("draft:" + name, text)
            )

    def draft(self, name: str) -> str:
        return self.meta("draft:" + name)

    def draft_names(self, prefix: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT substr(key, 7) FROM meta WHERE key >= ? AND key < ? ORDER BY key",
            ("draft:" + prefix, "draft:" + prefix + "\uffff"),
        )
        return [str(row[0]) for row in rows]

    def drop_draft(self, name: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", ("draft:" + name,))

    def schema_version(self) -> int:
        return schema.current_version(self.conn)

    def derived_key(self, purpose: str) -> bytes:
        """A 32-byte key for ``purpose``, derived (HKDF-SHA256) from the vault's
        signing key: stable for this vault, useless for anything else."""
        row = self.conn.execute("SELECT secret FROM vault_keys WHERE name = 'ed25519'").fetchone()
        return HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"hrdoc " + purpose.encode()
        ).derive(bytes(row[0]))

    def public_keys(self) -> dict[str, str]:
        rows = self.conn.execute("SELECT name, public FROM vault_keys").fetchall()
        return {name: public for name, public in rows}

    def sweep_evidence(self) -> None:
        """Remove what killed intakes and imports left: blob rows of evidence
        that never got its record (once no live process holds the intake),
        then files no row names (only while no one is writing: an import
        seals its files inside its transaction)."""
        conn = self.conn
        unfinished = (
            "SELECT evidence_id FROM evidence_blobs b"
            " WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.id = b.evidence_id)"
            " AND NOT EXISTS (SELECT 1 FROM deleted d WHERE d.record_id = b.evidence_id)"
        )
        for (evidence_id,) in conn.execute(unfinished).fetchall():
            with self.intakes.owner_gone(evidence_id) as gone:
                if not gone:
                    continue
                log.info("removing an interrupted evidence intake")
                with self.transaction() as c:
                    if c.execute(unfinished + " AND evidence_id = ?", (evidence_id,)).fetchone():
                        self.drop_blob_in(c, evidence_id)
        with self._lock:
            conn.execute("PRAGMA busy_timeout = 0")
            try:
                conn.execute("BEGIN IMMEDIATE")
            except DatabaseError:
                return  # someone is writing; the next open sweeps
            finally:
                conn.execute("PRAGMA busy_timeout = 5000")
            try:
                named = {f for (f,) in conn.execute("SELECT file FROM evidence_blobs")}
                for name in self.sealed.names() - named:
                    log.info("removing an evidence file no record names")
                    self.sealed.remove(name)
            finally:
                conn.execute("COMMIT")

    def integrity_problems(self) -> list[str]:
        """SQLCipher's check of every page's HMAC, then SQLite's structural check."""
        conn = self.conn
        where = str(self.db_path)
        try:
            damaged = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        except DatabaseError as exc:
            return [f"{where}: cannot check page integrity ({exc})"]
        problems = [f"{where}: page failed its integrity check: {p}" for p in damaged]
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        except DatabaseError as exc:
            return [*problems, f"{where}: database is damaged ({exc})"]
        return problems + [f"{where}: {r[0]}" for r in rows if r[0] != "ok"]


def _check_not_truncated(conn: Any, db: Path) -> None:
    """With no WAL pending, the file must hold every page the header counts."""
    wal = db.with_name(db.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    if db.stat().st_size < pages * page_size:
        raise VaultCorrupt(db, "vault database is truncated")


def complete_folder(folder: Path, vault_id: str) -> None:
    """What every vault folder has since duress (hrdoc/core/duress.py), made
    where missing: the second database (empty, under a key nobody keeps) and
    the evidence and intake folders."""
    if not (folder / DECOY_DB_NAME).exists():
        _build_db(folder / DECOY_DB_NAME, secrets.token_bytes(32), vault_id)
    for sub in (_EVIDENCE_FOLDER, DECOY_EVIDENCE, INTAKE_FOLDER):
        (folder / sub).mkdir(mode=0o700, exist_ok=True)


def _build_db(path: Path, key: bytes, vault_id: str, version: int = schema.LATEST) -> None:
    """A new database: the schema, the vault id and a fresh identity."""
    conn = _connect(path, key)
    try:
        schema.migrate(conn, target=version)
        _init_vault_data(conn, vault_id)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    make_private(path, folder=False)


def _init_vault_data(conn: Any, vault_id: str) -> None:
    """The vault's identity: an Ed25519 signing key and an X25519 (age) key."""
    now = utc_now()
    signing = Ed25519PrivateKey.generate()
    signing_public = signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    author_id = hashlib.sha256(b"hrdoc author id\x00" + signing_public).hexdigest()[:16]
    signing_secret = signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    age_identity = pyrage.x25519.Identity.generate()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        [("vault_id", vault_id), ("created_at", now), ("author_id", author_id)],
    )
    conn.executemany(
        "INSERT INTO vault_keys (name, public, secret, created_at) VALUES (?, ?, ?, ?)",
        [
            ("ed25519", signing_public.hex(), signing_secret, now),
            ("x25519", str(age_identity.to_public()), str(age_identity).encode(), now),
        ],
    )
    conn.execute("COMMIT")
