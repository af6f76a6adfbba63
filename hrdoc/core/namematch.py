"""Finding withheld people's names and contact details in text that leaves.

Text and names are folded by one normaliser (:mod:`hrdoc.core.textnorm`), so
a name matches whatever its case, accents, diacritics, Arabic letter forms,
invisible characters, confusable letters or line-break hyphenation. Text is
split into words at every non-letter (``_ . - @`` and digits too, and at a
small-to-capital change), so names inside identifiers, e-mail addresses and
file names are found. Each match maps back to its span in the original, and
only that span is replaced: the text around it stays as it was.

What matches, per person:

- a full name or alias, its words in order or reversed (two or three words),
  with up to three separator characters between words;
- each word of a name of three letters or more, alone, also behind Arabic
  clitic prefixes (و ف ب ك ل and the article ال: "ولمريم", "بالخطيب");
  words of one or two letters ("Li", "Na") only inside the full name: they
  are listed as too short to redact alone;
- the words of a name written together ("mariamkhatib");
- e-mail addresses, @handles and phone numbers from the person's contact
  field (a phone number by its last eight digits, whatever the spacing and
  prefix).

A word found alone that is also a common word (resources/text/
common_words.json) or that is written all in small letters is reported as
"unsure", for the person exporting to review; it is replaced all the same.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources

from hrdoc.core.textnorm import LETTERS, Folded, fold

WITHHELD = "[name withheld]"
MIN_PART = 3  # letters a word of a name needs to be redacted alone
_GAP = re.compile(r"[^\w]{0,3}|_{1,3}")
_MERGE_GAP = re.compile(r"[\s_.\-@'’,]{0,3}")
_ASCII_CASE_CHANGE = re.compile(r"[a-z][A-Z]")
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3]")
# clitics that attach in front of a word: conjunction, preposition, article
_PREFIXES = sorted(
    {
        a + b + c
        for a in ("", "و", "ف")
        for b in ("", "ب", "ك", "ل")
        for c in ("", "ال")
        if a + b + c
    }
    | {"لل", "ولل", "فلل"},
    key=len,
    reverse=True,
)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_HANDLE = re.compile(r"(?<![\w@])@[\w.]{3,}")
_PHONE = re.compile(r"\+?\(?\d[\d \-.()/]{4,}\d")


@functools.cache
def common_words() -> frozenset[str]:
    text = resources.files("hrdoc.resources").joinpath("text", "common_words.json")
    table: dict[str, list[str]] = json.loads(text.read_text("utf-8"))
    return frozenset(w for lang, ws in table.items() if lang != "about" for w in _fold_words(ws))


def _fold_words(values: Iterable[str]) -> list[str]:
    return [fold(v).text for v in values]


@dataclass(frozen=True)
class Person:
    """Someone whose names must not leave: what replaces them, and what to find."""

    replacement: str
    names: tuple[str, ...]
    contact: str = ""


@dataclass(frozen=True)
class Match:
    start: int  # in the original text
    end: int
    replacement: str
    unsure: bool = False


@dataclass
class _Index:
    parts: dict[str, str] = field(default_factory=dict)
    sequences: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    literals: dict[str, str] = field(default_factory=dict)
    phones: dict[str, str] = field(default_factory=dict)
    too_short: set[str] = field(default_factory=set)

    def add(self, table: dict[str, str], key: str, replacement: str) -> None:
        known = table.get(key)
        table[key] = replacement if known in (None, replacement) else WITHHELD


class NameMatcher:
    """Finds and replaces every listed person's names and contact details."""

    def __init__(self, people: Iterable[Person]) -> None:
        index = _Index()
        sequences: dict[tuple[str, ...], str] = {}
        for person in people:
            for name in person.names:
                self._add_name(index, sequences, name, person.replacement)
            self._add_contact(index, person.contact, person.replacement)
        for key, replacement in sequences.items():
            index.sequences.setdefault(key[0], []).append((key, replacement))
        for options in index.sequences.values():
            options.sort(key=lambda item: -len(item[0]))
        self._index = index
        self._common = common_words()

    @property
    def too_short(self) -> list[str]:
        """Name words of one or two letters, replaced only inside a full name."""
        return sorted(self._index.too_short)

    @staticmethod
    def _add_name(
        index: _Index, sequences: dict[tuple[str, ...], str], name: str, replacement: str
    ) -> None:
        outside_brackets = re.sub(r"\([^)]*\)", " ", name)
        variants = set()
        for text in (name, outside_brackets):
            for split_case in (False, True):
                tokens = tuple(LETTERS.findall(fold(text, split_case=split_case).text))
                if tokens:
                    variants.add(tokens)
        for tokens in variants:
            for key in (tokens, tuple(reversed(tokens)) if 2 <= len(tokens) <= 3 else ()):
                if key:
                    known = sequences.get(key)
                    sequences[key] = replacement if known in (None, replacement) else WITHHELD
            long_words = [t for t in tokens if len(t) >= MIN_PART]
            for joined in {"".join(tokens), "".join(long_words)}:
                if len(tokens) > 1 and len(joined) > MIN_PART:
                    index.add(index.parts, joined, replacement)
        for token in LETTERS.findall(
            fold(outside_brackets, split_case=True).text
        ) + LETTERS.findall(fold(outside_brackets).text):
            if len(token) < MIN_PART:
                index.too_short.add(token)
                continue
            index.add(index.parts, token, replacement)
            bare = _strip_article(token)
            if bare != token:
                index.add(index.parts, bare, replacement)

    @staticmethod
    def _add_contact(index: _Index, contact: str, replacement: str) -> None:
        if not contact:
            return
        for found in _EMAIL.findall(contact):
            index.add(index.literals, fold(found).text, replacement)
        for found in _HANDLE.findall(contact):
            index.add(index.literals, fold(found).text, replacement)
        for found in _PHONE.findall(fold(contact).text):
            digits = re.sub(r"\D", "", found)
            if len(digits) >= 6:
                index.add(index.phones, digits[-8:], replacement)

    # --- finding ---------------------------------------------------------------

    def find(self, text: str) -> list[Match]:
        if not text:
            return []
        matches = self._find_in(fold(text))
        if _case_changes(text):  # "MariamKhatib": its words, too
            matches += self._find_in(fold(text, split_case=True))
            matches.sort(key=lambda m: (m.start, -m.end))
            joined: list[Match] = []
            for m in matches:
                if joined and m.start < joined[-1].end:
                    last = joined[-1]
                    if m.end > last.end:
                        joined[-1] = Match(last.start, m.end, last.replacement, last.unsure)
                    continue
                joined.append(m)
            matches = joined
        return matches

    def _find_in(self, folded: Folded) -> list[Match]:
        text = folded.original
        found: list[tuple[int, int, str, bool]] = []  # folded start, end, replacement, unsure
        tokens = [(m.start(), m.end(), m.group()) for m in LETTERS.finditer(folded.text)]
        index = self._index
        for i, (start, end, token) in enumerate(tokens):
            for offset, rest in _candidates(token):
                hit = self._sequence_at(folded.text, tokens, i, rest)
                if hit:
                    last, replacement = hit
                    found.append((start + offset, tokens[last][1], replacement, False))
                    break
                part = index.parts.get(rest)
                if part is not None:
                    original = text[folded.starts[start + offset] : folded.ends[end - 1]]
                    unsure = rest in self._common or (
                        original.lower() == original and original.upper() != original
                    )
                    found.append((start + offset, end, part, unsure))
                    break
        if index.literals and "@" in folded.text:
            for pattern in (_EMAIL, _HANDLE):
                for m in pattern.finditer(folded.text):
                    literal = index.literals.get(m.group())
                    if literal is not None:
                        found.append((m.start(), m.end(), literal, False))
        if index.phones:
            for m in _PHONE.finditer(folded.text):
                phone = self._phone(re.sub(r"\D", "", m.group()))
                if phone is not None:
                    found.append((m.start(), m.end(), phone, False))
        return self._resolve(folded, found)

    def _phone(self, digits: str) -> str | None:
        """Whose phone number this run of digits holds (by its last eight digits,
        anywhere in the run: a prefix or an extension does not hide it)."""
        phones = self._index.phones
        for length in {len(key) for key in phones}:
            for at in range(len(digits) - length + 1):
                found = phones.get(digits[at : at + length])
                if found is not None:
                    return found
        return None

    def _sequence_at(
        self, text: str, tokens: list[tuple[int, int, str]], i: int, first: str
    ) -> tuple[int, str] | None:
        for key, replacement in self._index.sequences.get(first, ()):
            if len(key) == 1:
                if len(first) >= MIN_PART:
                    continue  # a one-word name: found as a part
                return i, replacement  # a short one-word name, as written
            if i + len(key) > len(tokens):
                continue
            ok = True
            for j in range(1, len(key)):
                prev_end, (start, _end, token) = tokens[i + j - 1][1], tokens[i + j]
                if token != key[j] or not _GAP.fullmatch(text[prev_end:start]):
                    ok = False
                    break
            if ok:
                return i + len(key) - 1, replacement
        return None

    @staticmethod
    def _resolve(folded: Folded, found: list[tuple[int, int, str, bool]]) -> list[Match]:
        """Overlaps resolved (earliest, then longest), neighbours for the same
        person joined when only separators lie between them, mapped back."""
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        kept: list[tuple[int, int, str, bool]] = []
        for start, end, replacement, unsure in found:
            if kept:
                last_start, last_end, last_replacement, last_unsure = kept[-1]
                if start < last_end:
                    kept[-1] = (last_start, max(end, last_end), last_replacement, last_unsure)
                    continue
                if last_replacement == replacement and _MERGE_GAP.fullmatch(
                    folded.text[last_end:start]
                ):
                    kept[-1] = (last_start, end, replacement, last_unsure and unsure)
                    continue
            kept.append((start, end, replacement, unsure))
        out = []
        for start, end, replacement, unsure in kept:
            begin, stop = folded.span(start, end)
            out.append(Match(begin, stop, replacement, unsure))
        return out

    def sub(self, text: str) -> tuple[str, list[Match]]:
        """``text`` with every match replaced, and the matches."""
        matches = self.find(text)
        if not matches:
            return text, matches
        pieces = []
        at = 0
        for m in matches:
            pieces.append(text[at : m.start])
            pieces.append(m.replacement)
            at = m.end
        pieces.append(text[at:])
        return "".join(pieces), matches


def _case_changes(text: str) -> bool:
    """Whether a small letter is followed by a capital (marks in between aside)."""
    if text.isascii():
        return _ASCII_CASE_CHANGE.search(text) is not None
    previous_lower = False
    for ch in text:
        if ch.isalpha():
            if previous_lower and ch.isupper():
                return True
            previous_lower = ch.islower()
        elif unicodedata.category(ch) not in ("Mn", "Me", "Cf"):
            previous_lower = False
    return False


def _strip_article(token: str) -> str:
    if token.startswith("ال") and len(token) - 2 >= MIN_PART:
        return token[2:]
    return token


def _candidates(token: str) -> list[tuple[int, str]]:
    """(offset, word) for a folded word and, if it is Arabic, the word
    behind each clitic prefix it may carry."""
    out = [(0, token)]
    if _ARABIC_LETTER.match(token):
        for prefix in _PREFIXES:
            if token.startswith(prefix) and len(token) - len(prefix) >= 2:
                out.append((len(prefix), token[len(prefix) :]))
    return out
