"""Who owns an evidence intake in progress.

Evidence is written in batches of chunks, each batch committed, and the
evidence row last. Chunks without a row are either an intake still running
(in this process or another: the window and the CLI open one vault at once)
or the leftovers of one that was killed. Only the second may be removed.

An intake holds an operating-system lock on a file in ``<vault>/intake/``
(named by a hash of the evidence id) from before its first chunk until its
row is committed or its chunks are removed. The lock ends with the process
however it ends, so a cleaner that can take the lock knows the owner is
gone; one that cannot leaves the chunks alone. (fcntl on Linux and macOS,
msvcrt on Windows.)
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

FOLDER = "intake"


def _try_lock(handle: IO[bytes]) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class IntakeLocks:
    """The intake locks one open vault holds, and the check for others'."""

    def __init__(self, vault_folder: Path) -> None:
        self.folder = vault_folder / FOLDER
        self._held: dict[str, IO[bytes]] = {}

    def _path(self, evidence_id: str) -> Path:
        # named by a hash: an id from a bundle is data, never a path
        return self.folder / hashlib.sha256(evidence_id.encode()).hexdigest()[:32]

    def _open(self, evidence_id: str) -> IO[bytes]:
        self.folder.mkdir(mode=0o700, exist_ok=True)
        return open(self._path(evidence_id), "a+b")

    def hold(self, evidence_id: str) -> None:
        """Take the lock for an intake this process is about to write."""
        if evidence_id in self._held:
            return
        handle = self._open(evidence_id)
        if not _try_lock(handle):
            handle.close()
            raise RuntimeError(f"evidence intake {evidence_id} is already in progress")
        self._held[evidence_id] = handle

    def release(self, evidence_id: str) -> None:
        handle = self._held.pop(evidence_id, None)
        if handle is not None:
            with contextlib.suppress(OSError):
                self._path(evidence_id).unlink()
            handle.close()

    def release_all(self) -> None:
        for evidence_id in list(self._held):
            self.release(evidence_id)

    @contextlib.contextmanager
    def owner_gone(self, evidence_id: str) -> Iterator[bool]:
        """True (and the lock held for the body) if no live process holds
        this intake: its chunks may be removed. False if one does."""
        if evidence_id in self._held:
            yield False
            return
        try:
            handle = self._open(evidence_id)
        except OSError:
            yield False
            return
        try:
            if not _try_lock(handle):
                yield False
                return
            yield True
            with contextlib.suppress(OSError):
                self._path(evidence_id).unlink()
        finally:
            handle.close()
