"""Starting the desktop app, and the first-run flow in a terminal."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TextIO

from hrdoc import __version__
from hrdoc.cli.common import UsageError, _vault_dir
from hrdoc.cli.grammar import Grammar
from hrdoc.cli.vault import cmd_init
from hrdoc.core.vault import vault_exists
from hrdoc.core.vocab import LANGUAGES

#: libraries Qt's X11 plugin loads, with their Debian/Ubuntu package names
_X11_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def _missing_x11_libraries() -> list[str]:
    """Qt's X11 plugin aborts the whole process when a system library it needs
    is missing (libxcb-cursor0 is absent from many desktops). Find out first,
    so the user gets one line that names what to install. A packaged app
    carries these libraries itself: the system's are then beside the point."""
    import ctypes.util

    if getattr(sys, "frozen", False):
        return []
    uses_x11 = (
        sys.platform.startswith("linux")
        and os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and os.environ.get("QT_QPA_PLATFORM", "xcb") == "xcb"
    )
    if not uses_x11:
        return []
    return [pkg for lib, pkg in _X11_LIBRARIES.items() if ctypes.util.find_library(lib) is None]


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    """The desktop app (what `make run` starts)."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        raise UsageError("no display found; use the command line instead (hrdoc --help)")
    missing = _missing_x11_libraries()
    if missing:
        raise UsageError(
            "the desktop app needs system libraries that are missing "
            f"(on Debian or Ubuntu: sudo apt install {' '.join(missing)})"
        )
    from hrdoc.gui.app import main as gui_main

    return gui_main(_vault_dir(args), lang=args.lang)


def cmd_welcome(args: argparse.Namespace, out: TextIO) -> int:
    """``hrdoc`` with no command (what ``make run`` starts)."""
    folder = _vault_dir(args)
    if vault_exists(folder):
        out.write(f"hrdoc {__version__}: your vault is at {folder}\n")
        out.write("Try: hrdoc case list, hrdoc search WORDS, hrdoc --help\n")
        return 0
    out.write(f"hrdoc {__version__}: no vault yet. Let's create one at {folder}.\n")
    out.write("Choose a long passphrase (several unrelated words). It cannot be reset\n")
    out.write("without the recovery code you will be shown next.\n")
    if not sys.stdin.isatty():
        raise UsageError("run 'hrdoc init' in a terminal to create a vault")
    answer = input("Load the fictional sample case to try hrdoc? [y/N] ").strip().lower()
    args.sample = answer in ("y", "yes")
    args.passphrase_file = None
    return cmd_init(args, out)


def cmd_desktop_entry(args: argparse.Namespace, out: TextIO) -> int:
    """Add hrdoc to (or remove it from) a Linux desktop's application menu."""
    from hrdoc import desktop_entry

    if not sys.platform.startswith("linux"):
        raise UsageError("only on Linux: the Windows installer and the macOS app do this")
    home = desktop_entry.data_home()
    if args.remove:
        gone = desktop_entry.remove(home)
        out.write(f"removed hrdoc from the application menu ({len(gone)} file(s))\n")
        return 0
    written = desktop_entry.install(home)
    out.write(f"hrdoc is in the application menu ({written[0]})\n")
    return 0


def register(g: Grammar) -> None:
    p = g.command("gui", cmd_gui, "start the desktop app")
    p.add_argument("--lang", choices=LANGUAGES, help="ar lays the window out RTL")
    p = g.command(
        "desktop-entry", cmd_desktop_entry, "add hrdoc to this Linux desktop's application menu"
    )
    p.add_argument("--remove", action="store_true", help="take it out again")
