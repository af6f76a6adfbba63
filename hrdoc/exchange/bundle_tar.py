"""The tar inside a bundle, read strictly: plain file entries only, hard
limits, and nothing after the end (a cut or padded bundle is refused)."""

from __future__ import annotations

import hashlib
import tarfile
from typing import Any, BinaryIO

from hrdoc.core.evidence import CHUNK_SIZE
from hrdoc.core.sealed import Readable
from hrdoc.exchange.bundle_format import BundleError


def read_all(stream: Readable, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise BundleError("the bundle is truncated")
    return data


_KINDS = {
    tarfile.XHDTYPE: "a pax header",
    tarfile.XGLTYPE: "a pax header",
    tarfile.GNUTYPE_LONGNAME: "a GNU long-name header",
    tarfile.GNUTYPE_LONGLINK: "a GNU long-link header",
}
MAX_END_PADDING = 2 * tarfile.RECORDSIZE
_ZERO = b"\0" * tarfile.BLOCKSIZE


class TarStream:
    """A bundle's tar read in one pass, straight from the plaintext: plain
    file entries only, each header parsed and checksummed by tarfile's own
    :meth:`tarfile.TarInfo.frombuf`. A pax or GNU long-name header (which
    tarfile would read whole into memory: 256 MiB of name from a 300-byte
    file), a link, a folder or a device is refused by its header alone.
    tarfile's stream reader is not used for the bytes themselves: it copies
    each byte four times on its way (a second per GB of evidence).

    Unlike :mod:`hrdoc.core.plaintar`, which reads only the layout hrdoc
    itself writes (backups), this takes the ustar and GNU headers any tar
    tool writes for plain files: a bundle made by hand with tar and age
    imports.

    Call :meth:`next` for each entry's header, then read its bytes with
    :meth:`read` (what is not read is skipped before the next header), and
    at the end :meth:`check_end`."""

    def __init__(self, source: BinaryIO) -> None:
        self.source = source
        self.position = 0
        self._left = 0  # of the current entry's bytes
        self._padding = 0
        self._end: bytes | None = None

    def _exact(self, n: int) -> bytes:
        data = self.source.read(n)
        while 0 < len(data) < n and (more := self.source.read(n - len(data))):
            data += more
        self.position += len(data)
        return data

    def next(self) -> tarfile.TarInfo | None:
        """The next entry's header, or None at the archive's end."""
        skip = self._left + self._padding  # what the last entry's reader left, and padding
        while skip:
            got = len(self._exact(min(skip, 1 << 20)))
            if not got:
                raise BundleError("the bundle is truncated")
            skip -= got
        self._left = self._padding = 0
        start = self.position
        block = self._exact(tarfile.BLOCKSIZE)
        if block == _ZERO or not block:
            self._end = block
            return None
        if len(block) < tarfile.BLOCKSIZE:
            raise BundleError("the bundle is truncated")
        try:
            entry = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
        except tarfile.HeaderError:
            if start == 0:
                raise BundleError(
                    "the bundle is truncated, damaged, or not for this vault"
                ) from None
            raise BundleError("the bundle's archive is damaged (an entry's header)") from None
        if entry.size < 0:  # tar's base-256 numbers can be negative
            raise BundleError("the bundle's archive is damaged (an entry's size)")
        if entry.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
            kind = _KINDS.get(entry.type)
            if kind is None:  # a link, a folder, a device: named
                what = (
                    "is a link"
                    if entry.type in (tarfile.SYMTYPE, tarfile.LNKTYPE)
                    else "is not a regular file"
                )
                raise BundleError(f"entry {entry.name[:100]!r} {what}; bundles hold only files")
            raise BundleError(
                f"the bundle's archive holds {kind} ({entry.size} bytes); bundles hold only"
                " plain files"
            )
        entry.offset = start
        entry.offset_data = start + tarfile.BLOCKSIZE
        self._left = entry.size
        self._padding = -entry.size % tarfile.BLOCKSIZE
        return entry

    def read(self, n: int = -1) -> bytes:
        """The current entry's next bytes (at most ``n``; fewer only at its
        end, or if the bundle is cut short)."""
        want = self._left if n is None or n < 0 else min(n, self._left)
        data = self._exact(want) if want else b""
        self._left -= len(data)
        return data

    def check_end(self) -> None:
        """The archive ended with its end marker (two zero blocks), then at
        most a record's worth of zero padding, then nothing: a cut bundle,
        or one with data after its end, is refused."""
        after = self._end or b""
        while len(after) <= MAX_END_PADDING and (more := self._exact(1 << 16)):
            after += more
        if len(after) < 2 * tarfile.BLOCKSIZE:
            raise BundleError("the bundle is truncated: its archive has no end marker")
        if len(after) > MAX_END_PADDING or after.strip(b"\0"):
            raise BundleError("the bundle has data after its end; refused")


def hash_stream(stream: Readable, size: int, progress: Any) -> tuple[str, int]:
    digest = hashlib.sha256()
    left = size
    while left:
        chunk = stream.read(min(CHUNK_SIZE, left))
        if not chunk:
            raise EOFError
        digest.update(chunk)
        left -= len(chunk)
        progress(size - left, size)
    return digest.hexdigest(), size


def check_member(member: tarfile.TarInfo, max_size: int) -> None:
    """An entry no larger than ``max_size`` (that it is a plain file,
    TarStream.next has checked)."""
    if member.size > max_size:
        raise BundleError(f"limit exceeded: entry {member.name} declares {member.size} bytes")
