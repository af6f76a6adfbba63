"""The duress passphrase opens a decoy and destroys the real vault; a folder
with a duress passphrase looks like one without (issue 13)."""

from __future__ import annotations

import io
import json
import shutil

import pytest

from hrdoc.core import backup
from hrdoc.core.errors import InvalidInput, WrongPassphrase, WrongRecoveryCode
from hrdoc.core.evidence import add_evidence
from hrdoc.core.keyslots import Argon2Params, KeySlotFile
from hrdoc.core.records import Case, Incident
from hrdoc.core.sample import load_sample
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.conftest import PASSPHRASE

DURESS = "olive harbour quietly sings"
REAL_TITLE = "Meeting with the source in Amman"


def layout(folder):  # type: ignore[no-untyped-def]
    """File names and sizes (evidence files counted: their names are random
    and age headers carry random "grease" of varying length), and the key
    file's shape (slot names, field lengths)."""
    files: dict[str, object] = {}
    for p in folder.rglob("*"):
        name = str(p.relative_to(folder))
        if p.parent.name.startswith("evidence"):
            files[p.parent.name + "/*"] = files.get(p.parent.name + "/*", 0) + 1  # type: ignore[operator]
        elif p.parent.name != "intake":
            files[name] = p.stat().st_size if p.is_file() else None
    doc = json.loads((folder / "vault.keys").read_text())
    shape = {
        name: {k: (len(v) if isinstance(v, str) else sorted(v)) for k, v in slot.items()}
        for name, slot in doc["slots"].items()
    }
    return files, shape


def make(folder, *, with_duress: bool):  # type: ignore[no-untyped-def]
    vault, code = Vault.create(folder, PASSPHRASE, kdf_params=Argon2Params())
    store = Store(vault)
    case = store.add(Case(title="Real case"))
    incident = store.add(Incident(case_id=case.id, title=REAL_TITLE))
    add_evidence(store, incident.id, io.BytesIO(b"the source's photo"), "source.jpg")
    if with_duress:
        vault.set_duress_passphrase(DURESS)
    vault.lock()
    return code


def test_a_folder_with_a_duress_passphrase_looks_like_one_without(tmp_path):
    make(tmp_path / "plain", with_duress=False)
    make(tmp_path / "duress", with_duress=True)
    plain, duress = layout(tmp_path / "plain"), layout(tmp_path / "duress")
    assert plain == duress
    assert set(plain[1]) == {"passphrase", "recovery", "duress"}


def test_the_duress_passphrase_opens_the_decoy_and_destroys_the_real_vault(tmp_path):
    folder = tmp_path / "v"
    code = make(folder, with_duress=True)
    looked = layout(folder)
    real_salt = (folder / "vault.db").read_bytes()[:16]  # SQLCipher's salt: the file's identity
    real_files = {p.name for p in (folder / "evidence").iterdir()}
    with Vault.open(folder, DURESS) as vault:
        store = Store(vault)
        assert store.count(Incident) == 0  # the (empty) decoy
        store.add(Case(title="what the examiner sees"))
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    with pytest.raises(WrongRecoveryCode):
        Vault.open_with_recovery_code(folder, code)
    # the real database and its files are gone, not just locked away
    databases = [p for p in folder.glob("*.db")]
    assert len(databases) == 2 and all(p.read_bytes()[:16] != real_salt for p in databases)
    assert not real_files & {p.name for p in folder.rglob("*") if p.is_file()}
    # and the folder is what a vault without a duress passphrase looks like
    assert layout(folder)[1] == looked[1]
    names = {n for n in layout(folder)[0] if not n.endswith("/*")}
    assert names == {n for n in looked[0] if not n.endswith("/*")}
    with Vault.open(folder, DURESS) as vault:  # it is simply the vault now
        assert Store(vault).find(Case)[0].title == "what the examiner sees"


def test_a_decoy_can_hold_records_and_evidence(tmp_path):
    folder = tmp_path / "v"
    vault, _code = Vault.create(folder, PASSPHRASE, kdf_params=Argon2Params())

    def fill(store: Store) -> None:
        load_sample(store)
        incident = store.find(Incident)[0]
        add_evidence(store, incident.id, io.BytesIO(b"harmless photo"), "beach.jpg")

    vault.set_duress_passphrase(DURESS, decoy=fill)
    assert Store(vault).count(Incident) == 0  # the real vault is untouched
    vault.lock()
    with Vault.open(folder, DURESS) as decoy:
        store = Store(decoy)
        assert store.count(Incident) == 5
        from hrdoc.core.integrity import verify_vault

        assert verify_vault(store) == []


def test_the_two_passphrases_must_differ(created):
    with pytest.raises(InvalidInput, match="different"):
        created.vault.set_duress_passphrase(PASSPHRASE)
    created.vault.set_duress_passphrase(DURESS)
    with pytest.raises(InvalidInput, match="different"):
        created.vault.change_passphrase(DURESS)


def test_a_duress_unlock_derives_the_key_once_like_a_normal_one(created, vault_dir, monkeypatch):
    created.vault.set_duress_passphrase(DURESS)
    created.vault.lock()
    from hrdoc.core import keyslots

    calls = []
    real = keyslots._argon2
    monkeypatch.setattr(keyslots, "_argon2", lambda *a: calls.append(1) or real(*a))
    Vault.open(vault_dir, PASSPHRASE).lock()
    normal = len(calls)
    Vault.open(vault_dir, DURESS).lock()
    assert normal == 1 and len(calls) - normal == 1


def test_removing_the_duress_passphrase(created, vault_dir):
    created.vault.set_duress_passphrase(DURESS)
    created.vault.remove_duress_passphrase()
    created.vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, DURESS)
    Vault.open(vault_dir, PASSPHRASE).lock()


def test_an_older_vault_gets_the_layout_when_opened(tmp_path):
    from tests.fixtures.make_vaults import FIXTURE_PASSPHRASE, FOLDER

    folder = tmp_path / "v5"
    shutil.copytree(FOLDER / "v5", folder)
    Vault.open(folder, FIXTURE_PASSPHRASE).lock()
    assert (folder / "vault-1.db").exists() and (folder / "evidence-1").is_dir()
    assert KeySlotFile.load(folder / "vault.keys").has_duress_slot()
    fresh = tmp_path / "fresh"
    Vault.create(fresh, PASSPHRASE, kdf_params=Argon2Params())[0].lock()
    assert {n for n in layout(folder)[0] if not n.startswith("evidence/")} == set(layout(fresh)[0])


def test_a_backup_keeps_the_decoy(tmp_path):
    folder = tmp_path / "v"
    make(folder, with_duress=True)
    with Vault.open(folder, PASSPHRASE) as vault:
        backup.backup(vault, tmp_path / "b.hrdoc-backup")
    restored = tmp_path / "restored"
    backup.restore(tmp_path / "b.hrdoc-backup", restored, passphrase=PASSPHRASE)
    with Vault.open(restored, DURESS) as decoy:
        assert Store(decoy).count(Incident) == 0
    with pytest.raises(WrongPassphrase):
        Vault.open(restored, PASSPHRASE)


def test_the_command_line_sets_a_duress_passphrase(cli, tmp_path, monkeypatch):
    assert cli("init").code == 0
    secret = tmp_path / "duress"
    secret.write_text(DURESS + "\n")
    done = cli("duress", "set", "--sample", "--new-passphrase-file", str(secret))
    assert done.code == 0, done.err
    assert "destroys this vault" in done.out
    monkeypatch.setenv("HRDOC_PASSPHRASE", DURESS)
    listed = cli("incident", "list", "--json")
    assert listed.code == 0 and len(json.loads(listed.out)) == 5  # the sample decoy


@pytest.mark.parametrize("cut_after", ["key file", "real database deleted"])
def test_a_duress_switch_cut_short_is_finished_at_the_next_unlock(tmp_path, cut_after):
    """Killed after the key file was overwritten (the real key is gone
    already), before or while the files moved: the next duress unlock
    finishes the switch."""
    from hrdoc.core import duress

    folder = tmp_path / "v"
    make(folder, with_duress=True)
    slots = KeySlotFile.load(folder / "vault.keys")
    key, which, wrapping = slots.unwrap_passphrase_slots(DURESS)
    assert which == "duress"
    slots.reseal("passphrase", wrapping, key)
    slots.fill_duress()
    slots.destroy(("recovery",))
    slots.overwrite_in_place()  # ... and the process was killed here
    if cut_after == "real database deleted":
        duress._remove_db(folder / "vault.db")
    with Vault.open(folder, DURESS) as vault:
        assert Store(vault).count(Incident) == 0
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    assert {p.name for p in folder.glob("*.db")} == {"vault.db", "vault-1.db"}
