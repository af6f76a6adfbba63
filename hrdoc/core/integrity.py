"""``hrdoc verify``: every check the vault can make of itself."""

from __future__ import annotations

from hrdoc.core.evidence import evidence_problems
from hrdoc.core.store import Store


def verify_vault(store: Store, *, evidence: bool = True) -> list[str]:
    """Problems found, first problem first; an empty list when all is well.

    Page integrity (SQLite and SQLCipher HMACs), the audit chain, every record
    and stored version against its audit entry, and (unless ``evidence`` is
    false) every evidence file against its intake SHA-256.
    """
    problems = store.verify()
    if evidence:
        problems += evidence_problems(store)
    return problems
