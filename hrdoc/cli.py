"""The hrdoc command line: the same operations as the desktop app, for scripts.

Exit status is 0 on success; otherwise non-zero with one line on stderr that
says what was wrong. Passphrases come from ``--passphrase-file``, the
``HRDOC_PASSPHRASE`` environment variable, or a prompt, in that order.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from hrdoc import __version__, paths
from hrdoc.core import evidence as evidence_ops
from hrdoc.core import search as search_ops
from hrdoc.core.atomic import atomic_writer
from hrdoc.core.errors import HrdocError, InvalidInput, WeakPassphrase
from hrdoc.core.integrity import verify_vault
from hrdoc.core.records import (
    Actor,
    Case,
    Evidence,
    Incident,
    Indicator,
    Intervention,
    Involvement,
    Record,
    Sensitivity,
)
from hrdoc.core.sample import load_sample
from hrdoc.core.store import Store
from hrdoc.core.vault import DatabaseError, Vault, check_passphrase_strength, vault_exists
from hrdoc.core.vocab import LANGUAGES
from hrdoc.core.vocab import load as load_vocab

PASSPHRASE_ENV = "HRDOC_PASSPHRASE"  # noqa: S105 (a variable name)
NEW_PASSPHRASE_ENV = "HRDOC_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_ENV = "HRDOC_RECOVERY_CODE"
BUNDLE_PASSPHRASE_ENV = "HRDOC_BUNDLE_PASSPHRASE"  # noqa: S105

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70


class UsageError(HrdocError):
    pass


# --- small helpers ------------------------------------------------------------


def _printable(text: Any) -> str:
    """Text for a terminal: control characters (escape sequences) are made visible."""
    out = []
    for ch in str(text):
        if ch in "\n\t" or (ch.isprintable() and not 0x80 <= ord(ch) <= 0x9F):
            out.append(ch)
        else:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
    return "".join(out)


def _emit_json(value: Any, out: TextIO) -> None:
    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _text_secret(value: str, where: str) -> str:
    """A secret as typed, or one line if it is not text (a non-UTF-8 variable)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{where} is not valid UTF-8 text") from None
    return value


def _read_secret_file(path: str, what: str) -> str:
    try:
        # utf-8-sig: Notepad and PowerShell 5 start a file with a byte-order mark
        with open(path, encoding="utf-8-sig") as f:
            text = f.readline(4096)
    except OSError as exc:
        raise UsageError(f"cannot read the {what} file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise UsageError(f"the {what} file {path} is not UTF-8 text") from None
    text = text.rstrip("\r\n")
    if not text:
        raise UsageError(f"the {what} file {path} is empty")
    return text


#: how to give each secret when not at a terminal: its flag and its variable
_SECRET_SOURCES = {
    "passphrase": ("--passphrase-file", PASSPHRASE_ENV),
    "new passphrase": ("--new-passphrase-file", NEW_PASSPHRASE_ENV),
    "recovery code": ("--recovery-code-file", RECOVERY_ENV),
    "bundle passphrase": ("--bundle-passphrase-file", BUNDLE_PASSPHRASE_ENV),
}


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        flag, env = _SECRET_SOURCES[label]
        raise UsageError(f"no {label} given: use {flag} or {env} when not at a terminal")
    return getpass.getpass(f"{label.capitalize()}: ")


def _passphrase(args: argparse.Namespace) -> str:
    if getattr(args, "passphrase_file", None):
        return _read_secret_file(args.passphrase_file, "passphrase")
    if os.environ.get(PASSPHRASE_ENV):
        return _text_secret(os.environ[PASSPHRASE_ENV], PASSPHRASE_ENV)
    return _text_secret(_prompt("passphrase"), "the passphrase")


def _new_passphrase(file_arg: str | None, env: str) -> str:
    """A new passphrase, checked for strength. At a prompt, asks again until it is fine."""
    if file_arg or os.environ.get(env):
        chosen = (
            _read_secret_file(file_arg, "new passphrase")
            if file_arg
            else _text_secret(os.environ[env], env)
        )
        check_passphrase_strength(chosen)
        return chosen
    while True:
        first = _prompt("new passphrase")
        try:
            check_passphrase_strength(first)
        except WeakPassphrase as exc:
            reason = str(exc)
            print(f"{reason[:1].upper()}{reason[1:]}. Please choose another.", file=sys.stderr)
            continue
        if getpass.getpass("Repeat the new passphrase: ") == first:
            return first
        print("The two passphrases differ. Please type it again.", file=sys.stderr)


def _vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else paths.default_vault_dir()


@contextmanager
def _opened(args: argparse.Namespace) -> Iterator[Store]:
    vault = Vault.open(_vault_dir(args), _passphrase(args))
    try:
        yield Store(vault)
    finally:
        vault.lock()


def _sensitivity(value: str | None) -> Sensitivity | None:
    if value is None:
        return None
    try:
        return Sensitivity(value)
    except ValueError:
        raise InvalidInput(
            f"sensitivity must be public, restricted or secret, not {value!r}"
        ) from None


def _pairs(items: Sequence[str] | None, what: str) -> dict[str, str]:
    out = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"{what} must look like NAME=VALUE, not {item!r}")
        out[key.strip()] = value
    return out


MAX_JSON_INPUT = 16 << 20  # one record as JSON


def _load_json_object(path: str) -> dict[str, Any]:
    from hrdoc.core.jsonin import parse_json

    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_JSON_INPUT + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    if len(raw) > MAX_JSON_INPUT:
        raise InvalidInput(f"{path} is larger than {MAX_JSON_INPUT >> 20} MB; not a record")
    data = parse_json(raw, str(path))
    if not isinstance(data, dict):
        raise InvalidInput(f"{path} must hold one JSON object")
    return data


def _fields_from_args(args: argparse.Namespace, mapping: dict[str, str]) -> dict[str, Any]:
    """Collect the flags the user gave (not None) under their record field names."""
    fields: dict[str, Any] = {}
    for arg_name, field_name in mapping.items():
        value = getattr(args, arg_name, None)
        if value is not None:
            fields[field_name] = value
    if getattr(args, "sensitivity", None) is not None:
        fields["sensitivity"] = _sensitivity(args.sensitivity)
    if getattr(args, "field_sensitivity", None):
        fields["field_sensitivity"] = _pairs(args.field_sensitivity, "--field-sensitivity")
    return fields


def _show_record(record: Record, out: TextIO, lang: str = "en") -> None:
    data = record.to_dict()
    out.write(f"{record.KIND} {record.id}\n")
    for key, value in data.items():
        if key in ("record", "id") or value in (None, "", [], {}):
            continue
        if isinstance(value, list | dict):
            value = json.dumps(value, ensure_ascii=False)
        out.write(f"  {key}: {_printable(value)}\n")


def _table(rows: list[list[str]], out: TextIO, header: list[str] | None = None) -> None:
    """Columns padded to line up, under a header row when given."""
    if not rows:
        return
    if header:
        rows = [header, *rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [_printable(c).ljust(w) for c, w in zip(row, widths, strict=True)]
        out.write("  ".join(cells).rstrip() + "\n")


# --- commands -------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    folder = _vault_dir(args)
    if vault_exists(folder):
        raise HrdocError(f"a vault already exists at {folder}; nothing was changed")
    passphrase = _new_passphrase(args.passphrase_file, PASSPHRASE_ENV)
    out.write("Creating the vault (deriving the key takes about a second)...\n")
    vault, code = Vault.create(folder, passphrase)
    try:
        counts = load_sample(Store(vault)) if args.sample else {}
    finally:
        vault.lock()
    out.write(f"Vault created at {folder}\n\n")
    out.write("RECOVERY CODE - shown only this once. Write it on paper and keep it\n")
    out.write("away from this computer. It opens the vault if you forget the passphrase.\n\n")
    out.write(f"    {code}\n\n")
    if sys.stdin.isatty():
        _confirm_code_written(code, out)
    if counts:
        total = sum(counts.values())
        out.write(f"Loaded the fictional sample case ({total} records).\n")
    return 0


def _confirm_code_written(code: str, out: TextIO) -> None:
    """At a terminal, ask for the last group back, so the code is not lost unread."""
    last = code.rsplit("-", 1)[-1]
    while True:
        typed = input("To confirm you wrote it down, type the last group of 6 digits: ")
        if "".join(str(unicodedata.digit(ch)) for ch in typed if ch.isdigit()) == last:
            out.write("Thank you. Keep the paper somewhere safe.\n\n")
            return
        out.write("That is not the last group; look again at the code above.\n")


def cmd_unlock_check(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        out.write(
            f"ok: vault {store.vault.vault_id} unlocked (schema {store.vault.schema_version()})\n"
        )
    return 0


def cmd_passwd(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        new = _new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_ENV)
        store.vault.change_passphrase(new)
    out.write("Passphrase changed.\n")
    return 0


def cmd_recover(args: argparse.Namespace, out: TextIO) -> int:
    if args.recovery_code_file:
        code = _read_secret_file(args.recovery_code_file, "recovery code")
    elif os.environ.get(RECOVERY_ENV):
        code = os.environ[RECOVERY_ENV]
    else:
        code = _prompt("recovery code")
    vault = Vault.open_with_recovery_code(_vault_dir(args), code)
    try:
        new = _new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_ENV)
        vault.change_passphrase(new)
    finally:
        vault.lock()
    out.write("Passphrase set. Your recovery code still works; keep it safe.\n")
    return 0


def cmd_case_add(args: argparse.Namespace, out: TextIO) -> int:
    fields = _fields_from_args(args, {"title": "title", "description": "description"})
    with _opened(args) as store:
        case = store.add(Case(**fields))
    out.write(case.id + "\n")
    return 0


def cmd_case_edit(args: argparse.Namespace, out: TextIO) -> int:
    changes = _fields_from_args(
        args, {"title": "title", "description": "description", "status": "status"}
    )
    if not changes:
        raise UsageError(
            "nothing to change: give at least one of --title, --description,"
            " --status, --sensitivity"
        )
    with _opened(args) as store:
        current = store.get(Case, store.resolve(Case, args.id))
        saved = store.update(Case.from_dict(current.to_dict() | changes))
    out.write(f"{saved.id} version {saved.version}\n")
    return 0


def cmd_case_list(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        cases = store.find(Case)
        counts = dict(
            store.vault.conn.execute("SELECT case_id, count(*) FROM incidents GROUP BY case_id")
        )
    if args.json:
        _emit_json([c.to_dict() | {"incidents": counts.get(c.id, 0)} for c in cases], out)
    else:
        _table(
            [[c.id, c.sensitivity, str(counts.get(c.id, 0)), c.title] for c in cases],
            out,
            ["ID", "WHO MAY SEE", "INCIDENTS", "TITLE"],
        )
    return 0


def cmd_case_show(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        case = store.get(Case, store.resolve(Case, args.id))
        incidents = store.find(Incident, where={"case_id": case.id}, order="start_date")
    if args.json:
        _emit_json(case.to_dict() | {"incidents": [i.to_dict() for i in incidents]}, out)
    else:
        _show_record(case, out)
        out.write(f"  incidents: {len(incidents)}\n")
        _table(
            [[i.id, i.start_date or "?", i.title] for i in incidents], out, ["ID", "DATE", "TITLE"]
        )
    return 0


INCIDENT_FLAGS = {
    "case": "case_id",
    "title": "title",
    "description": "description",
    "start": "start_date",
    "start_precision": "start_precision",
    "end": "end_date",
    "end_precision": "end_precision",
    "country": "country",
    "region": "region",
    "place": "place",
    "lat": "latitude",
    "lon": "longitude",
    "types": "types",
    "verification": "verification",
    "sources": "sources",
}


def cmd_incident_add(args: argparse.Namespace, out: TextIO) -> int:
    data = _load_json_object(args.from_json) if args.from_json else {}
    data.update(_fields_from_args(args, INCIDENT_FLAGS))
    incident = Incident.from_dict(data)  # exact types, before anything reads them
    with _opened(args) as store:
        if incident.case_id:
            incident.case_id = store.resolve(Case, incident.case_id)
        incident = store.add(incident)
    out.write(incident.id + "\n")
    return 0


def cmd_incident_edit(args: argparse.Namespace, out: TextIO) -> int:
    changes = _load_json_object(args.from_json) if args.from_json else {}
    changes.update(_fields_from_args(args, INCIDENT_FLAGS))
    for frozen in ("id", "version", "created_at", "updated_at", "author"):
        if frozen in changes:
            raise InvalidInput(f"{frozen} cannot be edited")
    if not changes:
        raise UsageError("nothing to change: give at least one field")
    Incident.from_dict({"case_id": "", "title": ""} | changes)  # exact types, first
    with _opened(args) as store:
        current = store.get(Incident, store.resolve(Incident, args.id))
        if changes.get("case_id"):
            changes["case_id"] = store.resolve(Case, changes["case_id"])
        data = current.to_dict()
        for date, precision in (("start_date", "start_precision"), ("end_date", "end_precision")):
            if date in changes and precision not in changes:
                changes[precision] = None  # worked out from the date, as 'add' does
        if "field_sensitivity" in changes:
            changes["field_sensitivity"] = data["field_sensitivity"] | changes["field_sensitivity"]
        data.update(changes)
        saved = store.update(Incident.from_dict(data))
    out.write(f"{saved.id} version {saved.version}\n")
    return 0


def cmd_incident_list(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.core.filters import IncidentFilter

    with _opened(args) as store:
        chosen = IncidentFilter(
            date_from=args.since,
            date_to=args.until,
            types=args.type or [],
            countries=args.country or [],
            verification=args.verification or [],
            case_id=store.resolve(Case, args.case) if args.case else None,
            sensitivity=args.who_may_see or [],
            has_evidence=args.evidence,
            sender=args.received_from,
        )
        where, values = chosen.where()
        ids = [
            r[0]
            for r in store.vault.conn.execute(
                f"SELECT id FROM incidents WHERE {where} ORDER BY start_date, n", values
            )
        ]
        if args.search:
            found = set(ids)
            ids = [i for i in search_ops.incident_ids(store.vault.conn, args.search) if i in found]
        incidents = [store.get(Incident, i) for i in ids]
    if args.json:
        _emit_json([i.to_dict() for i in incidents], out)
    else:
        types = store.vocab["incident_types"]
        rows = [
            [i.id, i.start_date or "?", ", ".join(types.label(t, "en") for t in i.types), i.title]
            for i in incidents
        ]
        _table(rows, out, ["ID", "DATE", "TYPE", "TITLE"])
    return 0


def cmd_incident_show(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        incident = store.get(Incident, store.resolve(Incident, args.id))
        related: dict[str, list[Record]] = {
            "involvements": store.find(Involvement, where={"incident_id": incident.id}),
            "indicators": store.find(Indicator, where={"incident_id": incident.id}),
            "evidence": store.find(Evidence, where={"incident_id": incident.id}),
        }
        actors = {a.id: a for a in store.find(Actor)}
    if args.json:
        doc = incident.to_dict() | {k: [r.to_dict() for r in v] for k, v in related.items()}
        _emit_json(doc, out)
        return 0
    _show_record(incident, out)
    for inv in related["involvements"]:
        assert isinstance(inv, Involvement)
        name = actors[inv.actor_id].name if inv.actor_id in actors else inv.actor_id
        out.write(f"  {inv.role}: {_printable(name)} ({inv.confidence} confidence)\n")
    for ind in related["indicators"]:
        assert isinstance(ind, Indicator)
        out.write(f"  indicator {ind.type}: {_printable(ind.value)}\n")
    for ev in related["evidence"]:
        assert isinstance(ev, Evidence)
        out.write(f"  evidence {ev.id}: {_printable(ev.file_name)} sha256 {ev.sha256}\n")
    return 0


def cmd_actor_add(args: argparse.Namespace, out: TextIO) -> int:
    fields = _fields_from_args(
        args,
        {"name": "name", "kind": "kind", "aliases": "aliases", "contact": "contact"},
    )
    fields["description"] = args.description or ""
    fields["attributes"] = _pairs(args.attribute, "--attribute")
    with _opened(args) as store:
        incident_id = store.resolve(Incident, args.incident) if args.incident else None
        if not incident_id and (args.role or args.confidence):
            raise UsageError("--role and --confidence need --incident")
        actor = Actor(**fields)
        records: list[Record] = [actor]
        if incident_id:
            records.append(
                Involvement(
                    incident_id=incident_id,
                    actor_id=actor.id,
                    role=args.role or "target",
                    confidence=args.confidence or "medium",
                )
            )
        store.add_all(records)
    out.write(actor.id + "\n")
    return 0


def cmd_indicator_add(args: argparse.Namespace, out: TextIO) -> int:
    fields = _fields_from_args(
        args,
        {"type": "type", "value": "value", "first_seen": "first_seen", "notes": "notes"},
    )
    if args.origin is not None:
        fields["source"] = args.origin
    with _opened(args) as store:
        fields["incident_id"] = store.resolve(Incident, args.incident)
        indicator = store.add(Indicator(**fields))
    out.write(indicator.id + "\n")
    return 0


def cmd_intervention_add(args: argparse.Namespace, out: TextIO) -> int:
    fields = _fields_from_args(
        args,
        {"kind": "kind", "by": "by", "date": "date", "outcome": "outcome"},
    )
    fields["description"] = args.description or ""
    with _opened(args) as store:
        fields["case_id"] = store.resolve(Case, args.case)
        if args.incident:
            fields["incident_id"] = store.resolve(Incident, args.incident)
        intervention = store.add(Intervention(**fields))
    out.write(intervention.id + "\n")
    return 0


def cmd_evidence_add(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    if path.is_dir():  # checked before the slow unlock
        raise InvalidInput(f"{path} is a folder, not a file")
    if not path.is_file():
        raise InvalidInput(f"no such file: {path}")
    with _opened(args) as store:
        incident_id = store.resolve(Incident, args.incident)
        record = evidence_ops.add_evidence_file(
            store,
            incident_id,
            path,
            description=args.description or "",
            captured_at=args.captured_at,
            publishable=args.publishable,
            sensitivity=_sensitivity(args.sensitivity) or Sensitivity.RESTRICTED,
        )
    found = record.file_metadata
    if args.json:
        _emit_json(record.to_dict(), out)
    else:
        out.write(f"{record.id} sha256 {record.sha256} ({record.size} bytes)\n")
        if found:
            out.write(
                "the file itself holds: "
                + _printable(", ".join(found))
                + " (kept as a secret field; bundles below 'full' carry a copy without it)\n"
            )
    return 0


def _output_path(value: str, force: bool) -> Path:
    """Where to write: refused (before any work) if it exists without --force."""
    dest = Path(value)
    if dest.is_dir():
        raise UsageError(f"{dest} is a folder; give the name of a file to write")
    if dest.exists() and not force:
        raise UsageError(f"{dest} exists; use --force to replace it")
    if not dest.parent.is_dir():
        raise UsageError(f"the folder {dest.parent} does not exist")
    return dest


def cmd_evidence_export(args: argparse.Namespace, out: TextIO) -> int:
    dest = _output_path(args.output, args.force)
    with _opened(args) as store:
        evidence_id = store.resolve(Evidence, args.id)
        record = evidence_ops.export_evidence_to_file(store, evidence_id, dest)
    out.write(f"wrote {dest} ({record.size} bytes, sha256 {record.sha256} verified)\n")
    return 0


def cmd_evidence_list(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        where = {"incident_id": store.resolve(Incident, args.incident)} if args.incident else None
        items = store.find(Evidence, where=where)
    if args.json:
        _emit_json([e.to_dict() for e in items], out)
    else:
        _table(
            [[e.id, str(e.size), e.sha256[:16], e.file_name] for e in items],
            out,
            ["ID", "BYTES", "SHA-256", "FILE"],
        )
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    query = " ".join(args.query)
    with _opened(args) as store:
        hits = search_ops.search(store.vault.conn, query, limit=args.limit)
    if args.json:
        _emit_json([h.to_dict() for h in hits], out)
    else:
        kinds = store.vocab["intervention_types"]
        _table(
            [
                [h.kind, h.id, kinds.label(h.title, "en") if h.kind == "intervention" else h.title]
                for h in hits
            ],
            out,
            ["KIND", "ID", "TITLE"],
        )
        if not hits:
            out.write("no matches\n")
    return 0


def cmd_export_report(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.reports.export import export_report

    if not args.dry_run:
        if not args.output:
            raise UsageError("give -o FILE (or --dry-run to see what would go out)")
        _output_path(args.output, args.force)
    with _opened(args) as store:
        case_ids = [store.resolve(Case, c) for c in args.case] if args.case else None
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
    return 0


# --- keys, contacts, bundles -------------------------------------------------------


def cmd_key_show(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.identity import VaultIdentity, clean_name

    with _opened(args) as store:
        if args.name:
            name = clean_name(args.name)
            with store.vault.transaction() as conn:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('owner_name', ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (name,),
                )
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
        case_ids = [store.resolve(Case, c) for c in args.case] if args.case else None
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

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    passphrase = _bundle_passphrase(args, confirm=False) if args.passphrase_bundle else None
    limits = Limits(
        max_entries=args.max_entries,
        max_entry_bytes=args.max_entry_size,
        max_total_bytes=args.max_total_size,
    )
    with _opened(args) as store:
        report = import_bundle(
            store,
            path,
            passphrase=passphrase,
            dry_run=args.dry_run,
            accept_unknown_sender=args.accept_unknown_sender,
            limits=limits,
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


def cmd_import_mvt(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.mvt import import_mvt

    with _opened(args) as store:
        incident_id = store.resolve(Incident, args.incident)
        result = import_mvt(store, Path(args.folder), incident_id)
    if args.json:
        _emit_json(result.to_dict(), out)
    else:
        out.write(f"stored {len(result.evidence_ids)} MVT file(s) as evidence\n")
        for line in result.summary_lines():
            out.write(_printable(line) + "\n")
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
        case_ids = [store.resolve(Case, c) for c in args.case] if args.case else None
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
    from hrdoc.exchange.stix import export_stix

    dest = _output_path(args.output, args.force)
    with _opened(args) as store:
        case_ids = [store.resolve(Case, c) for c in args.case] if args.case else None
        bundle = export_stix(store, profile=args.profile, case_ids=case_ids)
    data = (json.dumps(bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    with atomic_writer(dest, mode=0o644) as f:
        f.write(data)
    count = sum(1 for o in bundle["objects"] if o["type"] == "indicator")
    out.write(f"wrote {dest}: {count} indicator(s) as STIX 2.1\n")
    return 0


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        problems = verify_vault(store, evidence=not args.quick)
        entries = store.vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    if problems:
        raise HrdocError(
            f"verification failed: {problems[0]}"
            + (f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else "")
        )
    out.write(f"ok: database pages, {entries} audit entries and every record verified\n")
    return 0


def _confirm(args: argparse.Namespace, question: str) -> None:
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise UsageError("confirm with --yes (not at a terminal); nothing was changed")
    if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes"):
        raise UsageError("nothing was changed")


def cmd_delete(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.core import deletion

    with _opened(args) as store:
        _kind, record_id = store.resolve_any(args.id)
        records = deletion.affected(store, record_id)
        for record in records:
            out.write(f"  {record.KIND} {record.id}  {_printable(record.display_title[:60])}\n")
        _confirm(args, f"Delete these {len(records)} record(s)? 'hrdoc undo' brings them back")
        done = deletion.delete(store, record_id)
    out.write(f"deleted {len(done.records)} record(s); undo with: hrdoc undo {done.batch}\n")
    return 0


def cmd_undo(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.core import deletion

    with _opened(args) as store:
        batches = deletion.deleted_batches(store)
        if not batches:
            raise UsageError("nothing to undo")
        batch = args.batch or batches[0][0]
        records = deletion.undo(store, batch)
    out.write(f"restored {len(records)} record(s)\n")
    return 0


def cmd_purge(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.core import deletion

    with _opened(args) as store:
        found = store.vault.conn.execute(
            "SELECT record_id FROM deleted WHERE record_id LIKE ? || '%'", (args.id,)
        ).fetchall()
        if len(args.id) >= 4 and len(found) == 1:
            record_id = found[0][0]
        else:
            _kind, record_id = store.resolve_any(args.id)
        _confirm(args, "Erase it, every old version and its files, for good? This cannot be undone")
        records = deletion.purge(store, record_id)
    out.write(f"purged {len(records)} record(s); only their hashes stay in the audit log\n")
    return 0


def cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        _kind, record_id = store.resolve_any(args.id)
        history = store.history(record_id)
    if args.json:
        _emit_json(history, out)
        return 0
    for version in history["versions"]:
        out.write(
            f"version {version['version']}  {_printable(str(version['updated_at']))}"
            f"  by {_printable(str(version['author']))}\n"
        )
    out.write("audit:\n")
    for entry in history["audit"]:
        note = f"  ({_printable(entry['note'])})" if entry["note"] else ""
        out.write(f"  #{entry['seq']} {entry['at']} {entry['action']} v{entry['version']}{note}\n")
    return 0


def cmd_vocab(args: argparse.Namespace, out: TextIO) -> int:
    vocab = load_vocab()
    if not args.name:
        out.write("\n".join(vocab.names()) + "\n")
        return 0
    try:
        v = vocab[args.name]
    except KeyError:
        raise UsageError(
            f"no vocabulary {args.name!r}; one of: {', '.join(vocab.names())}"
        ) from None
    if args.json:
        _emit_json([{"code": t.code, "labels": t.labels} for t in v.terms], out)
    else:
        _table([[t.code, t.label(args.lang)] for t in v.terms], out)
    return 0


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
    so the user gets one line that names what to install."""
    import ctypes.util

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


# --- parser ---------------------------------------------------------------------------


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
    p = command("passwd", cmd_passwd, "change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
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
    p = with_json(command("history", cmd_history, "versions and audit entries of a record"))
    p.add_argument("id")
    p = with_json(command("vocab", cmd_vocab, "list vocabularies and their terms"))
    p.add_argument("name", nargs="?")
    p.add_argument("--lang", choices=LANGUAGES, default="en")
    return parser


def _missing(args: argparse.Namespace) -> int:
    raise UsageError(f"'hrdoc {args.command}' needs a subcommand; see 'hrdoc {args.command} -h'")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
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


if __name__ == "__main__":
    sys.exit(main())
