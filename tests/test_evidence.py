"""Evidence files: streamed in and out byte-identical, hash checked."""

from __future__ import annotations

import hashlib
import io
import os

import pytest

from hrdoc.core.errors import IntegrityError, InvalidInput
from hrdoc.core.evidence import add_evidence, add_evidence_file, add_evidence_files, export_evidence
from hrdoc.core.progress import Cancelled
from hrdoc.core.records import Case, Evidence, Incident
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.conftest import PASSPHRASE, raw_connection


@pytest.fixture
def incident(store):
    case = store.add(Case(title="c"))
    return store.add(Incident(case_id=case.id, title="i"))


def chunk_count(store: Store) -> int:
    return store.vault.conn.execute("SELECT count(*) FROM evidence_chunks").fetchone()[0]


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


def test_chunks_of_an_interrupted_intake_are_removed_on_open(created, vault_dir):
    store = Store(created.vault)
    with created.vault.transaction() as conn:
        conn.execute(
            "INSERT INTO evidence_chunks (evidence_id, seq, data) VALUES ('orphan', 0, x'00')"
        )
    created.vault.lock()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert chunk_count(Store(vault)) == 0
    assert store is not None


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
    created.vault.lock()
    raw = raw_connection(vault_dir)
    raw.execute(
        "UPDATE evidence_chunks SET data = ? WHERE evidence_id = ?", (b"altered bytes!", record.id)
    )
    raw.close()
    with (
        Vault.open(vault_dir, PASSPHRASE) as vault,
        pytest.raises(IntegrityError, match="does not match the SHA-256"),
    ):
        export_evidence(Store(vault), record.id, io.BytesIO())


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
