"""Evidence bytes as sealed files beside the database, one key per file.

    <vault folder>/evidence/<32 hex>    age's STREAM payload (hrdoc/core/stream.py)

Each file is sealed with its own random 32-byte key, generated at intake and
kept only in the database's ``evidence_blobs`` row (so behind the vault key).
Erasing that row erases the only key: a purge destroys the key and unlinks
the file, whatever copies flash storage keeps of the ciphertext. The bytes
are written once and never changed, so they need no SQLCipher pages and no
WAL: intake, export and bundles move them at the speed of the cipher.
Files sealed before 2026-11-30 are whole age files, each to its own X25519
identity (the row's key then starts with ``AGE-SECRET-KEY-1``); they are
read as before. New files are the payload alone, under a ``stream:`` key.

A blob row is committed before its file is written (intake) or in the same
transaction that writes it (bundle import). So, with no write transaction
open, a file that no row names is the leftover of a killed process, and a row
whose evidence record does not exist (and is not a deleted record waiting
for undo) is an intake that never finished, removable once no live process
holds its intake lock (:mod:`hrdoc.core.intake`).
"""

from __future__ import annotations

import contextlib
import hashlib
import secrets
import shutil
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from pyrage import x25519

from hrdoc.core import stream
from hrdoc.core.agefile import DecryptingPipe
from hrdoc.core.atomic import atomic_writer
from hrdoc.core.errors import IntegrityError
from hrdoc.core.progress import Progress

FOLDER = "evidence"
READ_SIZE = 1 << 20
_PART = ".part"


@dataclass(frozen=True)
class Blob:
    """Where one evidence item's bytes are, and the key that opens them."""

    file: str
    identity: str


class Readable(Protocol):
    def read(self, n: int = -1, /) -> bytes: ...


class _Counting:
    """A reader that hashes and counts what passes, reports progress, and
    stops at ``limit`` bytes (a tar entry's size)."""

    def __init__(
        self, source: Readable, limit: int | None, progress: Progress | None, total: int
    ) -> None:
        self.source = source
        self.left = limit
        self.progress = progress
        self.total = total
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, n: int = -1) -> bytes:
        want = READ_SIZE if n is None or n < 0 else n
        if self.left is not None:
            want = min(want, self.left)
            if want == 0:
                return b""
        data = self.source.read(want)
        if self.left is not None:
            if not data:
                raise EOFError("the stream ended before the file's last byte")
            self.left -= len(data)
        self.digest.update(data)
        self.size += len(data)
        if self.progress and data:
            self.progress(self.size, self.total)
        return data


class SealedFiles:
    """The sealed evidence files of one vault folder."""

    def __init__(self, vault_folder: Path) -> None:
        self.folder = vault_folder / FOLDER

    def path(self, name: str) -> Path:
        if len(name) != 32 or not all(c in "0123456789abcdef" for c in name):
            raise IntegrityError("an evidence row names no valid file")  # never a path from data
        return self.folder / name

    @staticmethod
    def new_blob() -> Blob:
        return Blob(secrets.token_hex(16), STREAM_KEY + secrets.token_hex(stream.KEY))

    def seal(
        self,
        blob: Blob,
        source: Readable,
        *,
        limit: int | None = None,
        progress: Progress | None = None,
        total: int = 0,
    ) -> tuple[str, int]:
        """Encrypt ``source`` (or its next ``limit`` bytes) into the blob's
        file: written beside it, flushed to disk, then renamed, so a file of
        that name is always whole. Returns the plaintext's (SHA-256, size)."""
        key = _stream_key(blob.identity)
        if key is None:
            raise ValueError("new evidence files are sealed with a stream key")
        self.folder.mkdir(mode=0o700, exist_ok=True)
        reader = _Counting(source, limit, progress, total)
        with self._writing(blob.file) as out:
            sealing = stream.Encryptor(out, key, secrets.token_bytes(stream.NONCE))
            while data := reader.read(READ_SIZE):
                sealing.write(data)
            sealing.close()
        return reader.digest.hexdigest(), reader.size

    def _writing(self, name: str) -> contextlib.AbstractContextManager[BinaryIO]:
        """The file, written as ``<name>.part`` (so a sweep in another process
        knows whose it is), flushed, then renamed: a file of that name is whole."""
        target = self.path(name)
        return atomic_writer(target, temp=target.with_name(target.name + _PART))

    def copy(self, blob: Blob) -> Blob:
        """The same sealed bytes under a new name (the same key opens them)."""
        twin = Blob(secrets.token_hex(16), blob.identity)
        with self._writing(twin.file) as out, open(self.path(blob.file), "rb") as src:
            shutil.copyfileobj(src, out, READ_SIZE)
        return twin

    def chunks(self, blob: Blob) -> Generator[bytes, None, None]:
        """The decrypted bytes, about a MiB at a time. Raises IntegrityError
        if the file is missing, damaged or cut short (every 64 KiB and the
        end of the stream are authenticated)."""
        try:
            source = open(self.path(blob.file), "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise IntegrityError("an evidence file is missing from the vault folder") from None
        with source:
            yield from opened(source, blob.identity)

    def remove(self, name: str) -> None:
        for path in (self.path(name), self.folder / (name + _PART)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def names(self) -> set[str]:
        """Every file name in the folder (a ``.part`` by its final name)."""
        if not self.folder.is_dir():
            return set()
        return {p.name.removesuffix(_PART) for p in self.folder.iterdir()}

    def total_bytes(self) -> int:
        if not self.folder.is_dir():
            return 0
        return sum(p.stat().st_size for p in self.folder.iterdir() if p.is_file())


STREAM_KEY = "stream:"


def _stream_key(key: str) -> bytes | None:
    if not key.startswith(STREAM_KEY):
        return None
    try:
        raw = bytes.fromhex(key.removeprefix(STREAM_KEY))
    except ValueError:
        raw = b""
    if len(raw) != stream.KEY:
        raise IntegrityError("an evidence row holds no valid key")
    return raw


def opened(source: BinaryIO, key: str) -> Generator[bytes, None, None]:
    """The plaintext of a sealed file read from ``source`` with its row's
    key, in either layout (see the module docstring). Raises IntegrityError
    if it is damaged or cut short."""
    raw = _stream_key(key)
    if raw is not None:
        yield from stream.decrypt_chunks(source, raw)
        return
    pipe = DecryptingPipe(source, [x25519.Identity.from_str(key)])
    finished = False
    try:
        while data := pipe.reader.read(READ_SIZE):
            yield data
        try:
            pipe.finish()
        except Exception:
            raise IntegrityError("an evidence file is damaged or cut short") from None
        finished = True
    finally:
        if not finished:
            pipe.close()


def blob_of(conn: Any, evidence_id: str) -> Blob | None:
    row = conn.execute(
        "SELECT file, identity FROM evidence_blobs WHERE evidence_id = ?", (evidence_id,)
    ).fetchone()
    return Blob(row[0], row[1]) if row else None


def insert_blob(conn: Any, evidence_id: str, blob: Blob) -> None:
    conn.execute(
        "INSERT INTO evidence_blobs (evidence_id, file, identity) VALUES (?, ?, ?)",
        (evidence_id, blob.file, blob.identity),
    )
