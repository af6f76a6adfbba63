"""Files and folders only their owner can open, on every system.

POSIX: mode 0600 for files, 0700 for folders. Windows has no such modes
(``chmod`` there only toggles read-only): a file inherits its folder's ACL,
which in a user's Documents may let other accounts or administrators read
it. There hrdoc sets a protected DACL (no inherited entries) with one entry:
full access for the object's owner (the OWNER RIGHTS SID, ``OW``). Folders
pass it on to what is created inside them (object and container inherit).
The calls are the documented Win32 ones, through ctypes:
ConvertStringSecurityDescriptorToSecurityDescriptorW, SetFileSecurityW,
LocalFree.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hrdoc.core.errors import HrdocError

#: SDDL: a protected DACL, full access for the owner only
OWNER_ONLY_FOLDER = "D:P(A;OICI;FA;;;OW)"
OWNER_ONLY_FILE = "D:P(A;;FA;;;OW)"
_DACL_SECURITY_INFORMATION = 0x00000004
_PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
_SDDL_REVISION_1 = 1


def on_windows() -> bool:
    return os.name == "nt"


def make_private(path: Path, *, folder: bool) -> None:
    """Let only the owner read or change ``path`` (see the module docstring)."""
    if on_windows():
        _windows_owner_only(Path(path), OWNER_ONLY_FOLDER if folder else OWNER_ONLY_FILE)
    else:
        os.chmod(path, 0o700 if folder else 0o600)


def _win32() -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any], Any]:
    """The three Win32 functions, and ctypes (for byref and errors)."""
    import ctypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    return (
        advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW,
        advapi32.SetFileSecurityW,
        kernel32.LocalFree,
        ctypes,
    )


def _windows_owner_only(path: Path, sddl: str) -> None:
    convert, set_security, local_free, ctypes = _win32()
    descriptor = ctypes.c_void_p()
    if not convert(sddl, _SDDL_REVISION_1, ctypes.byref(descriptor), None):
        raise HrdocError(f"cannot make {path} private to you (Windows error {_error(ctypes)})")
    try:
        flags = _DACL_SECURITY_INFORMATION | _PROTECTED_DACL_SECURITY_INFORMATION
        if not set_security(str(path), flags, descriptor):
            raise HrdocError(f"cannot make {path} private to you (Windows error {_error(ctypes)})")
    finally:
        local_free(descriptor)


def _error(ctypes: Any) -> int:
    get = getattr(ctypes, "get_last_error", None)
    return int(get()) if get else 0
