"""Every page of a SQLCipher 4 database (and every frame of its WAL),
decrypted with the vault key, freelist pages included: what a purge test
must scan (the encrypted bytes alone prove nothing).

SQLCipher 4 with a raw key (hrdoc gives one, x'...'): each page is
AES-256-CBC with the key itself; the last ``RESERVE`` bytes of a page hold
the IV (16 bytes) and the HMAC-SHA512 (64); page 1 starts with the 16-byte
salt, in clear. (sqlcipher/src/crypto_impl.c, sqlcipher_page_cipher.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

RESERVE = 80  # IV 16 + HMAC-SHA512 64, a multiple of the AES block
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt(key: bytes, page: bytes, first: bool) -> bytes:
    size = len(page)
    iv = page[size - RESERVE : size - RESERVE + 16]
    start = 16 if first else 0
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : size - RESERVE]) + decryptor.finalize()


def pages(db: Path, key: bytes, page_size: int) -> Iterator[bytes]:
    data = db.read_bytes()
    for n in range(len(data) // page_size):
        yield _decrypt(key, data[n * page_size : (n + 1) * page_size], n == 0)


def wal_frames(wal: Path, key: bytes, page_size: int) -> Iterator[bytes]:
    if not wal.exists():
        return
    data = wal.read_bytes()
    at = WAL_HEADER
    while at + FRAME_HEADER + page_size <= len(data):
        number = int.from_bytes(data[at : at + 4], "big")
        page = data[at + FRAME_HEADER : at + FRAME_HEADER + page_size]
        yield _decrypt(key, page, number == 1)
        at += FRAME_HEADER + page_size


def plaintext(folder: Path, key: bytes, page_size: int) -> bytes:
    """Every decrypted page and frame of the vault's database, joined."""
    out = list(pages(folder / "vault.db", key, page_size))
    out += wal_frames(folder / "vault.db-wal", key, page_size)
    return b"".join(out)
