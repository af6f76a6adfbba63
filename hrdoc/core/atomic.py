"""Atomic file writes: temp file in the same folder, private permissions set
before any byte is written, fsync, rename over the target, fsync the folder.

A crash at any point leaves either the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from hrdoc.core import private
from hrdoc.core.errors import DiskFull, HrdocError, is_disk_full


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; os.replace is durable enough there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def full_fsync(fd: int) -> None:
    """To the disk itself: on macOS fsync stops at the drive's cache, and
    only F_FULLFSYNC reaches the medium."""
    if sys.platform == "darwin":  # pragma: no cover - macOS
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, getattr(fcntl, "F_FULLFSYNC", 51))
            return
    os.fsync(fd)


#: waits before each new try when the target is held open (Windows: a PDF
#: reader, an antivirus, a sync tool); about 1.5 s in all
_REPLACE_WAITS = (0.05, 0.1, 0.2, 0.4, 0.8)


def replace_file(tmp: Path, path: Path) -> None:
    """os.replace, retried while another program holds the target open."""
    for wait in (*_REPLACE_WAITS, None):
        try:
            os.replace(tmp, path)
            return
        except PermissionError:
            if wait is None:
                raise HrdocError(
                    f"cannot write {path}: another program holds it open (a reader,"
                    " an antivirus or a sync tool); close it and try again"
                ) from None
            time.sleep(wait)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = 0o600, *, temp: Path | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces ``path`` atomically.

    On any exception the temp file is removed and ``path`` is untouched.
    ``temp``: the temporary file's name, when others must be able to tell
    whose it is (sealed evidence: ``<name>.part``); a fresh one otherwise.
    """
    path = Path(path)
    folder = path.parent
    if temp is None:
        # a short temporary name: the target's own may be near the length limit
        fd, tmp_name = tempfile.mkstemp(prefix=".hrdoc-", suffix=".tmp", dir=folder)
        tmp = Path(tmp_name)
    else:
        tmp = temp
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), mode)
    try:
        if not private.on_windows():
            os.fchmod(fd, mode)
        elif mode & 0o077 == 0:  # Windows: the folder's ACL would apply otherwise
            private.make_private(tmp, folder=False)
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            full_fsync(f.fileno())
        replace_file(tmp, path)
        fsync_dir(folder)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if is_disk_full(exc):
            raise DiskFull(path.name) from None
        raise


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    with atomic_writer(path, mode) as f:
        f.write(data)
