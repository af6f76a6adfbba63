"""Identity, contact cards, fingerprints and the contact list."""

from __future__ import annotations

import json

import pytest

from hrdoc.core.errors import InvalidInput
from hrdoc.exchange import contacts
from hrdoc.exchange.identity import Card, VaultIdentity, fingerprint


@pytest.fixture
def card(vault) -> Card:
    return VaultIdentity(vault).card()


def other_card(name: str = "Partner") -> Card:
    import pyrage
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    signing = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return Card(name, signing.hex(), str(pyrage.x25519.Identity.generate().to_public()))


def test_fingerprint_is_twelve_groups_of_five_digits_from_both_keys(card):
    groups = card.fingerprint.split()
    assert len(groups) == 12 and all(len(g) == 5 and g.isdigit() for g in groups)
    other = other_card()
    assert fingerprint(card.ed25519, other.age_recipient) != card.fingerprint
    assert fingerprint(other.ed25519, card.age_recipient) != card.fingerprint


def test_card_text_round_trips_and_detects_tampering(card):
    assert Card.parse("noise before\n" + card.to_text() + "noise after") == card
    tampered = card.to_text().replace(card.age_recipient, other_card().age_recipient)
    with pytest.raises(InvalidInput, match="fingerprint does not match"):
        Card.parse(tampered)
    for bad, message in [
        ("hello", "not a contact card"),
        (card.to_text().replace("ed25519:", "rsa:"), "not an Ed25519 key"),
        (card.to_text().replace("age1", "age2"), "not an age1"),
        (card.to_text().replace("name: hrdoc user", "name: "), "needs a name"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            Card.parse(bad)


def test_qr_code_is_a_png(card):
    png = card.qr_png()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 500


def test_changed_keys_need_replace_and_are_audited(vault):
    contacts.add(vault, other_card("Partner"))
    with pytest.raises(InvalidInput, match="different keys"):
        contacts.add(vault, other_card("Partner"))
    replaced = contacts.add(vault, other_card("partner"), replace=True)
    assert not replaced.verified
    actions = [r[0] for r in vault.conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    assert actions == ["contact-added", "contact-keys-replaced"]


def test_same_keys_under_two_names_and_own_card_are_refused(vault, card):
    partner = other_card("Partner")
    contacts.add(vault, partner)
    with pytest.raises(InvalidInput, match="already belong"):
        contacts.add(vault, partner, name="Someone else")
    with pytest.raises(InvalidInput, match="own card"):
        contacts.add(vault, card)


def test_verify_and_remove(vault):
    contacts.add(vault, other_card("Partner"))
    assert contacts.mark_verified(vault, "partner").verified
    contacts.remove(vault, "Partner")
    assert contacts.list_contacts(vault) == []


def test_cli_contacts_keys_and_bundles(cli, tmp_path, monkeypatch):
    a, b = ["--vault", str(tmp_path / "a")], ["--vault", str(tmp_path / "b")]
    assert cli(*a, "init", "--sample").code == 0
    assert cli(*b, "init").code == 0
    card_a = cli(*a, "key", "show", "--name", "Defender A").out
    qr = tmp_path / "b.png"
    card_b = cli(*b, "key", "show", "--name", "NGO B", "--qr", str(qr)).out
    assert qr.read_bytes().startswith(b"\x89PNG")
    (tmp_path / "a.card").write_text(card_a)
    assert cli(*b, "contact", "add", str(tmp_path / "a.card")).code == 0
    assert cli(*a, "contact", "add", card_b).code == 0
    listed = json.loads(cli(*a, "contact", "list", "--json").out)
    assert listed[0]["name"] == "NGO B" and not listed[0]["verified"]
    assert cli(*a, "contact", "verify", "NGO B", "--yes").code == 0
    out = tmp_path / "to-b.age"
    made = cli(*a, "export", "bundle", "--to", "NGO B", "--profile", "partner", "-o", str(out))
    assert made.code == 0, made.err
    dry = cli(*b, "import", str(out), "--dry-run")
    assert dry.code == 0 and "nothing was changed" in dry.out
    done = cli(*b, "import", str(out))
    assert done.code == 0 and "from Defender A (NOT verified)" in done.out
    again = cli(*b, "import", str(out))
    assert "already imported" in again.out
    refused = cli(*a, "import", str(out))
    assert refused.code == 1 and "wrong recipient" in refused.err
    assert refused.err.count("\n") == 1
    secret = cli(*b, "key", "export-age")
    assert secret.code == 2 and "--yes-i-understand" in secret.err
    shown = cli(*b, "key", "export-age", "--yes-i-understand")
    assert shown.out.startswith("AGE-SECRET-KEY-1")
    assert json.loads(cli(*b, "conflicts", "--json").out) == []
