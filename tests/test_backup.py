"""Backups restore the identical vault on another computer; a damaged or
partial backup is refused and leaves nothing behind (issue 13)."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdoc.core import backup, deletion
from hrdoc.core.errors import HrdocError, WrongPassphrase
from hrdoc.core.evidence import add_evidence, export_evidence
from hrdoc.core.integrity import verify_vault
from hrdoc.core.records import RECORD_TYPES, Evidence, Incident, content_hash
from hrdoc.core.sample import load_sample
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.conftest import PASSPHRASE, snapshot


def fingerprint(store: Store) -> dict[str, object]:
    """What must come back identical: every record's content hash and its
    versions, the audit chain, every evidence file's bytes (hashed)."""
    conn = store.vault.conn
    records = {
        r.id: (content_hash(r.content()), len(store.versions(r.id)))
        for cls in RECORD_TYPES
        for r in store.find(cls)
    }
    audit = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq").fetchall()
    files = {}
    for item in store.find(Evidence):
        out = io.BytesIO()
        export_evidence(store, item.id, out)
        files[item.id] = content_hash({"bytes": out.getvalue().hex()})
    deleted = conn.execute("SELECT record_id, data FROM deleted ORDER BY record_id").fetchall()
    return {"records": records, "audit": audit, "files": files, "deleted": deleted}


@pytest.fixture
def full_vault(store):
    """The sample case, an edited incident, evidence, and a deleted (undoable) file."""
    load_sample(store)
    incident = store.find(Incident)[0]
    incident.description += " (corrected)"
    store.update(incident)
    add_evidence(store, incident.id, io.BytesIO(os.urandom(3 << 20)), "video.mp4")
    gone = add_evidence(store, incident.id, io.BytesIO(b"deleted photo"), "photo.jpg")
    deletion.delete(store, gone.id)
    return store


def test_backup_and_restore_on_another_computer_give_the_identical_vault(full_vault, tmp_path):
    before = fingerprint(full_vault)
    path = tmp_path / "usb" / "hrdoc.backup"
    path.parent.mkdir()
    done = backup.backup(full_vault.vault, path)
    assert done.evidence_files == 3 and path.stat().st_size == done.size
    assert full_vault.vault.meta("last_backup") == done.created_at
    assert not [p for p in path.parent.iterdir() if p != path]  # no work files left
    elsewhere = tmp_path / "other-computer" / "hrdoc" / "vault"
    restored = backup.restore(path, elsewhere, passphrase=PASSPHRASE)
    assert restored.created_at == done.created_at
    with Vault.open(elsewhere, PASSPHRASE) as vault:
        store = Store(vault)
        assert fingerprint(store) == before
        assert verify_vault(store) == []
        assert vault.vault_id == full_vault.vault.vault_id
    assert not [p for p in elsewhere.parent.iterdir() if p != elsewhere]


def test_the_recovery_code_opens_a_backup(created, tmp_path):
    store = Store(created.vault)
    load_sample(store)
    path = tmp_path / "b.backup"
    backup.backup(created.vault, path)
    target = tmp_path / "restored"
    backup.restore(path, target, recovery_code=created.recovery_code)
    with Vault.open_with_recovery_code(target, created.recovery_code) as vault:
        assert Store(vault).count(Incident) == 5


def test_a_wrong_passphrase_restores_nothing(full_vault, tmp_path):
    path = tmp_path / "b.backup"
    backup.backup(full_vault.vault, path)
    target = tmp_path / "restored"
    with pytest.raises(WrongPassphrase):
        backup.restore(path, target, passphrase="not the passphrase at all")
    assert not target.exists() and not list(tmp_path.glob(".restored*"))


def test_restore_never_overwrites_a_vault(full_vault, tmp_path, vault_dir):
    path = tmp_path / "b.backup"
    backup.backup(full_vault.vault, path)
    before = snapshot(vault_dir)
    with pytest.raises(HrdocError, match="already holds files"):
        backup.restore(path, vault_dir, passphrase=PASSPHRASE)
    assert snapshot(vault_dir) == before


@pytest.fixture(scope="module")
def one_backup(tmp_path_factory):
    """A small backup (one evidence file) to damage, made once."""
    folder = tmp_path_factory.mktemp("flip")
    from hrdoc.core.keyslots import Argon2Params

    vault, _code = Vault.create(folder / "v", PASSPHRASE, kdf_params=Argon2Params())
    store = Store(vault)
    load_sample(store)
    path = folder / "b.backup"
    backup.backup(vault, path)
    vault.lock()
    return path.read_bytes()


@given(position=st.floats(min_value=0, max_value=1, exclude_max=True), bit=st.integers(0, 7))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_a_backup_with_any_flipped_bit_is_refused_and_restores_nothing(
    one_backup, tmp_path, position, bit
):
    data = bytearray(one_backup)
    at = int(position * len(data))
    data[at] ^= 1 << bit
    path = tmp_path / f"flipped-{at}-{bit}.backup"
    path.write_bytes(bytes(data))
    target = tmp_path / f"restored-{at}-{bit}"
    with pytest.raises(HrdocError):
        backup.restore(path, target, passphrase=PASSPHRASE)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(f".restored-{at}-{bit}")]


def test_a_cut_backup_is_refused(one_backup, tmp_path):
    for keep in (0, 100, 512, len(one_backup) // 2, len(one_backup) - 1):
        path = tmp_path / f"cut{keep}.backup"
        path.write_bytes(one_backup[:keep])
        with pytest.raises(HrdocError, match=r"not an hrdoc backup|cut short"):
            backup.restore(path, tmp_path / f"r{keep}", passphrase=PASSPHRASE)
        assert not (tmp_path / f"r{keep}").exists()


def test_data_after_the_end_is_refused(one_backup, tmp_path):
    path = tmp_path / "long.backup"
    path.write_bytes(one_backup + b"\0" * 512 + b"x")
    with pytest.raises(HrdocError, match="after its end"):
        backup.restore(path, tmp_path / "r", passphrase=PASSPHRASE)


def test_a_backup_of_another_vault_cannot_pass_for_this_one(one_backup, full_vault, tmp_path):
    """Its parts are sound, but the manifest's key is not this vault's:
    swapping in another vault's manifest is refused."""
    path = tmp_path / "b.backup"
    backup.backup(full_vault.vault, path)
    ours = path.read_bytes()
    marker = b"hrdoc-backup.json"
    theirs_at, ours_at = one_backup.rindex(marker), ours.rindex(marker)
    path.write_bytes(ours[: ours_at - 0] + one_backup[theirs_at:])
    with pytest.raises(HrdocError):
        backup.restore(path, tmp_path / "r", passphrase=PASSPHRASE)
    assert not (tmp_path / "r").exists()


WRITER = """
import sys
from pathlib import Path
from hrdoc.core import backup
from hrdoc.core.vault import Vault
vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
print("open", flush=True)
backup.backup(vault, Path(sys.argv[3]))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_backup_killed_midway_leaves_no_file_that_looks_complete(created, vault_dir, tmp_path):
    store = Store(created.vault)
    load_sample(store)
    incident = store.find(Incident)[0]
    for n in range(4):
        add_evidence(store, incident.id, io.BytesIO(os.urandom(64 << 20)), f"v{n}.mp4")
    created.vault.lock()
    dest = tmp_path / "out" / "hrdoc.backup"
    dest.parent.mkdir()
    kills = 0
    for delay in (0.05, 0.2, 0.4, 0.7, 1.0):  # snapshot, copying, checking
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(vault_dir), PASSPHRASE, str(dest)],
            stdout=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"open"
        time.sleep(delay)
        if proc.poll() is not None:
            continue  # it finished first: not a kill
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        assert not dest.exists()  # the final name appears only when checked
        for leftover in dest.parent.iterdir():
            assert leftover.name.startswith(".hrdoc.backup.partial-")
    assert kills >= 3
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert verify_vault(Store(vault)) == []


def test_the_command_line_backs_up_and_restores(cli, tmp_path, monkeypatch):
    assert cli("init", "--sample").code == 0
    path = tmp_path / "b.backup"
    done = cli("backup", "-o", str(path))
    assert done.code == 0 and "checked" in done.out
    target = tmp_path / "restored"
    restored = cli("--vault", str(target), "restore", str(path))
    assert restored.code == 0, restored.err
    assert cli("--vault", str(target), "verify").code == 0
    again = cli("--vault", str(target), "restore", str(path))
    assert again.code != 0 and "already holds files" in again.err


def test_restore_takes_the_vault_folder_after_the_command_too(cli, tmp_path):
    assert cli("init", "--sample").code == 0
    path = tmp_path / "b.backup"
    assert cli("backup", "-o", str(path)).code == 0
    target = tmp_path / "restored"
    assert cli("restore", str(path), "--vault", str(target)).code == 0
    assert cli("--vault", str(target), "verify").code == 0
    refused = cli("restore", str(tmp_path / "b.backup"), "--vault", str(tmp_path / "x"), "extra")
    assert refused.code == 2
