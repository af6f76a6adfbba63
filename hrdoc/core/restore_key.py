"""An age key that only the recovery code makes: what a backup kept by a
trusted contact is also encrypted to, so that the code on paper is enough to
get the records back on a new computer after the laptop is gone.

The X25519 secret is HKDF-SHA256 of the code's random digits (about 133
bits; no salt, so the same code always gives the same key), written in age's
own text form (Bech32, BIP 173, which age uses for its keys; pyrage reads
it). The vault keeps only the public recipient, made when the code is shown.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pyrage import x25519

from hrdoc.core.keyslots import _recovery_secret, normalize_recovery_code

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_HRP = "age-secret-key-"


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= generator
    return check


def _bech32(hrp: str, data: bytes) -> str:
    """BIP 173 Bech32 of ``data`` under ``hrp`` (lower case)."""
    groups, accumulator, bits = [], 0, 0
    for byte in data:
        accumulator = (accumulator << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            groups.append((accumulator >> bits) & 31)
    if bits:
        groups.append((accumulator << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = _polymod(expanded + groups + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[g] for g in groups + checksum)


def restore_identity(code: str) -> x25519.Identity:
    """The age identity the recovery code makes (raises InvalidInput on a typo)."""
    secret = _recovery_secret(normalize_recovery_code(code))
    scalar = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"hrdoc restore identity v1"
    ).derive(secret)
    return x25519.Identity.from_str(_bech32(_HRP, scalar).upper())


def restore_recipient(code: str) -> str:
    return str(restore_identity(code).to_public())
