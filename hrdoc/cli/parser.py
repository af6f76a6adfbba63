"""The command line's grammar: every noun's commands and their flags."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from hrdoc import __version__
from hrdoc.cli.common import UsageError
from hrdoc.cli.desktop import cmd_gui, cmd_welcome
from hrdoc.cli.evidence import (
    cmd_evidence_add,
    cmd_evidence_export,
    cmd_evidence_list,
    cmd_import_mvt,
)
from hrdoc.cli.exchange import (
    cmd_conflicts,
    cmd_contact_add,
    cmd_contact_list,
    cmd_contact_remove,
    cmd_contact_verify,
    cmd_export_bundle,
    cmd_export_report,
    cmd_export_stix,
    cmd_import,
    cmd_import_stix,
    cmd_key_export_age,
    cmd_key_show,
    cmd_match,
)
from hrdoc.cli.records import (
    cmd_actor_add,
    cmd_case_add,
    cmd_case_edit,
    cmd_case_list,
    cmd_case_show,
    cmd_incident_add,
    cmd_incident_edit,
    cmd_incident_list,
    cmd_incident_show,
    cmd_indicator_add,
    cmd_intervention_add,
    cmd_search,
)
from hrdoc.cli.vault import (
    cmd_backup,
    cmd_delete,
    cmd_history,
    cmd_init,
    cmd_panic,
    cmd_passphrase,
    cmd_passwd,
    cmd_purge,
    cmd_recover,
    cmd_recovery_code,
    cmd_restore,
    cmd_undo,
    cmd_unlock_check,
    cmd_verify,
    cmd_vocab,
    cmd_wipe_after,
)
from hrdoc.core.records import (
    Sensitivity,
)
from hrdoc.core.vocab import LANGUAGES


def _add_sensitivity(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sensitivity", choices=[s.value for s in Sensitivity])
    p.add_argument(
        "--field-sensitivity",
        action="append",
        metavar="FIELD=LEVEL",
        help="sensitivity of one field (repeatable), e.g. place=secret",
    )


def _add_incident_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--title")
    p.add_argument("--description")
    p.add_argument("--start", metavar="DATE", help="2024-03-05, 2024-03 or 2024")
    p.add_argument("--start-precision", choices=["exact", "day", "month", "year", "approximate"])
    p.add_argument("--end", metavar="DATE")
    p.add_argument("--end-precision", choices=["exact", "day", "month", "year", "approximate"])
    p.add_argument("--country", metavar="CC", help="ISO 3166 code, e.g. AE; ZZ if withheld")
    p.add_argument("--region")
    p.add_argument("--place")
    p.add_argument("--lat", type=float)
    p.add_argument("--lon", type=float)
    p.add_argument("--type", dest="types", action="append", metavar="CODE")
    p.add_argument("--verification", metavar="CODE")
    p.add_argument("--source", dest="sources", action="append", metavar="TEXT")
    p.add_argument(
        "--from-json",
        metavar="FILE",
        help="read fields from a JSON object; its field names and types are in"
        " resources/schema/incident.schema.json (installed with hrdoc); flags win",
    )
    _add_sensitivity(p)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, exit 2, as every other error
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hrdoc", description="Encrypted incident documentation.")
    parser.add_argument("--version", action="version", version=f"hrdoc {__version__}")
    parser.add_argument("--vault", metavar="PATH", help="vault folder (default: your data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    parser.set_defaults(func=cmd_welcome)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, func: Callable[..., int], help_text: str, parent: Any = sub) -> Any:
        p = parent.add_parser(name, help=help_text)
        p.set_defaults(func=func)
        return p

    def with_json(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--json", action="store_true", help="machine-readable output")
        return p

    p = command("gui", cmd_gui, "start the desktop app")
    p.add_argument("--lang", choices=LANGUAGES, help="ar lays the window out RTL")
    p = command("init", cmd_init, "create a new vault")
    p.add_argument("--sample", action="store_true", help="load the fictional sample case")
    command("unlock-check", cmd_unlock_check, "check that the passphrase opens the vault")
    p = command("passphrase", cmd_passphrase, "suggest a passphrase of random words")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="the words' language")
    p.add_argument(
        "--words", type=int, default=6, help="how many words (default 6: 77 bits; at least 4)"
    )
    p = command("passwd", cmd_passwd, "change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p = command("recovery-code", cmd_recovery_code, "make a new recovery code (the old one stops)")
    p.add_argument("--yes", action="store_true", help="do not ask (needed when not at a terminal)")
    p = command("recover", cmd_recover, "set a new passphrase using the recovery code")
    p.add_argument("--recovery-code-file", metavar="FILE")
    p.add_argument("--new-passphrase-file", metavar="FILE")

    case = command("case", lambda a, o: _missing(a), "cases").add_subparsers(parser_class=_Parser)
    p = command("add", cmd_case_add, "add a case", case)
    p.add_argument("--title", required=True)
    p.add_argument("--description")
    _add_sensitivity(p)
    with_json(command("list", cmd_case_list, "list cases", case))
    p = with_json(command("show", cmd_case_show, "show a case", case))
    p.add_argument("id")
    p = command("edit", cmd_case_edit, "change a case (keeps the previous version)", case)
    p.add_argument("id")
    p.add_argument("--title")
    p.add_argument("--description")
    p.add_argument("--status", choices=("open", "closed"))
    _add_sensitivity(p)

    inc = command("incident", lambda a, o: _missing(a), "incidents").add_subparsers(
        parser_class=_Parser
    )
    p = command("add", cmd_incident_add, "add an incident", inc)
    p.add_argument("--case", metavar="ID")
    _add_incident_fields(p)
    p = command("edit", cmd_incident_edit, "change an incident (keeps the old version)", inc)
    p.add_argument("id")
    p.add_argument("--case", metavar="ID")
    _add_incident_fields(p)
    p = with_json(command("list", cmd_incident_list, "list incidents (filters combine)", inc))
    p.add_argument("--case", metavar="ID")
    p.add_argument("--since", metavar="DATE", help="on or after (2016, 2016-08, 2016-08-10)")
    p.add_argument("--until", metavar="DATE", help="on or before, the whole month or year")
    p.add_argument("--type", action="append", metavar="CODE", help="any of these (repeatable)")
    p.add_argument("--country", action="append", metavar="CC", help="ISO code (repeatable)")
    p.add_argument("--verification", action="append", metavar="CODE")
    p.add_argument("--who-may-see", action="append", choices=("public", "restricted", "secret"))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--with-evidence", dest="evidence", action="store_true", default=None)
    group.add_argument("--without-evidence", dest="evidence", action="store_false")
    p.add_argument("--received-from", metavar="CONTACT", help="imported from this sender")
    p.add_argument("--search", metavar="WORDS", help="and matching these words")
    p = with_json(command("show", cmd_incident_show, "show an incident", inc))
    p.add_argument("id")

    actor = command("actor", lambda a, o: _missing(a), "people and organisations").add_subparsers(
        parser_class=_Parser
    )
    p = command("add", cmd_actor_add, "add a person or organisation", actor)
    p.add_argument("--name", required=True)
    p.add_argument("--kind", default="person", metavar="CODE", help="person, organisation, ...")
    p.add_argument("--alias", dest="aliases", action="append", metavar="NAME")
    p.add_argument("--attribute", action="append", metavar="NAME=VALUE")
    p.add_argument("--contact")
    p.add_argument("--description")
    p.add_argument("--incident", metavar="ID", help="link to an incident")
    p.add_argument("--role", metavar="CODE", help="target, victim, witness, ...")
    p.add_argument("--confidence", choices=["low", "medium", "high"])
    _add_sensitivity(p)

    ind = command("indicator", lambda a, o: _missing(a), "technical indicators").add_subparsers(
        parser_class=_Parser
    )
    p = command("add", cmd_indicator_add, "add an indicator to an incident", ind)
    p.add_argument("--incident", required=True, metavar="ID")
    p.add_argument("--type", required=True, metavar="CODE", help="domain, url, ipv4, ...")
    p.add_argument("--value", required=True)
    p.add_argument("--first-seen", metavar="DATE")
    p.add_argument("--source", dest="origin", help="where the indicator came from")
    p.add_argument("--notes")
    _add_sensitivity(p)

    itv = command("intervention", lambda a, o: _missing(a), "interventions").add_subparsers(
        parser_class=_Parser
    )
    p = command("add", cmd_intervention_add, "record what was done", itv)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--incident", metavar="ID")
    p.add_argument("--kind", required=True, metavar="CODE")
    p.add_argument("--by")
    p.add_argument("--date", metavar="DATE")
    p.add_argument("--outcome")
    p.add_argument("--description")
    _add_sensitivity(p)

    ev = command("evidence", lambda a, o: _missing(a), "evidence files").add_subparsers(
        parser_class=_Parser
    )
    p = with_json(command("add", cmd_evidence_add, "store a file in the vault", ev))
    p.add_argument("--incident", required=True, metavar="ID")
    p.add_argument("file")
    p.add_argument("--description")
    p.add_argument("--captured-at", metavar="DATE")
    p.add_argument("--publishable", action="store_true", help="may appear in public reports")
    p.add_argument("--sensitivity", choices=[s.value for s in Sensitivity])
    p = command("export", cmd_evidence_export, "write a copy of a stored file", ev)
    p.add_argument("id")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p = with_json(command("import-mvt", cmd_import_mvt, "store MVT results (a folder)", ev))
    p.add_argument("folder")
    p.add_argument("--incident", required=True, metavar="ID")
    p = with_json(command("list", cmd_evidence_list, "list evidence", ev))
    p.add_argument("--incident", metavar="ID")

    p = with_json(command("search", cmd_search, "full-text search"))
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=50)

    export = command("export", lambda a, o: _missing(a), "reports and bundles").add_subparsers(
        parser_class=_Parser
    )
    p = with_json(command("report", cmd_export_report, "a redacted report", export))
    p.add_argument("--profile", required=True, help="public, partner, full, or FILE.json")
    p.add_argument("--format", required=True, choices=["pdf", "html", "json", "csv"])
    p.add_argument("--case", action="append", metavar="ID", help="only these cases (repeatable)")
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

    p = command("bundle", cmd_export_bundle, "an encrypted, signed bundle for others", export)
    p.add_argument("--to", action="append", metavar="CONTACT", help="recipient (repeatable)")
    p.add_argument("--passphrase-recipient", action="store_true", help="encrypt to a passphrase")
    p.add_argument("--bundle-passphrase-file", metavar="FILE")
    p.add_argument("--profile", required=True, help="public, partner, full, or FILE.json")
    p.add_argument("--case", action="append", metavar="ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true")
    p.add_argument(
        "--send-original",
        action="append",
        metavar="EVIDENCE-ID",
        help="send this file as it is, metadata included, though hrdoc cannot clean it",
    )

    p = with_json(command("import", cmd_import, "import a bundle (all or nothing)"))
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="check and count; change nothing")
    p.add_argument("--accept-unknown-sender", action="store_true")
    p.add_argument("--passphrase-bundle", action="store_true", help="the bundle uses a passphrase")
    p.add_argument("--bundle-passphrase-file", metavar="FILE")
    p.add_argument("--max-entries", type=int, default=200_000)
    p.add_argument("--max-entry-size", type=int, default=8 << 30, metavar="BYTES")
    p.add_argument("--max-total-size", type=int, default=64 << 30, metavar="BYTES")
    p = with_json(command("conflicts", cmd_conflicts, "incoming versions that differ from yours"))
    p.add_argument("--resolve", type=int, metavar="N", help="settle conflict N")
    p.add_argument("--take-theirs", action="store_true", help="save theirs as a new version")
    p.add_argument("--keep-mine", action="store_true", help="keep yours; note the decision")

    key = command("key", lambda a, o: _missing(a), "this vault's keys").add_subparsers(
        parser_class=_Parser
    )
    p = with_json(command("show", cmd_key_show, "your contact card", key))
    p.add_argument("--name", help="the name others see on your card")
    p.add_argument("--qr", metavar="FILE.png", help="also write the card as a QR code")
    p.add_argument("--force", action="store_true")
    p = command("export-age", cmd_key_export_age, "print the age secret key (dangerous)", key)
    p.add_argument("--yes-i-understand", action="store_true")
    p.add_argument("-o", "--output", metavar="FILE")
    p.add_argument("--force", action="store_true")

    contact = command("contact", lambda a, o: _missing(a), "people you exchange with")
    contact = contact.add_subparsers(parser_class=_Parser)
    p = command("add", cmd_contact_add, "add a contact card (file, text, or - for stdin)", contact)
    p.add_argument("card")
    p.add_argument("--name", help="your name for them (default: the card's)")
    p.add_argument("--replace", action="store_true", help="accept changed keys for this name")
    with_json(command("list", cmd_contact_list, "list contacts", contact))
    p = command("verify", cmd_contact_verify, "mark verified after comparing fingerprints", contact)
    p.add_argument("name")
    p.add_argument(
        "--yes",
        action="store_true",
        help="the fingerprints matched (needed when not at a terminal; at one, you are asked)",
    )
    p = command("remove", cmd_contact_remove, "remove a contact", contact)
    p.add_argument("name")

    p = command("stix", cmd_export_stix, "the incidents' indicators as STIX 2.1", export)
    p.add_argument("--profile", required=True)
    p.add_argument("--case", action="append", metavar="ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true")

    iocs = command("indicators", lambda a, o: _missing(a), "known indicators (STIX)")
    iocs = iocs.add_subparsers(parser_class=_Parser)
    p = with_json(command("import-stix", cmd_import_stix, "load a STIX 2.1 file", iocs))
    p.add_argument("file")
    p = with_json(command("match", cmd_match, "recorded indicators found in the library", iocs))
    p.add_argument("--case", action="append", metavar="ID")

    p = command("backup", cmd_backup, "write a checked backup of the whole vault")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p = command("restore", cmd_restore, "restore a backup into a new vault folder (--vault)")
    p.add_argument("file")
    p.add_argument("--recovery-code-file", metavar="FILE", help="open it with the recovery code")
    p = command("panic", cmd_panic, "destroy access to the vault now (no passphrase needed)")
    p.add_argument("--yes", action="store_true", help="do not ask (needed when not at a terminal)")
    p.add_argument("--recovery-too", action="store_true", help="also destroy the recovery slot")
    p.add_argument("--delete-data", action="store_true", help="also delete database and files")
    p = command("wipe-after", cmd_wipe_after, "destroy the vault after N wrong passphrases")
    p.add_argument("count", type=int, help="wrong passphrases in a row (0: never)")
    p = command("verify", cmd_verify, "check the database, audit chain and evidence hashes")
    p.add_argument("--quick", action="store_true", help="skip re-hashing evidence files")
    p = command("delete", cmd_delete, "hide a record and what is only under it (undoable)")
    p.add_argument("id")
    p.add_argument("--yes", action="store_true", help="do not ask (needed when not at a terminal)")
    p = command("undo", cmd_undo, "bring back the last deletion (or the batch given)")
    p.add_argument("batch", nargs="?")
    p = command("purge", cmd_purge, "erase a record, its history and its files for good")
    p.add_argument("id")
    p.add_argument("--yes", action="store_true", help="do not ask (needed when not at a terminal)")
    p.add_argument(
        "--redact-mentions",
        action="store_true",
        help="purging a person: also replace their name where other records still give it,"
        " and erase those records' earlier versions",
    )
    p = with_json(command("history", cmd_history, "versions and audit entries of a record"))
    p.add_argument("id")
    p = with_json(command("vocab", cmd_vocab, "list vocabularies and their terms"))
    p.add_argument("name", nargs="?")
    p.add_argument("--lang", choices=LANGUAGES, default="en")
    return parser


def _missing(args: argparse.Namespace) -> int:
    raise UsageError(f"'hrdoc {args.command}' needs a subcommand; see 'hrdoc {args.command} -h'")
