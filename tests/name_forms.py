"""Generated written forms of a name, for redaction tests (hypothesis).

Each transformation is a way a person's name really gets written in a
description, a file name or a handle. The checker (:func:`leaks`) does not
use hrdoc's matcher: it folds the output the way the rule says (NFKC, case,
marks and invisible characters, Arabic letter forms, confusables) and looks
for any name word of three letters or more, or a short full name.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import strategies as st

ARABIC_NAMES = ["مريم الخطيب", "أحمد منصور", "ليلى نور", "يوسف القاسمي", "إيمان عبد الله"]
LATIN_NAMES = ["José Núñez", "Mariam Al-Khatib", "Zoë Lefèvre", "Ángela Muñoz", "Karim Benali"]
SHORT_NAMES = ["Li Na", "Wu Bo", "Xu Li", "Le An"]
HARAKAT = "\u064e\u064f\u0650\u0651\u0652\u064b"
CONFUSABLE = {"a": "а", "o": "о", "e": "е", "i": "і", "c": "с", "p": "р", "M": "М", "K": "К"}
CLITICS = ["و", "ول", "وب", "بال", "فل", "ك", "لل", "وال"]


def _parts(name: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", name)


def is_arabic(name: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in name)


# --- transformations: (name, draw) -> written form ---------------------------------


def diacritics(name: str, draw: st.DrawFn) -> str:
    if is_arabic(name):
        return "".join(ch + (draw(st.sampled_from(HARAKAT)) if ch.isalpha() else "") for ch in name)
    return "".join(ch + ("\u0301" if ch in "aeiou" else "") for ch in name)


def tatweel(name: str, draw: st.DrawFn) -> str:
    parts = name.split(" ")
    word = parts[0]
    at = draw(st.integers(1, max(1, len(word) - 1)))
    parts[0] = word[:at] + "\u0640" * draw(st.integers(1, 4)) + word[at:]
    return " ".join(parts)


def clitic(name: str, draw: st.DrawFn) -> str:
    return draw(st.sampled_from(CLITICS)) + name


def persian_letters(name: str, _draw: st.DrawFn) -> str:
    return name.replace("ي", "ی").replace("ك", "ک").replace("ى", "ی")


def bare_alef(name: str, _draw: st.DrawFn) -> str:
    return name.translate(str.maketrans("أإآ", "ااا"))


def nfd(name: str, _draw: st.DrawFn) -> str:
    return unicodedata.normalize("NFD", name)


def no_accents(name: str, _draw: st.DrawFn) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", name) if unicodedata.category(ch) != "Mn"
    )


def invisible(name: str, draw: st.DrawFn) -> str:
    word = name.split(" ")[0]
    at = draw(st.integers(1, max(1, len(word) - 1)))
    mark = draw(st.sampled_from(["\u200b", "\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff"]))
    return word[:at] + mark + name[at:]


def fullwidth(name: str, _draw: st.DrawFn) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in name)


def confusable(name: str, _draw: st.DrawFn) -> str:
    return "".join(CONFUSABLE.get(ch, ch) for ch in name)


def line_break(name: str, draw: st.DrawFn) -> str:
    """A line break with a hyphen between two letters of the first word."""
    word = name.split(" ")[0]
    places = [i for i in range(1, len(word)) if word[i - 1].isalpha() and word[i].isalpha()]
    if not places:
        return name
    at = draw(st.sampled_from(places))
    return word[:at] + "-\n" + name[at:]


def case_change(name: str, draw: st.DrawFn) -> str:
    return draw(st.sampled_from([str.upper, str.lower, str.title]))(name)


def identifier(name: str, draw: st.DrawFn) -> str:
    parts = _parts(name)
    first, last = parts[0], parts[-1]
    joined = "_".join(parts)
    forms = [
        f"@{first}_{last}84",
        f"scan_{joined}_2024.pdf",
        f"{first}2",
        f"{first.lower()}.{last.lower()}84@example.org",
        f"passport_{name.replace(' ', '_')}.jpg",
        "".join(p[:1].upper() + p[1:] for p in parts),
    ]
    if min(len(p) for p in parts) < 3:  # short words are redacted only as a full name
        forms = [f for f in forms if first in f and last in f]
    return draw(st.sampled_from(forms))


GENERAL = [nfd, invisible, line_break, case_change, identifier, confusable, fullwidth]
LATIN = [diacritics, no_accents]
ARABIC = [diacritics, tatweel, clitic, persian_letters, bare_alef]


@st.composite
def name_and_form(draw: st.DrawFn, names: list[str] | None = None) -> tuple[str, str]:
    """A name and one written form of it: one or two transformations."""
    name = draw(st.sampled_from(names or ARABIC_NAMES + LATIN_NAMES + SHORT_NAMES))
    pool = [*ARABIC, nfd, invisible, line_break, identifier] if is_arabic(name) else LATIN + GENERAL
    form = name
    steps = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=2, unique=True))
    steps.sort(key=lambda step: step is not identifier)  # it reads the name's words
    for step in steps:
        form = step(form, draw)
    return name, form


# --- the checker -----------------------------------------------------------------

_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ة": "ه"}
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"(?<=\w)-\n(?=\w)", "", text)
    text = "".join(
        ch
        for ch in unicodedata.normalize("NFKD", text)
        if unicodedata.category(ch) not in ("Mn", "Cf") and ch != "\u0640"
    )
    text = text.translate(_ARABIC_FOLD)
    text = "".join({v: k for k, v in CONFUSABLE.items()}.get(ch, ch) for ch in text)
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).casefold()


def leaks(name: str, output: str) -> list[str]:
    """Name words (three letters or more) or a short full name found in output."""
    text = _fold(output)
    words = re.findall(r"[^\W\d_]+", text)
    found = []
    parts = re.findall(r"[^\W\d_]+", _fold(name))
    for part in parts:
        if len(part) < 3:
            continue
        bare = part[2:] if part.startswith("ال") and len(part) > 4 else part
        for word in words:
            if word == part or (
                word.endswith(bare) and len(word) - len(bare) <= 3 and (is_arabic(word))
            ):
                found.append(word)
    if all(len(p) < 3 for p in parts):
        pattern = r"[\W_]{0,3}".join(re.escape(p) for p in parts)
        found += re.findall(rf"(?<![^\W\d_]){pattern}(?![^\W\d_])", text)
    return found
