"""The age v1 format, through pyrage, behind one small interface.

Streaming for X25519 recipients (``encrypt_io``/``decrypt_io``); passphrase
(scrypt) files go through pyrage's in-memory API, so they are capped in size.
pyrage's error texts are mapped to sentences a person can act on.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
import re
import threading
from collections.abc import Iterator
from typing import Any, BinaryIO, cast

import pyrage

from hrdoc.core.errors import HrdocError

MAX_PASSPHRASE_BYTES = 512 << 20


class AgeError(HrdocError):
    """Decryption failed. ``kind``: no-match, armor, header, hmac, payload."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def classify(exc: Exception) -> AgeError:
    """pyrage's errors, by their text, as one of the age spec's failure kinds."""
    if isinstance(exc, AgeError):
        return exc
    if isinstance(exc, OSError):  # pyrage reports STREAM failures as I/O errors
        return AgeError("the bundle is truncated or damaged (decryption failed)", "payload")
    text = str(exc).lower()
    if "armored age file is malformed" in text:  # ours, raised while pyrage read
        return Dearmored._bad()
    if "no matching keys" in text or "decryption failed" in text:
        return AgeError("this bundle is not encrypted to this vault (wrong recipient)", "no-match")
    if "mac" in text and "header" in text:
        return AgeError("the bundle's header is damaged (its MAC does not verify)", "hmac")
    if any(s in text for s in ("header", "unknown age format", "fill whole buffer", "stanza")):
        return AgeError("this is not an age file, or its header is damaged", "header")
    return AgeError("the bundle is truncated or damaged (decryption failed)", "payload")


# --- a strict reading of the age v1 header -----------------------------------------
# rage accepts a few headers the spec calls malformed (a stanza without its
# final short body line, an oversized scrypt work factor). A bundle is hostile
# until proven otherwise, so the header is checked against the grammar first.

MAX_HEADER_BYTES = 64 << 10
MAX_SCRYPT_LOG_N = 22
_B64 = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def _canonical_b64(text: bytes) -> bool:
    if not set(text) <= _B64 or len(text) % 4 == 1:
        return False
    try:
        decoded = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        return False
    return base64.b64encode(decoded).rstrip(b"=") == text


def read_header(source: BinaryIO) -> bytes:
    """Read and check the header; return its bytes (to be replayed to pyrage)."""
    bad = AgeError("this is not an age file, or its header is damaged", "header")
    header = b""

    def line() -> bytes:
        nonlocal header
        got = source.readline(MAX_HEADER_BYTES)
        header += got
        if not got.endswith(b"\n") or len(header) > MAX_HEADER_BYTES or b"\r" in got:
            raise bad
        return got[:-1]

    if line() != b"age-encryption.org/v1":
        raise bad
    current = line()
    while current.startswith(b"-> "):
        args = current[3:].split(b" ")
        if any(not a or not all(33 <= c <= 126 for c in a) for a in args):
            raise bad
        if args[0] == b"scrypt" and (
            len(args) != 3
            or not args[2].isdigit()
            or args[2].startswith(b"0")
            or int(args[2]) > MAX_SCRYPT_LOG_N
        ):
            raise bad
        while True:  # body: full 64-column lines, then one shorter line (maybe empty)
            body = line()
            if len(body) > 64 or not _canonical_b64(body):
                raise bad
            if len(body) < 64:
                break
        current = line()
    if not current.startswith(b"--- ") or len(current) != 47 or not _canonical_b64(current[4:]):
        raise bad
    return header


# --- ASCII armor (the age spec's strict PEM form, what `age -a` writes) ------------
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
_WHITESPACE = b" \t\r\n"
_ARMOR_LINE = 64
_B64_PADDED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")


def looks_armored(prefix: bytes) -> bool:
    """Whether a file starting with ``prefix`` is meant as PEM armor: it is
    not a binary age file and has a PEM boundary near its start (a wrong type,
    or garbage before it, is then refused as malformed armor)."""
    return not prefix.startswith(b"age-encryption.org/") and b"-----" in prefix


class Dearmored(io.RawIOBase):
    """The binary age file inside ASCII armor, decoded as it is read.

    Strict, as the spec asks: whitespace only around the armor, exactly the
    BEGIN and END lines, lines ending in LF or CRLF, every line but the last
    64 columns, the last 1 to 64, canonical padded base64, nothing else."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self._pending = b""
        self._started = False
        self._done = False
        self._next: bytes | None = None

    def readable(self) -> bool:
        return True

    @staticmethod
    def _bad() -> AgeError:
        return AgeError(
            "this armored age file is malformed (it is not the age spec's ASCII armor)", "armor"
        )

    def _line(self) -> bytes | None:
        """The next line without its LF or CRLF; None at the end of the file."""
        got = self._source.readline(_ARMOR_LINE + 3)
        if not got:
            return None
        if got.endswith(b"\r\n"):
            return got[:-2]
        if got.endswith(b"\n"):
            return got[:-1]
        if len(got) > _ARMOR_LINE + 1 or self._source.read(1):
            raise self._bad()  # too long a line
        return got  # the last line, with no end of line

    def _begin(self) -> None:
        while True:  # whitespace before the armor (spaces, tabs, CR, LF)
            byte = self._source.read(1)
            if not byte:
                raise self._bad()
            if byte not in _WHITESPACE:
                break
        rest = self._line() or b""
        if byte + rest != ARMOR_BEGIN:
            raise self._bad()
        self._started = True
        self._next = self._line()

    def _decode_next(self) -> bytes:
        line, following = self._next, self._line()
        if line is None:
            raise self._bad()  # no END line
        if line == ARMOR_END:
            self._finish(following)
            return b""
        if not line or not set(line) <= _B64_PADDED or len(line) > _ARMOR_LINE:
            raise self._bad()
        last = following == ARMOR_END
        if (len(line) != _ARMOR_LINE and not last) or (not last and b"=" in line):
            raise self._bad()
        if len(line) % 4 or b"=" in line.rstrip(b"="):
            raise self._bad()
        try:
            data = base64.b64decode(line, validate=True)
        except binascii.Error:
            raise self._bad() from None
        if base64.b64encode(data) != line:
            raise self._bad()  # not canonical
        self._next = following
        return data

    def _finish(self, following: bytes | None) -> None:
        trailing = (following or b"") + self._source.read(1 << 16)
        while trailing:
            if trailing.strip(_WHITESPACE):
                raise self._bad()  # something after the END line
            trailing = self._source.read(1 << 16)
        self._done = True

    def readinto(self, target: Any) -> int:
        if not self._started:
            self._begin()
        while not self._pending and not self._done:
            self._pending = self._decode_next()
        n = min(len(target), len(self._pending))
        target[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def binary(source: BinaryIO) -> BinaryIO:
    """``source`` as a binary age file: armor is decoded (strictly) as it is read."""
    buffered: Any = source
    if not hasattr(source, "peek"):
        buffered = io.BufferedReader(cast(Any, source))
    if looks_armored(buffered.peek(256)[:256]):
        return io.BufferedReader(Dearmored(buffered), buffer_size=1 << 16)
    return cast(BinaryIO, buffered)


def binary_bytes(data: bytes) -> bytes:
    if looks_armored(data[:256]):
        return Dearmored(io.BytesIO(data)).readall()
    return data


class _Replay(io.RawIOBase):
    """The header already read, then the rest of the source."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        if self._prefix:
            n = min(len(target), len(self._prefix))
            target[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._rest.read(len(target))
        target[: len(data)] = data
        return len(data)


def checked(source: BinaryIO) -> BinaryIO:
    """``source`` (armored or not) with its header checked, ready for pyrage."""
    source = binary(source)
    prefix = read_header(source)
    return io.BufferedReader(_Replay(prefix, source), buffer_size=PIPE_BYTES)


def recipients_from(texts: list[str]) -> list[Any]:
    return [pyrage.x25519.Recipient.from_str(t) for t in texts]


class ChunkReader(io.RawIOBase):
    """A readable file over an iterator of byte chunks (produced on demand)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""
        #: what the producer raised (pyrage wraps it in its own error type)
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer:
            try:
                self._buffer = next(self._chunks)
            except StopIteration:
                return 0
            except BaseException as exc:
                self.error = exc
                raise
        n = min(len(target), len(self._buffer))
        target[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


def encrypt_stream(chunks: Iterator[bytes], out: BinaryIO, recipients: list[str]) -> None:
    raw = ChunkReader(chunks)
    reader = io.BufferedReader(raw, buffer_size=1 << 20)
    try:
        pyrage.encrypt_io(reader, out, recipients_from(recipients))
    except Exception:
        if raw.error is not None:  # the real cause (a cancel, a changed file), not pyrage's wrapper
            raise raw.error from None
        raise


def encrypt_with_passphrase(chunks: Iterator[bytes], out: BinaryIO, passphrase: str) -> None:
    data = bytearray()
    for chunk in chunks:
        data += chunk
        if len(data) > MAX_PASSPHRASE_BYTES:
            raise HrdocError(
                "a passphrase-encrypted bundle is limited to 512 MB; send it to a contact's key"
            )
    out.write(pyrage.passphrase.encrypt(bytes(data), passphrase))


#: the scrypt work factor a passphrase bundle may ask for: 2**20 needs 1 GiB,
#: above what hrdoc's own bundles use (rage calibrates to about a second: 18-20)
MAX_BUNDLE_SCRYPT_LOG_N = 20
_SCRYPT_STANZA = re.compile(rb"\n-> scrypt \S+ (\d{1,3})\n")


def scrypt_work_factor(header: bytes) -> int | None:
    """The work factor of a passphrase-encrypted file's header, or None."""
    found = _SCRYPT_STANZA.search(header[:MAX_HEADER_BYTES])
    return int(found.group(1)) if found else None


def decrypt_bytes_with_passphrase(data: bytes, passphrase: str) -> bytes:
    data = binary_bytes(data)
    header = read_header(io.BytesIO(data))
    work = scrypt_work_factor(header)
    if work is None:
        raise AgeError(
            "this bundle is not locked with a passphrase; import it without --passphrase-bundle",
            "no-match",
        )
    if work > MAX_BUNDLE_SCRYPT_LOG_N:
        raise AgeError(
            f"this bundle's passphrase lock asks for {(128 * 8 << work) >> 20} MiB of memory"
            f" (scrypt work factor {work}; hrdoc allows up to {MAX_BUNDLE_SCRYPT_LOG_N});"
            " it was not made by hrdoc; nothing was tried",
            "header",
        )
    try:
        return bytes(pyrage.passphrase.decrypt(data, passphrase))
    except pyrage.DecryptError as exc:
        error = classify(exc)
        if error.kind == "no-match":
            raise AgeError("wrong passphrase for this bundle", "no-match") from None
        raise error from None


def decrypt_for_vectors(
    data: bytes, identities: list[str], passphrases: list[str]
) -> tuple[bytes, str | None]:
    """Decrypt test-vector style: (plaintext released, failure kind or None).

    X25519 files stream, so plaintext authenticated before a failure is
    released, as in import; scrypt files go through the in-memory API."""
    try:
        data = binary_bytes(data)
        read_header(io.BytesIO(data))
    except AgeError as exc:
        return b"", exc.kind
    if passphrases:
        for phrase in passphrases:
            try:
                return bytes(pyrage.passphrase.decrypt(data, phrase)), None
            except pyrage.DecryptError as exc:
                error = classify(exc)
        return b"", error.kind
    keys = [pyrage.x25519.Identity.from_str(i) for i in identities]
    out = io.BytesIO()
    try:
        pyrage.decrypt_io(io.BytesIO(data), out, keys)
    except (pyrage.DecryptError, OSError) as exc:
        return out.getvalue(), classify(exc).kind
    return out.getvalue(), None


#: what moves between the decrypting thread and the reader at once: few
#: hand-overs of the interpreter lock, few wake-ups
PIPE_BYTES = 1 << 20


def more_than_zeros(reader: BinaryIO) -> bool:
    """Read what is left of a plaintext: whether anything but zero bytes
    (the tar's end padding) follows."""
    while chunk := reader.read(1 << 16):
        if chunk.strip(b"\0"):
            return True
    return False


def widen_pipe(fd: int) -> None:
    """A pipe of PIPE_BYTES where the system allows it (Linux), so the
    decrypting thread runs ahead of the reader instead of in lockstep."""
    with contextlib.suppress(ImportError, OSError, AttributeError):  # not on Windows
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)


class DecryptingPipe:
    """Decrypts ``source`` in a worker thread into a pipe; read plaintext from
    :attr:`reader`. After reading, call :meth:`finish`: it raises if the file
    did not decrypt and authenticate to its very end."""

    def __init__(self, source: BinaryIO, identities: list[Any]) -> None:
        import os

        read_fd, write_fd = os.pipe()
        widen_pipe(write_fd)
        self.reader: BinaryIO = open(read_fd, "rb", buffering=PIPE_BYTES)  # noqa: SIM115
        self._writer = open(write_fd, "wb", buffering=PIPE_BYTES)  # noqa: SIM115
        self._error: Exception | None = None
        #: set before the read end is closed early: a write failing after it
        #: is that close (EPIPE on POSIX, EINVAL on Windows), not a decryption error
        self._stopping = False
        self._thread = threading.Thread(
            target=self._run, args=(source, identities), name="age-decrypt", daemon=True
        )
        self._thread.start()

    def _run(self, source: BinaryIO, identities: list[Any]) -> None:
        try:
            pyrage.decrypt_io(checked(source), self._writer, identities)
        except Exception as exc:
            if not self._stopping:
                self._error = exc
        finally:
            with contextlib.suppress(OSError):
                self._writer.close()

    def close(self) -> AgeError | None:
        """Stop early: closing the read end makes the worker's writes fail.

        Returns the decryption error, if decryption itself failed (a wrong
        recipient, a damaged file), which explains a reading error better.
        """
        error = self._error  # what went wrong before we stopped reading, if anything
        self._stopping = True
        self.reader.close()
        self._thread.join()
        error = error or self._error
        if error is not None and not isinstance(error, BrokenPipeError):
            text = str(error).lower()
            if "broken pipe" not in text:
                return classify(error)
        return None

    def finish(self) -> None:
        """Drain what is left, wait for the worker, and raise its error if any."""
        trailing = more_than_zeros(self.reader)
        self.reader.close()
        self._thread.join()
        if self._error is not None:
            raise classify(self._error) from None
        if trailing:
            raise HrdocError("the bundle has data after its end; refused")
