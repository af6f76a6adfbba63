"""`hrdoc import-report`: an hrdoc JSON report's records, unsigned, all or
nothing; our own export comes back as the same records."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdoc.core.records import Actor, Case, Incident, Indicator, Intervention, Involvement
from tests.conftest import snapshot
from tests.test_hostile_input import one_line_refusal

KINDS = (Case, Incident, Actor, Involvement, Indicator, Intervention)


def test_our_own_json_report_comes_back_as_the_same_records(cli, tmp_path, monkeypatch):
    from hrdoc.core.store import Store
    from hrdoc.core.vault import Vault
    from tests.conftest import PASSPHRASE

    assert cli("init", "--sample").code == 0
    report = tmp_path / "r.json"
    assert (
        cli("export", "report", "--profile", "full", "--format", "json", "-o", str(report)).code
        == 0
    )
    first = Store(Vault.open(tmp_path / "hrdoc-home" / "vault", PASSPHRASE))
    originals = {cls: {r.id: r for r in first.find(cls)} for cls in KINDS}
    first.vault.lock()
    other = tmp_path / "other"
    assert cli("--vault", str(other), "init").code == 0
    done = cli("--vault", str(other), "import-report", str(report))
    assert done.code == 0, done.err
    assert "left out 1: evidence" in done.out
    second = Store(Vault.open(other, PASSPHRASE))
    for cls in KINDS:
        copies = {r.id: r for r in second.find(cls)}
        assert set(copies) == set(originals[cls])
        for record_id, copy in copies.items():
            assert copy.same_content(originals[cls][record_id]), (cls.KIND, record_id)
    rows = second.vault.conn.execute(
        "SELECT DISTINCT sender_key, sender_name FROM provenance"
    ).fetchall()
    assert rows == [("unsigned", "r.json (unsigned)")]
    second.vault.lock()
    again = cli("--vault", str(other), "import-report", str(report))
    assert again.code == 0 and "nothing new" in again.out


@pytest.mark.parametrize(
    "content, message",
    [
        ("[1, 2]", "not an hrdoc JSON report"),
        ('{"format": "hrdoc-report", "format_version": 9, "records": {}}', "version"),
        (
            '{"format": "hrdoc-report", "format_version": 1, "records": {"spell": []}}',
            "unknown record kind",
        ),
        (
            '{"format": "hrdoc-report", "format_version": 1, "records": {"incident": [{"id":'
            ' "6f1c3c7e-8c5d-4b57-9f0e-1f2a3b4c5d6e", "case_id": "6f1c3c7e-8c5d-4b57-9f0e-'
            '1f2a3b4c5d6f", "title": "t"}]}}',
            "neither in the report nor in this vault",
        ),
        (
            '{"format": "hrdoc-report", "format_version": 1, "records": {"case": [{"id": 5}]}}',
            "case",
        ),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_hostile_reports_get_one_line_and_change_nothing(
    cli, vault_dir, tmp_path, content, message
):
    assert cli("init").code == 0
    path = tmp_path / "hostile.json"
    path.write_text(content)
    before = snapshot(vault_dir)
    done = cli("import-report", str(path))
    one_line_refusal(done)
    assert message in done.err
    assert snapshot(vault_dir) == before


def test_a_record_changed_since_is_not_silently_replaced(cli, vault_dir, tmp_path):
    assert cli("init", "--sample").code == 0
    report = tmp_path / "r.json"
    assert (
        cli("export", "report", "--profile", "full", "--format", "json", "-o", str(report)).code
        == 0
    )
    data = json.loads(report.read_text())
    data["records"]["incident"][0]["title"] = "changed by someone"
    report.write_text(json.dumps(data))
    before = snapshot(vault_dir)
    done = cli("import-report", str(report))
    one_line_refusal(done)
    assert "already in this vault with other content" in done.err
    assert snapshot(vault_dir) == before


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_damaged_report_imports_whole_or_changes_nothing(store, tmp_path, data):
    """Any byte of our own report flipped: either it still reads as a report
    and imports (or skips what is already here), or it is refused in one line
    with the vault's files byte-identical."""
    from hrdoc.core.errors import HrdocError
    from hrdoc.core.sample import load_sample
    from hrdoc.exchange.report_import import import_report
    from hrdoc.reports.export import export_report

    if not store.find(Case):
        load_sample(store)
    source = tmp_path / "r.json"
    if not source.exists():
        export_report(store, profile="full", fmt="json", dest=source)
    raw = bytearray(source.read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(bytes(raw))
    database = store.vault.folder / "vault.db"
    store.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = database.read_bytes()
    try:
        import_report(store, damaged)
    except HrdocError as exc:
        assert "\n" not in str(exc)
        store.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert database.read_bytes() == before  # the database as it was, byte for byte
