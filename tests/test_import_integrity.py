"""A refused import changes nothing, byte for byte: the age stream must
authenticate to its end and the archive must end where it says, before the
transaction commits (issue 11)."""

from __future__ import annotations

import pyrage
import pytest

from hrdoc.core.sample import load_sample
from hrdoc.exchange.bundle import export_bundle, import_bundle
from tests.test_bundles import Party, encrypt_to, plaintext_of, refused_unchanged

CHUNK = 64 << 10


@pytest.fixture
def pair(parties):
    load_sample(parties[0].store)
    return parties


def payload_start(data: bytes) -> int:
    """Where the age payload (nonce, then chunks) begins: after the header's MAC line."""
    mac_line = data.index(b"\n--- ") + 1
    return data.index(b"\n", mac_line) + 1


@pytest.fixture
def bundle(pair, tmp_path):
    """A valid bundle whose archive ends on an age chunk boundary: its final
    chunk holds only the archive's end marker (1,024 zero bytes), so a cut
    or a damaged final chunk shows only after every entry was read."""
    import io

    from hrdoc.core.evidence import add_evidence
    from hrdoc.core.records import Case, Incident, Sensitivity

    _a, b = pair
    size = 300_000
    for attempt in range(6):
        sender = Party(tmp_path / f"s{attempt}", f"Defender {attempt}")
        sender.knows(b)
        b.knows(sender)
        case = sender.store.add(Case(title="c", sensitivity=Sensitivity.PUBLIC))
        incident = sender.store.add(Incident(case_id=case.id, title="i"))
        text = (b'{"alert": "domain matched"}\n' * (size // 28 + 1))[:size]
        add_evidence(sender.store, incident.id, io.BytesIO(text), "alerts.json")
        path = tmp_path / f"ok{attempt}.age"
        export_bundle(sender.store, profile="partner", dest=path, to=[b.card])
        sender.vault.lock()
        plain_size = len(plaintext_of(b, path))
        if (plain_size - 1024) % CHUNK == 0:
            return path
        size += (-(plain_size - 1024)) % CHUNK
    raise AssertionError("could not align the bundle with the age chunks")


def test_a_bundle_cut_at_a_chunk_boundary_is_refused_and_changes_nothing(pair, bundle, tmp_path):
    _a, b = pair
    data = bundle.read_bytes()
    plain = plaintext_of(b, bundle)
    last = (len(plain) % CHUNK or CHUNK) + 16  # the final chunk and its tag
    assert last == 1024 + 16  # the end marker alone
    cut = tmp_path / "cut.age"
    cut.write_bytes(data[:-last])
    assert len(data) - last > payload_start(data) + 16
    refused_unchanged(b, cut, "truncated|damaged|end")
    import_bundle(b.store, bundle)  # the whole bundle still imports


@pytest.mark.parametrize("where", [-1, -17, -40])
def test_a_flipped_bit_in_the_last_chunk_is_refused_and_changes_nothing(pair, bundle, where):
    _a, b = pair
    data = bytearray(bundle.read_bytes())
    data[where] ^= 0x01
    bundle.write_bytes(bytes(data))
    refused_unchanged(b, bundle, None)


@pytest.mark.parametrize("junk", [b"x", b"\x01" * 5000, b"J" * 200_000, bytes(30_000)])
def test_data_after_the_archive_end_is_refused(pair, bundle, tmp_path, junk):
    _a, b = pair
    plain = plaintext_of(b, bundle)
    refused_unchanged(b, encrypt_to(b, plain + junk, tmp_path / "junk.age"), "after its end")


def test_an_archive_without_its_end_marker_is_refused(pair, bundle, tmp_path):
    _a, b = pair
    plain = plaintext_of(b, bundle)
    path = encrypt_to(b, plain[:-1024], tmp_path / "noend.age")
    refused_unchanged(b, path, "no end marker")


def test_zero_padding_to_a_tar_record_is_accepted(pair, bundle, tmp_path):
    _a, b = pair
    plain = plaintext_of(b, bundle)
    padded = plain + bytes(-len(plain) % 10240)  # as the tar tool writes it
    report = import_bundle(b.store, encrypt_to(b, padded, tmp_path / "padded.age"))
    assert sum(report.added.values()) > 0


def test_the_pyrage_reference_agrees_the_cut_bundle_is_damaged(pair, bundle, tmp_path):
    _a, b = pair
    data = bundle.read_bytes()
    plain = plaintext_of(b, bundle)
    last = (len(plain) % CHUNK or CHUNK) + 16
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(data[:-last], [b.identity.age_identity()])
