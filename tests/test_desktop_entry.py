"""`hrdoc desktop-entry`: the application menu entry for an unpacked download."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdoc import desktop_entry

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")


def parse_exec(value: str) -> list[str]:
    """An Exec= value read back as the Desktop Entry Specification says a
    desktop does: the string escapes first, then the quoting rules."""
    text = value.replace("\\\\", "\x00").replace("\x00", "\\")
    args, current, quoted, i, started = [], "", False, 0, False
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
                current += text[i + 1]
                i += 1
            elif c == '"':
                quoted = False
            else:
                current += c
        elif c == '"':
            quoted, started = True, True
        elif c == " ":
            if started:
                args.append(current)
            current, started = "", False
        else:
            current += c
            started = True
        i += 1
    if started:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1), min_size=1))
def test_any_program_path_survives_the_exec_line(command):
    assert parse_exec(desktop_entry.exec_line(command)) == command


def test_the_entry_goes_in_and_comes_out(tmp_path, monkeypatch, cli):
    home = tmp_path / "my data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setattr(desktop_entry, "this_program", lambda: ["/media/usb stick/hrdoc/hrdoc"])
    done = cli("desktop-entry")
    assert done.code == 0 and "application menu" in done.out
    entry_file = home / "applications" / "org.hrdoc.Hrdoc.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(entry_file, encoding="utf-8")
    assert parse_exec(entry["Desktop Entry"]["Exec"]) == ["/media/usb stick/hrdoc/hrdoc", "gui"]
    assert (home / "icons/hicolor/48x48/apps/org.hrdoc.Hrdoc.png").is_file()
    assert (home / "icons/hicolor/scalable/apps/org.hrdoc.Hrdoc.svg").is_file()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(entry_file)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
    written = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert all(p.is_relative_to(home) for p in written)  # nothing outside the data folder
    assert cli("desktop-entry", "--remove").code == 0
    assert not [p for p in home.rglob("*") if p.is_file()]
