"""Creating, unlocking, locking and recovering a vault; damaged files."""

from __future__ import annotations

import os
import stat

import pytest
import sqlcipher3

from hrdoc.core.errors import (
    VaultCorrupt,
    VaultExists,
    VaultNotFound,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from hrdoc.core.keyslots import new_recovery_code
from hrdoc.core.records import Case
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.conftest import PASSPHRASE, raw_connection, snapshot


def test_create_lock_and_reopen_keeps_records(vault_dir):
    vault, code = Vault.create(vault_dir, PASSPHRASE)
    case = Store(vault).add(Case(title="Targeting of a lawyer"))
    vault.lock()
    assert not vault.is_open
    with Vault.open(vault_dir, PASSPHRASE) as again:
        assert Store(again).get(Case, case.id).title == "Targeting of a lawyer"
    assert len(code.split("-")) == 8


def test_files_are_private_to_the_user(created, vault_dir):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    created.vault.lock()
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    assert {p.name for p in vault_dir.iterdir() if p.is_dir()} == {
        "evidence",
        "evidence-1",
        "intake",
    }
    for path in vault_dir.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


def test_every_connection_has_the_required_settings(vault):
    conn = vault.conn

    def pragma(name):
        return str(conn.execute(f"PRAGMA {name}").fetchone()[0]).lower()

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == "2"  # FULL
    assert pragma("secure_delete") == "1"
    assert pragma("temp_store") == "2"  # MEMORY
    assert pragma("foreign_keys") == "1"
    assert pragma("cipher_memory_security") == "0"  # see README, Design notes
    with pytest.raises(sqlcipher3.OperationalError):
        conn.execute("SELECT load_extension('x')")


def test_lock_checkpoints_the_wal(created, vault_dir):
    Store(created.vault).add(Case(title="x"))
    created.vault.lock()
    wal = vault_dir / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_creating_over_an_existing_vault_is_refused(created, vault_dir):
    created.vault.lock()
    before = snapshot(vault_dir)
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "another long passphrase here")
    assert snapshot(vault_dir) == before


def test_short_passphrase_is_refused_and_nothing_is_created(vault_dir):
    with pytest.raises(WeakPassphrase, match="too weak"):
        Vault.create(vault_dir, "short")
    assert not vault_dir.exists() or not any(vault_dir.iterdir())
    assert not [p for p in vault_dir.parent.glob(".*creating*")]


def test_wrong_passphrase_changes_no_byte_or_mtime(created, vault_dir, hrdoc_home):
    Store(created.vault).add(Case(title="Case"))
    created.vault.lock()
    before = snapshot(vault_dir, hrdoc_home)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "not the passphrase")
    with pytest.raises(WrongRecoveryCode):
        Vault.open_with_recovery_code(vault_dir, new_recovery_code())
    assert snapshot(vault_dir, hrdoc_home) == before


def test_change_passphrase(created, vault_dir):
    created.vault.change_passphrase("a brand new passphrase for the vault")
    created.vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    Vault.open(vault_dir, "a brand new passphrase for the vault").lock()


def test_recovery_code_sets_a_new_passphrase(created, vault_dir):
    case = Store(created.vault).add(Case(title="Kept"))
    created.vault.lock()
    with Vault.open_with_recovery_code(vault_dir, created.recovery_code) as vault:
        vault.change_passphrase("after forgetting the old one")
    with Vault.open(vault_dir, "after forgetting the old one") as vault:
        assert Store(vault).get(Case, case.id).title == "Kept"
    # the printed code keeps working
    Vault.open_with_recovery_code(vault_dir, created.recovery_code).lock()


def test_no_vault(tmp_path):
    with pytest.raises(VaultNotFound, match="hrdoc init"):
        Vault.open(tmp_path / "nothing", PASSPHRASE)


def test_missing_slot_file_is_named(created, vault_dir):
    created.vault.lock()
    (vault_dir / "vault.keys").unlink()
    with pytest.raises(VaultCorrupt, match=r"vault\.keys.*missing"):
        Vault.open(vault_dir, PASSPHRASE)


def test_truncated_slot_file_is_named(created, vault_dir):
    created.vault.lock()
    keys = vault_dir / "vault.keys"
    keys.write_bytes(keys.read_bytes()[:100])
    with pytest.raises(VaultCorrupt, match=r"vault\.keys.*truncated"):
        Vault.open(vault_dir, PASSPHRASE)


def test_missing_database_is_named(created, vault_dir):
    created.vault.lock()
    (vault_dir / "vault.db").unlink()
    with pytest.raises(VaultCorrupt, match=r"vault\.db: vault database is missing"):
        Vault.open(vault_dir, PASSPHRASE)


@pytest.mark.parametrize("keep", [0, 100, 4096, 0.5])
def test_truncated_database_is_named(created, vault_dir, keep):
    store = Store(created.vault)
    for i in range(200):
        store.add(Case(title=f"case {i}", description="x" * 500))
    created.vault.lock()
    db = vault_dir / "vault.db"
    data = db.read_bytes()
    size = int(len(data) * keep) if isinstance(keep, float) else keep
    size -= size % 4096 if isinstance(keep, float) else 0
    db.write_bytes(data[:size])
    with pytest.raises(VaultCorrupt, match=r"vault\.db"):
        Vault.open(vault_dir, PASSPHRASE)


def test_database_from_another_vault_is_named(created, tmp_path, vault_dir):
    created.vault.lock()
    other, _ = Vault.create(tmp_path / "other", "another long passphrase here")
    other.lock()
    (vault_dir / "vault.db").write_bytes((tmp_path / "other" / "vault.db").read_bytes())
    with pytest.raises(VaultCorrupt, match=r"vault\.db: vault database cannot be decrypted"):
        Vault.open(vault_dir, PASSPHRASE)


def test_damaged_page_is_reported_not_a_traceback(created, vault_dir):
    store = Store(created.vault)
    for i in range(100):
        store.add(Case(title=f"case {i}", description="y" * 800))
    created.vault.lock()
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0xFF
    db.write_bytes(bytes(data))
    try:
        with Vault.open(vault_dir, PASSPHRASE) as vault:
            problems = vault.integrity_problems()
        assert problems, "a flipped byte must be found by the integrity check"
    except VaultCorrupt as exc:
        assert "vault.db" in str(exc)


def test_vault_newer_than_program_is_refused_unchanged(created, vault_dir):
    created.vault.lock()
    raw = raw_connection(vault_dir)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    before = snapshot(vault_dir)
    with pytest.raises(VaultTooNew, match="schema version 99"):
        Vault.open(vault_dir, PASSPHRASE)
    assert snapshot(vault_dir) == before
