"""The bundle format's names, limits and manifest checks, shared by export
and import (docs/bundle-format.md)."""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from typing import Any

from hrdoc.core.errors import HrdocError, InvalidInput
from hrdoc.core.jsonin import parse_json
from hrdoc.exchange.identity import is_age_recipient

FORMAT = "hrdoc-bundle"
FORMAT_VERSION = 1
RECORD_KINDS = ("case", "incident", "actor", "involvement", "indicator", "evidence", "intervention")
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
ENTRY_NAME = re.compile(
    r"^(records/(" + "|".join(RECORD_KINDS) + r")\.jsonl|evidence/[0-9a-f]{64})$"
)
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
PASSPHRASE_RECIPIENT = "passphrase"  # noqa: S105 (a marker, not a password)


class BundleError(HrdocError):
    """A bundle was refused. The message says why, in one line."""


@dataclass(frozen=True)
class Limits:
    max_entries: int = 200_000
    max_entry_bytes: int = 8 << 30  # tar (ustar) caps an entry at 8 GiB anyway
    max_total_bytes: int = 64 << 30
    max_records_bytes: int = 512 << 20  # record files are held in memory to validate
    max_manifest_bytes: int = 32 << 20


# --- export ---------------------------------------------------------------------


def manifest_checked(raw: bytes, limits: Limits) -> dict[str, Any]:
    try:
        manifest = parse_json(raw, "the bundle's manifest")
    except InvalidInput as exc:
        raise BundleError(str(exc)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("not an hrdoc bundle (the manifest has another format)")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BundleError(
            f"bundle format version {manifest.get('format_version')!r} is not supported; "
            "update hrdoc"
        )
    try:
        uuid.UUID(manifest["bundle_id"])
        sender = manifest["sender"]
        if len(bytes.fromhex(sender["ed25519"])) != 32:
            raise ValueError
        if not isinstance(sender["age_recipient"], str) or not is_age_recipient(
            sender["age_recipient"]
        ):
            raise ValueError
        recipients = manifest["recipients"]
        entries = manifest["entries"]
        if not isinstance(recipients, list) or not isinstance(entries, list):
            raise ValueError
        if not isinstance(manifest["profile"], dict):
            raise ValueError
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BundleError("the bundle's manifest is missing fields or has wrong types") from None
    withdrawals = manifest.get("withdrawals", [])
    if not isinstance(withdrawals, list) or len(withdrawals) > limits.max_entries:
        raise BundleError("the bundle's manifest lists withdrawals in a wrong form")
    for item in withdrawals:
        try:
            if (
                not isinstance(item, dict)
                or set(item) != {"id", "kind", "action"}
                or item["kind"] not in RECORD_KINDS
                or item["action"] not in ("delete", "purge")
            ):
                raise ValueError
            uuid.UUID(item["id"])
        except (ValueError, TypeError, AttributeError):
            raise BundleError("the bundle's manifest lists a malformed withdrawal") from None
    if len(entries) > limits.max_entries:
        raise BundleError(f"limit exceeded: the bundle has over {limits.max_entries} entries")
    seen: set[str] = set()
    total = 0
    for entry in entries:
        if not isinstance(entry, dict):
            raise BundleError("the bundle's manifest lists a malformed entry")
        name, size, sha = entry.get("name"), entry.get("size"), entry.get("sha256")
        if not isinstance(name, str) or not ENTRY_NAME.match(name):
            raise BundleError(f"the manifest lists an unexpected entry name {name!r}")
        if name in seen:
            raise BundleError(f"the manifest lists {name} twice")
        seen.add(name)
        if not isinstance(size, int) or size < 0 or not isinstance(sha, str):
            raise BundleError(f"the manifest entry {name} has no valid size or hash")
        if not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise BundleError(f"the manifest entry {name} has no valid SHA-256")
        if size > limits.max_entry_bytes:
            raise BundleError(f"limit exceeded: {name} is {size} bytes")
        total += size
    if total > limits.max_total_bytes:
        raise BundleError(f"limit exceeded: the bundle holds {total} bytes")
    return manifest
