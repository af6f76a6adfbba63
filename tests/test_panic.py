"""Panic destroys access without the passphrase; an optional limit on wrong
passphrases does the same (issue 13)."""

from __future__ import annotations

import base64
import io
import json
import shutil

import pytest

from hrdoc.core import panic
from hrdoc.core.errors import VaultCorrupt, WrongPassphrase, WrongRecoveryCode
from hrdoc.core.evidence import add_evidence
from hrdoc.core.keyslots import KeySlotFile
from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.conftest import PASSPHRASE, snapshot


def slot_secrets(vault_dir, name: str) -> list[bytes]:  # type: ignore[no-untyped-def]
    """A slot's sealed key, nonce and salt, as stored (base64) and raw."""
    slot = json.loads((vault_dir / "vault.keys").read_text())["slots"][name]
    texts = [slot["sealed_key"], slot["nonce"], slot["kdf"]["salt"]]
    return [t.encode() for t in texts] + [base64.b64decode(t + "==") for t in texts]


def anywhere(folders, needles: list[bytes]) -> list[bytes]:  # type: ignore[no-untyped-def]
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [n for n in needles if n in data]
    return found


@pytest.fixture
def locked_vault(created, vault_dir):
    store = Store(created.vault)
    case = store.add(Case(title="c"))
    incident = store.add(Incident(case_id=case.id, title="i"))
    add_evidence(store, incident.id, io.BytesIO(b"evidence bytes" * 1000), "a.bin")
    created.vault.lock()
    return created.recovery_code


def test_panic_destroys_the_passphrase_slot_and_keeps_the_recovery_code(
    locked_vault, vault_dir, hrdoc_home
):
    before = slot_secrets(vault_dir, "passphrase")
    assert anywhere([vault_dir, hrdoc_home], before), "the scan must find them before"
    size = (vault_dir / "vault.keys").stat().st_size
    done = panic.panic(vault_dir)
    assert done.slots == ["passphrase", "duress"] and done.files_deleted == 0
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    assert not anywhere([vault_dir, hrdoc_home], before)
    assert (vault_dir / "vault.keys").stat().st_size == size  # looks as it did
    with Vault.open_with_recovery_code(vault_dir, locked_vault) as vault:
        assert Store(vault).count(Incident) == 1


def test_panic_with_the_recovery_slot_and_the_data(locked_vault, vault_dir, hrdoc_home):
    before = [*slot_secrets(vault_dir, "passphrase"), *slot_secrets(vault_dir, "recovery")]
    done = panic.panic(vault_dir, recovery_too=True, delete_data=True)
    assert done.slots == ["passphrase", "duress", "recovery"] and done.files_deleted >= 2
    assert not anywhere([vault_dir, hrdoc_home], before)
    assert not (vault_dir / "vault.db").exists() and not (vault_dir / "evidence").exists()
    with pytest.raises(WrongPassphrase):
        KeySlotFile.load(vault_dir / "vault.keys").unwrap_with_passphrase(PASSPHRASE)
    with pytest.raises(WrongRecoveryCode):
        KeySlotFile.load(vault_dir / "vault.keys").unwrap_with_recovery_code(locked_vault)


def test_panic_on_a_damaged_key_file_overwrites_all_of_it(locked_vault, vault_dir):
    keys = vault_dir / "vault.keys"
    damaged = b"{" + keys.read_bytes()[1:-5]
    keys.write_bytes(damaged)
    assert panic.panic(vault_dir).slots == ["all"]
    assert keys.read_bytes() != damaged and len(keys.read_bytes()) == len(damaged)
    with pytest.raises(VaultCorrupt):
        Vault.open(vault_dir, PASSPHRASE)


def test_a_wrong_passphrase_writes_nothing_when_no_limit_is_set(locked_vault, vault_dir):
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "not the passphrase at all")
    assert snapshot(vault_dir) == before


def test_wrong_passphrases_in_a_row_destroy_the_vault_and_a_copy_keeps_the_count(
    locked_vault, vault_dir, tmp_path
):
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        panic.set_wipe_after(KeySlotFile.load(vault.keys_path), 3)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, "wrong guess number one")
    Vault.open(vault_dir, PASSPHRASE).lock()  # a right one starts the count again
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, "wrong guess number two")
    copy = tmp_path / "copied"
    shutil.copytree(vault_dir, copy)  # copying the folder does not reset the count
    with pytest.raises(WrongPassphrase):
        Vault.open(copy, "wrong guess number three")
    with pytest.raises((WrongPassphrase, VaultCorrupt)):
        Vault.open(copy, PASSPHRASE)
    assert not (copy / "vault.db").exists()
    with pytest.raises(WrongRecoveryCode):
        Vault.open_with_recovery_code(copy, locked_vault)
    Vault.open(vault_dir, PASSPHRASE).lock()  # the original had two, not three


def test_the_command_line_panics_without_the_passphrase(cli, monkeypatch):
    assert cli("init").code == 0
    monkeypatch.delenv("HRDOC_PASSPHRASE")
    refused = cli("panic")
    assert refused.code == 2 and "--yes" in refused.err
    done = cli("panic", "--yes")
    assert done.code == 0 and "Destroyed key slots: passphrase, duress" in done.out
    monkeypatch.setenv("HRDOC_PASSPHRASE", PASSPHRASE)
    assert "wrong passphrase" in cli("unlock-check").err


def test_the_command_line_sets_the_limit(cli):
    assert cli("init").code == 0
    done = cli("wipe-after", "5")
    assert done.code == 0 and "not bound" in done.out
    assert cli("wipe-after", "500").code != 0
