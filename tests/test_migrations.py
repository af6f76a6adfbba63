"""Every earlier schema version opens and upgrades (fixture vaults in
tests/fixtures/vaults/vN, one per released version)."""

from __future__ import annotations

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
