"""Typed, versioned settings that never hold vault content."""

from __future__ import annotations

import json

from hrdoc import settings


def test_defaults_round_trip_and_bad_values(hrdoc_home):
    assert settings.load() == settings.Settings()
    settings.save(settings.Settings(idle_lock_minutes=2, language="ar"))
    doc = json.loads((hrdoc_home / "settings.json").read_text())
    assert doc == {
        "version": 1,
        "idle_lock_minutes": 2,
        "language": "ar",
        "restart_on_lock": True,
        "backup_reminder_days": 7,
        "panic_destroys_recovery": False,
        "panic_deletes_data": False,
        "panic_shortcut": "",
    }
    assert settings.load().language == "ar"
    (hrdoc_home / "settings.json").write_text(
        '{"version": 1, "idle_lock_minutes": -3, "x": 1, "backup_reminder_days": true,'
        ' "panic_deletes_data": "yes", "panic_shortcut": 7}'
    )
    loaded = settings.load()
    assert loaded.idle_lock_minutes == 5.0 and loaded.backup_reminder_days == 7
    assert loaded.panic_deletes_data is False and loaded.panic_shortcut == ""
    (hrdoc_home / "settings.json").write_text('{"version": 99}')
    assert settings.load() == settings.Settings()
    (hrdoc_home / "settings.json").write_text("{broken")
    assert settings.load() == settings.Settings()
