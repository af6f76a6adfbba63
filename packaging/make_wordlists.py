"""Write resources/text/passphrase_words.json: the words hrdoc draws generated
passphrases from, one list per window language, and which the strength
estimator knows (a passphrase made of a few of them is not strong because it
is long).

Run by a developer when a source changes (needs the dev dependency diceware
and Debian's hunspell-ar, fetched without installing it):

    apt-get download hunspell-ar && dpkg-deb -x hunspell-ar_*.deb /tmp/har
    .venv/bin/python packaging/make_wordlists.py /tmp/har/usr/share/hunspell/ar.dic

Sources: English, the EFF large wordlist (Joseph Bonneau, EFF, CC BY 3.0);
Spanish and French, the lists of the diceware project (GPL-3.0); Arabic,
nouns and adjectives of the Ayaspell dictionary (GPL/LGPL/MPL), the entries
without a morphological field, in a fixed pseudo-random order. Every list
keeps words of 3 to 9 letters that stay distinct after hrdoc's text folding
(so a word typed with or without accents or hamza is still one word).
"""

from __future__ import annotations

import hashlib
import json
import sys
from importlib import resources
from pathlib import Path

from hrdoc.core.textnorm import folded

OUT = Path(__file__).resolve().parents[1] / "resources" / "text" / "passphrase_words.json"
SIZE = 7776  # 6**5: five dice per word, 12.9 bits
ARABIC_LETTERS = frozenset("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي")


def _diceware(name: str) -> list[str]:
    text = (resources.files("diceware") / "wordlists" / f"wordlist_{name}.txt").read_text("utf-8")
    return [line.split()[-1] for line in text.splitlines() if line.strip()]


def _arabic(dic: Path) -> list[str]:
    words = []
    for line in dic.read_text("utf-8").splitlines()[1:]:
        if "\t" in line or "/" not in line:
            continue  # verb forms carry a morphological field; bare entries are stop words
        word = line.split("/", 1)[0]
        if set(word) <= ARABIC_LETTERS and not word.startswith("ال"):
            words.append(word)
    # no frequency data: a fixed order that does not favour any root
    return sorted(set(words), key=lambda w: hashlib.sha256(w.encode()).digest())


def _usable(words: list[str], *, latin: bool) -> list[str]:
    seen: set[str] = set()
    out = []
    for word in words:
        if not (3 <= len(word) <= 9) or not word.isalpha():
            continue
        if latin and not word.islower():
            continue
        key = folded(word)
        if key in seen:
            continue
        seen.add(key)
        out.append(word)
    return out


def main(arabic_dic: Path) -> None:
    lists = {
        "en": _usable(_diceware("en_eff"), latin=True),
        "es": _usable(_diceware("es"), latin=True),
        "fr": _usable(_diceware("fr"), latin=True),
        "ar": _usable(_arabic(arabic_dic), latin=False)[:SIZE],
    }
    about = {
        "en": "EFF large wordlist (Joseph Bonneau, EFF), CC BY 3.0, via diceware 1.0.1",
        "es": "diceware 1.0.1 wordlist_es (GPL-3.0)",
        "fr": "diceware 1.0.1 wordlist_fr (GPL-3.0)",
        "ar": "Ayaspell 3.2 (hunspell-ar, GPL/LGPL/MPL): nouns and adjectives",
    }
    for lang, words in lists.items():
        if len(words) < 4096:
            raise SystemExit(f"{lang}: only {len(words)} usable words")
        print(f"{lang}: {len(words)} words")
    data = {"about": about, **{lang: sorted(words) for lang, words in lists.items()}}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
