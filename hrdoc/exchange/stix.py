"""STIX 2.1 indicators: a library of known ones, matching, and export.

Import reads bundles of ``malware``, ``indicator``, ``relationship`` and
``report`` objects (the form of MVT's and Amnesty's published files) into the
vault's indicator library, all or nothing, accepting every pattern MVT's own
loader accepts and those hrdoc's standard dialect writes. Matching follows
MVT's rules: a domain matches itself and its subdomains, a URL matches by its
host too. Export is in stix_export.py.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hrdoc.core.errors import HrdocError, InvalidInput
from hrdoc.core.jsonin import parse_json
from hrdoc.core.progress import Progress
from hrdoc.core.records import Incident, Indicator, utc_now
from hrdoc.core.store import Store

MAX_STIX_BYTES = 256 << 20
MAX_PATTERN_CHARS = 4096  # an indicator is a domain, a URL, a hash: never megabytes

#: STIX pattern path -> hrdoc indicator type: every path MVT's loader reads
#: (mvt/common/indicators.py, Indicators._process_indicator, MVT 2026.10) and
#: those hrdoc's standard dialect writes (stix_export.py). Hash paths are
#: looked up after _canonical_path() (MVT's rule: algorithm without quotes or
#: hyphens, lower case).
_PATTERNS: dict[str, str] = {
    "domain-name:value": "domain",
    "url:value": "url",
    "ipv4-addr:value": "ipv4",
    "ipv6-addr:value": "ipv6",
    "email-addr:value": "email",
    "process:name": "process_name",
    "process:image_ref.name": "process_name",
    "file:hashes.sha256": "file_sha256",
    "file:hashes.sha1": "file_sha1",
    "file:hashes.md5": "file_md5",
    "file:name": "file_name",
    "file:path": "file_path",
    "directory:path": "file_path",
    "app:id": "app_id",
    "x-mobile-app:package_id": "app_id",
    "app:cert.sha256": "app_cert_hash",
    "app:cert.sha1": "app_cert_hash",
    "app:cert.md5": "app_cert_hash",
    "x509-certificate:hashes.sha256": "app_cert_hash",
    "x509-certificate:hashes.sha1": "app_cert_hash",
    "x509-certificate:hashes.md5": "app_cert_hash",
    "android-property:name": "android_property",
    "x-android-property:name": "android_property",
    "configuration-profile:id": "ios_profile_id",
    "x-ios-configuration-profile:profile_id": "ios_profile_id",
    "x-phone-number:value": "phone_number",
    "x-sms-sender:value": "sms_sender",
}
_LITERAL = r"'((?:[^'\\]|\\.)*)'"
_SIMPLE = re.compile(
    r"^\[\s*([a-z0-9-]+:[A-Za-z0-9_.'-]+)\s*=\s*" + _LITERAL + r"\s*\]$", re.DOTALL
)
#: a file in a folder, as the standard dialect writes a path
_FILE_IN_FOLDER = re.compile(
    r"^\[\s*file:parent_directory_ref\.path\s*=\s*"
    + _LITERAL
    + r"\s+AND\s+file:name\s*=\s*"
    + _LITERAL
    + r"\s*\]$",
    re.DOTALL,
)


class StixError(HrdocError):
    pass


def normalise(kind: str, value: str) -> str:
    value = value.strip()
    if kind in ("domain", "email", "file_sha256", "file_sha1", "file_md5", "app_cert_hash"):
        return value.lower().rstrip(".")
    return value


def _canonical_path(path: str) -> str:
    """A pattern path as MVT compares it: a hash algorithm without quotes or
    hyphens, in lower case (file:hashes.'SHA-256' -> file:hashes.sha256)."""
    for sep in ("hashes.", "cert."):
        if sep in path:
            prefix, _, algorithm = path.partition(sep)
            return prefix + sep + algorithm.replace("'", "").replace("-", "").lower()
    return path


def _unescape(raw: str) -> str:
    return re.sub(r"\\(.)", r"\1", raw, flags=re.DOTALL)


def parse_pattern(pattern: str) -> tuple[str, str] | None:
    """(hrdoc type, value) of a single-comparison STIX pattern (or the
    standard dialect's folder-and-name pair), or None."""
    pattern = pattern.strip()
    pair = _FILE_IN_FOLDER.match(pattern)
    if pair:
        folder, name = _unescape(pair.group(1)), _unescape(pair.group(2))
        if not folder.endswith(("/", "\\")):  # another producer's folder, without its separator
            folder += "\\" if "\\" in folder and "/" not in folder else "/"
        return "file_path", normalise("file_path", folder + name)
    match = _SIMPLE.match(pattern)
    if not match:
        return None
    path = _canonical_path(match.group(1))
    kind = _PATTERNS.get(path) or _PATTERNS.get(path.lower())
    if kind is None:
        return None
    return kind, normalise(kind, _unescape(match.group(2)))


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
    for o in objects:  # MVT also reads a report as a collection of its indicators
        if o.get("type") == "report" and isinstance(o.get("object_refs"), list):
            name = str(o.get("name") or "unnamed report")[:200]
            for ref in o["object_refs"]:
                if isinstance(ref, str):
                    family_of.setdefault(ref, name)
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
        else:
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
