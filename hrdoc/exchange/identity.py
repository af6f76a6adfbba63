"""A vault's identity and contact cards.

Each vault holds an Ed25519 signing key and an X25519 key whose public side is
an age recipient (``age1...``). A contact card carries a name and both public
keys; people compare its fingerprint, 12 groups of 5 digits, out of band
(read aloud, or by scanning the QR code).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hrdoc.core.errors import InvalidInput
from hrdoc.core.vault import Vault

CARD_BEGIN = "-----BEGIN HRDOC CONTACT-----"
CARD_END = "-----END HRDOC CONTACT-----"
_FINGERPRINT_DOMAIN = b"hrdoc contact fingerprint v1\x00"
_AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
_ED25519_HEX = re.compile(r"^[0-9a-f]{64}$")


def is_age_recipient(text: str) -> bool:
    """An age X25519 recipient's form (age1 and 58 bech32 characters, ASCII)."""
    return bool(_AGE_RECIPIENT.match(text))


MAX_NAME = 120


def key_id(ed25519_hex: str) -> str:
    """Short id of a signing key; also the author id of records it signs."""
    return hashlib.sha256(b"hrdoc author id\x00" + bytes.fromhex(ed25519_hex)).hexdigest()[:16]


def fingerprint(ed25519_hex: str, age_recipient: str) -> str:
    """12 groups of 5 digits from both keys (length-prefixed, domain-separated)."""
    signing = bytes.fromhex(ed25519_hex)
    agekey = age_recipient.encode("ascii")
    material = _FINGERPRINT_DOMAIN
    for part in (signing, agekey):
        material += len(part).to_bytes(2, "big") + part
    digest = hashlib.sha512(material).digest()
    groups = [int.from_bytes(digest[i : i + 5], "big") % 100000 for i in range(0, 60, 5)]
    return " ".join(f"{g:05d}" for g in groups)


def clean_name(name: str) -> str:
    name = " ".join("".join(ch for ch in name if ch.isprintable()).split())
    if not name:
        raise InvalidInput("a contact needs a name")
    if len(name) > MAX_NAME:
        raise InvalidInput(f"a contact name has at most {MAX_NAME} characters")
    return name


DEFAULT_NAME = "hrdoc user"


def set_owner_name(vault: Any, name: str) -> str:
    """The name partners see on this vault's contact card (kept in the vault)."""
    name = clean_name(name)
    vault.set_meta("owner_name", name)
    return name


@dataclass(frozen=True)
class Card:
    name: str
    ed25519: str
    age_recipient: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.ed25519, self.age_recipient)

    @property
    def key_id(self) -> str:
        return key_id(self.ed25519)

    def to_text(self) -> str:
        return "\n".join(
            [
                CARD_BEGIN,
                f"name: {self.name}",
                f"signing-key: ed25519:{self.ed25519}",
                f"age-recipient: {self.age_recipient}",
                f"fingerprint: {self.fingerprint}",
                CARD_END,
                "",
            ]
        )

    def to_dict(self) -> dict[str, str]:
        return {
            "name": self.name,
            "ed25519": self.ed25519,
            "age_recipient": self.age_recipient,
            "fingerprint": self.fingerprint,
            "key_id": self.key_id,
        }

    @classmethod
    def parse(cls, text: str) -> Card:
        """Read a card as text. Anything malformed is one clear error."""
        if len(text) > 10_000:
            raise InvalidInput("that is too long to be a contact card")
        start, end = text.find(CARD_BEGIN), text.find(CARD_END)
        if start < 0 or end < start:
            raise InvalidInput(f"not a contact card (no {CARD_BEGIN} ... {CARD_END} block)")
        fields: dict[str, str] = {}
        for line in text[start + len(CARD_BEGIN) : end].splitlines():
            if line.strip():
                key, sep, value = line.partition(":")
                if not sep:
                    raise InvalidInput("a contact card line must look like 'key: value'")
                fields[key.strip().lower()] = value.strip()
        signing = fields.get("signing-key", "")
        if not signing.startswith("ed25519:") or not _ED25519_HEX.match(signing[8:]):
            raise InvalidInput("the card's signing-key is not an Ed25519 key")
        recipient = fields.get("age-recipient", "")
        if not _AGE_RECIPIENT.match(recipient):
            raise InvalidInput("the card's age-recipient is not an age1... X25519 recipient")
        try:
            pyrage.x25519.Recipient.from_str(recipient)
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(signing[8:]))
        except Exception as exc:  # pyrage raises its own error types
            raise InvalidInput("the card holds a key that is not valid") from exc
        card = cls(clean_name(fields.get("name", "")), signing[8:], recipient)
        claimed = fields.get("fingerprint")
        if claimed and " ".join(claimed.split()) != card.fingerprint:
            raise InvalidInput("the card's fingerprint does not match its keys; it was altered")
        return card

    def qr_png(self, scale: int = 6) -> bytes:
        """The card as a QR code image (PNG)."""
        import io

        import segno

        out = io.BytesIO()
        segno.make(self.to_text(), error="m").save(out, kind="png", scale=scale, border=4)
        return out.getvalue()


class VaultIdentity:
    """The open vault's own keys. The secret halves never leave this object."""

    def __init__(self, vault: Vault) -> None:
        rows = dict(
            (name, (public, secret))
            for name, public, secret in vault.conn.execute(
                "SELECT name, public, secret FROM vault_keys"
            )
        )
        self._signing = Ed25519PrivateKey.from_private_bytes(bytes(rows["ed25519"][1]))
        self._age = pyrage.x25519.Identity.from_str(bytes(rows["x25519"][1]).decode("ascii"))
        self.ed25519: str = rows["ed25519"][0]
        self.age_recipient: str = rows["x25519"][0]
        self.name = vault.meta("owner_name") or DEFAULT_NAME

    @property
    def key_id(self) -> str:
        return key_id(self.ed25519)

    def card(self) -> Card:
        return Card(self.name, self.ed25519, self.age_recipient)

    def sign(self, data: bytes) -> bytes:
        return self._signing.sign(data)

    def age_identity(self) -> Any:
        return self._age

    def export_age_identity(self) -> str:
        """The age secret key as text, for `age -d -i`. Only on explicit request."""
        return str(self._age)
