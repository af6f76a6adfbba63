"""Encrypted, signed case bundles between vaults (format: docs/bundle-format.md).

Export (bundle_export.py): records -> redaction -> a tar stream
(manifest.json, manifest.sig, records/<kind>.jsonl, evidence/<sha256>) ->
age, written atomically. Memory stays flat: evidence streams from the vault
through the encryption.

Import (bundle_import.py), all or nothing: decrypt (streaming), read the tar
with hard limits, verify the signature and the sender before writing
anything, verify every entry's hash, validate every record, then merge in
one transaction with provenance. Any refusal rolls the transaction back and
says why in one line.

This module is the public face of both.
"""

from __future__ import annotations

from hrdoc.exchange.bundle_export import ExportResult, export_bundle
from hrdoc.exchange.bundle_format import (
    FORMAT,
    FORMAT_VERSION,
    PASSPHRASE_RECIPIENT,
    RECORD_KINDS,
    BundleError,
    Limits,
)
from hrdoc.exchange.bundle_import import ImportReport, import_bundle

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "PASSPHRASE_RECIPIENT",
    "RECORD_KINDS",
    "BundleError",
    "ExportResult",
    "ImportReport",
    "Limits",
    "export_bundle",
    "import_bundle",
]
