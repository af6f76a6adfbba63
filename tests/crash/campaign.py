"""The crash campaign (issue 17): writers doing each kind of write are
SIGKILLed at random moments; after every kill the vault must hold every id
the writer printed as committed, pass SQLite's and SQLCipher's integrity
checks and ``verify``, and open with its passphrase and its recovery code.

Writers: incident edits, evidence intake, bundle import, purge, passphrase
change, and a migration from an old vault. ``make test`` runs a bounded
number of kills (tests/crash/test_campaign.py); ``make crash`` runs 200 and
prints the counts:

    .venv/bin/python -m tests.crash.campaign 200
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "vaults" / "v6"
PASSPHRASES = ("crash campaign passphrase one", "crash campaign passphrase two")
MODES = ("edits", "evidence", "import", "purge", "passphrase", "migration")

WRITER = r"""
import io, os, sys
from pathlib import Path
from hrdoc.core import passphrases
passphrases.check = lambda *a, **k: None  # the campaign's passphrases are not the point
from hrdoc.core.vault import Vault
from hrdoc.core.store import Store
from hrdoc.core.records import Case, Incident

folder, mode, extra = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
ones = [p for p in os.environ["CAMPAIGN_PASSPHRASES"].split("|")]
vault = None
for p in ones:
    try:
        vault = Vault.open(folder, p)
        current = p
        break
    except Exception:
        continue
assert vault is not None, "the vault opens with neither passphrase"
print("ready", flush=True)
if mode == "migration":
    print("migrated", vault.schema_version(), flush=True)
    sys.exit(0)
store = Store(vault)
case = store.add(Case(title="campaign"))
n = 0
while True:
    n += 1
    if mode == "edits":
        incident = store.add(Incident(case_id=case.id, title=f"incident {n}", start_date="2024"))
        print("incident", incident.id, flush=True)
        incident.title = f"incident {n}, corrected"
        store.update(incident)
        print("edited", incident.id, flush=True)
    elif mode == "evidence":
        from hrdoc.core.evidence import add_evidence
        incident = store.add(Incident(case_id=case.id, title=f"with a file {n}"))
        low, high = (int(x) for x in extra.split("-"))
        size = (low << 20) + int.from_bytes(os.urandom(4), "big") % (((high - low) << 20) + 1)
        ev = add_evidence(store, incident.id, io.BytesIO(os.urandom(size)), f"f{n}.bin")
        print("evidence", ev.id, flush=True)
    elif mode == "import":
        from hrdoc.core import ageworker
        from hrdoc.exchange.bundle import import_bundle
        bundles = sorted(Path(extra).iterdir())
        path = bundles[(n + int.from_bytes(os.urandom(2), "big")) % len(bundles)]
        # every other import decrypts in a worker process, as a large bundle does
        ageworker.THRESHOLD = 0 if n % 2 else 64 << 20
        report = import_bundle(store, path, accept_unknown_sender=True)
        if not report.already_imported:
            print("bundle", report.bundle_id, flush=True)
    elif mode == "purge":
        from hrdoc.core.deletion import purge
        incident = store.add(Incident(case_id=case.id, title=f"to erase {n}"))
        print("incident", incident.id, flush=True)
        purge(store, incident.id)
        print("purged", incident.id, flush=True)
    elif mode == "passphrase":
        new = ones[1] if current == ones[0] else ones[0]
        vault.change_passphrase(new)
        current = new
        print("passphrase", ones.index(new), flush=True)
"""


@dataclass
class Tally:
    kills: Counter[str] = field(default_factory=Counter)
    committed: Counter[str] = field(default_factory=Counter)
    checks: Counter[str] = field(default_factory=Counter)


@dataclass
class Target:
    folder: Path
    recovery_code: str | None
    seen: dict[str, set[str]] = field(default_factory=dict)


def _make_vault(folder: Path) -> str:
    from hrdoc.core.keyslots import Argon2Params
    from hrdoc.core.vault import Vault

    vault, code = Vault.create(folder, PASSPHRASES[0], kdf_params=Argon2Params())
    vault.lock()
    return code


def run(kills: int, work: Path, *, seed: int | None = None, evidence_mb: str = "4-8") -> Tally:
    """``kills`` SIGKILLs spread over the writers; raises AssertionError on
    the first broken promise, with the mode and what was lost."""
    rng = random.Random(seed if seed is not None else int.from_bytes(os.urandom(4), "big"))
    tally = Tally()
    targets: dict[str, Target] = {}
    bundles = work / "bundles"
    for mode in MODES:
        folder = work / mode
        code = None if mode == "migration" else _make_vault(folder)
        targets[mode] = Target(folder, code)
    _bundles_for(targets["import"].folder, bundles)
    env = os.environ | {
        "CAMPAIGN_PASSPHRASES": "|".join(PASSPHRASES),
        "PYTHONPATH": str(ROOT),
    }
    for number in range(kills):
        mode = MODES[number % len(MODES)]
        target = targets[mode]
        if mode == "migration":  # a fresh old vault each time, opened (migrated) and killed
            shutil.rmtree(target.folder, ignore_errors=True)
            shutil.copytree(FIXTURE, target.folder)
        extra = str(bundles) if mode == "import" else evidence_mb
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target.folder), mode, extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env
            | ({"CAMPAIGN_PASSPHRASES": _fixture_passphrase()} if mode == "migration" else {}),
            text=True,
        )
        assert child.stdout is not None
        if mode == "migration":
            time.sleep(rng.uniform(0.0, 1.5))  # anywhere in opening: migration included
        else:
            first = child.stdout.readline()
            assert first == "ready\n", (mode, child.stderr.read() if child.stderr else first)
            time.sleep(rng.uniform(0.0, 2.0 if mode == "evidence" else 0.6))
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate()
        tally.kills[mode] += 1
        for line in out.splitlines():
            kind, _, value = line.partition(" ")
            if value:
                target.seen.setdefault(kind, set()).add(value)
                tally.committed[mode] += 1
        check(mode, target, tally)
    return tally


def _fixture_passphrase() -> str:
    sys.path.insert(0, str(ROOT))
    from tests.fixtures.make_vaults import FIXTURE_PASSPHRASE

    return FIXTURE_PASSPHRASE


def _bundles_for(receiver: Path, out: Path, count: int = 40) -> None:
    """Bundles to the receiver from a sender it does not know (accepted)."""
    from hrdoc.core.keyslots import Argon2Params
    from hrdoc.core.records import Case, Incident
    from hrdoc.core.store import Store
    from hrdoc.core.vault import Vault
    from hrdoc.exchange import contacts
    from hrdoc.exchange.bundle import export_bundle
    from hrdoc.exchange.identity import Card, VaultIdentity

    out.mkdir(parents=True)
    receiving = Vault.open(receiver, PASSPHRASES[0])
    me = VaultIdentity(receiving)
    card = Card("receiver", me.ed25519, me.age_recipient)
    receiving.lock()
    sender, _ = Vault.create(out.parent / "sender", PASSPHRASES[1], kdf_params=Argon2Params())
    contacts.add(sender, card)
    store = Store(sender)
    for n in range(count):
        case = store.add(Case(title=f"sent {n}"))
        store.add_all([Incident(case_id=case.id, title=f"sent {n}.{k}") for k in range(20)])
        export_bundle(
            store, profile="full", dest=out / f"{n:02d}.age", to=[card], case_ids=[case.id]
        )
    sender.lock()


def _workers_left(wait: float = 10.0) -> list[str]:
    """Age workers still running (hrdoc/core/ageworker.py): a worker whose
    importer was killed finds its pipe closed and ends."""
    import time

    deadline = time.monotonic() + wait
    while True:
        left = []
        for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else []:
            try:
                cmdline = (entry / "cmdline").read_bytes()
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue
            if b"hrdoc.core.ageworker" in cmdline and state != "Z":
                left.append(entry.name)
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.05)


def check(mode: str, target: Target, tally: Tally) -> None:
    """What a kill may never break."""
    from hrdoc.core.integrity import verify_vault
    from hrdoc.core.records import Evidence, Incident
    from hrdoc.core.store import Store
    from hrdoc.core.vault import Vault

    passphrases = (_fixture_passphrase(),) if mode == "migration" else PASSPHRASES
    vault = None
    for passphrase in passphrases:
        try:
            vault = Vault.open(target.folder, passphrase)
            break
        except Exception:  # noqa: S112 (the other passphrase may be the one)
            continue
    assert vault is not None, f"{mode}: the vault opens with no passphrase after a kill"
    try:
        store = Store(vault)
        seen = target.seen
        purged = seen.get("purged", set())
        if mode != "purge":  # there each is erased right after: present or gone, both right
            for rid in seen.get("incident", set()):
                assert store.exists(Incident, rid), f"{mode}: committed incident {rid} was lost"
        for rid in purged:
            assert not store.exists(Incident, rid), f"{mode}: purged incident {rid} came back"
        for rid in seen.get("edited", set()):
            assert store.get(Incident, rid).title.endswith("corrected"), f"{mode}: edit lost"
        for rid in seen.get("evidence", set()):
            assert store.exists(Evidence, rid), f"{mode}: committed evidence {rid} was lost"
        for bundle_id in seen.get("bundle", set()):
            row = vault.conn.execute(
                "SELECT 1 FROM imported_bundles WHERE bundle_id = ?", (bundle_id,)
            ).fetchone()
            assert row, f"{mode}: imported bundle {bundle_id} was lost"
        assert [r[0] for r in vault.conn.execute("PRAGMA integrity_check")] == ["ok"], mode
        assert list(vault.conn.execute("PRAGMA cipher_integrity_check")) == [], mode
        assert vault.integrity_problems() == [], mode
        assert verify_vault(store) == [], mode
        orphans = vault.conn.execute(
            "SELECT count(*) FROM evidence_blobs WHERE evidence_id NOT IN (SELECT id FROM evidence)"
        ).fetchone()[0]
        assert orphans == 0, f"{mode}: evidence files without their record"
        named = {f for (f,) in vault.conn.execute("SELECT file FROM evidence_blobs")}
        evidence = target.folder / "evidence"
        on_disk = {p.name for p in evidence.iterdir()} if evidence.is_dir() else set()
        assert on_disk == named, f"{mode}: evidence files on disk and in the vault differ"
        assert not _workers_left(), f"{mode}: an age worker outlived its killed importer"
        tally.checks[mode] += 1
    finally:
        vault.lock()
    if target.recovery_code:
        with Vault.open_with_recovery_code(target.folder, target.recovery_code):
            tally.checks[f"{mode} (recovery code)"] += 1


def main() -> int:
    import tempfile

    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hrdoc.core import keyslots

    keyslots.calibrate_argon2 = lambda *a, **k: keyslots.Argon2Params()  # type: ignore[assignment]
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="hrdoc-crash-") as tmp:
        tally = run(kills, Path(tmp), evidence_mb=os.environ.get("CRASH_EVIDENCE_MB", "50-200"))
    print(f"crash campaign: {kills} SIGKILLs in {time.monotonic() - started:.0f} s")
    for mode in MODES:
        print(
            f"  {mode:<11} {tally.kills[mode]:4d} kills, {tally.committed[mode]:5d} writes"
            f" seen committed, {tally.checks[mode]:4d} vaults checked whole"
            + (
                f", {tally.checks[mode + ' (recovery code)']} opened with the recovery code"
                if mode != "migration"
                else ""
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
