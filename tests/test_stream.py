"""The sealed evidence files' cipher (hrdoc/core/stream.py) is age's payload.

Checked three ways: against the payloads of the C2SP/CCTV age test vectors
(each vector names its file key); by putting what hrdoc seals behind a
vector's age header and letting real age implementations (pyrage, and the
Go `age` tool where installed) open it; and by property: any plaintext, in
any pieces, comes back whole, and any cut, flipped bit or added byte is
refused.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess

import pyrage
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrdoc.core import stream
from hrdoc.core.errors import IntegrityError
from tests.test_age_vectors import ALL, KIT, parse

CHUNK = stream.CHUNK


def split_header(body: bytes) -> tuple[bytes, bytes]:
    """An age file's header (through its MAC line) and its payload."""
    mac = body.index(b"\n--- ") + 1
    end = body.index(b"\n", mac) + 1
    return body[:end], body[end:]


def payload_vectors() -> list:
    found = []
    for path in ALL:
        fields, _body = parse(path)
        if fields.get("armored") == ["yes"] or "file key" not in fields:
            continue
        if fields["expect"][0] in ("success", "payload failure"):
            found.append(path)
    return found


def sealed(key: bytes, data: bytes, pieces: list[int] | None = None) -> bytes:
    out = io.BytesIO()
    sealing = stream.Encryptor(out, key, os.urandom(stream.NONCE))
    at = 0
    for size in pieces or []:
        sealing.write(data[at : at + size])
        at += size
    sealing.write(data[at:])
    sealing.close()
    return out.getvalue()


def opened(key: bytes, data: bytes) -> bytes:
    return b"".join(stream.decrypt_chunks(io.BytesIO(data), key))


@pytest.mark.skipif(not KIT.is_dir(), reason="../shared/testdata/age-testkit is absent")
@pytest.mark.parametrize("path", payload_vectors(), ids=lambda p: p.name)
def test_age_vector_payloads(path):
    fields, body = parse(path)
    _header, payload = split_header(body)
    key = bytes.fromhex(fields["file key"][0])
    if fields["expect"][0] == "success":
        assert hashlib.sha256(opened(key, payload)).hexdigest() == fields["payload"][0]
    else:
        with pytest.raises(IntegrityError):
            opened(key, payload)


@pytest.mark.skipif(not KIT.is_dir(), reason="../shared/testdata/age-testkit is absent")
def test_the_vectors_cover_the_stream_rules():
    names = {p.name for p in payload_vectors()}
    assert {"stream_last_chunk_empty", "stream_no_final_full", "stream_two_final_chunks"} <= names
    assert len(names) >= 30


@pytest.mark.skipif(not KIT.is_dir(), reason="../shared/testdata/age-testkit is absent")
@settings(max_examples=25, deadline=None)
@given(
    size=st.one_of(
        st.integers(0, 3 * CHUNK + 2),
        st.sampled_from([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 16 * CHUNK + 1]),
    )
)
def test_age_implementations_open_what_hrdoc_seals(size):
    """Behind the header of the vector `x25519`, for the file key it wraps."""
    fields, body = parse(KIT / "x25519")
    header, _payload = split_header(body)
    data = os.urandom(size)
    file = header + sealed(bytes.fromhex(fields["file key"][0]), data)
    identity = pyrage.x25519.Identity.from_str(fields["identity"][0])
    assert pyrage.decrypt(file, [identity]) == data


@pytest.mark.skipif(not KIT.is_dir(), reason="../shared/testdata/age-testkit is absent")
@pytest.mark.skipif(shutil.which("age") is None, reason="the Go age tool is not installed")
def test_go_age_opens_what_hrdoc_seals(tmp_path):
    fields, body = parse(KIT / "x25519")
    header, _payload = split_header(body)
    key_file = tmp_path / "key.txt"
    key_file.write_text(fields["identity"][0] + "\n")
    for size in (0, 1, CHUNK, CHUNK + 1, 5 * CHUNK + 7):
        data = os.urandom(size)
        file = tmp_path / "f.age"
        file.write_bytes(header + sealed(bytes.fromhex(fields["file key"][0]), data))
        out = subprocess.run(
            ["age", "-d", "-i", str(key_file), str(file)], capture_output=True, check=True
        )
        assert out.stdout == data


#: sizes at the edges of a chunk and of a batch (the reader and the writer
#: work a MiB, 16 chunks, at a time)
EDGES = [
    n + d
    for n in (CHUNK, 2 * CHUNK, stream.BATCH * CHUNK, 2 * stream.BATCH * CHUNK)
    for d in (-1, 0, 1)
]


@settings(max_examples=60, deadline=None)
@given(
    data=st.binary(max_size=3 * CHUNK + 5)
    | st.integers(0, 4 * CHUNK).map(lambda n: os.urandom(n))
    | st.sampled_from(EDGES).map(lambda n: os.urandom(n)),
    pieces=st.lists(st.integers(0, 2 * CHUNK) | st.sampled_from(EDGES), max_size=6),
)
def test_any_plaintext_in_any_pieces_comes_back(data, pieces):
    key = os.urandom(stream.KEY)
    file = sealed(key, data, pieces)
    chunks = max(1, -(-len(data) // CHUNK))
    assert len(file) == stream.NONCE + len(data) + stream.TAG * chunks
    assert opened(key, file) == data


@settings(max_examples=60, deadline=None)
@given(
    size=st.integers(0, 3 * CHUNK + 5) | st.sampled_from(EDGES),
    damage=st.sampled_from(["cut", "flip", "append", "key"]),
    where=st.floats(0, 1, exclude_max=True),
)
def test_any_damage_is_refused(size, damage, where):
    key = os.urandom(stream.KEY)
    file = bytearray(sealed(key, os.urandom(size)))
    at = int(where * len(file))
    if damage == "cut":
        del file[at:]
    elif damage == "flip":
        file[at] ^= 1 << (at % 8)
    elif damage == "append":
        file += os.urandom(1 + at % 40)
    else:
        key = os.urandom(stream.KEY)
    with pytest.raises(IntegrityError):
        opened(key, bytes(file))


def test_a_file_cut_at_any_chunk_boundary_is_refused():
    """Cut exactly between two chunks (where a reader could think the file
    ended well), across two batches: never accepted."""
    key = os.urandom(stream.KEY)
    data = os.urandom(2 * stream.BATCH * CHUNK + 100)
    file = sealed(key, data)
    sealed_chunk = CHUNK + stream.TAG
    whole = len(file)
    for k in range(2 * stream.BATCH + 1):
        cut = stream.NONCE + k * sealed_chunk
        assert cut < whole
        with pytest.raises(IntegrityError):
            opened(key, file[:cut])
    assert opened(key, file) == data
