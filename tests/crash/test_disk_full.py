"""A full disk (issue 17): evidence intake, bundle import and a passphrase
change on a small tmpfs that fills up. Each says so in one line, commits
nothing half, and the vault opens afterwards with all it held before.

Needs permission to mount a tmpfs (root, as in CI); skipped otherwise."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
from pathlib import Path

import pytest

from hrdoc.core.errors import HrdocError
from hrdoc.core.evidence import add_evidence
from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import Case, Evidence, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault

PASSPHRASE = "disk full passphrase for tests"
SIZE_MB = 48


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE_MB}m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path, leave_mb: float) -> Path:
    """Fill the disk until about ``leave_mb`` is free."""
    filler = folder / "filler"
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with open(filler, "wb") as out:
        out.write(b"\0" * max(int(free - leave_mb * (1 << 20)), 0))
    return filler


def counts(store: Store) -> tuple[int, int]:
    return store.count(Incident), store.count(Evidence)


@pytest.fixture
def vault_on_small_disk(small_disk):
    vault, code = Vault.create(small_disk / "vault", PASSPHRASE, kdf_params=Argon2Params())
    store = Store(vault)
    case = store.add(Case(title="kept"))
    incident = store.add(Incident(case_id=case.id, title="kept incident"))
    add_evidence(store, incident.id, io.BytesIO(b"kept evidence"), "kept.txt")
    yield small_disk, vault, store, incident, code
    with contextlib.suppress(Exception):
        vault.lock()


def one_line(exc: BaseException) -> str:
    message = str(exc)
    assert message and "\n" not in message
    return message


def test_evidence_larger_than_the_free_space(vault_on_small_disk):
    disk, vault, store, incident, _code = vault_on_small_disk
    fill(disk, leave_mb=6)
    before = counts(store)
    with pytest.raises(HrdocError) as refused:
        add_evidence(store, incident.id, io.BytesIO(os.urandom(12 << 20)), "big.bin")
    assert "space" in one_line(refused.value).lower()
    assert counts(store) == before
    named = {f for (f,) in vault.conn.execute("SELECT file FROM evidence_blobs")}
    assert {p.name for p in (disk / "vault" / "evidence").iterdir()} == named  # no half file
    vault.lock()
    with Vault.open(disk / "vault", PASSPHRASE) as again:
        assert counts(Store(again)) == before


def test_a_bundle_too_large_for_the_disk(vault_on_small_disk, tmp_path):
    disk, vault, store, _incident, _code = vault_on_small_disk
    from hrdoc.exchange import contacts
    from hrdoc.exchange.bundle import export_bundle, import_bundle
    from hrdoc.exchange.identity import Card, VaultIdentity

    me = VaultIdentity(vault)
    card = Card("receiver", me.ed25519, me.age_recipient)
    sender, _ = Vault.create(tmp_path / "sender", PASSPHRASE, kdf_params=Argon2Params())
    contacts.add(sender, card)
    sent = Store(sender)
    case = sent.add(Case(title="sent"))
    incident = sent.add(Incident(case_id=case.id, title="sent incident"))
    add_evidence(sent, incident.id, io.BytesIO(os.urandom(12 << 20)), "video.bin")
    bundle = tmp_path / "b.age"
    export_bundle(sent, profile="full", dest=bundle, to=[card])
    sender.lock()
    fill(disk, leave_mb=6)
    before = counts(store)
    with pytest.raises(HrdocError) as refused:
        import_bundle(store, bundle, accept_unknown_sender=True)
    assert "space" in one_line(refused.value).lower()  # not "the bundle is damaged"
    assert counts(store) == before
    vault.lock()
    with Vault.open(disk / "vault", PASSPHRASE) as again:
        assert counts(Store(again)) == before


def test_a_passphrase_change_on_a_full_disk(vault_on_small_disk):
    disk, vault, store, _incident, code = vault_on_small_disk
    before = counts(store)
    fill(disk, leave_mb=0)
    from hrdoc.core import passphrases

    passphrases_check = passphrases.check
    passphrases.check = lambda *a, **k: None  # type: ignore[assignment]
    try:
        with pytest.raises(HrdocError) as refused:
            vault.change_passphrase("a new passphrase that will not fit")
    finally:
        passphrases.check = passphrases_check  # type: ignore[assignment]
    assert "space" in one_line(refused.value).lower()
    vault.lock()
    with Vault.open(disk / "vault", PASSPHRASE) as again:
        assert counts(Store(again)) == before
    with Vault.open_with_recovery_code(disk / "vault", code):
        pass
