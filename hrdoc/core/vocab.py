"""Controlled vocabularies, loaded from data files in resources/vocab/.

Each file holds versioned terms with labels in several languages. Codes are
what records store; labels are what people read.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import pycountry

LANGUAGES = ("en", "ar", "es", "fr")


@dataclass(frozen=True)
class Term:
    code: str
    labels: dict[str, str]
    group: str | None = None

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.code


@dataclass(frozen=True)
class Vocabulary:
    name: str
    version: int
    terms: tuple[Term, ...]

    def __contains__(self, code: object) -> bool:
        return any(t.code == code for t in self.terms)

    @property
    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def label(self, code: str, lang: str = "en") -> str:
        for t in self.terms:
            if t.code == code:
                return t.label(lang)
        return code


class Vocabularies:
    """All vocabularies by name: ``vocab['incident_types']``."""

    def __init__(self, vocabularies: dict[str, Vocabulary]) -> None:
        self._by_name = vocabularies

    def __getitem__(self, name: str) -> Vocabulary:
        return self._by_name[name]

    def names(self) -> list[str]:
        return sorted(self._by_name)

    @staticmethod
    def is_country(code: str) -> bool:
        # "ZZ" is CLDR's "unknown region", for incidents whose country is withheld or unknown.
        return code == "ZZ" or pycountry.countries.get(alpha_2=code) is not None


def _parse(doc: dict[str, Any]) -> Vocabulary:
    terms = tuple(
        Term(code=t["code"], labels=dict(t["labels"]), group=t.get("group")) for t in doc["terms"]
    )
    return Vocabulary(name=doc["vocabulary"], version=int(doc["version"]), terms=terms)


@functools.cache
def load() -> Vocabularies:
    """The shipped vocabularies (read once; they are immutable data)."""
    folder = resources.files("hrdoc.resources").joinpath("vocab")
    found: dict[str, Vocabulary] = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            vocab = _parse(json.loads(entry.read_text(encoding="utf-8")))
            found[vocab.name] = vocab
    return Vocabularies(found)
