"""Keys, contacts, bundles, conflicts, STIX, reports: what leaves and what comes in."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from hrdoc.cli.common import (
    BUNDLE_PASSPHRASE_ENV,
    UsageError,
    _emit_json,
    _opened,
    _output_path,
    _printable,
    _prompt,
    _read_secret_file,
    _recovery_code,
    _table,
    _text_secret,
)
from hrdoc.cli.grammar import Grammar
from hrdoc.core.atomic import atomic_writer
from hrdoc.core.records import (
    Case,
    Evidence,
)
from hrdoc.core.vocab import LANGUAGES
from hrdoc.reports.export import FORMATS as REPORT_FORMATS


def cmd_key_show(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.identity import VaultIdentity, set_owner_name

    with _opened(args) as store:
        if args.name:
            set_owner_name(store.vault, args.name)
        card = VaultIdentity(store.vault).card()
    if args.qr:
        with atomic_writer(_output_path(args.qr, args.force), mode=0o644) as f:
            f.write(card.qr_png())
    if args.json:
        _emit_json(card.to_dict(), out)
    else:
        out.write(_printable(card.to_text()))
    return 0


def cmd_key_export_age(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.identity import VaultIdentity

    if not args.yes_i_understand:
        raise UsageError(
            "this prints the vault's secret decryption key; anyone who has it can read "
            "every bundle sent to you. Add --yes-i-understand if you really need it"
        )
    with _opened(args) as store:
        secret = VaultIdentity(store.vault).export_age_identity()
    if args.output:
        with atomic_writer(_output_path(args.output, args.force), mode=0o600) as f:
            f.write((secret + "\n").encode())
    else:
        out.write(secret + "\n")
    return 0


def _card_from(arg: str) -> Any:
    from hrdoc.exchange.identity import Card

    if arg == "-":
        return Card.parse(sys.stdin.read(20_000))
    path = Path(arg)
    if "BEGIN HRDOC CONTACT" not in arg and path.is_file():
        try:
            return Card.parse(path.read_text(encoding="utf-8", errors="replace")[:20_000])
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    return Card.parse(arg)


def cmd_contact_add(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange import contacts

    card = _card_from(args.card)
    with _opened(args) as store:
        contact = contacts.add(store.vault, card, name=args.name, replace=args.replace)
    out.write(f"added {_printable(contact.name)}\nfingerprint: {contact.card.fingerprint}\n")
    out.write("Compare this fingerprint with them (in person or by phone), then run\n")
    out.write(f"  hrdoc contact verify {_printable(contact.name)!r}\n")
    return 0


def cmd_contact_list(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange import contacts

    with _opened(args) as store:
        found = contacts.list_contacts(store.vault)
    if args.json:
        _emit_json([c.to_dict() for c in found], out)
    else:
        _table(
            [
                [c.name, "verified" if c.verified else "NOT verified", c.card.fingerprint]
                for c in found
            ],
            out,
            ["NAME", "CHECKED", "FINGERPRINT"],
        )
    return 0


def cmd_contact_verify(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange import contacts

    with _opened(args) as store:
        contact = contacts.get(store.vault, args.name)
        out.write(f"{_printable(contact.name)}\nfingerprint: {contact.card.fingerprint}\n")
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError("compare the fingerprint, then confirm with --yes")
            answer = input("Does it match what they read to you, group by group? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                raise UsageError("not marked verified")
        contacts.mark_verified(store.vault, contact.name)
    out.write("marked verified\n")
    return 0


def cmd_contact_keeps_backup(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange import contacts

    with _opened(args) as store:
        contact = contacts.set_keeps_backup(store.vault, args.name, not args.off)
    if contact.keeps_backup:
        out.write(
            f"{_printable(contact.name)} keeps your backup: 'hrdoc backup --for-contacts -o FILE'"
            " writes a full bundle for them (every record, in clear for them)\n"
        )
    else:
        out.write(f"{_printable(contact.name)} no longer keeps your backup\n")
    return 0


def cmd_contact_remove(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange import contacts

    with _opened(args) as store:
        contacts.remove(store.vault, args.name)
    out.write("removed\n")
    return 0


def _bundle_passphrase(args: argparse.Namespace, confirm: bool) -> str:
    if args.bundle_passphrase_file:
        return _read_secret_file(args.bundle_passphrase_file, "bundle passphrase")
    if os.environ.get(BUNDLE_PASSPHRASE_ENV):
        return _text_secret(os.environ[BUNDLE_PASSPHRASE_ENV], BUNDLE_PASSPHRASE_ENV)
    first = _prompt("bundle passphrase")
    if confirm and getpass.getpass("Repeat the bundle passphrase: ") != first:
        raise UsageError("the two passphrases differ; nothing was written")
    return first


def cmd_export_bundle(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange import contacts
    from hrdoc.exchange.bundle import export_bundle

    if bool(args.to) == bool(args.passphrase_recipient):
        raise UsageError("give --to CONTACT (one or more) or --passphrase-recipient")
    dest = _output_path(args.output, args.force)
    passphrase = _bundle_passphrase(args, confirm=True) if args.passphrase_recipient else None
    with _opened(args) as store:
        cards = [contacts.get(store.vault, name).card for name in args.to or []]
        case_ids = _chosen_cases(store, args)
        originals = [store.resolve(Evidence, e) for e in args.send_original or []]
        result = export_bundle(
            store,
            profile=args.profile,
            dest=dest,
            to=cards or None,
            passphrase=passphrase,
            case_ids=case_ids,
            send_original=originals,
        )
    total = sum(result.records.values())
    for line in result.withheld_files:
        out.write(_printable(line) + "\n")
    if result.withheld_files:
        out.write("to send such a file as it is, metadata included: --send-original ID\n")
    out.write(
        f"wrote {dest}: bundle {result.bundle_id}, {total} record(s), "
        f"{result.evidence_bytes} bytes of evidence, profile {_printable(result.profile_source)}\n"
    )
    return 0


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.bundle import Limits, import_bundle

    limits = Limits(
        max_entries=args.max_entries,
        max_entry_bytes=args.max_entry_size,
        max_total_bytes=args.max_total_size,
    )
    named = [Path(f) for f in args.file]
    if len(named) > 1 or named[0].is_dir():
        return _import_many(args, named, limits, out)
    path = named[0]
    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    passphrase = _bundle_passphrase(args, confirm=False) if args.passphrase_bundle else None
    restore = None
    if args.with_recovery_code:  # a backup a trusted contact kept, back on a new vault
        from hrdoc.core.restore_key import restore_identity

        restore = restore_identity(_recovery_code(args))
    with _opened(args) as store:
        report = import_bundle(
            store,
            path,
            passphrase=passphrase,
            dry_run=args.dry_run,
            accept_unknown_sender=args.accept_unknown_sender or restore is not None,
            limits=limits,
            restore_identity=restore,
        )
    if args.json:
        _emit_json(report.to_dict(), out)
        return 0
    sender = report.sender
    state = "verified" if sender.get("verified") else "NOT verified"
    who = sender.get("contact") or f"unknown sender {sender['name']!r}"
    out.write(f"from {_printable(who)} ({state}), fingerprint {sender['fingerprint']}\n")
    if report.already_imported:
        out.write(f"bundle {report.bundle_id} was already imported; nothing changed\n")
        return 0
    added = ", ".join(f"{n} {k}" for k, n in report.added.items()) or "nothing new"
    out.write(f"{'would add' if report.dry_run else 'added'}: {added}\n")
    if report.skipped:
        out.write(f"already here: {sum(report.skipped.values())} record(s)\n")
    if report.conflicts:
        out.write(
            f"{len(report.conflicts)} conflict(s): your versions were kept; see 'hrdoc conflicts'\n"
        )
    if report.dry_run:
        out.write("dry run: nothing was changed\n")
    return 0


def _import_many(args: argparse.Namespace, named: list[Path], limits: Any, out: TextIO) -> int:
    """Many bundles (files, or folders of them): each on its own, all or
    nothing; a line per bundle, then the counts. Exit status 1 if any was refused."""
    from hrdoc.exchange.inbox import REFUSED, bundle_files, import_many

    if args.passphrase_bundle or args.with_recovery_code:
        raise UsageError("a passphrase or recovery-code bundle is imported one at a time")
    files = bundle_files(named)

    def progress(done: int, total: int) -> None:
        if total and sys.stderr.isatty():
            sys.stderr.write(f"\r{done * 100 // total:3d}% of {len(files)} bundle(s)")
            sys.stderr.flush()

    with _opened(args) as store:
        lines = import_many(
            store,
            files,
            accept_unknown_sender=args.accept_unknown_sender,
            dry_run=args.dry_run,
            limits=limits,
            progress=progress,
        )
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    if args.json:
        _emit_json([line.to_dict() for line in lines], out)
        return 1 if any(line.result == REFUSED for line in lines) else 0
    for line in lines:
        who = f"{_printable(line.sender)} ({'verified' if line.verified else 'NOT verified'})"
        if line.result == REFUSED:
            out.write(f"{_printable(line.file)}: refused: {_printable(line.reason)}\n")
        else:
            out.write(
                f"{_printable(line.file)}: {line.result} from {who}: {line.added} record(s)"
                f"{f', {line.conflicts} conflict(s)' if line.conflicts else ''}\n"
            )
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.result] = counts.get(line.result, 0) + 1
    out.write(", ".join(f"{n} {result}" for result, n in counts.items()) + "\n")
    if args.dry_run:
        out.write("dry run: nothing was changed\n")
    return 1 if counts.get(REFUSED) else 0


def _received_from_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--received-from",
        metavar="SENDER",
        help="the cases received from this sender (see 'hrdoc sender list')",
    )


def _chosen_cases(store: Any, args: argparse.Namespace) -> list[str] | None:
    """The cases an export or a check covers: --case, and those received
    from --received-from; None for every case."""
    chosen = [store.resolve(Case, c) for c in args.case] if args.case else []
    sender = getattr(args, "received_from", None)
    if sender:
        from hrdoc.exchange.inbox import cases_from

        chosen += [c for c in cases_from(store, sender) if c not in chosen]
    return chosen or None


def cmd_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.conflicts import open_conflicts, resolve

    with _opened(args) as store:
        if args.resolve is not None:
            if args.take_theirs == args.keep_mine:
                raise UsageError("with --resolve N, give --take-theirs or --keep-mine")
            resolve(store, args.resolve, take_theirs=args.take_theirs)
            out.write(f"conflict {args.resolve} resolved\n")
            return 0
        found = open_conflicts(store)
        if args.json:
            _emit_json([c.__dict__ | {"differences": c.differences(store)} for c in found], out)
            return 0
        if not found:
            out.write("no conflicts\n")
        for c in found:
            out.write(f"#{c.number} {c.kind} {c.record_id} (bundle {c.bundle_id[:8]})\n")
            for name, ours, theirs in c.differences(store):
                out.write(
                    f"    {name}: ours {_printable(ours)!s} | theirs {_printable(theirs)!s}\n"
                )
    return 0


def cmd_import_stix(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.stix import import_stix

    with _opened(args) as store:
        summary = import_stix(store, Path(args.file))
    if args.json:
        _emit_json(summary.to_dict(), out)
        return 0
    if summary.already_loaded:
        out.write(f"{_printable(summary.file_name)} is already in the library; nothing changed\n")
        return 0
    families = ", ".join(f"{n} {_printable(f)}" for f, n in summary.families.most_common())
    out.write(f"loaded {summary.indicators} indicators ({families})\n")
    if summary.unsupported:
        skipped = ", ".join(f"{n} {_printable(k)}" for k, n in summary.unsupported.items())
        out.write(f"skipped (unsupported patterns): {skipped}\n")
    return 0


def cmd_match(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.stix import match_indicators

    with _opened(args) as store:
        case_ids = _chosen_cases(store, args)
        found = match_indicators(store, case_ids)
    if args.json:
        _emit_json([m.to_dict() for m in found], out)
    elif found:
        _table(
            [[m.type, m.value, f"{m.rule} {m.matched}", m.family, m.source_file] for m in found],
            out,
            ["TYPE", "VALUE", "MATCH", "FAMILY", "FROM"],
        )
    else:
        out.write("no recorded indicator is in the library\n")
    return 0


def cmd_export_stix(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.stix_export import export_stix

    dest = _output_path(args.output, args.force)
    with _opened(args) as store:
        case_ids = _chosen_cases(store, args)
        made = export_stix(store, profile=args.profile, case_ids=case_ids, dialect=args.dialect)
    data = (json.dumps(made.bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    with atomic_writer(dest, mode=0o644) as f:
        f.write(data)
    first, *rest = made.summary_lines()
    out.write(f"wrote {dest}: {first}\n")
    out.writelines(f"  {line}\n" for line in rest)
    return 0


def cmd_export_report(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.reports.export import export_report

    if not args.dry_run:
        if not args.output:
            raise UsageError("give -o FILE (or --dry-run to see what would go out)")
        _output_path(args.output, args.force)
    with _opened(args) as store:
        case_ids = _chosen_cases(store, args)
        result = export_report(
            store,
            profile=args.profile,
            fmt=args.format,
            dest=None if args.dry_run else Path(args.output),
            case_ids=case_ids,
            lang=args.lang,
            dry_run=args.dry_run,
            stable=args.stable_pseudonyms,
        )
    summary = result.redacted.summary
    if args.json:
        _emit_json(summary.to_dict(), out)
    elif args.dry_run:
        for line in summary.lines() + summary.review_lines():
            out.write(_printable(line) + "\n")
        out.write("nothing was written (--dry-run)\n")
    else:
        kept = summary.kept_records["incident"]
        changed = sum(summary.counts.values())
        out.write(
            f"wrote {result.path} ({result.size} bytes): {kept} incident(s), "
            f"{changed} field redaction(s) by profile {_printable(summary.source)}; "
            "see --dry-run for details\n"
        )
        if args.format == "uwazi" and result.path is not None:
            from hrdoc.reports.export import uwazi_template_path

            out.write(f"and the Uwazi template it needs: {uwazi_template_path(result.path)}\n")
    return 0


def register(g: Grammar) -> None:
    export = g.noun("export", "reports and bundles")
    p = g.with_json(g.command("report", cmd_export_report, "a redacted report", export))
    p.add_argument("--profile", required=True, help="public, partner, full, or FILE.json")
    p.add_argument(
        "--format",
        required=True,
        choices=list(REPORT_FORMATS),
        help="csv: for a spreadsheet; uwazi: for Uwazi's CSV import (with its template beside it)",
    )
    p.add_argument("--case", action="append", metavar="ID", help="only these cases (repeatable)")
    _received_from_option(p)
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the report")
    p.add_argument("-o", "--output", metavar="FILE")
    p.add_argument(
        "--dry-run", action="store_true", help="print what redaction does; write nothing"
    )
    p.add_argument(
        "--stable-pseudonyms",
        action="store_true",
        help="the same person gets the same pseudonym in every export from this vault",
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")

    p = g.command("bundle", cmd_export_bundle, "an encrypted, signed bundle for others", export)
    p.add_argument("--to", action="append", metavar="CONTACT", help="recipient (repeatable)")
    p.add_argument("--passphrase-recipient", action="store_true", help="encrypt to a passphrase")
    p.add_argument("--bundle-passphrase-file", metavar="FILE")
    p.add_argument("--profile", required=True, help="public, partner, full, or FILE.json")
    p.add_argument("--case", action="append", metavar="ID")
    _received_from_option(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true")
    p.add_argument(
        "--send-original",
        action="append",
        metavar="EVIDENCE-ID",
        help="send this file as it is, metadata included, though hrdoc cannot clean it",
    )

    p = g.with_json(
        g.command("import", cmd_import, "import bundles, each all or nothing (files or folders)")
    )
    p.add_argument("file", nargs="+", help="bundle files, or folders of them")
    p.add_argument("--dry-run", action="store_true", help="check and count; change nothing")
    p.add_argument("--accept-unknown-sender", action="store_true")
    p.add_argument("--passphrase-bundle", action="store_true", help="the bundle uses a passphrase")
    p.add_argument("--bundle-passphrase-file", metavar="FILE")
    p.add_argument(
        "--with-recovery-code",
        action="store_true",
        help="a backup a contact kept for you: open it with your old vault's recovery code",
    )
    p.add_argument("--recovery-code-file", metavar="FILE")
    p.add_argument("--max-entries", type=int, default=200_000)
    p.add_argument("--max-entry-size", type=int, default=8 << 30, metavar="BYTES")
    p.add_argument("--max-total-size", type=int, default=64 << 30, metavar="BYTES")
    p = g.with_json(
        g.command("conflicts", cmd_conflicts, "incoming versions that differ from yours")
    )
    p.add_argument("--resolve", type=int, metavar="N", help="settle conflict N")
    p.add_argument("--take-theirs", action="store_true", help="save theirs as a new version")
    p.add_argument("--keep-mine", action="store_true", help="keep yours; note the decision")

    key = g.noun("key", "this vault's keys")
    p = g.with_json(g.command("show", cmd_key_show, "your contact card", key))
    p.add_argument("--name", help="the name others see on your card")
    p.add_argument("--qr", metavar="FILE.png", help="also write the card as a QR code")
    p.add_argument("--force", action="store_true")
    p = g.command("export-age", cmd_key_export_age, "print the age secret key (dangerous)", key)
    p.add_argument("--yes-i-understand", action="store_true")
    p.add_argument("-o", "--output", metavar="FILE")
    p.add_argument("--force", action="store_true")

    contact = g.noun("contact", "people you exchange with")
    p = g.command(
        "add", cmd_contact_add, "add a contact card (file, text, or - for stdin)", contact
    )
    p.add_argument("card")
    p.add_argument("--name", help="your name for them (default: the card's)")
    p.add_argument("--replace", action="store_true", help="accept changed keys for this name")
    g.with_json(g.command("list", cmd_contact_list, "list contacts", contact))
    p = g.command(
        "verify", cmd_contact_verify, "mark verified after comparing fingerprints", contact
    )
    p.add_argument("name")
    p.add_argument(
        "--yes",
        action="store_true",
        help="the fingerprints matched (needed when not at a terminal; at one, you are asked)",
    )
    p = g.command(
        "keeps-backup", cmd_contact_keeps_backup, "a contact who keeps your backup", contact
    )
    p.add_argument("name")
    p.add_argument("--off", action="store_true", help="no longer")
    p = g.command("remove", cmd_contact_remove, "remove a contact", contact)
    p.add_argument("name")

    p = g.command("stix", cmd_export_stix, "the incidents' indicators as STIX 2.1", export)
    p.add_argument("--profile", required=True)
    p.add_argument(
        "--dialect",
        choices=("mvt", "stix"),
        default="mvt",
        help="mvt: what MVT and Amnesty's files use (default); stix: standard STIX 2.1",
    )
    p.add_argument("--case", action="append", metavar="ID")
    _received_from_option(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true")

    iocs = g.noun("indicators", "known indicators (STIX)")
    p = g.with_json(g.command("import-stix", cmd_import_stix, "load a STIX 2.1 file", iocs))
    p.add_argument("file")
    p = g.with_json(g.command("match", cmd_match, "recorded indicators found in the library", iocs))
    p.add_argument("--case", action="append", metavar="ID")
