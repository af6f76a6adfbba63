"""age's payload format (STREAM), for the vault's own sealed evidence files.

This is the payload of an age file exactly as the age specification
(age-encryption.org/v1, "Payload") defines it, without the header: a
16-byte nonce, then the plaintext in 64 KiB chunks, each sealed with
ChaCha20-Poly1305 under HKDF-SHA-256(ikm = key, salt = nonce, info =
"payload"), the chunk's nonce being an 11-byte big-endian counter and a
final byte of 1 on the last chunk, 0 on the others. The last chunk may be
empty only when the whole plaintext is. The primitives are `cryptography`'s
(OpenSSL's ChaCha20-Poly1305, several times faster here than pyrage's),
and tests/test_stream.py checks this code against the payloads of the
C2SP/CCTV age test vectors.

Why not whole age files: a sealed file's key is a random 32-byte key kept
in the database, so it needs no recipient header; and age's own
implementation in pyrage encrypts at about a third of OpenSSL's speed while
holding Python's lock, which made intake, export and bundles slower than
the disk (README, design notes, "Speed").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hrdoc.core.errors import IntegrityError

CHUNK = 64 * 1024
TAG = 16
NONCE = 16
KEY = 32
#: chunks read or written per call: about a MiB of plaintext
BATCH = 16
_SEALED = CHUNK + TAG
_MAX_COUNTER = (1 << 88) - 1


class Writable(Protocol):
    def write(self, data: bytes | memoryview, /) -> int: ...


def payload_key(key: bytes, nonce: bytes) -> ChaCha20Poly1305:
    if len(key) not in (16, KEY) or len(nonce) != NONCE:  # age's file keys are 16 bytes
        raise ValueError("a STREAM key is 16 or 32 bytes and its nonce 16")
    derived = HKDF(algorithm=hashes.SHA256(), length=KEY, salt=nonce, info=b"payload").derive(key)
    return ChaCha20Poly1305(derived)


def _nonce(counter: int, last: bool) -> bytes:
    if counter > _MAX_COUNTER:
        raise ValueError("the stream is too long")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class Encryptor:
    """Write plaintext with :meth:`write`, then :meth:`close` once: the
    sealed stream goes to ``out`` (which gets the nonce first)."""

    def __init__(self, out: Writable, key: bytes, nonce: bytes) -> None:
        self._out = out
        self._aead = payload_key(key, nonce)
        self._counter = 0
        #: the plaintext not sealed yet: a chunk is sealed only once a byte
        #: follows it, since the last chunk is marked as the last
        self._pending = b""
        self._sealed = bytearray(BATCH * _SEALED)
        self._closed = False
        out.write(nonce)

    def write(self, data: bytes) -> None:
        if self._pending:
            head = CHUNK - len(self._pending)  # complete the pending chunk first
            self._pending += data[:head]
            if len(self._pending) < CHUNK or len(data) == head:
                return
            self._seal(memoryview(self._pending), 1)
            data = data[head:]
        view = memoryview(data)
        whole = max(0, (len(view) - 1) // CHUNK)  # chunks with a byte after them
        done = 0
        while done < whole:
            count = min(BATCH, whole - done)
            self._seal(view[done * CHUNK :], count)
            done += count
        self._pending = bytes(view[whole * CHUNK :])

    def _seal(self, view: memoryview, count: int) -> None:
        """Seal ``count`` whole chunks from the start of ``view`` (none of
        them the last) and write them in one call, with no copy between."""
        out = memoryview(self._sealed)
        for i in range(count):
            self._aead.encrypt_into(
                _nonce(self._counter + i, False),
                view[i * CHUNK : (i + 1) * CHUNK],
                None,
                out[i * _SEALED : (i + 1) * _SEALED],
            )
        self._counter += count
        self._out.write(out[: count * _SEALED])

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._out.write(self._aead.encrypt(_nonce(self._counter, True), self._pending, None))
        self._pending = b""


def _open(aead: ChaCha20Poly1305, data: bytes, counter: int, count: int) -> bytes:
    """``count`` whole chunks from ``data``, none of them the last."""
    view = memoryview(data)
    try:
        return b"".join(
            aead.decrypt(_nonce(counter + i, False), view[i * _SEALED : (i + 1) * _SEALED], None)
            for i in range(count)
        )
    except InvalidTag:
        raise IntegrityError("a sealed file is damaged") from None
    finally:
        view.release()


def decrypt_chunks(source: BinaryIO, key: bytes) -> Iterator[bytes]:
    """The plaintext of a sealed stream read from ``source``, about a MiB at
    a time. Raises IntegrityError when the stream is damaged, cut short or
    followed by anything: what was yielded before that is authentic, but the
    caller must not treat it as whole until the iterator ends."""
    nonce = source.read(NONCE)
    if len(nonce) != NONCE:
        raise IntegrityError("a sealed file is cut short")
    aead = payload_key(key, nonce)
    counter = 0
    want = BATCH * _SEALED + 1  # a byte more than a batch: then none of it is the last chunk
    pending = b""
    while True:
        more = source.read(want - len(pending))
        if not more:
            break
        pending += more
        if len(pending) < want:
            continue
        yield _open(aead, pending, counter, BATCH)
        counter += BATCH
        pending = pending[BATCH * _SEALED :]
    # the end: every whole chunk with a byte after it, then the last one
    whole = max(0, (len(pending) - 1) // _SEALED)
    if whole:
        yield _open(aead, pending, counter, whole)
        counter += whole
        pending = pending[whole * _SEALED :]
    if len(pending) < TAG or (counter > 0 and len(pending) == TAG):
        raise IntegrityError("a sealed file is cut short or its last chunk is empty")
    try:
        last = aead.decrypt(_nonce(counter, True), pending, None)
    except InvalidTag:
        raise IntegrityError("a sealed file is damaged or cut short") from None
    if last:
        yield last
