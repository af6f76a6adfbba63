"""An NGO's inbox (issue 17): many bundles at once, each all or nothing, a
line per bundle, cancel between bundles, and "received from" in views."""

from __future__ import annotations

import json

import pytest

from hrdoc.core.filters import IncidentFilter
from hrdoc.core.progress import Cancelled
from hrdoc.core.records import Case, Incident
from hrdoc.exchange.bundle import export_bundle
from hrdoc.exchange.identity import set_owner_name
from hrdoc.exchange.inbox import ALREADY, IMPORTED, NOT_TRIED, REFUSED, bundle_files, import_many
from tests.test_bundles import Party


@pytest.fixture
def inbox(tmp_path):
    """An NGO, two defenders it knows and one it does not, a folder of their
    bundles with a damaged one, a tampered one and a note beside them."""
    ngo = Party(tmp_path / "ngo", "NGO")
    folder = tmp_path / "inbox"
    folder.mkdir()
    senders = []
    for n, name in enumerate(["Defender 1", "Defender 2", "Stranger"]):
        sender = Party(tmp_path / f"d{n}", name)
        set_owner_name(sender.vault, name)  # the name a stranger's bundle carries
        sender.knows(ngo)
        if name != "Stranger":
            ngo.knows(sender)
        case = sender.store.add(Case(title=f"{name} case"))
        for k in range(3):
            sender.store.add(Incident(case_id=case.id, title=f"{name} incident {k}"))
        export_bundle(sender.store, profile="full", dest=folder / f"{n}-bundle.age", to=[ngo.card])
        senders.append(sender)
    good = (folder / "0-bundle.age").read_bytes()
    (folder / "3-damaged.age").write_bytes(good[: len(good) // 2])
    tampered = bytearray((folder / "1-bundle.age").read_bytes())
    tampered[-40] ^= 1
    (folder / "4-tampered.age").write_bytes(bytes(tampered))
    (folder / "README.txt").write_text("bundles received in March")
    yield ngo, folder, senders
    for party in [ngo, *senders]:
        party.vault.lock()


def titles(party: Party) -> set[str]:
    return {i.title for i in party.store.find(Incident)}


def test_a_folder_imports_each_bundle_on_its_own(inbox):
    ngo, folder, _senders = inbox
    files = bundle_files([folder])
    assert [f.name for f in files] == [
        "0-bundle.age",
        "1-bundle.age",
        "2-bundle.age",
        "3-damaged.age",
        "4-tampered.age",
    ]  # the note is left alone
    lines = import_many(ngo.store, files)
    by_file = {line.file: line for line in lines}
    assert by_file["0-bundle.age"].result == IMPORTED
    assert (
        by_file["0-bundle.age"].sender == "Defender 1" and by_file["0-bundle.age"].verified is False
    )
    assert by_file["0-bundle.age"].added == 4  # a case and three incidents
    assert by_file["1-bundle.age"].result == IMPORTED
    # an unknown sender is refused unless accepted, and the others go on
    assert by_file["2-bundle.age"].result == REFUSED
    assert "unknown" in by_file["2-bundle.age"].reason.lower()
    for name in ("3-damaged.age", "4-tampered.age"):
        line = by_file[name]
        assert line.result == REFUSED and line.reason and "\n" not in line.reason
    assert titles(ngo) == {f"Defender {d} incident {k}" for d in (1, 2) for k in range(3)}

    again = import_many(ngo.store, files[:2], accept_unknown_sender=True)
    assert [line.result for line in again] == [ALREADY, ALREADY]


def test_a_refused_bundle_in_a_batch_leaves_the_vault_as_it_was(inbox):
    ngo, folder, _senders = inbox
    before = ngo.vault_bytes()
    lines = import_many(ngo.store, [folder / "3-damaged.age", folder / "4-tampered.age"])
    assert [line.result for line in lines] == [REFUSED, REFUSED]
    assert ngo.vault_bytes() == before


def test_cancel_takes_effect_between_bundles(inbox):
    ngo, folder, _senders = inbox
    files = bundle_files([folder])[:3]
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done > 0:  # asked to stop once the first bundle is under way
            raise Cancelled

    lines = import_many(ngo.store, files, accept_unknown_sender=True, progress=progress)
    assert [line.result for line in lines] == [IMPORTED, NOT_TRIED, NOT_TRIED]
    assert titles(ngo) == {f"Defender 1 incident {k}" for k in range(3)}  # whole, not half


def test_received_from_filters_the_list(inbox):
    ngo, folder, _senders = inbox
    import_many(ngo.store, bundle_files([folder]), accept_unknown_sender=True)
    from hrdoc.core.filters import senders

    assert senders(ngo.vault.conn) == ["Defender 1", "Defender 2", "Stranger"]
    where, values = IncidentFilter(sender="Stranger").where()
    found = ngo.vault.conn.execute(f"SELECT title FROM incidents WHERE {where}", values)
    assert {t for (t,) in found} == {f"Stranger incident {k}" for k in range(3)}


def test_the_command_line_prints_a_line_per_bundle(inbox, cli_for):
    ngo, folder, _senders = inbox
    run = cli_for(ngo)
    result = run("import", str(folder), "--json")
    assert result.code == 1  # some were refused
    rows = json.loads(result.out)
    assert [r["result"] for r in rows] == [IMPORTED, IMPORTED, REFUSED, REFUSED, REFUSED]
    text = run("import", str(folder / "0-bundle.age"), str(folder / "3-damaged.age"))
    assert "0-bundle.age: already imported from Defender 1" in text.out
    assert "3-damaged.age: refused: " in text.out
    assert text.out.strip().endswith("1 already imported, 1 refused")


def test_nothing_named_may_be_missing(inbox, tmp_path):
    _ngo, folder, _senders = inbox
    from hrdoc.core.errors import InvalidInput

    with pytest.raises(InvalidInput, match="no such file"):
        bundle_files([folder, tmp_path / "absent.age"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InvalidInput, match="no bundle"):
        bundle_files([empty])


@pytest.fixture
def cli_for(monkeypatch):
    """Run ``hrdoc`` in this process against a party's vault folder."""
    import io
    from contextlib import redirect_stderr

    from hrdoc import cli as cli_module
    from tests.conftest import CliResult

    def make(party: Party):  # type: ignore[no-untyped-def]
        party.vault.lock()
        monkeypatch.setenv("HRDOC_PASSPHRASE", party.passphrase)

        def run(*argv: str) -> CliResult:
            out, err = io.StringIO(), io.StringIO()
            with redirect_stderr(err):
                code = cli_module.main(["--vault", str(party.folder), *argv], out=out)
            return CliResult(code, out.getvalue(), err.getvalue())

        return run

    yield make


def test_a_retracting_sender_is_withdrawn_whole_and_undoably(inbox, cli_for):
    """Defender 1 retracts: their case and incidents go (one undo brings them
    back); what another sender sent stays; --purge erases for good."""
    ngo, folder, _senders = inbox
    import_many(ngo.store, bundle_files([folder]), accept_unknown_sender=True)
    run = cli_for(ngo)
    listed = json.loads(run("sender", "list", "--json").out)
    assert {r["name"]: r["records"] for r in listed} == {
        "Defender 1": 4,
        "Defender 2": 4,
        "Stranger": 4,
    }
    dry = run("sender", "withdraw", "Defender 1", "--dry-run")
    assert dry.code == 0 and "would remove: 1 case, 3 incident" in dry.out
    assert run("sender", "withdraw", "Defender 1").code == 0
    from hrdoc.core.store import Store
    from hrdoc.core.vault import Vault

    vault = Vault.open(ngo.folder, ngo.passphrase)
    remaining = {i.title for i in Store(vault).find(Incident)}
    vault.lock()
    assert not any(t.startswith("Defender 1") for t in remaining)
    assert {f"Defender 2 incident {k}" for k in range(3)} <= remaining
    assert run("undo").code == 0
    vault = Vault.open(ngo.folder, ngo.passphrase)
    assert {f"Defender 1 incident {k}" for k in range(3)} <= {
        i.title for i in Store(vault).find(Incident)
    }
    vault.lock()
    purged = run("sender", "withdraw", "Stranger", "--purge")
    assert "erased for good: 1 case, 3 incident" in purged.out
    unknown = run("sender", "withdraw", "Nobody")
    assert unknown.code != 0 and "nothing was ever received from 'Nobody'" in unknown.err


def test_a_senders_cases_can_be_exported(inbox, cli_for, tmp_path):
    """An NGO forwards, or reports on, what one defender sent: the cases
    received from them, and nothing of anyone else's."""
    ngo, folder, _senders = inbox
    import_many(ngo.store, bundle_files([folder]), accept_unknown_sender=True)
    run = cli_for(ngo)
    out = tmp_path / "d2.json"
    done = run(
        "export", "report", "--profile", "full", "--format", "json",
        "--received-from", "Defender 2", "-o", str(out),
    )  # fmt: skip
    assert done.code == 0, done.err
    records = json.loads(out.read_text())["records"]
    assert {i["title"] for i in records["incident"]} == {
        f"Defender 2 incident {k}" for k in range(3)
    }
    none = run(
        "export", "report", "--profile", "full", "--format", "json",
        "--received-from", "Nobody", "-o", str(tmp_path / "x.json"),
    )  # fmt: skip
    assert none.code != 0 and "no case was received from 'Nobody'" in none.err
