"""Contacts: the people and organisations this vault exchanges bundles with.

Adding a card whose keys differ from a known contact of the same name is
refused unless the user says ``replace``; every change is in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrdoc.core import audit
from hrdoc.core.errors import InvalidInput, NotFound
from hrdoc.core.records import canonical_json, content_hash, utc_now
from hrdoc.core.vault import Vault
from hrdoc.exchange.identity import Card, clean_name


@dataclass(frozen=True)
class Contact:
    name: str
    ed25519: str
    age_recipient: str
    verified: bool
    added_at: str
    #: keeps a full copy of this vault's records (a backup bundle)
    keeps_backup: bool = False

    @property
    def card(self) -> Card:
        return Card(self.name, self.ed25519, self.age_recipient)

    def to_dict(self) -> dict[str, Any]:
        return self.card.to_dict() | {
            "verified": self.verified,
            "added_at": self.added_at,
            "keeps_backup": self.keeps_backup,
        }


_COLUMNS = "name, ed25519, age_recipient, verified, added_at, keeps_backup"


def _row(row: tuple[Any, ...]) -> Contact:
    return Contact(row[0], row[1], row[2], bool(row[3]), row[4], bool(row[5]))


def _audit(conn: Any, vault: Vault, action: str, card: Card, note: str = "") -> None:
    audit.append(
        conn,
        at=utc_now(),
        author=vault.author_id,
        action=action,
        record_type="contact",
        record_id=card.key_id,
        version=0,
        content_hash=content_hash(card.to_dict()),
        note=note,
    )


def list_contacts(vault: Vault) -> list[Contact]:
    rows = vault.conn.execute(f"SELECT {_COLUMNS} FROM contacts ORDER BY name COLLATE NOCASE")
    return [_row(r) for r in rows]


def get(vault: Vault, name: str) -> Contact:
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM contacts WHERE name = ? COLLATE NOCASE", (name,)
    ).fetchone()
    if row is None:
        raise NotFound(f"no contact named {name!r} (see 'hrdoc contact list')")
    return _row(row)


def by_signing_key(vault: Vault, ed25519: str) -> Contact | None:
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM contacts WHERE ed25519 = ?", (ed25519,)
    ).fetchone()
    return _row(row) if row else None


def add(vault: Vault, card: Card, *, name: str | None = None, replace: bool = False) -> Contact:
    """Add a contact from a card. Returns the stored contact."""
    chosen = clean_name(name or card.name)
    card = Card(chosen, card.ed25519, card.age_recipient)
    own = vault.conn.execute("SELECT public FROM vault_keys WHERE name = 'ed25519'").fetchone()
    if own and own[0] == card.ed25519:
        raise InvalidInput("that is this vault's own card")
    with vault.transaction() as conn:
        same_name = conn.execute(
            f"SELECT {_COLUMNS} FROM contacts WHERE name = ? COLLATE NOCASE", (chosen,)
        ).fetchone()
        same_key = conn.execute(
            f"SELECT {_COLUMNS} FROM contacts WHERE ed25519 = ?", (card.ed25519,)
        ).fetchone()
        if same_name and (same_name[1], same_name[2]) == (card.ed25519, card.age_recipient):
            return _row(same_name)  # already known, nothing to do
        if same_key and (not same_name or same_key[0] != same_name[0]):
            raise InvalidInput(
                f"these keys already belong to the contact {same_key[0]!r}; nothing was changed"
            )
        now = utc_now()
        if same_name:
            if not replace:
                raise InvalidInput(
                    f"the contact {same_name[0]!r} has different keys; if they really changed "
                    "keys, compare fingerprints with them and add with --replace"
                )
            conn.execute(
                "UPDATE contacts SET ed25519 = ?, age_recipient = ?, verified = 0, updated_at = ?"
                " WHERE name = ?",
                (card.ed25519, card.age_recipient, now, same_name[0]),
            )
            note = "keys replaced; old key " + _row(same_name).card.key_id
            _audit(conn, vault, "contact-keys-replaced", card, note)
        else:
            conn.execute(
                "INSERT INTO contacts (name, ed25519, age_recipient, verified, added_at,"
                " updated_at) VALUES (?, ?, ?, 0, ?, ?)",
                (chosen, card.ed25519, card.age_recipient, now, now),
            )
            _audit(conn, vault, "contact-added", card)
    return get(vault, chosen)


def mark_verified(vault: Vault, name: str) -> Contact:
    contact = get(vault, name)
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE contacts SET verified = 1, updated_at = ? WHERE name = ?",
            (utc_now(), contact.name),
        )
        _audit(conn, vault, "contact-verified", contact.card)
    return get(vault, contact.name)


def set_keeps_backup(vault: Vault, name: str, keeps: bool) -> Contact:
    """Mark (or unmark) a contact as one who keeps a copy of this vault's records."""
    contact = get(vault, name)
    if keeps and not contact.verified:
        raise InvalidInput(
            f"compare fingerprints with {contact.name!r} first ('hrdoc contact verify'):"
            " a backup goes only to a verified contact"
        )
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE contacts SET keeps_backup = ?, updated_at = ? WHERE name = ?",
            (int(keeps), utc_now(), contact.name),
        )
        _audit(
            conn,
            vault,
            "contact-keeps-backup" if keeps else "contact-keeps-no-backup",
            contact.card,
        )
    return get(vault, contact.name)


def remove(vault: Vault, name: str) -> None:
    contact = get(vault, name)
    with vault.transaction() as conn:
        conn.execute("DELETE FROM contacts WHERE name = ?", (contact.name,))
        _audit(conn, vault, "contact-removed", contact.card, canonical_json(contact.to_dict()))
