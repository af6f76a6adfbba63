"""One normaliser for text that must match: redaction (and search) fold text
the same way, keeping a map from every folded character back to the original.

Folding, character by character (so every folded character knows where it
came from):

- Unicode compatibility decomposition (NFKD: fullwidth, ligatures,
  mathematical and Arabic presentation forms), then combining marks dropped
  (accents, Arabic harakat, shadda, superscript alef);
- default-ignorable characters dropped (zero-width space and joiners, soft
  hyphen, bidi controls, variation selectors) and the Arabic tatweel;
- letters of other scripts that look like a Latin letter (Unicode TR39
  confusables, resources/text/confusables.json) become that letter;
- Arabic letter forms folded: hamza and madda forms of alef to alef, alef
  maqsura and Persian/Urdu yeh to yeh, taa marbuta to heh, keheh to kaf;
- every kind of decimal digit to its ASCII digit; case folded.

A hyphen at the end of a line between two letters ("Mari-\\nam") is dropped,
and with ``split_case`` a change from a small to a capital letter
("MariamKhatib") becomes a word boundary.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

_ARABIC = {
    "\u0622": "\u0627",  # alef with madda
    "\u0623": "\u0627",  # alef with hamza above
    "\u0625": "\u0627",  # alef with hamza below
    "\u0671": "\u0627",  # alef wasla
    "\u0672": "\u0627",
    "\u0673": "\u0627",
    "\u0675": "\u0627",
    "\u0649": "\u064a",  # alef maqsura -> yeh
    "\u06cc": "\u064a",  # Farsi yeh
    "\u06d2": "\u064a",  # yeh barree (Urdu)
    "\u06d0": "\u064a",
    "\u0626": "\u064a",  # yeh with hamza
    "\u0624": "\u0648",  # waw with hamza
    "\u0629": "\u0647",  # taa marbuta -> heh
    "\u06c0": "\u0647",  # heh with yeh above
    "\u06c1": "\u0647",  # heh goal (Urdu)
    "\u06be": "\u0647",  # heh doachashmee
    "\u06d5": "\u0647",  # ae
    "\u06a9": "\u0643",  # keheh (Persian kaf)
    "\u06aa": "\u0643",  # swash kaf
    "\u0640": "",  # tatweel
}
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])[-\u2010][ \t]*\r?\n[ \t]*(?=[^\W\d_])")


@functools.cache
def _confusables() -> dict[str, str]:
    text = (
        resources.files("hrdoc.resources").joinpath("text", "confusables.json").read_text("utf-8")
    )
    table: dict[str, str] = json.loads(text)["map"]
    return table


def _ignorable(ch: str) -> bool:
    """Unicode default-ignorable (the common ones): format characters (Cf:
    zero-width space and joiners, soft hyphen, bidi controls), variation
    selectors, the combining grapheme joiner and the Hangul fillers."""
    cp = ord(ch)
    return (
        unicodedata.category(ch) == "Cf"
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
        or cp in (0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180B, 0x180C, 0x180D, 0x180F)
    )


@functools.lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    """What one character folds to ('' if it is dropped)."""
    if ch.isascii():
        return ch.lower() if ch.isalpha() else ch
    if _ignorable(ch):
        return ""
    out = []
    confusable = _confusables()
    for c in unicodedata.normalize("NFKD", ch):
        if unicodedata.category(c) in ("Mn", "Me") or _ignorable(c):
            continue
        c = confusable.get(c, c)
        c = _ARABIC.get(c, c)
        if c and not c.isascii():
            digit = unicodedata.decimal(c, None)
            if digit is not None:
                c = str(digit)
        out.append(c.casefold())
    return "".join(out)


@dataclass(frozen=True)
class Folded:
    """Folded text and, per folded character, its original span [start, end)."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded text[start:end] (end > start), widened
        over marks and ignorable characters that follow it, so a replacement
        never leaves an orphan accent behind."""
        begin, stop = self.starts[start], self.ends[end - 1]
        while stop < len(self.original) and fold_char(self.original[stop]) == "":
            stop += 1
        return begin, max(begin, stop)


def fold(text: str, *, split_case: bool = False) -> Folded:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    previous_lower = False
    for i, ch in enumerate(text):
        if split_case:
            if previous_lower and ch.isupper():
                out.append(" ")
                starts.append(i)
                ends.append(i)
            if ch.isalpha():
                previous_lower = ch.islower()
            elif fold_char(ch):
                previous_lower = False
        folded = fold_char(ch)
        for c in folded:
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
    joined = "".join(out)
    if "\n" in joined:  # a word hyphenated across a line break is one word
        for m in reversed(list(_HYPHEN_BREAK.finditer(joined))):
            del out[m.start() : m.end()], starts[m.start() : m.end()], ends[m.start() : m.end()]
        joined = "".join(out)
    return Folded(text, joined, tuple(starts), tuple(ends))


class _FoldTable(dict[int, str]):
    """fold_char for str.translate: computed once per character, then cached."""

    def __missing__(self, codepoint: int) -> str:
        value = self[codepoint] = fold_char(chr(codepoint))
        return value


_TABLE = _FoldTable()


def folded(text: str) -> str:
    """Just the folded text, the same as ``fold(text).text`` at C speed (for
    indexing and queries, which need no map back)."""
    out = text.translate(_TABLE)
    if "\n" in out:
        out = _HYPHEN_BREAK.sub("", out)
    return out


LETTERS = re.compile(r"[^\W\d_]+")


def words(text: str, *, split_case: bool = False) -> list[str]:
    """The runs of letters in folded text: digits, '_', '.', '-', '@' and
    every other non-letter separate words."""
    return LETTERS.findall(fold(text, split_case=split_case).text)
