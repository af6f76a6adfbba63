"""The packaged app's entry point: the hrdoc command (``hrdoc gui`` starts the
window; with no arguments a packaged app starts the window too).

On Windows there are two programs: ``hrdoc.exe`` (windowed: a double-click
opens the window, no black console) and ``hrdoc-cli.exe`` (the commands, in
a terminal). A windowed program has no standard streams at all."""

import os
import sys
from pathlib import PureWindowsPath


def prepare(argv: list[str], executable: str) -> list[str]:
    """The arguments to run with: the window when started with none, unless
    this is the console twin, which greets as `hrdoc` does in a terminal."""
    name = PureWindowsPath(executable).name.lower()  # takes both / and \\
    if len(argv) == 1 and name.removesuffix(".exe") != "hrdoc-cli":
        return [*argv, "gui"]  # double-clicked: the desktop app, not a terminal greeting
    return argv


def give_streams() -> None:
    """A windowed Windows program has sys.stdout and sys.stderr set to None;
    a message written there must not become a crash."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    if sys.argv[1:2] == ["--hrdoc-age-worker"]:  # hrdoc/core/ageworker.py: a large bundle's cipher
        from hrdoc.core import ageworker

        sys.exit(ageworker.main(sys.argv[2:]))
    give_streams()
    sys.argv = prepare(sys.argv, sys.executable)
    from hrdoc.cli import main

    sys.exit(main())
