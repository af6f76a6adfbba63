"""The bundle format's names and limits, shared by export and import
(docs/bundle-format.md)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from hrdoc.core.errors import HrdocError

FORMAT = "hrdoc-bundle"
FORMAT_VERSION = 1
RECORD_KINDS = ("case", "incident", "actor", "involvement", "indicator", "evidence", "intervention")
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
_ENTRY_NAME = re.compile(
    r"^(records/(" + "|".join(RECORD_KINDS) + r")\.jsonl|evidence/[0-9a-f]{64})$"
)
_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
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
