"""The tar inside a bundle, read strictly: plain file entries only, hard
limits, and nothing after the end (a cut or padded bundle is refused)."""

from __future__ import annotations

import hashlib
import tarfile
from collections import deque
from typing import Any, BinaryIO

from hrdoc.core.evidence import CHUNK_SIZE
from hrdoc.exchange.bundle_format import (
    BundleError,
)


def read_all(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise BundleError("the bundle is truncated")
    return data


class PlainEntry(tarfile.TarInfo):
    """A tar header, refused before tarfile reads anything it announces
    unless it is a plain file entry: hrdoc writes ustar headers only, so a
    pax or GNU long-name header (which tarfile would read whole into memory:
    256 MiB of name from a 300-byte file) is never needed."""

    @classmethod
    def fromtarfile(cls, tarfile_: tarfile.TarFile) -> PlainEntry:
        stream: Any = tarfile_.fileobj
        buf = stream.read(tarfile.BLOCKSIZE)
        entry = cls.frombuf(buf, tarfile_.encoding or "utf-8", tarfile_.errors or "strict")
        entry.offset = stream.tell() - tarfile.BLOCKSIZE
        if entry.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
            kind = {
                tarfile.XHDTYPE: "a pax header",
                tarfile.XGLTYPE: "a pax header",
                tarfile.GNUTYPE_LONGNAME: "a GNU long-name header",
                tarfile.GNUTYPE_LONGLINK: "a GNU long-link header",
            }.get(entry.type)
            if kind is None:  # a link, a folder, a device: named, as before
                what = (
                    "is a link"
                    if entry.type in (tarfile.SYMTYPE, tarfile.LNKTYPE)
                    else ("is not a regular file")
                )
                raise BundleError(f"entry {entry.name[:100]!r} {what}; bundles hold only files")
            raise BundleError(
                f"the bundle's archive holds {kind} ({entry.size} bytes); bundles hold only"
                " plain files"
            )
        processed: PlainEntry = entry._proc_member(tarfile_)  # type: ignore[attr-defined]
        return processed


class Tail:
    """The plaintext, with a count of what was read and its last bytes: what
    tarfile read ahead past the end of the archive is checked too."""

    #: at least what tarfile reads ahead (its buffer, a MiB) is kept
    KEEP = 2 << 20

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.position = 0
        self._pieces: deque[bytes] = deque()
        self._kept = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.position += len(data)
        self._pieces.append(data)
        self._kept += len(data)
        while self._kept - len(self._pieces[0]) >= self.KEEP:
            self._kept -= len(self._pieces.popleft())
        return data

    @property
    def recent(self) -> bytes:
        """The last bytes read (KEEP or more, unless fewer were read)."""
        return b"".join(self._pieces)


MAX_END_PADDING = 2 * tarfile.RECORDSIZE


def check_archive_end(tail: Tail, archive: tarfile.TarFile) -> None:
    """The archive ends with its end marker (two zero blocks), then at most
    a record's worth of zero padding, then nothing: a cut bundle, or one
    with data after its end, is refused."""
    read_ahead = tail.position - archive.offset
    if read_ahead < 0:
        raise BundleError("the bundle's archive is damaged")
    recent = tail.recent
    if read_ahead > len(recent):
        raise BundleError("the bundle's archive is damaged")
    after = recent[len(recent) - read_ahead :] if read_ahead else b""
    while len(after) <= MAX_END_PADDING and (more := tail.read(1 << 16)):
        after += more
    if len(after) < 2 * tarfile.BLOCKSIZE:
        raise BundleError("the bundle is truncated: its archive has no end marker")
    if len(after) > MAX_END_PADDING or after.strip(b"\0"):
        raise BundleError("the bundle has data after its end; refused")


def hash_stream(stream: BinaryIO, size: int, progress: Any) -> tuple[str, int]:
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


def extract_member(archive: tarfile.TarFile, member: tarfile.TarInfo) -> BinaryIO:
    stream = archive.extractfile(member)
    if stream is None:
        raise BundleError(f"entry {member.name} is not a regular file")
    return stream  # type: ignore[return-value]


def member_stream(archive: tarfile.TarFile, member: tarfile.TarInfo) -> BinaryIO:
    """The archive's own stream, at the member's first byte: read exactly
    ``member.size`` bytes from it (no more), then ask for the next member.
    For evidence: tarfile's file object for a member copies each byte twice
    more on its way (a buffered reader over a reader), a second a GB."""
    extract_member(archive, member)  # a regular file, or refused
    stream: Any = archive.fileobj
    stream.seek(member.offset_data)  # where it is already: a stream only moves forward
    return stream


def check_member(member: tarfile.TarInfo, max_size: int) -> None:
    if member.issym() or member.islnk():
        raise BundleError(f"entry {member.name!r} is a link; bundles hold only files")
    if not member.isreg():
        raise BundleError(f"entry {member.name!r} is not a regular file")
    if member.size > max_size:
        raise BundleError(f"limit exceeded: entry {member.name} declares {member.size} bytes")
