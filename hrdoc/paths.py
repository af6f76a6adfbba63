"""The one module that knows where hrdoc keeps things on disk.

``HRDOC_HOME`` overrides the platform's user data folder (tests, portable
use). Every folder hrdoc creates is private to the user (0o700).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "hrdoc"
HOME_ENV = "HRDOC_HOME"


def home() -> Path:
    """The folder that holds hrdoc's data: vaults and settings."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_vault_dir() -> Path:
    return home() / "vault"


def settings_file() -> Path:
    return home() / "settings.json"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed, private to the user."""
    from hrdoc.core.private import make_private

    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    make_private(path, folder=True)
    return path
