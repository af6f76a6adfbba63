"""Redacted reports in every format: nothing withheld gets out, Arabic renders,
hostile text stays text, Uwazi can read the CSV, images lose their metadata."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import unicodedata
import zlib
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from hrdoc.core.evidence import add_evidence
from hrdoc.core.records import (
    Actor,
    Case,
    Evidence,
    Incident,
    Indicator,
    Intervention,
    Involvement,
    Sensitivity,
)
from hrdoc.reports.export import export_report

PUBLIC, RESTRICTED, SECRET = Sensitivity.PUBLIC, Sensitivity.RESTRICTED, Sensitivity.SECRET
FORMATS = ("html", "pdf", "json", "csv")


def need(tool: str) -> str:
    path = shutil.which(tool)
    if not path:
        pytest.skip(f"{tool} is not installed (CI installs poppler-utils)")
    return path


def pdf_text(path: Path) -> str:
    return subprocess.run(
        [need("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def pdf_streams(data: bytes) -> bytes:
    """Every stream of the PDF, inflated where it is compressed."""
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        raw = match.group(1)
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return b"\n".join(out)


def logical(text: str) -> str:
    """pdftotext may give Arabic presentation forms and bidi marks: fold them away."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


class Canaries:
    """Distinct canary strings, one per withheld place, by the level that hides it."""

    def __init__(self) -> None:
        self.secret: dict[str, str] = {}
        self.restricted: dict[str, str] = {}

    def make(self, level: str, where: str) -> str:
        value = f"Cnry{level[:3]}{where.replace('.', '').replace('_', '')}Zq"
        (self.secret if level == "secret" else self.restricted)[where] = value
        return value


@pytest.fixture
def canary_vault(store):
    c = Canaries()
    case = store.add(
        Case(
            title="Public case title",
            description=c.make("secret", "case.description"),
            sensitivity=PUBLIC,
            field_sensitivity={"description": SECRET},
        )
    )
    incident = store.add(
        Incident(
            case_id=case.id,
            title="Public incident",
            description=(
                "The defender CNRYSECPERSONNAME   cnrysecpersonsurname met "
                "cnrysecalias at the checkpoint."
            ),
            start_date="2024-03-05",
            country="EG",
            region=c.make("restricted", "incident.region_field"),
            place=c.make("restricted", "incident.place"),
            latitude=12.345678,
            longitude=23.456789,
            sources=[c.make("secret", "incident.sources")],
            types=["device_seizure"],
            sensitivity=PUBLIC,
            field_sensitivity={"region": RESTRICTED},
        )
    )
    store.add(
        Incident(
            case_id=case.id,
            title=c.make("restricted", "incident.title_restricted_record"),
            sensitivity=RESTRICTED,
        )
    )
    store.add(
        Incident(
            case_id=case.id,
            title=c.make("secret", "incident.title_secret_record"),
            sensitivity=SECRET,
        )
    )
    person = Actor(
        name="CnrySecPersonName CnrySecPersonSurname",
        aliases=["CnrySecAlias"],
        contact=c.make("secret", "actor.contact"),
        attributes={"profession": c.make("restricted", "actor.attributes")},
        description=c.make("restricted", "actor.description"),
        sensitivity=RESTRICTED,
    )
    c.secret["actor.name"] = "CnrySecPersonName"
    c.secret["actor.surname"] = "CnrySecPersonSurname"
    c.secret["actor.alias"] = "CnrySecAlias"
    store.add(person)
    store.add(
        Involvement(
            incident_id=incident.id,
            actor_id=person.id,
            role="target",
            notes=c.make("restricted", "involvement.notes"),
            sensitivity=PUBLIC,
        )
    )
    store.add(
        Indicator(
            incident_id=incident.id,
            type="domain",
            value="public-indicator.example",
            source=c.make("secret", "indicator.source"),
            notes=c.make("restricted", "indicator.notes"),
            sensitivity=PUBLIC,
            field_sensitivity={"notes": RESTRICTED},
        )
    )
    store.add(
        Intervention(
            case_id=case.id,
            incident_id=incident.id,
            kind="legal_complaint",
            by=c.make("restricted", "intervention.by"),
            outcome="Public outcome",
            sensitivity=PUBLIC,
        )
    )
    add_evidence(
        store,
        incident.id,
        io.BytesIO(b"evidence bytes"),
        c.make("restricted", "evidence.file_name") + ".txt",
        origin=c.make("secret", "evidence.source"),
        sensitivity=PUBLIC,
        publishable=True,
    )
    c.secret["incident.latitude"] = "12.345678"
    return store, c


def export(store, tmp_path, profile, fmt, **kwargs) -> tuple[Path, bytes]:
    dest = tmp_path / f"{profile}.{fmt}"
    export_report(store, profile=profile, fmt=fmt, dest=dest, **kwargs)
    return dest, dest.read_bytes()


def texts_of(dest: Path, data: bytes, fmt: str) -> list[str]:
    """Everything a reader (or a tool) can get out of the file, as text."""
    out = [data.decode("utf-8", errors="replace"), data.decode("latin-1")]
    if fmt == "pdf":
        # NFKC: Qt draws "fi" as a ligature, which pdftotext gives back as "ﬁ"
        out += [logical(pdf_text(dest)), pdf_streams(data).decode("latin-1")]
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_public_report_holds_no_restricted_or_secret_canary(canary_vault, tmp_path, fmt):
    store, c = canary_vault
    dest, data = export(store, tmp_path, "public", fmt)
    everything = "\n".join(texts_of(dest, data, fmt)).lower()
    assert "public incident" in everything
    for where, canary in {**c.secret, **c.restricted}.items():
        assert canary.lower() not in everything, f"{where} leaked into the {fmt} report"


@pytest.mark.parametrize("fmt", FORMATS)
def test_partner_report_holds_restricted_but_no_secret_canary(canary_vault, tmp_path, fmt):
    store, c = canary_vault
    dest, data = export(store, tmp_path, "partner", fmt)
    everything = "\n".join(texts_of(dest, data, fmt)).lower()
    for where, canary in c.secret.items():
        assert canary.lower() not in everything, f"secret {where} leaked into the {fmt} report"
    shown = {"incident.place", "incident.region_field", "incident.title_restricted_record"}
    if fmt == "json":
        shown = set(c.restricted)
    for where in shown:
        assert c.restricted[where].lower() in everything, f"restricted {where} missing ({fmt})"


def test_pdf_metadata_names_nothing(canary_vault, tmp_path):
    store, _ = canary_vault
    dest, data = export(store, tmp_path, "partner", "pdf")
    info = subprocess.run([need("pdfinfo"), str(dest)], capture_output=True, text=True, check=True)
    assert "Public case title" not in info.stdout
    assert re.search(r"^Author:\s*$", info.stdout, re.M) or "Author:" not in info.stdout
    assert "Public case title".encode("utf-16-be") not in data


def test_pdf_dates_do_not_reveal_the_time_zone(tmp_path, vault_dir):
    """Qt stamps local time with its UTC offset; a defender's offset tells where they are."""
    import os
    import sys

    script = (
        "import sys; from hrdoc.reports.pdf import render; from hrdoc.reports import model;"
        "from hrdoc.core.redaction import redact, load_profile;"
        "m = model.build(redact([], load_profile('public')));"
        "sys.stdout.buffer.write(render(m))"
    )
    env = os.environ | {"TZ": "Asia/Dubai", "QT_QPA_PLATFORM": "offscreen"}
    pdf = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, env=env, check=True
    ).stdout
    assert pdf.startswith(b"%PDF")
    assert b"+04" not in pdf
    stamps = re.findall(rb"D:\d{14}[^)]*", pdf) + re.findall(
        rb"\d{4}-\d\d-\d\dT[\d:]{8}[+Z][\d:]*", pdf
    )
    assert stamps and all(b"000000+00'00'" in s or b"T00:00:00+00:00" in s for s in stamps), stamps
    (tmp_path / "tz.pdf").write_bytes(pdf)
    assert (
        "Pages:"
        in subprocess.run(
            [need("pdfinfo"), str(tmp_path / "tz.pdf")], capture_output=True, text=True, check=True
        ).stdout
    )


def test_json_report_matches_its_schema(canary_vault, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    store, _ = canary_vault
    _, data = export(store, tmp_path, "public", "json")
    schema = json.loads(
        resources.files("hrdoc.resources").joinpath("schema/report.schema.json").read_text("utf-8")
    )
    jsonschema.validate(json.loads(data), schema)


def test_uwazi_csv_has_the_expected_columns(canary_vault, tmp_path):
    store, _ = canary_vault
    incident = store.find(Incident, where={"title": "Public incident"})[0]
    data = incident.to_dict()
    data["field_sensitivity"] |= {"latitude": "restricted", "longitude": "restricted"}
    data["types"] = ["device_seizure", "arrest"]
    store.update(Incident.from_dict(data))
    _, raw = export(store, tmp_path, "partner", "csv")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    assert next(iter(rows[0])) == "title"
    assert {"title", "description", "date", "country", "geolocation", "incident_type"} <= set(
        rows[0]
    )
    row = next(r for r in rows if r["title"] == "Public incident")
    assert row["geolocation"] == "12.345678|23.456789"
    assert row["incident_type"].split("|") == ["Device seizure", "Arrest"]
    assert row["country"] == "EG" and row["date"] == "2024-03-05"
    assert row["people"] == "Person A (Target)"


@pytest.mark.parametrize("title", ["<script>alert(1)</script>", "{{ 7*7 }}", "<b>x</b><img src=x>"])
def test_hostile_titles_stay_literal_text(store, tmp_path, title):
    case = store.add(Case(title="c", sensitivity=PUBLIC))
    store.add(Incident(case_id=case.id, title=title, description=title, sensitivity=PUBLIC))
    _, html = export(store, tmp_path, "public", "html")
    text = html.decode("utf-8")
    assert "<script>alert" not in text and "<img src=x>" not in text
    assert title.replace("<", "&lt;").replace(">", "&gt;") in text
    dest, _ = export(store, tmp_path, "public", "pdf")
    assert title in pdf_text(dest)


def test_arabic_pdf_in_logical_order_and_not_blank(store, tmp_path):
    title = "استهداف مدافعة عن حقوق الإنسان"
    description = "تلقت المدافعة رسالة من NSO Group في 2024 مع رابط https://example.com/x"
    case = store.add(Case(title=title, sensitivity=PUBLIC))
    store.add(
        Incident(
            case_id=case.id,
            title="رسالة نصية خبيثة",
            description=description,
            start_date="2024-03-03",
            types=["malicious_link_sms"],
            country="LB",
            sensitivity=PUBLIC,
        )
    )
    dest, _ = export(store, tmp_path, "public", "pdf", lang="ar")
    text = logical(pdf_text(dest))
    assert title in text
    assert "رسالة نصية خبيثة" in text
    assert "تقرير توثيق" in text  # the Arabic heading
    subprocess.run(
        [
            need("pdftoppm"),
            "-r",
            "40",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(dest),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    png = next(tmp_path.glob("page*.png"))
    with Image.open(png) as image:
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
        # the right half (where right-to-left headings start) holds ink
        right = grey.crop((grey.width // 2, 0, grey.width, grey.height // 4))
        right_dark = sum(right.histogram()[:128])
    assert dark > 200, "the first page is blank"
    assert right_dark > 50, "Arabic headings should start on the right"


@given(
    value=st.one_of(
        st.from_regex(r"\+[0-9]{1,3} [0-9]{3} [0-9]{4}", fullmatch=True),
        st.from_regex(r"[a-z]{3,8}\.[a-z]{2,4}/[a-z0-9]{1,6}", fullmatch=True),
        st.text("0123456789abcdef", min_size=64, max_size=64),
    )
)
@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_arabic_reports_keep_values_left_to_right_and_tables_mirrored(store, tmp_path, value):
    """A phone number, domain or hash reads as written inside Arabic text
    (+000 555 0199 once printed as 0199 555 000+), and a table's first column
    is on the right, in the PDF and the HTML."""
    case = store.add(Case(title="قضية", sensitivity=PUBLIC))
    incident = store.add(
        Incident(case_id=case.id, title="رسالة نصية", start_date="2024-03-03", sensitivity=PUBLIC)
    )
    store.add(
        Indicator(incident_id=incident.id, type="sms_sender", value=value, sensitivity=PUBLIC)
    )
    dest, _ = export(store, tmp_path, "public", "pdf", lang="ar", case_ids=[case.id])
    layout = subprocess.run(
        [need("pdftotext"), "-layout", str(dest), "-"], capture_output=True, text=True, check=True
    ).stdout
    layout = unicodedata.normalize("NFKC", layout)  # the font's "fi" ligature is two letters
    flowing = re.sub(r"\s", "", unicodedata.normalize("NFKC", pdf_text(dest)))  # hashes wrap
    assert value.replace(" ", "") in flowing
    if len(value) < 30:  # short enough not to wrap: exactly as written, left to right
        assert value in layout
    # the timeline's row (the public profile shows the month): date first, so on the right
    timeline = next(line for line in layout.splitlines() if "2024-03" in line and "·" not in line)
    assert timeline.index("2024-03") > len(timeline) // 2, "the first column is on the right"
    _, html = export(store, tmp_path, "public", "html", lang="ar", case_ids=[case.id])
    text = html.decode()
    spans = re.findall(r'class="value"[^>]*>', text)
    assert spans and all('dir="ltr"' in span for span in spans)


def test_the_first_page_is_not_mostly_blank(store, tmp_path):
    """The title page once ended after four lines: the summary follows it."""
    case = store.add(Case(title="Border searches", sensitivity=PUBLIC))
    for n in range(3):
        store.add(
            Incident(
                case_id=case.id,
                title=f"Phone searched {n}",
                start_date="2024-05",
                sensitivity=PUBLIC,
            )
        )
    dest, _ = export(store, tmp_path, "public", "pdf")
    subprocess.run(
        [
            need("pdftoppm"),
            "-r",
            "40",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(dest),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    with Image.open(next(tmp_path.glob("p*.png"))) as image:
        grey = image.convert("L")
        middle = grey.crop((0, grey.height // 3, grey.width, 2 * grey.height // 3))
        assert sum(middle.histogram()[:128]) > 100, "the middle of page 1 is empty"


def jpeg_with_metadata(secret: str) -> bytes:
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010E] = secret  # ImageDescription
    exif[0x013B] = secret  # Artist
    gps = {1: "N", 2: (33.0, 53.0, 0.0), 3: "E", 4: (35.0, 30.0, 0.0)}
    exif[0x8825] = gps
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif, comment=secret.encode())
    return out.getvalue()


def test_published_images_lose_exif_and_gps(store, tmp_path):
    secret = "CnryExifPhotographerZq"
    raw = jpeg_with_metadata(secret)
    assert secret.encode() in raw  # the original does carry it
    case = store.add(Case(title="c", sensitivity=PUBLIC))
    incident = store.add(Incident(case_id=case.id, title="i", sensitivity=PUBLIC))
    add_evidence(
        store,
        incident.id,
        io.BytesIO(raw),
        "photo.jpg",
        sensitivity=PUBLIC,
        publishable=True,
        description="photo",
    )
    _, html = export(store, tmp_path, "public", "html")
    text = html.decode()
    match = re.search(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', text)
    assert match, "a publishable image is embedded"
    import base64

    embedded = base64.b64decode(match.group(1))
    assert secret.encode() not in embedded and secret not in text
    with Image.open(io.BytesIO(embedded)) as image:
        assert not image.getexif() and image.size == (64, 48)
        assert "exif" not in image.info and "comment" not in image.info
    _, pdf = export(store, tmp_path, "public", "pdf")
    assert secret.encode() not in pdf and secret.encode() not in pdf_streams(pdf)
    assert store.find(Evidence)[0].sha256  # the original stays as it was


def test_non_publishable_evidence_is_not_in_a_public_report(store, tmp_path):
    case = store.add(Case(title="c", sensitivity=PUBLIC))
    incident = store.add(Incident(case_id=case.id, title="i", sensitivity=PUBLIC))
    add_evidence(
        store,
        incident.id,
        io.BytesIO(jpeg_with_metadata("x")),
        "private.jpg",
        sensitivity=PUBLIC,
        publishable=False,
    )
    _, html = export(store, tmp_path, "public", "html")
    assert b"data:image" not in html and b"private.jpg" not in html


def test_html_is_self_contained(canary_vault, tmp_path):
    store, _ = canary_vault
    _, html = export(store, tmp_path, "partner", "html")
    text = html.decode()
    assert not re.search(r'(src|href)="(https?:)?//', text)
    assert "<link" not in text and "@import" not in text
    assert "Content-Security-Policy" in text


def test_lists_in_an_arabic_report_use_the_arabic_comma(store, tmp_path):
    case = store.add(Case(title="قضية", sensitivity=PUBLIC))
    store.add(
        Incident(
            case_id=case.id,
            title="حادثة",
            start_date="2024-03",
            types=["phishing", "arrest"],
            sensitivity=PUBLIC,
        )
    )
    vocab = store.vocab["incident_types"]
    both = vocab.label("phishing", "ar") + "، " + vocab.label("arrest", "ar")
    _, html = export(store, tmp_path, "public", "html", lang="ar")
    assert both in html.decode()
    _, english = export(store, tmp_path, "public", "html", lang="en")
    assert "Phishing, Arrest" in english.decode()
