"""Redaction: one pure function from records and a profile to redacted records
and a summary of what was removed, pseudonymised and generalised.

Every exporter (reports, bundles, STIX, CSV) goes through :func:`redact`;
none has rules of its own. The output is plain dicts, ready for JSON.

Profiles are data (resources/redaction/*.json, and the user's own in
``HRDOC_HOME/redaction``). A malformed profile, an unknown field, or output
that would still hold a ``secret`` field under a profile that does not allow
secrets is an error raised before anything is written.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from hrdoc import paths
from hrdoc.core.errors import HrdocError
from hrdoc.core.records import (
    BY_KIND,
    RECORD_TYPES,
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


class RedactionError(HrdocError):
    """The profile is unusable, or the output would break the profile's promise."""


_CHOICES: dict[str, tuple[str, ...]] = {
    "people": ("pseudonymise", "keep"),
    "place": ("keep", "region", "country", "remove"),
    "coordinates": ("keep", "remove"),
    "date": ("keep", "day", "month", "year"),
    "evidence": ("all", "publishable", "none"),
    "free_text": ("keep", "redact_names"),
    "ids": ("keep", "replace"),
    "metadata": ("keep", "remove"),
}
_FIELD_ACTIONS = ("remove",)
_META = ("version", "created_at", "updated_at", "author")
#: date fields and the field holding their precision (None: precision is implied)
_DATE_FIELDS: dict[str, dict[str, str | None]] = {
    "incident": {"start_date": "start_precision", "end_date": "end_precision"},
    "indicator": {"first_seen": None},
    "evidence": {"captured_at": None},
    "intervention": {"date": "date_precision"},
}
_REFERENCE_FIELDS = ("case_id", "incident_id", "actor_id", "derived_from")
_PRECISION_ORDER = ("exact", "day", "month", "year")


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    max_sensitivity: Sensitivity
    allow_secret: bool
    people: str
    place: str
    coordinates: str
    date: str
    evidence: str
    free_text: str
    ids: str
    metadata: str
    fields: dict[str, dict[str, str]]

    @classmethod
    def from_dict(cls, doc: Any, origin: str) -> Profile:
        def bad(why: str) -> RedactionError:
            return RedactionError(f"redaction profile {origin}: {why}")

        if not isinstance(doc, dict):
            raise bad("must be a JSON object")
        known = {"profile", "version", "description", "max_sensitivity", "allow_secret", "fields"}
        known |= set(_CHOICES)
        unknown = sorted(set(doc) - known)
        if unknown:
            raise bad(f"unknown setting(s): {', '.join(unknown)}")
        missing = sorted((known - {"description", "fields", "allow_secret"}) - set(doc))
        if missing:
            raise bad(f"missing setting(s): {', '.join(missing)}")
        if doc["version"] != 1:
            raise bad(f"unsupported version {doc['version']!r}")
        if not isinstance(doc["profile"], str) or not re.fullmatch(
            r"[a-z0-9_-]{1,40}", doc["profile"]
        ):
            raise bad("'profile' must be a short name of lowercase letters, digits, - or _")
        try:
            level = Sensitivity(doc["max_sensitivity"])
        except ValueError:
            raise bad("max_sensitivity must be public, restricted or secret") from None
        allow_secret = doc.get("allow_secret", False)
        if not isinstance(allow_secret, bool):
            raise bad("allow_secret must be true or false")
        if level == Sensitivity.SECRET and not allow_secret:
            raise bad(
                "max_sensitivity 'secret' would put secret fields in the output; "
                "set allow_secret to true only for a profile meant for that"
            )
        for key, choices in _CHOICES.items():
            if doc[key] not in choices:
                raise bad(f"{key} must be one of {', '.join(choices)}, not {doc[key]!r}")
        rules = doc.get("fields", {})
        if not isinstance(rules, dict):
            raise bad("'fields' must map record kinds to field rules")
        for kind, per_field in rules.items():
            if kind not in BY_KIND:
                raise bad(f"unknown record kind {kind!r} in 'fields'")
            if not isinstance(per_field, dict):
                raise bad(f"'fields.{kind}' must map field names to an action")
            names = BY_KIND[kind].field_names()
            for name, action in per_field.items():
                if name not in names or name in ("id", "sensitivity", "field_sensitivity"):
                    raise bad(f"unknown field {kind}.{name}")
                if action not in _FIELD_ACTIONS:
                    raise bad(f"fields.{kind}.{name} must be 'remove', not {action!r}")
        return cls(
            name=doc["profile"],
            description=str(doc.get("description", "")),
            max_sensitivity=level,
            allow_secret=allow_secret,
            fields={k: dict(v) for k, v in rules.items()},
            **{key: doc[key] for key in _CHOICES},
        )

    def to_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in ("description", "allow_secret", "fields", *_CHOICES)}
        return {
            "profile": self.name,
            "version": 1,
            "max_sensitivity": str(self.max_sensitivity),
        } | out


def user_profile_dir() -> Path:
    return paths.home() / "redaction"


def load_profile(name_or_path: str) -> Profile:
    """A shipped profile by name, the user's own by name, or a JSON file by path."""
    if name_or_path.endswith(".json"):
        path = Path(name_or_path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RedactionError(f"cannot read redaction profile {path}: {exc.strerror}") from None
        return _parse(text, str(path))
    if not re.fullmatch(r"[a-z0-9_-]{1,40}", name_or_path):
        raise RedactionError(f"no redaction profile named {name_or_path!r}")
    user = user_profile_dir() / f"{name_or_path}.json"
    if user.is_file():
        return _parse(user.read_text(encoding="utf-8"), str(user))
    shipped = resources.files("hrdoc.resources").joinpath("redaction", f"{name_or_path}.json")
    if shipped.is_file():
        return _parse(shipped.read_text(encoding="utf-8"), name_or_path)
    raise RedactionError(
        f"no redaction profile named {name_or_path!r} (try public, partner or full)"
    )


def profile_names() -> list[str]:
    names = {
        entry.name[:-5]
        for entry in resources.files("hrdoc.resources").joinpath("redaction").iterdir()
        if entry.name.endswith(".json")
    }
    if user_profile_dir().is_dir():
        names |= {p.stem for p in user_profile_dir().glob("*.json")}
    return sorted(names)


def _parse(text: str, origin: str) -> Profile:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RedactionError(f"redaction profile {origin} is not valid JSON ({exc})") from None
    return Profile.from_dict(doc, origin)


# --- the summary -----------------------------------------------------------------


@dataclass
class RedactionSummary:
    """What redaction did, counted per field kind ('actor.name') and action."""

    profile: str
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    dropped_records: Counter[str] = field(default_factory=Counter)
    kept_records: Counter[str] = field(default_factory=Counter)

    def add(self, action: str, what: str, n: int = 1) -> None:
        self.counts[(action, what)] += n

    def to_dict(self) -> dict[str, Any]:
        actions: dict[str, dict[str, int]] = {}
        for (action, what), n in sorted(self.counts.items()):
            actions.setdefault(action, {})[what] = n
        return {
            "profile": self.profile,
            "records_kept": dict(sorted(self.kept_records.items())),
            "records_withheld": dict(sorted(self.dropped_records.items())),
            "fields": actions,
        }

    def lines(self) -> list[str]:
        out = [f"redaction profile: {self.profile}"]
        for kind in sorted(set(self.kept_records) | set(self.dropped_records)):
            out.append(
                f"  {kind}: {self.kept_records[kind]} kept, {self.dropped_records[kind]} withheld"
            )
        for (action, what), n in sorted(self.counts.items()):
            out.append(f"  {action:<13} {what}: {n}")
        return out


# --- the output -----------------------------------------------------------------


@dataclass
class Redacted:
    """Redacted records by kind, as dicts, plus what the exporters need."""

    profile: Profile
    records: dict[str, list[dict[str, Any]]]
    summary: RedactionSummary
    #: output evidence id -> vault evidence id, for evidence whose bytes may go out
    evidence_files: dict[str, str]
    #: output id -> vault id of every record that went out
    id_map: dict[str, str] = field(default_factory=dict)

    def of(self, kind: str) -> list[dict[str, Any]]:
        return self.records.get(kind, [])


# --- the function ----------------------------------------------------------------


def _letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


WITHHELD = "[name withheld]"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


class NameRedactor:
    """Replaces every mention of withheld names in free text, in one pass.

    Each person's full names and aliases match whatever the case and the
    spacing or punctuation between words; so does each part of a name of
    three letters or more (words in parentheses aside). A part shared by two
    people cannot say which one is meant and becomes "[name withheld]".
    """

    def __init__(self, names: list[tuple[str, ...]], replacements: list[str]) -> None:
        self._by_words: dict[tuple[str, ...], str] = {}
        for variants, replacement in zip(names, replacements, strict=True):
            keys = {tuple(_words(v)) for v in variants}
            keys |= {
                (part,)
                for v in variants
                for part in _words(re.sub(r"\([^)]*\)", " ", v))
                if len(part) >= 3
            }
            for key in keys:
                if not key:
                    continue
                known = self._by_words.get(key)
                self._by_words[key] = replacement if known in (None, replacement) else WITHHELD
        alternatives = [
            r"[\s\W_]*".join(re.escape(w) for w in key)
            for key in sorted(self._by_words, key=lambda k: (-len(k), -sum(map(len, k))))
        ]
        self._pattern = (
            re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)
            if alternatives
            else None
        )

    def sub(self, text: str) -> tuple[str, int]:
        if self._pattern is None:
            return text, 0
        return self._pattern.subn(
            lambda m: self._by_words.get(tuple(_words(m.group(0))), WITHHELD), text
        )


def _generalise_date(value: str | None, precision: str | None, target: str) -> tuple[Any, Any]:
    """Coarsen a partial ISO date to ``target`` precision if it is finer."""
    if not value or target == "keep":
        return value, precision
    current = precision or (
        "exact" if "T" in value else {10: "day", 7: "month", 4: "year"}.get(len(value), "day")
    )
    if current == "approximate":
        current = {10: "day", 7: "month"}.get(len(value), "year")
    if current not in _PRECISION_ORDER or _PRECISION_ORDER.index(current) >= _PRECISION_ORDER.index(
        target
    ):
        return value, precision
    cut = {"day": 10, "month": 7, "year": 4}[target]
    return value[:cut], target


def redact(
    records: Iterable[Record],
    profile: Profile,
    *,
    stable_key: bytes | None = None,
) -> Redacted:
    """Apply ``profile`` to ``records``. Pure: the records are not modified.

    ``stable_key``: give it to make pseudonyms and replaced ids the same in
    every export from this vault (an HMAC of the record id under the key);
    without it they are drawn at random for this export only.
    """
    by_kind: dict[str, list[Record]] = {cls.KIND: [] for cls in RECORD_TYPES}
    for record in records:
        by_kind[record.KIND].append(record)
    summary = RedactionSummary(profile.name)
    limit = profile.max_sensitivity.rank

    def visible(record: Record) -> bool:
        return record.sensitivity.rank <= limit

    # 1. which records go out (a record whose parent is withheld is withheld)
    keep: dict[str, list[Record]] = {}
    kept_ids: set[str] = set()

    def choose(kind: str, parent_ok: Any) -> None:
        chosen = []
        for record in by_kind[kind]:
            if visible(record) and parent_ok(record):
                chosen.append(record)
                kept_ids.add(record.id)
            else:
                summary.dropped_records[kind] += 1
        keep[kind] = chosen

    choose("case", lambda r: True)
    case_ids = {r.id for r in by_kind["case"]}
    choose("incident", lambda r: r.case_id in kept_ids or r.case_id not in case_ids)
    choose("involvement", lambda r: r.incident_id in kept_ids)
    choose("indicator", lambda r: r.incident_id in kept_ids)
    choose(
        "evidence",
        lambda r: (
            r.incident_id in kept_ids
            and profile.evidence != "none"
            and (profile.evidence == "all" or r.publishable)
        ),
    )
    choose(
        "intervention",
        lambda r: r.case_id in kept_ids and (not r.incident_id or r.incident_id in kept_ids),
    )
    # actors: those linked by a kept involvement (withheld actors become pseudonyms)
    linked = {r.actor_id for r in keep["involvement"]}  # type: ignore[attr-defined]
    keep["actor"] = [a for a in by_kind["actor"] if a.id in linked]
    summary.dropped_records["actor"] += len(by_kind["actor"]) - len(keep["actor"])

    # 2. pseudonyms, consistent within this export
    actors: list[Actor] = keep["actor"]  # type: ignore[assignment]
    pseudonym: dict[str, str] = {}
    order = list(actors)
    if stable_key is None:
        secrets.SystemRandom().shuffle(order)
    counters: Counter[str] = Counter()
    for actor in order:
        label = "Person" if actor.kind == "person" else "Organisation"
        if stable_key is not None:
            digest = hmac.new(stable_key, actor.id.encode(), hashlib.sha256).digest()
            pseudonym[actor.id] = f"{label} {base64.b32encode(digest).decode()[:5]}"
        else:
            pseudonym[actor.id] = f"{label} {_letters(counters[label])}"
            counters[label] += 1

    def name_hidden(actor: Actor) -> bool:
        if profile.people == "pseudonymise" and actor.kind == "person":
            return True
        return not visible(actor) or actor.effective_sensitivity("name").rank > limit

    # 3. names that must not appear in free text: full names, aliases, and name parts
    mentions: NameRedactor | None = None
    if profile.free_text == "redact_names":
        all_actors: list[Actor] = by_kind["actor"]  # type: ignore[assignment]
        hidden = [a for a in all_actors if a.id not in pseudonym or name_hidden(a)]
        mentions = NameRedactor(
            [(a.name, *a.aliases) for a in hidden],
            [pseudonym.get(a.id, WITHHELD) for a in hidden],
        )

    # 4. ids
    new_id: dict[str, str] = {}

    def out_id(old: str | None) -> str | None:
        if old is None or profile.ids == "keep":
            return old
        if old not in new_id:
            if stable_key is not None:
                digest = hmac.new(stable_key, b"id\x00" + old.encode(), hashlib.sha256).digest()
                new_id[old] = str(uuid.UUID(bytes=digest[:16], version=4))
            else:
                new_id[old] = str(uuid.uuid4())
        return new_id[old]

    # 5. fields
    result: dict[str, list[dict[str, Any]]] = {}
    evidence_files: dict[str, str] = {}
    id_map: dict[str, str] = {}
    for kind in (
        "case",
        "incident",
        "actor",
        "involvement",
        "indicator",
        "evidence",
        "intervention",
    ):
        rows = []
        rules = profile.fields.get(kind, {})
        for record in keep[kind]:
            data = record.to_dict()
            row: dict[str, Any] = {}
            for name, value in data.items():
                if name == "record":
                    continue
                if name == "field_sensitivity":
                    if profile.metadata == "keep":  # bundles: the receiver keeps the levels
                        row[name] = value
                    continue
                what = f"{kind}.{name}"
                if name == "derived_from" and value is not None and value not in kept_ids:
                    summary.add("removed", what)  # its original is not exported
                    continue
                if name == "id" or name in _REFERENCE_FIELDS:
                    row[name] = out_id(value)
                    continue
                if name in _META and profile.metadata == "remove":
                    continue
                if name in _META or name == "sensitivity":
                    row[name] = value
                    continue
                empty = value in (None, "", [], {})
                if rules.get(name) == "remove":
                    if not empty:
                        summary.add("removed", what)
                    continue
                if kind == "actor" and name == "kind":
                    row[name] = value  # structural: says whether the pseudonym is a person
                    continue
                is_actor_name = kind == "actor" and name in ("name", "aliases", "contact")
                if is_actor_name and name_hidden(record):  # type: ignore[arg-type]
                    if name == "name":
                        row[name] = pseudonym[record.id]
                        summary.add("pseudonymised", what)
                    elif not empty:
                        summary.add("removed", what)
                    continue
                if record.effective_sensitivity(name).rank > limit:
                    if not empty:
                        summary.add("removed", what)
                    continue
                row[name] = value
            _generalise(kind, row, profile, summary)
            if mentions is not None:
                _redact_mentions(kind, row, mentions, summary)
            if not profile.allow_secret:
                _assert_no_secret(record, row, limit)
            rows.append(row)
            id_map[row["id"]] = record.id
            summary.kept_records[kind] += 1
            if kind == "evidence":
                evidence_files[row["id"]] = record.id
        result[kind] = rows
    return Redacted(profile, result, summary, evidence_files, id_map)


def _generalise(
    kind: str, row: dict[str, Any], profile: Profile, summary: RedactionSummary
) -> None:
    if kind == "incident":
        dropped = {
            "country": ("region", "place"),
            "region": ("place",),
            "remove": ("country", "region", "place"),
        }
        for name in dropped.get(profile.place, ()):
            if row.get(name):
                summary.add("generalised", f"incident.{name}")
            row.pop(name, None)
        if profile.coordinates == "remove":
            for name in ("latitude", "longitude"):
                if row.get(name) is not None:
                    summary.add("removed", f"incident.{name}")
                row.pop(name, None)
    for date_field, precision_field in _DATE_FIELDS.get(kind, {}).items():
        if date_field not in row:
            continue
        precision = row.get(precision_field) if precision_field else None
        value, new_precision = _generalise_date(row[date_field], precision, profile.date)
        if value != row[date_field]:
            summary.add("generalised", f"{kind}.{date_field}")
            row[date_field] = value
            if precision_field:
                row[precision_field] = new_precision


def _redact_mentions(
    kind: str,
    row: dict[str, Any],
    mentions: NameRedactor,
    summary: RedactionSummary,
) -> None:
    text_fields = [
        name
        for name, value in row.items()
        if isinstance(value, str) and name not in ("id", "sensitivity", *_META, *_REFERENCE_FIELDS)
    ]
    if kind == "actor":
        text_fields = [n for n in text_fields if n != "name"]
    for name in text_fields:
        row[name] = _replace_all(row[name], mentions, summary, f"{kind}.{name}")
    for name in ("sources", "aliases"):
        if isinstance(row.get(name), list):
            row[name] = [_replace_all(v, mentions, summary, f"{kind}.{name}") for v in row[name]]
    if isinstance(row.get("attributes"), dict):
        row["attributes"] = {
            k: _replace_all(v, mentions, summary, f"{kind}.attributes")
            for k, v in row["attributes"].items()
        }


def _replace_all(text: str, mentions: NameRedactor, summary: RedactionSummary, what: str) -> str:
    text, n = mentions.sub(text)
    if n:
        summary.add("names in text", what, n)
    return text


def _assert_no_secret(record: Record, row: dict[str, Any], limit: int) -> None:
    """The promise of every profile without allow_secret, checked on the output."""
    if record.sensitivity == Sensitivity.SECRET:
        raise RedactionError(f"{record.KIND} {record.id} is secret and would be exported")
    for name in row:
        if name in ("id", "sensitivity", *_META, *_REFERENCE_FIELDS):
            continue
        if record.KIND == "actor" and name == "name" and row[name] != record.name:  # type: ignore[attr-defined]
            continue  # a pseudonym
        if record.effective_sensitivity(name) == Sensitivity.SECRET:
            raise RedactionError(
                f"the profile would export the secret field {record.KIND}.{name};"
                " nothing was written"
            )


def redact_cases(
    store: Any, profile: str | Profile, case_ids: list[str] | None = None, *, stable: bool = False
) -> Redacted:
    """What every exporter calls: the given cases' records (all cases if
    none) through a profile (a name, a path, or a Profile). ``stable``:
    pseudonyms and replaced ids stay the same across this vault's exports."""
    chosen = profile if isinstance(profile, Profile) else load_profile(profile)
    key = store.vault.derived_key("stable pseudonyms v1") if stable else None
    return redact(collect(store, case_ids), chosen, stable_key=key)


def collect(store: Any, case_ids: list[str] | None = None) -> list[Record]:
    """Every record that belongs to the given cases (all cases if none)."""
    cases = [store.get(Case, cid) for cid in case_ids] if case_ids else store.find(Case)
    wanted = {c.id for c in cases}
    incidents = [i for i in store.find(Incident) if i.case_id in wanted]
    incident_ids = {i.id for i in incidents}
    involvements = [v for v in store.find(Involvement) if v.incident_id in incident_ids]
    actor_ids = {v.actor_id for v in involvements}
    out: list[Record] = [*cases, *incidents, *involvements]
    out += [a for a in store.find(Actor) if a.id in actor_ids]
    out += [r for r in store.find(Indicator) if r.incident_id in incident_ids]
    out += [r for r in store.find(Evidence) if r.incident_id in incident_ids]
    out += [r for r in store.find(Intervention) if r.case_id in wanted]
    return out
