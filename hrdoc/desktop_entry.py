"""`hrdoc desktop-entry`: put hrdoc in a Linux desktop's application menu, for
a person who unpacked the download (or ran `make run`) and has no package
manager entry. Writes the desktop entry and the icons under the user's own
data folder ($XDG_DATA_HOME, ~/.local/share), nothing else; `--remove` takes
them away again. (Windows' installer and macOS' .app do this themselves.)"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from hrdoc.core.atomic import atomic_write_bytes

APP_ID = "org.hrdoc.Hrdoc"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    """The XDG data folder (an absolute $XDG_DATA_HOME, else ~/.local/share)."""
    chosen = os.environ.get("XDG_DATA_HOME", "")
    return Path(chosen) if os.path.isabs(chosen) else Path.home() / ".local" / "share"


def this_program() -> list[str]:
    """The command that starts this hrdoc: the packaged app itself, or the
    hrdoc script beside this Python (a venv), or this Python with -m."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    script = Path(sys.executable).with_name("hrdoc")
    if script.is_file():
        return [str(script.absolute())]
    return [os.path.abspath(sys.executable), "-m", "hrdoc.cli"]


def exec_line(command: list[str]) -> str:
    """An Exec= value per the Desktop Entry Specification: each argument that
    needs it in double quotes, with " ` $ \\ escaped inside; % doubled."""
    parts = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            arg = f'"{escaped}"'
        parts.append(arg)
    # the spec escapes a quoted argument's backslash once more in the file
    return " ".join(parts).replace("\\", "\\\\")


def entry_text(command: list[str]) -> str:
    shipped = resources.files("hrdoc.resources").joinpath("desktop", f"{APP_ID}.desktop")
    lines = []
    for line in shipped.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_line([*command, "gui"])
        lines.append(line)
    return "\n".join(lines) + "\n"


def planned(home: Path) -> dict[Path, bytes]:
    """Every file the entry consists of, with its bytes."""
    icons = resources.files("hrdoc.resources").joinpath("icons")
    files = {
        home / "applications" / f"{APP_ID}.desktop": entry_text(this_program()).encode(),
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": icons.joinpath(
            "hrdoc.svg"
        ).read_bytes(),
    }
    for size in ICON_SIZES:
        png = icons.joinpath(f"hrdoc-{size}.png")
        if png.is_file():
            folder = home / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            files[folder / f"{APP_ID}.png"] = png.read_bytes()
    return files


def install(home: Path) -> list[Path]:
    written = []
    for path, data in planned(home).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data, mode=0o644)  # the desktop reads them as you
        written.append(path)
    return written


def remove(home: Path) -> list[Path]:
    removed = []
    for path in planned(home):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
