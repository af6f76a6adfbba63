"""Errors a user can cause or meet. Each message is one line a person can act on.

Messages never contain a passphrase, a key or record content.
"""

from __future__ import annotations

from pathlib import Path


class HrdocError(Exception):
    """Base for every error that is shown to the user as one line."""


class VaultNotFound(HrdocError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"no vault at {path} (create one with 'hrdoc init')")


class VaultExists(HrdocError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"a vault already exists at {path}; nothing was changed")


class WrongPassphrase(HrdocError):
    def __init__(self) -> None:
        super().__init__("wrong passphrase; the vault was not opened and nothing was changed")


class WrongRecoveryCode(HrdocError):
    def __init__(self) -> None:
        super().__init__("wrong recovery code; the vault was not opened and nothing was changed")


class VaultCorrupt(HrdocError):
    """A vault file is missing, truncated or damaged. Names the file."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(f"{path}: {what}")
        self.path = path


class VaultTooNew(HrdocError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"this vault has schema version {found}, but this hrdoc supports up to "
            f"{supported}; update hrdoc to open it (the vault was not changed)"
        )


class VaultLocked(HrdocError):
    def __init__(self) -> None:
        super().__init__("the vault is locked")


class WeakPassphrase(HrdocError):
    pass


class InvalidInput(HrdocError):
    """A value the user gave is not acceptable. Nothing was changed."""


class NotFound(HrdocError):
    pass


class Ambiguous(HrdocError):
    pass


class IntegrityError(HrdocError):
    """Stored data does not match its recorded hash."""


class DiskFull(HrdocError):
    """The disk (or the user's quota) is full. Whatever was being written was
    not kept; what the vault held before is whole."""

    def __init__(self, what: str = "") -> None:
        target = f" to write {what}" if what else ""
        super().__init__(
            f"not enough space on the disk{target}: nothing was saved; free some space"
            " and try again"
        )


def is_disk_full(exc: BaseException) -> bool:
    """Whether an error means the disk is full: an OSError (ENOSPC, EDQUOT),
    SQLite's "database or disk is full", or one wrapped by another library
    (pyrage reports its writer's OSError in its own error's message)."""
    import errno

    full = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in full:
            return True
        text = str(current)
        if "database or disk is full" in text or "No space left on device" in text:
            return True
        current = current.__cause__ or current.__context__
    return False
