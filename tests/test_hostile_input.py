"""Nothing half-done, nothing forged, nothing unbounded (issue 11).

Every malformed input is one line, exit 1 or 2, never an internal error, and
the vault's bytes stay as they were; accepted input never breaks verify; a
bundle cannot write as someone else; oversized inputs are refused before
the work they ask for (peak memory measured in a child process).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from hrdoc.core.records import Case, Incident, Sensitivity
from hrdoc.exchange import contacts
from hrdoc.exchange.bundle import BundleError, export_bundle, import_bundle
from tests.test_bundles import (
    Party,
    encrypt_to,
    members,
    plaintext_of,
    refused_unchanged,
    resign,
)

# --- the command line ----------------------------------------------------------------


@pytest.fixture
def vault_with_case(cli, vault_dir):
    assert cli("init").code == 0
    case_id = cli("case", "add", "--title", "Case").out.strip()
    return case_id


def vault_bytes(vault_dir: Path) -> bytes:
    return (vault_dir / "vault.db").read_bytes()  # the CLI checkpoints on every exit


def one_line_refusal(result) -> None:  # type: ignore[no-untyped-def]
    assert result.code in (1, 2), result
    assert "internal error" not in result.err, result.err
    assert result.err.count("\n") == 1 and len(result.err) < 400, result.err


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


HOSTILE_JSON = {
    "deep nesting": '{"title": "t", "description": ' + nested(100_000) + "}",
    "lone surrogate": '{"title": "\\ud800"}',
    "huge number": '{"title": "t", "latitude": 1' + "0" * 5000 + "}",
    "400-digit latitude": '{"title": "t", "latitude": 1' + "0" * 400 + ', "longitude": 1}',
    "number for text": '{"title": "t", "description": 5}',
    "number for country": '{"title": "t", "country": 12}',
    "number for case": '{"title": "t", "case_id": 12}',
    "text for levels": '{"title": "t", "field_sensitivity": "secret"}',
    "list for place": '{"title": "t", "place": ["x"]}',
    "NaN": '{"title": "t", "latitude": NaN, "longitude": 1}',
    "not UTF-8": b'{"title": "\xff"}',
}


@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
def test_hostile_from_json_is_one_line_and_changes_nothing(
    cli, vault_dir, vault_with_case, tmp_path, name
):
    raw = HOSTILE_JSON[name]
    path = tmp_path / "in.json"
    path.write_bytes(raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass"))
    before = vault_bytes(vault_dir)
    case = [] if name == "number for case" else ["--case", vault_with_case]  # the flag would win
    result = cli("incident", "add", *case, "--from-json", str(path))
    one_line_refusal(result)
    assert vault_bytes(vault_dir) == before


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**60), 10**60)
    | st.floats(allow_nan=False)
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=5),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=10,
)
FIELDS = [
    "title",
    "description",
    "country",
    "place",
    "latitude",
    "longitude",
    "types",
    "start_date",
    "verification",
    "sources",
    "field_sensitivity",
    "sensitivity",
    "id",
]


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dictionaries(st.sampled_from(FIELDS), json_values, min_size=1, max_size=4))
def test_any_json_record_is_stored_whole_or_refused_in_one_line(
    cli, vault_dir, vault_with_case, tmp_path, doc
):
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"title": "t"} | doc), encoding="utf-8")
    before = vault_bytes(vault_dir)
    result = cli("incident", "add", "--case", vault_with_case, "--from-json", str(path))
    if result.code == 0:
        assert cli("verify", "--quick").code == 0, "accepted input broke verify"
    else:
        one_line_refusal(result)
        assert vault_bytes(vault_dir) == before


def test_whole_numbers_for_coordinates_keep_verify_clean(cli, vault_with_case, tmp_path):
    path = tmp_path / "in.json"
    path.write_text('{"title": "t", "latitude": 33, "longitude": 35}')
    incident = cli("incident", "add", "--case", vault_with_case, "--from-json", str(path))
    assert incident.code == 0
    assert cli("verify").code == 0
    assert cli("incident", "edit", incident.out.strip(), "--title", "u").code == 0
    assert cli("verify").code == 0


def test_an_id_taken_by_another_kind_is_refused(cli, vault_dir, vault_with_case, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"title": "t", "id": vault_with_case}))
    before = vault_bytes(vault_dir)
    result = cli("incident", "add", "--case", vault_with_case, "--from-json", str(path))
    one_line_refusal(result)
    assert "already taken by a case" in result.err
    assert vault_bytes(vault_dir) == before
    assert cli("history", vault_with_case).code == 0


def test_text_that_is_not_unicode_on_the_command_line(cli, vault_dir, vault_with_case, monkeypatch):
    before = vault_bytes(vault_dir)
    one_line_refusal(cli("case", "add", "--title", "\udcff"))  # $'\xff' in a shell
    assert vault_bytes(vault_dir) == before
    monkeypatch.setenv("HRDOC_PASSPHRASE", "pass\udcffphrase")
    result = cli("case", "list")
    one_line_refusal(result)
    assert "HRDOC_PASSPHRASE is not valid UTF-8" in result.err


def test_a_passphrase_file_with_a_byte_order_mark(cli, vault_dir, tmp_path, monkeypatch):
    from tests.conftest import PASSPHRASE

    assert cli("init").code == 0
    monkeypatch.delenv("HRDOC_PASSPHRASE")
    path = tmp_path / "pass.txt"
    path.write_bytes("\ufeff".encode() + PASSPHRASE.encode() + b"\r\n")  # Notepad
    assert cli("--passphrase-file", str(path), "case", "list").code == 0


# --- bundles: authorship, attachment, withheld fields, ids ----------------------------


@pytest.fixture
def pair(parties):
    return parties


def bundle_from(a: Party, b: Party, tmp_path: Path, profile: str = "partner") -> Path:
    path = tmp_path / "x.age"
    export_bundle(a.store, profile=profile, dest=path, to=[contacts.get(a.vault, "NGO B").card])
    return path


def forged(a: Party, b: Party, path: Path, tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """The bundle's records changed by ``change(kind, row)``, re-signed by A."""
    items = members(plaintext_of(b, path))
    for i, (info, data) in enumerate(items):
        if info.name.startswith("records/"):
            kind = info.name[len("records/") : -len(".jsonl")]
            rows = [json.loads(line) for line in data.decode().splitlines()]
            rows = [r for row in rows if (r := change(kind, row)) is not None]
            items[i] = (info, "".join(json.dumps(r) + "\n" for r in rows).encode())
    from tests.test_bundles import build_tar

    return encrypt_to(b, build_tar(resign(a, items)), tmp_path / "forged.age")


def test_records_claiming_another_author_are_filed_under_the_signer(pair, tmp_path):
    a, b = pair
    case = a.store.add(Case(title="c"))
    a.store.add(Incident(case_id=case.id, title="i"))
    victim = "0123456789abcdef"
    path = forged(a, b, bundle_from(a, b, tmp_path), tmp_path, lambda k, r: r | {"author": victim})
    import_bundle(b.store, path)
    history = b.store.history(case.id)
    assert {v["author"] for v in history["versions"]} == {a.identity.key_id}
    assert any(victim in (e["note"] or "") for e in history["audit"])  # noted, not trusted


def test_a_bundle_cannot_file_under_the_receivers_private_case(pair, tmp_path):
    a, b = pair
    private = b.store.add(Case(title="B's own"))
    case = a.store.add(Case(title="c"))
    a.store.add(Incident(case_id=case.id, title="i"))

    def into_private(kind, row):  # type: ignore[no-untyped-def]
        if kind == "case":
            return None
        return row | {"case_id": private.id} if kind == "incident" else row

    path = forged(a, b, bundle_from(a, b, tmp_path), tmp_path, into_private)
    refused_unchanged(b, path, "did not share")


def test_a_reply_may_file_under_a_case_that_was_shared(pair, tmp_path):
    a, b = pair
    shared = b.store.add(Case(title="shared with A"))
    to_a = tmp_path / "to-a.age"
    export_bundle(
        b.store, profile="partner", dest=to_a, to=[contacts.get(b.vault, "Defender A").card]
    )
    import_bundle(a.store, to_a)
    a.store.add(Incident(case_id=shared.id, title="added by A"))
    report = import_bundle(b.store, bundle_from(a, b, tmp_path))
    assert report.added.get("incident") == 1


def test_a_withheld_title_still_imports_as_withheld(pair, tmp_path):
    a, b = pair
    case = a.store.add(Case(title="c"))
    a.store.add(
        Incident(
            case_id=case.id, title="secret title", field_sensitivity={"title": Sensitivity.SECRET}
        )
    )
    report = import_bundle(b.store, bundle_from(a, b, tmp_path))
    assert report.added["incident"] == 1
    assert [i.title for i in b.store.find(Incident)] == ["[withheld]"]


def test_duplicate_and_clashing_ids_in_a_bundle_are_refused(pair, tmp_path):
    a, b = pair
    case = a.store.add(Case(title="c"))
    a.store.add(Incident(case_id=case.id, title="i"))
    original = bundle_from(a, b, tmp_path)
    cases = [
        ("twice", lambda k, r: r, "twice"),
        ("case id", lambda k, r: r | {"id": case.id} if k == "incident" else r, "twice"),
    ]
    for _name, change, match in cases:

        def doubled(kind, row, change=change):  # type: ignore[no-untyped-def]
            return change(kind, row)

        items = members(plaintext_of(b, original))
        for i, (info, data) in enumerate(items):
            if info.name == "records/incident.jsonl" and _name == "twice":
                items[i] = (info, data + data)
        from tests.test_bundles import build_tar

        path = encrypt_to(b, build_tar(resign(a, items)), tmp_path / "dup.age")
        if _name == "case id":
            path = forged(a, b, original, tmp_path, doubled)
        refused_unchanged(b, path, match)


def test_an_empty_evidence_record_with_an_invented_hash_is_refused(pair, tmp_path):
    from hrdoc.core.evidence import add_evidence

    a, b = pair
    case = a.store.add(Case(title="c"))
    incident = a.store.add(Incident(case_id=case.id, title="i"))
    add_evidence(a.store, incident.id, io.BytesIO(b""), "empty.txt")

    def invented(kind, row):  # type: ignore[no-untyped-def]
        return row | {"sha256": "ab" * 32} if kind == "evidence" else row

    path = forged(a, b, bundle_from(a, b, tmp_path), tmp_path, invented)
    refused_unchanged(b, path, "not that of an empty file")


def test_a_passphrase_bundle_without_the_flag_says_how_to_import_it(pair, tmp_path):
    a, b = pair
    a.store.add(Case(title="c"))
    path = tmp_path / "p.age"
    export_bundle(a.store, profile="partner", dest=path, passphrase="a long shared passphrase")
    with pytest.raises(BundleError, match="--passphrase-bundle"):
        import_bundle(b.store, path)
    with pytest.raises(BundleError, match="wrong passphrase"):
        import_bundle(b.store, path, passphrase="another long passphrase here")


# --- oversized inputs: refused before the work, in bounded memory ---------------------

PEAK = """
def peak_mb():  # VmHWM: this process's own peak (ru_maxrss would include the parent's)
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
"""


def run_child(code: str, tmp_path: Path) -> tuple[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", PEAK + code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
        env=os.environ | {"HRDOC_HOME": str(tmp_path / "home")},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    message, _, peak = result.stdout.strip().rpartition("\n")
    return message, float(peak)


def rechecked(doc: dict) -> dict:
    """A key-slot file edited on purpose: its checksum recomputed too."""
    from hrdoc.core.keyslots import _checksum

    return doc | {"check": _checksum(doc["vault_id"], doc["slots"])}


needs_proc = pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="peak memory is read from /proc (Linux)"
)


@needs_proc
@pytest.mark.slow
def test_a_100_mb_stix_pattern_is_refused_in_bounded_memory(tmp_path):
    path = tmp_path / "big.stix2"
    pattern = "[domain-name:value='" + "a" * (100 << 20) + "']"
    path.write_text(
        json.dumps({"type": "bundle", "objects": [{"type": "indicator", "pattern": pattern}]})
    )
    message, peak = run_child(
        f"""
from hrdoc.exchange.stix import StixError, read_stix_file
from pathlib import Path
try:
    read_stix_file(Path({str(path)!r}))
except StixError as exc:
    print(exc)
print(peak_mb())
""",
        tmp_path,
    )
    assert "no indicators hrdoc can use" in message and len(message) < 200
    assert peak <= 300, f"{peak:.0f} MB"


@needs_proc
@pytest.mark.slow
def test_a_key_slot_asking_for_4_gib_is_refused_in_bounded_memory(created, vault_dir, tmp_path):
    created.vault.lock()
    keys = vault_dir / "vault.keys"
    doc = json.loads(keys.read_text())
    doc["slots"]["passphrase"]["kdf"]["memory_kib"] = 4 << 20
    keys.write_text(json.dumps(rechecked(doc)))
    message, peak = run_child(
        f"""
from hrdoc.core.errors import HrdocError
from hrdoc.core.vault import Vault
try:
    Vault.open({str(vault_dir)!r}, "correct horse battery staple")
except HrdocError as exc:
    print(exc)
print(peak_mb())
""",
        tmp_path,
    )
    assert "never uses" in message and "4096 MiB" in message
    assert peak <= 300, f"{peak:.0f} MB"


@needs_proc
@pytest.mark.slow
def test_a_scrypt_work_factor_of_22_is_refused_in_bounded_memory(tmp_path):
    import pyrage

    data = bytes(pyrage.passphrase.encrypt(b"x" * 300, "a long shared passphrase"))
    head, _, rest = data.partition(b"\n")
    stanza, _, rest = rest.partition(b"\n")
    parts = stanza.split(b" ")
    forged_file = tmp_path / "p.age"
    forged_file.write_bytes(head + b"\n" + b" ".join([*parts[:-1], b"22"]) + b"\n" + rest)
    message, peak = run_child(
        f"""
from pathlib import Path
from hrdoc.core.agefile import AgeError, decrypt_bytes_with_passphrase
try:
    data = Path({str(forged_file)!r}).read_bytes()
    decrypt_bytes_with_passphrase(data, "a long shared passphrase")
except AgeError as exc:
    print(exc)
print(peak_mb())
""",
        tmp_path,
    )
    assert "work factor 22" in message
    assert peak <= 300, f"{peak:.0f} MB"


@pytest.mark.parametrize("kind", [tarfile.XHDTYPE, tarfile.GNUTYPE_LONGNAME])
def test_a_huge_name_header_before_the_manifest_is_refused_unread(pair, tmp_path, kind):
    a, b = pair
    a.store.add(Case(title="c"))
    plain = plaintext_of(b, bundle_from(a, b, tmp_path))
    header = tarfile.TarInfo("././@LongLink")
    header.type = kind
    header.size = 256 << 20  # announced, never read
    hostile = header.tobuf(format=tarfile.USTAR_FORMAT) + plain
    path = encrypt_to(b, hostile, tmp_path / "hostile.age")
    before = b.vault_bytes()
    with pytest.raises(BundleError, match="bundles hold only plain files") as caught:
        import_bundle(b.store, path)
    assert len(str(caught.value)) < 200
    assert b.vault_bytes() == before


# --- every reader of outside JSON -------------------------------------------------------


def _containers(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    arrays = st.lists(inner, max_size=3).map(lambda xs: "[" + ",".join(xs) + "]")
    objects = st.lists(inner, max_size=3).map(
        lambda xs: "{" + ",".join(f'"k{i}":{x}' for i, x in enumerate(xs)) + "}"
    )
    return arrays | objects


@settings(max_examples=300, deadline=None)
@given(
    st.recursive(
        st.sampled_from(["0", "1e999", "NaN", '"\\ud800"', '"x"', "9" * 5000, "true", "null"]),
        _containers,
        max_leaves=8,
    ),
    st.integers(0, 3000),
)
def test_the_json_reader_gives_a_value_or_one_line(text, depth):
    from hrdoc.core.errors import InvalidInput
    from hrdoc.core.jsonin import parse_json

    doc = "[" * depth + text + "]" * depth
    try:
        value = parse_json(doc.encode(), "input")
    except InvalidInput as exc:
        assert str(exc).startswith("input ") and "\n" not in str(exc)
    else:
        json.dumps(value, ensure_ascii=False).encode("utf-8")  # it can be written


def test_stix_files_with_deep_nesting_or_ids_as_lists(tmp_path):
    from hrdoc.exchange.stix import StixError, read_stix

    with pytest.raises(StixError, match="nested too deeply"):
        read_stix(nested(100_000).encode(), "deep.json")
    objects = [
        {"type": "malware", "id": ["malware--1"], "name": "X"},
        {
            "type": "relationship",
            "relationship_type": "indicates",
            "target_ref": ["m"],
            "source_ref": "indicator--1",
        },
        {"type": "indicator", "id": "indicator--1", "pattern": "[domain-name:value='a.example']"},
    ]
    _summary, rows = read_stix(json.dumps({"type": "bundle", "objects": objects}), "f.json")
    assert rows == [("domain", "a.example", "unknown", "indicator--1")]


def test_mvt_json_nested_too_deeply(tmp_path):
    from hrdoc.exchange.mvt import MvtError, _load_json

    path = tmp_path / "alerts.json"
    path.write_text(nested(100_000))
    with pytest.raises(MvtError, match="nested too deeply"):
        _load_json(path)


@pytest.mark.parametrize(
    "change, match",
    [
        ({"salt": ""}, "0-byte salt"),
        ({"salt": "AAAAAA=="}, "4-byte salt"),
        ({"lanes": 64, "memory_kib": 8}, "never uses"),
        ({"iterations": 64}, "never uses"),
    ],
)
def test_key_slot_settings_hrdoc_never_uses(created, vault_dir, change, match):
    from hrdoc.core.errors import VaultCorrupt
    from hrdoc.core.vault import Vault
    from tests.conftest import PASSPHRASE

    created.vault.lock()
    keys = vault_dir / "vault.keys"
    doc = json.loads(keys.read_text())
    doc["slots"]["passphrase"]["kdf"].update(change)
    keys.write_text(json.dumps(rechecked(doc)))
    before = (vault_dir / "vault.db").read_bytes()
    with pytest.raises(VaultCorrupt, match=match):
        Vault.open(vault_dir, PASSPHRASE)
    assert (vault_dir / "vault.db").read_bytes() == before


def test_a_cut_key_slot_is_damage_not_a_wrong_passphrase(created, vault_dir):
    from hrdoc.core.errors import VaultCorrupt
    from hrdoc.core.vault import Vault
    from tests.conftest import PASSPHRASE

    created.vault.lock()
    keys = vault_dir / "vault.keys"
    doc = json.loads(keys.read_text())
    doc["slots"]["passphrase"]["sealed_key"] = doc["slots"]["passphrase"]["sealed_key"][:20]
    keys.write_text(json.dumps(doc))
    with pytest.raises(VaultCorrupt, match="its checksum differs"):
        Vault.open(vault_dir, PASSPHRASE)
    keys.write_text(json.dumps(rechecked(doc)))  # cut on purpose, checksum and all
    with pytest.raises(VaultCorrupt, match=r"\(passphrase slot is cut\)"):
        Vault.open(vault_dir, PASSPHRASE)


def test_a_bundle_manifest_nested_too_deeply(pair, tmp_path):
    from tests.test_bundles import build_tar, info

    a, b = pair
    manifest = nested(100_000).encode()
    signature = a.identity.sign(manifest)
    items = [(info("manifest.json"), manifest), (info("manifest.sig"), signature)]
    path = encrypt_to(b, build_tar(items), tmp_path / "deep.age")
    with pytest.raises(BundleError, match="nested too deeply"):
        import_bundle(b.store, path)


@pytest.mark.parametrize(
    "argv, flag",
    [
        (["passwd"], "--new-passphrase-file"),
        (
            ["export", "bundle", "--passphrase-recipient", "--profile", "partner", "-o", "{out}"],
            "--bundle-passphrase-file",
        ),
    ],
)
def test_a_missing_secret_names_its_own_flag(cli, vault_dir, tmp_path, argv, flag):
    assert cli("init").code == 0
    result = cli(*[a.format(out=tmp_path / "b.age") for a in argv])
    one_line_refusal(result)
    assert flag in result.err


@needs_proc
@pytest.mark.slow
def test_a_256_mib_name_header_is_refused_in_bounded_memory(pair, tmp_path):
    a, b = pair
    a.store.add(Case(title="c"))
    plain = plaintext_of(b, bundle_from(a, b, tmp_path))
    header = tarfile.TarInfo("././@LongLink")
    header.type = tarfile.GNUTYPE_LONGNAME
    name = b"n" * (256 << 20)  # really there, as in the review
    header.size = len(name)
    hostile = header.tobuf(format=tarfile.USTAR_FORMAT) + name + plain
    path = encrypt_to(b, hostile, tmp_path / "hostile.age")
    del hostile, name
    b.vault.lock()
    message, peak = run_child(
        f"""
from pathlib import Path
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.exchange.bundle import BundleError, import_bundle
vault = Vault.open(Path({str(b.folder)!r}), "NGO B long passphrase for tests")
try:
    import_bundle(Store(vault), Path({str(path)!r}))
except BundleError as exc:
    print(exc)
vault.lock()
print(peak_mb())
""",
        tmp_path,
    )
    assert "GNU long-name header" in message and len(message) < 200
    assert peak <= 300, f"{peak:.0f} MB"
    from hrdoc.core.store import Store
    from hrdoc.core.vault import Vault

    b.vault = Vault.open(b.folder, "NGO B long passphrase for tests")
    b.store = Store(b.vault)


def test_a_changed_vault_id_is_damage_not_a_wrong_passphrase(created, vault_dir):
    from hrdoc.core.errors import VaultCorrupt
    from hrdoc.core.vault import Vault
    from tests.conftest import PASSPHRASE

    created.vault.lock()
    keys = vault_dir / "vault.keys"
    doc = json.loads(keys.read_text())
    doc["vault_id"] = doc["vault_id"][:-1] + ("0" if doc["vault_id"][-1] != "0" else "1")
    keys.write_text(json.dumps(doc))
    with pytest.raises(VaultCorrupt, match="altered or damaged"):
        Vault.open(vault_dir, PASSPHRASE)


def test_the_published_incident_schema_agrees_with_the_record():
    import jsonschema

    from hrdoc.core.records import Incident

    schema = json.loads(
        (Path(__file__).resolve().parents[1] / "resources/schema/incident.schema.json").read_text()
    )
    meta = {"version", "created_at", "updated_at", "author"}
    assert set(schema["properties"]) == set(Incident.field_names()) - meta
    validator = jsonschema.Draft202012Validator(schema)
    good = {
        "case_id": "c",
        "title": "t",
        "latitude": 33,
        "longitude": 35,
        "start_date": "2024-03",
        "types": ["phishing"],
        "country": "LB",
    }
    assert not list(validator.iter_errors(good))
    Incident.from_dict(good)  # and hrdoc takes it
    for bad in ({"title": 5}, {"title": "t", "place": ["x"]}, {"title": "t", "colour": "red"}):
        assert list(validator.iter_errors(bad)), bad


@settings(max_examples=40, deadline=None)
@given(
    field=st.sampled_from(["size", "checksum", "type", "name"]),
    raw=st.binary(min_size=1, max_size=12),
)
@example(field="size", raw=b"\xff")  # base-256 minus one
def test_any_forged_header_field_is_refused_by_the_tar_reader(field, raw):
    """Each field of an entry's header forged (a negative base-256 size, a
    bad checksum, another type, a name of bytes): a one-line refusal, never
    a read of everything that follows."""

    from hrdoc.exchange.bundle import BundleError
    from hrdoc.exchange.bundle_tar import TarStream, check_member

    header = bytearray(tarfile.TarInfo("manifest.json").tobuf(format=tarfile.USTAR_FORMAT))
    where = {"size": (124, 12), "checksum": (148, 8), "type": (156, 1), "name": (0, 100)}
    at, width = where[field]
    piece = (raw * width)[:width]
    header[at : at + width] = piece
    if field != "checksum":  # a correct checksum over the forged header
        header[148:156] = b" " * 8
        header[148:156] = b"%06o\0 " % sum(header)
    rest = _CountingSource(bytes(header) + b"x" * (1 << 20))
    archive = TarStream(rest)
    try:
        member = archive.next()
        assert member is not None
        check_member(member, 1 << 16)
        data = archive.read(member.size)
        assert len(data) == member.size <= 1 << 16
    except BundleError as exc:
        assert "\n" not in str(exc) and len(str(exc)) < 300
    assert rest.largest <= (1 << 16) + 512


class _CountingSource:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0
        self.largest = 0

    def read(self, n: int = -1) -> bytes:
        assert n is not None and n >= 0, "read everything that follows"
        self.largest = max(self.largest, n)
        piece = self.data[self.at : self.at + n]
        self.at += len(piece)
        return piece
