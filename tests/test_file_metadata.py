"""Evidence carries its own secrets: metadata is found at intake and never
leaves below the full profile; the full profile keeps originals byte-identical."""

from __future__ import annotations

import io
import tarfile
import zipfile

import pikepdf
import pyrage
import pytest
from PIL import Image, PngImagePlugin

from hrdoc.core import filemeta
from hrdoc.core.evidence import add_evidence, export_evidence
from hrdoc.core.records import Case, Evidence, Incident, Sensitivity
from hrdoc.exchange import contacts
from hrdoc.exchange.bundle import export_bundle
from hrdoc.reports.export import export_report
from tests.test_bundles import Party
from tests.test_reports import pdf_streams

CANARY = "CnryMetaZq7"
PUBLIC = Sensitivity.PUBLIC


def jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x013B] = CANARY  # Artist
    exif[0x010F] = CANARY  # Make
    exif[0x8825] = {1: "N", 2: (33.0, 53.0, 0.0), 3: "E", 4: (35.0, 30.0, 0.0)}
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(
        out, "JPEG", exif=exif, comment=CANARY.encode(), xmp=f"<x>{CANARY}</x>".encode()
    )
    return out.getvalue()


def png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", CANARY)
    info.add_itxt("Comment", CANARY)
    out = io.BytesIO()
    Image.new("RGB", (20, 20), (0, 0, 255)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def pdf() -> bytes:
    doc = pikepdf.new()
    doc.add_blank_page()
    doc.docinfo["/Author"] = CANARY
    doc.docinfo["/Title"] = CANARY
    with doc.open_metadata() as meta:
        meta["dc:creator"] = [CANARY]
    out = io.BytesIO()
    doc.save(out, compress_streams=False)
    return out.getvalue()


def docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(
            "docProps/core.xml",
            f'<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:creator>{CANARY}</dc:creator>'
            "</cp:coreProperties>",
        )
        z.writestr("docProps/app.xml", f"<Properties><Company>{CANARY}</Company></Properties>")
        z.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="w"><w:ins w:author="{CANARY}" w:id="1">'
            "<w:r><w:t>hello</w:t></w:r></w:ins></w:document>",
        )
    return out.getvalue()


def mp3() -> bytes:
    from mutagen.id3 import COMM, ID3, TPE1

    buffer = io.BytesIO((b"\xff\xfb\x90\x64" + bytes(413)) * 20)
    tags = ID3()
    tags.add(TPE1(encoding=3, text=CANARY))
    tags.add(COMM(encoding=3, lang="eng", desc="", text=CANARY))
    tags.save(buffer)
    return buffer.getvalue()


def box(kind: bytes, payload: bytes) -> bytes:
    return (8 + len(payload)).to_bytes(4, "big") + kind + payload


def hdlr(handler: bytes) -> bytes:
    return box(b"hdlr", bytes(8) + handler + bytes(12) + b"\0")


def mp4(extra_track: bytes = b"") -> bytes:
    """An MP4 as phones write them: location in moov/udta/©xyz, Apple keys in
    moov/meta, XMP in a uuid box, a video track."""
    video = box(b"trak", box(b"tkhd", bytes(84)) + box(b"mdia", hdlr(b"vide")))
    moov = box(
        b"moov",
        box(b"mvhd", bytes(100))
        + video
        + extra_track
        + box(b"udta", box(b"\xa9xyz", b"\x00\x11\x15\xc7+33.8833+035.5000/"))
        + box(b"meta", bytes(4) + box(b"ilst", CANARY.encode())),
    )
    return (
        box(b"ftyp", b"isom\0\0\0\0isomiso2mp41")
        + moov
        + box(b"uuid", bytes(16) + f"<x:xmpmeta>{CANARY}</x:xmpmeta>".encode())
        + box(b"mdat", bytes(1000))
    )


FILES = {
    "photo.jpg": jpeg,
    "shot.png": png,
    "letter.pdf": pdf,
    "report.docx": docx,
    "voice.mp3": mp3,
    "clip.mov": mp4,
}


@pytest.mark.parametrize("name", FILES)
def test_each_kind_is_found_and_cleaned(name):
    raw = FILES[name]()
    assert CANARY.encode() in raw
    assert filemeta.inspect(raw, name), "what the file holds is shown at intake"
    cleaned = filemeta.clean(raw, name)
    assert CANARY.encode() not in cleaned.data and b"+33.88" not in cleaned.data
    assert CANARY.encode() not in pdf_streams(cleaned.data)
    assert cleaned.removed
    if name.endswith((".jpg", ".png")):
        with Image.open(io.BytesIO(cleaned.data)) as image:
            assert image.size == Image.open(io.BytesIO(raw)).size


@pytest.fixture
def defender(tmp_path):
    a, b = Party(tmp_path / "a", "Defender A"), Party(tmp_path / "b", "NGO B")
    a.knows(b)
    case = a.store.add(Case(title="c", sensitivity=PUBLIC))
    incident = a.store.add(Incident(case_id=case.id, title="i", sensitivity=PUBLIC))
    ids = {}
    for name, make in FILES.items():
        ids[name] = add_evidence(
            a.store, incident.id, io.BytesIO(make()), name, sensitivity=PUBLIC, publishable=True
        ).id
    ids["clip.mp4"] = add_evidence(
        a.store, incident.id, io.BytesIO(b"\0\0\0\x18ftypmp42" + CANARY.encode()), "clip.mp4"
    ).id  # a damaged video: it cannot be cleaned
    yield a, b, ids
    a.vault.lock()
    b.vault.lock()


def _bundle_files(a, b, tmp_path, profile, **options) -> dict[str, bytes]:
    dest = tmp_path / f"{profile}.age"
    card = contacts.get(a.vault, "NGO B").card
    result = export_bundle(a.store, profile=profile, dest=dest, to=[card], **options)
    plain = pyrage.decrypt(dest.read_bytes(), [b.identity.age_identity()])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        files = {m.name: tar.extractfile(m).read() for m in tar}
    files["(withheld)"] = "\n".join(result.withheld_files).encode()
    return files


def test_partner_bundle_carries_no_metadata_and_withholds_what_it_cannot_clean(defender, tmp_path):
    a, b, ids = defender
    files = _bundle_files(a, b, tmp_path, "partner")
    for name, data in files.items():
        if name != "(withheld)":
            assert CANARY.encode() not in data, name
            assert CANARY.encode() not in pdf_streams(data), name
    assert b"clip.mp4" in files["(withheld)"]
    evidence = [n for n in files if n.startswith("evidence/")]
    assert len(evidence) == len(FILES)  # the cleanable files; the damaged video withheld
    copies = [e for e in a.store.find(Evidence) if e.derived_from]
    assert {c.derived_from for c in copies} == {ids[n] for n in FILES}
    for copy in copies:
        note = copy.custody[-1]
        assert note["event"] == "metadata removed" and note["original_sha256"]
    # a second bundle reuses the copies: no new evidence in the vault
    before = len(a.store.find(Evidence))
    _bundle_files(a, b, tmp_path, "partner")
    assert len(a.store.find(Evidence)) == before


def test_a_file_sent_on_purpose_goes_as_it_is(defender, tmp_path):
    a, b, ids = defender
    files = _bundle_files(a, b, tmp_path, "partner", send_original=[ids["clip.mp4"]])
    assert any(CANARY.encode() in data for name, data in files.items() if name != "(withheld)")
    assert files["(withheld)"] == b""


def test_full_profile_keeps_originals_byte_identical(defender, tmp_path):
    a, b, ids = defender
    files = _bundle_files(a, b, tmp_path, "full")
    for evidence_id in ids.values():
        buffer = io.BytesIO()
        record = export_evidence(a.store, evidence_id, buffer)
        assert files[f"evidence/{record.sha256}"] == buffer.getvalue()


@pytest.mark.parametrize("fmt", ["html", "pdf", "json", "csv"])
def test_public_report_holds_no_metadata_canary(defender, tmp_path, fmt):
    a, _b, _ids = defender
    dest = tmp_path / f"r.{fmt}"
    export_report(a.store, profile="public", fmt=fmt, dest=dest)
    data = dest.read_bytes()
    assert CANARY.encode() not in data and CANARY.encode() not in pdf_streams(data)


def test_a_file_made_secret_after_its_copy_was_made_does_not_leave(defender, tmp_path):
    a, b, ids = defender
    _bundle_files(a, b, tmp_path, "partner")  # makes the copies
    photo = a.store.get(Evidence, ids["photo.jpg"])
    photo.sensitivity = Sensitivity.SECRET
    a.store.update(photo)
    copy = next(e for e in a.store.find(Evidence) if e.derived_from == photo.id)
    files = _bundle_files(a, b, tmp_path, "partner")
    assert f"evidence/{copy.sha256}" not in files
    assert b"photo.jpg" not in b"".join(files.values())


def test_the_dry_run_preview_counts_files_that_will_be_cleaned(defender):
    from hrdoc.core.redaction import redact_cases

    a, _b, _ids = defender
    before = len(a.store.find(Evidence))
    redacted = redact_cases(a.store, "partner", clean_files=True, dry_run=True)
    assert len(redacted.of("evidence")) == len(FILES)  # the damaged video is withheld
    assert len(a.store.find(Evidence)) == before  # a dry run makes no copy


def test_evidence_add_says_what_the_file_holds(cli, tmp_path):
    cli("init", "--sample")
    incident = cli("incident", "list", "--json")
    first = __import__("json").loads(incident.out)[0]["id"]
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg())
    result = cli("evidence", "add", "--incident", first, str(photo))
    assert result.code == 0
    assert "location (GPS)" in result.out and "author (Artist)" in result.out
    assert CANARY not in result.out  # what it holds, never the values
    other = tmp_path / "notes.txt"
    other.write_text("plain")
    assert "holds" not in cli("evidence", "add", "--incident", first, str(other)).out


def test_plain_text_goes_as_it_is_and_binary_under_a_text_name_does_not(defender, tmp_path):
    a, b, ids = defender
    incident = a.store.get(Evidence, ids["photo.jpg"]).incident_id
    text = "تقرير: the SMS said 'click here'\n".encode() * 100
    add_evidence(a.store, incident, io.BytesIO(text), "alerts.json")
    add_evidence(a.store, incident, io.BytesIO(b"\x00\x01" + CANARY.encode()), "fake.txt")
    files = _bundle_files(a, b, tmp_path, "partner")
    assert text in files.values()
    assert b"fake.txt" in files["(withheld)"]
    assert all(CANARY.encode() not in data for n, data in files.items() if n != "(withheld)")


def test_a_destination_that_cannot_be_written_changes_nothing(defender, tmp_path):
    from tests.conftest import snapshot

    def state():  # the -shm file is SQLite's index of the WAL, touched by every read
        return {k: v for k, v in snapshot(a.folder).items() if not k.endswith("-shm")}

    a, _b, _ids = defender
    before = state()
    card = contacts.get(a.vault, "NGO B").card
    with pytest.raises(OSError):
        export_bundle(a.store, profile="partner", dest=tmp_path / "no" / "b.age", to=[card])
    assert state() == before  # no clean copy was kept


def test_metadata_found_at_intake_is_a_field_that_starts_secret(defender, tmp_path):
    from hrdoc.core.evidence import add_evidence_file

    a, b, ids = defender
    incident = a.store.get(Evidence, ids["photo.jpg"]).incident_id
    path = tmp_path / "from-disk.jpg"
    path.write_bytes(jpeg())
    record = add_evidence_file(a.store, incident, path, sensitivity=PUBLIC)
    assert record.file_metadata["location (GPS)"] == "33.88333, 35.50000"
    assert record.file_metadata["author (Artist)"] == CANARY
    assert record.effective_sensitivity("file_metadata") == Sensitivity.SECRET
    partner = b"".join(_bundle_files(a, b, tmp_path, "partner").values())
    assert b"33.88333" not in partner and CANARY.encode() not in partner
    full = b"".join(_bundle_files(a, b, tmp_path, "full").values())
    assert b"33.88333, 35.50000" in full  # the record's field, and the original file
    # made less protected on purpose: the field goes as data, the file still clean
    record.field_sensitivity["file_metadata"] = Sensitivity.RESTRICTED
    a.store.update(record)
    files = _bundle_files(a, b, tmp_path, "partner")
    records = files["records/evidence.jsonl"]
    assert b"33.88333, 35.50000" in records
    assert all(CANARY.encode() not in d for n, d in files.items() if n.startswith("evidence/"))


def test_a_video_keeps_its_size_and_boxes_and_loses_its_location():
    raw = mp4()
    cleaned = filemeta.clean(raw, "clip.mov").data
    assert len(cleaned) == len(raw)
    assert cleaned[-1008:] == raw[-1008:]  # the media data did not move
    assert b"free" in cleaned and b"udta" not in cleaned and b"\xa9xyz" not in cleaned


@pytest.mark.parametrize("handler", [b"meta", b"text", b"sbtl", b"camm"])
def test_a_video_with_a_sensor_or_subtitle_track_is_withheld(handler):
    track = box(b"trak", box(b"mdia", hdlr(handler)))
    with pytest.raises(filemeta.CannotClean, match="track of other data"):
        filemeta.clean(mp4(track), "clip.mp4")


def test_a_video_says_where_it_was_made():
    assert filemeta.inspect(mp4(), "clip.mov")["location (GPS)"] == "+33.8833+035.5000"
