"""Duress: a second passphrase that opens a decoy and destroys the real vault.

Every vault folder has the same layout whether or not a duress passphrase
exists: ``vault.keys`` with three slots of the same shape (passphrase,
recovery, duress), ``vault.db`` and ``evidence/``, ``vault-1.db`` and
``evidence-1/``. Without a duress passphrase the second database is an empty
vault under a key nobody has and the duress slot is random bytes; with one,
the second database is the decoy and the duress slot holds its key. The two
passphrase slots share their Argon2id salt and parameters, so one derivation
tries both and a duress unlock takes the time a normal one does.

Typed at unlock, the duress passphrase (before anything is shown):
1. seals the decoy's key in the passphrase slot (under the duress
   passphrase), writes random bytes over the duress and recovery slots and
   overwrites the key file in place: the real key is gone from the file;
2. deletes the real database and its evidence, renames the decoy into
   ``vault.db`` and ``evidence/``, and makes a new empty second database.
The folder is then exactly what a vault without a duress passphrase looks
like, and the decoy opens as the vault. docs/seized-or-lost.md says what an
examiner can still learn.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hrdoc.core.keyslots import KeySlotFile


def build_decoy(folder: Path, vault_id: str, fill: Callable[[Any], None] | None) -> bytes:
    """A new second database (empty, or filled by ``fill(store)``) in place
    of the current one; returns its key."""
    from hrdoc.core.sealed import FOLDER
    from hrdoc.core.store import Store
    from hrdoc.core.vault import DB_NAME, DECOY_DB_NAME, DECOY_EVIDENCE, Vault, _build_db

    key = secrets.token_bytes(32)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.decoy-", dir=folder.parent))
    try:
        _build_db(staging / DB_NAME, key, vault_id)
        (staging / FOLDER).mkdir(mode=0o700)
        if fill is not None:
            slots = KeySlotFile(staging / "vault.keys", vault_id, {})
            decoy = Vault._open_with_key(staging, slots, key, migrate=False)
            try:
                fill(Store(decoy))
            finally:
                decoy.lock()
        _remove_db(folder / DECOY_DB_NAME)
        shutil.rmtree(folder / DECOY_EVIDENCE, ignore_errors=True)
        os.replace(staging / DB_NAME, folder / DECOY_DB_NAME)
        os.replace(staging / FOLDER, folder / DECOY_EVIDENCE)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return key


def switch_to_decoy(folder: Path, slots: KeySlotFile, decoy_key: bytes, wrapping: bytes) -> None:
    """The duress passphrase was typed: destroy the real vault, make the
    decoy the vault (see the module docstring)."""

    slots.reseal("passphrase", wrapping, decoy_key)
    slots.fill_duress()
    slots.destroy(("recovery",))
    slots.guard = {"wipe_after": 0, "failures": 0}
    slots.overwrite_in_place()  # from here the real key is gone
    _promote_decoy(folder, slots.vault_id)


def finish_switch(folder: Path, key: bytes, vault_id: str) -> bool:
    """A duress switch cut short (killed between the key file and the file
    moves): the key opens the second database, not the first. Finish it;
    False if that is not what happened."""
    from hrdoc.core.vault import DECOY_DB_NAME, DatabaseError, _connect

    second = folder / DECOY_DB_NAME
    if not second.exists():
        return False
    try:
        conn = _connect(second, key)
    except DatabaseError:  # not this key's database: something else is wrong
        return False
    conn.close()
    _promote_decoy(folder, vault_id)
    return True


def _promote_decoy(folder: Path, vault_id: str) -> None:
    """The decoy becomes the vault; a new empty second database."""
    from hrdoc.core.sealed import FOLDER
    from hrdoc.core.vault import DB_NAME, DECOY_DB_NAME, DECOY_EVIDENCE, complete_folder

    _remove_db(folder / DB_NAME)
    shutil.rmtree(folder / FOLDER, ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(folder / (DECOY_DB_NAME + suffix), folder / (DB_NAME + suffix))
    with contextlib.suppress(FileNotFoundError):
        os.replace(folder / DECOY_EVIDENCE, folder / FOLDER)
    complete_folder(folder, vault_id)


def _remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()
