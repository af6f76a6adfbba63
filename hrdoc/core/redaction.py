"""Redaction: one pure function from records and a profile to redacted records
and a summary of what was removed, pseudonymised and generalised.

Every exporter (reports, bundles, STIX, CSV) goes through :func:`redact`;
none has rules of its own. The output is plain dicts, ready for JSON.

Profiles are data (:mod:`hrdoc.core.profiles`). Output that would still hold
a ``secret`` field under a profile that does not allow secrets is an error
raised before anything is written.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from hrdoc.core.namematch import WITHHELD, NameMatcher, Person
from hrdoc.core.profiles import (
    Profile,
    RedactionError,
    load_profile,
    profile_names,
    user_profile_dir,
)
from hrdoc.core.records import (
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

__all__ = [  # profiles are re-exported: the exporters import redaction alone
    "WITHHELD_FIELD",
    "Profile",
    "Redacted",
    "RedactionError",
    "RedactionSummary",
    "collect",
    "load_profile",
    "profile_names",
    "redact",
    "redact_cases",
    "user_profile_dir",
]

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


# --- the summary -----------------------------------------------------------------


@dataclass
class RedactionSummary:
    """What redaction did, counted per field kind ('actor.name') and action."""

    profile: str
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    dropped_records: Counter[str] = field(default_factory=Counter)
    kept_records: Counter[str] = field(default_factory=Counter)
    #: the profile's provenance (name, file, SHA-256), for the person exporting
    source: str = ""
    # For the person exporting only (they quote what was redacted): never in
    # to_dict(), which goes into JSON reports, nor in lines().
    #: words of withheld names too short to be replaced alone (only inside the full name)
    too_short: list[str] = field(default_factory=list)
    #: (field, original text, start, end, replacement) of matches that may be a common word
    review: list[tuple[str, str, int, int, str]] = field(default_factory=list)

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
        out = [f"redaction profile: {self.source or self.profile}"]
        for kind in sorted(set(self.kept_records) | set(self.dropped_records)):
            out.append(
                f"  {kind}: {self.kept_records[kind]} kept, {self.dropped_records[kind]} withheld"
            )
        for (action, what), n in sorted(self.counts.items()):
            out.append(f"  {action:<13} {what}: {n}")
        return out

    def review_lines(self, width: int = 30) -> list[str]:
        """For the preview of the person exporting (it quotes the vault):
        name words too short to redact alone, and replacements that may have
        hit a common word, each with the text around it."""
        out = []
        if self.too_short:
            out.append(
                "too short to redact alone (replaced only inside the full name): "
                + ", ".join(self.too_short)
            )
        for what, text, start, end, replacement in self.review:
            before = text[max(0, start - width) : start].replace("\n", " ")
            after = text[end : end + width].replace("\n", " ")
            out.append(f"check {what}: …{before}[{text[start:end]} → {replacement}]{after}…")
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
    #: files withheld because they cannot be cleaned, for the person exporting
    cleaning_lines: list[str] = field(default_factory=list)
    #: their vault evidence ids (to send them as they are, if the person chooses)
    uncleanable: list[str] = field(default_factory=list)

    def of(self, kind: str) -> list[dict[str, Any]]:
        return self.records.get(kind, [])


# --- the function ----------------------------------------------------------------


#: pseudonyms and the mark for a withheld name, in a report's language
#: (person, organisation, withheld name, alphabet for "Person A", "Person B"...)
PSEUDONYM_WORDS = {
    "en": ("Person", "Organisation", WITHHELD, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "ar": ("الشخص", "المنظمة", "[اسم محجوب]", "أبتثجحخدذرزسشصضطظعغفقكلمنهوي"),
    "es": ("Persona", "Organización", "[nombre omitido]", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "fr": ("Personne", "Organisation", "[nom masqué]", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
}


def _letters(n: int, alphabet: str = PSEUDONYM_WORDS["en"][3]) -> str:
    """The n-th label in an alphabet: A, B, ... Z, AA, AB ..."""
    out = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, len(alphabet))
        out = alphabet[rem] + out
    return out


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
    others: Iterable[Actor] = (),
    lang: str = "en",
) -> Redacted:
    """Apply ``profile`` to ``records``. Pure: the records are not modified.

    ``stable_key``: give it to make pseudonyms and replaced ids the same in
    every export from this vault (an HMAC of the record id under the key);
    without it they are drawn at random for this export only.
    ``others``: the vault's other people and organisations, which are not
    exported; their names and contact details are removed from free text too.
    """
    by_kind: dict[str, list[Record]] = {cls.KIND: [] for cls in RECORD_TYPES}
    for record in records:
        by_kind[record.KIND].append(record)
    summary = RedactionSummary(profile.name, source=profile.provenance())
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
    person, organisation, withheld, alphabet = PSEUDONYM_WORDS.get(lang, PSEUDONYM_WORDS["en"])
    for actor in order:
        label = person if actor.kind == "person" else organisation
        if stable_key is not None:
            digest = hmac.new(stable_key, actor.id.encode(), hashlib.sha256).digest()
            pseudonym[actor.id] = f"{label} {base64.b32encode(digest).decode()[:5]}"
        else:
            pseudonym[actor.id] = f"{label} {_letters(counters[label], alphabet)}"
            counters[label] += 1

    def name_hidden(actor: Actor) -> bool:
        if profile.people == "pseudonymise" and actor.kind == "person":
            return True
        return not visible(actor) or actor.effective_sensitivity("name").rank > limit

    # 3. names and contact details that must not appear in any text that leaves
    mentions: NameMatcher | None = None
    if profile.free_text == "redact_names":
        exported: list[Actor] = by_kind["actor"]  # type: ignore[assignment]
        exported_ids = {a.id for a in exported}
        hidden = [a for a in exported if a.id not in pseudonym or name_hidden(a)]
        hidden += [
            a for a in others if a.id not in exported_ids and (a.kind == "person" or name_hidden(a))
        ]
        mentions = NameMatcher(
            Person(
                pseudonym.get(a.id, withheld),
                (a.name, *a.aliases),
                a.contact,
            )
            for a in hidden
        )
        summary.too_short = mentions.too_short

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
                    _mark_withheld(kind, name, row)
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
                    _mark_withheld(kind, name, row)
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


#: fields that hold codes, dates, numbers, hashes or references: never free text
_STRUCTURAL = frozenset(
    {
        "id",
        "sensitivity",
        "field_sensitivity",
        *_META,
        *_REFERENCE_FIELDS,
        "start_date",
        "start_precision",
        "end_date",
        "end_precision",
        "country",
        "latitude",
        "longitude",
        "types",
        "verification",
        "status",
        "kind",
        "role",
        "confidence",
        "type",
        "first_seen",
        "media_type",
        "size",
        "sha256",
        "captured_at",
        "publishable",
        "date",
        "date_precision",
    }
)
_HASH_INDICATORS = ("file_sha256", "file_sha1", "file_md5")


def _redact_mentions(
    kind: str,
    row: dict[str, Any],
    mentions: NameMatcher,
    summary: RedactionSummary,
) -> None:
    """Every string that leaves, keys of attributes included, except codes,
    dates, hashes and the pseudonym itself."""
    for name in list(row):
        if name in _STRUCTURAL or (kind == "actor" and name == "name"):
            continue
        if kind == "indicator" and name == "value" and row.get("type") in _HASH_INDICATORS:
            continue
        row[name] = _scrub(row[name], mentions, summary, f"{kind}.{name}")


def _scrub(value: Any, mentions: NameMatcher, summary: RedactionSummary, what: str) -> Any:
    if isinstance(value, str):
        text, found = mentions.sub(value)
        if found:
            summary.add("names in text", what, len(found))
            for m in found:
                if m.unsure:
                    summary.review.append((what, value, m.start, m.end, m.replacement))
        return text
    if isinstance(value, list):
        return [_scrub(v, mentions, summary, what) for v in value]
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        for key, item in value.items():
            new_key = _scrub(key, mentions, summary, what)
            while new_key in out:  # two keys that became the same stay apart
                new_key = f"{new_key} "
            out[new_key] = _scrub(item, mentions, summary, what)
        return out
    return value


#: text fields a record cannot be stored without: when withheld they hold a marker,
#: so a bundle always imports (and the receiver sees that something was withheld)
_REQUIRED = {
    "case": ("title",),
    "incident": ("title",),
    "indicator": ("value",),
    "evidence": ("file_name",),
}
WITHHELD_FIELD = "[withheld]"


def _mark_withheld(kind: str, name: str, row: dict[str, Any]) -> None:
    if name in _REQUIRED.get(kind, ()):
        row[name] = WITHHELD_FIELD


def _assert_no_secret(record: Record, row: dict[str, Any], limit: int) -> None:
    """The promise of every profile without allow_secret, checked on the output."""
    if record.sensitivity == Sensitivity.SECRET:
        raise RedactionError(f"{record.KIND} {record.id} is secret and would be exported")
    for name in row:
        if name in ("id", "sensitivity", *_META, *_REFERENCE_FIELDS):
            continue
        if record.KIND == "actor" and name == "name" and row[name] != record.name:  # type: ignore[attr-defined]
            continue  # a pseudonym
        if row[name] == WITHHELD_FIELD and name in _REQUIRED.get(record.KIND, ()):
            continue  # the marker, not the value
        if record.effective_sensitivity(name) == Sensitivity.SECRET:
            raise RedactionError(
                f"the profile would export the secret field {record.KIND}.{name};"
                " nothing was written"
            )


def redact_cases(
    store: Any,
    profile: str | Profile,
    case_ids: list[str] | None = None,
    *,
    stable: bool = False,
    recipients: list[str] | None = None,
    clean_files: bool = False,
    dry_run: bool = False,
    send_original: Collection[str] = (),
    lang: str = "en",
) -> Redacted:
    """What every exporter calls: the given cases' records (all cases if
    none) through a profile (a name, a path, or a Profile). ``stable``:
    pseudonyms and replaced ids stay the same across this vault's exports.
    ``recipients``: pseudonyms stay the same in every export to these
    recipients (and differ for anyone else), so a partner can tell which
    "Person B" is meant from one bundle to the next.

    ``clean_files`` (bundles, which carry the files): below a profile that
    allows secrets, evidence goes as copies without metadata (made and kept
    in the vault unless ``dry_run``); files that cannot be cleaned are
    withheld unless their id is in ``send_original``. Without it (reports,
    which carry no file but re-encoded images) the copies are left out.
    ``lang``: the language of pseudonyms ("Person A", "الشخص أ") and of the
    mark for a withheld name (a report's language; bundles keep English)."""
    chosen = profile if isinstance(profile, Profile) else load_profile(profile)
    key: bytes | None = None
    if stable or recipients:
        key = store.vault.derived_key("stable pseudonyms v1")
    if recipients:
        assert key is not None
        who = "\n".join(sorted(set(recipients))).encode()
        key = hmac.new(key, b"recipients\x00" + who, hashlib.sha256).digest()
    records = collect(store, case_ids)
    from hrdoc.core import cleancopies

    cleaning = None
    if clean_files and not chosen.allow_secret and chosen.evidence != "none":
        records, cleaning = cleancopies.prepare(
            store, records, create=not dry_run, send_original=send_original
        )
    else:
        records = [
            r for r in records if not (isinstance(r, Evidence) and cleancopies.is_clean_copy(r))
        ]
    redacted = redact(records, chosen, stable_key=key, others=store.find(Actor), lang=lang)
    if cleaning is not None:
        redacted.cleaning_lines = cleaning.lines()
        redacted.uncleanable = [evidence_id for evidence_id, _name, _why in cleaning.withheld]
        redacted.summary.dropped_records["evidence"] += len(cleaning.withheld)
        if cleaning.cleaned:
            redacted.summary.add("cleaned", "evidence.file", len(cleaning.cleaned))
    return redacted


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
