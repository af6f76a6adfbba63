"""What the full-text index holds for each record: its text folded by the one
normaliser (:func:`hrdoc.core.textnorm.folded`), so a query folded the same way
finds it whatever the case, accents, diacritics, hamza or alef forms, taa
marbuta, tatweel or digits. Arabic words that carry a clitic or the article
(و ف ب ك ل, ال: "والصحفي") are indexed bare as well, so "صحفي" finds
"الصحفي". An incident's country is indexed by its name in the four
languages of the window ("Tunisia", "تونس", "Túnez", "Tunisie").

The record tables keep these two strings in ``search_title`` and
``search_body`` (schema v5); triggers copy them into the FTS5 table.
"""

from __future__ import annotations

import functools
import gettext
import re
from typing import Any

from hrdoc.core.textnorm import folded

LANGUAGES = ("en", "ar", "es", "fr")
_ARABIC_WORD = re.compile(r"[\u0620-\u064a\u066e-\u06d3]{3,}")
_CLITICS = sorted(
    {a + b + c for a in ("", "و", "ف") for b in ("", "ب", "ك", "ل") for c in ("", "ال")}
    | {"لل", "ولل", "فلل"},
    key=len,
    reverse=True,
)
_CLITICS.remove("")


def _bare_arabic(text: str) -> str:
    """The Arabic words of folded text without their clitics (none if none)."""
    extra = []
    for word in _ARABIC_WORD.findall(text):
        for prefix in _CLITICS:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                extra.append(word[len(prefix) :])
                break
    return " ".join(extra)


def fold_for_index(text: str) -> str:
    out = folded(text)
    bare = _bare_arabic(out)
    return f"{out} {bare}" if bare else out


@functools.cache
def country_names(code: str) -> str:
    """A country's names in the window's languages, folded, for the index."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return ""
    names = {country.name, getattr(country, "common_name", country.name)}
    for lang in LANGUAGES[1:]:
        translation = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
        )
        names.add(translation.gettext(country.name))
    return " ".join(fold_for_index(n) for n in sorted(names))


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value or "")


#: per table: the fields of the title, and of the body
_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "cases": (("title",), ("description",)),
    "incidents": (("title",), ("description", "region", "place")),
    "actors": (("name",), ("aliases", "description")),
    "indicators": (("value",), ("type", "notes")),
    "evidence": (("file_name",), ("description",)),
    "interventions": (("kind",), ("description", "outcome")),
}
TABLES = tuple(_FIELDS)


def search_columns(table: str, row: dict[str, Any]) -> dict[str, str]:
    """``search_title`` and ``search_body`` for a record's row (its fields)."""
    title_fields, body_fields = _FIELDS[table]
    title = fold_for_index(" ".join(_text(row.get(f)) for f in title_fields))
    body = fold_for_index(" ".join(_text(row.get(f)) for f in body_fields))
    if table == "incidents" and row.get("country"):
        body += " " + country_names(str(row["country"]))
    return {"search_title": title, "search_body": body}
