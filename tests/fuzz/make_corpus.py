"""Write the fuzzing seeds (tests/fuzz/corpus/<target>/seed-*): one valid
input per parser, made by hrdoc itself, for the fuzzer to mutate. Run from
the repository after a format changes:

    .venv/bin/python -m tests.fuzz.make_corpus
"""

from __future__ import annotations

import io
import json
import os
import tarfile
import tempfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
PASSPHRASE = "seed corpus passphrase: quartz lantern meadow orbit"


def write(target: str, name: str, data: bytes) -> None:
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import pyrage

    from hrdoc.core import agefile, passphrases
    from hrdoc.core.keyslots import Argon2Params
    from hrdoc.core.records import Case, Incident
    from hrdoc.core.sample import load_sample
    from hrdoc.core.store import Store
    from hrdoc.core.vault import Vault
    from hrdoc.exchange.bundle_export import export_bundle
    from hrdoc.exchange.identity import VaultIdentity
    from hrdoc.exchange.stix_export import export_stix

    for old in CORPUS.glob("*/seed-*"):  # inputs a fuzzing run found stay
        old.unlink()

    identity = pyrage.x25519.Identity.generate()
    write("age_header", "seed-x25519.age", pyrage.encrypt(b"seed", [identity.to_public()]))
    write(
        "age_header",
        "seed-armored.age",
        agefile_armored(pyrage.encrypt(b"s", [identity.to_public()])),
    )

    with tempfile.TemporaryDirectory() as tmp:
        passphrases.check = lambda *a, **k: None  # type: ignore[assignment]  # seeds only
        vault, _code = Vault.create(Path(tmp) / "v", PASSPHRASE, kdf_params=Argon2Params())
        store = Store(vault)
        load_sample(store)
        bundle = Path(tmp) / "b.age"
        export_bundle(store, profile="partner", dest=bundle, passphrase=PASSPHRASE)
        plain = agefile.decrypt_bytes_with_passphrase(bundle.read_bytes(), PASSPHRASE)
        write("bundle_tar", "seed-sample.tar", plain)
        with tarfile.open(fileobj=io.BytesIO(plain)) as archive:
            member = archive.extractfile("manifest.json")
            assert member is not None
            write("manifest", "seed-sample.json", member.read())
        made = export_stix(store, profile="partner")
        write("stix", "seed-sample.json", json.dumps(made.bundle, indent=1).encode())
        write("card", "seed-card.txt", VaultIdentity(vault).card().to_text().encode())
        case = store.add(Case(title="seed"))
        incident = Incident(case_id=case.id, title="Phone seized", start_date="2016-08")
        write("from_json", "seed-incident.json", json.dumps(incident.to_dict()).encode())
        vault.lock()

    write(
        "mvt",
        "seed-alerts.json",
        json.dumps(
            {
                "info.json": {"mvt_version": "2.6.1", "date": "2026-01-01", "ioc_files": []},
                "alerts.json": [
                    {
                        "level": "high",
                        "module": "SMS",
                        "message": "Malicious link",
                        "event_time": "2016-08-10 10:00:00",
                        "matched_indicator": {"value": "lure.example", "type": "domain"},
                    }
                ],
            }
        ).encode(),
    )
    from importlib import resources

    public = resources.files("hrdoc.resources").joinpath("redaction", "public.json").read_bytes()
    write("profile", "seed-public.json", public)
    write(
        "csv",
        "seed-incidents.csv",
        b"title,date,country,type\nPhone searched,2016-08-10,AE,device_search_border\n",
    )
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["title", "date", "country"])
    sheet.append(["Phone searched", "2016-08-10", "AE"])
    out = io.BytesIO()
    book.save(out)
    write("xlsx", "seed-incidents.xlsx", out.getvalue())
    file_metadata_seeds()


def file_metadata_seeds() -> None:
    """Evidence with metadata to find and remove: a photo with GPS, a PDF
    with an author, a Word document with properties."""
    import zipfile

    import pikepdf
    from PIL import Image

    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (33.0, 53.0, 0.0), 3: "E", 4: (35.0, 30.0, 0.0)}
    exif[0x0110] = "Pixel 7"
    photo = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(photo, "JPEG", exif=exif)
    write("file_metadata", "seed-photo.jpg", photo.getvalue())
    png = io.BytesIO()
    Image.new("RGB", (4, 4)).save(png, "PNG")
    write("file_metadata", "seed-scan.png", png.getvalue())
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.docinfo["/Author"] = "Seed Author"
    out = io.BytesIO()
    pdf.save(out)
    write("file_metadata", "seed-letter.pdf", out.getvalue())
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "docProps/core.xml",
            "<cp:coreProperties><dc:creator>Seed Author</dc:creator></cp:coreProperties>",
        )
        archive.writestr("word/document.xml", "<w:document/>")
    write("file_metadata", "seed-report.docx", docx.getvalue())


def agefile_armored(binary: bytes) -> bytes:
    import base64

    body = base64.b64encode(binary).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return (
        "-----BEGIN AGE ENCRYPTED FILE-----\n"
        + "\n".join(lines)
        + "\n-----END AGE ENCRYPTED FILE-----\n"
    ).encode()


if __name__ == "__main__":
    main()
