"""Typed settings with versioned upgrades, in HRDOC_HOME/settings.json.

Settings never hold anything from a vault: no case title, file name from a
vault, key or passphrase. They are written atomically.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from hrdoc import paths
from hrdoc.core.atomic import atomic_write_bytes
from hrdoc.core.vocab import LANGUAGES

log = logging.getLogger(__name__)
VERSION = 1


@dataclass
class Settings:
    idle_lock_minutes: float = 5.0
    language: str = "en"
    #: start a fresh process on lock, so nothing read while unlocked stays in memory
    restart_on_lock: bool = True
    #: remind at unlock when the last backup is older than this (0: never)
    backup_reminder_days: int = 7
    #: panic also destroys the recovery slot (then only a backup brings records back)
    panic_destroys_recovery: bool = False
    #: panic also deletes the database and the evidence files
    panic_deletes_data: bool = False
    #: a key sequence (Qt's portable text, e.g. "Ctrl+Alt+Shift+X") that opens Panic
    panic_shortcut: str = ""

    def checked(self) -> Settings:
        """Out-of-range values fall back to their defaults."""
        default = Settings()
        if (
            not isinstance(self.idle_lock_minutes, int | float)
            or not 0.5 <= self.idle_lock_minutes <= 240
        ):
            self.idle_lock_minutes = default.idle_lock_minutes
        if self.language not in LANGUAGES:
            self.language = default.language
        if not isinstance(self.restart_on_lock, bool):
            self.restart_on_lock = default.restart_on_lock
        for flag in ("panic_destroys_recovery", "panic_deletes_data"):
            if not isinstance(getattr(self, flag), bool):
                setattr(self, flag, getattr(default, flag))
        if not isinstance(self.panic_shortcut, str) or len(self.panic_shortcut) > 64:
            self.panic_shortcut = default.panic_shortcut
        if (
            not isinstance(self.backup_reminder_days, int)
            or isinstance(self.backup_reminder_days, bool)
            or not 0 <= self.backup_reminder_days <= 365
        ):
            self.backup_reminder_days = default.backup_reminder_days
        return self


def _upgrade(doc: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings document to VERSION (none older yet)."""
    return doc


def load(path: Path | None = None) -> Settings:
    path = path or paths.settings_file()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        log.warning("the settings file could not be read; using defaults")
        return Settings()
    if not isinstance(doc, dict) or not isinstance(doc.get("version"), int):
        return Settings()
    if doc["version"] > VERSION:
        log.warning("the settings file is from a newer hrdoc; using defaults")
        return Settings()
    doc = _upgrade(doc)
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in doc.items() if k in known}).checked()


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or paths.settings_file()
    paths.ensure_private_dir(path.parent)
    doc = {"version": VERSION, **asdict(settings.checked())}
    atomic_write_bytes(path, (json.dumps(doc, indent=2) + "\n").encode("utf-8"))
