"""The vault itself: create, unlock check, passphrases, verify, history,
vocabularies, delete, undo, purge."""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from pathlib import Path
from typing import TextIO

from hrdoc.cli.common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    RECOVERY_ENV,
    UsageError,
    _confirm,
    _emit_json,
    _new_passphrase,
    _opened,
    _passphrase,
    _printable,
    _recovery_code,
    _table,
    _vault_dir,
)
from hrdoc.cli.grammar import Grammar
from hrdoc.core import backup, panic, passphrases
from hrdoc.core.errors import HrdocError
from hrdoc.core.integrity import verify_vault
from hrdoc.core.sample import load_sample
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault, vault_exists
from hrdoc.core.vocab import LANGUAGES
from hrdoc.core.vocab import load as load_vocab


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
        try:
            typed = input("To confirm you wrote it down, type the last group of 6 digits: ")
        except EOFError:  # Ctrl-D: the vault is made and usable; the code can be made anew
            out.write(
                "\nNot confirmed. The vault is ready. If you did not write the code down,"
                " run 'hrdoc recovery-code': it shows a new one (this one stops working).\n"
            )
            return
        if "".join(str(unicodedata.digit(ch)) for ch in typed if ch.isdigit()) == last:
            out.write("Thank you. Keep the paper somewhere safe.\n\n")
            return
        out.write("That is not the last group; look again at the code above.\n")


def cmd_recovery_code(args: argparse.Namespace, out: TextIO) -> int:
    """A new recovery code, shown once; the old one stops working."""
    _confirm(args, "Make a new recovery code? The one you have now will stop working.")
    with _opened(args) as store:
        code = store.vault.new_recovery_code()
    out.write("NEW RECOVERY CODE - shown only this once. Write it on paper and keep it\n")
    out.write("away from this computer. The previous code no longer opens the vault.\n\n")
    out.write(f"    {code}\n\n")
    if sys.stdin.isatty():
        _confirm_code_written(code, out)
    return 0


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
    vault = Vault.open_with_recovery_code(_vault_dir(args), _recovery_code(args))
    try:
        new = _new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_ENV)
        vault.change_passphrase(new)
    finally:
        vault.lock()
    out.write("Passphrase set. Your recovery code still works; keep it safe.\n")
    return 0


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    if args.for_contacts:
        from hrdoc.exchange.contact_backup import back_up_to_contacts

        with _opened(args) as store:
            result, names = back_up_to_contacts(store, Path(args.output).expanduser())
        out.write(
            f"Backup bundle written to {result.path} for {', '.join(map(_printable, names))}"
            " (full profile). Give it to them; after a loss, a new vault imports it with"
            " 'hrdoc import FILE --with-recovery-code'.\n"
        )
        return 0
    with _opened(args) as store:
        done = backup.backup(store.vault, Path(args.output).expanduser())
    out.write(
        f"Backup written to {done.path} ({done.size / 1e6:.1f} MB, {done.evidence_files}"
        " evidence file(s)) and checked by reading it back.\n"
        "The vault's passphrase (or recovery code) of today opens it: keep it apart from"
        " this computer.\n"
    )
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    folder = _vault_dir(args)
    if args.recovery_code_file or os.environ.get(RECOVERY_ENV):
        code = _recovery_code(args)
        done = backup.restore(Path(args.file).expanduser(), folder, recovery_code=code)
    else:
        done = backup.restore(Path(args.file).expanduser(), folder, passphrase=_passphrase(args))
    out.write(
        f"Restored the backup of {done.created_at} into {folder} ({done.evidence_files}"
        " evidence file(s)); every record, the audit chain and every file checked.\n"
    )
    if args.recovery_code_file or os.environ.get(RECOVERY_ENV):
        out.write("Set a new passphrase now: hrdoc --vault FOLDER recover\n")
    return 0


def cmd_panic(args: argparse.Namespace, out: TextIO) -> int:
    """Destroy access to the vault now (no passphrase needed)."""
    from hrdoc import settings

    chosen = settings.load()
    recovery_too = args.recovery_too or chosen.panic_destroys_recovery
    delete_data = args.delete_data or chosen.panic_deletes_data
    folder = _vault_dir(args)
    if not vault_exists(folder):
        raise HrdocError(f"no vault at {folder}")
    _confirm(
        args,
        "Destroy access to this vault now? The passphrase will not open it again"
        + ("" if recovery_too else " (the recovery code still will)")
        + ".",
    )
    done = panic.panic(folder, recovery_too=recovery_too, delete_data=delete_data)
    out.write(f"Destroyed key slots: {', '.join(done.slots)}")
    out.write(f"; {done.files_deleted} data file(s) deleted" if delete_data else "")
    out.write(f" ({done.seconds * 1000:.0f} ms).\n")
    return 0


def cmd_wipe_after(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.core.keyslots import KeySlotFile

    with _opened(args) as store:
        panic.set_wipe_after(KeySlotFile.load(store.vault.keys_path), args.count)
    if args.count:
        out.write(
            f"After {args.count} wrong passphrases in a row, this vault is destroyed (both key"
            " slots and its files). Someone with a copy of the folder is not bound by this.\n"
        )
    else:
        out.write("Wrong passphrases no longer destroy this vault.\n")
    return 0


def cmd_duress_set(args: argparse.Namespace, out: TextIO) -> int:
    """A duress passphrase and its decoy (empty, or the fictional sample case)."""
    with _opened(args) as store:
        print("Choose the duress passphrase (not your vault's passphrase).", file=sys.stderr)
        chosen = _new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_ENV)
        store.vault.set_duress_passphrase(chosen, decoy=_fill_with_sample if args.sample else None)
    out.write(
        "Duress passphrase set. Typed at unlock, it opens the decoy"
        + (" (the fictional sample case)" if args.sample else " (an empty vault)")
        + " and destroys this vault for good: keep a backup somewhere else.\n"
    )
    return 0


def _fill_with_sample(store: Store) -> None:
    load_sample(store)


def cmd_duress_remove(args: argparse.Namespace, out: TextIO) -> int:
    with _opened(args) as store:
        store.vault.remove_duress_passphrase()
    out.write("No duress passphrase any more; the decoy was erased.\n")
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


def cmd_passphrase(args: argparse.Namespace, out: TextIO) -> int:
    """Print a generated passphrase: random words from the language's list."""
    if not 4 <= args.words <= 20:
        raise UsageError("--words must be between 4 and 20")
    out.write(passphrases.generate(args.lang, args.words) + "\n")
    bits = passphrases.generated_bits(args.lang, args.words)
    print(
        f"({args.words} words, {bits:.0f} bits. Write it down and keep it away from this"
        " computer until you know it by heart.)",
        file=sys.stderr,
    )
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
    from hrdoc.core.records import Actor

    with _opened(args) as store:
        found = store.vault.conn.execute(
            "SELECT record_id FROM deleted WHERE record_id LIKE ? || '%'", (args.id,)
        ).fetchall()
        if len(args.id) >= 4 and len(found) == 1:
            record_id = found[0][0]
        else:
            _kind, record_id = store.resolve_any(args.id)
        person = store.get(Actor, record_id) if store.exists(Actor, record_id) else None
        named = deletion.mentions(store, person) if person else []
        for record, field_name in named:  # the places that still name them
            out.write(f"  still named in {record.KIND} {record.id} ({field_name})\n")
        _confirm(args, "Erase it, every old version and its files, for good? This cannot be undone")
        if named and args.redact_mentions:
            changed = deletion.redact_mentions(store, person)  # type: ignore[arg-type]
            out.write(
                f"removed the name from {len(changed)} record(s) and erased their earlier"
                " versions\n"
            )
        records = deletion.purge(store, record_id)
    out.write(f"purged {len(records)} record(s); only their hashes stay in the audit log\n")
    if named and not args.redact_mentions:
        out.write(
            f"{len(named)} place(s) above still name this person; run again on another record"
            " with --redact-mentions, or edit them\n"
        )
    return 0


def register(g: Grammar) -> None:
    p = g.command("init", cmd_init, "create a new vault")
    p.add_argument("--sample", action="store_true", help="load the fictional sample case")
    g.command("unlock-check", cmd_unlock_check, "check that the passphrase opens the vault")
    p = g.command("passphrase", cmd_passphrase, "suggest a passphrase of random words")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="the words' language")
    p.add_argument(
        "--words", type=int, default=6, help="how many words (default 6: 77 bits; at least 4)"
    )
    p = g.command("passwd", cmd_passwd, "change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p = g.command(
        "recovery-code", cmd_recovery_code, "make a new recovery code (the old one stops)"
    )
    p.add_argument("--yes", action="store_true", help="do not ask (needed when not at a terminal)")
    p = g.command("recover", cmd_recover, "set a new passphrase using the recovery code")
    p.add_argument("--recovery-code-file", metavar="FILE")
    p.add_argument("--new-passphrase-file", metavar="FILE")

    p = g.command("backup", cmd_backup, "write a checked backup of the whole vault")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument(
        "--for-contacts",
        action="store_true",
        help="a full bundle for the contacts who keep your backup (and your recovery code)",
    )
    p = g.command("restore", cmd_restore, "restore a backup into a new vault folder (--vault)")
    p.add_argument("file")
    p.add_argument(  # here too, where people write it; only when given
        "--vault", metavar="PATH", default=argparse.SUPPRESS, help="the new vault folder"
    )
    p.add_argument("--recovery-code-file", metavar="FILE", help="open it with the recovery code")
    p = g.command("panic", cmd_panic, "destroy access to the vault now (no passphrase needed)")
    p.add_argument("--yes", action="store_true", help="do not ask (needed when not at a terminal)")
    p.add_argument("--recovery-too", action="store_true", help="also destroy the recovery slot")
    p.add_argument("--delete-data", action="store_true", help="also delete database and files")
    duress = g.noun("duress", "a passphrase that opens a decoy and destroys this vault")
    p = g.command("set", cmd_duress_set, "set the duress passphrase and make its decoy", duress)
    p.add_argument("--sample", action="store_true", help="the decoy holds the sample case")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="the duress passphrase")
    g.command("remove", cmd_duress_remove, "no duress passphrase; the decoy is erased", duress)
    p = g.command("wipe-after", cmd_wipe_after, "destroy the vault after N wrong passphrases")
    p.add_argument("count", type=int, help="wrong passphrases in a row (0: never)")
    p = g.command("verify", cmd_verify, "check the database, audit chain and evidence hashes")
    p.add_argument("--quick", action="store_true", help="skip re-hashing evidence files")
    p = g.command("delete", cmd_delete, "hide a record and what is only under it (undoable)")
    p.add_argument("id")
    p.add_argument("--yes", action="store_true", help="do not ask (needed when not at a terminal)")
    p = g.command("undo", cmd_undo, "bring back the last deletion (or the batch given)")
    p.add_argument("batch", nargs="?")
    p = g.command("purge", cmd_purge, "erase a record, its history and its files for good")
    p.add_argument("id")
    p.add_argument("--yes", action="store_true", help="do not ask (needed when not at a terminal)")
    p.add_argument(
        "--redact-mentions",
        action="store_true",
        help="purging a person: also replace their name where other records still give it,"
        " and erase those records' earlier versions",
    )
    p = g.with_json(g.command("history", cmd_history, "versions and audit entries of a record"))
    p.add_argument("id")
    p = g.with_json(g.command("vocab", cmd_vocab, "list vocabularies and their terms"))
    p.add_argument("name", nargs="?")
    p.add_argument("--lang", choices=LANGUAGES, default="en")
