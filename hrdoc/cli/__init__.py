"""The hrdoc command line: the same operations as the desktop app, for scripts.

Exit status is 0 on success; otherwise non-zero with one line on stderr that
says what was wrong. Passphrases come from ``--passphrase-file``, the
``HRDOC_PASSPHRASE`` environment variable, or a prompt, in that order."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from hrdoc.cli.common import EXIT_ERROR, EXIT_INTERNAL, EXIT_USAGE, UsageError
from hrdoc.cli.parser import build_parser
from hrdoc.core.errors import HrdocError
from hrdoc.core.vault import DatabaseError

__all__ = ["build_parser", "main"]


def _utf8_streams() -> None:
    """Write UTF-8 whatever the console or pipe expects: Windows gives a
    redirected stream its ANSI code page, which has no Arabic letters."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    if out is None:
        _utf8_streams()
    out = out or sys.stdout
    logging.basicConfig(level=logging.WARNING, format="hrdoc: %(message)s")
    try:
        args = build_parser().parse_args(argv)
        return int(args.func(args, out))
    except UsageError as exc:
        print(f"hrdoc: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except HrdocError as exc:
        print(f"hrdoc: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except DatabaseError as exc:
        print(f"hrdoc: the vault database reported a problem: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("hrdoc: interrupted; unfinished changes were not saved", file=sys.stderr)
        return 130
    except EOFError:  # Ctrl-D (or a closed input) at a question
        print("\nhrdoc: no answer (input ended); nothing more was done", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"hrdoc: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_ERROR
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except Exception as exc:
        # Never print the message: it could contain record content.
        print(
            f"hrdoc: internal error ({type(exc).__name__}); please report it. "
            "Committed records are safe.",
            file=sys.stderr,
        )
        if os.environ.get("HRDOC_DEBUG"):
            raise
        return EXIT_INTERNAL
