"""The helpers each command module uses to declare its own commands (its
``register(g)`` sits beside the functions it names)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from hrdoc.cli.common import UsageError
from hrdoc.core.records import Sensitivity


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, exit 2, as every other error
        raise UsageError(message)


class Grammar:
    """Adds commands to the top level or under a noun ("case add")."""

    def __init__(self, top: Any) -> None:
        self.top = top

    def command(
        self, name: str, func: Callable[..., int], help_text: str, parent: Any = None
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = (parent or self.top).add_parser(name, help=help_text)
        p.set_defaults(func=func)
        return p

    def noun(self, name: str, help_text: str) -> Any:
        """A noun whose commands are added under it; alone it is a usage error."""
        return self.command(name, _needs_a_command, help_text).add_subparsers(parser_class=Parser)

    @staticmethod
    def with_json(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--json", action="store_true", help="machine-readable output")
        return p


def add_sensitivity(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sensitivity", choices=[s.value for s in Sensitivity])
    p.add_argument(
        "--field-sensitivity",
        action="append",
        metavar="FIELD=LEVEL",
        help="sensitivity of one field (repeatable), e.g. place=secret",
    )


def _needs_a_command(args: argparse.Namespace, _out: Any) -> int:
    raise UsageError(f"'hrdoc {args.command}' needs a subcommand; see 'hrdoc {args.command} -h'")
