"""The packaged app's entry point: the hrdoc command (``hrdoc gui`` starts the
window; with no arguments a packaged app starts the window too)."""

import sys

from hrdoc.cli import main

if __name__ == "__main__":
    if len(sys.argv) == 1:  # double-clicked: the desktop app, not a terminal greeting
        sys.argv.append("gui")
    sys.exit(main())
