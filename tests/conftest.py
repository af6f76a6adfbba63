"""Test setup shared by every test.

- Qt runs offscreen (set before anything imports Qt; Qt itself is not imported here).
- HRDOC_HOME points at a fresh temporary folder for every test, so no test
  touches a real user folder, and passphrase variables are cleared.
- Argon2id uses its minimum parameters (64 MiB, t=3) instead of calibrating
  to about a second, so creating a vault in a test is quick; the minimum is
  still enforced.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import redirect_stderr
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[2] / "shared"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def hrdoc_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "hrdoc-home"
    monkeypatch.setenv("HRDOC_HOME", str(home))
    for name in ("HRDOC_PASSPHRASE", "HRDOC_NEW_PASSPHRASE", "HRDOC_RECOVERY_CODE"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from hrdoc.core import keyslots

    monkeypatch.setattr(keyslots, "calibrate_argon2", lambda *a, **k: keyslots.Argon2Params())


@pytest.fixture
def vault_dir(hrdoc_home: Path) -> Path:
    return hrdoc_home / "vault"


@dataclass
class Created:
    vault: object
    recovery_code: str


@pytest.fixture
def created(vault_dir: Path) -> Iterator[Created]:
    from hrdoc.core.vault import Vault

    vault, code = Vault.create(vault_dir, PASSPHRASE)
    yield Created(vault, code)
    vault.lock()


@pytest.fixture
def vault(created: Created):  # type: ignore[no-untyped-def]
    return created.vault


@pytest.fixture
def store(vault):  # type: ignore[no-untyped-def]
    from hrdoc.core.store import Store

    return Store(vault)


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(vault_dir: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run ``hrdoc`` in this process: cli('case', 'list') -> CliResult."""
    from hrdoc import cli as cli_module

    monkeypatch.setenv("HRDOC_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stderr(err):
            code = cli_module.main(list(argv), out=out)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


def raw_connection(vault_dir: Path):  # type: ignore[no-untyped-def]
    """The database opened with its raw key, as someone holding the key could,
    bypassing hrdoc (to alter rows behind its back)."""
    import sqlcipher3

    from hrdoc.core.keyslots import KeySlotFile
    from hrdoc.core.vault import CIPHER_PAGE_SIZE

    key = KeySlotFile.load(vault_dir / "vault.keys").unwrap_with_passphrase(PASSPHRASE)
    conn = sqlcipher3.connect(str(vault_dir / "vault.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA cipher_page_size = {CIPHER_PAGE_SIZE}")
    return conn


def snapshot(*folders: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and mtime (ns) under the folders."""
    state = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                state[str(path)] = (path.read_bytes(), path.stat().st_mtime_ns)
    return state


@pytest.fixture
def parties(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two vaults that know each other's cards: a defender (A) and an NGO (B)."""
    from tests.test_bundles import Party

    a, b = Party(tmp_path / "a", "Defender A"), Party(tmp_path / "b", "NGO B")
    a.knows(b)
    b.knows(a)
    yield a, b
    a.vault.lock()
    b.vault.lock()


def sealed_bytes(key: str, data: bytes) -> bytes:
    """``data`` sealed as a vault's evidence file with the row's ``key``."""
    import io
    import os

    from hrdoc.core import stream
    from hrdoc.core.sealed import STREAM_KEY

    out = io.BytesIO()
    sealing = stream.Encryptor(out, bytes.fromhex(key.removeprefix(STREAM_KEY)), os.urandom(16))
    sealing.write(data)
    sealing.close()
    return out.getvalue()


def reseal_evidence(vault, evidence_id: str, data: bytes) -> None:  # type: ignore[no-untyped-def]
    """Replace an evidence item's stored bytes behind hrdoc's back, sealed
    with its own key (so the file decrypts and only the hash can tell)."""
    from hrdoc.core.sealed import blob_of

    blob = blob_of(vault.conn, evidence_id)
    assert blob is not None
    (vault.folder / "evidence" / blob.file).write_bytes(sealed_bytes(blob.identity, data))
