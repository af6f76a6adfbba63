"""Panic: destroy access to a vault in well under a second, without its passphrase.

The database key exists on disk only inside the key slots (vault.keys).
Panic writes random bytes of the same shape over the passphrase slot (and,
if chosen, the recovery slot) in the file's own blocks, so the file looks
as before and no passphrase opens it; optionally it also deletes the
database and the evidence files. Nothing has to be read or decrypted first,
so it works at the unlock screen and on a locked laptop.

What it cannot do (docs/panic.md says the same to users): flash storage
and copy-on-write file systems may keep earlier copies of the key file's
blocks, which with the passphrase would open a copy of the database; a
recovery code that was kept (not destroyed) still opens the vault, which is
the point of keeping it; a backup or a copy of the folder made before is
untouched; a process that has the vault open keeps its key until it ends.

The same destruction follows too many wrong passphrases in a row, when the
vault's owner turned that on (``wipe_after`` in the key-slot file: a copy of
the folder keeps the count, but an attacker with a copy is not bound by it).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from hrdoc.core.atomic import full_fsync
from hrdoc.core.errors import HrdocError
from hrdoc.core.keyslots import KeySlotFile

KEYS_NAME = "vault.keys"
DATA_FILES = ("vault.db", "vault.db-wal", "vault.db-shm")
DATA_FOLDERS = ("evidence", "intake")


@dataclass
class PanicResult:
    slots: list[str]
    files_deleted: int
    seconds: float


def panic(folder: Path, *, recovery_too: bool = False, delete_data: bool = False) -> PanicResult:
    """Destroy the passphrase slot (and the recovery slot if asked) and,
    if asked, delete the database and evidence files."""
    started = time.perf_counter()
    folder = Path(folder)
    keys = folder / KEYS_NAME
    if not keys.exists():
        raise HrdocError(f"no vault at {folder}")
    # the duress slot shares the passphrase slot's salt: both are replaced
    names = ("passphrase", "duress", "recovery") if recovery_too else ("passphrase", "duress")
    try:
        slots = KeySlotFile.load(keys)
    except HrdocError:
        _overwrite_with_noise(keys)  # unreadable: every byte of it goes
        destroyed = ["all"]
    else:
        slots.destroy(names)
        slots.overwrite_in_place()
        destroyed = [n for n in names if n in slots.slots]
    deleted = _delete_data(folder) if delete_data else 0
    return PanicResult(destroyed, deleted, time.perf_counter() - started)


def _overwrite_with_noise(path: Path) -> None:
    size = path.stat().st_size
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        os.write(fd, secrets.token_bytes(size))
        full_fsync(fd)
    finally:
        os.close(fd)


def _delete_data(folder: Path) -> int:
    count = 0
    for name in DATA_FILES:
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()
            count += 1
    for name in DATA_FOLDERS:
        sub = folder / name
        if sub.is_dir():
            count += sum(1 for p in sub.iterdir())
            shutil.rmtree(sub, ignore_errors=True)
    return count


def count_failure(folder: Path) -> bool:
    """After a wrong passphrase: count it if the owner turned the limit on;
    at the limit, wipe (both slots and the data). True if it wiped."""
    keys = Path(folder) / KEYS_NAME
    try:
        slots = KeySlotFile.load(keys)
    except HrdocError:
        return False
    limit = slots.guard.get("wipe_after", 0)
    if not limit:
        return False  # off: a wrong passphrase writes nothing
    slots.guard["failures"] = slots.guard.get("failures", 0) + 1
    if slots.guard["failures"] >= limit:
        panic(folder, recovery_too=True, delete_data=True)
        return True
    slots.save()
    return False


def reset_failures(slots: KeySlotFile) -> None:
    """After a right passphrase, the count starts again."""
    if slots.guard.get("failures"):
        slots.guard["failures"] = 0
        slots.save()


def set_wipe_after(slots: KeySlotFile, wrong_in_a_row: int) -> None:
    if not 0 <= wrong_in_a_row <= 100:
        raise HrdocError("the number of wrong passphrases must be between 0 (never) and 100")
    slots.guard = {"wipe_after": wrong_in_a_row, "failures": 0}
    slots.save()
