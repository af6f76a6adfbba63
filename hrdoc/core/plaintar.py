"""The one tar layout hrdoc writes, and a reader that accepts only it.

Each entry is a ustar header for a plain file (mode 0600, time 0, no owner
names), its bytes, and zero padding to 512; the archive ends with two zero
blocks and nothing after. Any tar tool reads it. The reader rebuilds every
header it reads and compares the bytes, checks that padding and the end are
zeros, and reads no further than the file: with the entries' contents
checked by their hashes, no byte of the file goes unchecked.
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterator
from typing import BinaryIO

from hrdoc.core.errors import HrdocError

BLOCK = tarfile.BLOCKSIZE
END = b"\0" * (2 * BLOCK)


class TarLayoutError(HrdocError):
    """Not hrdoc's tar layout: damaged, cut short or made by something else."""


def header(name: str, size: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = 0
    info.uname = info.gname = ""
    return info.tobuf(format=tarfile.USTAR_FORMAT)


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


class Entry:
    """One entry's bytes, read to its end, then its padding checked."""

    def __init__(self, source: BinaryIO, name: str, size: int) -> None:
        self.source, self.name, self.size, self.left = source, name, size, size

    def read(self, n: int = -1) -> bytes:
        want = self.left if n is None or n < 0 else min(n, self.left)
        data = self.source.read(want) if want else b""
        if len(data) != want:
            raise TarLayoutError("the file is cut short")
        self.left -= len(data)
        return data

    def readinto(self, buffer: memoryview) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readable(self) -> bool:
        return True

    def skip(self) -> None:
        while self.left:
            self.read(1 << 20)
        if self.source.read(len(padding(self.size))) != padding(self.size):
            raise TarLayoutError("the file is damaged (between its parts)")


def entries(source: BinaryIO) -> Iterator[Entry]:
    """The entries of ``source``, in order; each must be read (or not) before
    the next is asked for. Raises TarLayoutError on any byte out of place."""
    while True:
        block = source.read(BLOCK)
        if len(block) != BLOCK:
            raise TarLayoutError("the file is cut short")
        if block == b"\0" * BLOCK:
            rest = source.read(BLOCK + 1)
            if rest != b"\0" * BLOCK:
                raise TarLayoutError(
                    "the file is cut short"
                    if len(rest) < BLOCK
                    else "the file has data after its end"
                )
            return
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except (tarfile.HeaderError, UnicodeDecodeError):
            raise TarLayoutError("the file is damaged (a part's header)") from None
        if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE) or block != header(
            info.name, info.size
        ):
            raise TarLayoutError("the file is damaged (a part's header)")
        entry = Entry(source, info.name, info.size)
        yield entry
        entry.skip()
