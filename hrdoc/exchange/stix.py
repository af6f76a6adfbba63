"""STIX 2.1 indicators: a library of known ones, matching, and export.

Import reads bundles of ``malware``, ``indicator`` and ``relationship``
objects (the form of MVT's and Amnesty's published files) into the vault's
indicator library, all or nothing. Matching follows MVT's rules: a domain
matches itself and its subdomains, a URL matches by its host too. Export
writes the incidents' indicators, after redaction, as a STIX 2.1 bundle.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hrdoc.core.errors import HrdocError, InvalidInput
from hrdoc.core.jsonin import parse_json
from hrdoc.core.progress import Progress
from hrdoc.core.records import Incident, Indicator, utc_now
from hrdoc.core.redaction import WITHHELD_FIELD, redact_cases
from hrdoc.core.store import Store

MAX_STIX_BYTES = 256 << 20
MAX_PATTERN_CHARS = 4096  # an indicator is a domain, a URL, a hash: never megabytes

#: STIX pattern path -> hrdoc indicator type
_PATTERNS: dict[str, str] = {
    "domain-name:value": "domain",
    "url:value": "url",
    "ipv4-addr:value": "ipv4",
    "ipv6-addr:value": "ipv6",
    "email-addr:value": "email",
    "process:name": "process_name",
    "file:hashes.sha256": "file_sha256",
    "file:hashes.'sha-256'": "file_sha256",
    "file:hashes.'sha256'": "file_sha256",
    "file:hashes.sha1": "file_sha1",
    "file:hashes.'sha-1'": "file_sha1",
    "file:hashes.md5": "file_md5",
    "file:hashes.'md5'": "file_md5",
    "file:name": "file_path",
    "file:path": "file_path",
    "app:id": "app_id",
}
_TO_PATTERN = {
    "domain": "domain-name:value",
    "url": "url:value",
    "ipv4": "ipv4-addr:value",
    "ipv6": "ipv6-addr:value",
    "email": "email-addr:value",
    "process_name": "process:name",
    # the spellings MVT's loader and Amnesty's files use
    "file_sha256": "file:hashes.sha256",
    "file_sha1": "file:hashes.sha1",
    "file_md5": "file:hashes.md5",
    "app_id": "app:id",
    "file_path": "file:path",
}
_SIMPLE = re.compile(r"^\[\s*([a-z0-9-]+:[A-Za-z0-9_.'-]+)\s*=\s*'((?:[^'\\]|\\.)*)'\s*\]$")


class StixError(HrdocError):
    pass


def normalise(kind: str, value: str) -> str:
    value = value.strip()
    if kind in ("domain", "email", "file_sha256", "file_sha1", "file_md5"):
        return value.lower().rstrip(".")
    return value


def parse_pattern(pattern: str) -> tuple[str, str] | None:
    """(hrdoc type, value) of a single-comparison STIX pattern, or None."""
    match = _SIMPLE.match(pattern.strip())
    if not match:
        return None
    path, raw = match.group(1), match.group(2)
    kind = _PATTERNS.get(path.lower()) or _PATTERNS.get(path)
    if kind is None:
        return None
    value = raw.replace("\\'", "'").replace("\\\\", "\\")
    return kind, normalise(kind, value)


@dataclass
class StixImport:
    file_name: str
    indicators: int = 0
    families: Counter[str] = field(default_factory=Counter)
    unsupported: Counter[str] = field(default_factory=Counter)
    already_loaded: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "indicators": self.indicators,
            "families": dict(self.families),
            "unsupported": dict(self.unsupported),
            "already_loaded": self.already_loaded,
        }


Rows = list[tuple[str, str, str, str]]  # (type, value, family, stix id)


def read_stix(data: bytes | str, file_name: str) -> tuple[StixImport, Rows]:
    """Parse a STIX 2.1 bundle: the summary and (type, value, family, stix id) rows."""
    summary = StixImport(file_name)
    try:
        doc = parse_json(data, file_name[:80])
    except InvalidInput as exc:
        raise StixError(f"{exc}: nothing imported") from None
    if (
        not isinstance(doc, dict)
        or doc.get("type") != "bundle"
        or not isinstance(doc.get("objects"), list)
    ):
        raise StixError(
            f"{file_name} is not a STIX 2.1 bundle (no 'objects' list): nothing imported"
        )
    objects = [o for o in doc["objects"] if isinstance(o, dict)]
    summary.unsupported["not an object"] = len(doc["objects"]) - len(objects)
    malware = {
        o["id"]: str(o.get("name") or "unnamed malware")[:200]
        for o in objects
        if o.get("type") == "malware" and isinstance(o.get("id"), str)
    }
    family_of: dict[str, str] = {}
    for o in objects:
        if o.get("type") == "relationship" and o.get("relationship_type") == "indicates":
            target = o.get("target_ref")
            if (
                isinstance(target, str)
                and target in malware
                and isinstance(o.get("source_ref"), str)
            ):
                family_of[o["source_ref"]] = malware[target]
    rows = []
    for o in objects:
        if o.get("type") != "indicator":
            continue
        pattern = o.get("pattern")
        if o.get("pattern_type", "stix") != "stix" or not isinstance(pattern, str):
            summary.unsupported["not a STIX pattern"] += 1
            continue
        if len(pattern) > MAX_PATTERN_CHARS:  # before any work on it
            summary.unsupported[f"pattern longer than {MAX_PATTERN_CHARS} characters"] += 1
            continue
        parsed = parse_pattern(pattern)
        if parsed is None:
            path = pattern.strip("[ ").split("=")[0].strip() if "=" in pattern else "malformed"
            summary.unsupported[path[:60]] += 1
            continue
        family = family_of.get(str(o.get("id")), "") or (
            next(iter(malware.values())) if len(malware) == 1 else "unknown"
        )
        rows.append((parsed[0], parsed[1], family, str(o.get("id", ""))))
        summary.families[family] += 1
    summary.unsupported = Counter({k: v for k, v in summary.unsupported.items() if v})
    summary.indicators = len(rows)
    if not rows:
        raise StixError(f"{file_name} holds no indicators hrdoc can use: nothing imported")
    return summary, rows


def read_stix_file(path: Path) -> tuple[StixImport, Rows, str]:
    """:func:`read_stix` of a file, and the file's SHA-256. The bytes are let
    go once decoded: a file holding one 100 MB string peaks near 3x its size,
    not 5x."""
    try:
        if path.stat().st_size > MAX_STIX_BYTES:
            raise StixError(f"{path.name} is larger than {MAX_STIX_BYTES >> 20} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise StixError(f"cannot read {path}: {exc.strerror}") from None
    digest = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise StixError(f"{path.name[:80]} is not UTF-8 text: nothing imported") from None
    del data
    summary, rows = read_stix(text, path.name)
    return summary, rows, digest


def import_stix(store: Store, path: Path, progress: Progress | None = None) -> StixImport:
    """Load a STIX file into the library, all or nothing; loading it again
    changes nothing. ``progress`` may raise Cancelled before anything is written."""
    summary, rows, digest = read_stix_file(path)
    if progress:
        progress(0, len(rows))
    conn = store.vault.conn
    if conn.execute("SELECT 1 FROM ioc_sources WHERE sha256 = ?", (digest,)).fetchone():
        summary.already_loaded = True
        return summary
    with store.vault.transaction() as tx:
        cursor = tx.execute(
            "INSERT INTO ioc_sources (file_name, sha256, imported_at, indicators, unsupported)"
            " VALUES (?, ?, ?, ?, ?)",
            (path.name, digest, utc_now(), len(rows), sum(summary.unsupported.values())),
        )
        source = cursor.lastrowid
        tx.executemany(
            "INSERT INTO ioc_library (source, type, value, family, stix_id) VALUES (?, ?, ?, ?, ?)",
            [(source, kind, value, family, stix_id) for kind, value, family, stix_id in rows],
        )
    return summary


# --- matching ---------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    indicator_id: str
    incident_id: str
    type: str
    value: str
    matched: str
    family: str
    source_file: str
    rule: str

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


def _domains_to_try(host: str) -> list[str]:
    """host and each parent domain: a.b.example.org -> [..., example.org, org]."""
    parts = host.lower().rstrip(".").split(".")
    return [".".join(parts[i:]) for i in range(len(parts))]


def match_indicators(store: Store, case_ids: list[str] | None = None) -> list[Match]:
    """Every recorded indicator (of the given cases) found in the library."""
    conn = store.vault.conn
    if case_ids:
        incident_ids = {i.id for c in case_ids for i in store.find(Incident, where={"case_id": c})}
        indicators = [i for i in store.find(Indicator) if i.incident_id in incident_ids]
    else:
        indicators = store.find(Indicator)

    def lookup(kind: str, value: str) -> list[tuple[str, str, str]]:
        return conn.execute(
            "SELECT l.value, l.family, s.file_name FROM ioc_library l"
            " JOIN ioc_sources s ON s.n = l.source WHERE l.type = ? AND l.value = ?",
            (kind, value),
        ).fetchall()

    found = []
    for ind in indicators:
        value = normalise(ind.type, ind.value)
        candidates: list[tuple[str, str, str]] = []
        if ind.type == "domain" or ind.type == "url":
            host = value
            if ind.type == "url":
                candidates += [(value, "url", "the same URL")]
                parsed = urlsplit(value if "://" in value else "http://" + value)
                host = (parsed.hostname or "").lower()
            for n, domain in enumerate(_domains_to_try(host)):
                if domain.count(".") == 0 and n:
                    break  # never match a bare top-level domain
                rule = "the same domain" if n == 0 else "a subdomain of"
                candidates.append((domain, "domain", rule))
        elif ind.type in (
            "email",
            "process_name",
            "file_sha256",
            "file_sha1",
            "file_md5",
            "app_id",
            "ipv4",
            "ipv6",
            "file_path",
        ):
            candidates.append((value, ind.type, "the same value"))
        for candidate, kind, rule in candidates:
            for matched, family, source_file in lookup(kind, candidate):
                found.append(
                    Match(
                        ind.id,
                        ind.incident_id,
                        ind.type,
                        ind.value,
                        matched,
                        family,
                        source_file,
                        rule,
                    )
                )
    return found


# --- export ---------------------------------------------------------------------------


def export_stix(store: Store, *, profile: str, case_ids: list[str] | None = None) -> dict[str, Any]:
    """The incidents' indicators, through the redaction function, as a STIX 2.1 bundle."""
    redacted = redact_cases(store, profile, case_ids)
    families = {m.indicator_id: m.family for m in match_indicators(store, case_ids)}
    now = utc_now().replace("Z", "")[:23] + "Z"
    objects: list[dict[str, Any]] = []
    malware_ids: dict[str, str] = {}
    for row in redacted.of("indicator"):
        path = _TO_PATTERN.get(row.get("type", ""))
        value = row.get("value")
        if not path or not value or value == WITHHELD_FIELD:  # nothing to match on
            continue
        escaped = str(value).replace("\\", "\\\\").replace("'", "\\'")
        indicator_id = f"indicator--{uuid.uuid4()}"
        objects.append(
            {
                "type": "indicator",
                "spec_version": "2.1",
                "id": indicator_id,
                "created": now,
                "modified": now,
                "indicator_types": ["malicious-activity"],
                # no spaces around "=": MVT's loader splits the pattern on it
                "pattern": f"[{path}='{escaped}']",
                "pattern_type": "stix",
                "pattern_version": "2.1",
                "valid_from": now,
            }
        )
        source_id = redacted.id_map.get(row["id"], row["id"])
        family = families.get(source_id)
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
                        "is_family": False,
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
    return {"type": "bundle", "id": f"bundle--{uuid.uuid4()}", "objects": objects}
