"""Redaction profiles: data (resources/redaction/*.json, and the user's own in
``HRDOC_HOME/redaction``), loaded, checked, and named with where they came from.

A malformed profile or an unknown field is an error before anything is
written; a user profile may not take a shipped profile's name.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from hrdoc import paths
from hrdoc.core.errors import HrdocError, InvalidInput
from hrdoc.core.jsonin import parse_json
from hrdoc.core.records import BY_KIND, Sensitivity


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
    #: where it was read from ("shipped", or the file's path) and the SHA-256 of its bytes
    source: str = "shipped"
    sha256: str = ""

    @property
    def discloses_redaction(self) -> bool:
        """Whether readers may learn what was withheld: never for a public
        profile (counts of withheld records tell that unpublished cases exist)."""
        return self.max_sensitivity != Sensitivity.PUBLIC

    def provenance(self) -> str:
        """'public (shipped, SHA-256 1a2b…)' or 'mine (/path/mine.json, SHA-256 …)'."""
        return f"{self.name} ({self.source}, SHA-256 {self.sha256[:16]}…)"

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


def _shipped() -> dict[str, bytes]:
    folder = resources.files("hrdoc.resources").joinpath("redaction")
    return {
        entry.name[:-5]: entry.read_bytes()
        for entry in folder.iterdir()
        if entry.name.endswith(".json")
    }


def load_profile(name_or_path: str) -> Profile:
    """A shipped profile by name, the user's own by name, or a JSON file by path.

    A profile of the user's may not take a shipped profile's name (a renamed
    partner profile would otherwise export restricted records as 'public')."""
    shipped = _shipped()
    if name_or_path.endswith(".json"):
        return _read_user_profile(Path(name_or_path), shipped)
    if not re.fullmatch(r"[a-z0-9_-]{1,40}", name_or_path):
        raise RedactionError(f"no redaction profile named {name_or_path!r}")
    user = user_profile_dir() / f"{name_or_path}.json"
    if name_or_path in shipped:
        if user.is_file():
            raise RedactionError(
                f"your redaction profile {user} has the name of a shipped profile "
                f"({name_or_path!r}); rename the file and its 'profile' name"
            )
        data = shipped[name_or_path]
        profile = _parse(data, name_or_path)
        return dataclasses.replace(profile, source="shipped", sha256=_sha256(data))
    if user.is_file():
        return _read_user_profile(user, shipped)
    raise RedactionError(
        f"no redaction profile named {name_or_path!r} (try public, partner or full)"
    )


def _read_user_profile(path: Path, shipped: dict[str, bytes]) -> Profile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RedactionError(f"cannot read redaction profile {path}: {exc.strerror}") from None
    profile = _parse(data, str(path))
    if profile.name in shipped and _parse(shipped[profile.name], profile.name) != profile:
        raise RedactionError(
            f"redaction profile {path} calls itself {profile.name!r}, the name of a shipped "
            "profile, but says something else; give it a name of its own"
        )
    return dataclasses.replace(profile, source=str(path), sha256=_sha256(data))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def profile_names() -> list[str]:
    names = set(_shipped())
    if user_profile_dir().is_dir():
        names |= {p.stem for p in user_profile_dir().glob("*.json")}
    return sorted(names)


def _parse(data: bytes, origin: str) -> Profile:
    try:
        doc = parse_json(data, f"redaction profile {origin}")
    except InvalidInput as exc:
        raise RedactionError(str(exc)) from None
    return Profile.from_dict(doc, origin)
