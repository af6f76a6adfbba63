"""The hash-chained audit log and `hrdoc verify`."""

from __future__ import annotations

import pytest
import sqlcipher3

from hrdoc.core.records import Case, Incident
from hrdoc.core.store import Store
from tests.conftest import raw_connection


@pytest.fixture
def filled(created, vault_dir):
    store = Store(created.vault)
    case = store.add(Case(title="case"))
    incidents = [store.add(Incident(case_id=case.id, title=f"incident {i}")) for i in range(5)]
    store.update(Incident.from_dict(incidents[0].to_dict() | {"title": "renamed"}))
    created.vault.lock()
    return case, incidents


def test_untouched_vault_verifies(filled, cli):
    result = cli("verify")
    assert result.code == 0, result.err
    assert "7 audit entries" in result.out


def test_altered_audit_row_is_named(filled, cli, vault_dir):
    conn = raw_connection(vault_dir)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET author = 'someone-else' WHERE seq = 3")
    conn.close()
    result = cli("verify")
    assert result.code != 0
    assert result.err.count("\n") == 1
    assert "audit entry 3" in result.err and "altered" in result.err


def test_deleted_audit_row_is_named(filled, cli, vault_dir):
    conn = raw_connection(vault_dir)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = 4")
    conn.close()
    result = cli("verify")
    assert result.code != 0
    assert "audit entry 4 is missing" in result.err


def test_altered_record_is_named(filled, cli, vault_dir):
    _case, incidents = filled
    conn = raw_connection(vault_dir)
    conn.execute("UPDATE incidents SET title = 'forged' WHERE id = ?", (incidents[2].id,))
    conn.close()
    result = cli("verify")
    assert result.code != 0
    assert incidents[2].id in result.err


def test_altered_old_version_is_named(filled, cli, vault_dir):
    _case, incidents = filled
    conn = raw_connection(vault_dir)
    conn.execute("DROP TRIGGER record_versions_no_update")
    conn.execute("UPDATE record_versions SET data = replace(data, 'incident 0', 'forged')")
    conn.close()
    result = cli("verify")
    assert result.code != 0
    assert f"version 1 of incident {incidents[0].id}" in result.err


def test_the_log_refuses_updates_from_sql(created):
    store = Store(created.vault)
    store.add(Case(title="x"))
    with (
        pytest.raises(sqlcipher3.DatabaseError, match="append-only"),
        created.vault.transaction() as conn,
    ):
        conn.execute("UPDATE audit_log SET note = 'x'")
