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
