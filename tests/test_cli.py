"""The command line, driven as a user would. Every error is one line on stderr
with a non-zero exit, and changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import PASSPHRASE, snapshot


@pytest.fixture
def initialised(cli):
    result = cli("init")
    assert result.code == 0, result.err
    return result


def one_line_error(result, *fragments):
    assert result.code != 0
    assert result.err.count("\n") == 1 and result.err.startswith("hrdoc: "), result.err
    for fragment in fragments:
        assert fragment in result.err, result.err


def test_init_shows_the_recovery_code_once(initialised, cli, vault_dir):
    code_lines = [line.strip() for line in initialised.out.splitlines() if line.count("-") == 7]
    assert len(code_lines) == 1
    assert (vault_dir / "vault.db").exists()
    again = cli("init")
    one_line_error(again, "already exists")


def test_full_workflow(initialised, cli, tmp_path):
    case_id = cli("case", "add", "--title", "Targeting of a journalist").out.strip()
    incident = cli(
        "incident",
        "add",
        "--case",
        case_id[:8],
        "--title",
        "Phishing email",
        "--start",
        "2024-02",
        "--type",
        "phishing",
        "--type",
        "account_compromise",
        "--country",
        "mx",
        "--field-sensitivity",
        "place=secret",
    )
    assert incident.code == 0, incident.err
    incident_id = incident.out.strip()
    shown = json.loads(cli("incident", "show", incident_id, "--json").out)
    assert shown["country"] == "MX" and shown["start_precision"] == "month"
    assert shown["field_sensitivity"]["place"] == "secret"

    actor = cli(
        "actor",
        "add",
        "--name",
        "Ana Example",
        "--alias",
        "La Periodista",
        "--incident",
        incident_id,
        "--role",
        "target",
        "--attribute",
        "profession=journalist",
    )
    assert actor.code == 0, actor.err
    ioc = cli(
        "indicator",
        "add",
        "--incident",
        incident_id,
        "--type",
        "email",
        "--value",
        "security-alert@mail.example",
    )
    assert ioc.code == 0, ioc.err
    itv = cli(
        "intervention",
        "add",
        "--case",
        case_id,
        "--incident",
        incident_id,
        "--kind",
        "helpline_report",
        "--date",
        "2024-02-10",
    )
    assert itv.code == 0, itv.err

    shown = json.loads(cli("incident", "show", incident_id, "--json").out)
    assert shown["involvements"][0]["role"] == "target"
    assert shown["indicators"][0]["value"] == "security-alert@mail.example"

    edit = cli("incident", "edit", incident_id, "--title", "Phishing email with fake login page")
    assert edit.code == 0 and "version 2" in edit.out
    history = json.loads(cli("history", incident_id, "--json").out)
    assert [v["title"] for v in history["versions"]] == [
        "Phishing email",
        "Phishing email with fake login page",
    ]

    listed = json.loads(cli("incident", "list", "--case", case_id, "--json").out)
    assert [i["id"] for i in listed] == [incident_id]
    cases = json.loads(cli("case", "list", "--json").out)
    assert cases[0]["incidents"] == 1
    hits = json.loads(cli("search", "fake", "login", "--json").out)
    assert hits[0]["id"] == incident_id
    found = json.loads(cli("search", "Periodista", "--json").out)
    assert found and found[0]["kind"] == "actor"

    source = tmp_path / "screenshot.png"
    source.write_bytes(os.urandom(300_000))
    added = json.loads(cli("evidence", "add", "--incident", incident_id, str(source), "--json").out)
    out = tmp_path / "copy.png"
    exported = cli("evidence", "export", added["id"], "-o", str(out))
    assert exported.code == 0, exported.err
    assert out.read_bytes() == source.read_bytes()
    actions = [e["action"] for e in json.loads(cli("history", added["id"], "--json").out)["audit"]]
    assert actions == ["create", "export"]
    one_line_error(cli("evidence", "export", added["id"], "-o", str(out)), "exists")

    assert cli("verify").code == 0


def test_incident_from_a_json_file(initialised, cli, tmp_path):
    case_id = cli("case", "add", "--title", "c").out.strip()
    spec = tmp_path / "incident.json"
    spec.write_text(
        json.dumps(
            {
                "case_id": case_id,
                "title": "Device searched at the airport",
                "start_date": "2023-11-02",
                "types": ["device_search_border"],
                "country": "AE",
                "sources": ["traveller"],
            }
        )
    )
    result = cli("incident", "add", "--from-json", str(spec))
    assert result.code == 0, result.err
    shown = json.loads(cli("incident", "show", result.out.strip(), "--json").out)
    assert shown["types"] == ["device_search_border"] and shown["start_precision"] == "day"
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps({"verification": "corroborated"}))
    assert cli("incident", "edit", result.out.strip(), "--from-json", str(edit)).code == 0


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["incident", "add", "--case", "0000", "--title", "x"], "no case"),
        (["incident", "show", "ffffffff"], "no incident"),
        (["case", "add"], "--title"),
        (["search"], "query"),
        (["incident"], "needs a subcommand"),
        (["vocab", "nope"], "no vocabulary"),
        (["evidence", "add", "--incident", "abcd", "/no/such/file"], "no such file"),
        (["evidence", "add", "--incident", "abcd", "/"], "is a folder, not a file"),
        (["incident", "add", "--from-json", "/no/such.json"], "cannot read"),
    ],
)
def test_user_errors_are_one_line_and_change_nothing(initialised, cli, vault_dir, argv, fragment):
    before = snapshot(vault_dir)
    result = cli(*argv)
    one_line_error(result, fragment)
    after = snapshot(vault_dir)
    assert {k: v[0] for k, v in after.items()} == {k: v[0] for k, v in before.items()}


def test_invalid_field_values_are_one_line(initialised, cli):
    case_id = cli("case", "add", "--title", "c").out.strip()
    one_line_error(
        cli("incident", "add", "--case", case_id, "--title", "x", "--start", "2024-02-30"),
        "not a real date",
    )
    one_line_error(
        cli("incident", "add", "--case", case_id, "--title", "x", "--type", "ufo"),
        "not a known term",
    )
    one_line_error(
        cli(
            "incident",
            "add",
            "--case",
            case_id,
            "--title",
            "x",
            "--field-sensitivity",
            "nosuch=secret",
        ),
        "unknown field",
    )
    assert json.loads(cli("incident", "list", "--json").out) == []


def test_wrong_passphrase_is_one_line_and_changes_nothing(
    initialised, cli, vault_dir, hrdoc_home, monkeypatch
):
    before = snapshot(hrdoc_home)
    monkeypatch.setenv("HRDOC_PASSPHRASE", "wrong passphrase entirely")
    one_line_error(cli("case", "list"), "wrong passphrase")
    assert snapshot(hrdoc_home) == before


def test_passphrase_file_and_passwd_and_recover(initialised, cli, tmp_path, monkeypatch):
    code = next(line.strip() for line in initialised.out.splitlines() if line.count("-") == 7)
    monkeypatch.delenv("HRDOC_PASSPHRASE")
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    assert cli("--passphrase-file", str(pw), "unlock-check").code == 0
    new = tmp_path / "new"
    new.write_text("the second passphrase for the vault\n")
    assert cli("--passphrase-file", str(pw), "passwd", "--new-passphrase-file", str(new)).code == 0
    one_line_error(cli("--passphrase-file", str(pw), "unlock-check"), "wrong passphrase")
    assert cli("--passphrase-file", str(new), "unlock-check").code == 0
    code_file = tmp_path / "code"
    code_file.write_text(code.replace("-", " ") + "\n")
    third = tmp_path / "third"
    third.write_text("a third passphrase for this vault\n")
    result = cli(
        "recover", "--recovery-code-file", str(code_file), "--new-passphrase-file", str(third)
    )
    assert result.code == 0, result.err
    assert cli("--passphrase-file", str(third), "unlock-check").code == 0


def test_no_passphrase_without_a_terminal(initialised, cli, monkeypatch):
    monkeypatch.delenv("HRDOC_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    one_line_error(cli("case", "list"), "--passphrase-file")


def test_damaged_database_is_one_line_naming_the_file(initialised, cli, vault_dir):
    db = vault_dir / "vault.db"
    db.write_bytes(db.read_bytes()[:5000])
    one_line_error(cli("case", "list"), "vault.db")


def test_terminal_escape_sequences_in_records_are_shown_inert(initialised, cli):
    cli("case", "add", "--title", "evil \x1b]0;pwned\x07 title")
    out = cli("case", "list").out
    assert "\x1b" not in out and "\\x1b" in out


def test_vault_option_chooses_another_folder(cli, tmp_path):
    other = tmp_path / "elsewhere"
    assert cli("--vault", str(other), "init", "--sample").code == 0
    assert json.loads(cli("--vault", str(other), "case", "list", "--json").out)[0]["incidents"] == 5


def test_the_installed_command_runs(tmp_path):
    env = os.environ | {"HRDOC_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "hrdoc.cli", "vocab", "incident_types", "--lang", "ar"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0
    assert "برنامج تجسس" in result.stdout


def test_bare_hrdoc_without_a_terminal_explains_what_to_do(cli, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    one_line_error(cli(), "hrdoc init")


def test_bare_hrdoc_with_a_vault_says_where_it_is(initialised, cli, vault_dir):
    result = cli()
    assert result.code == 0 and str(vault_dir) in result.out


def test_export_report_dry_run_writes_nothing(initialised, cli, tmp_path):
    assert cli("case", "add", "--title", "c", "--sensitivity", "public").code == 0
    result = cli("export", "report", "--profile", "public", "--format", "pdf", "--dry-run")
    assert result.code == 0 and "redaction profile: public" in result.out
    assert list(tmp_path.glob("*.pdf")) == []


def test_export_report_errors_write_nothing(initialised, cli, tmp_path):
    out = tmp_path / "r.html"
    one_line_error(
        cli("export", "report", "--profile", "nosuch", "--format", "html", "-o", str(out)),
        "no redaction profile",
    )
    bad = tmp_path / "bad.json"
    bad.write_text('{"profile": "bad"}')
    one_line_error(
        cli("export", "report", "--profile", str(bad), "--format", "html", "-o", str(out)),
        "missing setting",
    )
    assert not out.exists()
    empty = cli("export", "report", "--profile", "partner", "--format", "html", "-o", str(out))
    one_line_error(empty, "no incident can be shown")  # never an empty report without a word
    assert not out.exists()
    case = cli("case", "add", "--title", "c").out.strip()
    assert cli("incident", "add", "--case", case, "--title", "i").code == 0
    ok = cli("export", "report", "--profile", "partner", "--format", "html", "-o", str(out))
    assert ok.code == 0 and out.exists()
    one_line_error(
        cli("export", "report", "--profile", "partner", "--format", "html", "-o", str(out)),
        "--force",
    )
    assert list(tmp_path.glob(".*tmp")) == []
    one_line_error(
        cli(
            "export",
            "report",
            "--profile",
            "partner",
            "--format",
            "html",
            "-o",
            str(tmp_path),
            "--force",
        ),
        "is a folder",
    )


def test_stable_pseudonyms_only_when_asked(initialised, cli, tmp_path):
    case = cli("case", "add", "--title", "c", "--sensitivity", "public").out.strip()
    incident = cli("incident", "add", "--case", case, "--title", "i", "--sensitivity", "public")
    for n in range(6):
        cli(
            "actor",
            "add",
            "--name",
            f"Person Number{n}",
            "--incident",
            incident.out.strip(),
            "--sensitivity",
            "public",
        )

    def names(*extra):
        out = tmp_path / "r.json"
        cli(
            "export",
            "report",
            "--profile",
            "partner",
            "--format",
            "json",
            "-o",
            str(out),
            "--force",
            *extra,
        )
        actors = json.loads(out.read_text())["records"]["actor"]
        return sorted((a["id"], a["name"]) for a in actors)

    stable = names("--stable-pseudonyms")
    assert stable == names("--stable-pseudonyms")
    assert len({n for _i, n in stable}) == 6
    assert len({tuple(names()) for _ in range(4)}) > 1


def test_gui_names_missing_x11_libraries_instead_of_crashing(cli, monkeypatch):
    import ctypes.util

    if not sys.platform.startswith("linux"):
        pytest.skip("X11 check is for Linux")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    real = ctypes.util.find_library
    monkeypatch.setattr(
        ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else real(name)
    )
    result = cli("gui")
    one_line_error(result, "sudo apt install", "libxcb-cursor0")


def test_lists_have_a_header_and_labels_and_edit_works_out_the_precision(initialised, cli):
    case = cli("case", "add", "--title", "c").out.strip()
    incident = cli(
        "incident",
        "add",
        "--case",
        case,
        "--title",
        "i",
        "--start",
        "2024-03",
        "--type",
        "spyware_infection",
    ).out.strip()
    listing = cli("incident", "list").out.splitlines()
    assert listing[0].split() == ["ID", "DATE", "TYPE", "TITLE"]
    assert "Spyware infection" in listing[1] and "spyware_infection" not in listing[1]
    assert cli("case", "list").out.splitlines()[0].startswith("ID")
    assert cli("incident", "edit", incident, "--start", "2024-03-05").code == 0
    shown = cli("incident", "show", incident, "--json").out
    assert '"start_precision": "day"' in shown
