"""`hrdoc sender`: those bundles came from; list them, or withdraw what one sent."""

from __future__ import annotations

import argparse
from typing import TextIO

from hrdoc.cli.common import _emit_json, _opened, _printable
from hrdoc.cli.grammar import Grammar


def cmd_sender_list(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.inbox import senders_summary

    with _opened(args) as store:
        rows = senders_summary(store.vault.conn)
    if args.json:
        _emit_json([{"name": n, "bundles": b, "records": r} for n, b, r in rows], out)
        return 0
    for name, bundles, records in rows:
        out.write(f"{_printable(name)}: {bundles} bundle(s), {records} record(s)\n")
    if not rows:
        out.write("no bundle has been imported\n")
    return 0


def cmd_sender_withdraw(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.inbox import records_from, withdraw_sender

    with _opened(args) as store:
        if args.dry_run:
            chosen = records_from(store, args.name)
        else:
            chosen = withdraw_sender(store, args.name, purge=args.purge)
    if args.json:
        _emit_json({"sender": chosen.name, "records": chosen.records, "dry_run": args.dry_run}, out)
        return 0
    counts = ", ".join(f"{len(ids)} {kind}" for kind, ids in chosen.records.items()) or "nothing"
    verb = "would remove" if args.dry_run else ("erased for good" if args.purge else "deleted")
    out.write(f"{verb}: {counts} (received from {_printable(chosen.name)} only)\n")
    if not args.dry_run and not args.purge and chosen.count():
        out.write("'hrdoc undo' brings them back; --purge erases them for good\n")
    return 0


def register(g: Grammar) -> None:
    sender = g.noun("sender", "those bundles came from")
    g.with_json(g.command("list", cmd_sender_list, "senders, with bundles and records", sender))
    p = g.with_json(
        g.command(
            "withdraw",
            cmd_sender_withdraw,
            "remove the records received from a sender (and no one else)",
            sender,
        )
    )
    p.add_argument("name", help="the sender's name as 'hrdoc sender list' shows it, or key")
    p.add_argument("--purge", action="store_true", help="erase for good, not undoably")
    p.add_argument("--dry-run", action="store_true", help="count; change nothing")
