"""The command line's grammar: a small root, then each module's own commands
(``register`` in hrdoc/cli/vault.py, records.py, evidence.py, exchange.py,
tables.py, senders.py, desktop.py), the way the window has one module per dialog."""

from __future__ import annotations

import argparse

from hrdoc import __version__
from hrdoc.cli import desktop, evidence, exchange, records, senders, tables, vault
from hrdoc.cli.desktop import cmd_welcome
from hrdoc.cli.grammar import Grammar, Parser


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="hrdoc", description="Encrypted incident documentation.")
    parser.add_argument("--version", action="version", version=f"hrdoc {__version__}")
    parser.add_argument("--vault", metavar="PATH", help="vault folder (default: your data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    parser.set_defaults(func=cmd_welcome)
    grammar = Grammar(parser.add_subparsers(dest="command", parser_class=Parser))
    for module in (desktop, vault, records, evidence, exchange, tables, senders):
        module.register(grammar)
    return parser
