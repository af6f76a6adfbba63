"""STIX 2.1 indicators and MVT results."""

from __future__ import annotations

import hashlib
import io
import json
import random
import shutil

import pytest

from hrdoc.core.errors import HrdocError
from hrdoc.core.evidence import export_evidence
from hrdoc.core.progress import Cancelled
from hrdoc.core.records import Case, Evidence, Incident, Indicator
from hrdoc.exchange.mvt import CAVEAT, MvtError, import_mvt
from hrdoc.exchange.stix import StixError, import_stix, match_indicators, parse_pattern
from hrdoc.exchange.stix_export import export_stix
from tests.conftest import SHARED

STIX = SHARED / "testdata" / "stix2"
MVT = SHARED / "testdata" / "mvt" / "ios-check-backup"
needs_stix = pytest.mark.skipif(not STIX.is_dir(), reason="../shared/testdata/stix2 is absent")
needs_mvt = pytest.mark.skipif(not MVT.is_dir(), reason="../shared/testdata/mvt is absent")


@pytest.fixture
def incident(store):
    case = store.add(Case(title="c"))
    return store.add(Incident(case_id=case.id, title="suspected infection"))


def library_size(store) -> int:
    return store.vault.conn.execute("SELECT count(*) FROM ioc_library").fetchone()[0]


@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("[domain-name:value='Weather4Free.com']", ("domain", "weather4free.com")),
        ("[process:name='bh']", ("process_name", "bh")),
        ("[email-addr:value='a@b.example']", ("email", "a@b.example")),
        ("[file:hashes.sha256='AB12']", ("file_sha256", "ab12")),
        ("[app:id='com.x.y']", ("app_id", "com.x.y")),
        ("[url:value='http://x.example/it\\'s']", ("url", "http://x.example/it's")),
        ("[domain-name:value='a.example' OR domain-name:value='b.example']", None),
        ("[x-custom:thing='y']", None),
        ("not a pattern", None),
    ],
)
def test_patterns(pattern, expected):
    assert parse_pattern(pattern) == expected


@needs_stix
def test_pegasus_indicators_load_and_match_domains_and_subdomains(store, incident):
    summary = import_stix(store, STIX / "pegasus.stix2")
    assert summary.indicators == 1549 and dict(summary.families) == {"Pegasus": 1549}
    again = import_stix(store, STIX / "pegasus.stix2")
    assert again.already_loaded and library_size(store) == 1549
    doc = json.loads((STIX / "pegasus.stix2").read_text())
    domain = next(
        o["pattern"].split("'")[1]
        for o in doc["objects"]
        if o["type"] == "indicator" and o["pattern"].startswith("[domain-name")
    )
    exact = store.add(Indicator(incident_id=incident.id, type="domain", value=domain.upper()))
    sub = store.add(Indicator(incident_id=incident.id, type="domain", value=f"cdn.{domain}"))
    url = store.add(
        Indicator(incident_id=incident.id, type="url", value=f"https://x.{domain}/a?b=1")
    )
    clean = store.add(
        Indicator(incident_id=incident.id, type="domain", value=f"{domain}.evil.example")
    )
    hits = {m.indicator_id: m for m in match_indicators(store)}
    assert set(hits) == {exact.id, sub.id, url.id}
    assert clean.id not in hits
    assert hits[sub.id].family == "Pegasus" and hits[sub.id].source_file == "pegasus.stix2"
    assert hits[sub.id].rule == "a subdomain of"


@needs_stix
def test_every_pattern_in_amnestys_predator_file_loads(store):
    summary = import_stix(store, STIX / "cytrox.stix2")
    assert summary.indicators == 343 and summary.families["Predator"] == summary.indicators
    assert sum(summary.unsupported.values()) == 0  # configuration-profile:id included
    kinds = {row[0] for row in store.vault.conn.execute("SELECT type FROM ioc_library")}
    assert kinds == {"domain", "file_path", "ios_profile_id"}


def test_unsupported_patterns_are_counted(store, tmp_path):
    bundle = {
        "type": "bundle",
        "objects": [
            {
                "type": "indicator",
                "id": "indicator--1",
                "pattern": "[domain-name:value='a.example']",
            },
            {"type": "indicator", "id": "indicator--2", "pattern": "[x-custom:thing='y']"},
            {"type": "indicator", "id": "indicator--3", "pattern": "[a:b='1' OR c:d='2']"},
        ],
    }
    path = tmp_path / "mixed.stix2"
    path.write_text(json.dumps(bundle))
    summary = import_stix(store, path)
    assert summary.indicators == 1 and sum(summary.unsupported.values()) == 2


@pytest.mark.parametrize(
    "content, message",
    [
        (b"{not json", "not valid JSON"),
        (b'{"type": "indicator"}', "not a STIX 2.1 bundle"),
        (b'{"type": "bundle", "objects": [1, "x", null]}', "no indicators"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b'{"type": "bundle", "objects": [{"type": "indicator", "pattern": 5}]}', "no indicators"),
    ],
)
def test_malformed_stix_is_a_clear_error_and_imports_nothing(store, tmp_path, content, message):
    path = tmp_path / "bad.stix2"
    path.write_bytes(content)
    with pytest.raises(StixError, match=message):
        import_stix(store, path)
    assert library_size(store) == 0


@needs_stix
def test_fuzzed_and_truncated_stix_never_crash(store, tmp_path):
    data = (STIX / "novispy.stix2").read_bytes()
    rng = random.Random(3)
    path = tmp_path / "fuzz.stix2"
    for i in range(200):
        mutated = bytearray(data if i % 2 else data[: rng.randrange(len(data))])
        for _ in range(rng.randrange(1, 8)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        path.write_bytes(bytes(mutated))
        before = library_size(store)
        try:
            summary = import_stix(store, path)
        except HrdocError:
            assert library_size(store) == before
        else:
            assert summary.indicators > 0


@needs_stix
def test_exported_stix_loads_with_the_stix2_library(store, incident):
    stix2 = pytest.importorskip("stix2")
    import_stix(store, STIX / "pegasus.stix2")
    for kind, value in [
        ("domain", "sub.weather4free.com"),
        ("email", "x@y.example"),
        ("file_sha256", "a" * 64),
        ("process_name", "bh"),
        ("url", "https://it's.example/q"),
    ]:
        store.add(Indicator(incident_id=incident.id, type=kind, value=value))
    bundle = export_stix(store, profile="full", dialect="stix").bundle
    parsed = stix2.parse(json.dumps(bundle), allow_custom=False)
    types = [o.type for o in parsed.objects]
    assert types.count("indicator") == 5
    assert "malware" in types and "relationship" in types  # the Pegasus match is linked
    patterns = {o.pattern for o in parsed.objects if o.type == "indicator"}
    assert "[domain-name:value = 'sub.weather4free.com']" in patterns


def test_stix_export_goes_through_redaction(store, incident):
    store.add(Indicator(incident_id=incident.id, type="domain", value="hidden.example"))
    assert (
        export_stix(store, profile="public").bundle["objects"] == []
    )  # the incident is restricted


@needs_mvt
def test_mvt_sample_gives_the_three_critical_detections(store, incident):
    result = import_mvt(store, MVT, incident.id)
    indicators = store.find(Indicator, where={"incident_id": incident.id})
    assert sorted((i.type, i.value) for i in indicators) == [
        ("domain", "example.org"),
        ("domain", "example.org"),
        ("process_name", "Launch"),
    ]
    modules = sorted(i.source.split(" module ")[1].split(";")[0] for i in indicators)
    assert modules == ["sms", "tcc", "whatsapp"]
    assert all(CAVEAT in i.notes and "test.stix2" in i.source for i in indicators)
    assert dict(result.levels) == {"CRITICAL": 3, "LOW": 1, "INFORMATIONAL": 1}
    assert store.get(Incident, incident.id).verification == "forensic_indication"
    files = sorted(p for p in MVT.iterdir() if p.is_file())
    stored = {e.file_name: e for e in store.find(Evidence)}
    assert set(stored) == {p.name for p in files} | {"mvt-summary.txt"}
    for path in files:
        assert stored[path.name].sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        out = io.BytesIO()
        export_evidence(store, stored[path.name].id, out)
        assert out.getvalue() == path.read_bytes()
    assert "MVT 2026.10.26" in stored["alerts.json"].description


@needs_mvt
def test_mvt_import_reports_progress_and_a_cancel_stores_nothing(store, incident):
    total = sum(p.stat().st_size for p in MVT.iterdir() if p.is_file())
    seen: list[tuple[int, int]] = []

    def cancel_after_the_second_file(done: int, of: int) -> None:
        seen.append((done, of))
        if len({d for d, _ in seen}) > 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_mvt(store, MVT, incident.id, cancel_after_the_second_file)
    assert {of for _, of in seen} == {total}
    assert store.count(Evidence) == 0 and store.count(Indicator) == 0
    assert store.vault.conn.execute("SELECT count(*) FROM evidence_blobs").fetchone()[0] == 0
    assert not list((store.vault.folder / "evidence").iterdir())
    assert store.get(Incident, incident.id).version == 1  # verification untouched

    seen.clear()
    import_mvt(store, MVT, incident.id, lambda done, of: seen.append((done, of)))
    assert seen[-1] == (total, total) and [d for d, _ in seen] == sorted(d for d, _ in seen)


@needs_stix
def test_cancelled_stix_load_stores_nothing(store):
    def cancel(_done: int, _total: int) -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        import_stix(store, STIX / "pegasus.stix2", cancel)
    assert library_size(store) == 0
    assert not import_stix(store, STIX / "pegasus.stix2").already_loaded


@needs_mvt
def test_mvt_variants_each_get_a_clear_outcome(store, incident, tmp_path):
    empty = tmp_path / "empty"
    shutil.copytree(MVT, empty)
    (empty / "alerts.json").write_text("[]")
    for path in empty.glob("*_detected.json"):
        path.unlink()
    (empty / "some_new_module.json").write_text('{"future": true}')
    result = import_mvt(store, empty, incident.id)
    assert result.detections == [] and "does not prove" in "\n".join(result.summary_lines())
    assert store.get(Incident, incident.id).verification == "alleged"

    older = tmp_path / "older"  # no alerts.json: detections come from *_detected.json
    shutil.copytree(MVT, older)
    (older / "alerts.json").unlink()
    assert len(import_mvt(store, older, incident.id).detections) == 3

    with pytest.raises(MvtError, match="not MVT output"):
        import_mvt(store, tmp_path, incident.id)
    broken = tmp_path / "broken"
    shutil.copytree(MVT, broken)
    (broken / "alerts.json").write_text('[{"level": "CRITICAL", "module": ')
    count = store.count(Evidence)
    with pytest.raises(MvtError, match=r"alerts\.json is not valid JSON"):
        import_mvt(store, broken, incident.id)
    assert store.count(Evidence) == count


def test_cli_stix_and_mvt(cli, tmp_path):
    if not STIX.is_dir() or not MVT.is_dir():
        pytest.skip("../shared/testdata is absent")
    assert cli("init").code == 0
    case = cli("case", "add", "--title", "c").out.strip()
    incident = cli("incident", "add", "--case", case, "--title", "i").out.strip()
    loaded = cli("indicators", "import-stix", str(STIX / "pegasus.stix2"))
    assert "1549 indicators (1549 Pegasus)" in loaded.out
    mvt = cli("evidence", "import-mvt", str(MVT), "--incident", incident)
    assert mvt.code == 0 and "3 CRITICAL" in mvt.out and "expert" in mvt.out
    cli(
        "indicator",
        "add",
        "--incident",
        incident,
        "--type",
        "domain",
        "--value",
        "a.weather4free.com",
    )
    hits = json.loads(cli("indicators", "match", "--json").out)
    assert [h["family"] for h in hits] == ["Pegasus"]
    out = tmp_path / "x.stix2"
    assert cli("export", "stix", "--profile", "full", "-o", str(out)).code == 0
    assert json.loads(out.read_text())["type"] == "bundle"
    bad = cli("evidence", "import-mvt", str(tmp_path), "--incident", incident)
    assert bad.code == 1 and "not MVT output" in bad.err and bad.err.count("\n") == 1


@needs_mvt
def test_fuzzed_mvt_json_gives_clear_errors(store, incident, tmp_path):
    rng = random.Random(11)
    for i in range(40):
        folder = tmp_path / f"f{i}"
        folder.mkdir()
        for name in ("info.json", "alerts.json", "tcc_detected.json"):
            data = bytearray((MVT / name).read_bytes())
            if i % 3 == 0:
                data = data[: rng.randrange(len(data))]
            for _ in range(rng.randrange(0, 6)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            (folder / name).write_bytes(bytes(data))
        try:
            import_mvt(store, folder, incident.id)
        except HrdocError as exc:
            assert "\n" not in str(exc)


def test_exported_stix_loads_in_mvt_where_installed(store, incident, tmp_path):
    mvt_indicators = pytest.importorskip("mvt.common.indicators")
    import logging

    for kind, value in [
        ("domain", "sub.weather4free.com"),
        ("process_name", "bh"),
        ("email", "x@y.example"),
        ("file_sha256", "b" * 64),
    ]:
        store.add(Indicator(incident_id=incident.id, type=kind, value=value))
    path = tmp_path / "hrdoc.stix2"
    path.write_text(json.dumps(export_stix(store, profile="full").bundle))
    loaded = mvt_indicators.Indicators(log=logging.getLogger("mvt"))
    loaded.parse_stix2(str(path))
    everything = json.dumps(loaded.ioc_collections)
    for value in ("sub.weather4free.com", "bh", "x@y.example", "b" * 64):
        assert value in everything
