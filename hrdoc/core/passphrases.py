"""How hard a passphrase is to guess, and passphrases made of random words.

The estimate is zxcvbn's (Dropbox's model, in its maintained Python port):
the number of guesses an attacker who knows how people choose passphrases
would need, with its English dictionaries and, added here, the words of
hrdoc's four languages (the generator's lists and common words), so
"motdepasse123" or a famous Arabic phrase is not strong because it is long.

A vault passphrase guards a copy of the vault an attacker may keep for
years and attack offline (Argon2id makes each guess cost, not impossible);
a bundle passphrase guards a file sent by e-mail (scrypt, likewise). Both
need at least 10**14 estimated guesses: about three unrelated common words,
or four generated ones. The generator draws words with ``secrets`` from
resources/text/passphrase_words.json (packaging/make_wordlists.py): six words
of 7,776 carry 77 bits.
"""

from __future__ import annotations

import functools
import json
import math
import secrets
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any

from hrdoc.core.errors import WeakPassphrase

#: estimated guesses (log10) a vault or bundle passphrase must need at least
MIN_GUESSES_LOG10 = 14.0
#: zxcvbn looks at this many characters (its own cap); a longer passphrase is
#: at least as strong as its beginning
_ESTIMATED_CHARS = 72
GENERATED_WORDS = 6
LANGUAGES = ("en", "ar", "es", "fr")
#: words people put in a passphrase for this program, in its languages
_CONTEXT = (
    "hrdoc",
    "vault",
    "passphrase",
    "password",
    "secret",
    "human",
    "rights",
    "defender",
    "contraseña",
    "secreto",
    "clave",
    "derechos",
    "humanos",
    "mot",
    "de",
    "passe",
    "coffre",
    "droits",
    "homme",
    "كلمة",
    "السر",
    "سري",
    "خزنة",
    "حقوق",
    "الانسان",
    "مدافع",
)


@dataclass(frozen=True)
class Strength:
    guesses_log10: float
    #: zxcvbn's warning (English), e.g. "This is a top-100 common password."
    warning: str

    @property
    def enough(self) -> bool:
        return self.guesses_log10 >= MIN_GUESSES_LOG10

    @property
    def fraction(self) -> float:
        """0..1 of the way to strong enough, for a meter."""
        return max(0.0, min(1.0, self.guesses_log10 / MIN_GUESSES_LOG10))


@functools.cache
def words(lang: str) -> tuple[str, ...]:
    data = _word_file()
    return tuple(data.get(lang) or data["en"])


@functools.cache
def _word_file() -> dict[str, Any]:
    path = resources.files("hrdoc.resources").joinpath("text", "passphrase_words.json")
    loaded: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return loaded


@functools.cache
def _estimator() -> Any:
    """zxcvbn, with hrdoc's languages added to its dictionaries (once)."""
    from zxcvbn import matching, zxcvbn

    common = json.loads(
        resources.files("hrdoc.resources").joinpath("text", "common_words.json").read_text("utf-8")
    )
    lists = {f"hrdoc_{lang}": list(words(lang)) for lang in LANGUAGES}
    lists["hrdoc_common"] = [w for lang in LANGUAGES for w in common.get(lang, [])]
    matching.add_frequency_lists(lists)
    return zxcvbn


def strength(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0.0, "")
    result = _estimator()(passphrase[:_ESTIMATED_CHARS], user_inputs=_CONTEXT)
    return Strength(float(result["guesses_log10"]), str(result["feedback"]["warning"] or ""))


def check(passphrase: str, what: str = "the passphrase") -> None:
    """Refuse a passphrase too easy to guess, or one that starts or ends with
    something invisible (a space, a byte-order mark from Notepad), which could
    never be typed again at the unlock screen; saying why in one line."""
    for end, char in (("starts", passphrase[:1]), ("ends", passphrase[-1:])):
        if char and (char.isspace() or unicodedata.category(char) in ("Cf", "Cc", "Zl", "Zp")):
            raise WeakPassphrase(
                f"{what} {end} with an invisible character (U+{ord(char):04X}), which could"
                " not be typed again: remove it"
            )
    found = strength(passphrase)
    if found.enough:
        return
    why = found.warning.rstrip(".").lower() if found.warning else "it is too easy to guess"
    raise WeakPassphrase(
        f"{what} is too weak: {why}. An attacker with a copy and many computers could"
        f" find it in {_time_to_guess(found.guesses_log10)}; hrdoc asks for centuries."
        " Use four or more unrelated words, or a generated passphrase (hrdoc passphrase)"
    )


#: an attacker with many machines against Argon2id or scrypt at ~1 s per guess
_GUESSES_PER_SECOND = 1e4


def _time_to_guess(guesses_log10: float) -> str:
    seconds = 10 ** max(0.0, guesses_log10) / _GUESSES_PER_SECOND
    for unit, size in (("years", 3.15e7), ("days", 86400), ("hours", 3600), ("minutes", 60)):
        if seconds >= size:
            return f"about {math.floor(seconds / size):,} {unit}"
    return "seconds"


def generate(lang: str = "en", count: int = GENERATED_WORDS) -> str:
    """Random words from the language's list, joined by spaces."""
    pool = words(lang)
    return " ".join(secrets.choice(pool) for _ in range(count))


def generated_bits(lang: str = "en", count: int = GENERATED_WORDS) -> float:
    return count * math.log2(len(words(lang)))
