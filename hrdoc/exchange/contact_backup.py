"""A backup kept by trusted contacts: a full-profile bundle addressed to the
contacts marked "keeps my backup", and also to the restore key that only
the vault's recovery code makes (hrdoc/core/restore_key.py).

The contacts can import it (they are trusted with every record: it is a
full bundle) or just keep the file. After the laptop is lost or seized, a
new vault imports the file the contact gives back, decrypting it with the
recovery code written on paper: every record comes back, authored by the
old vault's key (the bundle is signed by it). What does not come back is
the old vault's own identity and history; a backup file (hrdoc/core/
backup.py) restores those too, and is the better copy to keep yourself.
"""

from __future__ import annotations

from pathlib import Path

from hrdoc.core.errors import InvalidInput
from hrdoc.core.progress import Progress
from hrdoc.core.records import utc_now
from hrdoc.core.restore_key import restore_identity
from hrdoc.core.store import Store
from hrdoc.exchange import contacts
from hrdoc.exchange.bundle import ExportResult, ImportReport, export_bundle, import_bundle

RESTORE_RECIPIENT = "restore_recipient"  # vault meta: the recovery code's age recipient


def keepers(store: Store) -> list[contacts.Contact]:
    return [c for c in contacts.list_contacts(store.vault) if c.keeps_backup]


def back_up_to_contacts(
    store: Store, dest: Path, *, progress: Progress | None = None
) -> tuple[ExportResult, list[str]]:
    """Write the backup bundle; returns it and the names of the contacts it is for."""
    chosen = keepers(store)
    if not chosen:
        raise InvalidInput(
            "no contact keeps your backup: mark a verified one with"
            " 'hrdoc contact keeps-backup NAME'"
        )
    restore = store.vault.meta(RESTORE_RECIPIENT)
    if not restore:
        raise InvalidInput(
            "this vault has no restore key yet: make a new recovery code first"
            " ('hrdoc recovery-code') and write it down"
        )
    result = export_bundle(
        store,
        profile="full",
        dest=dest,
        to=[c.card for c in chosen],
        also_to=[restore],
        progress=progress,
    )
    store.vault.set_meta("last_contact_backup", utc_now())
    return result, [c.name for c in chosen]


def restore_from_contact_copy(
    store: Store, path: Path, recovery_code: str, *, progress: Progress | None = None
) -> ImportReport:
    """Import a backup bundle a contact kept, into this (new) vault, with
    the old vault's recovery code."""
    return import_bundle(
        store,
        path,
        restore_identity=restore_identity(recovery_code),
        accept_unknown_sender=True,  # the old vault: its card went with the laptop
        progress=progress,
    )
