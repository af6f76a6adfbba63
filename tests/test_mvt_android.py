"""A real mvt-android run (androidqf, MVT 2026.10; ../shared/testdata/mvt/
android-check-androidqf) with every kind of alert: each one is recorded in
hrdoc, and MVT finds every detection again in hrdoc's STIX export."""

from __future__ import annotations

import io
import json
import logging

import pytest

from hrdoc.core.evidence import export_evidence
from hrdoc.core.records import Case, Evidence, Incident, Indicator
from hrdoc.exchange.mvt import _TYPES, import_mvt
from hrdoc.exchange.stix import normalise
from hrdoc.exchange.stix_export import export_stix
from tests.conftest import SHARED

ANDROID = SHARED / "testdata" / "mvt" / "android-check-androidqf"
pytestmark = pytest.mark.skipif(not ANDROID.is_dir(), reason=f"{ANDROID} is absent")

#: MVT's check function for each of its indicator collections
MVT_CHECK = {
    "domains": "check_domain",
    "urls": "check_url",
    "processes": "check_process",
    "emails": "check_email",
    "file_names": "check_file_name",
    "file_paths": "check_file_path",
    "files_sha256": "check_file_hash",
    "files_sha1": "check_file_hash",
    "files_md5": "check_file_hash",
    "app_ids": "check_app_id",
    "app_cert_hashes": "check_app_certificate_hash",
    "android_property_names": "check_android_property_name",
    "ios_profile_ids": "check_profile",
}


@pytest.fixture
def incident(store):
    case = store.add(Case(title="c"))
    return store.add(Incident(case_id=case.id, title="phone checked with androidqf"))


def alerts() -> list[dict]:  # type: ignore[type-arg]
    return json.loads((ANDROID / "alerts.json").read_text(encoding="utf-8"))


def test_every_alert_is_an_indicator_of_its_own_kind_or_a_finding(store, incident):
    result = import_mvt(store, ANDROID, incident.id)
    matched = [a for a in alerts() if a.get("matched_indicator")]
    assert len(matched) >= 6 and {a["matched_indicator"]["type"] for a in matched} <= set(_TYPES)
    recorded = {
        (i.type, i.value): i for i in store.find(Indicator, where={"incident_id": incident.id})
    }
    for alert in matched:
        kind = _TYPES[alert["matched_indicator"]["type"]]
        indicator = recorded[(kind, normalise(kind, alert["matched_indicator"]["value"]))]
        assert alert["level"] in indicator.notes and alert["module"] in indicator.notes
    assert len(result.findings) == len(alerts()) - len(matched)
    assert result.unreadable == []


def test_the_incident_shows_a_short_readable_summary(store, incident):
    import_mvt(store, ANDROID, incident.id)
    summary = next(e for e in store.find(Evidence) if e.file_name == "mvt-summary.txt")
    assert "known indicator(s) matched" in summary.description
    out = io.BytesIO()
    export_evidence(store, summary.id, out)
    text = out.getvalue().decode("utf-8")
    for alert in alerts():
        if alert.get("matched_indicator"):
            assert alert["matched_indicator"]["value"] in text
        elif alert["level"] in ("HIGH", "CRITICAL"):
            assert alert["message"] in text and alert["module"] in text
    assert len(text.splitlines()) < 40  # short: the rest stays in alerts.json


def test_mvt_finds_every_detection_again_in_hrdocs_stix(store, incident, tmp_path):
    mvt_indicators = pytest.importorskip("mvt.common.indicators")
    import_mvt(store, ANDROID, incident.id)
    made = export_stix(store, profile="full", dialect="mvt")
    assert not made.left_out
    path = tmp_path / "from-hrdoc.stix2"
    path.write_text(json.dumps(made.bundle), encoding="utf-8")
    loaded = mvt_indicators.Indicators(log=logging.getLogger("mvt-test"))
    loaded.parse_stix2(str(path))
    for alert in alerts():
        found = alert.get("matched_indicator")
        if found:
            check = getattr(loaded, MVT_CHECK[found["type"]])
            assert check(found["value"]) is not None, found
