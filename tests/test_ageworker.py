"""Large bundles are encrypted and decrypted in a worker process
(hrdoc/core/ageworker.py); everything a bundle promises holds there too.

The bundle tests below are test_bundles.py's own, run again with the
worker's threshold at 0, so every bundle of theirs goes through a worker:
each test also checks that one ran.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hrdoc.core import ageworker
from hrdoc.core.evidence import add_evidence
from hrdoc.core.progress import Cancelled
from hrdoc.core.records import Incident
from hrdoc.core.sample import load_sample
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.exchange.bundle import BundleError, export_bundle, import_bundle
from tests.test_bundles import (  # noqa: F401 - fixtures and tests run here again
    members,
    pair,
    reference,
    test_a_bundle_armored_by_the_age_tool_is_imported_and_bad_armor_changes_nothing,
    test_altered_evidence_is_not_sent_and_no_file_is_left,
    test_every_bit_of_the_manifest_and_signature_matters,
    test_refusal_leaves_the_vault_files_byte_identical,
    test_round_trip_keeps_records_evidence_and_provenance,
    test_the_age_tool_decrypts_a_bundle,
    test_truncated_bundle_is_refused,
    test_wrong_recipient_and_unknown_or_changed_sender,
)

pytestmark = pytest.mark.skipif(not ageworker.available(), reason="no worker on Windows")


@pytest.fixture
def two(parties):
    load_sample(parties[0].store)
    return parties


@pytest.fixture(autouse=True)
def workers(monkeypatch):
    """Every bundle through a worker; the commands workers were started with."""
    monkeypatch.setattr(ageworker, "THRESHOLD", 0)
    ran: list[list[str]] = []
    real = subprocess.Popen

    def popen(args, *rest, **options):  # type: ignore[no-untyped-def]
        if {"encrypt", "decrypt"} & set(args):  # a worker's command, whichever program
            ran.append(list(args))
        return real(args, *rest, **options)

    monkeypatch.setattr(ageworker.subprocess, "Popen", popen)
    yield ran
    assert ran, "no bundle went through a worker"


def test_no_secret_is_on_a_workers_command_line(two, tmp_path, workers):
    a, b = two
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    import_bundle(b.store, tmp_path / "x.age")
    assert {run[-1] for run in workers if "encrypt" in run} == {b.card.age_recipient}
    secret = b.identity.export_age_identity()
    assert secret.startswith("AGE-SECRET-KEY-")
    assert all(secret not in " ".join(run) and "SECRET" not in " ".join(run) for run in workers)


def test_a_cancelled_export_leaves_no_file_and_no_worker(two, tmp_path):
    a, b = two

    def cancel(done: int, total: int) -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        export_bundle(
            a.store, profile="full", dest=tmp_path / "x.age", to=[b.card], progress=cancel
        )
    assert list(tmp_path.iterdir()) == [] or not list(tmp_path.glob("*x.age*"))
    assert not list(tmp_path.glob(".hrdoc-*"))
    assert worker_pids() == []


def test_data_after_the_end_is_refused_in_a_worker_too(two, tmp_path):
    """Bytes after the age stream's end: pyrage itself refuses them."""
    a, b = two
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    data = (tmp_path / "x.age").read_bytes()
    (tmp_path / "y.age").write_bytes(data + b"more")
    before = b.vault_bytes()
    with pytest.raises(BundleError):
        import_bundle(b.store, tmp_path / "y.age")
    assert b.vault_bytes() == before


def worker_pids() -> list[int]:
    """The age workers still running under this process."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if b"hrdoc.core.ageworker" in cmdline and stat[0] != "Z":
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_a_killed_importer_takes_its_worker_with_it(two, tmp_path):
    """SIGKILL the importing process mid-bundle: its worker ends too (its
    pipe closes) and the vault is as before."""
    a, b = two
    from hrdoc.core.evidence import add_evidence

    incident = next(iter(a.store.find(Incident)))
    add_evidence(a.store, incident.id, _Random(96 << 20), "big.bin")
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    before = b.vault_bytes()
    b.vault.lock()
    script = (
        "import sys\n"
        "from hrdoc.core import ageworker\n"
        "ageworker.THRESHOLD = 0\n"
        "from hrdoc.core.store import Store\n"
        "from hrdoc.core.vault import Vault\n"
        "from hrdoc.exchange.bundle import import_bundle\n"
        "vault = Vault.open(sys.argv[1], sys.argv[2])\n"
        "def tick(done, total):\n"
        "    if done > (16 << 20):\n"
        "        print('started', flush=True)\n"
        "        import time; time.sleep(60)\n"
        "import_bundle(Store(vault), sys.argv[3], progress=tick)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(b.folder), b.passphrase, str(tmp_path / "x.age")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "started"
    assert worker_pids(), "the import must be running in a worker when it is killed"
    child.send_signal(signal.SIGKILL)
    child.wait()
    deadline = time.monotonic() + 10
    while worker_pids() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert worker_pids() == []

    b.vault = Vault.open(b.folder, b.passphrase)
    b.store = Store(b.vault)
    after = b.vault_bytes()
    assert after == before


class _Random:
    """``size`` random bytes, read in pieces (no 96 MB in memory)."""

    def __init__(self, size: int) -> None:
        self.left = size

    def read(self, n: int = -1) -> bytes:
        n = self.left if n is None or n < 0 else min(n, self.left)
        self.left -= n
        return os.urandom(n)


def test_an_importers_own_refusal_is_not_blamed_on_the_cipher(two, tmp_path):
    """The importer stops reading (an unknown sender) while the worker still
    decrypts megabytes: the refusal says why, not "damaged"."""
    from tests.test_bundles import Party

    a, b = two
    c = Party(tmp_path / "c", "Someone C")
    try:
        c.knows(b)
        case = next(iter(a.store.find(Incident)))
        add_evidence(c.store, _incident_of(c), _Random(8 << 20), "big.bin")
        assert case is not None
        export_bundle(c.store, profile="full", dest=tmp_path / "c.age", to=[b.card])
        before = b.vault_bytes()
        with pytest.raises(BundleError, match="unknown sender"):
            import_bundle(b.store, tmp_path / "c.age")
        assert b.vault_bytes() == before
    finally:
        c.vault.lock()


def _incident_of(party) -> str:  # type: ignore[no-untyped-def]
    from hrdoc.core.records import Case

    case = party.store.add(Case(title="c"))
    return party.store.add(Incident(case_id=case.id, title="i")).id


def test_a_worker_that_dies_is_a_failure_never_a_bundle(two, tmp_path, monkeypatch):
    """Killed mid-way, the worker has not finished: export leaves no file,
    import changes nothing, whatever it wrote before."""
    a, b = two
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    real = ageworker._command()
    dies = "import os, sys; sys.stdin.buffer.read(4096); os.kill(os.getpid(), 9)"
    monkeypatch.setattr(ageworker, "_command", lambda: [sys.executable, "-c", dies])
    with pytest.raises(BundleError):
        export_bundle(a.store, profile="full", dest=tmp_path / "y.age", to=[b.card])
    assert not list(tmp_path.glob("*y.age*")) and not list(tmp_path.glob(".hrdoc-*"))
    # all of the plaintext, then killed before it could say it ended well
    whole = (
        "import os, runpy, sys; sys.argv[0] = 'w'; from hrdoc.core import ageworker;"
        " code = ageworker.main(sys.argv[1:]); sys.stdout.flush(); os.kill(os.getpid(), 9)"
    )
    monkeypatch.setattr(ageworker, "_command", lambda: [sys.executable, "-c", whole])
    before = b.vault_bytes()
    with pytest.raises(BundleError):
        import_bundle(b.store, tmp_path / "x.age")
    assert b.vault_bytes() == before
    monkeypatch.setattr(ageworker, "_command", lambda: real)
    import_bundle(b.store, tmp_path / "x.age")


def test_a_module_in_the_current_folder_never_runs_in_the_worker(two, tmp_path, monkeypatch):
    """hrdoc started from a folder holding a pyrage.py (a download): the
    worker imports the real one."""
    a, b = two
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "pyrage.py").write_text('raise SystemExit("a planted module ran")\n')
    (folder / "hrdoc").mkdir()
    (folder / "hrdoc" / "__init__.py").write_text('raise SystemExit("a planted package ran")\n')
    monkeypatch.chdir(folder)
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    assert import_bundle(b.store, tmp_path / "x.age").added


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts /proc/self/fd")
def test_a_worker_that_cannot_start_leaves_the_work_to_this_process(two, tmp_path, monkeypatch):
    """No such program (an odd installation): the bundle is done in this
    process, with no pipe left open."""
    a, b = two
    monkeypatch.setattr(ageworker, "_command", lambda: [str(tmp_path / "no-such-python")])
    before = len(os.listdir("/proc/self/fd"))
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    assert import_bundle(b.store, tmp_path / "x.age").added
    assert len(os.listdir("/proc/self/fd")) == before


def test_a_worker_that_dies_at_once_is_a_clear_refusal(two, tmp_path, monkeypatch):
    a, b = two
    export_bundle(a.store, profile="full", dest=tmp_path / "x.age", to=[b.card])
    monkeypatch.setattr(
        ageworker, "_command", lambda: [sys.executable, "-c", "raise SystemExit(1)"]
    )
    before = b.vault_bytes()
    with pytest.raises(BundleError, match="could not be encrypted or decrypted"):
        import_bundle(b.store, tmp_path / "x.age")
    assert b.vault_bytes() == before
