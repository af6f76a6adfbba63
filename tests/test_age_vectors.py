"""The C2SP/CCTV age test vectors, through hrdoc's age wrapper.

Every vector, armored ones included (hrdoc reads the ASCII armor `age -a`
writes, strictly, and never writes it), must give its expected result, and
the plaintext released before any failure must match the vector's payload
hash.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from pathlib import Path

import pytest

from tests.conftest import SHARED

KIT = SHARED / "testdata" / "age-testkit"

EXPECT_KIND = {
    "success": None,
    "no match": "no-match",
    "HMAC failure": "hmac",
    "header failure": "header",
    "payload failure": "payload",
    "armor failure": "armor",
}


def vectors() -> list[Path]:
    if not KIT.is_dir():
        return []
    return sorted(p for p in KIT.iterdir() if p.is_file() and p.name != "README.md")


def parse(path: Path) -> tuple[dict[str, list[str]], bytes]:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    fields: dict[str, list[str]] = {}
    for line in head.decode().splitlines():
        key, _, value = line.partition(": ")
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return fields, body


ALL = vectors()
ARMORED = [p for p in ALL if parse(p)[0].get("armored") == ["yes"]]


@pytest.mark.skipif(not KIT.is_dir(), reason="../shared/testdata/age-testkit is absent")
def test_the_kit_is_complete():
    assert len(ALL) - len(ARMORED) >= 92 and len(ARMORED) >= 30


@pytest.mark.skipif(not KIT.is_dir(), reason="../shared/testdata/age-testkit is absent")
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_vector(path):
    from hrdoc.core import agefile

    fields, body = parse(path)
    if any(i.startswith("AGE-SECRET-KEY-PQ-") for i in fields.get("identity", [])):
        pytest.skip("ML-KEM hybrid identities: pyrage has no support; bundles use X25519")
    expected = fields["expect"][0]
    released, kind = agefile.decrypt_for_vectors(
        body, identities=fields.get("identity", []), passphrases=fields.get("passphrase", [])
    )
    assert kind == EXPECT_KIND[expected], f"{path.name}: got {kind}, expected {expected}"
    if expected in ("success", "payload failure"):
        assert hashlib.sha256(released).hexdigest() == fields["payload"][0]
    else:
        assert released == b""


def test_wrapper_streams_a_round_trip():
    import pyrage

    from hrdoc.core import agefile

    identity = pyrage.x25519.Identity.generate()
    out = io.BytesIO()
    agefile.encrypt_stream(iter([b"a" * 100_000, b"b" * 3]), out, [str(identity.to_public())])
    released, kind = agefile.decrypt_for_vectors(out.getvalue(), [str(identity)], [])
    assert kind is None and released == b"a" * 100_000 + b"bbb"
