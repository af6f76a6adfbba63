"""The incidents' indicators, after redaction, as a STIX 2.1 bundle, in one of
two dialects, because the tools NGOs run read STIX differently:

- ``mvt`` (the default): the patterns MVT's loader reads and Amnesty's files
  use (``[app:id='...']``, ``[process:name='...']``, ``file:hashes.sha256``).
  MVT splits a pattern on ``=`` and drops every ``'``
  (mvt/common/indicators.py, ``Indicators._process_indicator``), so a value
  holding ``=``, ``'`` or ``\\`` cannot reach it intact: such an indicator is
  left out, with a line saying so, rather than loaded as a different value.
- ``stix``: what the OASIS validator accepts in strict mode. Standard
  observables where STIX has one (``process:image_ref.name``, a file's
  directory and name, an app signing certificate as ``x509-certificate``),
  custom ``x-`` objects where it has none (a mobile app's package id, an
  Android property, a phone number, an SMS sender).

In both, every indicator has a name, a description, a ``valid_from`` that is
when it was first seen (the indicator's own date, else its incident's start),
and an ``indicates`` relationship to its malware family when the library
knows it. Nothing is left out without a line in the summary.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from hrdoc.core.records import utc_now
from hrdoc.core.redaction import WITHHELD_FIELD, redact_cases
from hrdoc.core.store import Store
from hrdoc.exchange.stix import match_indicators

DIALECTS = ("mvt", "stix")

_HASH_LENGTHS = {32: "md5", 40: "sha1", 64: "sha256"}
_STIX_HASH_NAMES = {"md5": "MD5", "sha1": "'SHA-1'", "sha256": "'SHA-256'"}

#: hrdoc type -> MVT's pattern path (mvt/common/indicators.py, _process_indicator)
_MVT_PATHS = {
    "domain": "domain-name:value",
    "url": "url:value",
    "ipv4": "ipv4-addr:value",
    "email": "email-addr:value",
    "process_name": "process:name",
    "file_sha256": "file:hashes.sha256",
    "file_sha1": "file:hashes.sha1",
    "file_md5": "file:hashes.md5",
    "file_path": "file:path",
    "file_name": "file:name",
    "app_id": "app:id",
    "android_property": "android-property:name",
    "ios_profile_id": "configuration-profile:id",
}
#: what MVT has no indicator type for
_MVT_CANNOT = {
    "ipv6": "MVT reads no IPv6 indicators",
    "phone_number": "MVT has no indicator type for phone numbers",
    "sms_sender": "MVT has no indicator type for SMS senders",
}
#: hrdoc type -> a STIX 2.1 pattern path (standard observable, or an x- one)
_STIX_PATHS = {
    "domain": "domain-name:value",
    "url": "url:value",
    "ipv4": "ipv4-addr:value",
    "ipv6": "ipv6-addr:value",
    "email": "email-addr:value",
    "process_name": "process:image_ref.name",
    "file_name": "file:name",
    "app_id": "x-mobile-app:package_id",
    "android_property": "x-android-property:name",
    "ios_profile_id": "x-ios-configuration-profile:profile_id",
    "phone_number": "x-phone-number:value",
    "sms_sender": "x-sms-sender:value",
}
_FILE_HASHES = {"file_sha256": "sha256", "file_sha1": "sha1", "file_md5": "md5"}
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_TIMESTAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})")


@dataclass
class StixExport:
    dialect: str
    bundle: dict[str, Any]
    indicators: int = 0
    #: (what, why) -> how many were left out for that reason
    left_out: Counter[tuple[str, str]] = field(default_factory=Counter)

    def summary_lines(self) -> list[str]:
        lines = [f"{self.indicators} indicator(s) as STIX 2.1 ({self.dialect} dialect)"]
        for (what, why), n in sorted(self.left_out.items()):
            lines.append(f"left out {n} {what}: {why}")
        return lines


def quoted(value: str) -> str:
    """A STIX pattern string literal."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _is_hex(value: str, length: int) -> bool:
    return len(value) == length and all(c in "0123456789abcdefABCDEF" for c in value)


def mvt_pattern(kind: str, value: str) -> tuple[str | None, str]:
    """(pattern, "") for MVT, or (None, why it cannot be written)."""
    if kind in _MVT_CANNOT:
        return None, _MVT_CANNOT[kind] + " (--dialect stix writes it)"
    if any(c in value for c in "='\\") or value != value.strip() or not value.isprintable():
        return None, (
            "MVT's loader cannot read a value with = ' \\ or spaces around it"
            " (--dialect stix writes it)"
        )
    if kind == "process_name" and "/" in value:
        # MVT compares only the last part of a running process's path with it
        # (Indicators.check_process: os.path.basename): it could never match
        return None, "MVT matches process names without a folder; this one has a /"
    if kind == "app_cert_hash":
        algorithm = _HASH_LENGTHS.get(len(value))
        if algorithm is None or not _is_hex(value, len(value)):
            return None, "not an MD5, SHA-1 or SHA-256 certificate hash"
        return f"[app:cert.{algorithm}='{value.lower()}']", ""
    path = _MVT_PATHS.get(kind)
    if path is None:
        return None, "no STIX pattern for this type"
    # no spaces around "=": MVT splits on it and strips only the outer brackets
    return f"[{path}='{value}']", ""


def stix_pattern(kind: str, value: str) -> tuple[str | None, str]:
    """(pattern, "") in standard STIX 2.1 (what the OASIS validator accepts),
    or (None, why it cannot be written)."""
    if kind in _FILE_HASHES or kind == "app_cert_hash":
        algorithm = _FILE_HASHES.get(kind) or _HASH_LENGTHS.get(len(value), "")
        if not algorithm or not _is_hex(value, {"md5": 32, "sha1": 40, "sha256": 64}[algorithm]):
            return None, f"not a valid {(algorithm or 'certificate').upper()} hash"
        observable = "file" if kind in _FILE_HASHES else "x509-certificate"
        return f"[{observable}:hashes.{_STIX_HASH_NAMES[algorithm]} = {quoted(value.lower())}]", ""
    if kind == "file_path":
        cut = max(value.rfind("/"), value.rfind("\\"))
        # the folder keeps its separator, so the path comes back exactly as it was
        folder, name = value[: cut + 1], value[cut + 1 :]
        if not name:
            return f"[directory:path = {quoted(value)}]", ""
        if not folder:
            return f"[file:name = {quoted(name)}]", ""
        return (
            f"[file:parent_directory_ref.path = {quoted(folder)} AND file:name = {quoted(name)}]",
            "",
        )
    path = _STIX_PATHS.get(kind)
    if path is None:
        return None, "no STIX pattern for this type"
    return f"[{path} = {quoted(value)}]", ""


def stix_time(date: str | None) -> str | None:
    """A STIX timestamp for an hrdoc date: a partial date is its first moment."""
    if not date:
        return None
    date = date.lstrip("~").strip()
    partial = _PARTIAL_DATE.match(date)
    if partial:
        year, month, day = partial.group(1), partial.group(2) or "01", partial.group(3) or "01"
        return f"{year}-{month}-{day}T00:00:00Z"
    stamp = _TIMESTAMP.match(date)
    if stamp:
        return f"{stamp.group(1)}T{stamp.group(2)}Z"
    return None


def export_stix(
    store: Store,
    *,
    profile: str,
    case_ids: list[str] | None = None,
    dialect: str = "mvt",
) -> StixExport:
    """The incidents' indicators, through the redaction function, as STIX 2.1."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown STIX dialect {dialect!r}")
    redacted = redact_cases(store, profile, case_ids)
    families = {m.indicator_id: m.family for m in match_indicators(store, case_ids)}
    incidents = {row["id"]: row for row in redacted.of("incident")}
    labels = store.vocab["indicator_types"]
    incident_types = store.vocab["incident_types"]
    now = utc_now().replace("Z", "")[:23] + "Z"
    result = StixExport(dialect, {"type": "bundle", "id": f"bundle--{uuid.uuid4()}"})
    objects: list[dict[str, Any]] = []
    malware_ids: dict[str, str] = {}
    write = mvt_pattern if dialect == "mvt" else stix_pattern
    for row in redacted.of("indicator"):
        kind, value = str(row.get("type") or ""), row.get("value")
        label = labels.label(kind) if kind else "indicator"
        if not value or value == WITHHELD_FIELD:
            result.left_out[(label.lower(), "its value is withheld by the profile")] += 1
            continue
        value = str(value)
        pattern, why = write(kind, value)
        if pattern is None:
            result.left_out[(label.lower(), why)] += 1
            continue
        incident = incidents.get(str(row.get("incident_id")), {})
        seen = row.get("first_seen") or incident.get("start_date")
        first_seen = stix_time(seen)
        kinds = ", ".join(incident_types.label(t) for t in incident.get("types") or [])
        source_id = redacted.id_map.get(row["id"], row["id"])
        family = families.get(source_id)
        description = (
            f"{label} {value} recorded in a documented incident"
            + (f" ({kinds})" if kinds else "")
            + (f", first seen {seen}" if first_seen else ", first-seen date unknown")
            + (f"; known indicator of {family}" if family else "")
            + ". Exported by hrdoc."
        )
        indicator_id = f"indicator--{uuid.uuid4()}"
        objects.append(
            {
                "type": "indicator",
                "spec_version": "2.1",
                "id": indicator_id,
                "created": now,
                "modified": now,
                "name": f"{label}: {value}",
                "description": description,
                "indicator_types": ["malicious-activity"],
                "pattern": pattern,
                "pattern_type": "stix",
                "pattern_version": "2.1",
                "valid_from": first_seen or now,
                "labels": [f"hrdoc:{kind}"],
            }
        )
        result.indicators += 1
        if family:
            if family not in malware_ids:
                malware_ids[family] = f"malware--{uuid.uuid4()}"
                objects.append(
                    {
                        "type": "malware",
                        "spec_version": "2.1",
                        "id": malware_ids[family],
                        "created": now,
                        "modified": now,
                        "name": family,
                        "description": f"{family}, as named by the indicator library.",
                        "malware_types": ["spyware"],
                        "is_family": True,
                    }
                )
            objects.append(
                {
                    "type": "relationship",
                    "spec_version": "2.1",
                    "id": f"relationship--{uuid.uuid4()}",
                    "created": now,
                    "modified": now,
                    "relationship_type": "indicates",
                    "source_ref": indicator_id,
                    "target_ref": malware_ids[family],
                }
            )
    result.bundle["objects"] = objects
    return result
