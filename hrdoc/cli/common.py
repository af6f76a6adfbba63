"""Helpers every command uses: secrets, the opened vault, one-line output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from hrdoc import paths
from hrdoc.core import passphrases
from hrdoc.core.errors import HrdocError, InvalidInput, WeakPassphrase
from hrdoc.core.records import (
    Record,
    Sensitivity,
)
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault

PASSPHRASE_ENV = "HRDOC_PASSPHRASE"  # noqa: S105 (a variable name)


NEW_PASSPHRASE_ENV = "HRDOC_NEW_PASSPHRASE"  # noqa: S105


RECOVERY_ENV = "HRDOC_RECOVERY_CODE"


BUNDLE_PASSPHRASE_ENV = "HRDOC_BUNDLE_PASSPHRASE"  # noqa: S105


EXIT_ERROR = 1


EXIT_USAGE = 2


EXIT_INTERNAL = 70


class UsageError(HrdocError):
    pass


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
        passphrases.check(chosen)
        return chosen
    while True:
        first = _prompt("new passphrase")
        try:
            passphrases.check(first)
        except WeakPassphrase as exc:
            reason = str(exc)
            print(f"{reason[:1].upper()}{reason[1:]}. Please choose another.", file=sys.stderr)
            continue
        if getpass.getpass("Repeat the new passphrase: ") == first:
            return first
        print("The two passphrases differ. Please type it again.", file=sys.stderr)


def _recovery_code(args: argparse.Namespace) -> str:
    """The recovery code: --recovery-code-file, HRDOC_RECOVERY_CODE, or a prompt."""
    if getattr(args, "recovery_code_file", None):
        return _read_secret_file(args.recovery_code_file, "recovery code")
    if os.environ.get(RECOVERY_ENV):
        return os.environ[RECOVERY_ENV]
    return _prompt("recovery code")


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


def _confirm(args: argparse.Namespace, question: str) -> None:
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise UsageError("confirm with --yes (not at a terminal); nothing was changed")
    if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes"):
        raise UsageError("nothing was changed")
