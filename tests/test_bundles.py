"""Bundles between vaults: round trip, refusals, tampering, age interoperability."""

from __future__ import annotations

import hashlib
import io
import json
import random
import shutil
import subprocess
import tarfile
from pathlib import Path

import pyrage
import pytest

from hrdoc.core.evidence import add_evidence, export_evidence
from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import RECORD_TYPES, Actor, Evidence, canonical_json
from hrdoc.core.sample import load_sample
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.exchange import contacts
from hrdoc.exchange.bundle import BundleError, Limits, export_bundle, import_bundle
from hrdoc.exchange.bundle_import import _Importer, _read_and_merge
from hrdoc.exchange.identity import Card, VaultIdentity
from tests.conftest import reseal_evidence, snapshot

META = ("version", "created_at", "updated_at")


class Party:
    def __init__(self, folder: Path, name: str) -> None:
        self.folder = folder
        self.name = name
        self.passphrase = f"{name} long passphrase for tests"
        self.vault, self.recovery_code = Vault.create(
            folder, self.passphrase, kdf_params=Argon2Params()
        )
        self.store = Store(self.vault)
        self.identity = VaultIdentity(self.vault)
        self.card = Card(name, self.identity.ed25519, self.identity.age_recipient)

    def knows(self, other: Party) -> None:
        contacts.add(self.vault, other.card)

    def vault_bytes(self) -> dict[str, bytes]:
        """vault.db after a checkpoint (the vault is locked and opened again)
        and every evidence file, by name: what a refusal must leave byte for
        byte as it was."""
        self.vault.lock()
        files = {"vault.db": (self.folder / "vault.db").read_bytes()}
        evidence = self.folder / "evidence"
        if evidence.exists():
            files.update({f"evidence/{p.name}": p.read_bytes() for p in evidence.iterdir()})
        self.vault = Vault.open(self.folder, self.passphrase)
        self.store = Store(self.vault)
        return files

    def state(self) -> dict[str, object]:
        conn = self.vault.conn
        tables = ["audit_log", "provenance", "conflicts", "imported_bundles", "evidence_blobs"]
        tables += [cls.TABLE for cls in RECORD_TYPES]
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


@pytest.fixture
def pair(parties):
    load_sample(parties[0].store)
    return parties


def comparable(record) -> dict:
    return {k: v for k, v in record.to_dict().items() if k not in META}


def test_round_trip_keeps_records_evidence_and_provenance(pair, tmp_path):
    a, b = pair
    result = export_bundle(
        a.store, profile="full", dest=tmp_path / "x.age", to=[contacts.get(a.vault, "NGO B").card]
    )
    report = import_bundle(b.store, tmp_path / "x.age")
    assert report.sender["contact"] == "Defender A"
    for cls in RECORD_TYPES:
        mine = {r.id: comparable(r) for r in a.store.find(cls)}
        theirs = {r.id: comparable(r) for r in b.store.find(cls)}
        assert mine == theirs, cls.KIND
    for ev in a.store.find(RECORD_TYPES[5]):
        one, two = io.BytesIO(), io.BytesIO()
        export_evidence(a.store, ev.id, one)
        export_evidence(b.store, ev.id, two)
        assert one.getvalue() == two.getvalue()
    rows = b.vault.conn.execute("SELECT DISTINCT bundle_id, sender_name FROM provenance").fetchall()
    assert rows == [(result.bundle_id, "Defender A")]
    count = b.vault.conn.execute("SELECT count(*) FROM provenance").fetchone()[0]
    assert count == sum(result.records.values())
    before = b.state()
    again = import_bundle(b.store, tmp_path / "x.age")
    assert again.already_imported and b.state() == before
    from hrdoc.core.integrity import verify_vault

    assert verify_vault(b.store) == []


def test_partner_bundle_carries_no_secret(pair, tmp_path):
    a, b = pair
    export_bundle(a.store, profile="partner", dest=tmp_path / "p.age", to=[b.card])
    import_bundle(b.store, tmp_path / "p.age")
    names = {actor.name for actor in b.store.find(RECORD_TYPES[2])}
    assert not any("Haddad" in n for n in names)
    for incident in b.store.find(RECORD_TYPES[1]):
        assert incident.sources == []


def test_edits_on_both_sides_become_a_conflict_not_an_overwrite(pair, tmp_path):
    a, b = pair
    export_bundle(a.store, profile="full", dest=tmp_path / "1.age", to=[b.card])
    import_bundle(b.store, tmp_path / "1.age")
    cls = RECORD_TYPES[1]
    incident = a.store.find(cls)[0]
    a.store.update(cls.from_dict(incident.to_dict() | {"title": "A's new title"}))
    b.store.update(cls.from_dict(b.store.get(cls, incident.id).to_dict() | {"title": "B's edit"}))
    export_bundle(a.store, profile="full", dest=tmp_path / "2.age", to=[b.card])
    report = import_bundle(b.store, tmp_path / "2.age")
    assert report.conflicts == [{"kind": "incident", "id": incident.id}]
    assert b.store.get(cls, incident.id).title == "B's edit"
    incoming = b.vault.conn.execute("SELECT incoming FROM conflicts").fetchone()[0]
    assert json.loads(incoming)["title"] == "A's new title"


def test_dry_run_changes_nothing(pair, tmp_path):
    a, b = pair
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    before = b.state()
    report = import_bundle(b.store, tmp_path / "x.age", dry_run=True)
    assert report.added["incident"] == 5 and b.state() == before


def test_wrong_recipient_and_unknown_or_changed_sender(pair, tmp_path):
    a, b = pair
    c = Party(tmp_path / "c", "Someone C")
    impostor = Party(tmp_path / "d", "NGO B")
    try:
        export_bundle(a.store, profile="full", dest=tmp_path / "for-b.age", to=[b.card])
        refused(c, tmp_path / "for-b.age", "wrong recipient")

        export_bundle(b.store, profile="full", dest=tmp_path / "b.age", to=[c.card])
        refused(c, tmp_path / "b.age", r"unknown sender 'hrdoc user' \(fingerprint \d{5} ")

        # C knows B; a bundle signed by other keys that call themselves "NGO B"
        c.knows(b)
        with impostor.vault.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('owner_name', 'NGO B')")
        impostor.identity = VaultIdentity(impostor.vault)
        export_bundle(impostor.store, profile="full", dest=tmp_path / "i.age", to=[c.card])
        refused(c, tmp_path / "i.age", "changed key: the sender calls itself 'NGO B'")

        report = import_bundle(c.store, tmp_path / "b.age")
        assert report.sender["contact"] == "NGO B"
    finally:
        c.vault.lock()
        impostor.vault.lock()


def test_unknown_sender_accepted_when_asked(pair, tmp_path):
    a, b = pair
    contacts.remove(b.vault, "Defender A")
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    report = import_bundle(b.store, tmp_path / "x.age", accept_unknown_sender=True)
    assert report.sender["contact"] is None and report.added
    assert len(report.sender["fingerprint"].split()) == 12


# --- crafted bundles ---------------------------------------------------------------


def plaintext_of(party: Party, path: Path) -> bytes:
    return bytes(pyrage.decrypt(path.read_bytes(), [party.identity.age_identity()]))


def members(tar_bytes: bytes) -> list[tuple[tarfile.TarInfo, bytes]]:
    out = []
    with tarfile.open(fileobj=io.BytesIO(tar_bytes), mode="r:") as tar:
        for info in tar.getmembers():
            data = tar.extractfile(info).read() if info.isreg() else b""  # type: ignore[union-attr]
            out.append((info, data))
    return out


def build_tar(items: list[tuple[tarfile.TarInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for info, data in items:
            info.size = len(data) if info.isreg() else 0
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return out.getvalue()


def resign(sender: Party, items, manifest_changes=None):
    """Rebuild manifest entries for ``items`` and sign with ``sender``."""
    manifest = json.loads(items[0][1])
    manifest["entries"] = [
        {"name": i.name, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for i, d in items[2:]
        if i.isreg()
    ]
    manifest.update(manifest_changes or {})
    raw = (canonical_json(manifest) + "\n").encode()
    items[0] = (items[0][0], raw)
    items[1] = (items[1][0], sender.identity.sign(raw))
    return items


def encrypt_to(party: Party, plain: bytes, path: Path) -> Path:
    path.write_bytes(
        pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(party.identity.age_recipient)])
    )
    return path


@pytest.fixture
def reference(pair, tmp_path):
    a, b = pair
    export_bundle(a.store, profile="full", dest=tmp_path / "ref.age", to=[b.card])
    return members(plaintext_of(b, tmp_path / "ref.age"))


def refused_unchanged(party: Party, path: Path, match: str | None, **kwargs) -> None:
    """Refused, and the receiving vault's bytes as they were."""
    before = party.vault_bytes()
    with pytest.raises(BundleError, match=match):
        import_bundle(party.store, path, **kwargs)
    assert party.vault_bytes() == before


def refused(party: Party, path: Path, match: str | None, **kwargs) -> None:
    before = party.state()
    with pytest.raises(BundleError, match=match):
        import_bundle(party.store, path, **kwargs)
    assert party.state() == before


def info(name: str, kind: bytes = tarfile.REGTYPE, link: str = "") -> tarfile.TarInfo:
    i = tarfile.TarInfo(name)
    i.type = kind
    i.linkname = link
    return i


@pytest.mark.parametrize(
    "case, match",
    [
        ("missing", "missing entry"),
        ("extra", "extra entry"),
        ("duplicate", "duplicated entry"),
        ("dotdot", "unexpected entry name"),
        ("absolute", "unexpected entry name"),
        ("symlink", "is a link"),
        ("hardlink", "is a link"),
        ("larger", "larger than its manifest"),
        ("hash", "hash mismatch"),
        ("other_recipient", "names other recipients"),
        ("not_first", "must start with manifest.json"),
        ("bad_record", "schema error in records/incident.jsonl at record 1"),
    ],
)
def test_crafted_bundles_are_refused(pair, reference, tmp_path, case, match):
    a, b = pair
    items = list(reference)
    evidence_index = next(i for i, (m, _d) in enumerate(items) if m.name.startswith("evidence/"))
    record_index = next(i for i, (m, _d) in enumerate(items) if m.name == "records/incident.jsonl")
    if case == "missing":
        del items[evidence_index]  # still listed in the signed manifest
    elif case == "extra":
        items.append((info("evidence/" + "b" * 64), b"not listed in the manifest"))
    elif case == "duplicate":
        items.append(items[evidence_index])
    elif case == "dotdot":
        items.append((info("../../etc/passwd"), b"x"))
    elif case == "absolute":
        items.append((info("/etc/passwd"), b"x"))
    elif case == "symlink":
        name = items[evidence_index][0].name
        items[evidence_index] = (info(name, tarfile.SYMTYPE, "/etc/passwd"), b"")
    elif case == "hardlink":
        name = items[evidence_index][0].name
        items[evidence_index] = (info(name, tarfile.LNKTYPE, "manifest.json"), b"")
    elif case == "larger":
        member, data = items[evidence_index]
        items[evidence_index] = (member, data + b"more bytes than the manifest says")
    elif case == "hash":
        member, data = items[evidence_index]
        items[evidence_index] = (member, bytes([data[0] ^ 1]) + data[1:])
    elif case == "other_recipient":
        other = pyrage.x25519.Identity.generate().to_public()
        items = resign(a, items, {"recipients": [str(other)]})
    elif case == "not_first":
        items[0], items[1] = items[1], items[0]
    elif case == "bad_record":
        member, _data = items[record_index]
        items[record_index] = (member, b'{"title": "no case"}\n')
        items = resign(a, items)
    refused(b, encrypt_to(b, build_tar(items), tmp_path / f"{case}.age"), match)


def raw_tar(items: list[tuple[tarfile.TarInfo, bytes]], declared: dict[str, int]) -> bytes:
    """A tar whose headers may declare other sizes than the data that follows."""
    out = b""
    for member, data in items:
        member = member.replace()  # type: ignore[call-arg]
        member.size = declared.get(member.name, len(data))
        out += member.tobuf(format=tarfile.GNU_FORMAT) + data + b"\0" * (-len(data) % 512)
    return out


def test_a_10_gb_declared_entry_stops_at_the_limit(pair, reference, tmp_path):
    a, b = pair
    items = list(reference)
    name = next(m.name for m, _d in items if m.name.startswith("evidence/"))
    ten_gb = 10 << 30
    # the tar header declares 10 GB (only a little data follows)
    plain = raw_tar(items, {name: ten_gb})
    refused(b, encrypt_to(b, plain, tmp_path / "header.age"), f"limit exceeded: entry {name}")
    # the signed manifest declares 10 GB too
    signed = resign(a, list(items))
    manifest = json.loads(signed[0][1])
    for entry in manifest["entries"]:
        if entry["name"] == name:
            entry["size"] = ten_gb
    raw = (canonical_json(manifest) + "\n").encode()
    signed[0], signed[1] = (signed[0][0], raw), (signed[1][0], a.identity.sign(raw))
    plain = raw_tar(signed, {name: ten_gb})
    refused(b, encrypt_to(b, plain, tmp_path / "manifest.age"), "limit exceeded")
    small = Limits(max_entry_bytes=100)
    refused(b, encrypt_to(b, build_tar(items), tmp_path / "ok.age"), "limit exceeded", limits=small)


def test_truncated_bundle_is_refused(pair, tmp_path):
    a, b = pair
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    data = (tmp_path / "x.age").read_bytes()
    for cut in (10, 200, len(data) // 2, len(data) - 1):
        (tmp_path / "cut.age").write_bytes(data[:cut])
        refused(b, tmp_path / "cut.age", "truncated|damaged|not an age file")


def test_every_bit_of_the_manifest_and_signature_matters(pair, reference, tmp_path):
    """Flip each bit of the manifest and its signature: every copy is refused.

    All flips go through the importer on the decrypted stream (the same code
    an import runs after decryption); a random sample also goes through the
    whole encrypted path.
    """
    _a, b = pair
    manifest_raw, signature = reference[0][1], reference[1][1]
    importer = _Importer(b.store, b.identity, Limits(), False, False, None)
    before = b.state()

    def tampered(target: int, bit: int) -> bytes:
        items = list(reference)
        member, data = items[target]
        flipped = bytearray(data)
        flipped[bit // 8] ^= 1 << (bit % 8)
        items[target] = (member, bytes(flipped))
        return build_tar(items)

    flips = [(0, bit) for bit in range(len(manifest_raw) * 8)]
    flips += [(1, bit) for bit in range(len(signature) * 8)]
    accepted = []
    for target, bit in flips:
        try:
            _read_and_merge(importer, io.BytesIO(tampered(target, bit)), dry_run=False)
            accepted.append((target, bit))
        except BundleError:
            pass
    assert accepted == []
    for target, bit in random.Random(5).sample(flips, 24):
        refused(b, encrypt_to(b, tampered(target, bit), tmp_path / "t.age"), None)
    assert b.state() == before


def test_refusal_leaves_the_vault_files_byte_identical(pair, reference, tmp_path):
    _a, b = pair
    items = list(reference)
    member, data = items[-1]
    items[-1] = (member, bytes([data[0] ^ 1]) + data[1:])
    bad = encrypt_to(b, build_tar(items), tmp_path / "bad.age")
    b.vault.lock()
    before = snapshot(b.folder)
    vault = Vault.open(b.folder, "NGO B long passphrase for tests")
    with pytest.raises(BundleError):
        import_bundle(Store(vault), bad)
    vault.lock()
    after = snapshot(b.folder)
    assert {k: v[0] for k, v in after.items()} == {k: v[0] for k, v in before.items()}
    b.vault = Vault.open(b.folder, "NGO B long passphrase for tests")
    b.store = Store(b.vault)


# --- age interoperability -------------------------------------------------------------


def need_age() -> str:
    path = shutil.which("age")
    if not path:
        pytest.skip("the age tool is not installed (.ci/run installs it)")
    return path


def test_the_age_tool_decrypts_a_bundle(pair, tmp_path):
    age = need_age()
    a, b = pair
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    key = tmp_path / "b.key"
    key.write_text(b.identity.export_age_identity() + "\n")
    plain = subprocess.run(
        [age, "-d", "-i", str(key), str(tmp_path / "x.age")], capture_output=True, check=True
    ).stdout
    names = [m.name for m, _d in members(plain)]
    assert names[:2] == ["manifest.json", "manifest.sig"]
    manifest = json.loads(members(plain)[0][1])
    assert {e["name"] for e in manifest["entries"]} == set(names[2:])


def test_a_hand_made_tar_encrypted_by_age_is_imported(pair, reference, tmp_path):
    age = need_age()
    a, b = pair
    items = resign(a, list(reference))
    (tmp_path / "plain.tar").write_bytes(build_tar(items))
    subprocess.run(
        [
            age,
            "-r",
            b.identity.age_recipient,
            "-o",
            str(tmp_path / "hand.age"),
            str(tmp_path / "plain.tar"),
        ],
        check=True,
    )
    report = import_bundle(b.store, tmp_path / "hand.age")
    assert report.added["incident"] == 5


def test_a_bundle_armored_by_the_age_tool_is_imported_and_bad_armor_changes_nothing(pair, tmp_path):
    """`age -a` (ASCII armor) is how bundles travel by e-mail or chat: read
    strictly; armor the spec calls malformed is refused, the vault unchanged."""
    age = need_age()
    a, b = pair
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    key = tmp_path / "b.key"
    key.write_text(b.identity.export_age_identity() + "\n")
    plain = subprocess.run(
        [age, "-d", "-i", str(key), str(tmp_path / "x.age")], capture_output=True, check=True
    ).stdout
    armored = subprocess.run(
        [age, "-a", "-r", b.identity.age_recipient], input=plain, capture_output=True, check=True
    ).stdout
    assert armored.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    lines = armored.splitlines(keepends=True)
    damaged = {
        "a space at the end of a line": b"".join(
            [lines[0], lines[1].rstrip() + b" \n", *lines[2:]]
        ),
        "a line cut short": b"".join([lines[0], lines[1][:30] + b"\n", *lines[2:]]),
        "text after the end": armored + b"forwarded by a friend\n",
        "no end line": b"".join(lines[:-1]),
    }
    for data in damaged.values():
        (tmp_path / "bad.age").write_bytes(data)
        refused_unchanged(b, tmp_path / "bad.age", "armored age file is malformed")
    (tmp_path / "x.txt").write_bytes(b"\r\n" + armored.replace(b"\n", b"\r\n"))  # via Windows
    report = import_bundle(b.store, tmp_path / "x.txt")
    assert report.added["incident"] == 5


def test_passphrase_bundles(pair, tmp_path):
    a, b = pair
    export_bundle(
        a.store, profile="full", dest=tmp_path / "p.age", passphrase="shared bundle words for tests"
    )
    refused(
        b,
        tmp_path / "p.age",
        "wrong passphrase for this bundle",
        passphrase="wrong bundle words entirely",
    )
    report = import_bundle(b.store, tmp_path / "p.age", passphrase="shared bundle words for tests")
    assert report.added["incident"] == 5


def test_evidence_in_bundles_is_checked_at_export(pair, tmp_path):
    a, b = pair
    incident = a.store.find(RECORD_TYPES[1])[0]
    add_evidence(a.store, incident.id, io.BytesIO(b"x" * 3_000_000), "big.bin")
    export_bundle(a.store, profile="full", dest=tmp_path / "e.age", to=[b.card])
    report = import_bundle(b.store, tmp_path / "e.age")
    assert report.added["evidence"] == 2


def test_manifest_matches_its_published_schema(pair, reference):
    jsonschema = pytest.importorskip("jsonschema")
    from importlib import resources

    schema = json.loads(
        resources.files("hrdoc.resources")
        .joinpath("schema/bundle-manifest.schema.json")
        .read_text("utf-8")
    )
    jsonschema.validate(json.loads(reference[0][1]), schema)


def test_every_record_matches_the_schema_the_format_document_names(pair, reference):
    """docs/bundle-format.md sends readers to report.schema.json's $defs."""
    jsonschema = pytest.importorskip("jsonschema")
    from importlib import resources

    schema = json.loads(
        resources.files("hrdoc.resources").joinpath("schema/report.schema.json").read_text("utf-8")
    )
    documented = (Path(__file__).resolve().parents[1] / "docs" / "bundle-format.md").read_text()
    seen = set()
    for member, data in reference:
        name = member.name
        if not name.startswith("records/"):
            continue
        kind = name.removeprefix("records/").removesuffix(".jsonl")
        assert f"#/$defs/{kind}`" in documented
        for line in data.decode("utf-8").splitlines():
            one_kind = {"$schema": schema["$schema"], "$defs": schema["$defs"]}
            jsonschema.validate(json.loads(line), one_kind | {"$ref": f"#/$defs/{kind}"})
            seen.add(kind)
    assert {"case", "incident", "evidence"} <= seen


def test_line_separators_inside_text_survive(pair, tmp_path):
    """JSON leaves U+2028, U+0085 and friends raw; JSON Lines splits on \\n only."""
    a, b = pair
    case = a.store.find(RECORD_TYPES[0])[0]
    odd = "first\u2028second\x85third\x1cfourth"
    a.store.update(RECORD_TYPES[0].from_dict(case.to_dict() | {"title": odd}))
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    import_bundle(b.store, tmp_path / "x.age")
    assert b.store.get(RECORD_TYPES[0], case.id).title == odd


def test_conflicts_are_settled_by_keeping_ours_or_taking_theirs(pair, tmp_path, cli):
    from hrdoc.exchange.conflicts import open_conflicts, resolve

    a, b = pair
    export_bundle(a.store, profile="full", dest=tmp_path / "1.age", to=[b.card])
    import_bundle(b.store, tmp_path / "1.age")
    cls = RECORD_TYPES[1]
    first, second = a.store.find(cls)[:2]
    for incident in (first, second):
        a.store.update(cls.from_dict(incident.to_dict() | {"title": "A: " + incident.title}))
        mine = b.store.get(cls, incident.id)
        b.store.update(cls.from_dict(mine.to_dict() | {"title": "B: " + incident.title}))
    export_bundle(a.store, profile="full", dest=tmp_path / "2.age", to=[b.card])
    import_bundle(b.store, tmp_path / "2.age")
    found = {c.record_id: c for c in open_conflicts(b.store)}
    assert set(found) == {first.id, second.id}
    assert ("title", "B: " + first.title, "A: " + first.title) in found[first.id].differences(
        b.store
    )
    resolve(b.store, found[first.id].number, take_theirs=True)
    resolve(b.store, found[second.id].number, take_theirs=False)
    assert b.store.get(cls, first.id).title == "A: " + first.title
    assert b.store.get(cls, second.id).title == "B: " + second.title
    assert [v.title for v in b.store.versions(first.id)][-2:] == [
        "B: " + first.title,
        "A: " + first.title,
    ]
    assert open_conflicts(b.store) == []
    from hrdoc.core.integrity import verify_vault

    assert verify_vault(b.store) == []


def test_altered_evidence_is_not_sent_and_no_file_is_left(pair, tmp_path):
    a, b = pair
    for item in a.store.find(Evidence):
        reseal_evidence(a.vault, item.id, b"altered")
    with pytest.raises(BundleError, match="no longer matches its SHA-256"):
        export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    assert not list(tmp_path.glob("*x.age*"))


def test_two_partner_bundles_of_unchanged_data_raise_no_conflict(pair, tmp_path):
    a, b = pair
    card = contacts.get(a.vault, "NGO B").card
    names = []
    for n in (1, 2):
        path = tmp_path / f"{n}.age"
        export_bundle(a.store, profile="partner", dest=path, to=[card])
        report = import_bundle(b.store, path)
        assert report.conflicts == []
        names.append(sorted(x.name for x in b.store.find(Actor)))
    assert names[0] == names[1]
    assert b.vault.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 0


def test_pseudonyms_are_stable_per_recipient_and_differ_between_recipients(pair, tmp_path):
    from hrdoc.core.redaction import redact_cases

    a, _b = pair
    first = redact_cases(a.store, "partner", recipients=["age1xyz"])
    again = redact_cases(a.store, "partner", recipients=["age1xyz"])
    other = redact_cases(a.store, "partner", recipients=["age1other"])
    names = lambda red: sorted(r["name"] for r in red.of("actor"))  # noqa: E731
    assert names(first) == names(again)
    assert names(first) != names(other)
