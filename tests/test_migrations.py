"""Every earlier schema version opens and upgrades (fixture vaults in
tests/fixtures/vaults/vN, one per released version)."""

from __future__ import annotations

import io
import shutil

import pytest

from hrdoc.core import schema
from hrdoc.core.integrity import verify_vault
from hrdoc.core.records import Actor, Incident
from hrdoc.core.search import search
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from tests.fixtures.make_vaults import FIXTURE_PASSPHRASE, FOLDER

EARLIER = [v for v, _name, _step in schema.MIGRATIONS if v < schema.LATEST]


def test_there_is_a_fixture_for_every_earlier_version():
    for version in EARLIER:
        assert (FOLDER / f"v{version}" / "vault.db").exists(), f"add a fixture for v{version}"


@pytest.mark.parametrize("version", EARLIER)
def test_fixture_vault_upgrades_to_the_latest_schema(tmp_path, version):
    folder = tmp_path / f"v{version}"
    shutil.copytree(FOLDER / f"v{version}", folder)
    with Vault.open(folder, FIXTURE_PASSPHRASE, migrate=False) as old:
        assert old.schema_version() == version
        before = {cls.KIND: Store(old).count(cls) for cls in (Incident, Actor)}
    with Vault.open(folder, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version() == schema.LATEST
        store = Store(vault)
        assert {cls.KIND: store.count(cls) for cls in (Incident, Actor)} == before
        # the search index (v2) was filled from the records already there
        assert search(vault.conn, "raid")
        assert verify_vault(store) == []
    # and it stays upgraded
    with Vault.open(folder, FIXTURE_PASSPHRASE, migrate=False) as vault:
        assert vault.schema_version() == schema.LATEST


def test_a_new_vault_is_at_the_latest_version(vault):
    assert vault.schema_version() == schema.LATEST


def test_evidence_of_a_v5_vault_moves_into_sealed_files_and_out_of_the_database(tmp_path):
    from hrdoc.core.evidence import export_evidence
    from hrdoc.core.keyslots import KeySlotFile
    from hrdoc.core.records import Evidence
    from hrdoc.core.vault import CIPHER_PAGE_SIZE
    from tests.sqlcipher_pages import plaintext

    folder = tmp_path / "v5"
    shutil.copytree(FOLDER / "v5", folder)
    with Vault.open(folder, FIXTURE_PASSPHRASE, migrate=False) as old:
        rows = old.conn.execute("SELECT evidence_id, data FROM evidence_chunks").fetchall()
    assert len(rows) == 1
    evidence_id, stored = rows[0][0], bytes(rows[0][1])
    with Vault.open(folder, FIXTURE_PASSPHRASE) as vault:
        store = Store(vault)
        out = io.BytesIO()
        record = export_evidence(store, evidence_id, out)  # hash checked
        assert out.getvalue() == stored and record.sha256 == store.get(Evidence, evidence_id).sha256
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_schema")}
        assert "evidence_chunks" not in tables
        assert verify_vault(store) == []
    assert len(list((folder / "evidence").iterdir())) == 1
    key = KeySlotFile.load(folder / "vault.keys").unwrap_with_passphrase(FIXTURE_PASSPHRASE)
    assert stored[:60] not in plaintext(folder, key, CIPHER_PAGE_SIZE)  # compacted away
