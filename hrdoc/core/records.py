"""The incident data model: who did what to whom, with digital targeting first-class.

Adapted from the HURIDOCS Events Standard Formats. Every record has a UUID
that is stable across vaults, creation and update times, the author's key id,
a version number, a record sensitivity and per-field sensitivities.

Effective sensitivity of a field is the stricter of the record's and the
field's. Defaults are conservative: records start ``restricted``; names and
contact details of people, and sources, start ``secret``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import math
import re
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, TypeVar

from hrdoc.core.errors import InvalidInput
from hrdoc.core.fieldtypes import canonical, decimal_fields


class Sensitivity(StrEnum):
    PUBLIC = "public"
    RESTRICTED = "restricted"
    SECRET = "secret"  # noqa: S105 (a level, not a password)

    @property
    def rank(self) -> int:
        return _RANK[self]

    @staticmethod
    def strictest(*levels: Sensitivity) -> Sensitivity:
        return max(levels, key=lambda s: s.rank)


_RANK = {Sensitivity.PUBLIC: 0, Sensitivity.RESTRICTED: 1, Sensitivity.SECRET: 2}

_AUTHOR_ID = re.compile(r"^[0-9a-f]{16}$")
DATE_PRECISIONS = ("exact", "day", "month", "year", "approximate")
_DATE_FORMS = {
    "exact": re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$"),
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
    "approximate": re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$"),
}


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def check_date(value: str | None, precision: str | None, label: str) -> None:
    """Check a partial ISO date against its precision ('2024-03' is month precision)."""
    if value in (None, ""):
        return
    assert value is not None
    if precision not in DATE_PRECISIONS:
        raise InvalidInput(f"{label}: precision must be one of {', '.join(DATE_PRECISIONS)}")
    assert precision is not None
    if not _DATE_FORMS[precision].match(value):
        raise InvalidInput(f"{label}: {value!r} does not match precision {precision!r}")
    parts = value[:10].split("-")
    try:
        if len(parts) == 3:
            dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        elif len(parts) == 2:
            dt.date(int(parts[0]), int(parts[1]), 1)
        if "T" in value:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(f"{label}: {value!r} is not a real date") from exc


def guess_precision(value: str) -> str:
    if "T" in value:
        return "exact"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "approximate")


R = TypeVar("R", bound="Record")


@dataclass(kw_only=True)
class Record:
    """Fields common to every record. Subclasses add their own."""

    KIND: ClassVar[str] = ""
    TABLE: ClassVar[str] = ""
    #: fields that hold lists or dicts (stored as JSON text)
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ()
    #: fields whose sensitivity can differ from the record's, with their defaults
    FIELD_DEFAULTS: ClassVar[dict[str, Sensitivity]] = {}
    #: the field shown as the record's title
    TITLE_FIELD: ClassVar[str] = "title"
    #: free-text fields that the search index covers
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ()

    id: str = field(default_factory=new_id)
    version: int = 0
    created_at: str = ""
    updated_at: str = ""
    author: str = ""
    sensitivity: Sensitivity = Sensitivity.RESTRICTED
    field_sensitivity: dict[str, Sensitivity] = field(default_factory=dict)

    META_FIELDS: ClassVar[tuple[str, ...]] = ("version", "created_at", "updated_at", "author")

    def __post_init__(self) -> None:
        for name in decimal_fields(type(self)):  # 33 and 33.0 are one value, hashed one way
            value = getattr(self, name)
            if isinstance(value, int) and not isinstance(value, bool):
                with contextlib.suppress(OverflowError):  # validate() names it
                    setattr(self, name, float(value))
        self.sensitivity = _sensitivity(self.sensitivity, "sensitivity")
        merged = dict(self.default_field_sensitivity())
        for name, level in (self.field_sensitivity or {}).items():
            merged[name] = _sensitivity(level, f"sensitivity of {name}")
        self.field_sensitivity = merged

    def default_field_sensitivity(self) -> dict[str, Sensitivity]:
        return dict(self.FIELD_DEFAULTS)

    # --- (de)serialisation ------------------------------------------------

    @classmethod
    def field_names(cls) -> list[str]:
        return list(_field_names(cls))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"record": self.KIND}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, StrEnum):
                value = str(value)
            elif f.name == "field_sensitivity":
                value = {k: str(v) for k, v in sorted(value.items())}
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any], *, strict: bool = True) -> R:
        """Build a record from a dict (JSON input, bundle lines, stored rows).

        Unknown keys are an error in strict mode, so a typo never silently drops data.
        """
        names = set(cls.field_names())
        data = {k: v for k, v in data.items() if k != "record"}
        unknown = sorted(set(data) - names)
        if unknown and strict:
            shown = ", ".join(repr(u)[:40] for u in unknown[:5])
            raise InvalidInput(f"{cls.KIND}: unknown field(s): {shown}")
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs = canonical(cls, kwargs)  # exact types, before __post_init__ reads them
        try:
            return cls(**kwargs)
        except TypeError as exc:
            raise InvalidInput(f"{cls.KIND}: {exc}") from exc

    def content(self) -> dict[str, Any]:
        """What the audit chain hashes: everything, including meta fields."""
        return self.to_dict()

    def same_content(self, other: Record) -> bool:
        a = {k: v for k, v in self.to_dict().items() if k not in self.META_FIELDS}
        b = {k: v for k, v in other.to_dict().items() if k not in self.META_FIELDS}
        return a == b

    @property
    def display_title(self) -> str:
        return str(getattr(self, self.TITLE_FIELD, "") or "")

    def effective_sensitivity(self, name: str) -> Sensitivity:
        return Sensitivity.strictest(
            self.sensitivity, self.field_sensitivity.get(name, Sensitivity.PUBLIC)
        )

    # --- validation -------------------------------------------------------

    def validate(self, vocab: Any) -> None:
        """Raise InvalidInput with a one-line message naming the field."""
        canonical(type(self), {n: getattr(self, n) for n in _field_names(type(self))})
        names = _field_names(type(self))
        for name in self.field_sensitivity:
            if name not in names:
                raise InvalidInput(f"{self.KIND}: sensitivity given for unknown field {name!r}")
        try:
            uuid.UUID(self.id)
        except (ValueError, AttributeError, TypeError) as exc:
            raise InvalidInput(f"{self.KIND}: id {self.id[:40]!r} is not a UUID") from exc
        if self.author and not _AUTHOR_ID.match(self.author):
            raise InvalidInput(f"{self.KIND}: author must be a key id (16 hex digits)")
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and "\x00" in value:
                raise InvalidInput(f"{self.KIND}: {f.name} contains a NUL character")
        self.check(vocab)

    def check(self, vocab: Any) -> None:  # pragma: no cover - overridden
        pass


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """A record class's field names (dataclasses.fields is slow; asked per record)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _sensitivity(value: Any, label: str) -> Sensitivity:
    try:
        return Sensitivity(value)
    except ValueError:
        raise InvalidInput(f"{label} must be public, restricted or secret, not {value!r}") from None


def _require(value: str, label: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{label} is required")


def _string_list(value: Any, label: str) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(f"{label} must be a list of strings")


def _term(vocab: Any, name: str, code: str | None, label: str, allow_empty: bool = False) -> None:
    if allow_empty and not code:
        return
    if code not in vocab[name]:
        raise InvalidInput(
            f"{label}: {code!r} is not a known term (see 'hrdoc vocab {name}' for the list)"
        )


@dataclass(kw_only=True)
class Case(Record):
    KIND: ClassVar[str] = "case"
    TABLE: ClassVar[str] = "cases"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("title", "description")

    title: str = ""
    description: str = ""
    status: str = "open"

    def check(self, vocab: Any) -> None:
        _require(self.title, "case title")
        if self.status not in ("open", "closed"):
            raise InvalidInput("case status must be open or closed")


@dataclass(kw_only=True)
class Incident(Record):
    KIND: ClassVar[str] = "incident"
    TABLE: ClassVar[str] = "incidents"
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ("types", "sources")
    FIELD_DEFAULTS: ClassVar[dict[str, Sensitivity]] = {
        "place": Sensitivity.RESTRICTED,
        "latitude": Sensitivity.SECRET,
        "longitude": Sensitivity.SECRET,
        "sources": Sensitivity.SECRET,
    }
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("title", "description", "place", "region")

    case_id: str = ""
    title: str = ""
    description: str = ""
    start_date: str | None = None
    start_precision: str | None = None
    end_date: str | None = None
    end_precision: str | None = None
    country: str | None = None
    region: str = ""
    place: str = ""
    latitude: float | None = None
    longitude: float | None = None
    types: list[str] = field(default_factory=list)
    verification: str = "alleged"
    sources: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.start_date and not self.start_precision:
            self.start_precision = guess_precision(self.start_date)
        if self.end_date and not self.end_precision:
            self.end_precision = guess_precision(self.end_date)
        if self.country:
            self.country = self.country.upper()

    def check(self, vocab: Any) -> None:
        _require(self.case_id, "incident case")
        _require(self.title, "incident title")
        check_date(self.start_date, self.start_precision, "start date")
        check_date(self.end_date, self.end_precision, "end date")
        if self.start_date and self.end_date and self.end_date[:10] < self.start_date[:10]:
            raise InvalidInput("end date is before the start date")
        if self.country and not vocab.is_country(self.country):
            raise InvalidInput(f"country: {self.country!r} is not an ISO 3166 country code")
        for name, lo, hi in (("latitude", -90.0, 90.0), ("longitude", -180.0, 180.0)):
            value = getattr(self, name)
            if value is None:
                continue
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise InvalidInput(f"{name} must be a number")
            if not math.isfinite(value) or not lo <= value <= hi:
                raise InvalidInput(f"{name} must be between {lo:g} and {hi:g}")
        if (self.latitude is None) != (self.longitude is None):
            raise InvalidInput("give both latitude and longitude, or neither")
        _string_list(self.types, "incident types")
        for code in self.types:
            _term(vocab, "incident_types", code, "incident type")
        _term(vocab, "verification_status", self.verification, "verification")
        _string_list(self.sources, "sources")


@dataclass(kw_only=True)
class Actor(Record):
    KIND: ClassVar[str] = "actor"
    TABLE: ClassVar[str] = "actors"
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ("aliases", "attributes")
    TITLE_FIELD: ClassVar[str] = "name"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("name", "aliases", "description")

    kind: str = "person"
    name: str = ""
    aliases: list[str] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    contact: str = ""
    description: str = ""

    def default_field_sensitivity(self) -> dict[str, Sensitivity]:
        if self.kind == "person":
            return {
                "name": Sensitivity.SECRET,
                "aliases": Sensitivity.SECRET,
                "contact": Sensitivity.SECRET,
                "attributes": Sensitivity.RESTRICTED,
            }
        return {"contact": Sensitivity.SECRET}

    def check(self, vocab: Any) -> None:
        _term(vocab, "actor_types", self.kind, "actor type")
        _require(self.name, "actor name")
        _string_list(self.aliases, "aliases")
        if not isinstance(self.attributes, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in self.attributes.items()
        ):
            raise InvalidInput("actor attributes must map names to text")


@dataclass(kw_only=True)
class Involvement(Record):
    KIND: ClassVar[str] = "involvement"
    TABLE: ClassVar[str] = "involvements"
    TITLE_FIELD: ClassVar[str] = "role"
    FIELD_DEFAULTS: ClassVar[dict[str, Sensitivity]] = {"notes": Sensitivity.RESTRICTED}

    incident_id: str = ""
    actor_id: str = ""
    role: str = "target"
    confidence: str = "medium"
    notes: str = ""

    def check(self, vocab: Any) -> None:
        _require(self.incident_id, "involvement incident")
        _require(self.actor_id, "involvement actor")
        _term(vocab, "involvement_roles", self.role, "role")
        _term(vocab, "confidence", self.confidence, "confidence")


@dataclass(kw_only=True)
class Indicator(Record):
    KIND: ClassVar[str] = "indicator"
    TABLE: ClassVar[str] = "indicators"
    TITLE_FIELD: ClassVar[str] = "value"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("value", "notes")
    FIELD_DEFAULTS: ClassVar[dict[str, Sensitivity]] = {"source": Sensitivity.SECRET}

    incident_id: str = ""
    type: str = "domain"
    value: str = ""
    first_seen: str | None = None
    source: str = ""
    notes: str = ""

    def check(self, vocab: Any) -> None:
        _require(self.incident_id, "indicator incident")
        _term(vocab, "indicator_types", self.type, "indicator type")
        _require(self.value, "indicator value")
        if self.first_seen:
            check_date(self.first_seen, guess_precision(self.first_seen), "first seen")


@dataclass(kw_only=True)
class Evidence(Record):
    """Metadata of a file stored in the vault. The bytes live in evidence_chunks.

    The original is immutable; a derived copy (e.g. metadata-stripped) is a
    separate evidence record whose ``derived_from`` names the original.
    """

    KIND: ClassVar[str] = "evidence"
    TABLE: ClassVar[str] = "evidence"
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ("custody", "file_metadata")
    TITLE_FIELD: ClassVar[str] = "file_name"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("file_name", "description")
    FIELD_DEFAULTS: ClassVar[dict[str, Sensitivity]] = {
        "file_name": Sensitivity.RESTRICTED,
        "source": Sensitivity.SECRET,
        "custody": Sensitivity.RESTRICTED,
        # where, with what and by whom the file says it was made: as secret
        # as an incident's coordinates, by default
        "file_metadata": Sensitivity.SECRET,
    }

    incident_id: str = ""
    file_name: str = ""
    media_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    captured_at: str | None = None
    source: str = ""
    description: str = ""
    derived_from: str | None = None
    publishable: bool = False
    custody: list[dict[str, str]] = field(default_factory=list)
    #: what the file says about itself, found at intake ("location (GPS)": "33.89, 35.50")
    file_metadata: dict[str, str] = field(default_factory=dict)

    def content(self) -> dict[str, Any]:
        """Without an empty ``file_metadata``: records from before schema v5
        (and their audit entries) hash as they did."""
        out = super().content()
        if not out.get("file_metadata"):
            out.pop("file_metadata", None)
            levels = dict(out["field_sensitivity"])
            if levels.get("file_metadata") == str(Sensitivity.SECRET):  # the default
                del levels["file_metadata"]
            out["field_sensitivity"] = levels
        return out

    def check(self, vocab: Any) -> None:
        _require(self.incident_id, "evidence incident")
        if not isinstance(self.file_metadata, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in self.file_metadata.items()
        ):
            raise InvalidInput("evidence file metadata must map names to text")
        _require(self.file_name, "evidence file name")
        if not re.fullmatch(r"[0-9a-f]{64}", self.sha256 or ""):
            raise InvalidInput("evidence sha256 must be 64 lowercase hex digits")
        if not isinstance(self.size, int) or self.size < 0:
            raise InvalidInput("evidence size must be a non-negative integer")
        if self.captured_at:
            check_date(self.captured_at, guess_precision(self.captured_at), "captured at")


@dataclass(kw_only=True)
class Intervention(Record):
    KIND: ClassVar[str] = "intervention"
    TABLE: ClassVar[str] = "interventions"
    TITLE_FIELD: ClassVar[str] = "kind"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("description", "outcome")
    FIELD_DEFAULTS: ClassVar[dict[str, Sensitivity]] = {"by": Sensitivity.RESTRICTED}

    case_id: str = ""
    incident_id: str | None = None
    kind: str = "helpline_report"
    by: str = ""
    date: str | None = None
    date_precision: str | None = None
    outcome: str = ""
    description: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.date and not self.date_precision:
            self.date_precision = guess_precision(self.date)

    def check(self, vocab: Any) -> None:
        _require(self.case_id, "intervention case")
        _term(vocab, "intervention_types", self.kind, "intervention type")
        check_date(self.date, self.date_precision, "intervention date")


RECORD_TYPES: tuple[type[Record], ...] = (
    Case,
    Incident,
    Actor,
    Involvement,
    Indicator,
    Evidence,
    Intervention,
)
BY_KIND: dict[str, type[Record]] = {cls.KIND: cls for cls in RECORD_TYPES}
