"""What a report admits to its readers, and which profile made it."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re

import pytest

from hrdoc.core.evidence import add_evidence
from hrdoc.core.records import Actor, Case, Incident, Involvement, Sensitivity
from hrdoc.core.redaction import RedactionError, load_profile, profile_names
from hrdoc.reports.export import export_report
from hrdoc.reports.model import strings
from tests.test_reports import jpeg_with_metadata, logical, pdf_text

PUBLIC = Sensitivity.PUBLIC
FIELD_NAME = re.compile(
    r"\b(case|incident|actor|involvement|indicator|evidence|intervention)\.[a-z_]+\b"
)


@pytest.fixture
def mixed(store):
    public = store.add(Case(title="Published case", sensitivity=PUBLIC))
    store.add(Case(title="Unpublished case"))  # restricted
    incident = store.add(
        Incident(
            case_id=public.id,
            title="Raid",
            sensitivity=PUBLIC,
            latitude=33.1,
            longitude=35.2,
            start_date="2024-03-05",
        )
    )
    store.add(Incident(case_id=public.id, title="Hidden", sensitivity=Sensitivity.SECRET))
    person = store.add(Actor(name="Hana Saleh", sensitivity=PUBLIC))
    store.add(Involvement(incident_id=incident.id, actor_id=person.id, sensitivity=PUBLIC))
    return store


@pytest.mark.parametrize("lang", ["en", "ar", "es", "fr"])
@pytest.mark.parametrize("fmt", ["html", "json", "csv", "pdf"])
def test_public_report_admits_nothing_withheld_and_names_no_field(mixed, tmp_path, fmt, lang):
    dest = tmp_path / f"r.{fmt}"
    export_report(mixed, profile="public", fmt=fmt, dest=dest, lang=lang)
    text = dest.read_bytes().decode("utf-8", errors="replace")
    if fmt == "pdf":
        text = logical(pdf_text(dest))
    assert not FIELD_NAME.search(text), FIELD_NAME.search(text)
    assert strings(lang)["records_withheld"] not in text
    assert strings(lang)["redaction_counts"] not in text
    assert "withheld" not in text.lower()
    if fmt == "json":
        doc = json.loads(text)
        assert doc["redaction"] == {"profile": "public"}


def test_partner_report_says_what_was_withheld_in_readers_words(mixed, tmp_path):
    dest = tmp_path / "r.html"
    export_report(mixed, profile="partner", fmt="html", dest=dest)
    text = dest.read_text("utf-8")
    assert "Records withheld: Incidents" in text  # the secret incident
    assert not FIELD_NAME.search(text)


def test_a_user_profile_cannot_take_a_shipped_name(hrdoc_home):
    folder = hrdoc_home / "redaction"
    folder.mkdir(parents=True)
    partner = load_profile("partner").to_dict()
    (folder / "public.json").write_text(json.dumps(partner | {"profile": "public"}))
    with pytest.raises(RedactionError, match="name of a shipped profile"):
        load_profile("public")
    (folder / "public.json").unlink()
    renamed = folder / "mine.json"
    renamed.write_text(json.dumps(partner | {"profile": "public"}))
    with pytest.raises(RedactionError, match="calls itself 'public'"):
        load_profile(str(renamed))
    renamed.write_text(json.dumps(partner | {"profile": "mine"}))
    mine = load_profile("mine")
    assert mine.source == str(renamed)
    assert mine.sha256 == hashlib.sha256(renamed.read_bytes()).hexdigest()
    assert "mine" in profile_names()
    shipped = load_profile("public")
    assert shipped.source == "shipped" and len(shipped.sha256) == 64


def test_the_cli_names_the_profile_file_and_its_hash(cli, hrdoc_home):
    cli("init")
    folder = hrdoc_home / "redaction"
    folder.mkdir()
    path = folder / "ngo.json"
    path.write_text(json.dumps(load_profile("partner").to_dict() | {"profile": "ngo"}))
    result = cli("export", "report", "--profile", "ngo", "--format", "html", "--dry-run")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert str(path) in result.out and digest[:16] in result.out


def test_embedded_image_hash_is_that_of_the_image_shown(store, tmp_path):
    raw = jpeg_with_metadata("CnryArtist")
    case = store.add(Case(title="c", sensitivity=PUBLIC))
    incident = store.add(Incident(case_id=case.id, title="i", sensitivity=PUBLIC))
    add_evidence(store, incident.id, io.BytesIO(raw), "p.jpg", sensitivity=PUBLIC, publishable=True)
    dest = tmp_path / "r.html"
    export_report(store, profile="public", fmt="html", dest=dest)
    text = dest.read_text("utf-8")
    embedded = base64.b64decode(re.search(r"base64,([A-Za-z0-9+/=]+)", text).group(1))
    shown = hashlib.sha256(embedded).hexdigest()
    original = hashlib.sha256(raw).hexdigest()
    assert shown != original
    assert re.search(rf"SHA-256 of the image shown: <span[^>]*>{shown}<", text)
    assert re.search(rf"SHA-256 of the original file[^:]*: <span[^>]*>{original}<", text)


def test_a_public_report_of_a_case_that_is_not_public_says_so(cli, tmp_path):
    assert cli("init", "--sample").code == 0
    case = json.loads(cli("case", "list", "--json").out)[0]
    out = tmp_path / "r.html"
    cli("case", "edit", case["id"], "--sensitivity", "restricted")
    export = ("export", "report", "--profile", "public", "--format", "html")
    result = cli(*export, "--case", case["id"], "-o", str(out))
    assert result.code == 1 and "is restricted" in result.err and "case edit" in result.err
    assert not out.exists()
    assert cli("case", "edit", case["id"], "--sensitivity", "public").code == 0
    assert cli("case", "show", case["id"], "--json").code == 0
    written = cli(*export, "--case", case["id"], "-o", str(out))
    assert written.code == 0 and out.exists()


def test_case_edit_keeps_the_previous_version(cli):
    assert cli("init").code == 0
    case = cli("case", "add", "--title", "Old title").out.strip()
    assert cli("case", "edit", case, "--title", "New title", "--status", "closed").code == 0
    history = json.loads(cli("history", case, "--json").out)
    assert [v["title"] for v in history["versions"]] == ["Old title", "New title"]
    assert cli("case", "edit", case).code == 2
