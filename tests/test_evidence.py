"""Evidence files: streamed in and out byte-identical, hash checked."""

from __future__ import annotations

import hashlib
import io
import os

import pyrage
import pytest
from pyrage.x25519 import Identity

from hrdoc.core.errors import IntegrityError, InvalidInput
from hrdoc.core.evidence import add_evidence, add_evidence_file, add_evidence_files, export_evidence
from hrdoc.core.integrity import verify_vault
from hrdoc.core.progress import Cancelled
from hrdoc.core.records import Case, Evidence, Incident
from hrdoc.core.sealed import blob_of, insert_blob
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.conftest import PASSPHRASE, sealed_bytes


@pytest.fixture
def incident(store):
    case = store.add(Case(title="c"))
    return store.add(Incident(case_id=case.id, title="i"))


def chunk_count(store: Store) -> int:
    """Evidence files and keys in the vault (both must go together)."""
    rows = store.vault.conn.execute("SELECT count(*) FROM evidence_blobs").fetchone()[0]
    folder = store.vault.folder / "evidence"
    files = len(list(folder.iterdir())) if folder.exists() else 0
    return rows + files


def test_50_mb_file_round_trips_byte_identical(created, vault_dir, tmp_path):
    store = Store(created.vault)
    case = store.add(Case(title="c"))
    incident = store.add(Incident(case_id=case.id, title="i"))
    source = tmp_path / "video.mp4"
    with open(source, "wb") as f:
        for _ in range(50):
            f.write(os.urandom(1 << 20))
    f.close()
    expected = hashlib.sha256(source.read_bytes()).hexdigest()
    record = add_evidence_file(store, incident.id, source)
    assert record.sha256 == expected
    assert record.size == 50 << 20
    assert record.media_type == "video/mp4"
    created.vault.lock()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        out = io.BytesIO()
        export_evidence(Store(vault), record.id, out)
    assert hashlib.sha256(out.getvalue()).hexdigest() == expected


def test_empty_file(store, incident):
    record = add_evidence(store, incident.id, io.BytesIO(b""), "empty.txt")
    out = io.BytesIO()
    export_evidence(store, record.id, out)
    assert out.getvalue() == b"" and record.sha256 == hashlib.sha256(b"").hexdigest()


def test_cancelled_intake_leaves_nothing(store, incident):
    def cancel_after_two_chunks(done: int, total: int) -> None:
        assert total == 0  # a stream of unknown length
        if done >= 2 << 20:
            raise Cancelled()

    with pytest.raises(Cancelled):
        add_evidence(
            store,
            incident.id,
            io.BytesIO(os.urandom(5 << 20)),
            "big.bin",
            progress=cancel_after_two_chunks,
        )
    assert store.count(Evidence) == 0
    assert chunk_count(store) == 0


def test_what_an_interrupted_intake_left_is_removed_on_open(created, vault_dir, incident):
    vault = created.vault
    kept = add_evidence(Store(vault), incident.id, io.BytesIO(b"kept"), "kept.txt")
    # a killed intake: its row and its half-written file; a killed import: a file, no row
    orphan = vault.sealed.new_blob()
    with vault.transaction() as conn:
        insert_blob(conn, "orphan-evidence-id", orphan)
    (vault_dir / "evidence" / (orphan.file + ".part")).write_bytes(b"half")
    (vault_dir / "evidence" / ("ab" * 16)).write_bytes(b"no row names me")
    vault.lock()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        store = Store(vault)
        assert chunk_count(store) == 2  # the kept file and its key
        assert export_evidence(store, kept.id, io.BytesIO()).sha256 == kept.sha256


def test_file_name_is_never_a_path(store, incident):
    record = add_evidence(store, incident.id, io.BytesIO(b"x"), "../../etc/\x1b[31mpasswd")
    assert record.file_name == "[31mpasswd"


def test_missing_source_file_is_a_clear_error(store, incident, tmp_path):
    with pytest.raises(InvalidInput, match="no such file"):
        add_evidence_file(store, incident.id, tmp_path / "nope.jpg")


def test_altered_bytes_are_refused_on_export(created, vault_dir):
    store = Store(created.vault)
    case = store.add(Case(title="c"))
    incident = store.add(Incident(case_id=case.id, title="i"))
    record = add_evidence(store, incident.id, io.BytesIO(b"original bytes"), "a.txt")
    blob = blob_of(created.vault.conn, record.id)
    assert blob is not None
    created.vault.lock()
    path = vault_dir / "evidence" / blob.file
    sealed = path.read_bytes()
    # other bytes sealed with the same key: the file decrypts, the hash does not match
    path.write_bytes(sealed_bytes(blob.identity, b"altered bytes!"))
    with (
        Vault.open(vault_dir, PASSPHRASE) as vault,
        pytest.raises(IntegrityError, match="does not match the SHA-256"),
    ):
        export_evidence(Store(vault), record.id, io.BytesIO())
    # a flipped byte or a cut: the file does not decrypt
    for damaged in (sealed[:-40] + bytes([sealed[-40] ^ 1]) + sealed[-39:], sealed[:-1]):
        path.write_bytes(damaged)
        with (
            Vault.open(vault_dir, PASSPHRASE) as vault,
            pytest.raises(IntegrityError, match="missing or damaged"),
        ):
            export_evidence(Store(vault), record.id, io.BytesIO())
    path.unlink()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert verify_vault(Store(vault)) == [
            f"evidence {record.id}: its file is missing or damaged"
        ]


def test_evidence_bytes_are_sealed_never_plain(store, incident):
    marker = b"plainly visible marker " * 1000
    record = add_evidence(store, incident.id, io.BytesIO(marker), "a.txt")
    blob = blob_of(store.vault.conn, record.id)
    assert blob is not None
    on_disk = (store.vault.folder / "evidence" / blob.file).read_bytes()
    assert b"plainly" not in on_disk and b"visible" not in on_disk
    # age's payload: a 16-byte nonce, then each 64 KiB chunk with its 16-byte tag
    chunks = -(-len(marker) // (64 * 1024))
    assert len(on_disk) == 16 + len(marker) + 16 * chunks
    assert (
        blob.identity.startswith("stream:")
        and blob.identity.removeprefix("stream:").encode() not in on_disk
    )
    # one key per file: the second copy of the same bytes has its own
    again = add_evidence(store, incident.id, io.BytesIO(marker), "b.txt")
    other = blob_of(store.vault.conn, again.id)
    assert other is not None and other.identity != blob.identity and other.file != blob.file


def test_deleted_evidence_keeps_its_bytes_across_a_lock_until_undone(created, vault_dir, incident):
    from hrdoc.core import deletion

    store = Store(created.vault)
    record = add_evidence(store, incident.id, io.BytesIO(b"keep me" * 1000), "a.txt")
    batch = deletion.delete(store, record.id).batch
    created.vault.lock()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        store = Store(vault)
        deletion.undo(store, batch)
        out = io.BytesIO()
        export_evidence(store, record.id, out)
        assert out.getvalue() == b"keep me" * 1000


def test_purged_evidence_leaves_neither_file_nor_key(store, incident):
    from hrdoc.core import deletion

    record = add_evidence(store, incident.id, io.BytesIO(b"x" * 5000), "a.txt")
    assert chunk_count(store) == 2
    deletion.purge(store, record.id)
    assert chunk_count(store) == 0


def test_several_files_go_in_together_or_not_at_all(store, incident, tmp_path):
    first, second = tmp_path / "a.bin", tmp_path / "b.bin"
    first.write_bytes(b"a" * (3 << 20))
    second.write_bytes(b"b" * (2 << 20))
    with pytest.raises(InvalidInput, match="no such file"):
        add_evidence_files(store, incident.id, [first, tmp_path / "missing.jpg"])
    assert store.count(Evidence) == 0 and chunk_count(store) == 0  # the first is gone too
    seen: list[tuple[int, int]] = []
    added = add_evidence_files(
        store, incident.id, [first, second], progress=lambda done, of: seen.append((done, of))
    )
    assert [r.file_name for r in added] == ["a.bin", "b.bin"]
    assert seen[-1] == (5 << 20, 5 << 20)  # one progress over both files
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_files_sealed_as_whole_age_files_still_read(created, vault_dir, incident):
    """Vaults from before 2026-11-30 keep each file as an age file to its own
    X25519 identity: they still export, verify and leave in bundles."""
    store = Store(created.vault)
    data = os.urandom(300_000)
    record = add_evidence(store, incident.id, io.BytesIO(data), "old.bin")
    blob = blob_of(created.vault.conn, record.id)
    assert blob is not None
    identity = Identity.generate()
    (vault_dir / "evidence" / blob.file).write_bytes(pyrage.encrypt(data, [identity.to_public()]))
    with created.vault.transaction() as conn:
        conn.execute(
            "UPDATE evidence_blobs SET identity = ? WHERE file = ?", (str(identity), blob.file)
        )
    created.vault.lock()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        store = Store(vault)
        out = io.BytesIO()
        export_evidence(store, record.id, out)
        assert out.getvalue() == data and verify_vault(store) == []
    cut = (vault_dir / "evidence" / blob.file).read_bytes()[:-1]
    (vault_dir / "evidence" / blob.file).write_bytes(cut)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert verify_vault(Store(vault)) == [
            f"evidence {record.id}: its file is missing or damaged"
        ]
