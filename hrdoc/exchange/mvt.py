"""Results of Amnesty's Mobile Verification Toolkit (MVT), kept as evidence.

An MVT output folder (mvt-ios or mvt-android) holds info.json, command.log,
alerts.json, <module>.json, <module>_detected.json and timeline.csv. Import
stores every file as evidence (hashed at intake, with a custody note naming
the MVT version, the run date and the indicator files used), records an
indicator of its own type for each alert that matched a known indicator
(every kind MVT's loader reads: mvt/common/indicators.py), writes a short
readable summary (mvt-summary.txt, also evidence) that lists those and the
alerts that name no indicator (root binaries, suspicious settings) with their
module, level and time, and sets the incident's verification to "forensic
indication (MVT)", never "confirmed": as MVT itself says, only expert review
can confirm an attack.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hrdoc.core.errors import HrdocError, InvalidInput
from hrdoc.core.evidence import discard_staged, stage_evidence, stage_files
from hrdoc.core.jsonin import parse_json
from hrdoc.core.progress import Progress
from hrdoc.core.records import Incident, Indicator, Sensitivity
from hrdoc.core.store import Store

CAVEAT = (
    "MVT reports indications of compromise, not proof: only review by a forensic expert "
    "can confirm an attack."
)
MAX_FILES = 500
MAX_JSON_BYTES = 256 << 20

#: MVT's indicator collections (Indicators._new_collection) -> hrdoc types
_TYPES = {
    "domains": "domain",
    "urls": "url",
    "processes": "process_name",
    "emails": "email",
    "file_names": "file_name",
    "file_paths": "file_path",
    "files_sha256": "file_sha256",
    "files_sha1": "file_sha1",
    "files_md5": "file_md5",
    "app_ids": "app_id",
    "app_cert_hashes": "app_cert_hash",
    "android_property_names": "android_property",
    "ios_profile_ids": "ios_profile_id",
}
#: the levels whose alerts the summary lists one by one (the rest are counted)
SERIOUS = ("CRITICAL", "HIGH")


class MvtError(HrdocError):
    pass


@dataclass
class Detection:
    level: str
    module: str
    message: str
    event_time: str
    indicator_type: str
    value: str
    malware: str
    stix_file: str

    def line(self) -> str:
        when = f" at {self.event_time}" if self.event_time else ""
        return (
            f"{self.level} {self.module}: {self.indicator_type} '{self.value}' "
            f"({self.malware}, from {self.stix_file}){when}"
        )


@dataclass
class Finding:
    """An alert that names no indicator (a root binary, a suspicious setting)."""

    level: str
    module: str
    message: str
    event_time: str

    def line(self) -> str:
        when = f" at {self.event_time}" if self.event_time else ""
        return f"{self.level} {self.module}: {self.message}{when}"


@dataclass
class MvtResult:
    mvt_version: str
    run_date: str
    ioc_files: list[str]
    levels: Counter[str] = field(default_factory=Counter)
    detections: list[Detection] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    evidence_ids: list[str] = field(default_factory=list)
    indicator_ids: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)

    def summary_lines(self) -> list[str]:
        out = [
            f"MVT {self.mvt_version}, run {self.run_date}, indicator files: "
            f"{', '.join(self.ioc_files) or 'none listed'}",
            "alerts: "
            + (", ".join(f"{n} {lvl}" for lvl, n in self.levels.most_common()) or "none"),
        ]
        if self.detections:
            out += [f"  {d.line()}" for d in self.detections]
        else:
            out.append("no known indicator matched (this does not prove the device is clean)")
        serious = [f for f in self.findings if f.level in SERIOUS]
        if serious:
            out.append("alerts that name no indicator:")
            out += [f"  {f.line()}" for f in serious]
        others = len(self.findings) - len(serious)
        if others:
            out.append(f"{others} lower-level alert(s) without an indicator: see alerts.json")
        if self.unreadable:
            out.append("matched indicators of a kind hrdoc does not know (kept in alerts.json):")
            out += [f"  {line}" for line in self.unreadable]
        out.append(CAVEAT)
        return out

    def headline(self) -> str:
        """One line for the incident's evidence list."""
        serious = sum(1 for f in self.findings if f.level in SERIOUS)
        return (
            f"MVT summary: {len(self.detections)} known indicator(s) matched, "
            f"{serious} high or critical alert(s) without an indicator "
            f"(MVT {self.mvt_version}, run {self.run_date})"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "mvt_version": self.mvt_version,
            "run_date": self.run_date,
            "ioc_files": self.ioc_files,
            "alert_levels": dict(self.levels),
            "detections": [d.__dict__ for d in self.detections],
            "findings": [f.__dict__ for f in self.findings],
            "evidence": self.evidence_ids,
            "indicators": self.indicator_ids,
            "unreadable": self.unreadable,
            "caveat": CAVEAT,
        }


def _load_json(path: Path) -> Any:
    if path.stat().st_size > MAX_JSON_BYTES:
        raise MvtError(f"{path.name} is too large to be MVT output")
    try:
        return parse_json(path.read_bytes(), path.name[:80])
    except InvalidInput as exc:
        raise MvtError(f"{exc}; nothing was stored") from None


def _alerts(folder: Path, result: MvtResult) -> list[dict[str, Any]]:
    """alerts.json if present; otherwise the matches in <module>_detected.json."""
    alerts_file = folder / "alerts.json"
    if alerts_file.is_file():
        alerts = _load_json(alerts_file)
        if not isinstance(alerts, list):
            raise MvtError("alerts.json is not a list of alerts; nothing was stored")
        return [a for a in alerts if isinstance(a, dict)]
    found: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*_detected.json")):
        items = _load_json(path)
        module = path.name[: -len("_detected.json")]
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and isinstance(item.get("matched_indicator"), dict):
                found.append(
                    {
                        "level": "CRITICAL",
                        "module": module,
                        "message": "",
                        "event_time": "",
                        "matched_indicator": item["matched_indicator"],
                    }
                )
    return found


def read_folder(folder: Path) -> tuple[MvtResult, list[Path]]:
    """Check and read an MVT output folder without storing anything."""
    if not folder.is_dir():
        raise MvtError(f"{folder} is not a folder")
    info_file = folder / "info.json"
    if not info_file.is_file():
        raise MvtError(f"{folder} is not MVT output (it has no info.json); nothing was stored")
    info = _load_json(info_file)
    if not isinstance(info, dict) or "mvt_version" not in info:
        raise MvtError(f"{folder} is not MVT output (info.json names no MVT version)")
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink())
    if len(files) > MAX_FILES:
        raise MvtError(f"{folder} holds more than {MAX_FILES} files; is it really MVT output?")
    iocs = info.get("ioc_files")
    if not isinstance(iocs, list):
        iocs = []
    result = MvtResult(
        mvt_version=str(info.get("mvt_version")),
        run_date=str(info.get("date", "")),
        ioc_files=[Path(str(f)).name for f in iocs],
    )
    for alert in _alerts(folder, result):
        level = str(alert.get("level", "")).upper() or "UNKNOWN"
        result.levels[level] += 1
        matched = alert.get("matched_indicator")
        if not isinstance(matched, dict) or not matched.get("value"):
            result.findings.append(
                Finding(
                    level=level,
                    module=str(alert.get("module", "")),
                    message=str(alert.get("message", ""))[:1000],
                    event_time=str(alert.get("event_time") or ""),
                )
            )
            continue
        result.detections.append(
            Detection(
                level=level,
                module=str(alert.get("module", "")),
                message=str(alert.get("message", "")),
                event_time=str(alert.get("event_time") or ""),
                indicator_type=str(matched.get("type", "")),
                value=str(matched["value"]),
                malware=str(matched.get("name", "")),
                stix_file=Path(str(matched.get("stix2_file_name", ""))).name,
            )
        )
    return result, files


def import_mvt(
    store: Store, folder: Path, incident_id: str, progress: Progress | None = None
) -> MvtResult:
    """Store an MVT run as evidence of an incident, with its detections: all
    of it or, on an error or a cancel (``progress`` raising Cancelled), none."""
    incident = store.get(Incident, incident_id)
    result, files = read_folder(folder)
    custody = (
        f"MVT {result.mvt_version} output, run {result.run_date}, "
        f"indicator files: {', '.join(result.ioc_files) or 'none listed'}"
    )
    staged = stage_files(
        store,
        incident.id,
        files,
        progress=progress,
        description=f"MVT result file ({custody})",
        origin="Mobile Verification Toolkit",
    )
    try:
        indicators = _indicators(result, incident.id)  # first: it lists what it cannot type
        summary = "\n".join(result.summary_lines()) + "\n"
        staged.append(
            stage_evidence(
                store,
                incident.id,
                io.BytesIO(summary.encode("utf-8")),
                "mvt-summary.txt",
                media_type="text/plain",
                description=result.headline(),
                origin="hrdoc, from the MVT results beside it",
            )
        )
        changed = []
        current = store.get(Incident, incident.id)
        if indicators and current.verification != "forensically_confirmed":
            data = current.to_dict() | {"verification": "forensic_indication"}
            changed.append(Incident.from_dict(data))
        store.add_all([*staged, *indicators], note="from MVT results", then_update=changed)
    except BaseException:
        discard_staged(store, staged)
        raise
    result.evidence_ids = [record.id for record in staged]
    result.indicator_ids = [i.id for i in indicators]
    return result


def _indicators(result: MvtResult, incident_id: str) -> list[Indicator]:
    """An indicator for each detection hrdoc can type; the rest are listed as unreadable."""
    indicators = []
    for d in result.detections:
        kind = _TYPES.get(d.indicator_type, "")
        if not kind:
            result.unreadable.append(f"{d.indicator_type}: {d.value}")
            continue
        when = d.event_time[:10] if d.event_time[:4].isdigit() else None
        indicators.append(
            Indicator(
                incident_id=incident_id,
                type=kind,
                value=d.value,
                first_seen=when,
                source=f"MVT {result.mvt_version} module {d.module}; {d.stix_file} ({d.malware})",
                notes=(
                    f"{d.level} alert in module {d.module}"
                    + (f" at {d.event_time}" if d.event_time else "")
                    + f": {d.message}\n{CAVEAT}"
                ),
                sensitivity=Sensitivity.RESTRICTED,
            )
        )
    return indicators
